"""The office's own registration on the command line, what the year's figures are counted from:
`location add --json FILE|-` (prints the id), `location update ID --json FILE|-`,
`location list [--json] [--date D]`; `partner add --json FILE|-`, `partner list [--json]`;
`relation add PARTNER_ID --json FILE|-`, `relation list [--year Y] [--json]`;
`group-session add [--json FILE]` (stdin without it), `group-session list [--year Y] [--json]`,
`group-session audience add CODE [--label L]`, `group-session audience list [--json]`;
`figures set --year Y KEY N --source TEXT`, `figures list [--year Y] [--json]`.
Bad input (an unknown audience, location or partner, a date that is no date, 0 attendees, a
text that looks like a person's data) is one line on stderr and exit 1 (cli/__init__)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app.cli.common import print_json, read_json, with_workspace
from consultant_app.core.domain.vocabulary import (
    LOCATION_KINDS, PARTNER_KINDS, RELATION_KINDS,
)
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace


def _source(value: str) -> Path | None:
    """`-` (or nothing) reads stdin, anything else is a file."""
    return None if value in (None, "-") else Path(value)


def _json_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--json", dest="input", required=required, metavar="FILE|-",
                        help="the record as a JSON object (- reads stdin)")


def _list_args(parser: argparse.ArgumentParser, year: bool = True) -> None:
    if year:
        parser.add_argument("--year", type=int, help="only this year")
    parser.add_argument("--json", action="store_true")


def register(sub: argparse._SubParsersAction) -> None:
    location = sub.add_parser("location", help="spreekuur locations of the team")
    actions = location.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="a new location {name, city, kind, active_from, "
                                       f"active_until}} (kind: {', '.join(LOCATION_KINDS)})")
    _json_arg(p)
    p.set_defaults(handler=with_workspace(cmd_location_add))
    p = actions.add_parser("update", help="change fields of a location (a city, a closing date)")
    p.add_argument("location_id")
    _json_arg(p)
    p.set_defaults(handler=with_workspace(cmd_location_update))
    p = actions.add_parser("list", help="the locations, with the contacts held there")
    p.add_argument("--date", help="only those active on this date (YYYY-MM-DD)")
    _list_args(p, year=False)
    p.set_defaults(handler=with_workspace(cmd_location_list))

    partner = sub.add_parser("partner", help="partner organisations")
    actions = partner.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="a new partner {name, kind, city} "
                                       f"(kind: {', '.join(PARTNER_KINDS)})")
    _json_arg(p)
    p.set_defaults(handler=with_workspace(cmd_partner_add))
    p = actions.add_parser("list", help="the partner organisations")
    _list_args(p, year=False)
    p.set_defaults(handler=with_workspace(cmd_partner_list))

    relation = sub.add_parser("relation", help="relation contacts with partner organisations")
    actions = relation.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="a relation contact {date, kind, topics} "
                                       f"(kind: {', '.join(RELATION_KINDS)})")
    p.add_argument("partner_id")
    _json_arg(p)
    p.set_defaults(handler=with_workspace(cmd_relation_add))
    p = actions.add_parser("list", help="relation contacts, by date")
    _list_args(p)
    p.set_defaults(handler=with_workspace(cmd_relation_list))

    session = sub.add_parser("group-session", help="group information sessions")
    actions = session.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="a session {date, location_id, audience, partner_id, "
                                       "attendees, language, interpreter, topics}")
    _json_arg(p, required=False)
    p.set_defaults(handler=with_workspace(cmd_session_add))
    p = actions.add_parser("list", help="group sessions, by date")
    _list_args(p)
    p.set_defaults(handler=with_workspace(cmd_session_list))
    audience = actions.add_parser("audience", help="the audiences a session may be for")
    more = audience.add_subparsers(dest="audience_action", metavar="ACTION", required=True)
    p = more.add_parser("add", help="an audience of the office's own")
    p.add_argument("code", help="lower-case letters, digits and _")
    p.add_argument("--label", help="how it is shown (default: the code)")
    p.set_defaults(handler=with_workspace(cmd_audience_add))
    p = more.add_parser("list", help="the fixed audiences and the office's own")
    _list_args(p, year=False)
    p.set_defaults(handler=with_workspace(cmd_audience_list))

    figures = sub.add_parser("figures", help="external figures a report compares with")
    actions = figures.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("set", help="set a figure of a year, with its source")
    p.add_argument("--year", required=True)
    p.add_argument("key", help="e.g. applications_total")
    p.add_argument("value")
    p.add_argument("--source", required=True, help="where the figure comes from")
    p.set_defaults(handler=with_workspace(cmd_figures_set))
    p = actions.add_parser("list", help="the figures, by year and key")
    _list_args(p)
    p.set_defaults(handler=with_workspace(cmd_figures_list))


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    for row in rows:
        print("\t".join("" if row.get(c) is None else
                        ", ".join(row[c]) if isinstance(row[c], list) else str(row[c])
                        for c in columns))


def _print(rows: list[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> int:
    if as_json:
        print_json(rows)
    else:
        _table(rows, columns)
    return 0


# -- locations ------------------------------------------------------------------------------------
def cmd_location_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.add_location(read_json(_source(args.input))))
    return 0


def cmd_location_update(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.office.update_location(args.location_id, read_json(_source(args.input)))
    return 0


def cmd_location_list(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.office.locations(args.date)
    if args.json:
        print_json(found)
        return 0
    unknown = f"({translate('city_unknown', cli_language())})"
    for row in found:
        period = f"{row['active_from']} – {row['active_until'] or ''}".rstrip()
        print(f"{row['id']}\t{row['name']}\t{row['city'] or unknown}\t{row['kind']}\t{period}\t"
              f"{row['contacts']}")
    return 0


# -- partners and relations -----------------------------------------------------------------------
def cmd_partner_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.add_partner(read_json(_source(args.input))))
    return 0


def cmd_partner_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return _print(workspace.office.partners(), args.json, ("id", "name", "kind", "city"))


def cmd_relation_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.add_relation(args.partner_id, read_json(_source(args.input))))
    return 0


def cmd_relation_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return _print(workspace.office.relations(args.year), args.json,
                  ("id", "date", "partner", "kind", "topics"))


# -- group sessions -------------------------------------------------------------------------------
def cmd_session_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.add_group_session(read_json(_source(args.input))))
    return 0


def cmd_session_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return _print(workspace.office.group_sessions(args.year), args.json,
                  ("id", "date", "location", "audience", "attendees", "partner", "language",
                   "topics"))


def cmd_audience_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.add_audience(args.code, args.label))
    return 0


def cmd_audience_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return _print(workspace.office.audiences(), args.json, ("code", "label"))


# -- external figures -----------------------------------------------------------------------------
def _number(text: str) -> int | str:
    """A whole number as typed; anything else is passed on for the rule to name it."""
    return int(text) if text.strip().lstrip("-").isdigit() else text


def cmd_figures_set(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.office.set_figure(_number(args.year), args.key, _number(args.value),
                                      args.source))
    return 0


def cmd_figures_list(workspace: Workspace, args: argparse.Namespace) -> int:
    return _print(workspace.office.figures(args.year), args.json,
                  ("year", "key", "value", "source"))
