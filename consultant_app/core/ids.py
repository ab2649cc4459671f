"""Identifiers: UUIDv7 (time-ordered, RFC 9562) for every syncable row, generated on the device.

Python 3.11 has no uuid.uuid7, and the layout is a few lines, so it lives here rather than in a
dependency. Time order keeps B-tree inserts local; the random tail keeps devices from colliding.
"""

from __future__ import annotations

import random
import time
import uuid  # only for parsing in is_uuid


def uuid7() -> str:
    """A new UUIDv7 as its canonical string (built as text: it runs once per written row)."""
    ms = time.time_ns() // 1_000_000
    # 74 random bits from the module generator: seeded from os.urandom and re-seeded in a
    # forked child, unique enough for ids (they are not secrets), without a syscall per id.
    rand = random.getrandbits(80)
    rand_a = (rand >> 68) & 0xFFF
    rand_b = (rand & ((1 << 62) - 1)) | (0b10 << 62)  # RFC 9562 variant bits
    hex_ms = f"{ms & 0xFFFFFFFFFFFF:012x}"
    hex_b = f"{rand_b:016x}"
    return f"{hex_ms[:8]}-{hex_ms[8:]}-7{rand_a:03x}-{hex_b[:4]}-{hex_b[4:]}"


def is_uuid(value: object) -> bool:
    """True for a canonical (lower-case) UUID string of any version, e.g. ids in import files."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False
