"""The states of a case and the events that move it, as data: a case is in the state of its
last step (`open` before the first), and an event is allowed only from the states listed for
it. The kinds are the words a consultant types (`case event ID --kind toegekend`).

    open --ingediend--> ingediend --toegekend--> toegekend --vertrokken--> vertrokken
    ingediend --afgewezen | ingetrokken-->           (the application ends)
    toegekend --ingetrokken-->                      (not left within the term, or withdrawn)
    vertrokken --geschorst--> geschorst             (payment suspended: controls not met)
    vertrokken, geschorst --beeindigd | ingetrokken | teruggekeerd-->   (the benefit ends)

An event dated before the case's last step is refused too: the steps are a history, told in
order (records may lie after a step entered late). Events on one date are ordered as the machine takes them: KINDS lists the kinds so that
every step goes forward in it (a test checks this), and no step comes twice in a case. Two kinds
are records, not steps: `wijziging` (a change in the file the SVB must hear of, while the
benefit runs) and `levensbewijs_ontvangen` (abroad); they may come again and again and leave the
state as it was. Two
laptops adding events offline may still meet in an order this refuses; the state is then read
from the events in that order, and the case shows what it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from consultant_app.core.domain.vocabulary import (
    CASE_EVENT_KINDS, CASE_RECORD_KINDS, CASE_STEP_KINDS,
)
from consultant_app.core.errors import CaseError

OPEN = "open"
KINDS = CASE_EVENT_KINDS
# Kinds recorded while a benefit runs (a change to report, a life certificate received): they
# may come more than once and leave the state as it was.
RECORDS = frozenset(CASE_RECORD_KINDS)
STATES = (OPEN, *CASE_STEP_KINDS)
RUNNING = frozenset({"toegekend", "vertrokken", "geschorst"})  # an awarded benefit runs
# For each event kind, the states it may follow.
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "ingediend": frozenset({OPEN}),
    "toegekend": frozenset({"ingediend"}),
    "afgewezen": frozenset({"ingediend"}),
    "vertrokken": frozenset({"toegekend"}),
    "geschorst": frozenset({"vertrokken"}),
    "ingetrokken": frozenset({"ingediend", "toegekend", "vertrokken", "geschorst"}),
    "beeindigd": frozenset({"vertrokken", "geschorst"}),
    "teruggekeerd": frozenset({"vertrokken", "geschorst"}),
    "wijziging": RUNNING,
    "levensbewijs_ontvangen": frozenset({"vertrokken", "geschorst"}),
}
_RANK = {kind: n for n, kind in enumerate(KINDS)}
FINAL = frozenset(s for s in STATES if not any(s in f for f in ALLOWED_FROM.values()))


def event_order(event: Any) -> tuple[str, int, str]:
    """The sort key of a case event (anything with date, kind and id): by date, then as the
    machine takes them, then by id; the same on every laptop."""
    return (event.date, _RANK.get(event.kind, len(KINDS)), event.id)


def next_kinds(state: str) -> tuple[str, ...]:
    """The events a case in `state` may take next, in the order of KINDS."""
    return tuple(kind for kind in KINDS if state in ALLOWED_FROM[kind])


def state_after(kinds: Iterable[str]) -> str:
    """The state of a case whose events, in order, have these kinds."""
    state = OPEN
    for kind in kinds:
        state = advance(state, kind)
    return state


def advance(state: str, kind: str) -> str:
    """The state after an event of `kind` in `state`: a record leaves it as it was."""
    return state if kind in RECORDS else kind


def last_step_date(events: Iterable[Any]) -> str | None:
    """The date of the last step among a case's events (in order), records not counted."""
    return next((e.date for e in reversed(list(events)) if e.kind not in RECORDS), None)


def check_event(state: str, last_date: str | None, kind: str, date: str) -> None:
    """CaseError unless an event `kind` on `date` may follow a case in `state` whose last step
    was on `last_date` (ISO dates compare as text)."""
    if kind not in ALLOWED_FROM:
        raise CaseError("case_unknown_kind", kind=kind, kinds=", ".join(KINDS))
    if state not in ALLOWED_FROM[kind]:
        allowed = ", ".join(next_kinds(state)) or "-"
        raise CaseError("case_event_out_of_order", kind=kind, state=state, allowed=allowed)
    if last_date is not None and date < last_date:
        raise CaseError("case_event_before_last", kind=kind, date=date, last=last_date)


def check_history(events: Iterable[Any]) -> None:
    """CaseError for the first event (anything with kind and date, in order) the machine would
    not take after those before it: what a correction or removal must leave intact."""
    state, last = OPEN, None
    for event in events:
        check_event(state, last, event.kind, event.date)
        state = advance(state, event.kind)
        if event.kind not in RECORDS:
            last = event.date
