"""A consultant's vault on disk: create, unlock, lock, change passphrase, recover, back up, check.

A data folder holds `vault.db` (SQLCipher, with its -wal/-shm companions, all encrypted) and
`vault.keys` (the wrapped data key, see keys.py). Unlocking derives the key-encryption key, opens
the database and applies pending migrations. Failed unlocks are counted in `unlock.attempts` so a
guesser is slowed down across processes; the counter holds no secret.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import shutil
import time
import zipfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from consultant_app import __version__
from consultant_app.core.errors import VaultError
from consultant_app.core import leftovers
from consultant_app.core.fileio import atomic_write_bytes, storage_error, sweep_temporary_writes
from consultant_app.core.ids import uuid7
from consultant_app.core.vault import schema
from consultant_app.core.vault.database import (
    DatabaseError, open_encrypted, opening_error, sqlite_utils, transaction,
)
from consultant_app.core.vault.keys import DATA_KEY_BYTES, KdfParams, KeyFile, calibrate_kdf
from consultant_app.core.domain.records import Identity
from consultant_app.core.vault.settings import VaultSettings, declared

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
ATTEMPTS_NAME = "unlock.attempts"
BACKUP_FORMAT = 1
# In the data folder while a backup is written: where its temporary files are (they sit beside
# the backup file, which may be on another disk), so a killed backup is cleaned up later.
BACKUP_PENDING = ".backup."
PENDING_SUFFIX = ".pending"
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first few, then doubling."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Vault:
    """An unlocked vault. Create with Vault.create or Vault.unlock; close (lock) when done."""

    DEMO_SETTING = "demo"  # "yes" in a vault of synthetic people (see core.demo_vault)

    def __init__(self, data_dir: Path, db: sqlite_utils.Database, data_key: bytes):
        self.data_dir = Path(data_dir)
        self.db = db
        self._data_key: bytearray | None = bytearray(data_key)
        self.identity = Identity(
            consultant=self.setting("consultant") or "",
            device_id=self.setting("device_id") or "",
            device_name=self.setting("device_name") or "",
            organisation=self.setting("organisation"),
        )

    # -- life cycle ----------------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (Path(data_dir) / KEYS_NAME).exists() or (Path(data_dir) / DB_NAME).exists()

    @classmethod
    def create(
        cls, data_dir: Path, consultant: str, passphrase: str, *,
        recovery_public_pem: bytes | None = None, kdf: KdfParams | None = None,
        organisation: str | None = None,
    ) -> Vault:
        data_dir = Path(data_dir)
        _refuse_incomplete(data_dir)
        if cls.exists(data_dir):
            raise VaultError("vault_exists")
        if not consultant.strip():
            raise VaultError("consultant_required")
        data_key = os.urandom(DATA_KEY_BYTES)
        key_file = KeyFile.create(
            uuid7(), data_key, passphrase, kdf or calibrate_kdf(), recovery_public_pem
        )
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise storage_error(exc) from None
        # Made empty and private first: SQLite gives its -wal and -shm files the same mode.
        _private_file(data_dir / DB_NAME).close()
        db = open_encrypted(data_dir / DB_NAME, data_key)
        try:
            schema.apply(db)
            with transaction(db):
                db["settings"].insert_all(
                    [
                        {"key": "vault_id", "value": key_file.vault_id},
                        {"key": "consultant", "value": consultant.strip()},
                        {"key": "organisation", "value": organisation},
                        {"key": "device_id", "value": uuid7()},
                        {"key": "device_name", "value": platform.node() or "device"},
                        {"key": "store_bsn", "value": "yes"},
                        {"key": "created_at", "value": utc_now()},
                    ]
                )
            # The key file is written last: a vault without it is an interrupted create.
            key_file.save(data_dir / KEYS_NAME)
        except BaseException:
            db.close()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                (data_dir / name).unlink(missing_ok=True)
            raise
        return cls(data_dir, db, data_key)

    @classmethod
    def unlock(
        cls, data_dir: Path, passphrase: str, *, sleep: Callable[[float], None] = time.sleep
    ) -> Vault:
        """Open the vault; a wrong passphrase raises VaultError('wrong_passphrase')."""
        data_dir = Path(data_dir)
        _refuse_incomplete(data_dir)
        key_file = KeyFile.load(data_dir / KEYS_NAME)
        failures = _read_failures(data_dir)
        sleep(unlock_delay(failures))
        try:
            data_key = key_file.unwrap(passphrase)
        except VaultError:
            _write_failures(data_dir, failures + 1)
            raise
        if failures:
            _write_failures(data_dir, 0)
        return cls.open_with_key(data_dir, data_key, key_file)

    @classmethod
    def open_with_key(cls, data_dir: Path, data_key: bytes, key_file: KeyFile) -> Vault:
        path = data_dir / DB_NAME
        if not path.exists():
            raise VaultError("vault_db_missing")
        db = open_encrypted(path, data_key)
        try:
            row = db.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
            if row is None or row[0] != key_file.vault_id:
                # Opened with this key, yet not this vault's settings: pages are missing.
                raise VaultError("vault_damaged")
            schema.apply(db)
        except DatabaseError as error:
            db.close()
            raise opening_error(path, data_key, error) from None
        except BaseException:
            db.close()
            raise
        sweep_temporary_files(data_dir)
        return cls(data_dir, db, data_key)

    def close(self) -> None:
        """Lock: close the connection and overwrite the key material held in memory."""
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        try:
            self.db.close()
        except DatabaseError:
            pass

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultError("vault_locked")
        return bytes(self._data_key)

    # -- settings ------------------------------------------------------------------------------
    @functools.cached_property
    def settings(self) -> VaultSettings:
        """The settings, typed and checked (core.vault.settings declares them)."""
        return VaultSettings(self)

    def setting(self, key: str) -> str | None:
        """A setting's stored text; `settings.get` gives it typed."""
        declared(key)
        return _setting(self.db, key)

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a setting's text as it is; `settings.set` checks and encodes a typed value."""
        declared(key)
        with transaction(self.db):
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
        self.__dict__.pop("store_bsn", None)

    @property
    def demo(self) -> bool:
        """Made for a demo (`consultant-app demo`, `--demo`): its people are synthetic, and it
        syncs only with a registry that is a demo too."""
        return self.settings.get(self.DEMO_SETTING)

    @functools.cached_property
    def store_bsn(self) -> bool:
        """The organisation's BSN policy, read once per unlock (it is asked for every client
        written, and a policy change is an administrator's act, not a per-second one)."""
        return self.settings.get("store_bsn")

    # -- keys ----------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        key_file = KeyFile.load(self.data_dir / KEYS_NAME)
        key_file.rewrap(self.data_key, new_passphrase, kdf or calibrate_kdf())
        key_file.save(self.data_dir / KEYS_NAME)

    @classmethod
    def recover(
        cls, data_dir: Path, private_pem: bytes, new_passphrase: str, *,
        key_password: bytes | None = None, kdf: KdfParams | None = None,
    ) -> Vault:
        """Unwrap the data key with the organisation's private key and set a new passphrase."""
        data_dir = Path(data_dir)
        key_file = KeyFile.load(data_dir / KEYS_NAME)
        data_key = key_file.unwrap_with_recovery_key(private_pem, key_password)
        vault = cls.open_with_key(data_dir, data_key, key_file)
        try:
            key_file.rewrap(data_key, new_passphrase, kdf or calibrate_kdf())
            key_file.save(data_dir / KEYS_NAME)
            _write_failures(data_dir, 0)
        except BaseException:
            vault.close()
            raise
        return vault

    # -- health --------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found (empty when healthy): SQLCipher page MACs, SQLite integrity, search
        indexes, schema version. A damaged page is reported, not raised."""
        problems = [f"cipher: {r[0]}" for r in self._pragma_rows("cipher_integrity_check")]
        rows = self._pragma_rows("integrity_check")
        if rows != [("ok",)]:
            problems += [f"integrity: {r[0]}" for r in rows]
        problems += [f"fts: {name}" for name in self._check_fts()]
        problems += [f"schema: pending migration {name}" for name in schema.pending(self.db)]
        return problems

    def _pragma_rows(self, pragma: str, limit: int = 20) -> list[tuple]:
        try:
            return self.db.execute(f"PRAGMA {pragma}").fetchall()[:limit]
        except DatabaseError as error:
            return [(str(error),)]

    def _check_fts(self) -> list[str]:
        broken = []
        for table in ("client_search", "own_name_search", "note_search"):
            try:
                self.db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
            except DatabaseError:
                broken.append(table)
        return broken

    # -- backup --------------------------------------------------------------------------------
    def backup(self, out: Path) -> None:
        """A consistent, encrypted copy (taken while in use) plus the wrapped keys, in one file.

        The work files beside `out` are named in a note in the data folder first: when the
        backup is killed, the next unlock removes them (sweep_temporary_files)."""
        out = Path(out)
        if out.exists():
            raise VaultError("backup_exists")
        work = leftovers.owned_name(f".{out.name}.")
        snapshot, partial = out.with_name(f"{work}{uuid7()}.db"), out.with_name(f"{work}partial")
        pending = self.data_dir / f"{leftovers.owned_name(BACKUP_PENDING)}{uuid7()}{PENDING_SUFFIX}"
        try:
            atomic_write_bytes(pending, json.dumps([str(snapshot), str(partial)]).encode())
            # VACUUM INTO writes a transactionally consistent copy encrypted with the same key.
            self.db.execute("VACUUM INTO ?", [str(snapshot)])
            manifest = {"format": BACKUP_FORMAT, "app_version": __version__,
                        "created_at": utc_now(), "vault_id": self.setting("vault_id")}
            with _private_file(partial) as handle, zipfile.ZipFile(
                    handle, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr("manifest.json", json.dumps(manifest))
                archive.write(self.data_dir / KEYS_NAME, KEYS_NAME)
                archive.write(snapshot, DB_NAME)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, out)
        except OSError as exc:
            raise storage_error(exc) from None
        finally:
            snapshot.unlink(missing_ok=True)
            partial.unlink(missing_ok=True)
            pending.unlink(missing_ok=True)

    @classmethod
    def restore(cls, backup: Path, data_dir: Path, passphrase: str, *, replace: bool = False) -> Path | None:
        """Restore a backup into `data_dir`, after proving the passphrase opens it and it is sound.

        An existing vault is never overwritten: with `replace` it is moved aside into a
        `replaced-<time>` folder (returned), otherwise restoring refuses.
        """
        data_dir = Path(data_dir)
        if cls.exists(data_dir) and not replace:
            raise VaultError("vault_exists_restore")
        staging = data_dir.parent / f"{leftovers.owned_name(_restore_prefix(data_dir))}{uuid7()}"
        try:
            _unpack_backup(Path(backup), staging)
            with cls.unlock(staging, passphrase) as restored:
                if restored.check():
                    raise VaultError("backup_damaged")
            moved_aside = None
            if cls.exists(data_dir):
                moved_aside = _new_folder(data_dir, f"replaced-{datetime.now():%Y%m%d-%H%M%S}")
                for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, ATTEMPTS_NAME):
                    if (data_dir / name).exists():
                        os.replace(data_dir / name, moved_aside / name)
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.replace(staging / DB_NAME, data_dir / DB_NAME)
            os.replace(staging / KEYS_NAME, data_dir / KEYS_NAME)
            return moved_aside
        except OSError as exc:
            raise storage_error(exc) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def sweep_temporary_files(data_dir: Path) -> None:
    """Remove what killed processes left of their work on this vault: a key file written
    under a new passphrase but never put in place, the encrypted copies and half-written
    archive of a backup, the unpacked copy of a restore. Work of a process that still runs
    (the desktop app beside a command) is left alone."""
    for name in (KEYS_NAME, ATTEMPTS_NAME):
        sweep_temporary_writes(data_dir / name)
    for note in leftovers.orphans(data_dir, BACKUP_PENDING, PENDING_SUFFIX):
        try:
            for path in map(Path, json.loads(note.read_text(encoding="utf-8"))):
                path.unlink(missing_ok=True)
            note.unlink()
        except (OSError, ValueError, TypeError):
            continue
    leftovers.sweep(data_dir.parent, _restore_prefix(data_dir))


def _restore_prefix(data_dir: Path) -> str:
    return f".{data_dir.name}.restore-"


def _new_folder(parent: Path, name: str) -> Path:
    """A new private folder `name`, or `name-2`, `name-3` ... when it is taken."""
    for n in range(1, 1000):
        folder = parent / (name if n == 1 else f"{name}-{n}")
        try:
            folder.mkdir(mode=0o700)
            return folder
        except FileExistsError:
            continue
    raise VaultError("storage_error")


def _private_file(path: Path):
    """Open a new file for writing that only the user can read (0600 on POSIX)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")


def _refuse_incomplete(data_dir: Path) -> None:
    """A database without its key file: an interrupted `init`, or a key file that went
    missing. Either way nothing can open it, and nothing here may delete it."""
    if (data_dir / DB_NAME).exists() and not (data_dir / KEYS_NAME).exists():
        raise VaultError("vault_incomplete")


def _unpack_backup(backup: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(backup) as archive:
            names = set(archive.namelist())
            if not {"manifest.json", DB_NAME, KEYS_NAME} <= names:
                raise VaultError("not_a_backup")
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != BACKUP_FORMAT:
                raise VaultError("not_a_backup")
            staging.mkdir(parents=True, mode=0o700)
            for name in (DB_NAME, KEYS_NAME):
                with archive.open(name) as src, _private_file(staging / name) as dst:
                    shutil.copyfileobj(src, dst)
    except FileNotFoundError:
        raise VaultError("backup_missing") from None
    except (zipfile.BadZipFile, ValueError, KeyError):
        raise VaultError("not_a_backup") from None


def _setting(db: sqlite_utils.Database, key: str) -> str | None:
    try:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except DatabaseError:
        return None
    return row[0] if row else None


def _read_failures(data_dir: Path) -> int:
    try:
        return int(json.loads((data_dir / ATTEMPTS_NAME).read_text())["failures"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _write_failures(data_dir: Path, failures: int) -> None:
    atomic_write_bytes(data_dir / ATTEMPTS_NAME, json.dumps({"failures": failures}).encode())
