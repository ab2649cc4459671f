"""Published annual reports in the vault (the synced team rows `report_publications`, see
core.reports.publication): written through core.vault.records like every synced row, with the
snapshot stored as its canonical JSON, and read back with the snapshot decoded."""

from __future__ import annotations

import json
from typing import Any

from consultant_app.core.domain.entities import canonical
from consultant_app.core.domain.records import Identity
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

ENTITY = "report_publications"
_COLUMNS = ("id", "year", "edition", "sha256", "snapshot", "published_at", "published_by")


def create(db: sqlite_utils.Database, year: int, edition: int, sha256: str,
           snapshot: dict[str, Any], published_at: str, who: Identity) -> str:
    """A new publication (the caller holds the transaction); returns its id."""
    row = {"year": year, "edition": edition, "sha256": sha256, "snapshot": canonical(snapshot),
           "published_at": published_at, "published_by": who.consultant}
    return records.create(db, ENTITY, row, who)[0]


def rows(db: sqlite_utils.Database, year: int | None = None) -> list[dict[str, Any]]:
    """The live publications (of `year`), by year and edition."""
    where, params = ("AND year = ?", [year]) if year is not None else ("", [])
    found = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {ENTITY} WHERE deleted = 0 {where} "
                       "ORDER BY year, edition, id", params).fetchall()
    out = []
    for row in found:
        record = dict(zip(_COLUMNS, row))
        record["snapshot"] = json.loads(record["snapshot"])
        out.append(record)
    return out
