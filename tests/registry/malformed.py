"""A corpus of malformed rows: for every synced entity, a valid row and variants of it that each
break one rule (a required column missing, a wrong type, a value out of range or outside the
vocabulary, a value of 1,000,000 characters, a NUL byte); and changes to stored rows that break
the rules on changing them (an immutable column moved, an append-only row edited or deleted).
Synthetic values only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from consultant_app.core.reports.publication import digest
from consultant_app.core.sync.protocol import ENTITIES, REQUIRED, canonical
from consultant_app.core.sync.rows import NUMBER_COLUMNS

HUGE = "A" * 1_000_000
# The location and partner the office's rows name (the registry holds no reference rule on them).
LOCATION_ID = "0190a0b0-0000-7000-8000-0000000000c1"
PARTNER_ID = "0190a0b0-0000-7000-8000-0000000000c2"

def _report(year: int, **counts: Any) -> dict[str, Any]:
    """A published report of a quiet year: counts only (`counts` replace top-level fields)."""
    zero = {"total": 0}
    return {"year": year, "source": "vault",
            "clients": {**zero, "by_background": {}},
            "services": {"intake": 0, "uitgebreide_begeleiding": 0},
            "applications": {"guided": 0, "total": None, "share": None},
            "group_sessions": {**zero, "by_audience": {}},
            "remigrated_contacts": {**zero, "by_country": {}},
            "refugees": 0, "relation_contacts": 3, "locations": {"Eindhoven": 0},
            "previous_year": None, **counts}


REPORT = _report(2025)
KINDS = ("missing", "wrong_type", "out_of_range", "oversized", "control_chars")


def case_of(client_id: str) -> str:
    """The id the valid case row of `client_id` is created with: its events and deadline marks
    name it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"case/{client_id}"))


def valid_rows(client_id: str) -> dict[str, dict[str, Any]]:
    """One good row per entity, every column filled, in the form a row carries it; the case
    events and deadline marks name the case `case_of(client_id)`."""
    case_id = case_of(client_id)
    person = {"given_names": "Ayşe", "surname": "Öztürk", "birth_date": "1965-04-12",
              "bsn": "123456782", "country_of_birth": "TR", "nationalities": '["NL","TR"]',
              "arrival_date": "1987-09-01",
              "residence_permit": '{"number":"V123","type":"regulier","valid_until":"2030-01-01"}'}
    return {
        "clients": {**person, "given_names": "Işık",
                    "address": '{"city":"Eindhoven","house_number":"12","postcode":"5611 AB",'
                               '"street":"Markt"}',
                    "phone": "+31612345678", "email": "isik@example.org", "language": "tr",
                    "benefits": '[{"payer":"SVB","since":"2026-01-01","type":"AOW"}]',
                    "destination": '{"address":"Kayseri","country":"TR",'
                                   '"planned_departure":"2027-05-01"}',
                    "bank_abroad": '{"iban":"TR330006100519786457841326"}',
                    "declarations": '{"debts_to_state":false,"detention":false,'
                                    '"payment_arrangement":false}'},
        "household_members": {**person, "client_id": client_id, "role": "partner",
                              "co_migrates": 1},
        "contacts": {"client_id": client_id, "date": "2026-03-02",
                     "location": "Stadskantoor Eindhoven", "kind": "intake",
                     "channel": "spreekuur", "topics": '["pensioenen","zorg"]',
                     "duration_minutes": 45, "language": "tr", "interpreter": 1,
                     "location_id": LOCATION_ID},
        "notes": {"client_id": client_id, "text": "Gesprek over de aanvraag."},
        "follow_ups": {"client_id": client_id, "due_date": "2026-04-01",
                       "text": "Bellen na besluit SVB", "done_at": "2026-04-02T09:00:00.000+00:00"},
        "letters": {"client_id": client_id, "template_id": "aanvraag",
                    "template_title": "Aanvraag remigratie", "template_version": "2",
                    "template_hash": "a" * 64, "letter_date": "2026-03-02",
                    "data": '{"client":{"surname":"Öztürk"}}', "data_hash": "b" * 64,
                    "content_hash": "c" * 64},
        "eligibility_checks": {"client_id": client_id, "scheme": "remigratiewet",
                               "rules_version": "2026.1", "pack_hash": "d" * 64,
                               "data_hash": "e" * 64, "check_date": "2026-03-02",
                               "regime": "2026", "verdict": "incomplete",
                               "conditions": '[{"code":"leeftijd_onbekend","id":"leeftijd",'
                                             '"missing":["birth_date"],"outcome":"unknown"}]',
                               "consultant": "anouk"},
        "cases": {"client_id": client_id, "scheme": "remigratiewet", "opened_at": "2026-03-02"},
        "case_events": {"case_id": case_id, "client_id": client_id, "kind": "ingediend",
                        "date": "2026-03-10"},
        "deadline_marks": {"deadline_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"d/{case_id}")),
                           "case_id": case_id, "client_id": client_id, "due": "2026-05-01",
                           "window_start": "2026-02-01",
                           "done_at": "2026-03-20T09:00:00.000+00:00"},
        "locations": {"name": "Stadskantoor Eindhoven", "city": "Eindhoven",
                      "kind": "gemeentehuis", "active_from": "2024-01-01",
                      "active_until": "2026-12-31"},
        "audiences": {"code": "eritrees", "label": "Eritrese gemeenschap"},
        "partners": {"name": "Gemeente Eindhoven", "kind": "gemeente", "city": "Eindhoven"},
        "relation_contacts": {"partner_id": PARTNER_ID, "date": "2026-03-04", "kind": "overleg",
                              "topics": '["samenwerking"]'},
        "group_sessions": {"date": "2026-02-12", "location_id": LOCATION_ID,
                           "audience": "turks", "partner_id": PARTNER_ID, "attendees": 23,
                           "language": "tr", "interpreter": 1,
                           "topics": '["remigratiewet"]'},
        "external_figures": {"year": 2026, "key": "applications_total", "value": 1480,
                             "source": "SVB jaarverslag"},
        "report_publications": {"year": 2025, "edition": 1, "sha256": digest(REPORT),
                                "snapshot": canonical(REPORT),
                                "published_at": "2026-01-15T10:00:00.000+00:00",
                                "published_by": "Anouk de Vries"},
    }


# Values outside the range or the vocabulary of a column (one or more per entity).
OUT_OF_RANGE: dict[str, list[tuple[str, Any]]] = {
    "clients": [("birth_date", "31-02-1999"), ("birth_date", "1999-02-31"),
                ("country_of_birth", "XX"), ("nationalities", '["XX"]'), ("phone", "bellen"),
                ("email", "geen"), ("address", '{"postcode":"0000 AA"}'),
                ("bank_abroad", '{"iban":"TR000006100519786457841326"}'),
                ("benefits", '{"type":"AOW"}'), ("declarations", '{"detention":"ja"}')],
    "household_members": [("role", "emperor"), ("co_migrates", 2), ("bsn", "123456789")],
    "contacts": [("date", "garbage"), ("kind", "gezellig"), ("channel", "duif"),
                 ("topics", '["ruzie"]'), ("duration_minutes", 0),
                 ("duration_minutes", 100_000)],
    "notes": [("amends", "geen-id"), ("text", "   ")],
    "follow_ups": [("due_date", "never"), ("done_at", "gisteren")],
    "letters": [("letter_date", "2026-13-01"), ("template_hash", "xyz"), ("data", "[1,")],
    "eligibility_checks": [("verdict", "misschien"), ("verdict", ""),
                           ("check_date", "2026-02-30"), ("pack_hash", "xyz"),
                           ("conditions", "[1,2]"), ("conditions", '{"id":"leeftijd"}'),
                           ("conditions", '[{"id":"leeftijd","outcome":"ja"}]'),
                           ("conditions", "[{"), ("consultant", "   ")],
    "cases": [("scheme", ""), ("opened_at", "gisteren"), ("opened_at", "2026-02-29")],
    "case_events": [("kind", "verhuisd"), ("kind", ""), ("date", "2026-02-30"),
                    ("date", "10-03-2026"), ("case_id", "geen-id"),
                    ("changed_fields", '["destination"]'),  # the event is no change
                    ("changed_fields", '["salaris"]'), ("changed_fields", '"address"')],
    "deadline_marks": [("due", "2026-13-01"), ("due", " "), ("window_start", "2026-05-02"),
                       ("done_at", "gisteren"), ("done_at", "2026-03-20"),
                       ("deadline_id", "geen-id"), ("reopens", "geen-id")],
    "locations": [("kind", "kerk"), ("active_from", "2024-02-30"), ("name", "123456782"),
                  ("city", "bel 0612345678"), ("active_until", "morgen")],
    "audiences": [("code", "Eritrees!"), ("label", "info@example.org")],
    "partners": [("kind", "vereniging"), ("name", "   "), ("city", "NL91ABNA0417164300")],
    "relation_contacts": [("partner_id", "geen-id"), ("kind", "gezellig"),
                          ("topics", '["mail a.jansen@example.org"]'), ("topics", '"overleg"'),
                          ("date", "2026-13-01")],
    "group_sessions": [("attendees", 0), ("attendees", 10_001), ("audience", "Turks"),
                       ("location_id", "De Kroon"), ("interpreter", 2),
                       ("topics", '["06-12345678"]')],
    "external_figures": [("year", 1066), ("value", -1), ("key", "Applications Total"),
                         ("source", "")],
    # A snapshot with a person in it, of another year, or not adding up; a hash that is not
    # the snapshot's.
    "report_publications": [
        ("snapshot", canonical(_report(2025, clients={"total": 1, "by_background": {"TR": 1},
                                                      "names": ["Işık Öztürk"]}))),
        ("snapshot", canonical(_report(2025, refugees=1))),
        ("snapshot", canonical(_report(2024))), ("snapshot", "{}"), ("snapshot", "[1,2]"),
        ("sha256", "0" * 64), ("sha256", "xyz"), ("edition", 0), ("year", 1066),
        ("published_at", "gisteren"), ("published_by", "   ")],
}
# The column each entity gets its 1,000,000-character value in.
OVERSIZED = {"clients": "given_names", "household_members": "surname", "contacts": "location",
             "notes": "text", "follow_ups": "text", "letters": "template_title",
             "eligibility_checks": "consultant", "cases": "scheme", "case_events": "kind",
             "deadline_marks": "due", "locations": "name", "audiences": "label",
             "partners": "city", "relation_contacts": "kind", "group_sessions": "language",
             "external_figures": "source", "report_publications": "published_by"}


@dataclass(frozen=True)
class Bad:
    entity: str
    kind: str
    column: str
    fields: dict[str, Any]


def _wrong_type(column: str) -> Any:
    return "veel" if column in NUMBER_COLUMNS else 12345


def _with_nul(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(("{", "[")):
        return value[:-1] + "\x00" + value[-1:]  # inside the JSON text, not escaped
    return f"{value}\x00"


def corpus(client_id: str) -> list[Bad]:
    """Every entity × every kind of break, each variant breaking exactly one column."""
    out = []
    for entity, good in valid_rows(client_id).items():
        for column in REQUIRED[entity]:
            out.append(Bad(entity, "missing", column,
                           {k: v for k, v in good.items() if k != column}))
        for column in ENTITIES[entity]:
            if column != "client_id":  # a non-id client reference is the protocol's "invalid"
                out.append(Bad(entity, "wrong_type", column,
                               {**good, column: _wrong_type(column)}))
        for column, value in OUT_OF_RANGE[entity]:
            out.append(Bad(entity, "out_of_range", column, {**good, column: value}))
        out.append(Bad(entity, "oversized", OVERSIZED[entity],
                       {**good, OVERSIZED[entity]: HUGE}))
        for column in ENTITIES[entity]:
            if column not in NUMBER_COLUMNS and column != "client_id":
                out.append(Bad(entity, "control_chars", column,
                               {**good, column: _with_nul(good.get(column, client_id))}))
    return out


@dataclass(frozen=True)
class BadChange:
    """A change to a stored row of `entity` (created from its valid row) that must be refused
    with `reason` (and, for "invalid_row", naming `column`)."""

    entity: str
    op: str
    fields: dict[str, Any]
    reason: str
    column: str | None = None


def bad_changes(other_client_id: str, other_case_id: str) -> list[BadChange]:
    """Changes of the new synced rows that break the rules on changing: a row moved to another
    client or case, an append-only row (an eligibility check, a deadline mark) edited or
    deleted, an edit that breaks a row rule. `other_*` name a live client and case of the
    same team, so only the rule on changing refuses the move."""
    return [
        BadChange("cases", "update", {"client_id": other_client_id}, "immutable_field"),
        BadChange("case_events", "update", {"case_id": other_case_id}, "immutable_field"),
        BadChange("case_events", "update", {"client_id": other_client_id}, "immutable_field"),
        BadChange("deadline_marks", "update", {"done_at": "2026-03-21T09:00:00.000+00:00"},
                  "append_only"),
        BadChange("deadline_marks", "delete", {}, "append_only"),
        BadChange("eligibility_checks", "update", {"verdict": "eligible"}, "append_only"),
        BadChange("eligibility_checks", "delete", {}, "append_only"),
        BadChange("case_events", "update", {"kind": "verhuisd"}, "invalid_row", "kind"),
        BadChange("case_events", "update", {"date": ""}, "invalid_row", "date"),
        BadChange("cases", "update", {"opened_at": "2026-02-30"}, "invalid_row", "opened_at"),
        BadChange("cases", "update", {"scheme": "  "}, "invalid_row", "scheme"),
    ]


def plant(registry, team_name: str, rows: list[tuple[str, str, str, dict]]) -> None:
    """Rows written straight into the registry's database (an older registry accepted them),
    each with the next sequence number, as a push would."""
    (head,) = registry.sql("SELECT value FROM counters WHERE name = 'seq'")[0]
    now = "2026-03-02T10:00:00.000+00:00"
    for i, (entity, row_id, client_id, fields) in enumerate(rows, start=1):
        registry.execute(
            "INSERT INTO records (row_id, entity, team, client_id, version, deleted, fields, "
            "created_at, created_by, changed_at, changed_by, last_seq) "
            "VALUES (?, ?, ?, ?, 1, 0, ?, ?, 'oud', ?, 'oud', ?)",
            (row_id, entity, team_name, client_id, canonical(fields), now, now, head + i))
    registry.execute("UPDATE counters SET value = ? WHERE name = 'seq'", (head + len(rows),))
