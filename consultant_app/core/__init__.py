"""The Qt-free core: domain model, encrypted vault, letters, eligibility, sync and reports."""
