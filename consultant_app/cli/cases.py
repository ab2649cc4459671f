"""Cases on the command line: `case open CLIENT_ID --scheme S` (prints the case's id), `case
event CASE_ID --kind K --date D` (prints the event's id), `case correct EVENT_ID --date D` and
`case remove EVENT_ID` (an event entered wrongly), `case show CASE_ID [--json]` and
`case list [--state S] [--json]`; `case show` lists the deadlines that follow from the
case (core.cases.deadlines), and for a change the fields it is about ("Wijziging: vertrek"). An event out of order, an impossible date, an unknown client,
case or scheme is one line on stderr and exit 1 (the boundary in cli/__init__)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from consultant_app.cli.common import print_json, with_workspace
from consultant_app.core.cases.deadlines import field_words
from consultant_app.core.cases.states import KINDS, STATES
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace

DEFAULT_SCHEME = "remigratiewet"


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser("case", help="a client's application under a scheme: events, state")
    actions = case.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("open", help="open a case for a client (prints its id)")
    p.add_argument("client_id")
    p.add_argument("--scheme", default=DEFAULT_SCHEME)
    p.add_argument("--date", help="when it was opened, YYYY-MM-DD (default: today)")
    p.set_defaults(handler=with_workspace(cmd_open))
    p = actions.add_parser("event", help="add a dated event (prints its id)")
    p.add_argument("case_id")
    p.add_argument("--kind", required=True, help=", ".join(KINDS))
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--fields", default="", metavar="F1,F2",
                   help="a wijziging: the client-file fields it is about (destination,partner)")
    p.set_defaults(handler=with_workspace(cmd_event))
    p = actions.add_parser("correct", help="give an event entered with a wrong date its date")
    p.add_argument("event_id")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.set_defaults(handler=with_workspace(cmd_correct))
    p = actions.add_parser("remove", help="take back an event entered by mistake")
    p.add_argument("event_id")
    p.set_defaults(handler=with_workspace(cmd_remove))
    p = actions.add_parser("show", help="one case: events, state, what may follow")
    p.add_argument("case_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_show))
    p = actions.add_parser("list", help="the cases, in the order opened")
    p.add_argument("--state", help=", ".join(STATES))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_list))


def cmd_open(workspace: Workspace, args: argparse.Namespace) -> int:
    opened = None
    if args.date is not None:
        from consultant_app.core.domain.validation import date_value

        opened = date_value("--date", args.date)
    print(workspace.cases.open(args.client_id, args.scheme, opened))
    return 0


def cmd_event(workspace: Workspace, args: argparse.Namespace) -> int:
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    print(workspace.cases.add_event(args.case_id, args.kind, args.date, fields))
    return 0


def cmd_correct(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.cases.correct_event(args.event_id, args.date)
    return 0


def cmd_remove(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.cases.remove_event(args.event_id)
    return 0


def cmd_show(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.cases.show(args.case_id)
    data = found.as_dict()
    if args.json:
        print_json(data)
        return 0
    print(f"{data['id']}\t{data['scheme']}\t{data['state']}\t{data['opened_at']}")
    for event in data["events"]:
        about = ""
        if event["fields"]:
            about = "\t" + translate("case_change_fields", cli_language(),
                                   fields=field_words(event["fields"], cli_language()))
        print(f"  {event['date']}\t{event['kind']}{about}")
    print(f"  -> {', '.join(data['next']) or '-'}")
    for deadline, derived in zip(data["deadlines"], found.deadlines or ()):
        window = f"{deadline['window_start']} – " if deadline["window_start"] else ""
        title = derived.title_in(cli_language())
        print(f"  {window}{deadline['due']}\t{deadline['kind']}\t{deadline['status']}\t"
              f"{title}\t{deadline['rule']}")
    return 0


def cmd_list(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.cases.list(args.state)
    if args.json:
        print_json([case.as_dict() for case in found])
        return 0
    for case in found:
        print(f"{case.case.id}\t{case.case.client_id}\t{case.case.scheme}\t{case.state}\t"
              f"{case.case.opened_at}")
    return 0
