"""Sync conflicts, refused changes and set-aside rows kept on the device (the only SQL for them).

A conflict is one field that this device and another changed from the same base: the row holds
the registry's value ("theirs") and the conflict keeps base, mine and theirs until the consultant
chooses. A refused change keeps its whole payload, so nothing the consultant wrote is lost even
when the registry will not take it. A set-aside row is one a pull brought that this device
cannot store (it breaks the shared row rules, core.sync.rows): it is kept as it came, with the
column and the rule, until a later pull brings a version that can be stored. Values are stored
as JSON, so an empty value and a missing one stay apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from consultant_app.core.errors import NotFoundError
from consultant_app.core.ids import uuid7
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now
from consultant_app.core.domain.records import Conflict, Rejected, SetAside

# The client's name beside a conflict or a refused change (clients joined as `c`): NULL once the
# client is gone from this laptop, and the faces show the id instead.
CLIENT_NAME = "c.given_names || ' ' || c.surname"


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
                 client_id: str | None, op: str, payload: dict[str, Any], reason: str,
                 field: str | None = None) -> None:
    db.execute("INSERT OR REPLACE INTO sync_rejected (change_id, entity, row_id, client_id, op, "
               "payload, reason, rejected_at, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [change_id, entity, row_id, client_id, op, _json(payload), reason, utc_now(),
                field])


def rejected(db: sqlite_utils.Database) -> list[Rejected]:
    rows = db.execute(
        f"SELECT r.change_id, r.entity, r.row_id, r.client_id, {CLIENT_NAME}, "
        "r.op, r.reason, r.rejected_at, r.field FROM sync_rejected r "
        "LEFT JOIN clients c ON c.id = r.client_id "
        "ORDER BY r.rejected_at, r.change_id").fetchall()
    return [Rejected(*row) for row in rows]


def set_aside(db: sqlite_utils.Database, rows: Sequence[tuple[Any, str, str]]) -> None:
    """Keep pulled (row, field, problem) triples aside; an older one of the same row goes."""
    now = utc_now()
    kept = [(_text(row, "entity"), _text(row, "row_id"), row) for row, _, _ in rows]
    forget_set_aside(db, [row_id for _, row_id, _ in kept if row_id])
    db.conn.executemany(
        "INSERT INTO sync_set_aside (entity, row_id, client_id, seq, field, problem, row, "
        "set_aside_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(entity, row_id, (row_id if entity == "clients" else _text(row, "client_id")) or None,
          row.get("seq") if isinstance(row, dict) and isinstance(row.get("seq"), int) else None,
          field, problem, _json(row), now)
         for (entity, row_id, row), (_, field, problem) in zip(kept, rows)])


def forget_set_aside(db: sqlite_utils.Database, row_ids: Iterable[str]) -> None:
    """A row that arrived in a form this device could store is no longer aside."""
    db.conn.executemany("DELETE FROM sync_set_aside WHERE row_id = ?",
                        [(row_id,) for row_id in set(row_ids)])


def set_aside_rows(db: sqlite_utils.Database) -> list[SetAside]:
    rows = db.execute("SELECT entity, row_id, client_id, field, problem, set_aside_at "
                      "FROM sync_set_aside ORDER BY id").fetchall()
    return [SetAside(*row) for row in rows]


def set_aside_content(db: sqlite_utils.Database) -> list[tuple[str, str, dict[str, Any]]]:
    """(entity, row id, fields) of the live set-aside rows, as the registry holds them."""
    out = []
    for entity, row_id, row in db.execute(
            "SELECT entity, row_id, row FROM sync_set_aside ORDER BY id").fetchall():
        value = json.loads(row)
        if (isinstance(value, dict) and isinstance(value.get("fields"), dict)
                and value.get("deleted") is False):
            out.append((entity, row_id, value["fields"]))
    return out


def count_set_aside(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM sync_set_aside").fetchone()[0]


def _text(row: Any, key: str) -> str:
    """A bookkeeping text of a pulled row, or "" when the row does not have it as text."""
    value = row.get(key) if isinstance(row, dict) else None
    return value if isinstance(value, str) else ""


def _conflict(row: tuple) -> Conflict:
    values = list(row)
    for i in (6, 7, 8):
        values[i] = json.loads(values[i]) if values[i] is not None else None
    return Conflict(*values)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
