"""The registry's side of sync (core.sync.protocol): applying a pushed batch of changes in one
transaction, pages of rows for a pull, the per-entity summary a device compares with its own, and
the erasure of a person when their client row is deleted.

Sequence numbers come from one counter row, locked first thing in every push transaction: pushes
commit one after another, so commit order is sequence order and a puller that has seen sequence N
has seen everything before it. Rows and change ids of a batch are fetched in a few queries up
front and written back with executemany; the batch itself is worked out in memory (registry.apply).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from consultant_app.core.sync.protocol import (
    ENTITIES, STATUS_REJECTED, UUID, canonical, summarize,
)
from consultant_app.registry.accounts import Identity, record_api, utc_now
from consultant_app.registry.apply import Batch, Record, change_problem
from consultant_app.registry.store import Connection, marks

RECORD_COLUMNS = ("row_id, entity, team, client_id, version, deleted, fields, created_at, "
                  "created_by, changed_at, changed_by, last_seq")
CHUNK = 500  # values per IN (...)


def push(conn: Connection, who: Identity, device_id: str, changes: Sequence[Mapping[str, Any]],
         audit: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Apply `changes` in order, store `audit`; all in one transaction."""
    with conn.transaction():
        # Locking the counter first serialises pushers before anything is read, so no push
        # works from rows another one is about to change.
        (head,) = conn.one("UPDATE counters SET value = value WHERE name = 'seq' RETURNING value")
        problems = [change_problem(c) for c in changes]
        valid = [c for c, problem in zip(changes, problems) if problem is None]
        batch = Batch(who, device_id, head, utc_now(),
                      known=_known_changes(conn, [c["change_id"] for c in valid]),
                      records=_records(conn, _row_ids(valid)),
                      load_client_rows=lambda client_id: _client_rows(conn, client_id))
        results = [batch.reject(c, "invalid") if problem else batch.apply(c)
                   for c, problem in zip(changes, problems)]
        _write(conn, batch)
        accepted, refused = _store_audit(conn, who, audit)
        record_api(conn, "push", who.user, who.team, device_id,
                   {**_push_detail(results, batch), "audit_refused": refused})
    return {"results": results, "audit_accepted": accepted, "audit_refused": refused}


def _row_ids(changes: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every row a batch may touch: its own rows and the clients (and cases, and marks a
    reopening takes back) its creates point at. A value that is no id is not looked up (its
    row is refused for it)."""
    ids = {c["row_id"] for c in changes}
    ids |= {c["fields"][column] for c in changes if c["op"] == "create"
            for column in ("client_id", "case_id", "reopens")
            if isinstance(c["fields"].get(column), str) and UUID.fullmatch(c["fields"][column])}
    return sorted(ids)


def _chunks(values: Sequence[str]) -> list[Sequence[str]]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _known_changes(conn: Connection, change_ids: Sequence[str]) -> dict[str, tuple]:
    known = {}
    for chunk in _chunks(sorted(set(change_ids))):
        for change_id, *stored in conn.rows(
                "SELECT change_id, digest, seq, version, result FROM changes "
                f"WHERE change_id IN ({marks(len(chunk))})", chunk):
            known[change_id] = tuple(stored)
    return known


def _record(row: Sequence[Any]) -> Record:
    (row_id, entity, team, client_id, version, deleted, fields, created_at, created_by,
     changed_at, changed_by, last_seq) = row
    return Record(row_id, entity, team, client_id, version, bool(deleted), json.loads(fields),
                  created_at, created_by, changed_at, changed_by, last_seq)


def _records(conn: Connection, row_ids: Sequence[str]) -> dict[str, Record]:
    found = {}
    for chunk in _chunks(row_ids):
        for row in conn.rows(f"SELECT {RECORD_COLUMNS} FROM records "
                             f"WHERE row_id IN ({marks(len(chunk))})", chunk):
            found[row[0]] = _record(row)
    return found


def _client_rows(conn: Connection, client_id: str) -> list[Record]:
    return [_record(row) for row in conn.rows(
        f"SELECT {RECORD_COLUMNS} FROM records WHERE client_id = ? AND deleted = 0",
        [client_id])]


def _write(conn: Connection, batch: Batch) -> None:
    conn.many(
        f"INSERT INTO records ({RECORD_COLUMNS}) VALUES ({marks(12)}) ON CONFLICT (row_id) DO "
        "UPDATE SET version = excluded.version, deleted = excluded.deleted, "
        "fields = excluded.fields, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by, last_seq = excluded.last_seq",
        [(r.row_id, r.entity, r.team, r.client_id, r.version, int(r.deleted),
          canonical(r.fields), r.created_at, r.created_by, r.changed_at, r.changed_by,
          r.last_seq) for r in batch.dirty_records()])
    conn.many(
        "INSERT INTO changes (seq, change_id, team, user_name, device_id, entity, row_id, "
        f"client_id, op, version, digest, payload, result, received_at) VALUES ({marks(14)})",
        batch.new_changes)
    if batch.seq != batch.first_seq:
        conn.execute("UPDATE counters SET value = ? WHERE name = 'seq'", [batch.seq])
    if batch.erased:
        # The person is gone from the stored history too: what changed, what the conflicts
        # said, and the digest (a hash of a name is still the name, given a guess).
        conn.many("UPDATE changes SET payload = '{}', digest = '', result = '{}' "
                  "WHERE client_id = ?", [(client_id,) for client_id in sorted(batch.erased)])


def _store_audit(conn: Connection, who: Identity,
                 entries: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """Device audit entries, each kept once however often it is pushed; all count as accepted,
    so a device that lost the answer can still mark them as sent. An entry about a client of
    another team is refused: a team's audit never speaks of another team's people. Returns
    (accepted, refused)."""
    now = utc_now()
    foreign = _other_teams_clients(conn, who, [e["client_id"] for e in entries
                                               if e.get("client_id")])
    kept = [e for e in entries if e.get("client_id") not in foreign]
    conn.many(
        "INSERT INTO device_audit (id, at, actor, on_behalf_of, client_id, action, device_id, "
        f"detail, user_name, team, received_at) VALUES ({marks(11)}) ON CONFLICT (id) DO NOTHING",
        [(e["id"], e["at"], e["actor"], e.get("on_behalf_of"), e.get("client_id"), e["action"],
          e["device_id"], e.get("detail"), who.user, who.team, now) for e in kept])
    return len(kept), len(entries) - len(kept)


def _other_teams_clients(conn: Connection, who: Identity, client_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(set(client_ids))):
        found |= {row_id for (row_id,) in conn.rows(
            f"SELECT row_id FROM records WHERE row_id IN ({marks(len(chunk))}) AND team <> ?",
            [*chunk, who.team])}
    return found


def _push_detail(results: Sequence[Mapping[str, Any]], batch: Batch) -> dict[str, Any]:
    counts = Counter(r["status"] for r in results)
    reasons = Counter(r["reason"] for r in results if r["status"] == STATUS_REJECTED)
    return {"changes": len(results), **counts, "reasons": dict(reasons),
            "clients": sorted(batch.clients), "erased": sorted(batch.erased)}


# -- pull and summary ------------------------------------------------------------------------------
def pull(conn: Connection, who: Identity, since: int, limit: int) -> dict[str, Any]:
    """Rows of the user's team whose latest change is after `since`, in sequence order."""
    found = conn.rows(
        "SELECT last_seq, entity, row_id, client_id, version, deleted, fields, created_at, "
        "created_by, changed_at, changed_by FROM records WHERE team = ? AND last_seq > ? "
        "ORDER BY last_seq LIMIT ?", [who.team, since, limit + 1])
    more = len(found) > limit
    rows = [{"seq": seq, "entity": entity, "row_id": row_id, "client_id": client_id,
             "version": version, "deleted": bool(deleted),
             "fields": {} if deleted else json.loads(fields), "created_at": created_at,
             "created_by": created_by, "changed_at": changed_at, "changed_by": changed_by}
            for (seq, entity, row_id, client_id, version, deleted, fields, created_at,
                 created_by, changed_at, changed_by) in found[:limit]]
    record_api(conn, "pull", who.user, who.team, who.device_id,
               {"since": since, "rows": len(rows)})
    return {"rows": rows, "next": rows[-1]["seq"] if rows else since, "more": more}


def summary(conn: Connection, who: Identity) -> dict[str, Any]:
    """Count and checksum of the team's live rows per entity, and the sequence they stand at."""
    with conn.snapshot():
        (head,) = conn.one("SELECT max(last_seq) FROM records WHERE team = ?", [who.team])
        entities = {}
        for entity in ENTITIES:
            rows = conn.stream("SELECT row_id, fields FROM records WHERE team = ? AND entity = ? "
                               "AND deleted = 0", [who.team, entity])
            entities[entity] = summarize(entity, ((row_id, json.loads(fields))
                                                  for row_id, fields in rows))
    record_api(conn, "summary", who.user, who.team, who.device_id, {"head": head or 0})
    return {"head": head or 0, "entities": entities}

