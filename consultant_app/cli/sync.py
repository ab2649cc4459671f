"""Sync on the command line: `login`, `logout`, `sync` (and `sync status|refused|set-aside`) and
`conflicts list|resolve`.

The registry password comes from CONSULTANT_APP_REGISTRY_PASSWORD or a prompt, never from an
argument (it would stay in the shell history). The receipt goes to stdout; status lines to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app.cli.common import (
    REGISTRY_PASSWORD_ENV, CliError, print_json, read_passphrase, say, with_workspace,
)
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.sync.service import SyncService
    from consultant_app.core.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("login", help="log in to the office's registry (for sync)")
    p.add_argument("--server", required=True, help="the registry's address (https://...)")
    p.add_argument("--user", required=True, help="your registry user name")
    p.add_argument("--ca-file", type=Path, help="the office's CA certificate (PEM)")
    p.set_defaults(handler=with_workspace(cmd_login))
    p = sub.add_parser("logout", help="forget the registry login of this vault")
    p.set_defaults(handler=with_workspace(cmd_logout))

    p = sub.add_parser("sync", help="send and receive changes (`sync status`: the state)")
    p.add_argument("what", nargs="?", choices=["status", "refused", "set-aside"],
                   help="status: last sync and what waits; refused: changes the registry "
                        "refused; set-aside: received records this app could not store")
    p.add_argument("--server", help="the registry to sync with (the one logged in to)")
    p.add_argument("--json", action="store_true", help="the receipt or status as JSON")
    p.set_defaults(handler=with_workspace(cmd_sync))

    conflicts = sub.add_parser(
        "conflicts", help="edits that clashed with a colleague's").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = conflicts.add_parser("list", help="each conflict: client, field, base, mine, theirs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_conflicts_list))
    p = conflicts.add_parser("resolve", help="keep mine, theirs, or a new value")
    p.add_argument("id")
    p.add_argument("--keep", choices=["mine", "theirs"])
    p.add_argument("--value", help="a new value (JSON, or plain text) for a client field")
    p.set_defaults(handler=with_workspace(cmd_conflicts_resolve))


def cmd_login(workspace: Workspace, args: argparse.Namespace) -> int:
    service = workspace.sync
    password = read_passphrase(args, env=REGISTRY_PASSWORD_ENV,
                               prompt_code="prompt_registry_password")
    store = service.login(args.server, args.user, password, ca_file=args.ca_file)
    say("login_ok_keyring" if store == "keyring" else "login_ok_vault")
    return 0


def cmd_logout(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.sync.logout()
    say("logout_ok")
    return 0


def cmd_sync(workspace: Workspace, args: argparse.Namespace) -> int:
    service = workspace.sync
    if args.what == "status":
        return _print_status(service, args.json)
    if args.what == "refused":
        return _print_refused(service, args.json)
    if args.what == "set-aside":
        return _print_set_aside(service, args.json)
    receipt = service.sync(args.server, progress=_progress_line())
    if args.json:
        print_json(receipt.as_json())
    else:
        print(translate("sync_receipt", cli_language(), **_counts(receipt.as_json())))
    if receipt.mismatches:
        say("sync_mismatch", entities=", ".join(receipt.mismatches))
    elif receipt.checked:
        say("sync_checked")
    else:
        say("sync_not_checked")
    if receipt.set_aside:
        say("sync_set_aside", count=receipt.set_aside)
    if receipt.conflicts:
        say("sync_see_conflicts")
    return 1 if receipt.mismatches else 0


def _progress_line():
    """At a terminal, one line on stderr that counts along (a first sync of a big team takes a
    while); nothing when the output goes to a file or another program."""
    if not sys.stderr.isatty():
        return None
    lang = cli_language()

    def report(stage: str, done: int, total: int | None) -> None:
        text = translate(f"sync_progress_{stage}", lang, done=done, total=total or "?")
        end = "\n" if stage == "check" else ""
        print(f"\r{text}\033[K", end=end, file=sys.stderr, flush=True)
    return report


def _counts(receipt: dict[str, Any]) -> dict[str, Any]:
    return {k: receipt[k] for k in ("pushed", "pulled", "merged", "conflicts", "rejected")}


def _print_status(service: SyncService, as_json: bool) -> int:
    status = service.status()
    days = status.days_since()
    if as_json:
        print_json({"server": status.server, "user": status.user, "logged_in": status.logged_in,
                    "last_sync_at": status.last_sync_at, "days_since": days,
                    "waiting": status.waiting, "conflicts": status.conflicts,
                    "rejected": status.rejected, "set_aside": status.set_aside,
                    "overdue": status.overdue,
                    "last_receipt": status.last_receipt})
        return 0
    lang = cli_language()
    lines = [translate("status_server", lang, server=status.server, user=status.user)
             if status.server else translate("status_no_server", lang)]
    if status.server and not status.logged_in:
        lines.append(translate("status_login_needed", lang))
    lines.append(translate("status_last", lang, at=status.last_sync_at[:16].replace("T", " "),
                           days=days) if status.last_sync_at else translate("status_never", lang))
    lines.append(translate("status_waiting", lang, count=status.waiting))
    lines.append(translate("status_conflicts", lang, count=status.conflicts))
    if status.rejected:
        lines.append(translate("status_rejected", lang, count=status.rejected))
    if status.set_aside:
        lines.append(translate("status_set_aside", lang, count=status.set_aside))
    if status.overdue:
        lines.append(translate("status_overdue", lang, days=status.warn_after_days))
    print("\n".join(lines))
    return 0


def _print_refused(service: SyncService, as_json: bool) -> int:
    """Kept here with their content; the reason is the registry's (e.g. not_permitted). The
    client's name stands beside the id: this is the consultant's own vault, and an id alone
    tells them nothing (a client no longer on this device is said to be so)."""
    refused = service.rejected()
    if as_json:
        print_json([r.__dict__ for r in refused])
        return 0
    lang = cli_language()
    for r in refused:
        reason = translate(f"refused_{r.reason}", lang)
        if r.field:
            reason = f"{reason} ({r.field})"
        name = r.client_name or (translate("refused_client_gone", lang) if r.client_id else "")
        print(f"{r.rejected_at[:16].replace('T', ' ')}\t{name}\t{r.client_id or ''}\t"
              f"{r.entity}\t{r.op}\t{reason}")
    return 0


def _print_set_aside(service: SyncService, as_json: bool) -> int:
    """Received rows this app could not store: where, which column and which rule (a code),
    never the value."""
    rows = service.set_aside()
    if as_json:
        print_json([r.__dict__ for r in rows])
        return 0
    for r in rows:
        print(f"{r.set_aside_at[:16].replace('T', ' ')}\t{r.client_id or ''}\t{r.entity}\t"
              f"{r.row_id}\t{r.field}\t{r.problem}")
    return 0


def cmd_conflicts_list(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.sync.conflicts()
    if args.json:
        print_json([c.__dict__ for c in found])
        return 0
    if not found:
        say("no_conflicts")
    for c in found:
        print(f"{c.id}\t{c.client_name or c.client_id}\t{c.entity}.{c.field}\t"
              f"base={_show(c.base)}\tmine={_show(c.mine)}\ttheirs={_show(c.theirs)}")
    return 0


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_conflicts_resolve(workspace: Workspace, args: argparse.Namespace) -> int:
    if (args.keep is None) == (args.value is None):
        raise CliError("conflict_choice")
    workspace.sync.resolve(args.id, keep=args.keep, value=_parse_value(args.value))
    say("conflict_resolved")
    return 0


def _parse_value(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text
