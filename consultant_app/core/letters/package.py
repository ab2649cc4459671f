"""A .docx as a zip package: checked before anything opens it, and written reproducibly.

A template may come from anywhere (a colleague's mail, a synced folder), so before python-docx
reads it the central directory alone is checked, which takes milliseconds whatever the file
holds: the member count, the total uncompressed size, the compression ratio (a zip bomb
announces itself there; zipfile enforces the announced sizes while reading), and member names
(absolute or `..` names, which a careless unzip would write outside its folder).

Rendered letters get fixed member timestamps, so the same template and data give the same
bytes, and the hash stored with a letter identifies it.
"""

from __future__ import annotations

import io
import struct
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
    """The same package with every member's timestamp set to 1980-01-01 00:00, patched in place
    in the local and central headers: nothing is decompressed or compressed again, so this
    costs microseconds. For packages python-docx wrote (no zip64, no data descriptors)."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members, position = package.infolist(), package.start_dir
    for member in members:
        _stamp(out, member.header_offset, LOCAL_HEADER, 10)
        _stamp(out, position, CENTRAL_HEADER, 12)
        name, extra, comment = struct.unpack_from("<HHH", out, position + 28)
        position += 46 + name + extra + comment
    return bytes(out)


LOCAL_HEADER, CENTRAL_HEADER = b"PK\x03\x04", b"PK\x01\x02"
DOS_TIME, DOS_DATE = 0, (FIXED_TIME[0] - 1980) << 9 | FIXED_TIME[1] << 5 | FIXED_TIME[2]


def _stamp(out: bytearray, offset: int, signature: bytes, at: int) -> None:
    if out[offset:offset + 4] != signature:
        raise LetterError("docx_not_a_document")
    struct.pack_into("<HH", out, offset + at, DOS_TIME, DOS_DATE)
