"""Deadlines derived from a case and the client file: the pack's rules with their boundaries
(month-end clamping, the window before departure), one id per case and rule whatever the
dates, and a deadline that moves with its anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from consultant_app.core.cases.deadlines import deadline_id, derive, shift
from consultant_app.core.domain.records import Case, CaseEvent
from consultant_app.core.rules.library import RuleLibrary
from consultant_app.core.workspace import Workspace
from tests.conftest import ISIK, PASSPHRASE

CASE_ID = "0190a0b0-0000-7000-8000-00000000c001"


@pytest.fixture(scope="module")
def pack():
    return RuleLibrary.for_data_dir(None).get("remigratiewet")


def case_with(*events: tuple[str, str]) -> Case:
    return Case(CASE_ID, "client-1", "remigratiewet", "2024-01-02", "t", "Anouk",
                tuple(CaseEvent(f"e{n}", CASE_ID, "client-1", kind, date, "t", "Anouk")
                      for n, (kind, date) in enumerate(events)))


def by_kind(deadlines):
    return {d.kind: d for d in deadlines}


@pytest.mark.parametrize("start,offset,expected", [
    ("2024-08-31", "6 months", "2025-02-28"),   # clamps to the end of February
    ("2023-08-31", "6 months", "2024-02-29"),   # a leap year keeps the 29th
    ("2024-03-31", "6 months", "2024-09-30"),
    ("2024-01-15", "6 months", "2024-07-15"),
    ("2024-02-29", "1 year", "2025-02-28"),
    ("2025-03-15", "-5 days", "2025-03-10"),
    ("2025-03-03", "-5 days", "2025-02-26"),
    ("2024-12-31", "4 weeks", "2025-01-28"),
    ("2025-03-15", "0 days", "2025-03-15"),
])
def test_offsets_count_in_calendar_months_and_days(start, offset, expected):
    assert shift(dt.date.fromisoformat(start), offset) == dt.date.fromisoformat(expected)


def test_the_award_gives_the_departure_deadline_six_months_on_clamped(pack):
    found = by_kind(derive(case_with(("ingediend", "2024-05-06"), ("toegekend", "2024-08-31")),
                           pack, {}))

    assert set(found) == {"vertrek_uiterlijk"}
    deadline = found["vertrek_uiterlijk"]
    assert (deadline.due, deadline.window_start, deadline.status) == (
        dt.date(2025, 2, 28), None, "open")
    assert deadline.rule == "event:toegekend + 6 months"
    assert "Remigratiewet art. 4" in deadline.source
    assert deadline.id == deadline_id(CASE_ID, "vertrek_uiterlijk", "event:toegekend")


def test_deregistering_opens_five_days_before_the_planned_departure(pack):
    found = by_kind(derive(case_with(("ingediend", "2024-05-06")), pack,
                           {"destination": {"country": "MA",
                                            "planned_departure": "2025-03-03"}}))

    deadline = found["brp_uitschrijven"]
    assert (deadline.window_start, deadline.due) == (dt.date(2025, 2, 26), dt.date(2025, 3, 3))
    assert deadline.uncertain
    assert "brp_uitschrijven" not in by_kind(derive(case_with(), pack, {"destination": {}}))


@pytest.mark.parametrize("ended", [
    (("ingediend", "2024-05-06"), ("afgewezen", "2024-09-02")),
    (("ingediend", "2024-05-06"), ("toegekend", "2024-08-31"), ("ingetrokken", "2024-10-01")),
])
def test_a_refused_or_withdrawn_case_leaves_no_deadline(pack, ended):
    departing = {"destination": {"country": "MA", "planned_departure": "2025-03-03"}}
    assert derive(case_with(*ended[:-1]), pack, departing)  # before the last step: some
    assert derive(case_with(*ended), pack, departing) == []


def test_return_within_a_year_counts_from_departure(pack):
    found = by_kind(derive(case_with(("ingediend", "2023-05-06"), ("toegekend", "2023-09-01"),
                                     ("vertrokken", "2024-02-29")), pack, {}))

    assert found["terugkeer_termijn"].due == dt.date(2025, 2, 28)
    assert found["vertrek_uiterlijk"].due == dt.date(2024, 3, 1)
    # Leaving met the departure deadline; abroad, the first life certificate is due a cycle
    # (12 months, the office has not set another) after the departure.
    assert found["vertrek_uiterlijk"].status == "done"
    assert found["vertrek_uiterlijk"].done_at == "2024-02-29"
    assert [(d.kind, d.status) for d in derive(case_with(
        ("ingediend", "2023-05-06"), ("toegekend", "2023-09-01"), ("vertrokken", "2024-02-29")),
        pack, {})] == [("vertrek_uiterlijk", "done"), ("levensbewijs", "open"),
                       ("terugkeer_termijn", "open")]


def test_a_rule_counts_only_when_in_force_on_its_anchor(pack):
    # The 2014 deadline rules are in force from 2014-07-01: an award on 30 June 2014 has none.
    assert derive(case_with(("ingediend", "2014-01-06"), ("toegekend", "2014-06-30")),
                  pack, {}) == []
    assert by_kind(derive(case_with(("ingediend", "2014-01-06"), ("toegekend", "2014-07-01")),
                          pack, {}))["vertrek_uiterlijk"].due == dt.date(2015, 1, 1)


def test_a_moved_anchor_moves_the_open_deadline_and_keeps_its_id(vault_dir):
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        client_id = workspace.casefile.add_client(ISIK)  # leaves 2027-05-01
        case_id = workspace.cases.open(client_id, "remigratiewet")
        workspace.cases.add_event(case_id, "ingediend", "2026-06-01")
        before = by_kind(workspace.cases.show(case_id).deadlines)["brp_uitschrijven"]

        workspace.casefile.update_client(client_id, {"destination": {
            "country": "TR", "planned_departure": "2027-06-30"}})
        after = by_kind(workspace.cases.show(case_id).deadlines)["brp_uitschrijven"]

    assert (before.window_start, before.due) == (dt.date(2027, 4, 26), dt.date(2027, 5, 1))
    assert (after.window_start, after.due) == (dt.date(2027, 6, 25), dt.date(2027, 6, 30))
    assert before.id == after.id == deadline_id(case_id, "brp_uitschrijven",
                                                "field:destination.planned_departure")
    assert after.status == "open"


def test_two_cases_have_different_deadline_ids(pack):
    other = Case("0190a0b0-0000-7000-8000-00000000c002", "client-1", "remigratiewet",
                 "2024-01-02", "t", "Anouk",
                 (CaseEvent("x", "c2", "client-1", "toegekend", "2024-08-31", "t", "A"),))
    ours = derive(case_with(("toegekend", "2024-08-31")), pack, {})
    theirs = derive(other, pack, {})
    assert [d.due for d in ours] == [d.due for d in theirs]
    assert ours[0].id != theirs[0].id


AWARDED = (("ingediend", "2024-05-06"), ("toegekend", "2024-08-30"))


def test_a_change_is_reported_within_four_weeks_here_and_six_weeks_abroad(pack):
    found = derive(case_with(*AWARDED, ("wijziging", "2024-10-01"),
                             ("vertrokken", "2025-01-15"), ("wijziging", "2025-06-30"),
                             ("wijziging", "2025-07-02")), pack, {})
    reports = [(d.kind, d.due.isoformat()) for d in found if d.kind.startswith("wijziging")]

    assert reports == [("wijziging_melden_nl", "2024-10-29"),
                       ("wijziging_melden_buitenland", "2025-08-11"),
                       ("wijziging_melden_buitenland", "2025-08-13")]
    # One deadline per change: each has an id of its own, named by the change's event.
    ids = {d.id for d in found if d.kind == "wijziging_melden_buitenland"}
    assert ids == {deadline_id(CASE_ID, "wijziging_melden_buitenland", "e4"),
                   deadline_id(CASE_ID, "wijziging_melden_buitenland", "e5")}
    assert by_kind(found)["wijziging_melden_nl"].title_in("nl").startswith("Wijziging melden")


def test_the_life_certificate_cycle_restarts_from_each_one_received(pack):
    abroad = (*AWARDED, ("vertrokken", "2025-01-31"))
    first = by_kind(derive(case_with(*abroad), pack, {}))["levensbewijs"]
    received = by_kind(derive(case_with(*abroad, ("levensbewijs_ontvangen", "2025-12-20")),
                              pack, {}))["levensbewijs"]
    six_monthly = by_kind(derive(case_with(*abroad, ("levensbewijs_ontvangen", "2025-12-20")),
                                 pack, {}, office={"life_certificate_cycle_months": 6}))

    assert first.due == dt.date(2026, 1, 31)  # a cycle after leaving
    assert received.due == dt.date(2026, 12, 20)
    assert received.id != first.id  # a new cycle: the done one is not reopened
    assert six_monthly["levensbewijs"].due == dt.date(2026, 6, 20)
    assert six_monthly["levensbewijs"].rule == "event:levensbewijs_ontvangen + 6 months"
    # Once the benefit has ended there is nothing more to certify.
    ended = derive(case_with(*abroad, ("beeindigd", "2026-03-01")), pack, {})
    assert "levensbewijs" not in by_kind(ended)


def test_a_saved_change_of_a_relevant_field_becomes_a_change_to_report(vault_dir):
    today = dt.date.today()
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        client_id = workspace.casefile.add_client(ISIK)
        case_id = workspace.cases.open(client_id, "remigratiewet")
        workspace.cases.add_event(case_id, "ingediend", today - dt.timedelta(days=90))
        workspace.casefile.update_client(client_id, {"phone": "+31 6 12345678"})
        before_award = workspace.cases.show(case_id)  # no benefit yet: nothing to report
        workspace.cases.add_event(case_id, "toegekend", today - dt.timedelta(days=30))

        workspace.casefile.update_client(client_id, {"phone": "+31 6 87654321"})
        after_phone = workspace.cases.show(case_id)  # the phone is not the SVB's business
        workspace.casefile.update_client(client_id, {"destination": {
            "country": "TR", "planned_departure": (today + dt.timedelta(days=60)).isoformat()}})
        after_move = workspace.cases.show(case_id)

    assert [e.kind for e in before_award.case.events] == ["ingediend"]
    assert [e.kind for e in after_phone.case.events] == ["ingediend", "toegekend"]
    assert [(e.kind, e.date) for e in after_move.case.events][-1] == (
        "wijziging", today.isoformat())
    assert after_move.state == "toegekend"
    (report,) = [d for d in after_move.deadlines if d.kind == "wijziging_melden_nl"]
    assert (report.due, report.status) == (today + dt.timedelta(weeks=4), "open")


def test_the_return_term_expires_rather_than_falls_overdue(pack):
    found = by_kind(derive(case_with(*AWARDED, ("vertrokken", "2025-01-31")), pack, {}))
    later = dt.date(2026, 6, 1)

    assert found["terugkeer_termijn"].term and not found["terugkeer_termijn"].overdue(later)
    assert found["levensbewijs"].overdue(later)  # a duty: late when its date has passed
    assert not found["levensbewijs"].overdue(dt.date(2026, 1, 30))


# -- what a change is about ------------------------------------------------------------------------
def test_a_saved_change_names_the_fields_to_report_and_never_their_values(vault_dir):
    today = dt.date.today()
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        client_id = workspace.casefile.add_client(ISIK)
        case_id = workspace.cases.open(client_id, "remigratiewet")
        workspace.cases.add_event(case_id, "ingediend", today - dt.timedelta(days=90))
        workspace.cases.add_event(case_id, "toegekend", today - dt.timedelta(days=30))

        # A new partner, a new departure date and a new phone number saved at once.
        workspace.casefile.update_client(client_id, {
            "phone": "+31 6 87654321",
            "partner": {"given_names": "Elif", "surname": "Işık", "co_migrates": True},
            "destination": {"country": "TR",
                            "planned_departure": (today + dt.timedelta(days=60)).isoformat()}})
        shown = workspace.cases.show(case_id)
        stored = workspace.vault.db.execute(
            "SELECT changed_fields FROM case_events WHERE kind = 'wijziging'").fetchone()[0]

    change = shown.case.events[-1]
    assert (change.kind, change.fields) == ("wijziging", ("destination", "partner"))
    assert shown.as_dict()["events"][-1]["fields"] == ["destination", "partner"]
    assert "Elif" not in stored and "TR" not in stored and "phone" not in stored
    (report,) = [d for d in shown.deadlines if d.kind == "wijziging_melden_nl"]
    assert report.fields == ("destination", "partner")
    assert report.title_in("nl") == \
        "Wijziging melden aan de SVB (in Nederland: 4 weken): vertrek, partner"
    assert report.title_in("en") == \
        "Report the change to the SVB (in the Netherlands: 4 weeks): destination, partner"


def test_a_change_entered_by_hand_may_name_fields_or_none(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2024, 6, 3))
    workspace.cases.add_event(case_id, "ingediend", "2024-06-10")
    workspace.cases.add_event(case_id, "toegekend", "2024-08-31")

    workspace.cases.add_event(case_id, "wijziging", "2024-09-02")
    workspace.cases.add_event(case_id, "wijziging", "2024-09-03", ["children", "address"])

    events = workspace.cases.show(case_id).case.events
    assert [e.fields for e in events[-2:]] == [(), ("children", "address")]
    titles = [d.title_in("nl") for d in workspace.cases.show(case_id).deadlines
              if d.kind == "wijziging_melden_nl"]
    assert titles == ["Wijziging melden aan de SVB (in Nederland: 4 weken)",
                      "Wijziging melden aan de SVB (in Nederland: 4 weken): kinderen, adres"]


@pytest.mark.parametrize("kind,fields,code", [
    ("wijziging", ["salary"], "not_in_list"),
    ("wijziging", ["partner", "partner"], "duplicate_field"),
    ("levensbewijs_ontvangen", ["address"], "case_fields_only_on_change"),
])
def test_a_change_names_known_fields_only_and_only_a_change_names_any(workspace, kind, fields,
                                                                      code):
    from consultant_app.core.errors import ConsultantAppError

    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2024, 6, 3))
    workspace.cases.add_event(case_id, "ingediend", "2024-06-10")
    workspace.cases.add_event(case_id, "toegekend", "2024-08-31")
    workspace.cases.add_event(case_id, "vertrokken", "2024-09-01")

    with pytest.raises(ConsultantAppError) as refused:
        workspace.cases.add_event(case_id, kind, "2024-09-02", fields)

    assert refused.value.code == code
    assert [e.kind for e in workspace.cases.show(case_id).case.events][-1] == "vertrokken"


def test_the_row_rules_take_known_field_names_on_a_change_only():
    from consultant_app.core.sync.rows import row_problem

    row = {"case_id": CASE_ID, "client_id": CASE_ID, "kind": "wijziging", "date": "2025-01-02"}

    assert row_problem("case_events", row) is None  # an older change names none
    assert row_problem("case_events", {**row, "changed_fields": '["destination"]'}) is None
    assert row_problem("case_events", {**row, "changed_fields": '["Elif"]'}).problem == \
        "not_in_list"
    assert row_problem("case_events", {**row, "changed_fields": '"destination"'}).problem == \
        "wrong_type"
    assert row_problem("case_events", {**row, "kind": "vertrokken",
                                       "changed_fields": '["address"]'}).problem == \
        "fields_only_on_change"
