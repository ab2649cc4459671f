"""Derived deadlines marked done: one synced, append-only row per marking, naming the deadline's
id with the due date it had when it was done. Two laptops may mark the same deadline before
they sync; the earliest mark counts, so both show the same done date."""

from __future__ import annotations

from consultant_app.core.domain.records import DeadlineMark, Identity
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

COLUMNS = ("deadline_id", "case_id", "client_id", "due", "window_start", "done_at",
           "created_by")


def add(db: sqlite_utils.Database, mark: DeadlineMark, who: Identity) -> str:
    fields = {c: getattr(mark, c) for c in COLUMNS if c != "created_by"}
    return records.create(db, "deadline_marks", fields, who)[0]


def marks(db: sqlite_utils.Database, case_id: str | None = None) -> dict[str, DeadlineMark]:
    """The mark that counts for each marked deadline (of one case, or of all), by deadline id."""
    where, params = ("AND case_id = ?", [case_id]) if case_id else ("", [])
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM deadline_marks WHERE deleted = 0 {where} "
        "ORDER BY done_at DESC, id DESC", params).fetchall()
    return {row[0]: DeadlineMark(*row) for row in rows}  # the earliest is written last
