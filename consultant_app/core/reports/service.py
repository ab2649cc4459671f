"""The annual report of one unlocked vault: its counts for a year and the year before
(core.vault.annual_counts, definitions in docs/report.md), or the team's as the registry
computes them with the same definitions (asked through the sync session), checked against the report's shape
(core.reports.shape) and written as .xlsx, .docx or .pdf (core.reports.export, small cells
suppressed). Asking is logged as a search over the file (counts only, no client named);
writing a file as an export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from consultant_app.core.errors import ReportError, SyncError
from consultant_app.core.letters.library import OFFICE_FOLDER
from consultant_app.core.reports.docx import TEMPLATE
from consultant_app.core.reports.export import write_report
from consultant_app.core.reports.shape import validate_report
from consultant_app.core.vault import annual_counts, audit
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault

AUDIT_DETAIL = "annual_report"
REGISTRY_SOURCE = "registry"  # the `source` of a report the registry computed
# An office's restyled copy of the shipped report template (made in Word), in the data folder
# beside its own letter templates; the shipped one when there is none.
OFFICE_TEMPLATE = Path(OFFICE_FOLDER) / TEMPLATE


# Asks the registry for a team's report of a year (core.sync.service.SyncService): the user's
# own team, or (None) the named one, which only a coordinator may ask for.
TeamFigures = Callable[[int, str | None], dict[str, Any]]


class ReportService:
    """Annual reports from the registration in one vault, or the team's from the registry
    (`team_figures`, the same figures run there over every laptop's synced rows)."""

    def __init__(self, vault: Vault, team_figures: TeamFigures | None = None):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.team_figures = team_figures

    def annual(self, year: int, *, registry: bool = False,
               team: str | None = None) -> dict[str, Any]:
        """The report of `year` with `previous_year` (null when nothing was registered then);
        ReportError("report_no_data") when nothing the report counts was registered in
        `year`. `registry`: the team's, computed by the registry (SyncError when it cannot be
        asked), checked against the same shape; `team` another team's (a coordinator)."""
        if registry:
            return self._from_registry(year, team)
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

    def _from_registry(self, year: int, team: str | None) -> dict[str, Any]:
        if self.team_figures is None:
            raise SyncError("report_registry_not_logged_in")
        report = self.team_figures(year, team)
        validate_report(report)
        if report["year"] != year or report["source"] != REGISTRY_SOURCE:
            raise SyncError("registry_answer_invalid")
        with transaction(self.db):
            audit.record(self.db, self.who, "search",
                         detail=f"{AUDIT_DETAIL}={year} {REGISTRY_SOURCE}"
                                + (f" team={team}" if team else ""))
        return report

    def _template(self) -> bytes | None:
        office = self.vault.data_dir / OFFICE_TEMPLATE
        return office.read_bytes() if office.is_file() else None

    def export(self, year: int, path: Path, *, registry: bool = False,
               team: str | None = None) -> dict[str, Any]:
        """Write the report of `year` to `path` (the format by its extension); returns it."""
        report = self.annual(year, registry=registry, team=team)
        write_report(report, path, work_dir=self.vault.data_dir, template=self._template())
        with transaction(self.db):
            audit.record(self.db, self.who, "export", detail=f"{AUDIT_DETAIL}={year}")
        return report
