"""The access log (modelled on NEN 7513): who, on whose behalf, which client, which action, when,
from which device. Append-only: triggers in the schema refuse updates and deletes.

Details never contain personal data (no search terms, no names): a count or a field name at most.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from consultant_app.core.ids import uuid7
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.vault import utc_now
from consultant_app.core.domain.records import Identity
from consultant_app.core.domain.records import AuditEntry

ACTIONS = ("create", "read", "update", "delete", "search", "export", "print", "reveal")


def record(db: sqlite_utils.Database, who: Identity, action: str, client_id: str | None = None,
           detail: str | None = None) -> None:
    record_many(db, who, action, [(client_id, detail)])


def record_many(db: sqlite_utils.Database, who: Identity, action: str,
                entries: Iterable[tuple[str | None, str | None]]) -> None:
    """One log entry per (client_id, detail), all with the same action and moment."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    now = utc_now()
    records.insert_rows(
        db,
        "INSERT INTO audit_log (id, at, actor, on_behalf_of, client_id, action, device_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(uuid7(), now, who.consultant, who.organisation, client_id, action, who.device_id,
          detail) for client_id, detail in entries],
    )


def entries_for(db: sqlite_utils.Database, client_id: str) -> list[AuditEntry]:
    rows = db.execute(
        "SELECT id, at, actor, on_behalf_of, client_id, action, device_id, detail "
        "FROM audit_log WHERE client_id = ? ORDER BY seq", [client_id]
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


def since(db: sqlite_utils.Database, seq: int, limit: int) -> list[tuple[int, dict]]:
    """Entries after `seq` in log order, as (seq, entry): what sync sends up to the registry."""
    rows = db.execute(
        "SELECT seq, id, at, actor, on_behalf_of, client_id, action, device_id, detail "
        "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", [seq, limit]).fetchall()
    return [(row[0], asdict(AuditEntry(*row[1:]))) for row in rows]
