"""Eligibility checks kept in the client file: append-only rows (a new run is a new row), each
naming the pack (id, version, hash) and the client data (hash) it was decided on, the date it
was made for, the verdict and every condition's outcome as JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from consultant_app.core.domain.entities import ENTITIES
from consultant_app.core.domain.records import Identity, StoredCheck
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

ENTITY = "eligibility_checks"
COLUMNS = ("id", *ENTITIES[ENTITY], "created_at")


def add_check(db: sqlite_utils.Database, fields: Mapping[str, Any], who: Identity) -> str:
    """Write one check (the caller holds the transaction); returns its id."""
    return add_checks(db, [fields], who)[0]


def add_checks(db: sqlite_utils.Database, many: Sequence[Mapping[str, Any]],
               who: Identity) -> list[str]:
    """Write checks in one statement each for rows and outbox; returns their ids."""
    rows = []
    for fields in many:
        row = {column: fields[column] for column in ENTITIES[ENTITY]}
        row["conditions"] = json.dumps(row["conditions"], ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":"), default=str)  # dates as ISO
        rows.append(row)
    return [row_id for row_id, _ in records.create_many(db, ENTITY, rows, who)]


def checks_for(db: sqlite_utils.Database, client_id: str) -> list[StoredCheck]:
    """The client's checks, oldest first."""
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM {ENTITY} WHERE client_id = ? "
                      "AND deleted = 0 ORDER BY rid", [client_id]).fetchall()
    return [_stored(dict(zip(COLUMNS, row))) for row in rows]


def _stored(row: dict[str, Any]) -> StoredCheck:
    row["conditions"] = tuple(json.loads(row["conditions"]))
    return StoredCheck(**row)
