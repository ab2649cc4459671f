"""Deadlines derived from a case: the pack's declared deadline rules applied to the case's
events and the client file, deterministically, so two laptops holding the same synced facts
derive the same deadlines with the same ids. Nothing is stored: when an anchor moves (an
event's date, the planned departure), the derived deadline moves with it and keeps its id.

A deadline's id is a UUIDv5 of the case, the rule and the rule's anchor (not the anchor's date;
for a change or a cycle, the event it counts from): the one name a later done-state can point
at. The kinds (core.rules.pack.DeadlineRule):

- `after_event`: an event's date plus the offset (`vertrek_uiterlijk`, `terugkeer_termijn`);
- `window_before`: a client-file date plus the offset, opening `window` before it
  (`brp_uitschrijven`);
- `after_change`: one deadline for each `wijziging` event recorded while the case was in one
  of the rule's states (4 weeks in the Netherlands, 6 abroad);
- `cycle`: the last life certificate received (before the first: the departure) plus the
  office's cycle, while the benefit runs abroad; receiving one starts the next.

A deadline is `open` until it is met or marked done. It is met by the rule's `met_by` event
(leaving meets the departure deadline; done on that event's date), or marked done by hand (a
synced row of its own, core.vault.deadline_marks); a marked deadline keeps the due date and
window it had when it was marked, whatever its anchor does later ("deadlines already done stay
as they were"). A mark made by mistake is taken back by reopening (another row, naming the
mark): the deadline is then derived as if never marked, open (or overdue) again.

An `after_change` deadline carries the fields its `wijziging` event names (what to report),
and its title names them in words ("Wijziging melden aan de SVB (...): vertrek, partner").
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
from consultant_app.core.cases.states import OPEN as OPEN_STATE, advance, state_after
from consultant_app.core.domain.records import Case, CaseEvent, DeadlineMark
from consultant_app.core.letters.catalogue import file_field_word
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
    done_at: str | None = None  # when it was met or marked done (a date or a UTC time)
    title: dict[str, str] = dataclasses.field(default_factory=dict, compare=False)
    term: bool = False  # a period that ends, not a duty: past its date it expired
    fields: tuple[str, ...] = ()  # an after_change deadline: the changed fields to report
    by_hand: bool = False  # done by a mark (which reopening takes back), not by an event

    def overdue(self, today: dt.date) -> bool:
        """An open duty past its date (a term past its date has simply expired)."""
        return self.status == OPEN and not self.term and self.due < today

    def title_in(self, lang: str) -> str:
        """The words for this deadline ("Uiterlijk vertrekken"), or its rule id; for a change
        to report, followed by the fields it is about (": vertrek, partner")."""
        title = self.title.get(lang) or self.title.get("en") or self.kind
        return f"{title}: {field_words(self.fields, lang)}" if self.fields else title

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "due": self.due.isoformat(),
                "window_start": self.window_start and self.window_start.isoformat(),
                "rule": self.rule, "source": self.source, "uncertain": self.uncertain,
                "status": self.status, "done_at": self.done_at, "title": dict(self.title),
                "term": self.term, "fields": list(self.fields), "by_hand": self.by_hand}

    def marked(self, mark: DeadlineMark) -> Deadline:
        """This deadline as it was when it was marked done."""
        window = mark.window_start and dt.date.fromisoformat(mark.window_start)
        return dataclasses.replace(self, due=dt.date.fromisoformat(mark.due),
                                   window_start=window, status=DONE, done_at=mark.done_at,
                                   by_hand=True)


def field_words(fields: tuple[str, ...] | list[str], lang: str) -> str:
    """Changed client-file fields as words, in the order given: "vertrek, partner"."""
    return ", ".join(file_field_word(field, lang) for field in fields)


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


def _event_kind(anchor: str) -> str | None:
    source, _, name = anchor.partition(":")
    return name if source == "event" and name else None


def _last_event(case: Case, kind: str | None) -> CaseEvent | None:
    return next((e for e in reversed(case.events) if e.kind == kind), None)


def anchor_date(rule: DeadlineRule, case: Case,
                client_fields: Mapping[str, Any]) -> dt.date | None:
    """The date a rule counts from: the case's (last) event of the anchor's kind, or a date in
    the client file (a dotted path into its JSON: destination.planned_departure)."""
    source, _, name = rule.anchor.partition(":")
    found: Any = None
    if source == "event":
        event = _last_event(case, name)
        found = event and event.date
    elif source == "field":
        found = client_fields
        for part in name.split("."):
            found = found.get(part) if isinstance(found, Mapping) else None
    return _as_date(found)


def _as_date(found: Any) -> dt.date | None:
    if isinstance(found, dt.date):
        return found
    try:
        return dt.date.fromisoformat(found) if isinstance(found, str) else None
    except ValueError:
        return None


# A refused or withdrawn application leaves no duty behind: nothing is due under the scheme.
NO_DEADLINES = frozenset({"afgewezen", "ingetrokken"})
CYCLE_SETTING_UNIT = "months"  # an office setting's unit (core.rules.pack.OFFICE_SETTINGS)


def derive(case: Case, pack: Pack, client_fields: Mapping[str, Any],
           marks: Mapping[str, DeadlineMark] | None = None,
           office: Mapping[str, Any] | None = None) -> list[Deadline]:
    """The deadlines that follow from the case and the client file, by due date (then kind);
    one with a mark in `marks` (by deadline id) is done, as it was when marked, and one whose
    `met_by` event happened is done on that event's date. A rule counts when it is in force on
    its anchor's date; a refused or withdrawn case has none. `office` holds the office's
    settings a rule may name (the life-certificate cycle in months)."""
    marks, office = marks or {}, office or {}
    state = state_after(e.kind for e in case.events)
    if state in NO_DEADLINES:
        return []
    found = []
    for rule in pack.deadlines:
        for anchor_key, anchor, window, fields in _anchors(rule, case, state, client_fields):
            if not rule.period.contains(anchor):
                continue
            offset = rule.offset
            if rule.office_setting and office.get(rule.office_setting):
                offset = f"{int(office[rule.office_setting])} {CYCLE_SETTING_UNIT}"
            deadline = Deadline(
                deadline_id(case.id, rule.id, anchor_key), rule.id, shift(anchor, offset),
                window, f"{rule.anchor} + {offset}", rule.source, rule.uncertain,
                title=dict(rule.title), term=rule.term, fields=fields)
            mark = marks.get(deadline.id)
            if mark is not None and mark.case_id != case.id:
                mark = None  # a mark counts for its own case only (the registry cannot tell)
            met = _last_event(case, _event_kind(rule.met_by)) if rule.met_by else None
            if mark:
                deadline = deadline.marked(mark)
            elif met is not None and met.date >= anchor.isoformat():
                deadline = dataclasses.replace(deadline, status=DONE, done_at=met.date)
            found.append(deadline)
    return sorted(found, key=lambda d: (d.due, d.kind))


def _anchors(rule: DeadlineRule, case: Case, state: str, client_fields: Mapping[str, Any]
             ) -> list[tuple[str, dt.date, dt.date | None, tuple[str, ...]]]:
    """For one rule, each (anchor key for the id, anchor date, window start, changed fields)
    it derives."""
    if rule.kind in ("after_event", "window_before"):
        anchor = anchor_date(rule, case, client_fields)
        if anchor is None:
            return []
        window = shift(anchor, rule.window) if rule.kind == "window_before" and rule.window \
            else None
        return [(rule.anchor, anchor, window, ())]
    if rule.kind == "after_change":
        # Each change recorded while the case stood in one of the rule's states.
        found, current = [], OPEN_STATE
        kind = _event_kind(rule.anchor)
        for event in case.events:
            if event.kind == kind and current in rule.while_states:
                found.append((event.id, dt.date.fromisoformat(event.date), None,
                              event.fields))
            current = advance(current, event.kind)
        return found
    if rule.kind == "cycle" and state in rule.while_states:
        # The next cycle counts from the last certificate received, or from the start event.
        last = _last_event(case, _event_kind(rule.anchor)) \
            or _last_event(case, _event_kind(rule.start))
        return [(last.id, dt.date.fromisoformat(last.date), None, ())] if last else []
    return []
