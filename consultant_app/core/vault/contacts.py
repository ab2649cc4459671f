"""Contact moments (a visit at a spreekuur, a phone call, a question from abroad) per client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from consultant_app.core.domain.model import Contact, from_columns, to_columns
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.domain.records import Identity

CONTACT_COLUMNS = ("id", "client_id", "date", "kind", "location", "channel", "topics",
                   "duration_minutes", "language", "interpreter", "location_id", "created_by")


def add_contacts(db: sqlite_utils.Database, new: Sequence[tuple[str, Mapping[str, Any]]],
                 who: Identity, ids: Sequence[str | None] | None = None) -> list[str]:
    """Write (client_id, validated fields) pairs (with `ids` given by an import, or new ones);
    returns the ids in order."""
    rows = []
    for client_id, fields in new:
        row = dict.fromkeys(CONTACT_COLUMNS[2:-1])
        row.update(to_columns(fields), client_id=client_id)
        rows.append(row)
    return [contact_id for contact_id, _ in records.create_many(db, "contacts", rows, who, ids)]


def contacts_for(db: sqlite_utils.Database, client_id: str) -> list[Contact]:
    rows = db.execute(
        f"SELECT {', '.join(CONTACT_COLUMNS)} FROM contacts WHERE client_id = ? AND deleted = 0 "
        "ORDER BY date, rid", [client_id]
    ).fetchall()
    out = []
    for row in rows:
        data = from_columns(dict(zip(CONTACT_COLUMNS, row)))
        if data["interpreter"] is not None:
            data["interpreter"] = bool(data["interpreter"])
        out.append(Contact(**data))
    return out


def count_on(db: sqlite_utils.Database, day: str, location: str | None = None) -> int:
    """Contacts registered on a day (optionally at one location): the spreekuur bar's counter."""
    sql = "SELECT count(*) FROM contacts WHERE deleted = 0 AND date = ?"
    params: list[Any] = [day]
    if location is not None:
        sql += " AND location = ?"
        params.append(location)
    return db.execute(sql, params).fetchone()[0]
