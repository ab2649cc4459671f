"""Opening the SQLCipher file with sqlite-utils on top, and nothing else.

sqlite-utils looks for `pysqlite3` before the standard library's sqlite3 and uses that module's
exception classes; registering sqlcipher3 under that name *before* sqlite_utils is imported makes
`alter=True`, `drop(ignore=True)` and error handling catch the exceptions SQLCipher really raises.
Every module that needs sqlite_utils imports it from here.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlcipher3.dbapi2

from consultant_app.core.errors import VaultError

if "sqlite_utils" not in sys.modules:
    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402  (must follow the registration above)

DatabaseError = sqlcipher3.dbapi2.DatabaseError
IntegrityError = sqlcipher3.dbapi2.IntegrityError
OperationalError = sqlcipher3.dbapi2.OperationalError

# How long a write waits for another process's write to end (the desktop app and a CLI import,
# two `note add` at once) before it gives up with "the vault is busy". The longest write the
# app makes is one import batch, well under a second; five seconds leave room for a slow disk
# without leaving the consultant in front of a frozen command.
BUSY_TIMEOUT_MS = 5_000


def as_vault_error(error: DatabaseError) -> VaultError:
    """The typed error for what SQLite reported, so both faces can explain it."""
    text = str(error).lower()
    if "full" in text:
        return VaultError("disk_full")
    if "locked" in text or "busy" in text:
        return VaultError("vault_busy")
    if "not a database" in text or "malformed" in text:
        return VaultError("vault_damaged")
    if "readonly" in text or "read-only" in text:
        return VaultError("not_writable")
    return VaultError("database_error")


def open_encrypted(path: Path, data_key: bytes) -> sqlite_utils.Database:
    """A sqlite-utils Database over the SQLCipher file at `path`, keyed with the raw data key.

    Raises VaultError('wrong_key') when the key does not open the file (the wrapped key came from
    another vault, or the file is not a vault), 'cipher_version' unless SQLCipher 4.x is present.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr by itself; errors reach the user as
        # typed errors instead (one clear line in the CLI, never library noise).
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultError("cipher_version")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            raise VaultError("wrong_key") from None
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a note the consultant saw as saved survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort spills stay in memory: SQLCipher's temp files would be
        # encrypted too, but not writing them at all is simpler to reason about.
        conn.execute("PRAGMA temp_store = MEMORY")
        # 32 MiB of page cache: bulk imports and FTS merges spill (and re-encrypt) far less.
        conn.execute("PRAGMA cache_size = -32768")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction; nested use becomes a savepoint that rolls back on its own.

    Like sqlite-utils' atomic(), but savepoints are named by depth rather than randomly, so
    the statements stay in the connection's statement cache: a bulk import nests one savepoint
    per record, and recompiling each of them was half of its SQL time.

    The outer transaction begins as a write (BEGIN IMMEDIATE): it takes the write lock at once,
    waiting up to the busy timeout while another process writes. A plain BEGIN would start as a
    read and fail at its first write, without waiting, whenever another process had written
    in between (SQLite cannot upgrade a stale read snapshot).
    """
    conn = db.conn
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return
    depth = getattr(db, "_savepoint_depth", 0) + 1
    name = f"sp{depth}"
    db._savepoint_depth = depth
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    else:
        conn.execute(f"RELEASE {name}")
    finally:
        db._savepoint_depth = depth - 1
