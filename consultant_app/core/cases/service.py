"""The case service: open a case for a client under a scheme, add its dated events in the order
the state machine allows (core.cases.states), show one case with the deadlines that follow
(core.cases.deadlines) and list them, mark a derived deadline done (a synced row of its own,
kept with the due date it had then) or reopen one marked by mistake (another row, taking the
mark back), and list the deadlines of all cases. A `wijziging` names the client-file fields it
is about (names, never values). Each change runs in
one transaction with its outbox entry and its access-log entry; showing a case is logged as a
read of the client's file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from consultant_app.core.cases import states
from consultant_app.core.cases.deadlines import OPEN, Deadline, derive
from consultant_app.core.domain import model, validation as v
from consultant_app.core.domain.model import Client
from consultant_app.core.domain.records import Case, CaseEvent, DeadlineMark, NewCase
from consultant_app.core.domain.vocabulary import CASE_CHANGE as CHANGE
from consultant_app.core.errors import (
    CaseError, NotFoundError, RulesError, ValidationError, ValidationErrors,
)
from consultant_app.core.letters.catalogue import CaseFacts
from consultant_app.core.rules.library import RuleLibrary
from consultant_app.core.rules.pack import OFFICE_SETTINGS, Pack
from consultant_app.core.vault import audit, cases, clients, deadline_marks, records
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault, utc_now


@dataclass(frozen=True)
class CaseView:
    """A case as the faces show it: its events, the state they leave it in, what may follow."""

    case: Case
    state: str
    deadlines: tuple[Deadline, ...] | None = None  # derived by `show` only

    @property
    def next_kinds(self) -> tuple[str, ...]:
        return states.next_kinds(self.state)

    def as_dict(self) -> dict[str, Any]:
        case = self.case
        shown = {"id": case.id, "client_id": case.client_id, "scheme": case.scheme,
                 "opened_at": case.opened_at, "state": self.state,
                 "next": list(self.next_kinds),
                 "events": [{"id": e.id, "kind": e.kind, "date": e.date,
                             "created_at": e.created_at, "created_by": e.created_by,
                             "fields": list(e.fields)}
                            for e in case.events]}
        if self.deadlines is not None:
            shown["deadlines"] = [d.as_dict() for d in self.deadlines]
        return shown


@dataclass(frozen=True)
class CaseDeadline:
    """A derived deadline with its case and the client's name, for the overviews."""

    case: Case
    deadline: Deadline
    client_name: str


def view(case: Case) -> CaseView:
    return CaseView(case, states.state_after(e.kind for e in case.events))


def _derive(case: Case, pack: Pack, client: Client, marks: dict[str, DeadlineMark],
            office: dict[str, Any]) -> list[Deadline]:
    """The case's deadlines from the client-file fields the deadline rules read and the
    office's settings they may name."""
    return derive(case, pack, {"destination": client.destination}, marks, office)


class CaseService:
    """The cases of one unlocked vault."""

    def __init__(self, vault: Vault, library: RuleLibrary):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.library = library

    def open(self, client_id: str, scheme: str, opened_at: dt.date | None = None) -> str:
        """A new case; RulesError for an unknown scheme, NotFoundError for an unknown client."""
        pack = self.library.get(scheme)
        day = (opened_at or dt.date.today()).isoformat()
        with transaction(self.db):
            records.get_row(self.db, "clients", client_id)
            case_id = cases.add_case(self.db, client_id, pack.id, day, self.who)
            audit.record(self.db, self.who, "create", client_id, detail="case")
        return case_id

    def add_many(self, new: Sequence[NewCase]) -> list[str]:
        """Cases with their histories at once (the demo's bulk write), all or none, with their
        log entries: RulesError for an unknown scheme, CaseError for a history the state machine
        does not take, NotFoundError for a client that is not there, ValidationErrors for a
        case id already taken."""
        for scheme in {c.scheme for c in new}:
            self.library.get(scheme)
        for case in new:
            states.check_history(CaseEvent("", "", "", kind, v.date_value("--date", day)
                                           .isoformat(), "", "") for kind, day in case.events)
        with transaction(self.db):
            if clients.ids_exist(self.db, {c.client_id for c in new}) != \
                    {c.client_id for c in new}:
                raise NotFoundError("client_not_found")
            wanted = [c.case_id for c in new if c.case_id]
            if len(set(wanted)) < len(wanted) or records.existing(self.db, "cases", "id", wanted):
                raise ValidationErrors([ValidationError("id_exists", field="id")])
            ids = cases.insert_cases(self.db, new, self.who)
            audit.record_many(self.db, self.who, "create", [
                (c.client_id, detail) for c in new
                for detail in ("case", *("case_event" for _ in c.events))])
        return ids

    def add_event(self, case_id: str, kind: str, date: Any,
                  fields: Sequence[str] = ()) -> str:
        """Add a dated event; CaseError when it does not follow the case's state (the message
        names the state and what may follow) or is dated before the case's last step (a step
        entered late may come before the records made since: a change or a certificate).
        `fields`: for a `wijziging`, the client-file fields it is about (ValidationError for a
        name that is no top-level field; CaseError on any other kind)."""
        if kind not in states.KINDS:
            raise CaseError("case_unknown_kind", kind=kind, kinds=", ".join(states.KINDS))
        day = v.date_value("--date", date).isoformat()
        names = model.change_fields("--fields", list(fields))
        if names and kind != CHANGE:
            raise CaseError("case_fields_only_on_change", kind=kind)
        with transaction(self.db):
            current = view(cases.get_case(self.db, case_id))
            states.check_event(current.state, states.last_step_date(current.case.events),
                               kind, day)
            event_id = cases.add_event(self.db, current.case, kind, day, self.who, names)
            audit.record(self.db, self.who, "create", current.case.client_id,
                         detail="case_event")
        return event_id

    def correct_event(self, event_id: str, date: Any) -> None:
        """Give an event entered with a wrong date its right one; CaseError when the history
        would then be out of order (the message names the event that no longer fits). Open
        deadlines counted from it move with it."""
        day = v.date_value("--date", date).isoformat()
        with transaction(self.db):
            case = self._case_of_event(event_id)
            events = [dataclasses.replace(e, date=day) if e.id == event_id else e
                      for e in case.events]
            states.check_history(sorted(events, key=states.event_order))
            records.update(self.db, "case_events", event_id, {"date": day}, self.who)
            audit.record(self.db, self.who, "update", case.client_id, detail="case_event")

    def remove_event(self, event_id: str) -> None:
        """Take back an event entered by mistake (a synced delete); CaseError when the events
        after it would no longer follow (take back the later ones first)."""
        with transaction(self.db):
            case = self._case_of_event(event_id)
            states.check_history([e for e in case.events if e.id != event_id])
            records.delete(self.db, "case_events", event_id, self.who)
            audit.record(self.db, self.who, "delete", case.client_id, detail="case_event")

    def _case_of_event(self, event_id: str) -> Case:
        row = records.get_row(self.db, "case_events", event_id)
        return cases.get_case(self.db, row["case_id"])

    def show(self, case_id: str) -> CaseView:
        """One case with its events, state and derived deadlines (core.cases.deadlines); logged
        as a read of the client's file."""
        with transaction(self.db):
            found = view(cases.get_case(self.db, case_id))
            client = clients.get_client(self.db, found.case.client_id)
            audit.record(self.db, self.who, "read", found.case.client_id, detail="case")
            marks = deadline_marks.marks(self.db, case_id)
        pack = self.library.get(found.case.scheme)
        derived = _derive(found.case, pack, client, marks, self._office())
        return dataclasses.replace(found, deadlines=tuple(derived))

    def of_client(self, client_id: str) -> list[CaseView]:
        """The client's cases in the order opened, each with its derived deadlines (the client
        file's *Regeling* tab); logged as a read of the client's file. NotFoundError for an
        unknown client."""
        with transaction(self.db):
            client = clients.get_client(self.db, client_id)
            found = [view(case) for case in cases.client_cases(self.db, client_id)]
            marks = deadline_marks.marks(self.db) if found else {}
            audit.record(self.db, self.who, "read", client_id, detail="case")
        office = self._office()
        return [dataclasses.replace(c, deadlines=tuple(_derive(
            c.case, self.library.get(c.case.scheme), client, marks, office))) for c in found]

    def deadlines(self, client_id: str | None = None, until: dt.date | None = None,
                  open_only: bool = False) -> list[CaseDeadline]:
        """The derived deadlines of every case (of one client), due on or before `until`, the
        open ones only if asked (a term that simply ends is nothing to do: left out then); by
        due date. Not logged, like the overview of due tasks."""
        found = []
        with transaction(self.db):
            all_cases = [c for c in cases.all_cases(self.db)
                         if client_id is None or c.client_id == client_id]
            # the files read once for all cases: a gone (erased) client is simply not there
            people = {c.id: c for c in clients.each_client(
                self.db, {c.client_id for c in all_cases})}
            marks = deadline_marks.marks(self.db)
        packs = {scheme: self.library.get(scheme) for scheme in {c.scheme for c in all_cases}}
        office = self._office()
        for case in all_cases:
            person = people.get(case.client_id)
            if person is None:  # a case whose client is gone (erased) has nothing due
                continue
            for deadline in _derive(case, packs[case.scheme], person, marks, office):
                if until is not None and deadline.due > until:
                    continue
                if not open_only or (deadline.status == OPEN and not deadline.term):
                    found.append(CaseDeadline(case, deadline,
                                              f"{person.given_names} {person.surname}"))
        return sorted(found, key=lambda d: (d.deadline.due, d.deadline.kind, d.case.id))

    def mark_done(self, deadline_id: str) -> Deadline | None:
        """Mark a derived deadline done, keeping the due date it has now; marking a done one
        again changes nothing. None when no case derives a deadline with this id."""
        found = next((d for d in self.deadlines() if d.deadline.id == deadline_id), None)
        if found is None:
            return None
        case, deadline = found.case, found.deadline
        if deadline.status != OPEN:
            return deadline
        mark = DeadlineMark(deadline.id, case.id, case.client_id, deadline.due.isoformat(),
                            deadline.window_start and deadline.window_start.isoformat(),
                            utc_now())
        with transaction(self.db):
            deadline_marks.add(self.db, mark, self.who)
            audit.record(self.db, self.who, "update", case.client_id, detail="deadline")
        return deadline.marked(mark)

    def reopen(self, deadline_id: str) -> Deadline:
        """Take back the marking of a deadline marked done by mistake: one row for each mark
        that counts for it (two laptops may have marked it), each naming its mark; the
        deadline is then open again (overdue if its date is past), as derived now.
        NotFoundError("deadline_not_found") when no case derives a deadline with this id,
        CaseError("deadline_not_marked") when it is not done by a mark (open, or met by its
        event)."""
        found = next((d for d in self.deadlines() if d.deadline.id == deadline_id), None)
        if found is None:
            raise NotFoundError("deadline_not_found")
        case, deadline = found.case, found.deadline
        if not deadline.by_hand:
            raise CaseError("deadline_not_marked")
        now = utc_now()
        with transaction(self.db):
            for mark in deadline_marks.counting_marks(self.db, deadline_id):
                deadline_marks.add(self.db, dataclasses.replace(
                    mark, done_at=now, reopens=mark.id), self.who)
            audit.record(self.db, self.who, "update", case.client_id,
                         detail="deadline_reopened")
        return next(d.deadline for d in self.deadlines(case.client_id)
                    if d.deadline.id == deadline_id)

    def letter_facts(self, client_id: str, scheme: str) -> CaseFacts | None:
        """What a letter may print of the client's case under `scheme` (the one opened last):
        its events' dates and its deadlines. Not logged: the letter logs its own read."""
        with transaction(self.db):
            found = [c for c in cases.client_cases(self.db, client_id) if c.scheme == scheme]
            if not found:
                return None
            case = found[-1]
            client = clients.get_client(self.db, client_id)
            marks = deadline_marks.marks(self.db, case.id)
        dates = {e.kind: e.date for e in case.events}  # the last of each kind
        pack = self.library.get(case.scheme)
        return CaseFacts(dates, tuple(_derive(case, pack, client, marks, self._office())))

    def _office(self) -> dict[str, Any]:
        """The office's settings a deadline rule may name (the life-certificate cycle)."""
        return {key: self.vault.settings.get(key) for key in OFFICE_SETTINGS}

    def record_change(self, client_id: str, fields: set[str] | frozenset[str],
                      day: dt.date | None = None) -> list[str]:
        """A change to the client's file (top-level field names) the SVB must hear of: for each
        case of the client under whose pack a change of one of these fields, in the case's
        state now, starts an `after_change` deadline, a `wijziging` event dated `day` (today).
        Called by the case file when it saves a change, in its transaction; returns the ids of
        the events added. The event names the changed fields its rules list (what to report;
        a phone number changed beside them is not the SVB's business). A case whose pack is
        not here is passed over."""
        today = day or dt.date.today()
        day_text, added = today.isoformat(), []
        with transaction(self.db):
            for case in cases.client_cases(self.db, client_id):
                state = states.state_after(e.kind for e in case.events)
                try:
                    pack = self.library.get(case.scheme)
                except RulesError:
                    continue
                named = {f for r in pack.deadlines
                         if r.kind == "after_change" and state in r.while_states
                         and r.period.contains(today) for f in set(r.fields) & fields}
                if not named:
                    continue
                last = states.last_step_date(case.events)
                if last is not None and day_text < last:
                    continue  # a step dated later is already there: the history stays in order
                ordered = [f for f in model.FILE_FIELDS if f in named]  # the file's order
                added.append(cases.add_event(self.db, case, CHANGE, day_text, self.who,
                                             ordered))
                audit.record(self.db, self.who, "create", client_id, detail="case_event")
        return added

    def list(self, state: str | None = None) -> list[CaseView]:
        """Every case (in the state asked for), in the order opened; logged as a search with
        the number of results."""
        if state is not None and state not in states.STATES:
            raise CaseError("case_unknown_state", state=state, states=", ".join(states.STATES))
        with transaction(self.db):
            found = [view(case) for case in cases.all_cases(self.db)]
            found = [c for c in found if state is None or c.state == state]
            audit.record(self.db, self.who, "search", detail=f"results={len(found)}")
        return found
