"""Client files on the command line: `client add|update|show|search|list|erase`, and moving them
in and out: `import` (JSON Lines) and `export` (everything about one person, an access request).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli.common import (
    CliError, print_json, read_json, say, say_how_many_more, search_limit, unreadable,
    with_workspace,
)
from consultant_app.core.fileio import atomic_write_bytes
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    client = sub.add_parser("client", help="client files").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = client.add_parser("add", help="add a client from JSON (stdin or --json)")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_workspace(cmd_client_add))
    p = client.add_parser("update", help="change fields of a client (JSON with only those)")
    p.add_argument("id")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_workspace(cmd_client_update))
    p = client.add_parser("show", help="show one client's file")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_client_show))
    p = client.add_parser("search", help="find clients by (household) name")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, help="show at most this many (default: every match)")
    p.set_defaults(handler=with_workspace(cmd_client_search))
    p = client.add_parser("list", help="all clients by name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_client_list))
    p = client.add_parser("erase", help="erase a person everywhere (AVG art. 17); cannot be undone")
    p.add_argument("id")
    p.add_argument("--confirm", action="store_true", help="yes, erase this person")
    p.set_defaults(handler=with_workspace(cmd_client_erase))


def register_transfer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import clients, contacts, notes, cases and the office's records from JSON Lines")
    p.add_argument("file", type=Path)
    p.add_argument("--batch-size", type=int, default=500)
    p.set_defaults(handler=with_workspace(cmd_import))

    p = sub.add_parser("export", help="everything about one person, as JSON (access request)")
    p.add_argument("client_id")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=with_workspace(cmd_export))


# -- one client's file ----------------------------------------------------------------------------
def cmd_client_add(workspace: Workspace, args: argparse.Namespace) -> int:
    data = read_json(args.json_file)
    client_id = data.pop("id", None) if isinstance(data, dict) else None
    print(workspace.casefile.add_client(data, client_id=client_id))
    return 0


def cmd_client_update(workspace: Workspace, args: argparse.Namespace) -> int:
    changed = workspace.casefile.update_client(args.id, read_json(args.json_file))
    if not changed:
        say("nothing_changed")
    return 0


def cmd_client_show(workspace: Workspace, args: argparse.Namespace) -> int:
    casefile = workspace.casefile
    data = casefile.client_json(casefile.show_client(args.id))
    if args.json:
        print_json(data)
    else:
        _print_tree(data)
    return 0


def cmd_client_search(workspace: Workspace, args: argparse.Namespace) -> int:
    """Every match, or the first --limit of them and on stderr how many more there are (the
    JSON stays the list `client list --json` prints, so its readers keep working)."""
    found = workspace.casefile.search_clients(args.query, limit=search_limit(args.limit))
    _print_summaries(found.items, args.json)
    say_how_many_more(found.total - len(found.items))
    return 0


def cmd_client_list(workspace: Workspace, args: argparse.Namespace) -> int:
    _print_summaries(workspace.casefile.list_clients(), args.json)
    return 0


def cmd_client_erase(workspace: Workspace, args: argparse.Namespace) -> int:
    if not args.confirm:
        raise CliError("erase_confirm_needed")
    workspace.casefile.erase_client(args.id)
    say("client_erased")
    return 0


# -- in and out -----------------------------------------------------------------------------------
def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    from consultant_app.core.importer import import_records

    lang = cli_language()
    try:
        handle = args.file.open("rb")  # lines are decoded one by one: a bad one is reported
    except OSError as error:
        raise unreadable(args.file, error) from None
    with handle:
        result = import_records(
            workspace.casefile, handle, cases=workspace.cases, office=workspace.office,
            batch_size=max(1, args.batch_size),
            on_commit=lambda n: print(f"committed {n}", flush=True),
            on_problem=lambda p: print(
                translate("import_line", lang, line=p.line, reason=p.error.message(lang)),
                file=sys.stderr, flush=True),
        )
    if result.already:
        say("import_already", count=result.already)
    if result.problems:
        raise CliError("import_failed", failed=len(result.problems), committed=result.committed)
    return 0


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.out.exists():
        raise CliError("file_exists", path=args.out)
    data = workspace.casefile.export_client(args.client_id)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    atomic_write_bytes(args.out, text.encode("utf-8"), mode=0o600)
    say("export_written", path=args.out)
    return 0


# -- output ---------------------------------------------------------------------------------------
def _print_summaries(summaries, as_json: bool) -> None:
    if as_json:
        print_json([s.__dict__ for s in summaries])
        return
    for s in summaries:
        print(f"{s.id}\t{s.full_name}\t{s.birth_date or ''}")


def _print_tree(data, indent: str = "", lang: str | None = None) -> None:
    lang = lang or cli_language()
    for key, value in data.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            _print_tree(value, indent + "  ", lang)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            print(f"{indent}{key}:")
            for i, item in enumerate(value, 1):
                print(f"{indent}  [{i}]")
                _print_tree(item, indent + "    ", lang)
        elif isinstance(value, list):
            print(f"{indent}{key}: {', '.join(map(str, value))}")
        else:
            print(f"{indent}{key}: {_shown(value, lang)}")


def _shown(value: object, lang: str) -> str:
    """A value for the reader: yes/no (ja/nee) for a boolean, nothing for an absent one."""
    if isinstance(value, bool):
        return translate("yes" if value else "no", lang)
    return "" if value is None else str(value)
