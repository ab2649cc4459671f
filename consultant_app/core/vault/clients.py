"""Client and household rows, and the folded name index that makes them findable.

The index row of a client (client_search, keyed by the client's rid) holds the folded names of the
client, the partner and the children, so typing a child's name finds the family's file. It is
rebuilt whenever any of those names changes, inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from consultant_app.core.domain.folding import fts_query, index_text, sort_key
from consultant_app.core.domain.model import (
    Client, ClientSummary, HouseholdMember, Role, from_columns, mask_bsn, to_columns,
)
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import Identity

MEMBER_COLUMNS = ("id", "role", "co_migrates", "given_names", "surname", "birth_date", "bsn",
                  "country_of_birth", "nationalities", "arrival_date", "residence_permit",
                  "version")
CLIENT_COLUMNS = ("id", "version", "given_names", "surname", "birth_date", "bsn",
                  "country_of_birth", "nationalities", "arrival_date", "residence_permit",
                  "address", "phone", "email", "language", "benefits", "destination",
                  "bank_abroad", "declarations", "created_at", "changed_at", "changed_by")
SEARCH_CANDIDATES = 400


def insert_client(db: sqlite_utils.Database, fields: Mapping[str, Any], who: Identity,
                  client_id: str | None = None) -> str:
    client_id, _ = records.create(db, "clients", to_columns(fields), who, client_id)
    return client_id


def insert_member(db: sqlite_utils.Database, client_id: str, role: Role,
                  fields: Mapping[str, Any], who: Identity) -> str:
    columns = to_columns({k: val for k, val in fields.items() if k != "id"})
    columns.update(client_id=client_id, role=role.value,
                   co_migrates=int(bool(fields.get("co_migrates"))))
    member_id, _ = records.create(db, "household_members", columns, who)
    return member_id


def update_row(db: sqlite_utils.Database, entity: str, row_id: str, fields: Mapping[str, Any],
               who: Identity) -> bool:
    return records.update(db, entity, row_id, to_columns(fields), who) is not None


def reindex(db: sqlite_utils.Database, client_id: str) -> None:
    """Rebuild what is derived from the household's names: the search index row and the sort
    key. Neither is a synced field: each device derives them itself."""
    rid, deleted, surname, given = db.execute(
        "SELECT rid, deleted, surname, given_names FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    db.execute("DELETE FROM client_search WHERE rowid = ?", [rid])
    if deleted:
        return
    db.execute("UPDATE clients SET sort_key = ? WHERE rid = ?", [sort_key(surname, given), rid])
    names = db.execute(
        "SELECT given_names, surname FROM clients WHERE id = ? UNION ALL "
        "SELECT given_names, surname FROM household_members WHERE client_id = ? AND deleted = 0",
        [client_id, client_id],
    ).fetchall()
    db.execute("INSERT INTO client_search (rowid, names) VALUES (?, ?)",
               [rid, index_text(*(n for pair in names for n in pair))])


def get_client(db: sqlite_utils.Database, client_id: str) -> Client:
    row = from_columns(records.get_row(db, "clients", client_id))
    client = Client(**{k: row[k] for k in CLIENT_COLUMNS})
    for member in members(db, client_id):
        if member.role is Role.PARTNER:
            client.partner = member
        else:
            client.children.append(member)
    return client


def members(db: sqlite_utils.Database, client_id: str) -> list[HouseholdMember]:
    cursor = db.execute(
        f"SELECT {', '.join(MEMBER_COLUMNS)} FROM household_members "
        "WHERE client_id = ? AND deleted = 0 ORDER BY role DESC, birth_date, rid", [client_id]
    )
    out = []
    for row in cursor.fetchall():
        data = from_columns(dict(zip(MEMBER_COLUMNS, row)))
        data["role"] = Role(data["role"])
        data["co_migrates"] = bool(data["co_migrates"])
        out.append(HouseholdMember(**data))
    return out


def search(db: sqlite_utils.Database, query: str, limit: int = 50) -> list[ClientSummary]:
    """Clients whose (household) names match every typed word as a prefix, by name order."""
    expression = fts_query(query)
    if expression is None:
        return []
    # The FTS index returns candidates in rowid order; a bounded set of them is sorted by name
    # so short prefixes stay fast on a large vault.
    rows = db.execute(
        "SELECT c.id, c.given_names, c.surname, c.birth_date, c.bsn FROM clients c "
        "WHERE c.rid IN (SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT ?) "
        "AND c.deleted = 0 ORDER BY c.sort_key LIMIT ?",
        [expression, SEARCH_CANDIDATES, limit],
    ).fetchall()
    return [_summary(row) for row in rows]


def list_clients(db: sqlite_utils.Database, offset: int = 0,
                 limit: int | None = None) -> list[ClientSummary]:
    rows = db.execute(
        "SELECT id, given_names, surname, birth_date, bsn FROM clients WHERE deleted = 0 "
        "ORDER BY sort_key LIMIT ? OFFSET ?",
        [-1 if limit is None else limit, offset],
    ).fetchall()
    return [_summary(row) for row in rows]


def count_clients(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM clients WHERE deleted = 0").fetchone()[0]


def ids_exist(db: sqlite_utils.Database, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are live clients (asked in chunks: SQLite limits bound parameters)."""
    ids, found = list(ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(
            f"SELECT id FROM clients WHERE deleted = 0 AND id IN ({marks})", chunk).fetchall())
    return found


def _summary(row: tuple) -> ClientSummary:
    client_id, given, surname, birth, bsn = row
    return ClientSummary(client_id, f"{given} {surname}", birth, mask_bsn(bsn))
