"""The annual report of one unlocked vault: its counts for a year and the year before
(core.vault.annual_counts, definitions in docs/report.md), or the team's as the registry
computes them with the same definitions (asked through the sync session), checked against the
report's shape (core.reports.shape) and written as .xlsx, .docx or .pdf (core.reports.export,
small cells suppressed); a coordinator may ask for every team's at once (`all_teams`, shown
only, never written). A year can be published (frozen, core.reports.publication): asking for
it again gives the published figures with what changed since, and an export reproduces the
published document. Asking is logged as a search over the file (counts only, no client named); writing
a file as an export; publishing as a create.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from consultant_app.core.errors import ReportError, SyncError
from consultant_app.core.letters.library import OFFICE_FOLDER
from consultant_app.core.reports.docx import TEMPLATE
from consultant_app.core.reports import publication
from consultant_app.core.reports.export import write_report
from consultant_app.core.reports.shape import validate_report
from consultant_app.core.reports.texts import DEFAULT
from consultant_app.core.vault import annual_counts, audit, publications
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault, utc_now

AUDIT_DETAIL = "annual_report"
REGISTRY_SOURCE = "registry"  # the `source` of a report the registry computed
PUBLISH_DETAIL = "annual_report_publication"
# An office's restyled copy of the shipped report template (made in Word), in the data folder
# beside its own letter templates; the shipped one when there is none.
OFFICE_TEMPLATE = Path(OFFICE_FOLDER) / TEMPLATE


# Asks the registry for a team's report of a year (core.sync.service.SyncService): the user's
# own team, or (None) the named one, which only a coordinator may ask for.
TeamFigures = Callable[[int, str | None], dict[str, Any]]
# Asks the registry for every team's report of a year (a coordinator only):
# {year, source, teams: {team: report or None}}.
EveryTeamsFigures = Callable[[int], dict[str, Any]]


class ReportService:
    """Annual reports from the registration in one vault, or the team's from the registry
    (`team_figures`, the same figures run there over every laptop's synced rows)."""

    def __init__(self, vault: Vault, team_figures: TeamFigures | None = None,
                 every_teams_figures: EveryTeamsFigures | None = None):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.team_figures = team_figures
        self.every_teams_figures = every_teams_figures

    def annual(self, year: int, *, registry: bool = False,
               team: str | None = None) -> dict[str, Any]:
        """The report of `year` with `previous_year` (null when nothing was registered then);
        ReportError("report_no_data") when nothing the report counts was registered in
        `year`. A published year gives the published report with `published` and
        `changes_since_publication` (core.reports.publication). The year before is the
        published one when it was published (`previous_year_published`). `registry`: the
        team's live figures, computed by the registry (SyncError when it cannot be asked),
        checked against the same shape; `team` another team's (a coordinator)."""
        if registry:
            return self._from_registry(year, team)
        with transaction(self.db):
            published = publication.current(publications.rows(self.db, year))
            if published is None:
                report = self._counts(year)
            else:  # counted as well when the registration is gone since: every count changed
                report = self._counts(year, required=False)
            audit.record(self.db, self.who, "search", detail=f"{AUDIT_DETAIL}={year}")
        validate_report(report)
        if published is None:
            return report
        return {**published["snapshot"],
                publication.PUBLISHED: {"at": published["published_at"],
                                        "by": published["published_by"],
                                        "sha256": published["sha256"],
                                        "edition": published["edition"]},
                publication.CHANGES: publication.changes(published["snapshot"], report)}

    def _counts(self, year: int, *, required: bool = True) -> dict[str, Any]:
        """The figures the registration gives now (inside the caller's transaction); the year
        before as published when it is, as counted now when not."""
        if required and not annual_counts.has_registration(self.db, year):
            raise ReportError("report_no_data", year=year)
        report = annual_counts.year_counts(self.db, year)
        earlier = publication.current(publications.rows(self.db, year - 1))
        if earlier is not None:
            report["previous_year"] = publication.year_figures(earlier["snapshot"])
            report[publication.PREVIOUS_PUBLISHED] = publication.stamp(earlier)
        elif annual_counts.has_registration(self.db, year - 1):
            report["previous_year"] = annual_counts.year_counts(self.db, year - 1)
        else:
            report["previous_year"] = None
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

    def all_teams(self, year: int) -> dict[str, Any]:
        """Every team's live figures of `year` as the registry computes them, for a
        coordinator: {year, source: "registry", teams: {team: report, or None for a team that
        registered nothing that year}}, each report checked against the report's shape.
        SyncError when the registry cannot be asked or refuses (report_all_teams_forbidden:
        not a coordinator)."""
        if self.every_teams_figures is None:
            raise SyncError("report_registry_not_logged_in")
        answer = self.every_teams_figures(year)
        teams = answer.get("teams") if isinstance(answer, dict) else None
        if (not isinstance(teams, dict) or answer.get("year") != year
                or answer.get("source") != REGISTRY_SOURCE):
            raise SyncError("registry_answer_invalid")
        for report in teams.values():
            if report is not None:
                validate_report(report)
                if report["year"] != year or report["source"] != REGISTRY_SOURCE:
                    raise SyncError("registry_answer_invalid")
        with transaction(self.db):
            audit.record(self.db, self.who, "search",
                         detail=f"{AUDIT_DETAIL}={year} {REGISTRY_SOURCE} team=*")
        return {"year": year, "source": REGISTRY_SOURCE,
                "teams": {team: teams[team] for team in sorted(teams)}}

    def years(self) -> list[int]:
        """The years with anything the report counts registered, oldest first (counts
        nothing: not logged)."""
        with transaction(self.db):
            return annual_counts.registered_years(self.db)

    def publish(self, year: int, *, again: bool = False) -> dict[str, Any]:
        """Freeze `year`: its report as it is now becomes a publication, a row of the team
        (counts only). A year published before is refused (report_already_published) unless
        `again`, which adds the next edition and keeps the earlier ones. Returns the
        publication without its snapshot."""
        with transaction(self.db):
            earlier = publications.rows(self.db, year)
            latest = publication.current(earlier)
            if latest is not None and not again:
                raise ReportError("report_already_published", year=year,
                                  at=publication.day(latest["published_at"]),
                                  by=latest["published_by"])
            report = validate_report(self._counts(year))
            edition = max((p["edition"] for p in earlier), default=0) + 1
            sha256, at = publication.digest(report), utc_now()
            row_id = publications.create(self.db, year, edition, sha256, report, at, self.who)
            audit.record(self.db, self.who, "create", detail=f"{PUBLISH_DETAIL}={year}")
        return {"id": row_id, "year": year, "edition": edition, "sha256": sha256,
                "published_at": at, "published_by": self.who.consultant, "current": True}

    def publications(self, year: int | None = None) -> list[dict[str, Any]]:
        """Every publication (of `year`), by year and edition, without its snapshot; `current`
        marks the one that counts for its year."""
        with transaction(self.db):
            found = publications.rows(self.db, year)
        counting = {p["year"]: publication.current(q for q in found if q["year"] == p["year"])
                    for p in found}
        return [{**{k: v for k, v in p.items() if k != "snapshot"},
                 "current": counting[p["year"]]["id"] == p["id"]} for p in found]

    def _template(self) -> bytes | None:
        office = self.vault.data_dir / OFFICE_TEMPLATE
        return office.read_bytes() if office.is_file() else None

    def export(self, year: int, path: Path, *, registry: bool = False,
               team: str | None = None, language: str = DEFAULT) -> dict[str, Any]:
        """Write the report of `year` to `path` (the format by its extension) in `language`
        (Dutch unless asked); returns it. A published year is written as published (from the
        vault; the registry's are live)."""
        report = self.annual(year, registry=registry, team=team)
        write_report(report, path, work_dir=self.vault.data_dir, template=self._template(),
                     language=language)
        with transaction(self.db):
            audit.record(self.db, self.who, "export", detail=f"{AUDIT_DETAIL}={year}")
        return report
