"""Who may use the registry: users and their teams, Argon2id password hashes, the access and
refresh tokens of their sessions, login rate limiting, and the audit of API access.

Tokens are random (256 bits) and stored only as their SHA-256, so a copy of the database opens no
session. Login attempts are counted in the database, per user name and per client address, before
the password is checked, so the limit holds for parallel attempts and however many worker
processes serve the API.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from datetime import datetime, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from consultant_app.registry import Refusal, RegistryError
from consultant_app.registry.store import POSTGRESQL, Connection, Store

ACCESS_TTL = 15 * 60
REFRESH_TTL = 30 * 24 * 3600
WINDOW = 15 * 60          # seconds over which failed logins count
USER_LIMIT = 5            # failures per user name in the window before logins are refused
ADDRESS_LIMIT = 20        # failures per client address in the window
MIN_PASSWORD = 12
NAME_PATTERN = re.compile(r"[\w.@-]{1,64}")
PARALLEL_CHECKS = 4      # password checks at once per process: each takes Argon2id's 64 MiB
LOGIN_LOCK = 7215002    # the PostgreSQL advisory lock under which login attempts are counted

_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters
_CHECKS = threading.BoundedSemaphore(PARALLEL_CHECKS)


@cache
def _dummy_hash() -> str:
    """What an unknown user's password is checked against, so that the time a failed login
    takes does not tell whether the name exists (made once, when first needed)."""
    return PasswordHasher().hash(secrets.token_urlsafe(16))


def utc_now() -> str:
    """The same timestamp spelling as the vault's (core.vault.vault.utc_now)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


CONSULTANT, COORDINATOR = "consultant", "coordinator"
ROLES = (CONSULTANT, COORDINATOR)


@dataclass(frozen=True)
class Identity:
    """The user behind an access token: whose team's rows they read and write, and their role
    (a coordinator may also ask for every team's report figures, counts only)."""

    user: str
    team: str
    device_id: str | None
    role: str = CONSULTANT


def record_api(conn: Connection, action: str, user: str | None, team: str | None,
               device_id: str | None, detail: Mapping[str, Any] | None = None) -> None:
    """One line of the API audit; `detail` holds counts and client ids, never field values."""
    conn.execute(
        "INSERT INTO api_audit (at, user_name, team, device_id, action, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [utc_now(), user, team, device_id, action,
         json.dumps(detail, sort_keys=True) if detail else None])


# -- administration (the CLI) ----------------------------------------------------------------------
def check_name(value: str, code: str) -> str:
    if not NAME_PATTERN.fullmatch(value):
        raise RegistryError(code)
    return value


def check_role(role: str) -> str:
    if role not in ROLES:
        raise RegistryError("registry_role_invalid", roles=", ".join(ROLES))
    return role


def add_user(conn: Connection, name: str, team: str, password: str,
             role: str = CONSULTANT) -> None:
    check_name(name, "registry_user_name_invalid")
    check_name(team, "registry_team_invalid")
    check_role(role)
    if len(password) < MIN_PASSWORD:
        raise RegistryError("registry_password_short", min=MIN_PASSWORD)
    hashed = _hasher.hash(password)
    with conn.transaction():
        if conn.one("SELECT 1 FROM users WHERE name = ?", [name]):
            raise RegistryError("registry_user_exists")
        conn.execute("INSERT INTO users (name, team, password_hash, disabled, created_at, role) "
                     "VALUES (?, ?, ?, 0, ?, ?)", [name, team, hashed, utc_now(), role])


def set_role(conn: Connection, name: str, role: str) -> None:
    """Make an account a coordinator or a consultant again; takes effect on its next request."""
    check_role(role)
    with conn.transaction():
        row = conn.one("SELECT team FROM users WHERE name = ?", [name])
        if row is None:
            raise RegistryError("registry_user_unknown")
        conn.execute("UPDATE users SET role = ? WHERE name = ?", [role, name])
        record_api(conn, "role", name, row[0], None, {"role": role})


def list_users(conn: Connection) -> list[tuple[str, str, bool]]:
    return [(name, team, bool(disabled)) for name, team, disabled in
            conn.rows("SELECT name, team, disabled FROM users ORDER BY team, name")]


def disable_user(conn: Connection, name: str) -> int:
    """Disable an account and revoke every token of it at once (a lost laptop); returns how
    many live tokens were revoked."""
    with conn.transaction():
        row = conn.one("SELECT team FROM users WHERE name = ?", [name])
        if row is None:
            raise RegistryError("registry_user_unknown")
        conn.execute("UPDATE users SET disabled = 1 WHERE name = ?", [name])
        revoked = conn.execute("UPDATE tokens SET revoked = 1 WHERE user_name = ? AND revoked = 0",
                               [name]).rowcount
        record_api(conn, "disable", name, row[0], None, {"tokens_revoked": revoked})
    return revoked


# -- the API's side --------------------------------------------------------------------------------
class Accounts:
    """Logins, token refresh and logout, and the check of an access token on every request."""

    def __init__(self, store: Store, *, access_ttl: int = ACCESS_TTL,
                 refresh_ttl: int = REFRESH_TTL, clock: Callable[[], float] = time.time):
        self.store = store
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.clock = clock

    def login(self, name: str, password: str, device_id: str, device_name: str,
              address: str) -> dict[str, Any]:
        now = int(self.clock())
        with self.store.connection() as conn:
            wait = _count_attempt(conn, name, address, now)
            user = conn.one("SELECT password_hash, team, disabled FROM users WHERE name = ?",
                            [name])
            if wait:
                record_api(conn, "login_refused", name if user else None, None, device_id)
                raise Refusal(429, "too_many_attempts", headers={"Retry-After": str(wait)})
        # The hash is checked without holding a database connection: it takes a while. The
        # attempt is already counted, so parallel guesses cannot all get here.
        # Guesses at many names, from many addresses, wait their turn rather than add memory.
        with _CHECKS:
            right = _verify(user[0] if user else _dummy_hash(), password)
        if not right or user is None:
            self._failed(name, device_id, known=user is not None)
        if user[2]:
            self._refused(name, device_id)
        with self.store.connection() as conn, conn.transaction():
            if _hasher.check_needs_rehash(user[0]):
                conn.execute("UPDATE users SET password_hash = ? WHERE name = ?",
                             [_hasher.hash(password), name])
            conn.execute("DELETE FROM login_failures WHERE user_name = ?", [name])
            conn.execute("DELETE FROM tokens WHERE user_name = ? AND expires_at < ?", [name, now])
            refresh = self._issue(conn, "refresh", name, None, device_id, device_name, now)
            access = self._issue(conn, "access", name, token_hash(refresh), device_id,
                                 device_name, now)
            record_api(conn, "login", name, user[1], device_id)
        return {"access_token": access, "refresh_token": refresh,
                "expires_in": self.access_ttl, "user": name, "team": user[1]}

    def _failed(self, name: str, device_id: str, *, known: bool) -> None:
        """The attempt was counted before the check; only the audit line is left to write."""
        with self.store.connection() as conn:
            # A name nobody has is not written down: it may be a password typed in the wrong box.
            record_api(conn, "login_failed", name if known else None, None, device_id)
        raise Refusal(401, "login_failed")

    def _refused(self, name: str, device_id: str) -> None:
        with self.store.connection() as conn:
            record_api(conn, "login_failed", name, None, device_id, {"disabled": True})
        raise Refusal(401, "login_failed")

    def _issue(self, conn: Connection, kind: str, user: str, session: str | None,
               device_id: str | None, device_name: str | None, now: int) -> str:
        token = secrets.token_urlsafe(32)
        ttl = self.access_ttl if kind == "access" else self.refresh_ttl
        conn.execute(
            "INSERT INTO tokens (token_hash, kind, user_name, session, device_id, device_name, "
            "created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [token_hash(token), kind, user, session, device_id, device_name, utc_now(),
             now + ttl])
        return token

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        """A new access token for a live session, else 401 session_expired (log in again)."""
        now = int(self.clock())
        session = token_hash(refresh_token)
        with self.store.connection() as conn, conn.transaction():
            row = conn.one(
                "SELECT t.user_name, u.team, t.device_id, t.device_name FROM tokens t "
                "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? "
                "AND t.kind = 'refresh' AND t.revoked = 0 AND t.expires_at > ? "
                "AND u.disabled = 0", [session, now])
            if row is None:
                raise Refusal(401, "session_expired")
            user, team, device_id, device_name = row
            access = self._issue(conn, "access", user, session, device_id, device_name, now)
        return {"access_token": access, "expires_in": self.access_ttl, "user": user,
                "team": team}

    def logout(self, refresh_token: str) -> None:
        """Revoke the session and every access token made from it; unknown tokens are ignored,
        so the answer tells nothing about which tokens exist."""
        session = token_hash(refresh_token)
        with self.store.connection() as conn, conn.transaction():
            conn.execute("UPDATE tokens SET revoked = 1 WHERE kind = 'refresh' AND token_hash = ?",
                         [session])
            conn.execute("UPDATE tokens SET revoked = 1 WHERE session = ?", [session])

    def authenticate(self, access_token: str) -> Identity | None:
        with self.store.connection() as conn:
            row = conn.one(
                "SELECT t.user_name, u.team, t.device_id, u.role FROM tokens t "
                "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? "
                "AND t.kind = 'access' AND t.revoked = 0 AND t.expires_at > ? "
                "AND u.disabled = 0", [token_hash(access_token), int(self.clock())])
        return Identity(*row) if row else None


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _count_attempt(conn: Connection, name: str, address: str, now: int) -> int:
    """Count a login attempt before its password is checked, as a failure until it succeeds (a
    success clears the name's count): seconds to wait if the limit is already reached (the
    attempt is then not counted), else 0. One transaction under one lock, in PostgreSQL an
    advisory lock, in SQLite the write lock, so that parallel attempts, in however many worker
    processes, are counted one after the other and at most the limit of them get checked."""
    with conn.transaction():
        if conn.dialect == POSTGRESQL:
            conn.execute("SELECT pg_advisory_xact_lock(?)", [LOGIN_LOCK])
        conn.execute("DELETE FROM login_failures WHERE at <= ?", [now - WINDOW])
        wait = _locked_for(conn, name, address, now)
        if not wait:
            conn.execute("INSERT INTO login_failures (user_name, address, at) VALUES (?, ?, ?)",
                         [name, address, now])
    return wait


def _locked_for(conn: Connection, name: str, address: str, now: int) -> int:
    """Seconds until a login may be tried again (0: now). After the limit of failures within
    the window every attempt is refused, the right password too, until the oldest one that
    counts has left the window."""
    since = now - WINDOW
    wait = 0
    for column, value, limit in (("user_name", name, USER_LIMIT),
                                 ("address", address, ADDRESS_LIMIT)):
        times = [at for (at,) in conn.rows(
            f"SELECT at FROM login_failures WHERE {column} = ? AND at > ? ORDER BY at",
            [value, since])]
        if len(times) >= limit:
            wait = max(wait, times[len(times) - limit] + WINDOW - now, 1)
    return wait
