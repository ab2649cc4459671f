"""The registry's database: connections to PostgreSQL (psycopg 3, `postgresql://...`) or SQLite
(stdlib sqlite3, `sqlite:///path`, a one-machine demo) behind one small interface, and the schema,
created or migrated when the store opens and versioned in `schema_version`.

The SQL is written once, with `?` placeholders and a `{id}` token for generated keys; a tiny shim
turns it into each dialect. Write transactions are serialised where it matters: SQLite takes its
write lock up front (BEGIN IMMEDIATE), PostgreSQL pushes lock the sequence counter row first.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from consultant_app.registry import RegistryError

POSTGRESQL, SQLITE = "postgresql", "sqlite"
CONNECT_TIMEOUT = 5  # seconds: an unreachable database should say so, not hang a start-up
SQLITE_BUSY_MS = 30_000  # a writer waits for the one before it instead of failing

_TOKENS = {
    POSTGRESQL: {"id": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
                 # A synced row's fields as PostgreSQL's binary JSON, made once when the row is
                 # written, so that reading a field (the annual report's copy of a team's rows)
                 # does not parse the text again each time. jsonb cannot hold a NUL (\u0000),
                 # which the text may (a row stored before the row rules refused one): it
                 # becomes U+FFFD in the document, so no row fails its write or this migration.
                 # (The replacement is an escape too, so the text stays valid JSON even where
                 # the backslash was itself escaped.)
                 "document": "jsonb GENERATED ALWAYS AS "
                             "(CAST(replace(fields, '\\u0000', '\\ufffd') AS jsonb)) STORED"},
    SQLITE: {"id": "INTEGER PRIMARY KEY AUTOINCREMENT",
             # SQLite reads JSON text as fast as its own binary form: the same text, unstored.
             "document": "TEXT GENERATED ALWAYS AS (fields) VIRTUAL"},
}

# Each entry migrates the schema from version i to i + 1; never edit one that has shipped.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE users (
            name TEXT PRIMARY KEY, team TEXT NOT NULL, password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)""",
        # An access token names the refresh token (the session) it was made from, so that a
        # logout or a disabled account revokes both at once.
        """CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_name TEXT NOT NULL,
            session TEXT, device_id TEXT, device_name TEXT, created_at TEXT NOT NULL,
            expires_at BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX tokens_user ON tokens (user_name)",
        "CREATE INDEX tokens_session ON tokens (session)",
        # In the database, not in memory, so that the limit holds across worker processes.
        """CREATE TABLE login_failures (
            id {id}, user_name TEXT NOT NULL, address TEXT NOT NULL, at BIGINT NOT NULL)""",
        "CREATE INDEX login_failures_user ON login_failures (user_name, at)",
        "CREATE INDEX login_failures_address ON login_failures (address, at)",
        "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "INSERT INTO counters (name, value) VALUES ('seq', 0)",
        """CREATE TABLE records (
            row_id TEXT PRIMARY KEY, entity TEXT NOT NULL, team TEXT NOT NULL,
            client_id TEXT NOT NULL, version BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL,
            changed_at TEXT NOT NULL, changed_by TEXT NOT NULL, last_seq BIGINT NOT NULL)""",
        "CREATE INDEX records_team_seq ON records (team, last_seq)",
        "CREATE INDEX records_client ON records (client_id)",
        "CREATE INDEX records_team_entity ON records (team, entity)",
        """CREATE TABLE changes (
            seq BIGINT PRIMARY KEY, change_id TEXT NOT NULL UNIQUE, team TEXT NOT NULL,
            user_name TEXT NOT NULL, device_id TEXT NOT NULL, entity TEXT NOT NULL,
            row_id TEXT NOT NULL, client_id TEXT NOT NULL, op TEXT NOT NULL,
            version BIGINT NOT NULL, digest TEXT NOT NULL, payload TEXT NOT NULL,
            result TEXT NOT NULL, received_at TEXT NOT NULL)""",
        "CREATE INDEX changes_client ON changes (client_id)",
        """CREATE TABLE api_audit (
            id {id}, at TEXT NOT NULL, user_name TEXT, team TEXT, device_id TEXT,
            action TEXT NOT NULL, detail TEXT)""",
        """CREATE TABLE device_audit (
            id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, on_behalf_of TEXT,
            client_id TEXT, action TEXT NOT NULL, device_id TEXT NOT NULL, detail TEXT,
            user_name TEXT NOT NULL, team TEXT NOT NULL, received_at TEXT NOT NULL)""",
    ),
    (
        # A coordinator may ask for every team's report figures (counts only); everyone else
        # is a consultant, who reads and writes their own team.
        "ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'consultant'",
    ),
    (
        "ALTER TABLE records ADD COLUMN document {document}",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@lru_cache(maxsize=512)
def _translate(dialect: str, sql: str) -> str:
    """SQL in the dialect: `{id}` tokens filled in, `?` placeholders as psycopg's `%s`."""
    for token, spelling in _TOKENS[dialect].items():
        sql = sql.replace("{%s}" % token, spelling)
    return sql.replace("?", "%s") if dialect == POSTGRESQL else sql


def marks(count: int) -> str:
    """`?, ?, ?` for an IN (...) list of `count` values."""
    return ", ".join("?" * count)


class Connection:
    """One database connection, speaking the shared SQL whichever engine is below."""

    def __init__(self, raw: Any, dialect: str):
        self.raw = raw
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(_translate(self.dialect, sql), tuple(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.execute(sql, params).fetchone()

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[tuple]:
        """Rows a few thousand at a time, so a team of 50,000 clients keeps memory flat (in
        PostgreSQL a server-side cursor, which needs the caller's transaction)."""
        if self.dialect == POSTGRESQL:
            cursor = self.raw.cursor(name="registry_stream")
            cursor.itersize = size
        else:
            cursor = self.raw.cursor()
        try:
            cursor.execute(_translate(self.dialect, sql), tuple(params))
            while batch := cursor.fetchmany(size):
                yield from batch
        finally:
            cursor.close()

    def many(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        params = [tuple(p) for p in params]
        if not params:
            return
        cursor = self.raw.cursor()
        try:
            # psycopg pipelines executemany: one round trip per batch, not per row.
            cursor.executemany(_translate(self.dialect, sql), params)
        finally:
            cursor.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction; SQLite takes the write lock at once, so two pushers never
        interleave (and never deadlock upgrading a read lock)."""
        if self.dialect == POSTGRESQL:
            with self.raw.transaction():
                yield self
            return
        self.raw.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise
        self.raw.execute("COMMIT")

    @contextmanager
    def scratch(self) -> Iterator[Connection]:
        """A transaction seeing one moment whose writes are never kept: for the temporary
        tables a computation works in (the team's report). Always rolled back."""
        with self._one_moment(read_only=False):
            yield self

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only transaction seeing one moment (for a summary: head and checksums agree)."""
        with self._one_moment(read_only=True):
            yield self

    @contextmanager
    def _one_moment(self, *, read_only: bool) -> Iterator[None]:
        """A transaction at one moment that keeps nothing: PostgreSQL's repeatable read (read
        only if asked; a writing one is rolled back), SQLite's transaction rolled back."""
        if self.dialect == POSTGRESQL:
            with self.raw.transaction(force_rollback=not read_only):
                self.raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"
                                 + (", READ ONLY" if read_only else ""))
                yield
            return
        self.raw.execute("BEGIN")
        try:
            yield
        finally:
            self.raw.execute("ROLLBACK")


def parse_url(url: str) -> tuple[str, str]:
    """(dialect, what to connect to) for a database URL; anything else is the admin's typo."""
    if url.startswith(("postgresql://", "postgres://")):
        return POSTGRESQL, url
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return SQLITE, url[len("sqlite:///"):]
    raise RegistryError("registry_database_url")


class Store:
    """The registry database: a small pool of connections, and the schema kept current."""

    def __init__(self, url: str, *, pool_size: int = 8):
        self.dialect, self._target = parse_url(url)
        self.url = url
        self._pool_size = pool_size
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, url: str, **kwargs: Any) -> Store:
        """Connect and migrate; an unreachable or too new database is a RegistryError."""
        store = cls(url, **kwargs)
        with store.connection() as conn:
            migrate(conn)
        return store

    def _connect(self) -> Any:
        try:
            if self.dialect == SQLITE:
                raw = sqlite3.connect(self._target, isolation_level=None,
                                      check_same_thread=False, timeout=SQLITE_BUSY_MS / 1000)
                raw.execute("PRAGMA journal_mode = WAL")
                raw.execute("PRAGMA synchronous = FULL")
                raw.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
                return raw
            try:
                import psycopg
            except ImportError:
                raise RegistryError("registry_extra_missing") from None
            return psycopg.connect(self._target, autocommit=True,
                                   connect_timeout=CONNECT_TIMEOUT)
        except Exception as error:
            if _is_database_error(error):
                raise RegistryError("registry_database_unreachable") from None
            raise

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A pooled connection; a database that went away is a RegistryError (the API answers
        503), and the broken connection is not given out again."""
        raw = self._acquire()
        try:
            yield Connection(raw, self.dialect)
        except Exception as error:
            if is_unavailable(error):
                raise RegistryError("registry_database_unreachable") from None
            raise
        finally:
            self._release(raw)

    def _acquire(self) -> Any:
        while True:
            with self._lock:
                raw = self._idle.pop() if self._idle else None
            if raw is None:
                return self._connect()
            if self.dialect == SQLITE or _alive(raw):
                return raw
            _close_quietly(raw)  # e.g. PostgreSQL restarted while it sat in the pool

    def _release(self, raw: Any) -> None:
        """Back to the pool if still healthy and idle; a broken one is closed and forgotten."""
        healthy = not getattr(raw, "closed", False) and not getattr(raw, "broken", False)
        if healthy and self.dialect == SQLITE and raw.in_transaction:
            healthy = False
        if healthy and self.dialect == POSTGRESQL:
            from psycopg.pq import TransactionStatus

            healthy = raw.info.transaction_status == TransactionStatus.IDLE
        with self._lock:
            if healthy and len(self._idle) < self._pool_size:
                self._idle.append(raw)
                return
        _close_quietly(raw)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for raw in idle:
            _close_quietly(raw)


def _alive(raw: Any) -> bool:
    """One cheap round trip: a pooled PostgreSQL connection may have been cut meanwhile."""
    try:
        raw.execute("SELECT 1")
        return True
    except Exception:  # noqa: BLE001 - any failure means: do not use this one
        return False


def _close_quietly(raw: Any) -> None:
    try:
        raw.close()
    except Exception:  # noqa: BLE001 - closing a connection that is already gone
        pass


def _is_database_error(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, psycopg.Error)


def is_unavailable(error: BaseException) -> bool:
    """True for a database that went away (server down, connection lost, file locked or gone);
    a mistake in SQL stays an error of its own."""
    if isinstance(error, sqlite3.OperationalError):
        return any(word in str(error) for word in ("locked", "unable to open", "disk", "readonly"))
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, (psycopg.OperationalError,
                                                      psycopg.InterfaceError))


# A row of `counters` (1 when present): this registry is a demo and holds synthetic people only.
# Set once, on an empty database (`registry serve --demo`), and never taken away.
DEMO_MARK = "demo"


def is_demo(conn: Connection) -> bool:
    return conn.one("SELECT value FROM counters WHERE name = ?", [DEMO_MARK]) is not None


def mark_demo(conn: Connection) -> None:
    """Make this registry a demo for good; a database that already holds changes (real people,
    as far as anyone can tell) is refused."""
    with conn.transaction():
        if is_demo(conn):
            return
        if conn.one("SELECT 1 FROM changes LIMIT 1") is not None:
            raise RegistryError("registry_demo_has_data")
        conn.execute("INSERT INTO counters (name, value) VALUES (?, 1)", [DEMO_MARK])


def migrate(conn: Connection) -> int:
    """Bring the schema to SCHEMA_VERSION in one transaction; returns the version found."""
    with conn.transaction():
        if conn.dialect == POSTGRESQL:
            # Two servers starting on an empty database must not both create the tables.
            conn.execute("SELECT pg_advisory_xact_lock(7215001)")
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.one("SELECT version FROM schema_version")
        found = row[0] if row else 0
        if found > SCHEMA_VERSION:
            raise RegistryError("registry_schema_newer")
        for statements in MIGRATIONS[found:]:
            for sql in statements:
                conn.execute(sql)
        if row is None:
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
        else:
            conn.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION])
    return found
