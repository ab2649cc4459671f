"""Case notes: append-only rows (an amendment is a new note pointing at the one it amends), with
a folded full-text index so a consultant can find "levensbewijs Rabat" across all files."""

from __future__ import annotations

from typing import Any

from consultant_app.core.domain.folding import fold, fts_query
from consultant_app.core.domain.model import Note
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import Identity

NOTE_COLUMNS = ("id", "client_id", "text", "created_at", "created_by", "amends")


def add_note(db: sqlite_utils.Database, client_id: str, text: str, who: Identity,
             amends: str | None = None, note_id: str | None = None) -> str:
    fields: dict[str, Any] = {"client_id": client_id, "text": text, "amends": amends}
    note_id, rid = records.create(db, "notes", fields, who, note_id)
    db.execute("INSERT INTO note_search (rowid, body) VALUES (?, ?)", [rid, fold(text)])
    return note_id


def get_note(db: sqlite_utils.Database, note_id: str) -> Note:
    row = records.get_row(db, "notes", note_id)
    return Note(**{k: row[k] for k in NOTE_COLUMNS})


def notes_for(db: sqlite_utils.Database, client_id: str) -> list[Note]:
    """The client's notes in the order written, each with its amendments attached."""
    rows = db.execute(
        f"SELECT {', '.join(NOTE_COLUMNS)} FROM notes WHERE client_id = ? AND deleted = 0 "
        "ORDER BY rid", [client_id]
    ).fetchall()
    notes = [Note(**dict(zip(NOTE_COLUMNS, row))) for row in rows]
    by_id = {n.id: n for n in notes}
    top = []
    for note in notes:
        parent = by_id.get(note.amends) if note.amends else None
        (parent.amendments if parent else top).append(note)
    return top


def search_notes(db: sqlite_utils.Database, query: str, client_id: str | None = None,
                 limit: int = 50) -> list[Note]:
    """Notes containing every typed word (as a prefix), newest first."""
    expression = fts_query(query)
    if expression is None:
        return []
    where, params = "", [expression]
    if client_id is not None:
        where, params = "AND n.client_id = ?", [expression, client_id]
    rows = db.execute(
        f"SELECT {', '.join('n.' + c for c in NOTE_COLUMNS)} FROM notes n "
        "JOIN (SELECT rowid AS r FROM note_search WHERE note_search MATCH ?) s ON s.r = n.rid "
        f"WHERE n.deleted = 0 {where} ORDER BY n.rid DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [Note(**dict(zip(NOTE_COLUMNS, row))) for row in rows]
