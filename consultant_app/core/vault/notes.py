"""Case notes: append-only rows (an amendment is a new note pointing at the one it amends), with
a folded full-text index so a consultant can find "levensbewijs Rabat" across all files."""

from __future__ import annotations

from collections.abc import Sequence

from consultant_app.core.domain.folding import fold, fts_query
from consultant_app.core.domain.model import Note
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.domain.records import Identity
from consultant_app.core.domain.records import NewNote

NOTE_COLUMNS = ("id", "client_id", "text", "created_at", "created_by", "amends")


def add_notes(db: sqlite_utils.Database, new: Sequence[NewNote], who: Identity) -> list[str]:
    """Write notes and their search entries; returns their ids in order."""
    created = records.create_many(
        db, "notes", [{"client_id": n.client_id, "text": n.text, "amends": n.amends} for n in new],
        who, [n.id for n in new])
    records.insert_rows(db, "INSERT INTO note_search (rowid, body) VALUES (?, ?)",
                        [(rid, fold(n.text)) for (_, rid), n in zip(created, new)])
    return [note_id for note_id, _ in created]


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
    columns = ", ".join("n." + c for c in NOTE_COLUMNS)
    if client_id is None:
        # Driven by the index, newest first, stopping at `limit`: a common word ("uit", 100,000
        # matches in a large vault) costs no more than a rare one.
        sql = (f"SELECT {columns} FROM note_search s JOIN notes n ON n.rid = s.rowid "
               "WHERE note_search MATCH ? AND n.deleted = 0 ORDER BY s.rowid DESC LIMIT ?")
        params = [expression, limit]
    else:
        # One client has few notes: test each against the index by rowid.
        sql = (f"SELECT {columns} FROM notes n WHERE n.client_id = ? AND n.deleted = 0 AND "
               "EXISTS (SELECT 1 FROM note_search WHERE note_search MATCH ? AND rowid = n.rid) "
               "ORDER BY n.rid DESC LIMIT ?")
        params = [client_id, expression, limit]
    rows = db.execute(sql, params).fetchall()
    return [Note(**dict(zip(NOTE_COLUMNS, row))) for row in rows]


def count_notes(db: sqlite_utils.Database, query: str, client_id: str | None = None) -> int:
    """How many notes `search_notes` finds when nothing limits it. The index holds exactly the
    live notes (an erased note leaves it), so across all files its own count is the answer."""
    expression = fts_query(query)
    if expression is None:
        return 0
    if client_id is None:
        return db.execute("SELECT count(*) FROM note_search WHERE note_search MATCH ?",
                          [expression]).fetchone()[0]
    return db.execute(
        "SELECT count(*) FROM notes n WHERE n.client_id = ? AND n.deleted = 0 AND EXISTS "
        "(SELECT 1 FROM note_search WHERE note_search MATCH ? AND rowid = n.rid)",
        [client_id, expression]).fetchone()[0]
