"""The vault's commands: `init`, `check`, `backup`, `restore`, `passphrase change`, `recover`,
`recovery-key`, `settings`, `demo` and `doctor` -- making, keeping, recovering and inspecting a
vault, as against working with what is in it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli.common import (
    NEW_PASSPHRASE_ENV, CliError, read_file, read_passphrase, say, with_workspace,
)
from consultant_app.core.errors import VaultError
from consultant_app.core.fileio import atomic_write_bytes
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace


def register_init(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--consultant", required=True, help="your name, as it appears in the log")
    p.add_argument("--organisation", help="the organisation you work for (on whose behalf)")
    p.add_argument("--recovery-key", type=Path, help="the office's recovery public key (PEM)")
    p.set_defaults(handler=cmd_init)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify the vault's integrity and schema")
    p.set_defaults(handler=with_workspace(cmd_check))
    p = sub.add_parser("backup", help="an encrypted copy of the vault, safe while in use")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=with_workspace(cmd_backup))
    p = sub.add_parser("restore", help="restore a backup (the backup's passphrase is asked)")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true",
                   help="move an existing vault aside instead of refusing")
    p.set_defaults(handler=cmd_restore)
    _register_keys(sub)
    _register_upkeep(sub)


def _register_keys(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help="passphrase management").add_subparsers(
        dest="action", metavar="ACTION", required=True).add_parser(
        "change", help="set a new passphrase (the data is not re-encrypted)")
    p.add_argument("--new-passphrase-file", type=Path)
    p.set_defaults(handler=with_workspace(cmd_passphrase_change))
    p = sub.add_parser("recover", help="office only: set a new passphrase with the recovery key")
    p.add_argument("--org-private-key", type=Path, required=True)
    p.add_argument("--new-passphrase-file", type=Path)
    p.set_defaults(handler=cmd_recover)
    p = sub.add_parser("recovery-key", help="office only: make an organisation recovery key pair")
    p.add_argument("--private-out", type=Path, required=True)
    p.add_argument("--public-out", type=Path, required=True)
    p.set_defaults(handler=cmd_recovery_key)


def _register_upkeep(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="vault settings (e.g. store_bsn yes|no)")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(handler=with_workspace(cmd_settings))

    p = sub.add_parser("demo", help="fill the vault (created if absent) with synthetic clients")
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--seed", type=int, default=2016)
    p.add_argument("--into-real-vault", action="store_true",
                   help="also into a vault that is not a demo vault (asked at a terminal)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("doctor", help="what this installation has (no vault or passphrase needed)")
    p.set_defaults(handler=cmd_doctor)


# -- making, keeping and recovering a vault -------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from consultant_app.core.workspace import Workspace, vault_exists

    if vault_exists(args.data_dir):
        raise VaultError("vault_exists")
    recovery = read_file(args.recovery_key) if args.recovery_key else None
    passphrase = read_passphrase(args, confirm=True, prompt_code="prompt_new_passphrase")
    with Workspace.create(args.data_dir, args.consultant, passphrase,
                          recovery_public_pem=recovery, organisation=args.organisation):
        pass
    say("vault_created", path=args.data_dir)
    return 0


def cmd_passphrase_change(workspace: Workspace, args: argparse.Namespace) -> int:
    new = read_passphrase(args, confirm=True, env=NEW_PASSPHRASE_ENV,
                          file=args.new_passphrase_file, prompt_code="prompt_new_passphrase")
    workspace.vault.change_passphrase(new)
    say("passphrase_changed")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.vault import Vault

    private_pem = read_file(args.org_private_key)
    new = read_passphrase(args, confirm=True, env=NEW_PASSPHRASE_ENV,
                          file=args.new_passphrase_file, prompt_code="prompt_new_passphrase")
    with Vault.recover(args.data_dir, private_pem, new):
        pass
    say("passphrase_changed")
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.keys import generate_recovery_keypair

    for out in (args.private_out, args.public_out):
        if out.exists():
            raise CliError("file_exists", path=out)
    private_pem, public_pem = generate_recovery_keypair()
    atomic_write_bytes(args.private_out, private_pem, mode=0o600)
    atomic_write_bytes(args.public_out, public_pem, mode=0o644)
    say("recovery_key_written", private=args.private_out, public=args.public_out)
    return 0


def cmd_check(workspace: Workspace, args: argparse.Namespace) -> int:
    problems = workspace.vault.check()
    for problem in problems:
        print(problem)
    if problems:
        raise VaultError("check_failed", count=len(problems))
    say("check_ok")
    return 0


def cmd_backup(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.vault.backup(args.out)
    say("backup_written", path=args.out)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from consultant_app.core.vault.vault import Vault

    moved = Vault.restore(args.file, args.data_dir, read_passphrase(args), replace=args.replace)
    if moved is not None:
        say("restore_moved_aside", path=moved)
    say("restored", path=args.data_dir)
    return 0


# -- settings, demo data and the installation ------------------------------------------------------
def cmd_settings(workspace: Workspace, args: argparse.Namespace) -> int:
    from consultant_app.core.vault.settings import EDITABLE, SETTINGS

    if args.key is None:
        for key, value in workspace.settings.listed().items():
            print(f"{key}\t{value or ''}")
        return 0
    if args.value is None and args.key in EDITABLE:
        kind = SETTINGS[args.key].kind
        raise CliError("bad_setting_value", choices="yes, no" if kind is bool else "TEXT")
    workspace.settings.set_text(args.key, args.value or "")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.core.demo_vault import fill_demo

    lang = cli_language()
    count = fill_demo(args.data_dir, read_passphrase(args), args.clients, seed=args.seed,
                      progress=lambda n: print(translate("demo_progress", lang, n=n),
                                               file=sys.stderr, flush=True),
                      confirm_real_vault=lambda: args.into_real_vault or _confirm(
                          "demo_confirm_real_vault", lang))
    say("demo_done", clients=count, path=args.data_dir)
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
