"""Follow-up tasks: what a consultant must do for a client by a date, and the overview of what
is due across all files."""

from __future__ import annotations


from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now
from consultant_app.core.domain.records import Identity
from consultant_app.core.domain.records import FollowUp

COLUMNS = ("id", "client_id", "due_date", "text", "done_at")


def add(db: sqlite_utils.Database, client_id: str, due_date: str, text: str,
        who: Identity) -> str:
    follow_up_id, _ = records.create(
        db, "follow_ups", {"client_id": client_id, "due_date": due_date, "text": text}, who)
    return follow_up_id


def complete(db: sqlite_utils.Database, follow_up_id: str, who: Identity) -> FollowUp:
    row = records.get_row(db, "follow_ups", follow_up_id)
    if row["done_at"] is None:
        records.update(db, "follow_ups", follow_up_id, {"done_at": utc_now()}, who)
    return get(db, follow_up_id)


def reopen(db: sqlite_utils.Database, follow_up_id: str, who: Identity) -> FollowUp:
    """Open a task marked done again; a task that is open is left as it is (the caller says
    so)."""
    row = records.get_row(db, "follow_ups", follow_up_id)
    if row["done_at"] is not None:
        records.update(db, "follow_ups", follow_up_id, {"done_at": None}, who)
    return get(db, follow_up_id)


def get(db: sqlite_utils.Database, follow_up_id: str) -> FollowUp:
    row = records.get_row(db, "follow_ups", follow_up_id)
    return FollowUp(**{k: row[k] for k in COLUMNS})


def for_client(db: sqlite_utils.Database, client_id: str) -> list[FollowUp]:
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM follow_ups WHERE client_id = ? AND deleted = 0 "
        "ORDER BY done_at IS NOT NULL, due_date, rid", [client_id]).fetchall()
    return [FollowUp(*row) for row in rows]


def due(db: sqlite_utils.Database, until: str) -> list[FollowUp]:
    """Open tasks due on or before `until`, oldest first, with the client's name."""
    rows = db.execute(
        f"SELECT {', '.join('f.' + c for c in COLUMNS)}, c.given_names || ' ' || c.surname "
        "FROM follow_ups f JOIN clients c ON c.id = f.client_id "
        "WHERE f.done_at IS NULL AND f.deleted = 0 AND c.deleted = 0 AND f.due_date <= ? "
        "ORDER BY f.due_date, f.rid", [until]).fetchall()
    return [FollowUp(*row) for row in rows]
