"""Opening the SQLCipher file with sqlite-utils on top, and nothing else.

sqlite-utils looks for `pysqlite3` before the standard library's sqlite3 and uses that module's
exception classes; registering sqlcipher3 under that name *before* sqlite_utils is imported makes
`alter=True`, `drop(ignore=True)` and error handling catch the exceptions SQLCipher really raises.
Every module that needs sqlite_utils imports it from here.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
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
        return VaultError("vault_not_writable")
    return VaultError("database_error")


def open_encrypted(path: Path, data_key: bytes) -> sqlite_utils.Database:
    """A sqlite-utils Database over the SQLCipher file at `path`, keyed with the raw data key.

    When the file does not open, the error says why (see opening_error): the key does not fit
    ('wrong_key'), the file is damaged, the folder or disk is read-only, the disk is full.
    'cipher_version' unless SQLCipher 4.x is present.
    """
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as error:
        raise opening_error(path, data_key, error) from None
    try:
        # SQLCipher logs decryption failures to stderr by itself; errors reach the user as
        # typed errors instead (one clear line in the CLI, never library noise).
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultError("cipher_version")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a note the consultant saw as saved survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort spills stay in memory: SQLCipher's temp files would be
        # encrypted too, but not writing them at all is simpler to reason about.
        conn.execute("PRAGMA temp_store = MEMORY")
        # 32 MiB of page cache: bulk imports and FTS merges spill (and re-encrypt) far less.
        conn.execute("PRAGMA cache_size = -32768")
    except DatabaseError as error:
        conn.close()
        raise opening_error(path, data_key, error) from None
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def opening_error(path: Path, data_key: bytes, error: DatabaseError) -> VaultError:
    """Why the vault file at `path` did not open: storage first (a read-only folder or file
    system, a full disk: SQLite then cannot create its -wal/-shm files), then whether the key
    fits the file's pages at all. The key is the one the passphrase unwrapped, so it is only
    'wrong_key' when no page of the file carries its seal (the file of another vault);
    a file with pages that do, or with no whole page left, is damaged."""
    storage = _storage_problem(Path(path).parent)
    if storage is not None:
        return VaultError(storage)
    typed = as_vault_error(error)
    if typed.code in ("vault_busy", "disk_full", "vault_not_writable"):
        return typed
    sealed = key_seals_pages(path, data_key)
    if sealed is False:
        return VaultError("wrong_key")
    return VaultError("vault_damaged")


def _storage_problem(folder: Path) -> str | None:
    """'vault_not_writable' or 'disk_full' when the folder's file system says so, else None."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return None
    if stat.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return "vault_not_writable"
    if stat.f_bavail == 0:
        return "disk_full"
    return None


# SQLCipher 4's page layout: each page ends in a reserve of a 16-byte IV and a 64-byte
# HMAC-SHA512 over the encrypted page, its IV and its page number; page 1 starts with the salt.
_PAGE_SIZE = 4096
_IV_BYTES = 16
_HMAC_BYTES = 64
_SALT_BYTES = 16
_PAGES_TRIED = 64


def key_seals_pages(path: Path, data_key: bytes) -> bool | None:
    """True when some page of the file carries the HMAC of `data_key`, False when whole pages
    are there but none does (another vault's file), None when there is no whole page to ask
    or the file cannot be read. Only the first pages are read: one good page settles it."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(_PAGE_SIZE * _PAGES_TRIED)
    except OSError:
        return None
    if len(data) < _PAGE_SIZE:
        return None
    salt = bytes(b ^ 0x3A for b in data[:_SALT_BYTES])
    hmac_key = hashlib.pbkdf2_hmac("sha512", data_key, salt, 2, 32)
    end = _PAGE_SIZE - _IV_BYTES - _HMAC_BYTES + _IV_BYTES
    for number in range(len(data) // _PAGE_SIZE):
        page = data[number * _PAGE_SIZE:(number + 1) * _PAGE_SIZE]
        start = _SALT_BYTES if number == 0 else 0
        mac = hmac.new(hmac_key, page[start:end] + (number + 1).to_bytes(4, "little"),
                       "sha512").digest()
        if hmac.compare_digest(mac, page[end:end + _HMAC_BYTES]):
            return True
    return False


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
