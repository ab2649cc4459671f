"""The office's own registration as fields and their rules: spreekuur locations, partner
organisations, relation contacts with them, group information sessions, the audiences an office
adds, and external figures a report compares with. None of these is about one person, and none
may hold a person's data: a text that looks like a BSN, a phone or account number or an e-mail
address is refused (`personal_data`), and unknown fields are refused anyway.

The specs map JSON keys onto columns one-to-one, like the client's (core.domain.model); the
sync row rules (core.sync.rows) apply the same parsers to what a row carries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from consultant_app.core.domain import validation as v
from consultant_app.core.domain.model import (  # the shared field parsers of the case file
    Parser, _boolean, _iso, _list_of, _parse_fields, one_of, short_text,
)
from consultant_app.core.domain.vocabulary import (
    LOCATION_KINDS, PARTNER_KINDS, RELATION_KINDS,
)
from consultant_app.core.errors import ValidationError, ValidationErrors
from consultant_app.core.ids import is_uuid

# What a person's data looks like inside a name or topic: an e-mail address; eight or more
# digits in a row, spaces, dots, dashes or slashes between them allowed (a BSN has 9 digits, a
# Dutch phone number 10, an account number more); an IBAN. A house number, a year or "2 uur"
# pass; a date written as 12-03-2026 has 8 digits and is refused too (dates have their field).
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_DIGITS = re.compile(r"\+?\d(?:[\s./-]?\d){7,}")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]){10,30}\b")
_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_TOPICS = 20
MAX_ATTENDEES = 10_000
MAX_FIGURE = 1_000_000_000


def looks_personal(text: str) -> bool:
    """True when `text` holds what looks like a person's number or address."""
    return bool(_EMAIL.search(text) or _DIGITS.search(text) or _IBAN.search(text))


def impersonal_text(f: str, value: Any) -> str:
    """A short text (a name, a city, a topic, a source) that holds no person's data."""
    text = short_text(f, value)
    if looks_personal(text):
        raise ValidationError("personal_data", field=f)
    return text


def row_id(f: str, value: Any) -> str:
    """A reference to another row: a canonical UUID."""
    if not is_uuid(value):
        raise ValidationError("bad_id", field=f)
    return value


def code(f: str, value: Any) -> str:
    """A stored code (an audience, a figure's key): lower-case letters, digits and _."""
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValidationError("code_format", field=f)
    return value


def _count(low: int, high: int) -> Parser:
    def parse(f: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError("number_range", field=f, low=low, high=high)
        return value
    return parse


_date = _iso(v.date_value)
TOPIC_LIST = _list_of(impersonal_text)

LOCATION_FIELDS: dict[str, Parser] = {
    "name": impersonal_text, "city": impersonal_text, "kind": one_of(LOCATION_KINDS),
    "active_from": _date, "active_until": _date,
}
PARTNER_FIELDS: dict[str, Parser] = {
    "name": impersonal_text, "kind": one_of(PARTNER_KINDS), "city": impersonal_text,
}
RELATION_FIELDS: dict[str, Parser] = {
    "partner_id": row_id, "date": _date, "kind": one_of(RELATION_KINDS), "topics": TOPIC_LIST,
}
# `audience` is checked against the vocabulary and the office's own audiences by the service;
# a synced row can only be held to the shape of a code.
GROUP_SESSION_FIELDS: dict[str, Parser] = {
    "date": _date, "location_id": row_id, "audience": code, "partner_id": row_id,
    "attendees": _count(1, MAX_ATTENDEES), "language": short_text, "interpreter": _boolean,
    "topics": TOPIC_LIST,
}
AUDIENCE_FIELDS: dict[str, Parser] = {"code": code, "label": impersonal_text}
FIGURE_FIELDS: dict[str, Parser] = {
    "year": _count(1900, 2200), "key": code, "value": _count(0, MAX_FIGURE),
    "source": impersonal_text,
}
# Per entity: its fields, and what a new one (typed in or imported) must bring.
SPECS: dict[str, tuple[dict[str, Parser], tuple[str, ...]]] = {
    "locations": (LOCATION_FIELDS, ("name", "city", "kind", "active_from")),
    "partners": (PARTNER_FIELDS, ("name", "kind", "city")),
    "relation_contacts": (RELATION_FIELDS, ("partner_id", "date", "kind")),
    "group_sessions": (GROUP_SESSION_FIELDS, ("date", "location_id", "audience", "attendees")),
    "audiences": (AUDIENCE_FIELDS, ("code", "label")),
    "external_figures": (FIGURE_FIELDS, ("year", "key", "value", "source")),
}


def parse(entity: str, data: Any, *, partial: bool = False) -> dict[str, Any]:
    """Validate a record of `entity` (all of it, or with `partial` only the fields being
    changed): every problem at once as `field: reason`."""
    spec, required = SPECS[entity]
    fields = _parse_fields(data, spec, required=() if partial else required)
    check_period(fields)
    return fields


def check_period(fields: Mapping[str, Any]) -> None:
    """A location is active until a date on or after the one it opened."""
    start, end = fields.get("active_from"), fields.get("active_until")
    if start and end and str(end) < str(start):
        raise ValidationErrors([ValidationError("until_before_from", field="active_until")])
