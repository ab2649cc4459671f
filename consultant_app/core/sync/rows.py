"""The rules a synced row must keep, one definition for both sides: the registry refuses a pushed
change that breaks them, and a laptop sets aside a pulled row that breaks them.

The rules are the laptop's own domain rules (core.domain.model and validation: names, dates,
countries, vocabularies, lengths), applied to values in the form a row carries them: text as
text, nested parts as the JSON text the column holds, yes/no as 0/1. On top of them, every text
is in NFC and holds no control characters but tab and line breaks, and no value is larger than
its column allows; a required column holds more than blanks. A problem names the column and the
rule that failed, never the value.

Rows that name a case (case events, deadline marks) belong to the case's client: `case_problem`
is that rule, judged where the case is known (the registry on a push, a laptop on a pull).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain import model
from consultant_app.core.domain import office
from consultant_app.core.domain import validation as v
from consultant_app.core.domain.model import Role
from consultant_app.core.domain.vocabulary import (
    CASE_CHANGE, CASE_EVENT_KINDS, OUTCOMES, VERDICTS,
)
from consultant_app.core.errors import ReportError, ValidationError, ValidationErrors
from consultant_app.core.reports import publication
from consultant_app.core.reports.shape import validate_report
from consultant_app.core.sync.protocol import MAX_VALUE_CHARS, REQUIRED, UUID

Check = Callable[[str, Any], Any]

JSON_MAX_CHARS = 100_000   # an address, permit, benefits list... as JSON text
# Any other text column: well above the longest a rule allows (a note), so a huge value is
# named too long before its column's own rule (a vocabulary, a date, an id) reads it.
TEXT_MAX_CHARS = 100_000
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LAYOUT = frozenset("\t\n\r")
BOOLEAN_COLUMNS = frozenset({"co_migrates", "interpreter"})  # stored as 0/1
# every other column holds text
NUMBER_COLUMNS = BOOLEAN_COLUMNS | {"duration_minutes", "attendees", "year", "value", "edition"}
MAX_EDITION = 1000  # publications of one year


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be stored: the column and the rule (a validation code)."""

    field: str
    problem: str


def _uuid(field: str, value: Any) -> str:
    if not isinstance(value, str) or not UUID.fullmatch(value):
        raise ValidationError("bad_id", field=field)
    return value


def _stored_boolean(field: str, value: Any) -> bool:
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    raise ValidationError("wrong_type", field=field, expected="true/false")


def _sha256(field: str, value: Any) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise ValidationError("wrong_type", field=field, expected="sha256")
    return value


def _json_object(field: str, value: Any) -> dict:
    if not isinstance(value, dict):
        raise ValidationError("wrong_type", field=field, expected="a JSON object")
    return value


def _json_list(field: str, value: Any) -> list:
    if not isinstance(value, list):
        raise ValidationError("wrong_type", field=field, expected="a JSON list")
    return value


def _condition_outcomes(field: str, value: Any) -> list:
    """A kept check's conditions: a list of {id, outcome, ...} (core.rules.checks.outcomes)."""
    for item in _json_list(field, value):
        if (not isinstance(item, dict) or not isinstance(item.get("id"), str)
                or not item["id"].strip() or item.get("outcome") not in OUTCOMES):
            raise ValidationError("wrong_type", field=field, expected="condition outcomes")
        model.short_text(field, item["id"])
    return value


def _edition(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_EDITION:
        raise ValidationError("number_range", field=field, low=1, high=MAX_EDITION)
    return value


def _report(field: str, value: Any) -> dict:
    """A published report: the documented shape (counts only; a person's field is unknown)."""
    try:
        return validate_report(value)
    except ReportError:
        raise ValidationError("not_a_report", field=field) from None


_CLIENT_ID: dict[str, Check] = {"client_id": _uuid}
RULES: dict[str, dict[str, Check]] = {
    "clients": {**model.CLIENT_FIELDS, "bank_abroad": _json_object},  # see _bank_abroad
    "household_members": {**_CLIENT_ID, "role": model.one_of(tuple(r.value for r in Role)),
                          **model.MEMBER_FIELDS, "co_migrates": _stored_boolean},
    "contacts": {**_CLIENT_ID, **model.CONTACT_FIELDS, "interpreter": _stored_boolean},
    "notes": {**_CLIENT_ID, "amends": _uuid,
              "text": lambda field, value: model.parse_note_text(value)},
    "follow_ups": {**_CLIENT_ID, "due_date": v.date_value,
                   "text": lambda field, value: model.parse_follow_up_text(value),
                   "done_at": v.timestamp},
    "letters": {**_CLIENT_ID, "template_id": model.short_text,
                "template_title": model.short_text, "template_version": model.short_text,
                "template_hash": _sha256, "letter_date": v.date_value, "data": _json_object,
                "data_hash": _sha256, "content_hash": _sha256},
    "eligibility_checks": {**_CLIENT_ID, "scheme": model.short_text,
                           "rules_version": model.short_text, "pack_hash": _sha256,
                           "data_hash": _sha256, "check_date": v.date_value,
                           "regime": model.short_text, "verdict": model.one_of(VERDICTS),
                           "conditions": _condition_outcomes, "consultant": model.short_text},
    "cases": {**_CLIENT_ID, "scheme": model.short_text, "opened_at": v.date_value},
    "case_events": {**_CLIENT_ID, "case_id": _uuid, "kind": model.one_of(CASE_EVENT_KINDS),
                    "date": v.date_value, "changed_fields": model.change_fields},
    "deadline_marks": {**_CLIENT_ID, "deadline_id": _uuid, "case_id": _uuid,
                       "due": v.date_value, "window_start": v.date_value,
                       "done_at": v.timestamp, "reopens": _uuid},
    **{entity: dict(spec) for entity, (spec, _) in office.SPECS.items()},
    "report_publications": {"year": office.FIGURE_FIELDS["year"], "edition": _edition,
                            "sha256": _sha256, "snapshot": _report,
                            "published_at": v.timestamp, "published_by": model.short_text},
}
RULES["group_sessions"]["interpreter"] = _stored_boolean
# Columns holding JSON text; a letter's data is the one large value a row holds.
JSON_COLUMNS = frozenset(model.JSON_COLUMNS | {"data", "conditions", "snapshot",
                                                "changed_fields"})
# Rows that name a case beside its client: the case must be of the same client.
CASE_ROWS = frozenset({"case_events", "deadline_marks"})


# What applying a pulled row reads beside its fields, with the type it must have.
ROW_KEYS = {"row_id": str, "entity": str, "version": int, "deleted": bool, "fields": dict,
            "created_at": str, "created_by": str, "changed_at": str, "changed_by": str}


def pulled_row_problem(row: Any) -> RowProblem | None:
    """Why this device cannot store a row a pull brought (an older registry let it in, or a
    newer app wrote it), or None. A tombstone needs only its bookkeeping."""
    if not isinstance(row, dict):
        return RowProblem("row", "wrong_type")
    for key, kind in ROW_KEYS.items():
        value = row.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return RowProblem(key, "wrong_type")
    if not UUID.fullmatch(row["row_id"]):
        return RowProblem("row_id", "bad_id")
    if row["entity"] not in RULES:
        return RowProblem("entity", "unknown_entity")
    if row["deleted"]:
        return None
    return row_problem(row["entity"], row["fields"])


def row_problem(entity: str, values: Mapping[str, Any],
                columns: Iterable[str] | None = None, *, whole: bool = True) -> RowProblem | None:
    """The first broken rule of a row of `entity`, or None. `values` is the row as it would be
    stored; only `columns` are checked (all by default), the others give context (the
    destination country of a foreign bank account). `whole`: the required columns must be
    there (a create, a pulled row)."""
    if entity not in RULES:
        return RowProblem("entity", "unknown_entity")
    rules = RULES[entity]
    if any(key not in rules for key in values):
        return RowProblem("fields", "unknown_field")  # the key itself is not repeated
    if whole:
        for column in REQUIRED[entity]:
            if values.get(column) is None:
                return RowProblem(column, "required")
    for column in (values if columns is None else columns):
        value = values.get(column)
        if value is None:
            continue
        try:
            _check(entity, column, value, values)
        except ValidationErrors as many:
            return RowProblem(column, many.errors[0].code if many.errors else "invalid")
        except ValidationError as one:
            return RowProblem(column, one.code)
    return None


def case_problem(entity: str, values: Mapping[str, Any],
                 case_client: str | None) -> RowProblem | None:
    """Why a row naming a case cannot belong to it: the case (of `case_client`) is another
    client's than the row's. None for other rows, and when the case's client is not known
    (None): whether the case exists is for the caller to judge."""
    if entity not in CASE_ROWS or case_client is None:
        return None
    if values.get("client_id") != case_client:
        return RowProblem("case_id", "case_of_other_client")
    return None


def _check(entity: str, column: str, value: Any, values: Mapping[str, Any]) -> None:
    """Raise the ValidationError of the first rule `value` breaks in `column`."""
    if column in JSON_COLUMNS:
        limit = MAX_VALUE_CHARS if column == "data" else JSON_MAX_CHARS
        value = _decoded(column, value, limit)
    elif column not in NUMBER_COLUMNS:
        if not isinstance(value, str):
            raise ValidationError("wrong_type", field=column, expected="text")
        _plain_text(column, value, TEXT_MAX_CHARS)
        if column in REQUIRED[entity] and not value.strip():
            raise ValidationError("required", field=column)
    if column == "bank_abroad":
        _bank_abroad(value, values)
    elif column in BOOLEAN_COLUMNS or value not in ("", [], {}):
        RULES[entity][column](column, value)
    if entity == "deadline_marks" and column == "window_start" and value:
        _window_before_due(value, values)
    if entity == "case_events" and column == "changed_fields" and value \
            and values.get("kind") != CASE_CHANGE:
        raise ValidationError("fields_only_on_change", field=column)
    if entity == "report_publications" and column == "snapshot":
        _snapshot_of_year(value, values)
    if entity == "report_publications" and column == "sha256":
        _hash_of_snapshot(value, values)
    _all_nfc(column, value)


def _decoded(column: str, value: Any, limit: int) -> Any:
    if not isinstance(value, str):
        raise ValidationError("wrong_type", field=column, expected="JSON text")
    _plain_text(column, value, limit)
    try:
        return json.loads(value)
    except ValueError:
        raise ValidationError("wrong_type", field=column, expected="JSON text") from None


def _plain_text(column: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError("too_long", field=column, max_len=limit)
    if v.has_control_chars(value, _LAYOUT):
        raise ValidationError("control_chars", field=column)


def _bank_abroad(value: Any, values: Mapping[str, Any]) -> None:
    """A foreign account is checked against the destination country the row holds."""
    destination = values.get("destination")
    try:
        country = (json.loads(destination) or {}).get("country") if isinstance(
            destination, str) else None
    except (ValueError, AttributeError):
        country = None
    v.bank_abroad("bank_abroad", value, country if isinstance(country, str) else None)


def _window_before_due(value: str, values: Mapping[str, Any]) -> None:
    """A deadline's window opens on or before its due date (core.cases.deadlines)."""
    try:
        due = v.date_value("due", values.get("due"))
    except ValidationError:
        return  # the due date's own rule names it
    if v.date_value("window_start", value) > due:
        raise ValidationError("window_after_due", field="window_start")


def _snapshot_of_year(report: dict, values: Mapping[str, Any]) -> None:
    """A publication's snapshot is the report of its year."""
    report = _report("snapshot", report)  # also an empty object, which the rule above skips
    try:
        year = office.FIGURE_FIELDS["year"]("year", values.get("year"))
    except ValidationError:
        return  # no year, or one its own rule names
    if report["year"] != year:
        raise ValidationError("publication_other_year", field="snapshot")


def _hash_of_snapshot(value: str, values: Mapping[str, Any]) -> None:
    """A publication's SHA-256 is that of its snapshot's canonical JSON (a snapshot that is no
    report is named by its own rule)."""
    try:
        report = json.loads(values["snapshot"])
        _snapshot_of_year(report, values)
    except (KeyError, TypeError, ValueError, ValidationError):
        return
    if publication.digest(report) != value:
        raise ValidationError("publication_hash_mismatch", field="sha256")


def _all_nfc(column: str, value: Any) -> None:
    """Every text in the value, also inside nested parts, in NFC (one spelling of a name)."""
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            raise ValidationError("not_nfc", field=column)
    elif isinstance(value, dict):
        for key, item in value.items():
            _all_nfc(column, key)
            _all_nfc(column, item)
    elif isinstance(value, list):
        for item in value:
            _all_nfc(column, item)
