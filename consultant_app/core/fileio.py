"""Crash-safe file writes: a file is either the old version or the complete new one, never half.

Also turns a full disk or a read-only folder into a typed error the faces can explain.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from consultant_app.core import leftovers
from consultant_app.core.errors import ConsultantAppError


TMP_SUFFIX = ".tmp"


class StorageError(ConsultantAppError):
    """The disk refused a write: full, read-only, or no permission."""

    code = "storage_error"


def storage_error(exc: OSError) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError("disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("not_writable")
    return StorageError("storage_error")


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` via a synced temporary file in the same folder and a rename.
    The temporary file is named for this process: a killed write is swept later
    (sweep_temporary_writes)."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=leftovers.owned_name(f".{path.name}."),
                                   suffix=TMP_SUFFIX, dir=path.parent)
        try:
            if hasattr(os, "fchmod"):  # POSIX only; Windows relies on the profile folder ACL
                os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_dir(path.parent)
    except OSError as exc:
        raise storage_error(exc) from None


def sweep_temporary_writes(path: Path) -> list[Path]:
    """Remove what killed writes of `path` left beside it (a complete key file under a new
    passphrase, say); a write still running in another process is left alone."""
    path = Path(path)
    return leftovers.sweep(path.parent, f".{path.name}.", TMP_SUFFIX)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                   *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME_CHARS = 120


def safe_file_name(text: str, suffix: str = "") -> str:
    """A file name made from free text (a client's name, a template title) that every file
    system accepts and that cannot point elsewhere: no separators, no control or Windows-reserved
    characters, no leading dots, no reserved device names, at most MAX_NAME_CHARS characters.
    Letters such as ı, ö, ç are kept: they are the client's name."""
    name = unicodedata.normalize("NFC", _UNSAFE_NAME.sub(" ", text))
    name = " ".join(name.split()).strip(" .")[:MAX_NAME_CHARS].rstrip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED_NAMES:
        name = f"_{name}" if name else "brief"
    return name + suffix
