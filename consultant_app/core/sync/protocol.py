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
- GET  /v1/reports/annual?year=Y[&team=T] -> the annual report of the user's team (or, for a
    coordinator, of team T) computed by the registry: counts only, in the shape of
    core.reports.shape with source "registry"; 404 report_no_data (nothing registered in Y),
    403 forbidden (another team, asked by a consultant)
- GET  /v1/reports/annual/teams?year=Y -> {year, source, teams: {team: report or null}}, every
    team's report, for a coordinator only (403 forbidden otherwise)

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
created it; rows of a client belong to the client's team; rows of the team itself (TEAM_ROWS:
locations, partners, relation contacts, group sessions, audiences, external figures, published
annual reports; they name no client) belong to the team of the consultant who created them, and a Row of theirs carries
its own id as `client_id`; a user reads and writes their team only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Mapping
from typing import Any

# The synced shape of a case file and its checksums live below the vault, which needs them too;
# named here again because they are part of what device and registry agree on.
from consultant_app.core.domain.entities import (  # noqa: F401
    APPEND_ONLY, CLIENTS, ENTITIES, IMMUTABLE, PERSON, REQUIRED, TEAM_ROWS, Checksum, canonical,
    content, row_checksum, summarize,
)

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Spreekuur-Protocol"

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


def change_digest(entity: str, row_id: str, op: str, fields: Mapping[str, Any],
                  base: Mapping[str, Any]) -> str:
    """What makes a change the same change: a replay must match it, a reused id will not."""
    body = canonical({"entity": entity, "row_id": row_id, "op": op, "fields": fields,
                      "base": base})
    return hashlib.sha256(body.encode()).hexdigest()


def check_value(value: Any) -> bool:
    """Column values are scalars (nested parts travel as the JSON text the column holds)."""
    if isinstance(value, str):
        return len(value) <= MAX_VALUE_CHARS
    return value is None or isinstance(value, (bool, int, float))
