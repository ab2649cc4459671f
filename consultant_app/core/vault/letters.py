"""Generated letters in the vault: the record of each letter and its content (the only SQL for
them). Content (a letter's .docx, a template version) is stored once per sha256."""

from __future__ import annotations


from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.domain.records import Identity
from consultant_app.core.domain.records import Letter

COLUMNS = ("id", "client_id", "template_id", "template_title", "template_version",
           "template_hash", "letter_date", "data_hash", "content_hash", "created_at",
           "created_by")


def add(db: sqlite_utils.Database, fields: dict, who: Identity,
        blobs: dict[str, bytes]) -> str:
    """The letter's record (synced like every case-file row) and its content blobs (local)."""
    store_blobs(db, blobs)
    letter_id, _ = records.create(db, "letters", fields, who)
    return letter_id


def store_blobs(db: sqlite_utils.Database, blobs: dict[str, bytes]) -> None:
    """Content by its sha256; content already there is left as it is."""
    db.conn.executemany("INSERT OR IGNORE INTO letter_blobs (hash, content) VALUES (?, ?)",
                        list(blobs.items()))


def get(db: sqlite_utils.Database, letter_id: str) -> Letter:
    row = records.get_row(db, "letters", letter_id)
    return Letter(**{k: row[k] for k in COLUMNS})


def data_of(db: sqlite_utils.Database, letter_id: str) -> str:
    return records.get_row(db, "letters", letter_id)["data"]


def for_client(db: sqlite_utils.Database, client_id: str) -> list[Letter]:
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM letters WHERE client_id = ? AND deleted = 0 "
        "ORDER BY rid DESC", [client_id]).fetchall()
    return [Letter(*row) for row in rows]


def blob(db: sqlite_utils.Database, content_hash: str) -> bytes | None:
    row = db.execute("SELECT content FROM letter_blobs WHERE hash = ?",
                     [content_hash]).fetchone()
    return None if row is None else bytes(row[0])
