"""A case event or a deadline mark belongs to its case's client: the registry refuses one that
names another client's case, or a case the team does not have (another team's case answers as
one nobody has), with the column and the rule; a laptop that still receives such a row (an
older registry let it in) sets it aside, so the other client's case is not changed, and applies
the rest. On a real registry over PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ISIK
from tests.registry.malformed import case_of, plant, valid_rows
from tests.registry.people import FATIMA, create, new_id, pull_all, push
from tests.registry.test_sync_devices import _laptops

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def _answer(result: dict) -> tuple:
    return (result["status"], result["reason"], result.get("field"), result.get("problem"))


def test_an_event_or_mark_on_another_clients_case_is_refused_and_never_stored(registry, team):
    isik, fatima, theirs = new_id(), new_id(), new_id()
    mine, others = valid_rows(isik), valid_rows(fatima)
    push(team.anouk, [create("clients", mine["clients"], isik),
                      create("clients", others["clients"], fatima),
                      create("cases", mine["cases"], case_of(isik))])
    zuid = valid_rows(theirs)
    push(team.chantal, [create("clients", zuid["clients"], theirs),
                        create("cases", zuid["cases"], case_of(theirs))])

    def event(case_id: str) -> dict:
        return create("case_events", {**others["case_events"], "case_id": case_id})

    answer = push(team.bram, [
        event(case_of(isik)),                                    # Işık's case, Fatima's event
        create("deadline_marks", {**others["deadline_marks"], "case_id": case_of(isik)}),
        event(case_of(theirs)),                                  # a case of team zuid
        event(new_id()),                                         # a case nobody has
        event(isik),                                             # a client, not a case
        create("case_events", mine["case_events"]),              # Işık's own: fine
        create("cases", others["cases"], case_of(fatima)),       # Fatima's case, then
        event(case_of(fatima)),                                  # her event in the same push
    ])

    results = answer["results"]
    assert [_answer(r) for r in results] == [
        ("rejected", "invalid_row", "case_id", "case_of_other_client"),
        ("rejected", "invalid_row", "case_id", "case_of_other_client"),
        ("rejected", "invalid_row", "case_id", "unknown_case"),
        ("rejected", "invalid_row", "case_id", "unknown_case"),
        ("rejected", "invalid_row", "case_id", "unknown_case"),
        ("applied", None, None, None), ("applied", None, None, None),
        ("applied", None, None, None)]
    assert all(r["seq"] is None for r in results[:5])
    stored = registry.sql("SELECT fields FROM records WHERE entity = 'case_events'")
    assert len(stored) == 2 and case_of(isik) in stored[0][0] + stored[1][0]
    assert registry.sql("SELECT count(*) FROM records WHERE entity = 'deadline_marks'") == [(0,)]
    rows, _ = pull_all(team.anouk)
    assert sorted((r["entity"], r["fields"].get("case_id"), r["client_id"]) for r in rows
                  if r["entity"] == "case_events") == sorted([
                      ("case_events", case_of(isik), isik),
                      ("case_events", case_of(fatima), fatima)])


def test_laptops_set_aside_an_event_planted_on_another_clients_case(registry, tmp_path):
    with _laptops(registry, tmp_path) as (anouk, youssef):
        isik = anouk.casefile.add_client(ISIK)
        fatima = anouk.casefile.add_client(FATIMA)
        case_id = anouk.cases.open(isik, "remigratiewet", dt.date(2024, 6, 3))
        anouk.cases.add_event(case_id, "ingediend", "2024-06-10")
        anouk.sync.sync()
        before = anouk.cases.show(case_id)
        good_note = new_id()
        planted = [  # as an older registry let them in
            ("case_events", new_id(), fatima, {"case_id": case_id, "client_id": fatima,
                                               "kind": "afgewezen", "date": "2024-07-01"}),
            ("deadline_marks", new_id(), fatima, {
                **valid_rows(fatima)["deadline_marks"], "case_id": case_id,
                "deadline_id": before.deadlines[0].id}),
            ("notes", good_note, fatima, {"client_id": fatima, "text": "Gesprek gaat door."}),
        ]
        plant(registry, "eindhoven", planted)

        # Anouk knows the case from her vault, Youssef from the page that brings it.
        receipts = [device.sync.sync() for device in (anouk, youssef)]

        for device, receipt in zip((anouk, youssef), receipts):
            assert receipt.set_aside == 2
            assert receipt.checked and receipt.mismatches == ()
            assert sorted((a.entity, a.field, a.problem) for a in device.sync.set_aside()) == [
                ("case_events", "case_id", "case_of_other_client"),
                ("deadline_marks", "case_id", "case_of_other_client")]
            shown = device.cases.show(case_id)
            assert (shown.state, [e.kind for e in shown.case.events]) == (
                before.state, ["ingediend"])
            assert [d.as_dict() for d in shown.deadlines] == [
                d.as_dict() for d in before.deadlines]
            assert good_note in {n.id for n in device.casefile.list_notes(fatima)}
            assert device.count("case_events") == 1 and device.count("deadline_marks") == 0


def test_a_reopening_must_name_a_mark_of_its_own_deadline(registry, team):
    isik = new_id()
    mine = valid_rows(isik)
    mark, other = new_id(), new_id()
    push(team.anouk, [create("clients", mine["clients"], isik),
                      create("cases", mine["cases"], case_of(isik)),
                      create("deadline_marks", mine["deadline_marks"], mark)])
    reopening = {**mine["deadline_marks"], "done_at": "2025-03-01T10:00:00Z"}

    answer = push(team.bram, [
        create("deadline_marks", {**reopening, "reopens": new_id()}),      # no such mark
        create("deadline_marks", {**reopening, "deadline_id": other, "reopens": mark}),
        create("deadline_marks", {**reopening, "reopens": mark}),          # its own: fine
    ])

    assert [_answer(r) for r in answer["results"]] == [
        ("rejected", "invalid_row", "reopens", "reopens_other_deadline"),
        ("rejected", "invalid_row", "reopens", "reopens_other_deadline"),
        ("applied", None, None, None)]
