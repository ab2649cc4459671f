"""The shapes of the registry's API (core.sync.protocol) as pydantic models, so that requests are
checked before any code sees them and /openapi.json describes every body exactly.

Text that reaches the database is plain (no NUL, which PostgreSQL cannot store; no lone
surrogates, which UTF-8 cannot encode); numbers are finite, integers within ±(2**53 - 1), which
every JSON reader and every device's SQLite holds exactly. Anything else is refused with 422
before it can become a server error.
"""

from __future__ import annotations

import typing
from typing import Annotated, Any, Literal

import typing_extensions
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from consultant_app.core.reports import shape
from consultant_app.core.sync.protocol import (
    MAX_AUDIT, MAX_BATCH, MAX_VALUE_CHARS, OPS, REJECT_REASONS, STATUS_APPLIED, STATUS_CONFLICT,
    STATUS_DUPLICATE, STATUS_MERGED, STATUS_REJECTED,
)

# Integers are kept to the range JSON tools agree on (IEEE doubles hold them exactly): far more
# than any sequence, version or count, and inside the 64 bits of every SQLite and PostgreSQL.
SAFE_INT = 2**53 - 1


def _plain_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text holds a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode") from None
    return value


# The rule as the OpenAPI description can spell it: no NUL. (Lone surrogates only come from
# "\ud800"-style escapes; pydantic's regex engine cannot name them, so _plain_text checks both.)
PLAIN_TEXT = r"^[^\u0000]*$"


def text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[str, Field(min_length=min_length, max_length=max_length,
                                json_schema_extra={"pattern": PLAIN_TEXT}),
                     AfterValidator(_plain_text)]


Id = text(64, 1)
Name = text(200, 1)
OptionalName = text(200)
Password = text(1024, 1)
Token = text(200, 1)
Moment = text(64, 1)
Action = text(32, 1)
Detail = text(2000)
def _safe_integer(value: Any) -> Any:
    # Checked before the union: pydantic would otherwise read a too large integer as a float.
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INT:
        raise ValueError("integer out of range")
    return value


Value = Annotated[Annotated[str, Field(max_length=MAX_VALUE_CHARS)] | bool
                  | Annotated[int, Field(ge=-SAFE_INT, le=SAFE_INT)]
                  | Annotated[float, Field(allow_inf_nan=False)] | None,
                  BeforeValidator(_safe_integer)]
Fields = dict[Annotated[str, Field(max_length=64)], Value]
Seq = Annotated[int, Field(ge=0, le=SAFE_INT)]


def _json_integer(value: Any) -> Any:
    # A JSON integer, as JSON Schema means it (1899.0 is one); pydantic's lax mode would also
    # read `true` or "7" as a number. (Query strings stay lax: there every value is text.)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("not an integer")
    return value


BodySeq = Annotated[Seq, BeforeValidator(_json_integer)]


class ErrorBody(BaseModel):
    """Every refusal: a stable code the device translates (and, for some, a detail)."""

    code: str
    server_protocol: int | None = None
    fields: list[str] | None = None


class LoginRequest(BaseModel):
    user: Name
    password: Password
    device_id: Id
    device_name: OptionalName


class LoginResponse(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    user: str
    team: str
    demo: bool = Field(False, description="the registry holds synthetic people only (a demo); "
                       "a device treats a missing field as false")


class TokenRequest(BaseModel):
    refresh_token: Token


class TokenResponse(BaseModel):
    access_token: str
    expires_in: int
    user: str
    team: str
    demo: bool = Field(False, description="the registry holds synthetic people only (a demo); "
                       "a device treats a missing field as false")


class Me(BaseModel):
    user: str
    team: str


class Health(BaseModel):
    protocol: int
    service: str
    version: str
    demo: bool = Field(False, description="the registry holds synthetic people only (a demo); "
                       "a device treats a missing field as false")


class Change(BaseModel):
    """One outbox entry. Entity, ids and columns are checked per change (a bad one is rejected
    as "invalid" and the rest of the batch still applies)."""

    change_id: Id
    entity: Id
    row_id: Id
    op: Literal[OPS]  # type: ignore[valid-type]
    base_version: BodySeq | None = None
    fields: Fields = {}
    base: Fields = {}


class AuditEntry(BaseModel):
    """One line of a device's access log (core.vault.audit.AuditEntry)."""

    id: Id
    at: Moment
    actor: Name
    on_behalf_of: OptionalName | None = None
    client_id: Id | None = None
    action: Action
    device_id: Id
    detail: Detail | None = None


class PushRequest(BaseModel):
    device_id: Id
    changes: Annotated[list[Change], Field(max_length=MAX_BATCH)]
    audit: Annotated[list[AuditEntry], Field(max_length=MAX_AUDIT)] = []


class Conflict(BaseModel):
    field: str
    base: Value
    mine: Value
    theirs: Value


class Result(BaseModel):
    change_id: str
    status: Literal[STATUS_APPLIED, STATUS_MERGED, STATUS_CONFLICT,  # type: ignore[valid-type]
                    STATUS_DUPLICATE, STATUS_REJECTED]
    seq: int | None
    version: int | None
    reason: Literal[REJECT_REASONS] | None  # type: ignore[valid-type]
    conflicts: list[Conflict]
    # For a duplicate: what became of the change the first time (applied, merged, conflict).
    original_status: Literal[STATUS_APPLIED, STATUS_MERGED,  # type: ignore[valid-type]
                             STATUS_CONFLICT] | None = None
    # For an "invalid_row" refusal: the column and the rule it broke (never the value).
    field: str | None = None
    problem: str | None = None


class PushResponse(BaseModel):
    results: list[Result]
    audit_accepted: int
    audit_refused: int = 0  # entries about a client of another team, not kept


class Row(BaseModel):
    seq: int
    entity: str
    row_id: str
    client_id: str
    version: int
    deleted: bool
    fields: dict[str, Value]
    created_at: str
    created_by: str
    changed_at: str
    changed_by: str


class Page(BaseModel):
    rows: list[Row]
    next: int
    more: bool


class EntitySummary(BaseModel):
    count: int
    checksum: str


class Summary(BaseModel):
    head: int
    entities: dict[str, EntitySummary]


def _for_pydantic(kind: Any) -> Any:
    """A TypedDict of core.reports.shape as pydantic reads one on Python 3.11 (the
    typing_extensions kind), nested ones and their unions and dicts included: the report's
    shape is declared there, once, and described here in the API from it."""
    if typing.is_typeddict(kind):
        hints = typing.get_type_hints(kind)
        return typing_extensions.TypedDict(kind.__name__, {
            name: _for_pydantic(hint) for name, hint in hints.items()})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is dict:
        return dict[_for_pydantic(args[0]), _for_pydantic(args[1])]  # type: ignore[misc]
    if args:  # a union (X | None)
        return typing.Union[tuple(_for_pydantic(arg) for arg in args)]
    return kind


AnnualReport = _for_pydantic(shape.AnnualReport)


class TeamReports(BaseModel):
    """Every team's annual report for a coordinator: counts only, per team (null for a team
    that registered nothing that year)."""

    year: int
    source: str
    teams: dict[str, AnnualReport | None]
