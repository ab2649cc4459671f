"""The vault as a replica of the registry: reading the outbox for a push, applying what a push
answered and what a pull brought, and the counts and checksums compared after a sync.

Pulled rows are the server's current state. They are applied over local rows field by field,
except the fields of changes still waiting in the outbox (edits made while a sync ran): those keep
the local value and reach the server with their own base values, where a clash becomes a
conflict. Derived data (search index, sort key) is rebuilt here, never received.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import chain
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.entities import (
    APPEND_ONLY, ENTITIES, IMMUTABLE, TEAM_ROWS, summarize,
)
from consultant_app.core.vault import clients, conflicts, erasure
from consultant_app.core.vault.database import sqlite_utils

CHUNK = 500  # ids per IN (...): SQLite limits bound parameters
WHOLE_ROW = "*"  # a waiting create or delete: the whole row stays as the device has it
NAMED = ("clients", "household_members")  # what the name index and sort key are made of


@dataclass(frozen=True)
class OutboxChange:
    seq: int
    change_id: str
    entity: str
    row_id: str
    op: str
    base_version: int | None
    fields: dict[str, Any]
    base: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"change_id": self.change_id, "entity": self.entity, "row_id": self.row_id,
                "op": self.op, "base_version": self.base_version, "fields": self.fields,
                "base": self.base}


# -- the outbox ---------------------------------------------------------------------------------
def pending_changes(db: sqlite_utils.Database, limit: int,
                    max_chars: int | None = None) -> list[OutboxChange]:
    """The oldest waiting changes, at most `limit` of them and (but for the first) at most
    `max_chars` of payload together: a batch of letters must stay under the request limit."""
    rows = db.execute("SELECT seq, change_id, entity, row_id, op, base_version, payload "
                      "FROM outbox ORDER BY seq LIMIT ?", [limit]).fetchall()
    out, size = [], 0
    for seq, change_id, entity, row_id, op, base_version, payload in rows:
        size += len(payload)
        if max_chars is not None and out and size > max_chars:
            break
        data = json.loads(payload)
        out.append(OutboxChange(seq, change_id, entity, row_id, op, base_version,
                                data.get("fields", {}), data.get("base", {})))
    return out


def count_pending(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM outbox").fetchone()[0]


def forget_changes(db: sqlite_utils.Database, seqs: Sequence[int]) -> None:
    db.conn.executemany("DELETE FROM outbox WHERE seq = ?", [(s,) for s in seqs])


def client_of(db: sqlite_utils.Database, entity: str, row_id: str) -> str | None:
    if entity == "clients":
        return row_id
    if entity in TEAM_ROWS:
        return None  # a row of the team, not of a client
    row = db.execute(f"SELECT client_id FROM {entity} WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None


def case_clients(db: sqlite_utils.Database, case_ids: Sequence[str]) -> dict[str, str]:
    """The client of each of these cases this device holds (a case never moves to another)."""
    found = {}
    for chunk in _chunks(case_ids):
        marks = ", ".join("?" for _ in chunk)
        found.update(db.execute(f"SELECT id, client_id FROM cases WHERE id IN ({marks}) "
                                "AND client_id != ''", chunk).fetchall())
    return found


def _waiting_fields(db: sqlite_utils.Database, entity: str,
                    row_ids: Sequence[str]) -> dict[str, set[str]]:
    """Per row, the fields of its changes still in the outbox (WHOLE_ROW for create/delete)."""
    waiting: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(row_ids):
        marks = ", ".join("?" for _ in chunk)
        for row_id, op, payload in db.execute(
                f"SELECT row_id, op, payload FROM outbox WHERE entity = ? AND row_id IN ({marks})",
                [entity, *chunk]).fetchall():
            waiting[row_id] |= ({WHOLE_ROW} if op != "update"
                                else set(json.loads(payload).get("fields", {})))
    return waiting


# -- applying the server's rows -----------------------------------------------------------------
def apply_rows(db: sqlite_utils.Database, rows: Sequence[Mapping[str, Any]]) -> int:
    """Apply one pulled page (the caller holds the transaction, with the cursor); returns how
    many rows changed on this device. Foreign keys are the caller's to relax: a page may bring
    a household member before the client row it belongs to."""
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["entity"]].append(row)
    changed, touched = 0, set()
    for entity in ENTITIES:
        if grouped.get(entity):
            changed += _apply_entity(db, entity, grouped[entity], touched)
    clients.reindex_many(db, touched)
    return changed


def _apply_entity(db: sqlite_utils.Database, entity: str, rows: Sequence[Mapping[str, Any]],
                  touched: set[str]) -> int:
    """`touched` collects the clients whose names (own or household) may have changed."""
    columns = ENTITIES[entity]
    if entity not in NAMED:
        touched = set()  # a note or a contact changes no name: nothing to reindex
    existing = _existing(db, entity, columns, [r["row_id"] for r in rows])
    waiting = _waiting_fields(db, entity, list(existing))
    inserts, changed = [], 0
    for row in rows:
        row_id, old = row["row_id"], existing.get(row["row_id"])
        client_id = row_id if entity == "clients" else row.get("client_id")
        if row["deleted"]:
            if old is not None and not old["deleted"]:
                if entity == "clients":
                    erasure.erase_client(db, row_id)
                else:
                    erasure.clear_rows(db, entity, "id = ?", [row_id])
                db.execute(f"UPDATE {entity} SET version = ? WHERE id = ?",
                           [row["version"], row_id])
                changed += 1
                touched.add(client_id)
            continue
        if old is None:
            inserts.append(row)
            touched.add(client_id)
            continue
        if WHOLE_ROW in waiting.get(row_id, ()):
            continue
        if _update(db, entity, row, old, waiting.get(row_id, set())):
            changed += 1
            touched.add(client_id)
    _insert(db, entity, columns, inserts)
    return changed + len(inserts)


def _existing(db: sqlite_utils.Database, entity: str, columns: Sequence[str],
              row_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    names = ["id", "version", "deleted", *columns]
    found = {}
    for chunk in _chunks(row_ids):
        marks = ", ".join("?" for _ in chunk)
        for values in db.execute(f"SELECT {', '.join(names)} FROM {entity} WHERE id IN ({marks})",
                                 chunk).fetchall():
            found[values[0]] = dict(zip(names, values))
    return found


def _update(db: sqlite_utils.Database, entity: str, row: Mapping[str, Any],
            old: Mapping[str, Any], keep: set[str]) -> bool:
    """Bring one local row to the server's state, keeping the fields still waiting to go."""
    fields = row["fields"]
    if entity in APPEND_ONLY:  # a note's content never changes once written
        new = {}
    else:
        new = {c: fields.get(c) for c in ENTITIES[entity]
               if c not in keep and c not in IMMUTABLE and old[c] != fields.get(c)}
    if not new and not old["deleted"] and (keep or old["version"] == row["version"]):
        return False
    assignments = "".join(f"{c} = ?, " for c in new)
    version = old["version"] if keep else row["version"]
    db.execute(f"UPDATE {entity} SET {assignments}version = ?, changed_at = ?, changed_by = ?, "
               "deleted = 0 WHERE id = ?",
               [*new.values(), version, row["changed_at"], row["changed_by"], row["row_id"]])
    return bool(new) or bool(old["deleted"])


def _insert(db: sqlite_utils.Database, entity: str, columns: Sequence[str],
            rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    first = db.execute(f"SELECT coalesce(max(rid), 0) + 1 FROM {entity}").fetchone()[0]
    names = ["rid", "id", "version", "created_at", "created_by", "changed_at", "changed_by",
             "deleted", *columns]
    db.conn.executemany(
        f"INSERT INTO {entity} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [[first + i, r["row_id"], r["version"], r["created_at"], r["created_by"],
          r["changed_at"], r["changed_by"], 0, *(r["fields"].get(c) for c in columns)]
         for i, r in enumerate(rows)])
    if entity == "notes":
        db.conn.executemany("INSERT INTO note_search (rowid, body) VALUES (?, ?)",
                            [(first + i, fold(r["fields"].get("text") or ""))
                             for i, r in enumerate(rows)])


# -- what a push answered -----------------------------------------------------------------------
def take_theirs(db: sqlite_utils.Database, entity: str, row_id: str,
                fields: Mapping[str, Any]) -> None:
    """A conflict keeps the server's value on the row (the consultant's own value waits in the
    conflict until they choose); fields edited again meanwhile are left alone."""
    waiting = _waiting_fields(db, entity, [row_id]).get(row_id, set())
    new = {c: v for c, v in fields.items() if c in ENTITIES[entity] and c not in waiting
           and c not in IMMUTABLE}
    if new and WHOLE_ROW not in waiting:
        db.execute(f"UPDATE {entity} SET {', '.join(f'{c} = ?' for c in new)} WHERE id = ?",
                   [*new.values(), row_id])
        if entity in NAMED:
            client_id = client_of(db, entity, row_id)
            if client_id:
                clients.reindex(db, client_id)


# -- comparing with the server ------------------------------------------------------------------
def summary(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """Count and checksum of the live rows of every synced entity (protocol.summarize). Rows
    the registry refused to create are left out: they are not there by its decision, which
    the receipt and `sync refused` already report. A row set aside at a pull counts as the
    registry sent it: it is reported as set aside, not a second time as a difference."""
    aside = conflicts.set_aside_content(db)
    out = {}
    for entity, columns in ENTITIES.items():
        cursor = db.execute(
            f"SELECT id, {', '.join(columns)} FROM {entity} WHERE deleted = 0 AND id NOT IN "
            "(SELECT row_id FROM sync_rejected WHERE op = 'create') AND id NOT IN "
            "(SELECT row_id FROM sync_set_aside)")
        local = ((r[0], dict(zip(columns, r[1:]))) for r in cursor)
        out[entity] = summarize(entity, chain(local, ((row_id, fields) for kind, row_id, fields
                                                      in aside if kind == entity)))
    return out


def _chunks(items: Iterable[str]) -> Iterable[list[str]]:
    items = list(items)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
