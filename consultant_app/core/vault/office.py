"""The office's own registration in the vault (locations, audiences, partners, relation
contacts, group sessions, external figures): rows of the team, written through core.vault.records
like every synced row and read back as plain column dicts (nested topics decoded, yes/no as
booleans). The service (core.office) decides what may be written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from consultant_app.core.domain.entities import ENTITIES, TEAM_ROWS
from consultant_app.core.domain.model import from_columns, to_columns
from consultant_app.core.domain.records import Identity
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

# Read beside the content: who entered a row, so a list can say it.
_EXTRA = ("id", "created_by")
# The order each kind is listed in: by date where it has one, then as entered.
ORDER = {"locations": "name, id", "audiences": "code, id", "partners": "name, id",
         "relation_contacts": "date, rid", "group_sessions": "date, rid",
         "external_figures": "year, key, id"}


def _entity(entity: str) -> str:
    if entity not in TEAM_ROWS:  # the name goes into SQL: only the office's own tables
        raise ValueError(entity)
    return entity


def create(db: sqlite_utils.Database, entity: str, fields: Mapping[str, Any], who: Identity,
           row_id: str | None = None) -> str:
    """A new row of `entity` from validated fields (every column given, None for empty)."""
    row = dict.fromkeys(ENTITIES[_entity(entity)])
    row.update(to_columns(fields))
    return records.create(db, entity, row, who, row_id)[0]


def update(db: sqlite_utils.Database, entity: str, row_id: str, fields: Mapping[str, Any],
           who: Identity) -> bool:
    """Change the given validated fields; False when nothing changed."""
    return records.update(db, _entity(entity), row_id, to_columns(fields), who) is not None


def delete(db: sqlite_utils.Database, entity: str, row_id: str, who: Identity) -> None:
    records.delete(db, _entity(entity), row_id, who)


def rows(db: sqlite_utils.Database, entity: str, where: str = "",
         params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The live rows of `entity` meeting `where` (SQL over its columns), in its list order."""
    columns = (*_EXTRA, *ENTITIES[_entity(entity)])
    found = db.execute(f"SELECT {', '.join(columns)} FROM {entity} WHERE deleted = 0 "
                       f"{'AND ' + where if where else ''} ORDER BY {ORDER[entity]}",
                       list(params)).fetchall()
    out = []
    for row in found:
        data = from_columns(dict(zip(columns, row)))
        if "interpreter" in data and data["interpreter"] is not None:
            data["interpreter"] = bool(data["interpreter"])
        out.append(data)
    return out


def get(db: sqlite_utils.Database, entity: str, row_id: str) -> dict[str, Any]:
    """One live row; NotFoundError (location_not_found, partner_not_found...) otherwise."""
    found = rows(db, entity, "id = ?", [row_id])
    if not found:
        records.get_row(db, entity, row_id)  # raises the entity's own not-found error
    return found[0]


def contacts_per_location(db: sqlite_utils.Database) -> dict[str, int]:
    """How many live contacts name each location id."""
    return dict(db.execute("SELECT location_id, count(*) FROM contacts WHERE deleted = 0 AND "
                           "location_id IS NOT NULL GROUP BY location_id").fetchall())
