"""The annual report computed by the registry: the figures declared once in
core.reports.figures, run in SQL over the synced rows of a team (`records`, copied into the
vault's shape), so that a team's figures are what its laptops' records give together and
a client known on several laptops, being one row here, counts once. Only counts leave this
module, in the report's shape (core.reports.shape) with `source: "registry"`.

The team's rows are read out of their JSON once per report, into temporary tables that vanish
with the transaction; the figures then run on them as on a vault. A consultant asks for their
own team; a coordinator for any team, or for all of them at once. Asking is written to the API audit (the year and the team, never a figure).
"""

from __future__ import annotations

from typing import Any

from consultant_app.core.reports import figures
from consultant_app.core.reports.shape import validate_report
from consultant_app.registry import Refusal
from consultant_app.registry.accounts import COORDINATOR, Identity, record_api
from consultant_app.registry.store import Connection

SOURCE = "registry"
FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a registered date can fall in


def team_report(conn: Connection, team: str, year: int) -> dict[str, Any] | None:
    """The report of `team` for `year` (with the year before), or None when the team
    registered nothing that year. One moment: the team's rows are copied into temporary
    tables of the vault's shape, both years are counted on them, and the copy is thrown
    away with the transaction."""
    with conn.scratch():
        copy_team(conn, team, year)
        run = figures.runner(conn.rows, figures.DIALECTS[conn.dialect], named=False)
        report = figures.annual(run, year, SOURCE)
    if report is not None:
        validate_report(report)
    return report


def copy_team(conn: Connection, team: str, year: int) -> None:
    """Copy the team's rows the report of `year` (and the year before) reads into temporary
    tables of the vault's shape (inside the caller's scratch transaction): the registration of
    those two years and what it refers to (figures.KEEP), not the team's every row."""
    for statement in figures.scratch_tables(figures.DIALECTS[conn.dialect]):
        conn.execute(*figures.positional(statement, figures.copy_span(year, team=team)))


def teams(conn: Connection) -> list[str]:
    """Every team that has an account or synced rows, by name."""
    return sorted({team for (team,) in conn.rows(
        "SELECT team FROM users UNION SELECT DISTINCT team FROM records")})


def annual(conn: Connection, who: Identity, year: int, team: str | None) -> dict[str, Any]:
    """The report a user asked for: their own team's, or (a coordinator only) another's. 404
    report_no_data when that team registered nothing in the year; 403 forbidden for a
    consultant asking about another team (whether it exists is not told)."""
    team = team or who.team
    if team != who.team and who.role != COORDINATOR:
        record_api(conn, "report_refused", who.user, who.team, who.device_id,
                   {"year": year, "team": team})
        raise Refusal(403, "forbidden")
    report = team_report(conn, team, year)
    record_api(conn, "report", who.user, who.team, who.device_id, {"year": year, "team": team})
    if report is None:
        raise Refusal(404, "report_no_data")
    return report


def all_teams(conn: Connection, who: Identity, year: int) -> dict[str, Any]:
    """Every team's report for a coordinator: {year, source, teams: {team: report or null}}."""
    if who.role != COORDINATOR:
        record_api(conn, "report_refused", who.user, who.team, who.device_id,
                   {"year": year, "team": "*"})
        raise Refusal(403, "forbidden")
    found = {team: team_report(conn, team, year) for team in teams(conn)}
    record_api(conn, "report", who.user, who.team, who.device_id,
               {"year": year, "team": "*", "teams": len(found)})
    return {"year": year, "source": SOURCE, "teams": found}
