"""PDF copies and printing of letters through LibreOffice (`soffice --headless --convert-to pdf`), when it is
installed; `consultant-app doctor` says whether it is.

The .docx must touch the disk for LibreOffice to read it, and LibreOffice writes the PDF beside
it: both go into a private work folder (mode 0700, files 0600) inside the vault's data folder,
never the system's temporary folder, with a LibreOffice profile of its own (so a LibreOffice the
consultant has open does not swallow the job) and its caches. The folder is removed whatever
happens; its name carries the process id, so what a killed process left is swept at the next
start (sweep_work_folders, called by the CLI and the desktop app).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from consultant_app.core import leftovers
from consultant_app.core.errors import LetterError

WORK_PREFIX = ".office-"
CONVERT_SECONDS = 120.0  # a first start of LibreOffice, with a fresh profile, is slow

# Where LibreOffice lives when it is not on PATH (the usual case on Windows and macOS).
SOFFICE_LOCATIONS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in SOFFICE_LOCATIONS if os.path.isfile(p)), None)


def run_soffice(soffice: str, args: list[str], work: Path, seconds: float,
                **options) -> subprocess.CompletedProcess:
    """LibreOffice with everything it writes kept in `work`: its profile, and (through HOME and
    the XDG folders) the caches and settings it would otherwise leave in the user's home."""
    env = dict(os.environ, HOME=str(work), XDG_CACHE_HOME=str(work / "cache"),
               XDG_CONFIG_HOME=str(work / "config"))
    return subprocess.run(
        [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", *args],
        stdin=subprocess.DEVNULL, env=env, timeout=seconds, check=False, **options)


def to_pdf(docx: bytes, data_dir: Path, *, seconds: float = CONVERT_SECONDS) -> bytes:
    """The PDF of a .docx's bytes, made in a work folder in `data_dir`; LetterError when
    LibreOffice is missing or fails."""
    with _private_copy(docx, data_dir) as source:
        _run("pdf", ["--convert-to", "pdf", "--outdir", str(source.parent), str(source)],
             source.parent, seconds)
        result = source.with_suffix(".pdf")
        if not result.is_file() or result.stat().st_size == 0:
            raise LetterError("pdf_failed")
        return result.read_bytes()


def print_docx(docx: bytes, data_dir: Path, *, seconds: float = CONVERT_SECONDS) -> None:
    """Send a .docx to the default printer (`soffice -p`), from a work folder in `data_dir`;
    LetterError when that fails."""
    with _private_copy(docx, data_dir) as source:
        _run("print", ["-p", str(source)], source.parent, seconds)


def sweep_work_folders(data_dir: Path) -> list[Path]:
    """Remove the work folders (letters in plain text) of processes that were killed."""
    return leftovers.sweep(Path(data_dir), WORK_PREFIX)


@contextlib.contextmanager
def _private_copy(docx: bytes, data_dir: Path) -> Iterator[Path]:
    """The .docx as a file only this user can read, in a folder removed afterwards."""
    work = Path(tempfile.mkdtemp(prefix=leftovers.owned_name(WORK_PREFIX), dir=data_dir))
    try:
        source = work / "brief.docx"
        fd = os.open(source, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(docx)
        yield source
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(kind: str, args: list[str], work: Path, seconds: float) -> None:
    """LibreOffice headless for a `kind` of job ("pdf", "print"), each failure a LetterError
    with a code of that kind."""
    soffice = find_soffice()
    if soffice is None:
        raise LetterError(f"{kind}_no_libreoffice")
    try:
        done = run_soffice(soffice, ["--headless", "--norestore", *args], work, seconds,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise LetterError(f"{kind}_timeout", seconds=round(seconds)) from None
    except OSError:
        raise LetterError(f"{kind}_failed") from None
    if done.returncode != 0:
        raise LetterError(f"{kind}_failed")
