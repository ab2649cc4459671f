"""The annual report of one unlocked vault: its counts for a year and the year before
(core.vault.annual_counts, definitions in docs/report.md), checked against the report's shape
(core.reports.shape) and written as .xlsx, .docx or .pdf (core.reports.export, small cells
suppressed). Asking is logged as a search over the file (counts only, no client named);
writing a file as an export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from consultant_app.core.errors import ReportError
from consultant_app.core.letters.library import OFFICE_FOLDER
from consultant_app.core.reports.docx import TEMPLATE
from consultant_app.core.reports.export import write_report
from consultant_app.core.reports.shape import validate_report
from consultant_app.core.vault import annual_counts, audit
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault

AUDIT_DETAIL = "annual_report"
# An office's restyled copy of the shipped report template (made in Word), in the data folder
# beside its own letter templates; the shipped one when there is none.
OFFICE_TEMPLATE = Path(OFFICE_FOLDER) / TEMPLATE


class ReportService:
    """Annual reports from the registration in one vault."""

    def __init__(self, vault: Vault):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity

    def annual(self, year: int) -> dict[str, Any]:
        """The report of `year` with `previous_year` (null when nothing was registered then);
        ReportError("report_no_data") when nothing the report counts was registered in
        `year`."""
        with transaction(self.db):
            if not annual_counts.has_registration(self.db, year):
                raise ReportError("report_no_data", year=year)
            report = annual_counts.year_counts(self.db, year)
            previous = annual_counts.has_registration(self.db, year - 1)
            report["previous_year"] = annual_counts.year_counts(self.db, year - 1) \
                if previous else None
            audit.record(self.db, self.who, "search", detail=f"{AUDIT_DETAIL}={year}")
        validate_report(report)
        return report

    def years(self) -> list[int]:
        """The years with anything the report counts registered, oldest first (counts
        nothing: not logged)."""
        with transaction(self.db):
            return annual_counts.registered_years(self.db)

    def _template(self) -> bytes | None:
        office = self.vault.data_dir / OFFICE_TEMPLATE
        return office.read_bytes() if office.is_file() else None

    def export(self, year: int, path: Path) -> dict[str, Any]:
        """Write the report of `year` to `path` (the format by its extension); returns it."""
        report = self.annual(year)
        write_report(report, path, work_dir=self.vault.data_dir, template=self._template())
        with transaction(self.db):
            audit.record(self.db, self.who, "export", detail=f"{AUDIT_DETAIL}={year}")
        return report
