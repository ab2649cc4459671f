"""Cases and their events: a case names its client and scheme; events are dated steps. Events
come back in the order they happened: by date, and on one date in the order the state machine
takes them (core.cases.states.KINDS is in that order), so every laptop orders them alike once
they have synced, whatever order they arrived in and however the clocks stood."""

from __future__ import annotations

from collections import defaultdict

from consultant_app.core.cases.states import event_order
from consultant_app.core.domain.records import Case, CaseEvent, Identity
from consultant_app.core.vault import records
from consultant_app.core.vault.database import sqlite_utils

CASE_COLUMNS = ("id", "client_id", "scheme", "opened_at", "created_at", "created_by")
EVENT_COLUMNS = ("id", "case_id", "client_id", "kind", "date", "created_at", "created_by")
_EVENT_ORDER = "ORDER BY date, id"  # then sorted by event_order

def add_case(db: sqlite_utils.Database, client_id: str, scheme: str, opened_at: str,
             who: Identity) -> str:
    return records.create(db, "cases", {"client_id": client_id, "scheme": scheme,
                                         "opened_at": opened_at}, who)[0]


def add_event(db: sqlite_utils.Database, case: Case, kind: str, date: str,
              who: Identity) -> str:
    return records.create(db, "case_events", {"case_id": case.id, "client_id": case.client_id,
                                              "kind": kind, "date": date}, who)[0]


def get_case(db: sqlite_utils.Database, case_id: str) -> Case:
    """The case with its events; NotFoundError("case_not_found")."""
    row = records.get_row(db, "cases", case_id)
    events = db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM case_events WHERE case_id = ? "
                        f"AND deleted = 0 {_EVENT_ORDER}", [case_id]).fetchall()
    return Case(**{k: row[k] for k in CASE_COLUMNS},
                events=tuple(sorted((CaseEvent(*event) for event in events), key=event_order)))


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
        events[row[1]].append(CaseEvent(*row))
    rows = db.execute(f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE deleted = 0 "
                      "ORDER BY opened_at, rid").fetchall()
    return [Case(*row, events=tuple(sorted(events[row[0]], key=event_order))) for row in rows]
