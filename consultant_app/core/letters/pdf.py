"""PDF copies of letters through LibreOffice (`soffice --headless --convert-to pdf`), when it is
installed; `consultant-app doctor` says whether it is.

The .docx must touch the disk for LibreOffice to read it: it goes into a private temporary folder
(mode 0700) with a LibreOffice profile of its own (so a LibreOffice the consultant has open does
not swallow the job) and its caches, and the folder is removed whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from consultant_app.core.errors import LetterError

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


def to_pdf(docx: bytes, *, seconds: float = CONVERT_SECONDS) -> bytes:
    """The PDF of a .docx's bytes; LetterError when LibreOffice is missing or fails."""
    soffice = find_soffice()
    if soffice is None:
        raise LetterError("pdf_no_libreoffice")
    work = Path(tempfile.mkdtemp(prefix="spreekuur-pdf-"))  # mkdtemp: mode 0700
    try:
        source = work / "brief.docx"
        fd = os.open(source, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(docx)
        try:
            run_soffice(soffice, ["--headless", "--norestore", "--convert-to", "pdf",
                                  "--outdir", str(work), str(source)], work, seconds,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise LetterError("pdf_timeout", seconds=round(seconds)) from None
        except OSError:
            raise LetterError("pdf_failed") from None
        result = work / "brief.pdf"
        if not result.is_file() or result.stat().st_size == 0:
            raise LetterError("pdf_failed")
        return result.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)
