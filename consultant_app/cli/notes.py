"""What happens around a client on the command line: `contact add|list` (contact moments), `note
add|amend|list|search` (case notes, append-only) and `followup add|done|undo|list` (tasks with
dates, listed and marked done together with the deadlines derived from a client's cases; `undo`
reopens a task or a deadline marked done by mistake).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli.common import (
    CliError, print_json, read_json, read_text, say_how_many_more, search_limit, with_workspace,
)
from consultant_app.core.errors import NotFoundError
from consultant_app.core.messages import cli_language

if TYPE_CHECKING:
    from consultant_app.core.cases.service import CaseDeadline
    from consultant_app.core.domain.records import FollowUp
    from consultant_app.core.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    contact = sub.add_parser("contact", help="contact moments").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = contact.add_parser("add", help="register a contact (JSON on stdin or --json)")
    p.add_argument("client_id")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_workspace(cmd_contact_add))
    p = contact.add_parser("list", help="a client's contacts")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_contact_list))
    _register_notes(sub)
    _register_follow_ups(sub)


def _register_notes(sub: argparse._SubParsersAction) -> None:
    note = sub.add_parser("note", help="case notes (append-only)").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = note.add_parser("add", help="add a note (text from stdin or --text)")
    p.add_argument("client_id")
    p.add_argument("--text")
    p.set_defaults(handler=with_workspace(cmd_note_add))
    p = note.add_parser("amend", help="add an amendment to a note")
    p.add_argument("note_id")
    p.add_argument("--text")
    p.set_defaults(handler=with_workspace(cmd_note_amend))
    p = note.add_parser("list", help="a client's notes with amendments")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_note_list))
    p = note.add_parser("search", help="full-text search over notes")
    p.add_argument("query")
    p.add_argument("--client", dest="client_id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, help="show at most this many, newest first")
    p.set_defaults(handler=with_workspace(cmd_note_search))


def _register_follow_ups(sub: argparse._SubParsersAction) -> None:
    follow = sub.add_parser("followup", help="follow-up tasks with due dates").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = follow.add_parser("add", help="add a task for a client")
    p.add_argument("client_id")
    p.add_argument("--due", required=True, help="YYYY-MM-DD")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=with_workspace(cmd_followup_add))
    p = follow.add_parser("done", help="mark a task or a case's deadline done")
    p.add_argument("id")
    p.set_defaults(handler=with_workspace(cmd_followup_done))
    p = follow.add_parser("undo", help="reopen a task or a case's deadline marked done by mistake")
    p.add_argument("id", metavar="DEADLINE_ID")
    p.set_defaults(handler=with_workspace(cmd_followup_undo))
    p = follow.add_parser("list", help="a client's tasks and open case deadlines, or with --due "
                          "what is due by a date")
    p.add_argument("client_id", nargs="?")
    p.add_argument("--due", metavar="YYYY-MM-DD",
                   help="open tasks and deadlines due on or before this date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_followup_list))


# -- contacts -------------------------------------------------------------------------------------
def cmd_contact_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.casefile.add_contact(args.client_id, read_json(args.json_file)))
    return 0


def cmd_contact_list(workspace: Workspace, args: argparse.Namespace) -> int:
    contacts = workspace.casefile.list_contacts(args.client_id)
    if args.json:
        print_json([c.__dict__ for c in contacts])
        return 0
    for c in contacts:
        print("\t".join([c.id, c.date, c.kind, c.location or "", ", ".join(c.topics or [])]))
    return 0


# -- notes ----------------------------------------------------------------------------------------
def cmd_note_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.casefile.add_note(args.client_id, _note_text(args)))
    return 0


def cmd_note_amend(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.casefile.amend_note(args.note_id, _note_text(args)))
    return 0


def cmd_note_list(workspace: Workspace, args: argparse.Namespace) -> int:
    notes = workspace.casefile.list_notes(args.client_id)
    if args.json:
        print_json([_note_json(n) for n in notes])
        return 0
    for note in notes:
        _print_note(note, indent="")
        for amendment in note.amendments:
            _print_note(amendment, indent="    ")
    return 0


def cmd_note_search(workspace: Workspace, args: argparse.Namespace) -> int:
    casefile = workspace.casefile
    notes = casefile.search_notes(args.query, args.client_id, search_limit(args.limit))
    if args.json:
        print_json([_note_json(n) for n in notes])
    else:
        for note in notes:
            print("\t".join([note.id, note.client_id, note.created_at[:10],
                             note.text.replace("\n", " ")[:100]]))
    if len(notes) == args.limit:  # counted only when the limit may have cut
        say_how_many_more(casefile.count_notes(args.query, args.client_id) - len(notes))
    return 0


def _note_text(args: argparse.Namespace) -> str:
    return args.text if args.text is not None else read_text(None)


def _note_json(note) -> dict:
    data = {k: val for k, val in note.__dict__.items() if k != "amendments"}
    data["amendments"] = [_note_json(a) for a in note.amendments]
    return data


def _print_note(note, indent: str) -> None:
    label = "~ " if note.amends else ""
    print(f"{indent}{label}{note.id}\t{note.created_at[:16]}\t{note.created_by}")
    for line in note.text.splitlines() or [""]:
        print(f"{indent}    {line}")


# -- follow-up tasks ------------------------------------------------------------------------------
def cmd_followup_add(workspace: Workspace, args: argparse.Namespace) -> int:
    print(workspace.casefile.add_follow_up(args.client_id, args.due, args.text))
    return 0


def cmd_followup_done(workspace: Workspace, args: argparse.Namespace) -> int:
    """A task, or a derived deadline of a case, by its id; an id that is neither gets the
    task's not-found message."""
    try:
        workspace.casefile.complete_follow_up(args.id)
    except NotFoundError:
        if workspace.cases.mark_done(args.id) is None:
            raise
    return 0


def cmd_followup_undo(workspace: Workspace, args: argparse.Namespace) -> int:
    """Reopen a task, or a case's deadline, marked done by mistake: open again (overdue if
    past); an id that is neither gets the deadline's not-found message."""
    try:
        workspace.casefile.reopen_follow_up(args.id)
    except NotFoundError:
        workspace.cases.reopen(args.id)
    return 0


def cmd_followup_list(workspace: Workspace, args: argparse.Namespace) -> int:
    """Tasks and the open deadlines of the cases together, open before done, then by due date
    (a task's line is as it always was)."""
    casefile = workspace.casefile
    if args.due:
        tasks = casefile.due_follow_ups(args.due)
        until = dt.date.fromisoformat(args.due)  # checked by due_follow_ups
        due = workspace.cases.deadlines(until=until, open_only=True)
    elif args.client_id:
        tasks = casefile.list_follow_ups(args.client_id)
        due = workspace.cases.deadlines(args.client_id, open_only=True)
    else:
        raise CliError("followup_list_usage")
    named = bool(args.due)  # the overview names the client, a client's own list need not
    items = sorted([*map(_task_item, tasks), *(_deadline_item(d, named) for d in due)],
                   key=lambda item: (item[0]["status"] != "open", item[0]["due"]))
    if args.json:
        print_json([shown for shown, _ in items])
        return 0
    for _, line in items:
        print("\t".join(line))
    return 0


def _task_item(task: FollowUp) -> tuple[dict, list[str]]:
    """A task as JSON, and as its line of text."""
    status = "done" if task.done_at else "open"
    shown = {"id": task.id, "client_id": task.client_id, "kind": "task", "due": task.due_date,
             "text": task.text, "status": status, "done_at": task.done_at}
    mark = "x" if task.done_at else " "
    return shown, [task.id, f"[{mark}] {task.due_date}", task.client_name or task.client_id,
                   task.text]


def _deadline_item(found: CaseDeadline, named: bool) -> tuple[dict, list[str]]:
    """An open deadline of a case as JSON, and as its line of text (its rule's words for a
    text)."""
    deadline = found.deadline
    shown = {"id": deadline.id, "client_id": found.case.client_id, "kind": "deadline",
             "due": deadline.due.isoformat(), "rule": deadline.kind,
             "text": deadline.title_in(cli_language()),
             "case_id": found.case.id, "window_start": deadline.window_start and
             deadline.window_start.isoformat(), "source": deadline.source,
             "status": deadline.status, "fields": list(deadline.fields)}
    who = found.client_name if named else found.case.client_id
    return shown, [deadline.id, f"[ ] {shown['due']}", who, shown["text"]]
