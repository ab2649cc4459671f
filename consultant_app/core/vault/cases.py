"""Cases and their events: a case names its client and scheme; events are dated steps. Events
come back in the order they happened: by date, and on one date in the order the state machine
takes them (core.cases.states.KINDS is in that order), so every laptop orders them alike once
they have synced, whatever order they arrived in and however the clocks stood. A `wijziging`
event may name the top-level client-file fields it is about (`changed_fields`, a JSON list of
names; never values)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence

from consultant_app.core.cases.states import event_order
from consultant_app.core.domain.records import Case, CaseEvent, Identity, NewCase
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

CASE_COLUMNS = ("id", "client_id", "scheme", "opened_at", "created_at", "created_by")
EVENT_COLUMNS = ("id", "case_id", "client_id", "kind", "date", "created_at", "created_by",
                 "changed_fields")
_EVENT_ORDER = "ORDER BY date, id"  # then sorted by event_order


def add_case(db: sqlite_utils.Database, client_id: str, scheme: str, opened_at: str,
             who: Identity) -> str:
    return records.create(db, "cases", {"client_id": client_id, "scheme": scheme,
                                         "opened_at": opened_at}, who)[0]


def add_event(db: sqlite_utils.Database, case: Case, kind: str, date: str,
              who: Identity, fields: Sequence[str] = ()) -> str:
    """An event; `fields` (a change's field names) are kept only when there are any, so an
    event without them is stored (and synced) exactly as before the column existed."""
    row = {"case_id": case.id, "client_id": case.client_id, "kind": kind, "date": date}
    if fields:
        row["changed_fields"] = json.dumps(list(fields))
    return records.create(db, "case_events", row, who)[0]


def _event(row: Sequence) -> CaseEvent:
    *columns, fields = row
    try:
        names = json.loads(fields) if fields else []
    except ValueError:
        names = []
    return CaseEvent(*columns, fields=tuple(n for n in names if isinstance(n, str))
                     if isinstance(names, list) else ())


def insert_cases(db: sqlite_utils.Database, new: Sequence[NewCase], who: Identity) -> list[str]:
    """Cases with their events in two statements each for rows and outbox (a bulk write);
    returns the case ids. The caller has checked them (CaseService.add_many)."""
    created = records.create_many(db, "cases", [
        {"client_id": c.client_id, "scheme": c.scheme, "opened_at": c.opened_at} for c in new],
        who, [c.case_id for c in new])
    records.create_many(db, "case_events", [
        {"case_id": case_id, "client_id": c.client_id, "kind": kind, "date": date}
        for (case_id, _), c in zip(created, new) for kind, date in c.events], who)
    return [case_id for case_id, _ in created]


def get_case(db: sqlite_utils.Database, case_id: str) -> Case:
    """The case with its events; NotFoundError("case_not_found")."""
    row = records.get_row(db, "cases", case_id)
    events = db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM case_events WHERE case_id = ? "
                        f"AND deleted = 0 {_EVENT_ORDER}", [case_id]).fetchall()
    return Case(**{k: row[k] for k in CASE_COLUMNS},
                events=tuple(sorted((_event(event) for event in events), key=event_order)))


def client_cases(db: sqlite_utils.Database, client_id: str) -> list[Case]:
    """The client's live cases with their events, in the order opened."""
    ids = [row[0] for row in db.execute("SELECT id FROM cases WHERE client_id = ? AND "
                                        "deleted = 0 ORDER BY opened_at, rid", [client_id])]
    return [get_case(db, case_id) for case_id in ids]


def all_cases(db: sqlite_utils.Database) -> list[Case]:
    """Every live case with its events, in the order opened."""
    events = defaultdict(list)
    for row in db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM case_events "
                          f"WHERE deleted = 0 {_EVENT_ORDER}").fetchall():
        events[row[1]].append(_event(row))
    rows = db.execute(f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE deleted = 0 "
                      "ORDER BY opened_at, rid").fetchall()
    return [Case(*row, events=tuple(sorted(events[row[0]], key=event_order))) for row in rows]
