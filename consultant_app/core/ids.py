"""Identifiers: UUIDv7 (time-ordered, RFC 9562) for every syncable row, generated on the device.

Python 3.11 has no uuid.uuid7, and the layout is a few lines, so it lives here rather than in a
dependency. Time order keeps B-tree inserts local; the random tail keeps devices from colliding.
"""

from __future__ import annotations

import os
import time
import uuid


def uuid7() -> str:
    """A new UUIDv7 as its canonical string."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a: 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def is_uuid(value: object) -> bool:
    """True for a canonical UUID string of any version (ids may come from import files)."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False
