"""Derived deadlines marked done, and reopened: synced, append-only rows. A mark names the
deadline's id with the due date it had when it was done; a reopening is a row of its own that
names the mark it takes back (`reopens`), never an edit or a delete of the mark. Which marks
count is worked out from the set of rows alone, whatever order they arrived in:

- a mark counts unless a reopening of the same deadline names it;
- of the marks of one deadline that count, the earliest counts (two laptops may mark the same
  deadline before they sync: both then show the same done date).

So laptops that hold the same rows agree, without clocks to compare: one laptop reopening a
deadline takes back the marks it knew of; a mark made elsewhere meanwhile, which it had not
seen, still counts after the sync (someone marked it done without seeing it reopened)."""

from __future__ import annotations

from collections.abc import Iterable

from consultant_app.core.domain.records import DeadlineMark, Identity
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

COLUMNS = ("deadline_id", "case_id", "client_id", "due", "window_start", "done_at",
           "created_by", "reopens", "id")
_WRITTEN = ("deadline_id", "case_id", "client_id", "due", "window_start", "done_at")


def add(db: sqlite_utils.Database, mark: DeadlineMark, who: Identity) -> str:
    """A mark, or a reopening (a mark with `reopens`)."""
    fields = {c: getattr(mark, c) for c in _WRITTEN}
    if mark.reopens is not None:
        fields["reopens"] = mark.reopens
    return records.create(db, "deadline_marks", fields, who)[0]


def standing(rows: Iterable[DeadlineMark]) -> list[DeadlineMark]:
    """The marks no reopening of the same deadline names, earliest first."""
    rows = list(rows)
    by_id = {row.id: row for row in rows}
    taken_back = {row.reopens for row in rows if row.reopens is not None
                  and by_id.get(row.reopens, row).deadline_id == row.deadline_id}
    return sorted((row for row in rows if row.reopens is None and row.id not in taken_back),
                  key=lambda r: (r.done_at, r.id))


def counting(rows: Iterable[DeadlineMark]) -> dict[str, DeadlineMark]:
    """The mark that counts for each deadline done, by deadline id (see the module's text)."""
    found: dict[str, DeadlineMark] = {}
    for row in standing(rows):
        found.setdefault(row.deadline_id, row)
    return found


def marks(db: sqlite_utils.Database, case_id: str | None = None) -> dict[str, DeadlineMark]:
    """The mark that counts for each deadline done (of one case, or of all), by deadline id."""
    where, params = ("AND case_id = ?", [case_id]) if case_id else ("", [])
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM deadline_marks WHERE deleted = 0 "
                      f"{where}", params).fetchall()
    return counting(DeadlineMark(*row) for row in rows)


def counting_marks(db: sqlite_utils.Database, deadline_id: str) -> list[DeadlineMark]:
    """Every mark of the deadline that counts now (not reopened): what a reopening takes back."""
    return standing(DeadlineMark(*row) for row in db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM deadline_marks WHERE deleted = 0 AND "
        "deadline_id = ?", [deadline_id]).fetchall())
