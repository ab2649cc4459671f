"""Cases and eligibility checks between two laptops of a team over the real registry: each sees
the other's events and checks, and both derive the same deadlines with the same ids from the
same synced facts; an erasure on one empties them on the other."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ISIK
from tests.registry.test_sync_devices import _laptops, _sync_all


@pytest.fixture
def team(registry, tmp_path):
    with _laptops(registry, tmp_path) as devices:
        yield devices


def test_two_laptops_share_a_case_and_derive_the_same_deadlines(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)  # plans to leave on 2027-05-01
    check_id, check = anouk.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 3))
    case_id = anouk.cases.open(client_id, "remigratiewet", dt.date(2024, 6, 3))
    anouk.cases.add_event(case_id, "ingediend", "2024-06-10")
    anouk.cases.add_event(case_id, "toegekend", "2024-08-31")
    _sync_all(anouk, youssef)

    youssef.cases.add_event(case_id, "vertrokken", "2025-02-20")
    _sync_all(youssef, anouk)

    mine, theirs = anouk.cases.show(case_id), youssef.cases.show(case_id)
    assert mine.state == theirs.state == "vertrokken"
    assert [(e.id, e.kind, e.date) for e in mine.case.events] == [
        (e.id, e.kind, e.date) for e in theirs.case.events]
    assert [d.as_dict() for d in mine.deadlines] == [d.as_dict() for d in theirs.deadlines]
    assert {d.kind: d.due.isoformat() for d in theirs.deadlines} == {
        "vertrek_uiterlijk": "2025-02-28", "terugkeer_termijn": "2026-02-20",
        "brp_uitschrijven": "2027-05-01", "levensbewijs": "2026-02-20"}
    [kept] = youssef.eligibility.history(client_id)
    assert (kept.id, kept.verdict, kept.data_hash, kept.pack_hash) == (
        check_id, check.verdict, check.data_hash, check.pack_hash)

    youssef.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 3))
    _sync_all(youssef, anouk)
    first, again = anouk.eligibility.history(client_id)
    assert (first.verdict, first.data_hash) == (again.verdict, again.data_hash)
    assert again.consultant == "youssef"


def test_an_erasure_empties_cases_and_checks_on_the_other_laptop(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 3))
    case_id = anouk.cases.open(client_id, "remigratiewet")
    anouk.cases.add_event(case_id, "ingediend", "2024-06-10")
    _sync_all(anouk, youssef)
    assert youssef.count("case_events") == 1

    anouk.casefile.erase_client(client_id)
    _sync_all(anouk, youssef)

    db = youssef.vault.db
    assert [youssef.count(e) for e in ("eligibility_checks", "cases", "case_events")] == [0, 0, 0]
    assert db.execute("SELECT count(*) FROM eligibility_checks WHERE verdict != '' OR "
                      "data_hash != ''").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM case_events WHERE kind != '' OR date != ''"
                      ).fetchone()[0] == 0


def _awarded(anouk, youssef) -> tuple[str, str]:
    """Işık's case, applied for and awarded on Anouk's laptop and synced to Youssef's."""
    client_id = anouk.casefile.add_client(ISIK)
    case_id = anouk.cases.open(client_id, "remigratiewet", dt.date(2024, 6, 3))
    anouk.cases.add_event(case_id, "ingediend", "2024-06-10")
    anouk.cases.add_event(case_id, "toegekend", "2024-08-31")
    _sync_all(anouk, youssef)
    return client_id, case_id


def test_a_deadline_marked_done_on_one_laptop_is_done_on_the_other(team):
    anouk, youssef = team
    client_id, case_id = _awarded(anouk, youssef)
    departure = next(d for d in youssef.cases.show(case_id).deadlines
                     if d.kind == "vertrek_uiterlijk")

    done = youssef.cases.mark_done(departure.id)
    _sync_all(youssef, anouk)

    seen = {d.id: d for d in anouk.cases.show(case_id).deadlines}[departure.id]
    assert (seen.status, seen.done_at, seen.due) == ("done", done.done_at, dt.date(2025, 2, 28))
    assert [d.as_dict() for d in anouk.cases.show(case_id).deadlines] == [
        d.as_dict() for d in youssef.cases.show(case_id).deadlines]


def test_a_change_saved_on_one_laptop_is_one_deadline_to_report_on_both(team):
    anouk, youssef = team
    client_id, case_id = _awarded(anouk, youssef)

    # Youssef saves a new departure date: the SVB must hear of it within 4 weeks.
    youssef.casefile.update_client(client_id, {"destination": {
        "country": "TR", "planned_departure": "2027-06-15"}})
    _sync_all(youssef, anouk)
    _sync_all(anouk, youssef)

    mine, theirs = anouk.cases.show(case_id), youssef.cases.show(case_id)
    reports = [d for d in mine.deadlines if d.kind == "wijziging_melden_nl"]
    assert len(reports) == 1  # one change, one deadline: not one per laptop
    assert [d.as_dict() for d in mine.deadlines] == [d.as_dict() for d in theirs.deadlines]
    assert [e.kind for e in mine.case.events].count("wijziging") == 1


def _departure(laptop, case_id):
    return next(d for d in laptop.cases.show(case_id).deadlines if d.kind == "vertrek_uiterlijk")


def test_a_deadline_marked_on_one_laptop_and_reopened_on_the_other_is_open_on_both(team):
    anouk, youssef = team
    _, case_id = _awarded(anouk, youssef)
    departure = _departure(anouk, case_id)
    anouk.cases.mark_done(departure.id)
    _sync_all(anouk, youssef)
    assert _departure(youssef, case_id).status == "done"

    youssef.cases.reopen(departure.id)
    _sync_all(youssef, anouk)
    _sync_all(anouk, youssef)

    assert _departure(anouk, case_id).status == _departure(youssef, case_id).status == "open"
    assert [d.as_dict() for d in anouk.cases.show(case_id).deadlines] == [
        d.as_dict() for d in youssef.cases.show(case_id).deadlines]
    assert youssef.count("deadline_marks") == anouk.count("deadline_marks") == 2
    assert not anouk.vault.db.execute("SELECT count(*) FROM sync_rejected").fetchone()[0]


def test_both_laptops_reopening_the_same_deadline_converge_without_a_refusal(team):
    anouk, youssef = team
    _, case_id = _awarded(anouk, youssef)
    departure = _departure(anouk, case_id)
    anouk.cases.mark_done(departure.id)
    _sync_all(anouk, youssef)

    anouk.cases.reopen(departure.id)
    youssef.cases.reopen(departure.id)  # offline, both at once
    _sync_all(anouk, youssef)
    _sync_all(youssef, anouk)
    _sync_all(anouk, youssef)

    assert _departure(anouk, case_id).status == _departure(youssef, case_id).status == "open"
    for laptop in (anouk, youssef):
        assert not laptop.vault.db.execute("SELECT count(*) FROM sync_rejected").fetchone()[0]
        assert laptop.count("deadline_marks") == 3


def test_a_mark_made_unseen_elsewhere_still_counts_after_a_reopening(team):
    anouk, youssef = team
    _, case_id = _awarded(anouk, youssef)
    departure = _departure(anouk, case_id)
    anouk.cases.mark_done(departure.id)
    youssef.cases.mark_done(departure.id)  # offline: Youssef has not seen Anouk's mark
    anouk.cases.reopen(departure.id)        # Anouk takes back her own mark

    _sync_all(anouk, youssef)
    _sync_all(youssef, anouk)
    _sync_all(anouk, youssef)

    mine, theirs = _departure(anouk, case_id), _departure(youssef, case_id)
    assert mine.status == theirs.status == "done"
    assert mine.as_dict() == theirs.as_dict()


def test_a_change_names_its_fields_on_both_laptops(team):
    anouk, youssef = team
    client_id, case_id = _awarded(anouk, youssef)

    youssef.casefile.update_client(client_id, {"destination": {
        "country": "TR", "planned_departure": "2027-06-15"}})
    _sync_all(youssef, anouk)

    [change] = [e for e in anouk.cases.show(case_id).case.events if e.kind == "wijziging"]
    assert change.fields == ("destination",)
    [report] = [d for d in anouk.cases.show(case_id).deadlines
                if d.kind == "wijziging_melden_nl"]
    assert report.title_in("nl").endswith(": vertrek")
