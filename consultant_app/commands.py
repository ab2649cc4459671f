"""The CLI's commands: each parses its arguments, calls one core service, prints the result.

Kept apart from cli.py (parser set-up, error handling, passphrase and JSON input) so that each
command reads as a few lines: what it asks the core, and what it prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli import (
    CliError, NEW_PASSPHRASE_ENV, print_json, read_file, read_json, read_passphrase, read_text,
    unreadable, with_casefile, with_vault,
)
from consultant_app.core.errors import VaultError
from consultant_app.core.fileio import atomic_write_bytes
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.casefile import CaseFile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--consultant", required=True, help="your name, as it appears in the log")
    p.add_argument("--organisation", help="the organisation you work for (on whose behalf)")
    p.add_argument("--recovery-key", type=Path, help="the office's recovery public key (PEM)")
    p.set_defaults(handler=cmd_init)

    client = sub.add_parser("client", help="client files").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = client.add_parser("add", help="add a client from JSON (stdin or --json)")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_casefile(cmd_client_add))
    p = client.add_parser("update", help="change fields of a client (JSON with only those)")
    p.add_argument("id")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_casefile(cmd_client_update))
    p = client.add_parser("show", help="show one client's file")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_casefile(cmd_client_show))
    p = client.add_parser("search", help="find clients by (household) name")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, help="show at most this many (default: every match)")
    p.set_defaults(handler=with_casefile(cmd_client_search))
    p = client.add_parser("list", help="all clients by name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_casefile(cmd_client_list))
    p = client.add_parser("erase", help="erase a person everywhere (AVG art. 17); cannot be undone")
    p.add_argument("id")
    p.add_argument("--confirm", action="store_true", help="yes, erase this person")
    p.set_defaults(handler=with_casefile(cmd_client_erase))

    contact = sub.add_parser("contact", help="contact moments").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = contact.add_parser("add", help="register a contact (JSON on stdin or --json)")
    p.add_argument("client_id")
    p.add_argument("--json", type=Path, dest="json_file")
    p.set_defaults(handler=with_casefile(cmd_contact_add))
    p = contact.add_parser("list", help="a client's contacts")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_casefile(cmd_contact_list))

    note = sub.add_parser("note", help="case notes (append-only)").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = note.add_parser("add", help="add a note (text from stdin or --text)")
    p.add_argument("client_id")
    p.add_argument("--text")
    p.set_defaults(handler=with_casefile(cmd_note_add))
    p = note.add_parser("amend", help="add an amendment to a note")
    p.add_argument("note_id")
    p.add_argument("--text")
    p.set_defaults(handler=with_casefile(cmd_note_amend))
    p = note.add_parser("list", help="a client's notes with amendments")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_casefile(cmd_note_list))
    p = note.add_parser("search", help="full-text search over notes")
    p.add_argument("query")
    p.add_argument("--client", dest="client_id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, help="show at most this many, newest first")
    p.set_defaults(handler=with_casefile(cmd_note_search))

    follow = sub.add_parser("followup", help="follow-up tasks with due dates").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = follow.add_parser("add", help="add a task for a client")
    p.add_argument("client_id")
    p.add_argument("--due", required=True, help="YYYY-MM-DD")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=with_casefile(cmd_followup_add))
    p = follow.add_parser("done", help="mark a task done")
    p.add_argument("id")
    p.set_defaults(handler=with_casefile(cmd_followup_done))
    p = follow.add_parser("list", help="a client's tasks, or with --due what is due by a date")
    p.add_argument("client_id", nargs="?")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="open tasks due on or before this date")
    p.set_defaults(handler=with_casefile(cmd_followup_list))

    p = sub.add_parser("import", help="import clients, contacts and notes from JSON Lines")
    p.add_argument("file", type=Path)
    p.add_argument("--batch-size", type=int, default=500)
    p.set_defaults(handler=with_casefile(cmd_import))

    p = sub.add_parser("export", help="everything about one person, as JSON (access request)")
    p.add_argument("client_id")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=with_casefile(cmd_export))

    p = sub.add_parser("check", help="verify the vault's integrity and schema")
    p.set_defaults(handler=with_vault(cmd_check))
    p = sub.add_parser("backup", help="an encrypted copy of the vault, safe while in use")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=with_vault(cmd_backup))
    p = sub.add_parser("restore", help="restore a backup (the backup's passphrase is asked)")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true",
                   help="move an existing vault aside instead of refusing")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("passphrase", help="passphrase management").add_subparsers(
        dest="action", metavar="ACTION", required=True).add_parser(
        "change", help="set a new passphrase (the data is not re-encrypted)")
    p.add_argument("--new-passphrase-file", type=Path)
    p.set_defaults(handler=with_vault(cmd_passphrase_change))
    p = sub.add_parser("recover", help="office only: set a new passphrase with the recovery key")
    p.add_argument("--org-private-key", type=Path, required=True)
    p.add_argument("--new-passphrase-file", type=Path)
    p.set_defaults(handler=cmd_recover)
    p = sub.add_parser("recovery-key", help="office only: make an organisation recovery key pair")
    p.add_argument("--private-out", type=Path, required=True)
    p.add_argument("--public-out", type=Path, required=True)
    p.set_defaults(handler=cmd_recovery_key)

    p = sub.add_parser("settings", help="vault settings (e.g. store_bsn yes|no)")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(handler=with_vault(cmd_settings))

    p = sub.add_parser("demo", help="fill the vault (created if absent) with synthetic clients")
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--seed", type=int, default=2016)
    p.add_argument("--into-real-vault", action="store_true",
                   help="also into a vault that is not a demo vault (asked at a terminal)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("doctor", help="what this installation has (no vault or passphrase needed)")
    p.set_defaults(handler=cmd_doctor)


# -- vault life cycle ----------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.vault import Vault

    if Vault.exists(args.data_dir):
        raise VaultError("vault_exists")
    recovery = read_file(args.recovery_key) if args.recovery_key else None
    passphrase = read_passphrase(args, confirm=True, prompt_code="prompt_new_passphrase")
    with Vault.create(args.data_dir, args.consultant, passphrase, recovery_public_pem=recovery,
                      organisation=args.organisation):
        pass
    _say("vault_created", path=args.data_dir)
    return 0


def cmd_passphrase_change(vault, args: argparse.Namespace) -> int:
    new = read_passphrase(args, confirm=True, env=NEW_PASSPHRASE_ENV,
                          file=args.new_passphrase_file, prompt_code="prompt_new_passphrase")
    vault.change_passphrase(new)
    _say("passphrase_changed")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.vault import Vault

    private_pem = read_file(args.org_private_key)
    new = read_passphrase(args, confirm=True, env=NEW_PASSPHRASE_ENV,
                          file=args.new_passphrase_file, prompt_code="prompt_new_passphrase")
    with Vault.recover(args.data_dir, private_pem, new):
        pass
    _say("passphrase_changed")
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.keys import generate_recovery_keypair

    for out in (args.private_out, args.public_out):
        if out.exists():
            raise CliError("file_exists", path=out)
    private_pem, public_pem = generate_recovery_keypair()
    atomic_write_bytes(args.private_out, private_pem, mode=0o600)
    atomic_write_bytes(args.public_out, public_pem, mode=0o644)
    _say("recovery_key_written", private=args.private_out, public=args.public_out)
    return 0


def cmd_check(vault, args: argparse.Namespace) -> int:
    problems = vault.check()
    for problem in problems:
        print(problem)
    if problems:
        raise VaultError("check_failed", count=len(problems))
    _say("check_ok")
    return 0


def cmd_backup(vault, args: argparse.Namespace) -> int:
    vault.backup(args.out)
    _say("backup_written", path=args.out)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.vault import Vault

    moved = Vault.restore(args.file, args.data_dir, read_passphrase(args), replace=args.replace)
    if moved is not None:
        _say("restore_moved_aside", path=moved)
    _say("restored", path=args.data_dir)
    return 0


def cmd_settings(vault, args: argparse.Namespace) -> int:
    from consultant_app.core.vault.settings import EDITABLE, SETTINGS

    if args.key is None:
        for key, value in vault.settings.listed().items():
            print(f"{key}\t{value or ''}")
        return 0
    if args.value is None and args.key in EDITABLE:
        kind = SETTINGS[args.key].kind
        raise CliError("bad_setting_value", choices="yes, no" if kind is bool else "TEXT")
    vault.settings.set_text(args.key, args.value or "")
    return 0


# -- clients, contacts, notes --------------------------------------------------------------------
def cmd_client_add(casefile: CaseFile, args: argparse.Namespace) -> int:
    data = read_json(args.json_file)
    client_id = data.pop("id", None) if isinstance(data, dict) else None
    print(casefile.add_client(data, client_id=client_id))
    return 0


def cmd_client_update(casefile: CaseFile, args: argparse.Namespace) -> int:
    changed = casefile.update_client(args.id, read_json(args.json_file))
    if not changed:
        _say("nothing_changed")
    return 0


def cmd_client_show(casefile: CaseFile, args: argparse.Namespace) -> int:
    data = casefile.client_json(casefile.show_client(args.id))
    if args.json:
        print_json(data)
    else:
        _print_tree(data)
    return 0


def cmd_client_search(casefile: CaseFile, args: argparse.Namespace) -> int:
    """Every match, or the first --limit of them and on stderr how many more there are (the
    JSON stays the list `client list --json` prints, so its readers keep working)."""
    found = casefile.search_clients(args.query, limit=_search_limit(args.limit))
    _print_summaries(found.items, args.json)
    _say_how_many_more(found.total - len(found.items))
    return 0


def cmd_client_list(casefile: CaseFile, args: argparse.Namespace) -> int:
    _print_summaries(casefile.list_clients(), args.json)
    return 0


def cmd_client_erase(casefile: CaseFile, args: argparse.Namespace) -> int:
    if not args.confirm:
        raise CliError("erase_confirm_needed")
    casefile.erase_client(args.id)
    _say("client_erased")
    return 0


def cmd_contact_add(casefile: CaseFile, args: argparse.Namespace) -> int:
    print(casefile.add_contact(args.client_id, read_json(args.json_file)))
    return 0


def cmd_contact_list(casefile: CaseFile, args: argparse.Namespace) -> int:
    contacts = casefile.list_contacts(args.client_id)
    if args.json:
        print_json([c.__dict__ for c in contacts])
        return 0
    for c in contacts:
        print("\t".join([c.id, c.date, c.kind, c.location or "", ", ".join(c.topics or [])]))
    return 0


def cmd_note_add(casefile: CaseFile, args: argparse.Namespace) -> int:
    print(casefile.add_note(args.client_id, _note_text(args)))
    return 0


def cmd_note_amend(casefile: CaseFile, args: argparse.Namespace) -> int:
    print(casefile.amend_note(args.note_id, _note_text(args)))
    return 0


def cmd_note_list(casefile: CaseFile, args: argparse.Namespace) -> int:
    notes = casefile.list_notes(args.client_id)
    if args.json:
        print_json([_note_json(n) for n in notes])
        return 0
    for note in notes:
        _print_note(note, indent="")
        for amendment in note.amendments:
            _print_note(amendment, indent="    ")
    return 0


def cmd_note_search(casefile: CaseFile, args: argparse.Namespace) -> int:
    notes = casefile.search_notes(args.query, args.client_id, _search_limit(args.limit))
    if args.json:
        print_json([_note_json(n) for n in notes])
    else:
        for note in notes:
            print("\t".join([note.id, note.client_id, note.created_at[:10],
                             note.text.replace("\n", " ")[:100]]))
    if len(notes) == args.limit:  # counted only when the limit may have cut
        _say_how_many_more(casefile.count_notes(args.query, args.client_id) - len(notes))
    return 0


def cmd_followup_add(casefile: CaseFile, args: argparse.Namespace) -> int:
    print(casefile.add_follow_up(args.client_id, args.due, args.text))
    return 0


def cmd_followup_done(casefile: CaseFile, args: argparse.Namespace) -> int:
    casefile.complete_follow_up(args.id)
    return 0


def cmd_followup_list(casefile: CaseFile, args: argparse.Namespace) -> int:
    if args.due:
        tasks = casefile.due_follow_ups(args.due)
    elif args.client_id:
        tasks = casefile.list_follow_ups(args.client_id)
    else:
        raise CliError("followup_list_usage")
    for task in tasks:
        status = "x" if task.done_at else " "
        print("\t".join([task.id, f"[{status}] {task.due_date}", task.client_name or task.client_id,
                         task.text]))
    return 0


def cmd_import(casefile: CaseFile, args: argparse.Namespace) -> int:
    from consultant_app.core.importer import import_records

    lang = cli_language()
    try:
        handle = args.file.open("rb")  # lines are decoded one by one: a bad one is reported
    except OSError as error:
        raise unreadable(args.file, error) from None
    with handle:
        result = import_records(
            casefile, handle, batch_size=max(1, args.batch_size),
            on_commit=lambda n: print(f"committed {n}", flush=True),
            on_problem=lambda p: print(
                translate("import_line", lang, line=p.line, reason=p.error.message(lang)),
                file=sys.stderr, flush=True),
        )
    if result.already:
        _say("import_already", count=result.already)
    if result.problems:
        raise CliError("import_failed", failed=len(result.problems), committed=result.committed)
    return 0


def cmd_export(casefile: CaseFile, args: argparse.Namespace) -> int:
    if args.out.exists():
        raise CliError("file_exists", path=args.out)
    data = casefile.export_client(args.client_id)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    atomic_write_bytes(args.out, text.encode("utf-8"), mode=0o600)
    _say("export_written", path=args.out)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.core.demo_vault import fill_demo

    lang = cli_language()
    count = fill_demo(args.data_dir, read_passphrase(args), args.clients, seed=args.seed,
                      progress=lambda n: print(translate("demo_progress", lang, n=n),
                                               file=sys.stderr, flush=True),
                      confirm_real_vault=lambda: args.into_real_vault or _confirm(
                          "demo_confirm_real_vault", lang))
    _say("demo_done", clients=count, path=args.data_dir)
    return 0


def _confirm(code: str, lang: str) -> bool:
    """A yes/no question at a terminal (no means no; without a terminal, the answer is no)."""
    if not sys.stdin.isatty():
        return False
    print(translate(code, lang), end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("j", "ja", "y", "yes")


def cmd_doctor(args: argparse.Namespace) -> int:
    from consultant_app.core.doctor import run_checks

    lang = cli_language()
    checks = run_checks(args.data_dir)
    for check in checks:
        print(f"{check.label(lang)}: {check.text(lang)} ({check.status_word(lang)})", flush=True)
    failed = [check.label(lang) for check in checks if check.status == "failed"]
    if failed:
        raise CliError("doctor_failed", checks=", ".join(failed))
    return 0


def _search_limit(limit: int | None) -> int | None:
    if limit is not None and limit < 1:
        raise CliError("search_bad_limit")
    return limit


def _say_how_many_more(more: int) -> None:
    """On stderr, apart from the results (and their JSON): what a --limit left out."""
    if more > 0:
        _say("search_more", more=more)


# -- output helpers ------------------------------------------------------------------------------
def _say(code: str, **params: object) -> None:
    print(translate(code, cli_language(), **params), file=sys.stderr)


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
