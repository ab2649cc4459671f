"""Which import lines this vault has already applied, so that running an interrupted import
again adds nothing twice (notes are append-only: a duplicate could never be removed).

A line is known by a SHA-256 of its record (keys sorted) and of how often the same record came
before it in the file: two identical lines in one file are two records, and the same file run
again maps onto the same fingerprints. Only the fingerprint and the client it belongs to are
kept (the client's, so erasing a person removes them too), inside the encrypted vault.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now


def fingerprint(record: Mapping[str, Any], occurrence: int) -> str:
    """The fingerprint of the `occurrence`-th (1, 2, ...) line of a file holding `record`."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{occurrence}\n{text}".encode("utf-8")).hexdigest()


def applied(db: sqlite_utils.Database, fingerprints: Iterable[str]) -> set[str]:
    """Which of `fingerprints` an earlier import already applied."""
    return records.existing(db, "import_lines", "line_hash", fingerprints)


def made_by(db: sqlite_utils.Database, fingerprint: str) -> str | None:
    """The id of the record the line of `fingerprint` made (None when it made none here)."""
    row = db.execute("SELECT client_id FROM import_lines WHERE line_hash = ?",
                     [fingerprint]).fetchone()
    return row[0] if row else None


def remember(db: sqlite_utils.Database, lines: Sequence[tuple[str, str]]) -> None:
    """Keep (fingerprint, id) of lines just applied: the client's id, or the id of the record a
    line without a client made (a case, a location...); the caller holds the transaction."""
    now = utc_now()
    records.insert_rows(db, "INSERT INTO import_lines (line_hash, client_id, imported_at) "
                            "VALUES (?, ?, ?)", [(h, client_id, now) for h, client_id in lines])
