"""The records of a case file as the services hand them out and take them in: plain frozen
dataclasses, so that every face (the command line, the desktop, the registry's tests) can name them
without importing the vault that stores them (core/vault holds the SQL; this module holds none)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain.model import Role


@dataclass(frozen=True)
class Identity:
    """Who acts, on whose behalf, from which device: stamped on every change and audit entry."""

    consultant: str
    device_id: str
    device_name: str
    organisation: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str
    actor: str
    on_behalf_of: str | None
    client_id: str | None
    action: str
    device_id: str
    detail: str | None


@dataclass(frozen=True)
class NewHousehold:
    """A validated new client with partner and children, and the id asked for (if any)."""

    fields: Mapping[str, Any]
    members: Sequence[tuple[Role, Mapping[str, Any]]]
    client_id: str | None = None


@dataclass(frozen=True)
class NewNote:
    client_id: str
    text: str
    amends: str | None = None
    id: str | None = None  # given by an import line; else a new one


@dataclass
class FollowUp:
    id: str
    client_id: str
    due_date: str
    text: str
    done_at: str | None = None
    client_name: str | None = None


@dataclass(frozen=True)
class Letter:
    id: str
    client_id: str
    template_id: str
    template_title: str
    template_version: str
    template_hash: str
    letter_date: str
    data_hash: str
    content_hash: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class Conflict:
    id: str
    entity: str
    row_id: str
    client_id: str | None
    client_name: str | None
    field: str
    base: Any
    mine: Any
    theirs: Any
    detected_at: str


@dataclass(frozen=True)
class Rejected:
    change_id: str
    entity: str
    row_id: str
    client_id: str | None
    client_name: str | None  # None once the client is no longer on this device
    op: str
    reason: str
    rejected_at: str
    field: str | None = None  # the column an "invalid_row" refusal named


@dataclass(frozen=True)
class SetAside:
    entity: str
    row_id: str
    client_id: str | None
    field: str
    problem: str  # a validation code (too_long, control_chars...), never the value
    set_aside_at: str


@dataclass(frozen=True)
class StoredCheck:
    """An eligibility check as kept in the client file (core.vault.eligibility_checks)."""

    id: str
    client_id: str
    scheme: str
    rules_version: str
    pack_hash: str
    data_hash: str
    check_date: str
    regime: str
    verdict: str
    conditions: tuple[dict, ...]
    consultant: str
    created_at: str

    def as_dict(self) -> dict:
        return {**{k: getattr(self, k) for k in self.__dataclass_fields__},
                "conditions": list(self.conditions)}


@dataclass(frozen=True)
class CaseEvent:
    """A dated step of a case (kind: one of core.cases.states.KINDS)."""

    id: str
    case_id: str
    client_id: str
    kind: str
    date: str
    created_at: str
    created_by: str
    # For a `wijziging`: the top-level client-file fields it is about (names only), else ().
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeadlineMark:
    """A derived deadline marked done, with the due date (and window) it had then; or, with
    `reopens`, the taking back of such a mark (the mark's id), `done_at` then being when it was
    reopened."""

    deadline_id: str
    case_id: str
    client_id: str
    due: str
    window_start: str | None
    done_at: str
    created_by: str = ""
    reopens: str | None = None
    id: str = ""


@dataclass(frozen=True)
class Case:
    """A client's application under a scheme, with its events in order."""

    id: str
    client_id: str
    scheme: str
    opened_at: str
    created_at: str
    created_by: str
    events: tuple[CaseEvent, ...] = ()


@dataclass(frozen=True)
class NewCase:
    """A case to write at once with its events (kind, ISO date) in order, and the id asked for
    (if any): the path of a bulk write such as the demo's."""

    client_id: str
    scheme: str
    opened_at: str
    events: tuple[tuple[str, str], ...] = ()
    case_id: str | None = None
