"""Client and household rows, and the folded name index that makes them findable.

The index row of a client (client_search, keyed by the client's rid) holds the folded names of the
client, the partner and the children, so typing a child's name finds the family's file; a second
index (own_name_search, same rid) holds the client's own names alone, so a search can rank those
found by their own name first in SQL. Both are rebuilt whenever any of those names changes,
inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from consultant_app.core.domain.folding import fts_query, index_text, sort_key
from consultant_app.core.domain.model import (
    Client, ClientPage, ClientSummary, HouseholdMember, Role, from_columns, mask_bsn, to_columns,
)
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.domain.records import Identity
from consultant_app.core.domain.records import NewHousehold

MEMBER_COLUMNS = ("id", "role", "co_migrates", "given_names", "surname", "birth_date", "bsn",
                  "country_of_birth", "nationalities", "arrival_date", "residence_permit",
                  "version")
CLIENT_COLUMNS = ("id", "version", "given_names", "surname", "birth_date", "bsn",
                  "country_of_birth", "nationalities", "arrival_date", "residence_permit",
                  "address", "phone", "email", "language", "benefits", "destination",
                  "bank_abroad", "declarations", "created_at", "changed_at", "changed_by")
SEARCH_INDEXES = ("client_search", "own_name_search")
_OWN = "rid IN (SELECT rowid FROM own_name_search WHERE own_name_search MATCH ?)"
_HOUSEHOLD_ONLY = ("rid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?) "
                   f"AND NOT {_OWN}")
# From this many matches in a group on, walking the name-order index until a page is full is
# faster than sorting the matches (measured on 50,000 clients: bench/vault_bench.py).
BROAD_MATCH = 2000
# Every client row carries every column, so a batch of clients is one executemany.
_EMPTY_CLIENT = dict.fromkeys(c for c in CLIENT_COLUMNS if c not in (
    "id", "version", "created_at", "changed_at", "changed_by"))


def insert_households(db: sqlite_utils.Database, new: Sequence[NewHousehold],
                      who: Identity) -> list[str]:
    """New clients with their households, indexed, in a few statements per batch: the path of
    both a single add and a bulk import. Every name is known already, so nothing is read back."""
    rows = [{**_EMPTY_CLIENT, **to_columns(h.fields)} for h in new]
    created = records.create_many(db, "clients", rows, who, [h.client_id for h in new])
    insert_members(db, [(client_id, role, fields) for (client_id, _), h in zip(created, new)
                        for role, fields in h.members], who)
    records.insert_rows(db, "UPDATE clients SET sort_key = ? WHERE rid = ?",
                        [(sort_key(h.fields["surname"], h.fields["given_names"]), rid)
                         for (_, rid), h in zip(created, new)])
    _index(db, [(rid, h.fields["given_names"], h.fields["surname"], _member_names(h))
                for (_, rid), h in zip(created, new)])
    return [client_id for client_id, _ in created]


def _member_names(household: NewHousehold) -> list[str | None]:
    return [n for _, m in household.members for n in (m.get("given_names"), m.get("surname"))]


def _index(db: sqlite_utils.Database,
           entries: Sequence[tuple[int, str, str, Sequence[str | None]]]) -> None:
    """Index rows for (rid, given names, surname, household members' names) of new or
    re-indexed clients: every name in client_search, the client's own in own_name_search."""
    records.insert_rows(db, "INSERT INTO client_search (rowid, names) VALUES (?, ?)",
                        [(rid, index_text(given, surname, *others))
                         for rid, given, surname, others in entries])
    records.insert_rows(db, "INSERT INTO own_name_search (rowid, names) VALUES (?, ?)",
                        [(rid, index_text(given, surname)) for rid, given, surname, _ in entries])


def insert_members(db: sqlite_utils.Database,
                   members: Sequence[tuple[str, Role, Mapping[str, Any]]], who: Identity) -> None:
    """(client_id, role, validated fields) triples as household rows."""
    rows = []
    for client_id, role, fields in members:
        row = dict.fromkeys(MEMBER_COLUMNS[1:-1])
        row.update(to_columns({k: val for k, val in fields.items() if k != "id"}))
        row.update(client_id=client_id, role=role.value,
                   co_migrates=int(bool(fields.get("co_migrates"))))
        rows.append(row)
    records.create_many(db, "household_members", rows, who)


def update_row(db: sqlite_utils.Database, entity: str, row_id: str, fields: Mapping[str, Any],
               who: Identity) -> set[str]:
    """Apply the fields that really change; returns their names (empty: nothing changed)."""
    columns = to_columns(fields)
    old = records.update(db, entity, row_id, columns, who)
    return set() if old is None else {k for k, val in columns.items() if old.get(k) != val}


def reindex(db: sqlite_utils.Database, client_id: str) -> None:
    """Rebuild what is derived from the household's names: the search index row and the sort
    key. Neither is a synced field: each device derives them itself."""
    reindex_many(db, [client_id])


def reindex_many(db: sqlite_utils.Database, client_ids: Iterable[str]) -> None:
    """`reindex` for many clients with a few statements per 500 (a pulled page of a new team
    brings thousands); ids of clients not (yet) here are passed over."""
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found = db.execute("SELECT id, rid, deleted, surname, given_names FROM clients "
                           f"WHERE id IN ({marks})", chunk).fetchall()
        household: dict[str, list[str | None]] = {}
        for client_id, given, surname in db.execute(
                "SELECT client_id, given_names, surname FROM household_members "
                f"WHERE client_id IN ({marks}) AND deleted = 0 ORDER BY rid", chunk).fetchall():
            household.setdefault(client_id, []).extend((given, surname))
        _unindex(db, [rid for _, rid, *_ in found])
        live = [row for row in found if not row[2]]
        records.insert_rows(db, "UPDATE clients SET sort_key = ? WHERE rid = ?",
                            [(sort_key(surname, given), rid)
                             for _, rid, _, surname, given in live])
        _index(db, [(rid, given, surname, household.get(client_id, []))
                    for client_id, rid, _, surname, given in live])


def _unindex(db: sqlite_utils.Database, rids: Sequence[int]) -> None:
    """Take clients (by rid) out of both name indexes."""
    for table in SEARCH_INDEXES:
        records.insert_rows(db, f"DELETE FROM {table} WHERE rowid = ?", [(rid,) for rid in rids])


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


def search(db: sqlite_utils.Database, query: str, offset: int = 0,
           limit: int | None = None) -> ClientPage:
    """One page (every match when `limit` is None) of the clients whose (household) names match
    every typed word as a prefix, and how many match in all: first those whose own name
    matches, then those found through a partner or child, each group in name order.

    The two indexes hold exactly the live clients, so their MATCH counts are the group sizes,
    read in a millisecond. Each group is then read in the way that suits its size: a small one
    from its index matches (sorted), a large one by walking the name-order index and stopping
    once the page is full (sorting 20,000 matches of "a" takes far longer)."""
    expression = fts_query(query)
    if expression is None:
        return ClientPage([], 0)
    own, total = (db.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?",
                             [expression]).fetchone()[0] for index in SEARCH_INDEXES[::-1])
    rows: list[tuple] = []
    for where, params, found in ((_OWN, [expression], own),
                                 (_HOUSEHOLD_ONLY, [expression, expression], total - own)):
        wanted = -1 if limit is None else limit - len(rows)
        if found > offset and wanted != 0:
            access = " INDEXED BY clients_sort" if found > BROAD_MATCH else " NOT INDEXED"
            rows += db.execute(
                "SELECT id, given_names, surname, birth_date, bsn "
                f"FROM clients{access} WHERE deleted = 0 AND {where} "
                "ORDER BY sort_key, rid LIMIT ? OFFSET ?", [*params, wanted, offset]).fetchall()
        offset = max(0, offset - found)
    return ClientPage([_summary(row) for row in rows], total)


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


def ids_exist(db: sqlite_utils.Database, ids: Iterable[str],
              include_deleted: bool = False) -> set[str]:
    """Which of `ids` are live clients, or with `include_deleted` taken at all (ids are never
    reused)."""
    return records.existing(db, "clients", "id", ids, "" if include_deleted else "deleted = 0 AND ")


def _summary(row: tuple) -> ClientSummary:
    client_id, given, surname, birth, bsn = row
    return ClientSummary(client_id, f"{given} {surname}", birth, mask_bsn(bsn))
