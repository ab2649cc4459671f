"""What this installation has, checked without a vault or passphrase: `consultant-app doctor`.

Each check returns a Check (a stable name, a status and a message code with its parameters) and
never prints; the faces translate and show them. A check is `failed` only when the app cannot be
used without it (Python, SQLCipher 4 with FTS5, the crypto libraries, a writable data folder);
what only limits a feature (no PySide6, no templates, no LibreOffice) is a `warning`.
Libraries are imported inside the checks, so a missing one is reported instead of crashing the
doctor, and PySide6 is only looked up, never imported: the core has no Qt.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import consultant_app
from consultant_app.core.letters.pdf import find_soffice, run_soffice
from consultant_app.core.paths import templates_dir
from consultant_app.core.messages import translate

Status = Literal["ok", "warning", "failed"]

MIN_PYTHON = (3, 11)
SOFFICE_TIMEOUT = 20.0  # seconds: a first start of LibreOffice is slow; a hung one is dropped
QT_LOAD_TIMEOUT = 30.0
LOW_DISK_BYTES = 1_000_000_000  # below this a growing vault, backups and letters get tight
KEYS_NAME = "vault.keys"  # = core.vault.vault.KEYS_NAME (not imported: that needs sqlcipher3)
DB_NAME = "vault.db"  # = core.vault.vault.DB_NAME
PROBE_PREFIX = ".consultant-app-doctor-"

@dataclass
class Check:
    """One line of the doctor's answer: `name` is stable (a label code), `detail` a message code."""

    name: str
    status: Status
    detail: str
    params: Mapping[str, object] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        return translate(f"doctor_label_{self.name}", lang)

    def text(self, lang: str = "en") -> str:
        return translate(self.detail, lang, **self.params)

    def status_word(self, lang: str = "en") -> str:
        return translate(f"doctor_status_{self.status}", lang)


def run_checks(data_dir: Path) -> list[Check]:
    """Every check, in the order they are shown. Never raises: a check that breaks is reported."""
    checks: list[tuple[str, bool, Callable[[], Check]]] = [
        ("python", True, check_python),
        ("consultant_app", True, check_consultant_app),
        ("sqlcipher", True, check_sqlcipher),
        ("fts5", True, check_fts5),
        ("argon2", True, lambda: check_package("argon2", "argon2-cffi", "argon2")),
        ("cryptography", True, lambda: check_package("cryptography", "cryptography",
                                                     "cryptography")),
        ("keyring", False, check_keyring),
        ("pyside6", False, check_pyside6),
        ("templates", False, check_templates),
        ("libreoffice", False, check_libreoffice),
        ("data_dir", True, lambda: check_data_dir(Path(data_dir))),
        ("disk_space", False, lambda: check_disk_space(Path(data_dir))),
        ("vault", False, lambda: check_vault(Path(data_dir))),
    ]
    results = []
    for name, essential, check in checks:
        try:
            results.append(check())
        except Exception as error:  # noqa: BLE001 - the doctor reports, it does not crash
            results.append(Check(name, "failed" if essential else "warning",
                                 "doctor_check_broke", {"kind": type(error).__name__}))
    return results


# -- the runtime -----------------------------------------------------------------------------------
def check_python() -> Check:
    version = platform.python_version()
    ok = sys.version_info[:2] >= MIN_PYTHON
    return Check("python", "ok" if ok else "failed", "doctor_python",
                 {"version": version, "minimum": ".".join(map(str, MIN_PYTHON))})


def check_consultant_app() -> Check:
    return Check("consultant_app", "ok", "doctor_version",
                 {"version": consultant_app.__version__})


def check_package(name: str, distribution: str, module: str) -> Check:
    """An essential library: importable, and its installed version."""
    if importlib.util.find_spec(module) is None:
        return Check(name, "failed", "doctor_package_missing", {"package": distribution})
    return Check(name, "ok", "doctor_version", {"version": _distribution_version(distribution)})


def _sqlcipher_connection():
    import sqlcipher3

    return sqlcipher3.connect(":memory:")


def check_sqlcipher() -> Check:
    try:
        conn = _sqlcipher_connection()
    except ImportError:
        return Check("sqlcipher", "failed", "doctor_package_missing", {"package": "sqlcipher3"})
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    cipher = str(row[0]) if row and row[0] else ""
    if not cipher:
        return Check("sqlcipher", "failed", "doctor_not_sqlcipher", {"sqlite": sqlite})
    params = {"cipher": cipher, "sqlite": sqlite}
    if not cipher.startswith("4."):
        return Check("sqlcipher", "failed", "doctor_sqlcipher_old", params)
    return Check("sqlcipher", "ok", "doctor_sqlcipher", params)


def check_fts5() -> Check:
    try:
        conn = _sqlcipher_connection()
    except ImportError:
        return Check("fts5", "failed", "doctor_package_missing", {"package": "sqlcipher3"})
    try:
        used = conn.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0]
        if not used:  # FTS5 can also come as a loaded extension: try the real thing
            try:
                conn.execute("CREATE VIRTUAL TABLE temp.doctor_probe USING fts5(x)")
                used = 1
            except Exception:  # noqa: BLE001 - "no such module: fts5"
                used = 0
    finally:
        conn.close()
    if used:
        return Check("fts5", "ok", "doctor_fts5")
    return Check("fts5", "failed", "doctor_fts5_missing")


def _distribution_version(*distributions: str) -> str:
    for distribution in distributions:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "?"


# -- optional parts ------------------------------------------------------------------------------
def check_keyring() -> Check:
    """Where `login` will keep the sync token, judged as core.sync.credentials judges it: in the
    OS keyring when a safe one is there (for a chain: its best safe member), else encrypted in
    the vault, and sync does not ask again either way. No keyring limits nothing, so it is `ok`;
    a plaintext backend that is set up but refused is a `warning`, because it was chosen."""
    try:
        import keyring

        from consultant_app.core.sync.credentials import backend_name, is_plaintext, safe_backend

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - broken D-Bus, bad PYTHON_KEYRING_BACKEND, no package...
        return Check("keyring", "ok", "doctor_keyring_none")
    usable = safe_backend(backend)
    if usable is not None:
        return Check("keyring", "ok", "doctor_keyring", {"backend": backend_name(usable)})
    if is_plaintext(backend):
        return Check("keyring", "warning", "doctor_keyring_plaintext",
                     {"backend": backend_name(backend)})
    return Check("keyring", "ok", "doctor_keyring_none")


def check_pyside6() -> Check:
    """PySide6 installed, and its Qt libraries loadable (in a child process: the core has no Qt)."""
    if importlib.util.find_spec("PySide6") is None:
        return Check("pyside6", "warning", "doctor_pyside6_missing")
    version = _distribution_version("PySide6-Essentials", "PySide6")
    problem = _qt_load_problem()
    if problem:
        return Check("pyside6", "warning", "doctor_pyside6_broken",
                     {"version": version, "reason": problem})
    return Check("pyside6", "ok", "doctor_version", {"version": version})


def _qt_load_problem() -> str | None:
    """Why QtWidgets cannot be loaded (a missing libEGL.so.1...), or None. A frozen app cannot run
    `python -c`, and there PyInstaller has bundled the libraries it found anyway."""
    if getattr(sys, "frozen", False):
        return None
    try:
        done = subprocess.run(
            [sys.executable, "-c", "import PySide6.QtWidgets"], capture_output=True, text=True,
            errors="replace", stdin=subprocess.DEVNULL, timeout=QT_LOAD_TIMEOUT)
    except (OSError, subprocess.SubprocessError) as error:
        return type(error).__name__
    if done.returncode == 0:
        return None
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    return (lines[-1] if lines else f"exit {done.returncode}")[:160]


def check_templates() -> Check:
    folder = templates_dir()
    if not folder.is_dir():
        return Check("templates", "warning", "doctor_templates_missing", {"path": folder})
    count = sum(1 for p in folder.glob("*.docx") if not p.name.startswith("~$"))  # ~$: Word locks
    if count == 0:
        return Check("templates", "warning", "doctor_templates_none", {"path": folder})
    return Check("templates", "ok", "doctor_templates", {"path": folder, "count": count})


def check_libreoffice() -> Check:
    path = find_soffice()
    if path is None:
        return Check("libreoffice", "warning", "doctor_libreoffice_missing")
    try:
        with tempfile.TemporaryDirectory(prefix="consultant-app-doctor-") as work:
            done = run_soffice(path, ["--version"], Path(work), SOFFICE_TIMEOUT,
                               capture_output=True, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return Check("libreoffice", "warning", "doctor_libreoffice_timeout",
                     {"path": path, "seconds": int(SOFFICE_TIMEOUT)})
    except (OSError, subprocess.SubprocessError):
        return Check("libreoffice", "warning", "doctor_libreoffice_broken", {"path": path})
    version = next((line.strip() for line in done.stdout.splitlines() if line.strip()), "")
    if done.returncode != 0 or not version:
        return Check("libreoffice", "warning", "doctor_libreoffice_broken", {"path": path})
    return Check("libreoffice", "ok", "doctor_libreoffice", {"path": path, "version": version[:80]})


# -- the data folder ------------------------------------------------------------------------------
def check_data_dir(data_dir: Path) -> Check:
    """Writable, or creatable: a missing folder is not created, its nearest existing parent is
    probed instead. The probe file has a random name and is always removed again."""
    try:
        return _data_dir_check(data_dir)
    except OSError:  # e.g. a parent folder that may not be searched
        return Check("data_dir", "failed", "doctor_data_not_writable", {"path": data_dir})


def _data_dir_check(data_dir: Path) -> Check:
    if data_dir.exists():
        if not data_dir.is_dir():
            return Check("data_dir", "failed", "doctor_data_not_folder",
                         {"path": data_dir, "blocker": data_dir})
        if _can_write(data_dir):
            return Check("data_dir", "ok", "doctor_data_writable", {"path": data_dir})
        return Check("data_dir", "failed", "doctor_data_not_writable", {"path": data_dir})
    parent = _nearest_existing(data_dir)
    if parent is None or not parent.is_dir():
        return Check("data_dir", "failed", "doctor_data_not_folder",
                     {"path": data_dir, "blocker": parent or data_dir.anchor})
    if _can_write(parent):
        return Check("data_dir", "ok", "doctor_data_creatable", {"path": data_dir})
    return Check("data_dir", "failed", "doctor_data_not_creatable",
                 {"path": data_dir, "parent": parent})


def _nearest_existing(path: Path) -> Path | None:
    for candidate in (path, *path.absolute().parents):
        try:
            if candidate.exists():
                return candidate
        except OSError:
            return None
    return None


def _can_write(folder: Path) -> bool:
    try:
        fd, name = tempfile.mkstemp(prefix=PROBE_PREFIX, suffix=".tmp", dir=folder)
    except OSError:
        return False
    try:
        os.close(fd)
        os.unlink(name)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)
        return False
    return True


def check_disk_space(data_dir: Path) -> Check:
    where = _nearest_existing(data_dir)
    try:
        free = shutil.disk_usage(where if where is not None else data_dir.anchor).free
    except OSError:
        return Check("disk_space", "warning", "doctor_disk_unknown")
    if free < LOW_DISK_BYTES:
        return Check("disk_space", "warning", "doctor_disk_low", {"free": format_bytes(free)})
    return Check("disk_space", "ok", "doctor_disk_free", {"free": format_bytes(free)})


def format_bytes(count: int) -> str:
    for unit, size in (("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count} B"


def check_vault(data_dir: Path) -> Check:
    try:
        keys = (data_dir / KEYS_NAME).is_file()
        database = (data_dir / DB_NAME).is_file()
    except OSError:
        keys = database = False
    if keys:
        return Check("vault", "ok", "doctor_vault_present")
    if database:
        return Check("vault", "warning", "doctor_vault_incomplete")
    return Check("vault", "ok", "doctor_vault_none")
