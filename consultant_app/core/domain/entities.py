"""What a case file shares with the registry: the synced entities and their columns in the order
a device applies them, the rules on them (required, immutable, append-only), and the order-free
checksum device and registry compare after a sync. The vault builds on this, and so does the sync
protocol (core.sync.protocol), which names it again for the registry."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

CLIENTS = "clients"
PERSON = ("given_names", "surname", "birth_date", "bsn", "country_of_birth", "nationalities",
          "arrival_date", "residence_permit")
ELIGIBILITY_CHECK = ("client_id", "scheme", "rules_version", "pack_hash", "data_hash",
                     "check_date", "regime", "verdict", "conditions", "consultant")
PUBLICATION = ("year", "edition", "sha256", "snapshot", "published_at", "published_by")
# The synced content columns of each entity, in the order the device applies pulled rows
# (a client before the rows that point at it). Bookkeeping (id, version, who/when, deleted)
# travels beside them; derived columns (search index, sort key) never travel.
ENTITIES: dict[str, tuple[str, ...]] = {
    "clients": (*PERSON, "address", "phone", "email", "language", "benefits", "destination",
                "bank_abroad", "declarations"),
    "household_members": ("client_id", "role", "co_migrates", *PERSON),
    "contacts": ("client_id", "date", "location", "kind", "channel", "topics",
                 "duration_minutes", "language", "interpreter", "location_id"),
    "notes": ("client_id", "amends", "text"),
    "follow_ups": ("client_id", "due_date", "text", "done_at"),
    "letters": ("client_id", "template_id", "template_title", "template_version",
                "template_hash", "letter_date", "data", "data_hash", "content_hash"),
    "eligibility_checks": ELIGIBILITY_CHECK,
    "cases": ("client_id", "scheme", "opened_at"),
    "case_events": ("case_id", "client_id", "kind", "date", "changed_fields"),
    "deadline_marks": ("deadline_id", "case_id", "client_id", "due", "window_start", "done_at",
                       "reopens"),
    # The office's own registration (core.office): rows of the team, not of a client.
    "locations": ("name", "city", "kind", "active_from", "active_until"),
    "audiences": ("code", "label"),
    "partners": ("name", "kind", "city"),
    "relation_contacts": ("partner_id", "date", "kind", "topics"),
    "group_sessions": ("date", "location_id", "audience", "partner_id", "attendees", "language",
                       "interpreter", "topics"),
    "external_figures": ("year", "key", "value", "source"),
    # A published annual report (core.reports.publication): the report's JSON, counts only.
    "report_publications": PUBLICATION,
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
    "eligibility_checks": ELIGIBILITY_CHECK,
    "cases": ("client_id", "scheme", "opened_at"),
    "case_events": ("case_id", "client_id", "kind", "date"),
    "deadline_marks": ("deadline_id", "case_id", "client_id", "due", "done_at"),
    "locations": ("name", "kind", "active_from"),  # a location migrated from a name has no city
    "audiences": ("code", "label"),
    "partners": ("name", "kind"),
    "relation_contacts": ("partner_id", "date", "kind"),
    "group_sessions": ("date", "location_id", "audience", "attendees"),
    "external_figures": ("year", "key", "value", "source"),
    "report_publications": PUBLICATION,
}
# Rows that belong to the team rather than to a client (they name no client_id): the registry
# gives them the team of the consultant who created them, and erasing a person never reaches
# them, because they hold nobody's data.
TEAM_ROWS = frozenset({"locations", "audiences", "partners", "relation_contacts",
                       "group_sessions", "external_figures", "report_publications"})
IMMUTABLE = frozenset({"client_id", "role", "amends", "case_id", "deadline_id"})
# Created and (erased with their client) deleted, never edited.
APPEND_ONLY = frozenset({"notes", "eligibility_checks", "deadline_marks", "report_publications"})


def canonical(value: Any) -> str:
    """The one JSON spelling both sides hash: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


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
