"""The central registry server: the office's copy of every team's client files, which devices push
their changes to and pull their colleagues' changes from (ARCHITECTURE.md §5), as an ASGI service
over PostgreSQL (SQLite for a one-machine demo). Its extra dependencies (fastapi, uvicorn, psycopg)
live in the package's `registry` extra and are imported only by the modules that need them.
"""

from __future__ import annotations

from consultant_app.core.errors import ConsultantAppError


class RegistryError(ConsultantAppError):
    """The registry cannot do what its administrator asked (database unreachable, unknown user,
    a password too short, plain HTTP on a public address...)."""

    code = "registry_error"


class Refusal(Exception):
    """An API request the registry refuses: answered with `status` and the body
    {"code": code, **extra}; the device translates the code (core.sync.transport)."""

    def __init__(self, status: int, code: str, *, headers: dict[str, str] | None = None,
                 **extra: object):
        super().__init__(code)
        self.status = status
        self.code = code
        self.headers = headers or {}
        self.extra = extra
