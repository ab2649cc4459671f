"""The case file's entities as dataclasses, and the one place that turns user JSON into them.

The JSON schema (English snake_case, documented in docs/schema.md) maps one-to-one onto columns:
scalar fields are stored as text, nested ones (address, residence_permit, benefits, destination,
bank_abroad, declarations) as JSON. `parse_*` validate every field and report all problems at
once as `field: reason`; they return plain column dicts ready for the repositories.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from consultant_app.core.domain import validation as v
from consultant_app.core.domain.vocabulary import CHANNELS, CONTACT_KINDS, TOPICS
from consultant_app.core.errors import ValidationError, ValidationErrors


class Role(str, Enum):
    PARTNER = "partner"
    CHILD = "child"


# -- field parsers ------------------------------------------------------------------------------
Parser = Callable[[str, Any], Any]


def _iso(parse: Callable[[str, Any], date]) -> Parser:
    return lambda f, value: parse(f, value).isoformat()


def _boolean(f: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError("wrong_type", field=f, expected="true/false")


def short_text(f: str, value: Any) -> str:
    return v.text(f, value, max_len=200)


def _long_text(f: str, value: Any) -> str:
    return v.text(f, value, max_len=2000)


def _positive_int(f: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 24 * 60:
        raise ValidationError("wrong_type", field=f, expected="minutes (1-1440)")
    return value


def _row_ref(f: str, value: Any) -> str:
    """A reference to another row (a contact's location): a canonical UUID."""
    from consultant_app.core.ids import is_uuid

    if not is_uuid(value):
        raise ValidationError("bad_id", field=f)
    return value


def one_of(choices: tuple[str, ...]) -> Parser:
    def parse(f: str, value: Any) -> str:
        if value not in choices:
            raise ValidationError("not_in_list", field=f, choices=", ".join(choices))
        return value
    return parse


def _list_of(item: Parser) -> Parser:
    def parse(f: str, value: Any) -> list:
        if not isinstance(value, list):
            raise ValidationError("wrong_type", field=f, expected="a list")
        return [item(f"{f}[{i}]", x) for i, x in enumerate(value)]
    return parse


def _object(spec: Mapping[str, Parser]) -> Parser:
    def parse(f: str, value: Any) -> dict:
        return _parse_fields(value, spec, prefix=f + ".", required=())
    return parse


PERMIT = {"type": short_text, "number": short_text, "valid_until": _iso(v.date_value)}
ADDRESS = {"street": short_text, "house_number": short_text, "postcode": v.postcode_nl,
           "city": short_text}
BENEFIT = {"type": short_text, "payer": short_text, "since": _iso(v.date_value)}
DESTINATION = {"country": v.country, "address": _long_text,
               "planned_departure": _iso(v.date_value)}
DECLARATIONS = {"debts_to_state": _boolean, "payment_arrangement": _boolean,
                "detention": _boolean}

PERSON_FIELDS: dict[str, Parser] = {
    "given_names": v.name,
    "surname": v.name,
    "birth_date": _iso(v.birth_date_value),
    "bsn": v.bsn,
    "country_of_birth": v.country,
    "nationalities": _list_of(v.country),
    "arrival_date": _iso(v.date_value),
    "residence_permit": _object(PERMIT),
}
CLIENT_FIELDS: dict[str, Parser] = {
    **PERSON_FIELDS,
    "address": _object(ADDRESS),
    "phone": v.phone,
    "email": v.email,
    "language": short_text,
    "benefits": _list_of(_object(BENEFIT)),
    "destination": _object(DESTINATION),
    "bank_abroad": lambda f, value: value,  # needs the destination country: see parse_client
    "declarations": _object(DECLARATIONS),
}
MEMBER_FIELDS: dict[str, Parser] = {**PERSON_FIELDS, "co_migrates": _boolean}
# The top-level fields of a client file, the household's included: what a change to the file
# names (a `wijziging` case event, a scheme pack's `after_change` rule).
FILE_FIELDS: tuple[str, ...] = (*CLIENT_FIELDS, "partner", "children")


def change_fields(f: str, value: Any) -> list[str]:
    """The fields a change is about: a list of distinct FILE_FIELDS names (no values)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError("wrong_type", field=f, expected="a list of field names")
    for item in value:
        if item not in FILE_FIELDS:
            raise ValidationError("not_in_list", field=f, choices=", ".join(FILE_FIELDS))
    if len(set(value)) < len(value):
        raise ValidationError("duplicate_field", field=f)
    return value
CONTACT_FIELDS: dict[str, Parser] = {
    "date": _iso(v.date_value),
    "location": short_text,
    "location_id": _row_ref,  # the location record; `location` keeps its name as text
    "kind": one_of(CONTACT_KINDS),
    "channel": one_of(CHANNELS),
    "topics": _list_of(one_of(TOPICS)),
    "duration_minutes": _positive_int,
    "language": short_text,
    "interpreter": _boolean,
}
JSON_COLUMNS = {"nationalities", "residence_permit", "address", "benefits", "destination",
                "bank_abroad", "declarations", "topics"}
REQUIRED_PERSON = ("given_names", "surname", "birth_date")
REQUIRED_MEMBER = ("given_names", "surname")


def _parse_fields(data: Any, spec: Mapping[str, Parser], *, prefix: str = "",
                  required: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise ValidationError("wrong_type", field=prefix.rstrip(".") or "record",
                              expected="a JSON object")
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    failed: set[str] = set()
    for key, value in data.items():
        parser = spec.get(key)
        if parser is None:
            errors.append(ValidationError("unknown_field", field=prefix + key))
        elif value is None or value == "" or value == [] or value == {}:
            out[key] = None  # an empty value clears the field
        else:
            try:
                out[key] = parser(prefix + key, value)
            except ValidationErrors as many:
                errors += many.errors
                failed.add(key)
            except ValidationError as one:
                errors.append(one)
                failed.add(key)
    errors += [ValidationError("required", field=prefix + k) for k in required
               if out.get(k) is None and k not in failed]
    if errors:
        raise ValidationErrors(errors)
    return out


# -- parsing entry points -----------------------------------------------------------------------
MISSING: Any = object()


@dataclass
class ClientInput:
    """A validated client from JSON: column values plus the household parts, if given."""

    fields: dict[str, Any]
    partner: dict[str, Any] | None = MISSING  # MISSING: not mentioned; None: remove
    children: list[dict[str, Any]] | None = MISSING


def parse_client(data: Any, *, partial: bool = False, store_bsn: bool = True,
                 stored_destination_country: str | None = None) -> ClientInput:
    """Validate a client record (all of it, or with `partial` only the fields being changed)."""
    if not isinstance(data, Mapping):
        raise ValidationErrors([ValidationError("wrong_type", field="record",
                                                expected="a JSON object")])
    data = dict(data)
    partner, children = data.pop("partner", MISSING), data.pop("children", MISSING)
    errors: list[ValidationError] = []
    result = ClientInput(fields={})
    try:
        result.fields = _parse_fields(data, CLIENT_FIELDS,
                                      required=() if partial else REQUIRED_PERSON)
    except ValidationErrors as many:
        errors += many.errors
    if result.fields.get("bank_abroad") is not None:
        country = (result.fields.get("destination") or {}).get("country")
        try:
            result.fields["bank_abroad"] = v.bank_abroad(
                "bank_abroad", result.fields["bank_abroad"], country or stored_destination_country)
        except ValidationErrors as many:
            errors += many.errors
        except ValidationError as one:
            errors.append(one)
    if partner is not MISSING:
        result.partner = _collect(errors, lambda: parse_member(partner, "partner", partial))
    if children is not MISSING:
        result.children = _collect(errors, lambda: _parse_children(children, partial))
    errors += _bsn_policy(result, store_bsn)
    if errors:
        raise ValidationErrors(errors)
    return result


def _parse_children(children: Any, partial: bool) -> list[dict[str, Any]] | None:
    if children is None:
        return []
    if not isinstance(children, list):
        raise ValidationErrors([ValidationError("wrong_type", field="children",
                                                expected="a list")])
    errors: list[ValidationError] = []
    parsed = [_collect(errors, lambda c=c, i=i: parse_member(c, f"children[{i}]", partial))
              for i, c in enumerate(children)]
    if errors:
        raise ValidationErrors(errors)
    return parsed


def parse_member(data: Any, prefix: str, partial: bool = False) -> dict[str, Any] | None:
    """A partner or child; an `id` refers to an existing member when updating. In a partial
    update names may be left out: the service checks them when the member turns out new."""
    if data is None or data is False:
        return None
    if isinstance(data, Mapping) and "id" in data:
        member_id = data["id"]
        data = {k: val for k, val in data.items() if k != "id"}
    else:
        member_id = None
    fields = _parse_fields(data, MEMBER_FIELDS, prefix=prefix + ".",
                           required=() if member_id or partial else REQUIRED_MEMBER)
    if member_id is not None:
        fields["id"] = member_id
    return fields


def _bsn_policy(result: ClientInput, store_bsn: bool) -> list[ValidationError]:
    if store_bsn:
        return []
    places = [("bsn", result.fields)]
    if isinstance(result.partner, dict):
        places.append(("partner.bsn", result.partner))
    for i, child in enumerate(result.children if isinstance(result.children, list) else []):
        places.append((f"children[{i}].bsn", child))
    return [ValidationError("bsn_not_allowed", field=name)
            for name, fields in places if fields.get("bsn")]


MAX_NOTE_CHARS = 20_000


def parse_note_text(text: Any) -> str:
    """A note's text: free text in NFC, not empty."""
    text = v.text("text", text, max_len=MAX_NOTE_CHARS)
    if not text:
        raise ValidationError("required", field="text")
    return text


MAX_FOLLOW_UP_CHARS = 1000


def parse_follow_up_text(text: Any) -> str:
    """What a follow-up asks: free text in NFC, not empty."""
    text = v.text("text", text, max_len=MAX_FOLLOW_UP_CHARS)
    if not text:
        raise ValidationError("required", field="text")
    return text


def parse_contact(data: Any) -> dict[str, Any]:
    return _parse_fields(data, CONTACT_FIELDS, required=("date", "kind"))


def _collect(errors: list[ValidationError], parse: Callable[[], Any]) -> Any:
    try:
        return parse()
    except ValidationErrors as many:
        errors += many.errors
    except ValidationError as one:
        errors.append(one)
    return None


def check_dates(fields: Mapping[str, Any], prefix: str = "") -> list[ValidationError]:
    """Cross-field rules on a complete person: arrival cannot precede birth."""
    birth, arrival = fields.get("birth_date"), fields.get("arrival_date")
    if birth and arrival and arrival < birth:
        return [ValidationError("arrival_before_birth", field=prefix + "arrival_date")]
    return []


# -- storage <-> values -------------------------------------------------------------------------
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one, not one per call


def to_columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Values as stored: JSON text for nested values, 0/1 for booleans."""
    out = {}
    for key, value in fields.items():
        if key in JSON_COLUMNS and value is not None:
            out[key] = _ENCODER.encode(value)
        elif isinstance(value, bool):
            out[key] = int(value)
        else:
            out[key] = value
    return out


def from_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (json.loads(val) if k in JSON_COLUMNS and val is not None else val)
            for k, val in row.items()}


# -- entities -----------------------------------------------------------------------------------
def mask_bsn(bsn: str | None) -> str | None:
    """Shown in lists and search results: only the last three digits."""
    return None if not bsn else "******" + bsn[-3:]


@dataclass
class HouseholdMember:
    id: str
    role: Role
    given_names: str
    surname: str
    co_migrates: bool = False
    birth_date: str | None = None
    bsn: str | None = None
    country_of_birth: str | None = None
    nationalities: list[str] | None = None
    arrival_date: str | None = None
    residence_permit: dict | None = None
    version: int = 1

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


@dataclass
class Client:
    id: str
    given_names: str
    surname: str
    birth_date: str | None = None
    version: int = 1
    bsn: str | None = None
    country_of_birth: str | None = None
    nationalities: list[str] | None = None
    arrival_date: str | None = None
    residence_permit: dict | None = None
    address: dict | None = None
    phone: str | None = None
    email: str | None = None
    language: str | None = None
    benefits: list[dict] | None = None
    destination: dict | None = None
    bank_abroad: dict | None = None
    declarations: dict | None = None
    partner: HouseholdMember | None = None
    children: list[HouseholdMember] = field(default_factory=list)
    created_at: str | None = None
    changed_at: str | None = None
    changed_by: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


@dataclass(frozen=True)
class ClientSummary:
    """One line of a list or search result: never the full BSN."""

    id: str
    full_name: str
    birth_date: str | None
    bsn_masked: str | None


@dataclass(frozen=True)
class ClientPage:
    """A page of a search result, and how many clients the search found in all."""

    items: list[ClientSummary]
    total: int


@dataclass
class Contact:
    id: str
    client_id: str
    date: str
    kind: str
    location: str | None = None
    location_id: str | None = None
    channel: str | None = None
    topics: list[str] | None = None
    duration_minutes: int | None = None
    language: str | None = None
    interpreter: bool | None = None
    created_by: str | None = None


@dataclass
class Note:
    id: str
    client_id: str
    text: str
    created_at: str
    created_by: str
    amends: str | None = None
    amendments: list[Note] = field(default_factory=list)
