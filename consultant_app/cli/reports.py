"""The annual report on the command line: `report annual --year Y [--json] [--out FILE]
[--registry [--team T | --all-teams]] [--language en]`. With --registry the figures are the
whole team's, computed by the registry (asked through the sync login; a registry out of reach is
one line); a coordinator may name another team, or ask for every team's at once with
--all-teams: as text one block per team (its name, then its tables; a team that registered
nothing that year in one line), with --json the registry's answer {year, source, teams: {team:
report or null}}. Every team's figures are only shown: --out with --all-teams is refused (one
file per team is `--team T --out FILE`), and so is --all-teams for an account that is no
coordinator. Without --json or --out it prints the tables as text (exact counts: the
consultant's own view, in the consultant's language); --out writes .xlsx, .docx or .pdf with
small cells suppressed (core.reports), in Dutch unless `--language en`. A year without
registration, an unknown extension or an existing file is one line on stderr, exit 1.

`report publish --year Y [--again]` freezes the year (core.reports.publication); a published
year is shown as published, with a line saying when, by whom and what changed since.
`report publications [--year Y] [--json]` lists every publication, earlier ones too."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli.common import CliError, print_json, say, with_workspace
from consultant_app.core.messages import cli_language, translate
from consultant_app.core.reports import publication
from consultant_app.core.reports.texts import DEFAULT, LANGUAGES

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="the year in figures (annual report)")
    actions = report.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("annual", help="the figures of a year beside the year before")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true", help="the figures as JSON (exact counts)")
    p.add_argument("--out", type=Path, help="write FILE.xlsx, FILE.docx or FILE.pdf "
                                             "(small counts suppressed)")
    p.add_argument("--registry", action="store_true",
                   help="the whole team's figures, computed by the registry (counts only)")
    p.add_argument("--team", help="with --registry: another team's figures (coordinators)")
    p.add_argument("--language", choices=LANGUAGES, default=DEFAULT,
                   help="with --out: the report's words (default nl: it goes to funders)")
    p.add_argument("--all-teams", action="store_true",
                   help="with --registry: every team's figures, shown (coordinators)")
    p.set_defaults(handler=with_workspace(cmd_annual))
    p = actions.add_parser("publish", help="freeze the figures of a year as published")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--again", action="store_true",
                   help="publish a year again (the earlier publication is kept)")
    p.add_argument("--json", action="store_true", help="the publication as JSON")
    p.set_defaults(handler=with_workspace(cmd_publish))
    p = actions.add_parser("publications", help="every publication, earlier ones too")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_publications))


def cmd_annual(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.team is not None and not args.registry:
        raise CliError("report_team_needs_registry")
    if args.all_teams:
        return _all_teams(workspace, args)
    source = {"registry": args.registry, "team": args.team}
    if args.out is not None:
        report = workspace.reports.export(args.year, args.out, language=args.language,
                                          **source)
        say("report_written", path=args.out)
    else:
        report = workspace.reports.annual(args.year, **source)
    notice = publication.notice(report, cli_language())
    if args.json:
        print_json(report)
    elif args.out is None:
        if notice:
            print(f"# {notice}")
        _print_tables(report)
    if notice and (args.json or args.out is not None):
        print(notice, file=sys.stderr)
    return 0


def _all_teams(workspace: Workspace, args: argparse.Namespace) -> int:
    """Every team's figures of the year, as the registry computes them (a coordinator)."""
    if not args.registry:
        raise CliError("report_all_teams_needs_registry")
    if args.team is not None:
        raise CliError("report_all_teams_and_team")
    if args.out is not None:
        raise CliError("report_all_teams_no_out")
    found = workspace.reports.all_teams(args.year)
    if args.json:
        print_json(found)
        return 0
    for team, report in found["teams"].items():
        if report is None:
            print("## " + translate("report_team_no_data", cli_language(), team=team,
                                    year=args.year))
            print()
            continue
        print(f"## {team}")
        print()
        _print_tables(report)
    return 0


def cmd_publish(workspace: Workspace, args: argparse.Namespace) -> int:
    done = workspace.reports.publish(args.year, again=args.again)
    if args.json:
        print_json(done)
    else:
        say("report_published", year=done["year"], edition=done["edition"],
            sha256=done["sha256"])
        print(done["sha256"])
    return 0


def cmd_publications(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.reports.publications(args.year)
    if args.json:
        print_json(found)
        return 0
    if not found:
        say("report_no_publications")
    for item in found:  # year, edition, day, by whom, hash, * for the one that counts
        print("\t".join([str(item["year"]), str(item["edition"]),
                         publication.day(item["published_at"]), item["published_by"],
                         item["sha256"], "*" if item["current"] else ""]))
    return 0


def _print_tables(report: dict) -> None:
    """Each table with the year and the year before, as tab-separated lines, in the
    consultant's language; first when the year before is the published one."""
    from consultant_app.core.reports.tables import tables

    shown = tables(report, suppress=False, language=cli_language())
    if shown.publication is not None and shown.publication.previous:
        print(f"# {shown.publication.previous}")
    years = [str(shown.year)] + ([str(shown.previous_year)] if shown.previous_year else [])
    for table in shown.tables:
        print(f"# {table.title}")
        print("\t".join(["", *years]))
        for row in [*table.rows, *([table.total] if table.total else [])]:
            print("\t".join([row.label, row.current, *([row.previous] if len(years) > 1
                                                        else [])]))
        print()
