"""Writing syncable rows: every create, update and delete bumps the version, stamps who and when,
and appends an outbox entry in the same transaction, so no local change can miss the next sync.

The outbox payload carries the new values and, for updates, the base version and the base values
of the changed fields: what the registry needs to merge edits of different fields and to flag an
edit of the same field on two devices as a conflict. Callers hold the transaction (database.transaction).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from consultant_app.core.errors import NotFoundError
from consultant_app.core.ids import uuid7
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now
from consultant_app.core.domain.records import Identity

SYNCABLE = ("clients", "household_members", "contacts", "notes", "follow_ups", "letters",
            "eligibility_checks", "cases", "case_events", "deadline_marks", "locations",
            "audiences", "partners", "relation_contacts", "group_sessions", "external_figures",
            "report_publications")
# What the user hears when an id is not there; the id itself is never echoed, because what was
# typed in its place may be a name.
NOT_FOUND = {"clients": "client_not_found", "household_members": "member_not_found",
             "contacts": "contact_not_found", "notes": "note_not_found",
             "follow_ups": "follow_up_not_found", "letters": "letter_not_found",
             "eligibility_checks": "eligibility_check_not_found", "cases": "case_not_found",
             "case_events": "case_event_not_found",
             "deadline_marks": "follow_up_not_found", "locations": "location_not_found",
             "audiences": "audience_not_found", "partners": "partner_not_found",
             "relation_contacts": "relation_not_found",
             "group_sessions": "group_session_not_found",
             "external_figures": "figure_not_found",
             "report_publications": "publication_not_found"}
BOOKKEEPING = ("rid", "id", "version", "created_at", "created_by", "changed_at", "changed_by",
               "deleted")


def create(db: sqlite_utils.Database, entity: str, fields: Mapping[str, Any], who: Identity,
           row_id: str | None = None) -> tuple[str, int]:
    """Insert a new row; returns (id, rid)."""
    return create_many(db, entity, [fields], who, [row_id])[0]


def create_many(db: sqlite_utils.Database, entity: str, rows: Sequence[Mapping[str, Any]],
                who: Identity, row_ids: Sequence[str | None] | None = None,
                ) -> list[tuple[str, int]]:
    """Insert rows that share the same columns, with one statement each for rows and outbox;
    returns (id, rid) per row. The caller holds the transaction, so the rids assigned here
    (after the current maximum) cannot be taken by another writer meanwhile."""
    if not rows:
        return []
    now = utc_now()
    first_rid = db.execute(f"SELECT coalesce(max(rid), 0) + 1 FROM {entity}").fetchone()[0]
    ids = [(row_ids[i] if row_ids else None) or uuid7() for i in range(len(rows))]
    columns = list(rows[0])
    names = ", ".join([*columns, *BOOKKEEPING])
    marks = ", ".join("?" for _ in range(len(columns) + len(BOOKKEEPING)))
    insert_rows(db, f"INSERT INTO {entity} ({names}) VALUES ({marks})",
                [[*(row[c] for c in columns), first_rid + i, ids[i], 1, now, who.consultant, now,
                  who.consultant, 0] for i, row in enumerate(rows)])
    insert_rows(db, "INSERT INTO outbox (change_id, entity, row_id, op, base_version, payload, "
                "created_at) VALUES (?, ?, ?, 'create', NULL, ?, ?)",
                [[uuid7(), entity, ids[i], _payload({"fields": dict(row)}), now]
                 for i, row in enumerate(rows)])
    return [(ids[i], first_rid + i) for i in range(len(rows))]


def existing(db: sqlite_utils.Database, table: str, column: str, values: Iterable[str],
             where: str = "") -> set[str]:
    """Which of `values` are in `table`.`column` (and meet `where`). Asked in chunks: SQLite
    limits the number of bound parameters."""
    values, found = list(values), set()
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(
            f"SELECT {column} FROM {table} WHERE {where}{column} IN ({marks})", chunk).fetchall())
    return found


def insert_rows(db: sqlite_utils.Database, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany for a batch, plain execute for one row (executemany costs more per call)."""
    if len(rows) == 1:
        db.conn.execute(sql, rows[0])
    elif rows:
        db.conn.executemany(sql, rows)


def update(db: sqlite_utils.Database, entity: str, row_id: str, changes: Mapping[str, Any],
           who: Identity) -> dict[str, Any] | None:
    """Apply the fields that really change; returns the old row, or None when nothing changed."""
    old = get_row(db, entity, row_id)
    changed = {k: v for k, v in changes.items() if old.get(k) != v}
    if not changed:
        return None
    now = utc_now()
    assignments = ", ".join(f"{k} = ?" for k in changed)
    db.execute(
        f"UPDATE {entity} SET {assignments}, version = version + 1, changed_at = ?, "
        f"changed_by = ? WHERE id = ?",
        [*changed.values(), now, who.consultant, row_id],
    )
    payload = {"fields": changed, "base": {k: old.get(k) for k in changed}}
    append_outbox(db, entity, row_id, "update", old["version"], payload, now)
    return old


def delete(db: sqlite_utils.Database, entity: str, row_id: str, who: Identity,
           clear: tuple[str, ...] = ()) -> dict[str, Any]:
    """Tombstone a row (it stays, marked deleted, so the delete can sync); `clear` empties
    columns whose content must not outlive the delete."""
    old = get_row(db, entity, row_id)
    now = utc_now()
    cleared = "".join(f", {c} = NULL" for c in clear)
    db.execute(
        f"UPDATE {entity} SET deleted = 1, version = version + 1, changed_at = ?, changed_by = ?"
        f"{cleared} WHERE id = ?",
        [now, who.consultant, row_id],
    )
    append_outbox(db, entity, row_id, "delete", old["version"], {}, now)
    return old


def get_row(db: sqlite_utils.Database, entity: str, row_id: str,
            include_deleted: bool = False) -> dict[str, Any]:
    cursor = db.execute(f"SELECT * FROM {entity} WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError(NOT_FOUND[entity])
    record = dict(zip([d[0] for d in cursor.description], row))
    if record["deleted"] and not include_deleted:
        raise NotFoundError(NOT_FOUND[entity])
    return record


def append_outbox(db: sqlite_utils.Database, entity: str, row_id: str, op: str,
            base_version: int | None, payload: dict[str, Any], now: str) -> None:
    db.execute(
        "INSERT INTO outbox (change_id, entity, row_id, op, base_version, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [uuid7(), entity, row_id, op, base_version, _payload(payload), now],
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one, not one per call


def _payload(payload: Mapping[str, Any]) -> str:
    return _ENCODER.encode(payload)
