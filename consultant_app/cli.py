"""The headless face: `consultant-app COMMAND ...` over the same core services as the desktop app.

Exit codes: 0 done; 1 an error the user can fix, printed as one line on stderr (translated, never a
traceback, never personal data); 2 wrong usage (argparse). The passphrase comes from
CONSULTANT_APP_PASSPHRASE, --passphrase-file or a prompt, in that order.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app import APP_ID, __version__
from consultant_app.core.errors import ConsultantAppError, VaultError
from consultant_app.core.fileio import storage_error
from consultant_app.core.messages import cli_language, translate
from consultant_app.core.paths import default_data_dir

if TYPE_CHECKING:
    from consultant_app.core.casefile import CaseFile
    from consultant_app.core.vault.vault import Vault

PASSPHRASE_ENV = "CONSULTANT_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CONSULTANT_APP_NEW_PASSPHRASE"


class CliError(ConsultantAppError):
    """A problem with how the command was called that argparse cannot see (missing stdin...)."""


def build_parser() -> argparse.ArgumentParser:
    from consultant_app import commands, letter_commands, sync_commands

    parser = argparse.ArgumentParser(
        prog=APP_ID, description="Spreekuur: encrypted case files for remigration consultants.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder of the vault (default: the user data folder)")
    parser.add_argument("--passphrase-file", type=Path, default=None,
                        help=f"read the passphrase from this file (else ${PASSPHRASE_ENV} or a prompt)")
    parser.add_argument("--demo", action="store_true",
                        help="open the desktop app on a throwaway vault of synthetic clients")
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    letter_commands.register(sub)
    sync_commands.register(sub)
    try:  # the office's server; the desktop bundle leaves it out (build.spec)
        from consultant_app.registry import commands as registry_commands
    except ImportError:
        return parser
    registry_commands.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = cli_language()
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    if args.command is None:
        args.handler = open_desktop
    else:
        _end_on_signals()
    _sweep_work_folders(args.data_dir)
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # here, not at exit: a reader that is gone is told apart below
        return code
    except ConsultantAppError as error:
        return _fail(error.message(lang))
    except BrokenPipeError:
        return _reader_gone()
    except OSError as error:
        return _fail(storage_error(error).message(lang))
    except KeyboardInterrupt:
        return _fail(translate("interrupted", lang))
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        vault_error = _database_error(error)
        if vault_error is not None:
            return _fail(vault_error.message(lang))
        if args.debug:
            raise
        return _fail(translate("internal", lang, kind=type(error).__name__))


def _end_on_signals() -> None:
    """SIGTERM and SIGHUP (a closed terminal, a logout, `kill`) end a command the way Ctrl+C
    does: as KeyboardInterrupt, so the open transaction rolls back, LibreOffice is stopped and
    the letter's work folder is removed before the process ends."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


def _sweep_work_folders(data_dir: Path) -> None:
    """Remove what a killed command or app left of a letter's PDF or print work."""
    from consultant_app.core.letters.pdf import sweep_work_folders

    sweep_work_folders(data_dir)


def _database_error(error: Exception) -> VaultError | None:
    """The typed error for an error SQLCipher raised, else None.

    The database module (and sqlite-utils with it) is not imported just to ask: when
    it was never imported, no vault database was opened, so no such error can have come up.
    That keeps the start of every command, and of the desktop app, free of it.
    """
    database = sys.modules.get("consultant_app.core.vault.database")
    if database is None or not isinstance(error, database.DatabaseError):
        return None
    return database.as_vault_error(error)


def _reader_gone() -> int:
    """The program reading stdout stopped (`client list | head -1`): nothing is wrong with
    the vault or the disk, so nothing is said. Exit 1 all the same, quietly: the output was
    not all delivered (an `import` is cut short), and a script with `set -o pipefail` should
    see that, as it does for other tools a closed pipe stops. Stdout now points at devnull, so
    the flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 1


def _fail(message: str) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return 1


def open_desktop(args: argparse.Namespace) -> int:
    """No command: the desktop app (PySide6 is an optional extra of the package)."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        raise CliError("no_gui") from None
    from consultant_app.app import run

    return run(args.data_dir, demo=args.demo)


# -- helpers shared by the commands ---------------------------------------------------------------
def read_passphrase(args: argparse.Namespace, *, confirm: bool = False,
                    env: str = PASSPHRASE_ENV, file: Path | None = None,
                    prompt_code: str = "prompt_passphrase") -> str:
    value = os.environ.get(env)
    if value:
        return value
    file = file if file is not None else (args.passphrase_file if env == PASSPHRASE_ENV else None)
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError:
            raise CliError("passphrase_file_unreadable") from None
        if not lines or not lines[0]:
            raise CliError("passphrase_file_empty")
        return lines[0]
    if not sys.stdin.isatty():
        raise CliError("no_passphrase", env=env)
    import getpass

    lang = cli_language()
    first = getpass.getpass(translate(prompt_code, lang) + ": ")
    if confirm and getpass.getpass(translate("prompt_repeat", lang) + ": ") != first:
        raise CliError("passphrases_differ")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    from consultant_app.core.vault.vault import Vault

    if not Vault.exists(args.data_dir):
        raise VaultError("no_vault")
    return Vault.unlock(args.data_dir, read_passphrase(args))


def unreadable(path: Path, error: OSError) -> CliError:
    """The error for an input file that cannot be read: the file as the user named it (their own
    argument, not personal data) and why, in words (missing, no permission, a folder...)."""
    if isinstance(error, FileNotFoundError):
        reason = "file_reason_missing"
    elif isinstance(error, IsADirectoryError):
        reason = "file_reason_directory"
    elif isinstance(error, PermissionError):
        reason = "file_reason_denied"
    else:
        reason = "file_reason_other"
    text = translate(reason, cli_language(), kind=errno.errorcode.get(error.errno or 0, "?"))
    return CliError("input_unreadable", path=path, reason=text)


def read_file(path: Path) -> bytes:
    """The bytes of an input file the user named; a file that cannot be read is a CliError."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise unreadable(path, error) from None


def read_text(source: Path | None) -> str:
    """Text from a file, or from stdin when no file is given: strict UTF-8, a byte order mark
    (Notepad, Excel) allowed. Read as bytes, because Python's stdin would hide bad bytes."""
    if source:
        data = read_file(source)
    else:
        try:
            data = sys.stdin.buffer.read()
        except OSError:
            raise CliError("stdin_unreadable") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("not_utf8") from None


def read_json(source: Path | None) -> Any:
    """JSON from a file, or from stdin when no file is given."""
    text = read_text(source)
    if not text.strip():
        raise CliError("no_input")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError("bad_json", line=error.lineno) from None
    except (ValueError, RecursionError):
        # A number of more digits than Python converts (int_max_str_digits), or nesting
        # deeper than the parser's recursion limit: no JSON a form or another system writes.
        raise CliError("bad_json_line") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def say(code: str, **params: object) -> None:
    """A status line for the person at the terminal (stderr; stdout stays for data)."""
    print(translate(code, cli_language(), **params), file=sys.stderr)


def with_vault(action: Callable[[Vault, argparse.Namespace], int | None]):
    """Wrap a command so it runs against the unlocked vault and always locks it afterwards."""
    def handler(args: argparse.Namespace) -> int | None:
        with open_vault(args) as vault:
            return action(vault, args)
    return handler


def with_casefile(action: Callable[[CaseFile, argparse.Namespace], int | None]):
    """Wrap a command on client files: it runs with the CaseFile of the unlocked vault.

    The core services are imported when a command runs, never when the parser is built: every
    start builds the parser, the desktop app's too, and most commands need none of them.
    """
    def on_vault(vault: Vault, args: argparse.Namespace) -> int | None:
        from consultant_app.core.casefile import CaseFile

        return action(CaseFile(vault), args)
    return with_vault(on_vault)
