"""The headless face: `consultant-app COMMAND ...` over the same core services as the desktop app.

This module builds the parser from the area modules (vault, clients, notes, letters, rules, cases,
sync and, where it is installed, the office's registry), runs the chosen command, and is the one
place where an error becomes what the user reads. Exit codes: 0 done; 1 an error the user can fix,
printed as one line on stderr (translated, never a traceback, never personal data); 2 wrong usage
(argparse). The passphrase comes from CONSULTANT_APP_PASSPHRASE, --passphrase-file or a prompt, in
that order (cli.common).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from consultant_app import APP_ID, __version__
from consultant_app.cli import (
    cases, clients, letters, notes, office, reports, rules, sync, vault,
)
from consultant_app.cli.common import PASSPHRASE_ENV, CliError
from consultant_app.core.errors import ConsultantAppError, error_text
from consultant_app.core.messages import cli_language, translate
from consultant_app.core.paths import default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID, description="Spreekuur: encrypted case files for remigration consultants.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder of the vault (default: the user data folder)")
    parser.add_argument(
        "--passphrase-file", type=Path, default=None,
        help=f"read the passphrase from this file (else ${PASSPHRASE_ENV} or a prompt)")
    parser.add_argument("--demo", action="store_true",
                        help="open the desktop app on a throwaway vault of synthetic clients")
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order `--help` lists them: a new vault, the daily work, then looking after the vault.
    vault.register_init(sub)
    clients.register(sub)
    notes.register(sub)
    clients.register_transfer(sub)
    vault.register(sub)
    letters.register(sub)
    rules.register(sub)
    cases.register(sub)
    office.register(sub)
    reports.register(sub)
    sync.register(sub)
    try:  # the office's server; the desktop bundle leaves it out (build.spec)
        from consultant_app.cli import registry
    except ImportError:
        return parser
    registry.register(sub)
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
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        return _fail(translate("interrupted", lang))
    except Exception as error:  # the last line of defence against tracebacks
        if args.debug and _unforeseen(error):
            raise
        return _fail(error_text(error, lang))


def _unforeseen(error: Exception) -> bool:
    """An error that error_text can only call "internal" (a bug): neither the core's, nor the
    operating system's, nor SQLCipher's. --debug shows its traceback instead. The database
    module is not imported just to ask: when it was never imported, no vault was opened."""
    if isinstance(error, (ConsultantAppError, OSError)):
        return False
    database = sys.modules.get("consultant_app.core.vault.database")
    return database is None or not isinstance(error, database.DatabaseError)


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
    from consultant_app.gui.app import run

    return run(args.data_dir, demo=args.demo)
