"""Deadlines derived from a case: the pack's declared deadline rules applied to the case's
events and the client file, deterministically, so two laptops holding the same synced facts
derive the same deadlines with the same ids. Nothing is stored: when an anchor moves (an
event's date, the planned departure), the derived deadline moves with it and keeps its id.

A deadline's id is a UUIDv5 of the case, the rule and the rule's anchor (not the anchor's date):
the one name a later done-state can point at. Derived here: `after_event` (an event's date plus
the offset: `vertrek_uiterlijk`, `terugkeer_termijn`) and `window_before` (a client-file date
plus the offset, opening `window` before it: `brp_uitschrijven`). Not yet derived: `after_change`
(reporting a change to the SVB) and `cycle` (life certificates).

A deadline is `open` until it is marked done (a synced row of its own, core.vault.deadline_marks);
a done deadline keeps the due date and window it had when it was marked, whatever its anchor does
later ("deadlines already done stay as they were").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain.dates import add_months
from consultant_app.core.cases.states import state_after
from consultant_app.core.domain.records import Case, DeadlineMark
from consultant_app.core.rules.pack import DeadlineRule, Pack

# The namespace of derived deadline ids: changing it would rename every deadline on every laptop.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "consultant-app/derived-deadline")
OPEN = "open"
DONE = "done"
_OFFSET = re.compile(r"^(-?[0-9]{1,4}) (day|week|month|year)s?$")


@dataclass(frozen=True)
class Deadline:
    id: str
    kind: str           # the rule's id: vertrek_uiterlijk, brp_uitschrijven, ...
    due: dt.date
    window_start: dt.date | None
    rule: str           # how it follows: anchor and offset
    source: str
    uncertain: bool
    status: str = OPEN
    done_at: str | None = None  # when it was marked done (UTC), for a done deadline

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "due": self.due.isoformat(),
                "window_start": self.window_start and self.window_start.isoformat(),
                "rule": self.rule, "source": self.source, "uncertain": self.uncertain,
                "status": self.status, "done_at": self.done_at}

    def marked(self, mark: DeadlineMark) -> Deadline:
        """This deadline as it was when it was marked done."""
        window = mark.window_start and dt.date.fromisoformat(mark.window_start)
        return dataclasses.replace(self, due=dt.date.fromisoformat(mark.due),
                                   window_start=window, status=DONE, done_at=mark.done_at)


def deadline_id(case_id: str, rule_id: str, anchor: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{case_id}\n{rule_id}\n{anchor}"))


def shift(day: dt.date, offset: str) -> dt.date:
    """`day` moved by a pack offset ("6 months", "-5 days", "1 year"); months and years clamp
    to the month's end (2024-08-31 + 6 months = 2025-02-28)."""
    match = _OFFSET.match(offset.strip())
    if match is None:
        raise ValueError(f"not an offset: {offset!r}")  # the lint refuses such a pack
    count, unit = int(match.group(1)), match.group(2)
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    return add_months(day, count * (12 if unit == "year" else 1))


def anchor_date(rule: DeadlineRule, case: Case,
                client_fields: Mapping[str, Any]) -> dt.date | None:
    """The date a rule counts from: the case's (last) event of the anchor's kind, or a date in
    the client file (a dotted path into its JSON: destination.planned_departure)."""
    source, _, name = rule.anchor.partition(":")
    found: Any = None
    if source == "event":
        found = next((e.date for e in reversed(case.events) if e.kind == name), None)
    elif source == "field":
        found = client_fields
        for part in name.split("."):
            found = found.get(part) if isinstance(found, Mapping) else None
    if isinstance(found, dt.date):
        return found
    try:
        return dt.date.fromisoformat(found) if isinstance(found, str) else None
    except ValueError:
        return None


# A refused or withdrawn application leaves no duty behind: nothing is due under the scheme.
NO_DEADLINES = frozenset({"afgewezen", "ingetrokken"})


def derive(case: Case, pack: Pack, client_fields: Mapping[str, Any],
           marks: Mapping[str, DeadlineMark] | None = None) -> list[Deadline]:
    """The deadlines that follow from the case and the client file, by due date (then kind);
    one with a mark in `marks` (by deadline id) is done, as it was when marked. A rule counts
    when it is in force on its anchor's date; a refused or withdrawn case has none."""
    marks = marks or {}
    if state_after(e.kind for e in case.events) in NO_DEADLINES:
        return []
    found = []
    for rule in pack.deadlines:
        if rule.kind not in ("after_event", "window_before"):
            continue
        anchor = anchor_date(rule, case, client_fields)
        if anchor is None or not rule.period.contains(anchor):
            continue
        window = shift(anchor, rule.window) if rule.kind == "window_before" and rule.window \
            else None
        deadline = Deadline(
            deadline_id(case.id, rule.id, rule.anchor), rule.id, shift(anchor, rule.offset),
            window, f"{rule.anchor} + {rule.offset}", rule.source, rule.uncertain)
        mark = marks.get(deadline.id)
        found.append(deadline.marked(mark) if mark else deadline)
    return sorted(found, key=lambda d: (d.due, d.kind))
