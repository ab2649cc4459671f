"""A .docx as a zip package: checked before anything opens it, and written reproducibly.

A template may come from anywhere (a colleague's mail, a synced folder), so before python-docx
reads it the central directory alone is checked, which takes milliseconds whatever the file
holds: the member count, the total uncompressed size, the compression ratio (a zip bomb
announces itself there; zipfile enforces the announced sizes while reading), and member names
(absolute or `..` names, which a careless unzip would write outside its folder).

Rendered letters are re-zipped with fixed timestamps and order, so the same template and data
give the same bytes, and the hash stored with a letter identifies it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from consultant_app.core.errors import LetterError

MAX_MEMBERS = 1_000
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # uncompressed; real letters with a logo: a few MB
MAX_RATIO = 100  # uncompressed / compressed, for members large enough to matter
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_FILE_BYTES = 32 * 1024 * 1024  # the .docx itself
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
REQUIRED_MEMBERS = ("[Content_Types].xml", "word/document.xml")


def check_docx(data: bytes) -> None:
    """Raise LetterError when `data` is not a .docx that is safe to open."""
    if len(data) > MAX_FILE_BYTES:
        raise LetterError("docx_too_large")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LetterError("docx_not_a_document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise LetterError("docx_not_a_document") from None
    if len(members) > MAX_MEMBERS:
        raise LetterError("docx_too_many_parts", limit=MAX_MEMBERS)
    total = 0
    for member in members:
        if not _safe_name(member.filename):
            raise LetterError("docx_bad_member_name")
        total += member.file_size
        if total > MAX_TOTAL_BYTES:
            raise LetterError("docx_zip_bomb")
        if member.file_size > RATIO_FLOOR_BYTES and \
                member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise LetterError("docx_zip_bomb")
    names = {m.filename for m in members}
    if any(required not in names for required in REQUIRED_MEMBERS):
        raise LetterError("docx_not_a_document")


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    return ".." not in PurePosixPath(name).parts


def normalised(data: bytes) -> bytes:
    """The same package with fixed member timestamps and attributes, in its own order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(member))
    return out.getvalue()
