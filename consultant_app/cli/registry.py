"""The office's registry on the command line: `consultant-app registry serve` runs the server,
`registry user add|disable|list` keeps its accounts. The database URL comes from --database or
CONSULTANT_APP_REGISTRY_DATABASE; new passwords from CONSULTANT_APP_REGISTRY_PASSWORD or a prompt.

FastAPI, uvicorn and psycopg are imported only when a registry command runs, so building the
parser (which every start of the app does) stays cheap. Where the registry package itself is
missing (the desktop bundle leaves it out), importing this module fails and the command line
has no `registry` command.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from consultant_app.cli.common import REGISTRY_PASSWORD_ENV, print_json, read_secret, say
from consultant_app.core.messages import cli_language, translate
from consultant_app.core.sync.protocol import is_loopback
from consultant_app.registry import RegistryError

DATABASE_ENV = "CONSULTANT_APP_REGISTRY_DATABASE"
DEFAULT_PORT = 8765
MAX_WORKERS = 64
WORKER_APP = "consultant_app.cli.registry:worker_app"


def register(sub: argparse._SubParsersAction) -> None:
    registry = sub.add_parser("registry", help="the office's central registry server")
    registry = registry.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = registry.add_parser("serve", help="run the registry (HTTP on loopback, else HTTPS)")
    _database_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    p.add_argument("--certfile", type=Path, help="TLS certificate (PEM), needed off loopback")
    p.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")
    p.add_argument("--demo", action="store_true",
                   help="a demo registry, for demo vaults only (marks a new, empty database "
                        "for good)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (default 1; more than one needs PostgreSQL)")
    p.set_defaults(handler=cmd_serve)

    user = registry.add_parser("user", help="registry accounts").add_subparsers(
        dest="user_action", metavar="ACTION", required=True)
    p = user.add_parser(
        "add", help=f"add a user (password from ${REGISTRY_PASSWORD_ENV} or a prompt)")
    p.add_argument("name")
    p.add_argument("--team", required=True)
    p.add_argument("--role", default="consultant", metavar="ROLE",
                   help="consultant (default) or coordinator (may ask every team's report "
                        "figures, counts only)")
    _database_option(p)
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("role", help="make a user a coordinator or a consultant")
    p.add_argument("name")
    p.add_argument("role", metavar="ROLE", help="consultant or coordinator")
    _database_option(p)
    p.set_defaults(handler=cmd_user_role)
    p = user.add_parser("disable", help="disable a user and revoke all their sessions at once")
    p.add_argument("name")
    _database_option(p)
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("list", help="users, their teams and whether they are disabled")
    p.add_argument("--json", action="store_true")
    _database_option(p)
    p.set_defaults(handler=cmd_user_list)


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL",
                        help=f"postgresql://... or sqlite:///path (else ${DATABASE_ENV})")


def database_url(args: argparse.Namespace) -> str:
    url = args.database or os.environ.get(DATABASE_ENV)
    if not url:
        raise RegistryError("registry_database_missing", env=DATABASE_ENV)
    return url


def cmd_serve(args: argparse.Namespace) -> int:
    """Plain HTTP only where no one else can listen in: loopback. Anything else needs TLS.
    With --workers N, N processes share the port; each builds its app from the environment."""
    if bool(args.certfile) != bool(args.keyfile):
        raise RegistryError("registry_certificate_incomplete")
    if args.certfile is None and not is_loopback(args.host):
        raise RegistryError("registry_insecure_host")
    for path in (args.certfile, args.keyfile):
        if path is not None and not path.is_file():
            raise RegistryError("registry_certificate_missing")
    if not 1 <= args.workers <= MAX_WORKERS:
        raise RegistryError("registry_workers_invalid", max=MAX_WORKERS)
    url = database_url(args)
    try:
        import uvicorn

        from consultant_app.registry.app import create_app
        from consultant_app.registry.store import SQLITE, parse_url
    except ImportError:
        raise RegistryError("registry_extra_missing") from None
    if args.workers > 1 and parse_url(url)[0] == SQLITE:
        raise RegistryError("registry_workers_sqlite")
    # Opened, migrated (and marked a demo) here, so a wrong URL fails before anyone listens.
    app = create_app(url, demo=args.demo)
    if app.state.demo:
        say("registry_serving_demo")
    if args.workers > 1:
        app.state.store.close()
        os.environ[DATABASE_ENV] = url  # what the workers (new processes) build their apps on
        app = WORKER_APP
    scheme = "https" if args.certfile else "http"
    host = f"[{args.host}]" if ":" in args.host else args.host
    say("registry_serving", url=f"{scheme}://{host}:{args.port}")
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                    server_header=False, workers=args.workers, factory=args.workers > 1,
                    ssl_certfile=str(args.certfile) if args.certfile else None,
                    ssl_keyfile=str(args.keyfile) if args.keyfile else None)
    except SystemExit as stop:  # uvicorn's way to say it could not listen (port taken...)
        if stop.code:
            raise RegistryError("registry_start_failed", port=args.port) from None
    say("registry_stopped")
    return 0


def worker_app():
    """The app of one worker process of `registry serve --workers N`, over the database that
    the serving process put in the environment."""
    from consultant_app.registry.app import create_app

    return create_app(os.environ[DATABASE_ENV])


def _open_store(args: argparse.Namespace):
    from consultant_app.registry.store import Store

    return Store.open(database_url(args), pool_size=1)


def read_new_password() -> str:
    """A new user's password: from the environment, else asked twice at the terminal."""
    return read_secret(REGISTRY_PASSWORD_ENV, prompt_code="registry_prompt_password",
                       repeat_code="registry_prompt_repeat",
                       missing=RegistryError("registry_no_password", env=REGISTRY_PASSWORD_ENV),
                       differ=RegistryError("registry_passwords_differ"))


def cmd_user_add(args: argparse.Namespace) -> int:
    from consultant_app.registry import accounts

    accounts.check_name(args.name, "registry_user_name_invalid")
    accounts.check_name(args.team, "registry_team_invalid")
    accounts.check_role(args.role)
    store = _open_store(args)
    try:
        password = read_new_password()
        with store.connection() as conn:
            accounts.add_user(conn, args.name, args.team, password, args.role)
    finally:
        store.close()
    say("registry_user_added")
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    from consultant_app.registry import accounts

    accounts.check_role(args.role)
    store = _open_store(args)
    try:
        with store.connection() as conn:
            accounts.set_role(conn, args.name, args.role)
    finally:
        store.close()
    say("registry_role_set", role=args.role)
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from consultant_app.registry import accounts

    store = _open_store(args)
    try:
        with store.connection() as conn:
            revoked = accounts.disable_user(conn, args.name)
    finally:
        store.close()
    say("registry_user_disabled", tokens=revoked)
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from consultant_app.registry import accounts

    store = _open_store(args)
    try:
        with store.connection() as conn:
            users = accounts.list_users(conn)
    finally:
        store.close()
    if args.json:
        print_json([{"name": n, "team": t, "disabled": d} for n, t, d in users])
        return 0
    lang = cli_language()
    states = {False: translate("registry_user_state_active", lang),
              True: translate("registry_user_state_disabled", lang)}
    for name, team, disabled in users:
        print(f"{name}\t{team}\t{states[disabled]}")
    if not users:
        say("registry_no_users")
    return 0
