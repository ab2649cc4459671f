"""Erasing content from the vault: a row's content cleared when it becomes a tombstone from the
registry, and a person erased altogether (AVG art. 17) — the client, every row of theirs, their
search entries, letter documents, waiting outbox entries, sync conflicts and received rows set
aside.

What stays is what a tombstone needs to travel: ids, version, who/when, the link to the client (and
an event's or a deadline mark's to its case, a mark's to its derived deadline: ids, no content)
and the household role; never a name, a date of birth, a text or a letter.
"""

from __future__ import annotations

import functools

from consultant_app.core.domain.entities import ENTITIES, TEAM_ROWS
from consultant_app.core.vault.clients import SEARCH_INDEXES
from consultant_app.core.vault.database import sqlite_utils

KEPT = frozenset({"client_id", "role", "amends", "case_id", "deadline_id"})
# The rows of a client (the team's own rows, such as locations, are nobody's).
DEPENDENTS = tuple(entity for entity in ENTITIES
                   if entity != "clients" and entity not in TEAM_ROWS)


@functools.lru_cache(maxsize=None)
def _clearing(entity: str, notnull: frozenset[tuple[str, str]]) -> str:
    """The SET list that empties an entity's content: NULL, or '' / 0 where NULL is refused."""
    required = dict(notnull)
    parts = []
    for column in ENTITIES[entity]:
        if column in KEPT:
            continue
        if column in required:
            parts.append(f"{column} = {'0' if required[column] == 'INTEGER' else repr('')}")
        else:
            parts.append(f"{column} = NULL")
    if entity == "clients":
        parts.append("sort_key = NULL")
    return ", ".join(parts)


def clearing(db: sqlite_utils.Database, entity: str) -> str:
    info = db.execute(f"PRAGMA table_info({entity})").fetchall()
    return _clearing(entity, frozenset((row[1], row[2].upper()) for row in info if row[3]))


def clear_rows(db: sqlite_utils.Database, entity: str, where: str, params: list) -> None:
    """Tombstone and empty the rows of `entity` matching `where`, with their search entries
    and letter documents."""
    if entity == "notes":
        db.execute(f"DELETE FROM note_search WHERE rowid IN (SELECT rid FROM notes WHERE {where})",
                   params)
    elif entity == "letters":
        db.execute("DELETE FROM letter_blobs WHERE hash IN "
                   f"(SELECT content_hash FROM letters WHERE {where})", params)
    elif entity == "clients":
        for index in SEARCH_INDEXES:
            db.execute(f"DELETE FROM {index} WHERE rowid IN "
                       f"(SELECT rid FROM clients WHERE {where})", params)
    db.execute(f"UPDATE {entity} SET deleted = 1, {clearing(db, entity)} WHERE {where}", params)


def sent(db: sqlite_utils.Database, client_id: str) -> bool:
    """The registry has (or will have) this client: its create no longer waits in the outbox."""
    return db.execute("SELECT 1 FROM outbox WHERE entity = 'clients' AND row_id = ? "
                      "AND op = 'create'", [client_id]).fetchone() is None


def stamp(db: sqlite_utils.Database, client_id: str, consultant: str, now: str) -> None:
    """The erased client's tombstone: a new version, by whom and when (the erasure travels as
    a change of its own)."""
    db.execute("UPDATE clients SET version = version + 1, changed_at = ?, changed_by = ? "
               "WHERE id = ?", [now, consultant, client_id])


def erase_client(db: sqlite_utils.Database, client_id: str) -> None:
    """Erase a person from this device: everything of theirs cleared, and nothing of theirs
    left waiting to be sent (the erasure itself is the caller's outbox entry, if any)."""
    for entity in DEPENDENTS:
        db.execute(f"DELETE FROM outbox WHERE entity = ? AND row_id IN "
                   f"(SELECT id FROM {entity} WHERE client_id = ?)", [entity, client_id])
        clear_rows(db, entity, "client_id = ?", [client_id])
    db.execute("DELETE FROM outbox WHERE entity = 'clients' AND row_id = ?", [client_id])
    clear_rows(db, "clients", "id = ?", [client_id])
    db.execute("DELETE FROM sync_conflicts WHERE client_id = ?", [client_id])
    db.execute("DELETE FROM sync_rejected WHERE client_id = ?", [client_id])
    db.execute("DELETE FROM sync_set_aside WHERE client_id = ?", [client_id])
    db.execute("DELETE FROM import_lines WHERE client_id = ?", [client_id])
