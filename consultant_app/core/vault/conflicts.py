"""Sync conflicts and refused changes kept on the device (the only SQL for them).

A conflict is one field that this device and another changed from the same base: the row holds
the registry's value ("theirs") and the conflict keeps base, mine and theirs until the consultant
chooses. A refused change keeps its whole payload, so nothing the consultant wrote is lost even
when the registry will not take it. Values are stored as JSON, so an empty value and a missing
one stay apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from consultant_app.core.errors import NotFoundError
from consultant_app.core.ids import uuid7
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now

# The client's name beside a conflict or a refused change (clients joined as `c`): NULL once the
# client is gone from this laptop, and the faces show the id instead.
CLIENT_NAME = "c.given_names || ' ' || c.surname"


@dataclass(frozen=True)
class Conflict:
    id: str
    entity: str
    row_id: str
    client_id: str | None
    client_name: str | None
    field: str
    base: Any
    mine: Any
    theirs: Any
    detected_at: str


@dataclass(frozen=True)
class Rejected:
    change_id: str
    entity: str
    row_id: str
    client_id: str | None
    client_name: str | None  # None once the client is no longer on this device
    op: str
    reason: str
    rejected_at: str


def add(db: sqlite_utils.Database, entity: str, row_id: str, client_id: str | None,
        field: str, base: Any, mine: Any, theirs: Any) -> str:
    """Record a conflict; an older open one on the same field is replaced (its "mine" was
    itself superseded by this device's newer edit)."""
    db.execute("DELETE FROM sync_conflicts WHERE row_id = ? AND field = ? AND resolved_at IS NULL",
               [row_id, field])
    conflict_id = uuid7()
    db.execute("INSERT INTO sync_conflicts (id, entity, row_id, client_id, field, base, mine, "
               "theirs, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [conflict_id, entity, row_id, client_id, field, _json(base), _json(mine),
                _json(theirs), utc_now()])
    return conflict_id


def open_conflicts(db: sqlite_utils.Database) -> list[Conflict]:
    rows = db.execute(
        f"SELECT k.id, k.entity, k.row_id, k.client_id, {CLIENT_NAME}, "
        "k.field, k.base, k.mine, k.theirs, k.detected_at FROM sync_conflicts k "
        "LEFT JOIN clients c ON c.id = k.client_id WHERE k.resolved_at IS NULL "
        "ORDER BY k.detected_at, k.id").fetchall()
    return [_conflict(row) for row in rows]


def get_open(db: sqlite_utils.Database, conflict_id: str) -> Conflict:
    for conflict in open_conflicts(db):
        if conflict.id == conflict_id:
            return conflict
    raise NotFoundError("conflict_not_found")


def count_open(db: sqlite_utils.Database) -> int:
    return db.execute(
        "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]


def mark_resolved(db: sqlite_utils.Database, conflict_id: str, resolution: str) -> None:
    db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
               [utc_now(), resolution, conflict_id])


def add_rejected(db: sqlite_utils.Database, change_id: str, entity: str, row_id: str,
                 client_id: str | None, op: str, payload: dict[str, Any], reason: str) -> None:
    db.execute("INSERT OR REPLACE INTO sync_rejected (change_id, entity, row_id, client_id, op, "
               "payload, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [change_id, entity, row_id, client_id, op, _json(payload), reason, utc_now()])


def rejected(db: sqlite_utils.Database) -> list[Rejected]:
    rows = db.execute(
        f"SELECT r.change_id, r.entity, r.row_id, r.client_id, {CLIENT_NAME}, "
        "r.op, r.reason, r.rejected_at FROM sync_rejected r "
        "LEFT JOIN clients c ON c.id = r.client_id "
        "ORDER BY r.rejected_at, r.change_id").fetchall()
    return [Rejected(*row) for row in rows]


def _conflict(row: tuple) -> Conflict:
    values = list(row)
    for i in (6, 7, 8):
        values[i] = json.loads(values[i]) if values[i] is not None else None
    return Conflict(*values)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
