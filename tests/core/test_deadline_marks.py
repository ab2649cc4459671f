"""A derived deadline marked done: a synced row of its own, the deadline shown done with its
date, a done deadline that stays as it was when its anchor moves, marking twice, an unknown id,
the shared row rules and erasure."""

from __future__ import annotations

import datetime as dt


from consultant_app.core.sync.rows import row_problem
import pytest

from consultant_app.core.domain.entities import ENTITIES
from consultant_app.core.errors import CaseError, NotFoundError
from consultant_app.core.vault import audit
from tests.conftest import ISIK


def awarded_case(workspace):
    """Işık (leaving 2027-05-01) with a case awarded on 2024-08-31."""
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2024, 6, 3))
    workspace.cases.add_event(case_id, "ingediend", "2024-06-10")
    workspace.cases.add_event(case_id, "toegekend", "2024-08-31")
    return client_id, case_id


def by_kind(deadlines):
    return {d.kind: d for d in deadlines}


def test_a_marked_deadline_shows_done_and_the_others_stay_open(workspace):
    client_id, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]

    done = workspace.cases.mark_done(departure.id)

    shown = by_kind(workspace.cases.show(case_id).deadlines)
    assert (done.id, done.status, done.due) == (departure.id, "done", dt.date(2025, 2, 28))
    assert shown["vertrek_uiterlijk"].status == "done"
    assert shown["vertrek_uiterlijk"].done_at == done.done_at is not None
    assert shown["vertrek_uiterlijk"].as_dict()["done_at"] == done.done_at
    assert shown["brp_uitschrijven"].status == "open"
    assert shown["brp_uitschrijven"].done_at is None
    db = workspace.vault.db
    assert db.execute("SELECT count(*) FROM outbox WHERE entity = 'deadline_marks'"
                      ).fetchone()[0] == 1
    assert db.execute("SELECT created_by FROM deadline_marks").fetchone()[0] == workspace.vault.identity.consultant


def test_a_done_deadline_keeps_its_date_when_its_anchor_moves_later(workspace):
    client_id, case_id = awarded_case(workspace)
    leave = by_kind(workspace.cases.show(case_id).deadlines)["brp_uitschrijven"]
    workspace.cases.mark_done(leave.id)

    workspace.casefile.update_client(client_id, {"destination": {
        "country": "TR", "planned_departure": "2027-06-30"}})

    after = by_kind(workspace.cases.show(case_id).deadlines)["brp_uitschrijven"]
    assert (after.id, after.status) == (leave.id, "done")
    assert (after.window_start, after.due) == (dt.date(2027, 4, 26), dt.date(2027, 5, 1))


def test_marking_a_done_deadline_again_adds_nothing(workspace):
    _, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    first = workspace.cases.mark_done(departure.id)

    again = workspace.cases.mark_done(departure.id)

    assert again.done_at == first.done_at
    assert workspace.vault.db.execute("SELECT count(*) FROM deadline_marks").fetchone()[0] == 1


def test_an_id_no_case_derives_marks_nothing(workspace):
    awarded_case(workspace)

    assert workspace.cases.mark_done("0190a0b0-0000-7000-8000-00000000dead") is None
    assert workspace.vault.db.execute("SELECT count(*) FROM deadline_marks").fetchone()[0] == 0


def test_the_deadlines_of_all_cases_by_date_and_open_only(workspace):
    client_id, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    workspace.cases.mark_done(departure.id)

    every = workspace.cases.deadlines()
    open_ones = workspace.cases.deadlines(client_id, until=dt.date(2030, 1, 1), open_only=True)

    assert [d.deadline.kind for d in every] == ["vertrek_uiterlijk", "brp_uitschrijven"]
    assert [(d.case.id, d.deadline.kind, d.client_name) for d in open_ones] == [
        (case_id, "brp_uitschrijven", f"{ISIK['given_names']} {ISIK['surname']}")]
    assert workspace.cases.deadlines(until=dt.date(2025, 3, 1), open_only=True) == []


def test_a_mark_follows_the_shared_row_rules(workspace):
    _, case_id = awarded_case(workspace)
    workspace.cases.mark_done(workspace.cases.show(case_id).deadlines[0].id)
    row = dict(zip(ENTITIES["deadline_marks"], workspace.vault.db.execute(
        f"SELECT {', '.join(ENTITIES['deadline_marks'])} FROM deadline_marks").fetchone()))
    row = {k: value for k, value in row.items() if value is not None}

    assert row_problem("deadline_marks", row) is None
    assert row_problem("deadline_marks", {**row, "deadline_id": "x"}).field == "deadline_id"
    assert row_problem("deadline_marks", {**row, "due": "2025-02-30"}).field == "due"
    assert row_problem("deadline_marks", {**row, "done_at": "2025-02-01"}).field == "done_at"
    assert row_problem("deadline_marks", {**row, "due": None}).problem == "required"


def test_an_erased_client_leaves_no_mark_content(workspace):
    client_id, case_id = awarded_case(workspace)
    marked = workspace.cases.mark_done(workspace.cases.show(case_id).deadlines[0].id)

    workspace.casefile.erase_client(client_id)

    db = workspace.vault.db
    assert db.execute("SELECT deleted, deadline_id, due, window_start, done_at "
                      "FROM deadline_marks").fetchall() == [(1, marked.id, "", None, "")]
    assert db.execute("SELECT count(*) FROM outbox WHERE entity = 'deadline_marks'"
                      ).fetchone()[0] == 0
    assert workspace.cases.deadlines() == []


def test_a_case_whose_client_is_gone_has_nothing_due(workspace):
    client_id, _ = awarded_case(workspace)
    other_id, other_case = awarded_case(workspace)
    # A client's tombstone pulled before the rows that point at it: their case is still live.
    workspace.vault.db.execute("UPDATE clients SET deleted = 1 WHERE id = ?", [client_id])

    assert {d.case.id for d in workspace.cases.deadlines()} == {other_case}


def test_the_overview_of_what_is_due_leaves_out_a_term_that_simply_ends(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2023, 1, 2))
    for kind, day in (("ingediend", "2023-02-01"), ("toegekend", "2023-05-01"),
                      ("vertrokken", "2023-08-01")):
        workspace.cases.add_event(case_id, kind, day)

    every = {d.deadline.kind for d in workspace.cases.deadlines()}
    due = {d.deadline.kind for d in workspace.cases.deadlines(open_only=True)}

    assert "terugkeer_termijn" in every and "terugkeer_termijn" not in due
    assert "levensbewijs" in due


# -- reopening a deadline marked done by mistake ---------------------------------------------------
def test_a_deadline_marked_by_mistake_is_open_again_after_reopening(workspace):
    client_id, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    mark = workspace.cases.mark_done(departure.id)

    reopened = workspace.cases.reopen(departure.id)

    shown = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    assert (reopened.status, reopened.done_at, reopened.by_hand) == ("open", None, False)
    assert (shown.status, shown.due) == ("open", dt.date(2025, 2, 28))
    assert shown.overdue(dt.date(2026, 1, 1))  # past its date: overdue again
    assert departure.id in {d.deadline.id for d in workspace.cases.deadlines(
        client_id, open_only=True)}
    db = workspace.vault.db
    rows = db.execute("SELECT id, reopens FROM deadline_marks ORDER BY rid").fetchall()
    assert [r[1] for r in rows] == [None, rows[0][0]]  # the mark stays; a second row names it
    assert db.execute("SELECT op FROM outbox WHERE entity = 'deadline_marks'").fetchall() == [
        ("create",), ("create",)]
    logged = [(e.action, e.detail) for e in audit.entries_for(db, client_id)]
    assert ("update", "deadline") in logged and ("update", "deadline_reopened") in logged
    assert mark.status == "done"


def test_a_reopened_deadline_can_be_marked_done_again(workspace):
    _, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    workspace.cases.mark_done(departure.id)
    workspace.cases.reopen(departure.id)

    again = workspace.cases.mark_done(departure.id)

    assert by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"].done_at == \
        again.done_at
    assert workspace.vault.db.execute("SELECT count(*) FROM deadline_marks").fetchone()[0] == 3


def test_reopening_an_open_or_unknown_deadline_is_refused_and_writes_nothing(workspace):
    _, case_id = awarded_case(workspace)
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]

    with pytest.raises(CaseError) as not_marked:
        workspace.cases.reopen(departure.id)
    with pytest.raises(NotFoundError) as unknown:
        workspace.cases.reopen("0190a0b0-0000-7000-8000-00000000dead")

    assert (not_marked.value.code, unknown.value.code) == (
        "deadline_not_marked", "deadline_not_found")
    assert workspace.vault.db.execute("SELECT count(*) FROM deadline_marks").fetchone()[0] == 0


def test_a_deadline_met_by_its_event_cannot_be_reopened(workspace):
    _, case_id = awarded_case(workspace)
    workspace.cases.add_event(case_id, "vertrokken", "2025-02-20")
    departure = by_kind(workspace.cases.show(case_id).deadlines)["vertrek_uiterlijk"]
    assert departure.status == "done"

    with pytest.raises(CaseError):
        workspace.cases.reopen(departure.id)


def test_reopening_takes_back_every_mark_and_a_mark_not_seen_still_counts():
    from consultant_app.core.domain.records import DeadlineMark
    from consultant_app.core.vault.deadline_marks import counting

    def row(mark_id, done_at, reopens=None, deadline="d1"):
        return DeadlineMark(deadline, "c", "k", "2025-02-28", None, done_at, "anouk",
                            reopens, mark_id)

    first, second = row("m1", "2025-01-02T10:00:00Z"), row("m2", "2025-01-01T09:00:00Z")
    both_taken = [first, second, row("r1", "2025-01-03T00:00:00Z", "m1"),
                  row("r2", "2025-01-03T00:00:00Z", "m2")]
    one_taken = [first, second, row("r1", "2025-01-03T00:00:00Z", "m1")]
    # A reopening with a clock far behind still takes its mark back: no clocks compared.
    late_clock = [first, row("r1", "2020-01-01T00:00:00Z", "m1")]
    other = [first, row("r1", "2025-01-03T00:00:00Z", "m1", deadline="d2")]

    assert counting(both_taken) == {}
    assert counting(reversed(one_taken))["d1"].id == "m2"
    assert counting(late_clock) == {}
    assert counting([first, second])["d1"].id == "m2"  # the earliest counts
    assert counting(other)["d1"].id == "m1"  # a reopening of another deadline takes nothing


def test_a_reopening_follows_the_shared_row_rules(workspace):
    _, case_id = awarded_case(workspace)
    deadline = workspace.cases.show(case_id).deadlines[0]
    workspace.cases.mark_done(deadline.id)
    workspace.cases.reopen(deadline.id)
    columns = ENTITIES["deadline_marks"]
    row = dict(zip(columns, workspace.vault.db.execute(
        f"SELECT {', '.join(columns)} FROM deadline_marks WHERE reopens IS NOT NULL"
    ).fetchone()))

    assert row_problem("deadline_marks", row) is None
    assert row_problem("deadline_marks", {**row, "reopens": "m1"}).field == "reopens"
