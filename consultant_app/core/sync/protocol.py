"""The sync protocol, shared by the device (core.sync) and the registry server (registry/).

Version 1, JSON over HTTPS (plain HTTP on loopback only). Every request except /v1/health carries
the header `X-Spreekuur-Protocol: 1`; a server speaking another version answers 409 with
{"code": "protocol_mismatch", "server_protocol": N}. Errors are {"code": ..., ...} with a 4xx/5xx
status; codes are stable and the device translates them. Nothing personal ever travels in a URL.
Request bodies are capped: a push may bring MAX_BODY_BYTES, and is refused (409, 401) before its
body is read unless its protocol header and access token are right; any other request 16 KiB.
A larger body, announced or streamed, is answered 413 {"code": "too_large"} without reading on.

- POST /v1/login  {user, password, device_id, device_name}
    -> {access_token, refresh_token, expires_in, user, team, demo}; 401 login_failed;
    429 too_many_attempts
- POST /v1/token  {refresh_token} -> {access_token, expires_in, user, team, demo};
    401 session_expired
  `demo` (also in /v1/health) is true for a demo registry (synthetic people only); an answer
  without it is from an older registry and means false. A demo vault syncs only with a demo
  registry and a real vault only with a real one: the device checks at login and at each sync.
- POST /v1/logout {refresh_token} -> 204 (the refresh token and its access tokens are revoked)
- GET  /v1/me -> {user, team}
- POST /v1/sync/push {device_id, changes: [Change], audit: [AuditEntry]}
    -> {results: [Result] (one per change, same order), audit_accepted: n, audit_refused: n}
    (an audit entry about a client of another team is refused, not stored)
- GET  /v1/sync/changes?since=SEQ&limit=N
    -> {rows: [Row] ordered by seq, next: SEQ (the cursor to store), more: bool}
- GET  /v1/sync/summary -> {head: SEQ, entities: {entity: {count, checksum}}}

A Change is one outbox entry: {change_id, entity, row_id, op: create|update|delete, base_version,
fields: {column: value}, base: {column: value before the change}}. The server applies changes in
the order given, each idempotently by change_id: the same change again returns its first result
(status "duplicate", `original_status` and the rest as the first time); the same id with other content is rejected.

A Result is {change_id, status, seq, version, reason, conflicts}: status "applied" (the server
row was as the device saw it), "merged" (others changed other fields meanwhile; all of this
change applied), "conflict" (fields others changed too keep the server's value; the rest
applied; `conflicts` lists {field, base, mine, theirs}), "duplicate", or "rejected" with a
`reason` (not_permitted, unknown_row, row_exists, row_deleted, append_only, immutable_field,
change_id_reused, invalid, invalid_row). "invalid_row" means the row would break the domain rules
both sides share (core.sync.rows); the result then also names the column (`field`) and the rule
(`problem`, a validation code), never the value. A create is judged on its content before its
id, so an id of another team answers as any refused create does.

A Row is the server's current state of one row: {seq, entity, row_id, client_id, version,
deleted, fields, created_at, created_by, changed_at, changed_by}. Pull delivers rows whose latest
change is after `since`, in server sequence order; a row changed twice arrives once, as it is now.
A deleted row arrives as a tombstone with empty fields: deleting a client erases the person (the
client and every row of theirs) on the server and, through these tombstones, on every device.

Who sees what is the server's decision: a client belongs to the team of the consultant who
created it; rows of a client belong to the client's team; a user reads and writes their team only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Spreekuur-Protocol"

CLIENTS = "clients"
PERSON = ("given_names", "surname", "birth_date", "bsn", "country_of_birth", "nationalities",
          "arrival_date", "residence_permit")
# The synced content columns of each entity, in the order the device applies pulled rows
# (a client before the rows that point at it). Bookkeeping (id, version, who/when, deleted)
# travels beside them; derived columns (search index, sort key) never travel.
ENTITIES: dict[str, tuple[str, ...]] = {
    "clients": (*PERSON, "address", "phone", "email", "language", "benefits", "destination",
                "bank_abroad", "declarations"),
    "household_members": ("client_id", "role", "co_migrates", *PERSON),
    "contacts": ("client_id", "date", "location", "kind", "channel", "topics",
                 "duration_minutes", "language", "interpreter"),
    "notes": ("client_id", "amends", "text"),
    "follow_ups": ("client_id", "due_date", "text", "done_at"),
    "letters": ("client_id", "template_id", "template_title", "template_version",
                "template_hash", "letter_date", "data", "data_hash", "content_hash"),
}
# Columns a create must bring, and that no update may change (a row never moves to another
# client, and so never to another team).
REQUIRED: dict[str, tuple[str, ...]] = {
    "clients": ("given_names", "surname"),
    "household_members": ("client_id", "role", "co_migrates", "given_names", "surname"),
    "contacts": ("client_id", "date", "kind"),
    "notes": ("client_id", "text"),
    "follow_ups": ("client_id", "due_date", "text"),
    "letters": ("client_id", "template_id", "template_title", "template_version",
                "template_hash", "letter_date", "data", "data_hash", "content_hash"),
}
IMMUTABLE = frozenset({"client_id", "role", "amends"})
APPEND_ONLY = frozenset({"notes"})  # created and (erased with their client) deleted, never edited
OPS = ("create", "update", "delete")

MAX_BATCH = 500        # changes per push request
MAX_PAGE = 2000        # rows per pull page
MAX_VALUE_CHARS = 2_000_000   # a letter's data JSON is the largest value a row holds
MAX_AUDIT = 5000       # device audit entries per push request
MAX_BODY_BYTES = 64 * 1024 * 1024  # a larger push body is refused: 413 {"code": "too_large"}

STATUS_APPLIED, STATUS_MERGED, STATUS_CONFLICT = "applied", "merged", "conflict"
STATUS_DUPLICATE, STATUS_REJECTED = "duplicate", "rejected"
REJECT_REASONS = ("not_permitted", "unknown_row", "row_exists", "row_deleted", "append_only",
                  "immutable_field", "change_id_reused", "invalid", "invalid_row")

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
Scalar = str | int | float | bool | None


def is_loopback(host: str) -> bool:
    """This machine itself: the only place plain HTTP may go (the device) or listen (the
    registry); anywhere else, TLS."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def canonical(value: Any) -> str:
    """The one JSON spelling both sides hash: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def change_digest(entity: str, row_id: str, op: str, fields: Mapping[str, Any],
                  base: Mapping[str, Any]) -> str:
    """What makes a change the same change: a replay must match it, a reused id will not."""
    body = canonical({"entity": entity, "row_id": row_id, "op": op, "fields": fields,
                      "base": base})
    return hashlib.sha256(body.encode()).hexdigest()


def content(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The synced content of a row: its entity's columns, without empty (None) ones, so a
    column never set and a column set to nothing count the same on both sides."""
    return {c: values[c] for c in ENTITIES[entity] if values.get(c) is not None}


def row_checksum(row_id: str, fields: Mapping[str, Any]) -> int:
    digest = hashlib.sha256(f"{row_id}\n{canonical(fields)}".encode()).digest()
    return int.from_bytes(digest[:16], "big")


class Checksum:
    """An order-free checksum of a set of rows (XOR of per-row hashes) and their count: the
    device and the server compute it over the live rows of an entity and compare."""

    def __init__(self) -> None:
        self.count = 0
        self.value = 0

    def add(self, row_id: str, fields: Mapping[str, Any]) -> None:
        self.count += 1
        self.value ^= row_checksum(row_id, fields)

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count, "checksum": f"{self.value:032x}"}


def summarize(entity: str, rows: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, Any]:
    """{count, checksum} of (row_id, column values) pairs of live rows."""
    total = Checksum()
    for row_id, values in rows:
        total.add(row_id, content(entity, values))
    return total.as_json()


def check_value(value: Any) -> bool:
    """Column values are scalars (nested parts travel as the JSON text the column holds)."""
    if isinstance(value, str):
        return len(value) <= MAX_VALUE_CHARS
    return value is None or isinstance(value, (bool, int, float))
