"""What every command of the command line shares: reading a passphrase or password, opening the
vault as a Workspace, reading input (files, stdin, JSON), printing JSON and one-line messages.

The area modules (vault, clients, notes, letters, sync, registry) import from here and never
from each other or from the package's __init__, so the command line has no import circles. The
core services are imported when a command runs, never when the parser is built: every start of
the app builds the parser, the desktop app's too, and most commands need none of them.
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

from consultant_app.core.errors import ConsultantAppError, VaultError
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace

PASSPHRASE_ENV = "CONSULTANT_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CONSULTANT_APP_NEW_PASSPHRASE"
REGISTRY_PASSWORD_ENV = "CONSULTANT_APP_REGISTRY_PASSWORD"


class CliError(ConsultantAppError):
    """A problem with how the command was called that argparse cannot see (missing stdin...)."""


# -- passphrases and passwords -------------------------------------------------------------------
def read_secret(env: str, *, prompt_code: str, missing: ConsultantAppError,
                differ: ConsultantAppError, file: Path | None = None,
                repeat_code: str | None = None) -> str:
    """A secret from the environment variable `env`, else the first line of `file`, else asked
    at the terminal (twice with `repeat_code`). Without a terminal to ask at, `missing` is
    raised; two different answers raise `differ`."""
    value = os.environ.get(env)
    if value:
        return value
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError:
            raise CliError("passphrase_file_unreadable") from None
        if not lines or not lines[0]:
            raise CliError("passphrase_file_empty")
        return lines[0]
    if not sys.stdin.isatty():
        raise missing
    import getpass

    lang = cli_language()
    first = getpass.getpass(translate(prompt_code, lang) + ": ")
    if repeat_code is not None and getpass.getpass(translate(repeat_code, lang) + ": ") != first:
        raise differ
    return first


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False,
                    env: str = PASSPHRASE_ENV, file: Path | None = None,
                    prompt_code: str = "prompt_passphrase") -> str:
    """The vault's passphrase (or, with `env`, another secret): from `env`, the file given
    (--passphrase-file for the vault's own), or a prompt; asked twice with `confirm`."""
    file = file if file is not None else (args.passphrase_file if env == PASSPHRASE_ENV else None)
    return read_secret(env, prompt_code=prompt_code, file=file,
                       missing=CliError("no_passphrase", env=env),
                       repeat_code="prompt_repeat" if confirm else None,
                       differ=CliError("passphrases_differ"))


# -- the vault ------------------------------------------------------------------------------------
def open_workspace(args: argparse.Namespace) -> Workspace:
    """The unlocked vault of --data-dir. A missing vault is said before any passphrase is asked;
    letters are dated at the location the preferences name as today's."""
    from consultant_app.core.preferences import Preferences
    from consultant_app.core.workspace import Workspace, vault_exists

    if not vault_exists(args.data_dir):
        raise VaultError("no_vault")
    passphrase = read_passphrase(args)
    return Workspace.unlock(args.data_dir, passphrase,
                            location=Preferences.load(args.data_dir).default_location)


def with_workspace(action: Callable[[Workspace, argparse.Namespace], int | None]):
    """Wrap a command so it runs on the unlocked vault's Workspace (its case file, letters, sync
    and settings) and always locks the vault afterwards."""
    def handler(args: argparse.Namespace) -> int | None:
        with open_workspace(args) as workspace:
            return action(workspace, args)
    return handler


# -- input -----------------------------------------------------------------------------------------
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


# -- output ----------------------------------------------------------------------------------------
def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def say(code: str, **params: object) -> None:
    """A status line for the person at the terminal (stderr; stdout stays for data)."""
    print(translate(code, cli_language(), **params), file=sys.stderr)


def search_limit(limit: int | None) -> int | None:
    """--limit of a search: at least 1, or None for every match."""
    if limit is not None and limit < 1:
        raise CliError("search_bad_limit")
    return limit


def say_how_many_more(more: int) -> None:
    """On stderr, apart from the results (and their JSON): what a --limit left out."""
    if more > 0:
        say("search_more", more=more)
