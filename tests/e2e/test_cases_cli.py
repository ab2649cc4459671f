"""Cases from the command line, as a consultant follows an application: open, events in order,
show and list (text and JSON); bad input is one translated line on stderr and exit 1."""

from __future__ import annotations

import pytest

from tests.e2e.spreekuur_e2e import Cli, assert_user_error, client_json

FATIMA = {  # Moroccan, planning to leave in spring 2025
    "given_names": "Fatima", "surname": "El Idrissi", "birth_date": "1960-02-29",
    "country_of_birth": "MA", "nationalities": ["MA"], "arrival_date": "1985-06-01",
    "destination": {"country": "MA", "planned_departure": "2025-03-15"},
}
UNKNOWN = "0190a0b0-0000-7000-8000-000000000000"


@pytest.fixture
def opened(cli) -> tuple[Cli, str, str]:
    client_id = cli.ok("client", "add", input=client_json(FATIMA)).stdout.strip()
    case_id = cli.ok("case", "open", client_id, "--scheme", "remigratiewet",
                     "--date", "2024-05-02").stdout.strip()
    return cli, client_id, case_id


def test_a_case_follows_its_events_and_lists_by_state(opened):
    cli, client_id, case_id = opened
    cli.ok("case", "event", case_id, "--kind", "ingediend", "--date", "2024-05-06")
    cli.ok("case", "event", case_id, "--kind", "toegekend", "--date", "2024-08-31")

    shown = cli.ok("case", "show", case_id, "--json").json()
    assert (shown["id"], shown["client_id"], shown["scheme"], shown["state"]) == (
        case_id, client_id, "remigratiewet", "toegekend")
    assert [(e["kind"], e["date"]) for e in shown["events"]] == [
        ("ingediend", "2024-05-06"), ("toegekend", "2024-08-31")]
    assert shown["next"] == ["vertrokken", "ingetrokken", "wijziging"]
    deadlines = {d["kind"]: d for d in shown["deadlines"]}
    assert set(deadlines) == {"vertrek_uiterlijk", "brp_uitschrijven"}
    assert {k: (d["window_start"], d["due"], d["status"]) for k, d in deadlines.items()} == {
        "vertrek_uiterlijk": (None, "2025-02-28", "open"),
        "brp_uitschrijven": ("2025-03-10", "2025-03-15", "open")}
    assert all(set(d) >= {"id", "kind", "due", "window_start", "rule", "source", "status"}
               and d["source"] for d in shown["deadlines"])
    again = cli.ok("case", "show", case_id, "--json").json()["deadlines"]
    assert [d["id"] for d in again] == [d["id"] for d in shown["deadlines"]]
    listed = cli.ok("case", "list", "--state", "toegekend", "--json").json()
    assert [c["id"] for c in listed] == [case_id] and "deadlines" not in listed[0]
    assert cli.ok("case", "list", "--state", "vertrokken", "--json").json() == []
    text = cli.ok("case", "show", case_id).stdout
    assert "2024-08-31\ttoegekend" in text and "Fatima" not in text
    assert "2025-02-28\tvertrek_uiterlijk\topen" in text
    assert case_id in cli.ok("case", "list").stdout


def test_an_event_out_of_order_names_the_state_in_dutch_and_english(opened):
    cli, _, case_id = opened

    assert_user_error(cli("case", "event", case_id, "--kind", "vertrokken", "--date",
                          "2024-06-01"), "The case is at open", "vertrokken",
                      "possible: ingediend")
    assert_user_error(cli("case", "event", case_id, "--kind", "toegekend", "--date",
                          "2024-06-01", LANG="nl_NL.UTF-8"), "De zaak staat op open",
                      "toegekend")
    assert cli.ok("case", "show", case_id, "--json").json()["events"] == []


def test_bad_input_is_one_line_and_exit_1(opened):
    cli, client_id, case_id = opened

    assert_user_error(cli("case", "event", case_id, "--kind", "ingediend", "--date",
                          "2024-02-30"), "--date")
    assert_user_error(cli("case", "event", case_id, "--kind", "verhuisd", "--date",
                          "2024-06-01"), "Unknown event verhuisd")
    assert_user_error(cli("case", "open", client_id, "--scheme", "bijstand"),
                      "Unknown scheme bijstand")
    assert_user_error(cli("case", "open", UNKNOWN), "Client not found")
    assert_user_error(cli("case", "show", UNKNOWN), "Case not found")
    assert_user_error(cli("case", "event", UNKNOWN, "--kind", "ingediend", "--date",
                          "2024-06-01"), "Case not found")
    assert_user_error(cli("case", "list", "--state", "verhuisd"), "Unknown state verhuisd")


def test_a_change_after_the_award_and_the_life_certificates_abroad_become_deadlines(opened):
    """An office IT person's view: a saved change becomes a deadline to report it, and the
    office's life-certificate cycle is a setting."""
    cli, client_id, case_id = opened
    for kind, day in (("ingediend", "2024-05-06"), ("toegekend", "2024-08-31")):
        cli.ok("case", "event", case_id, "--kind", kind, "--date", day)

    cli.ok("client", "update", client_id, input=client_json(
        {"destination": {"country": "MA", "planned_departure": "2025-02-01"}}))
    shown = cli.ok("case", "show", case_id, "--json").json()
    (change,) = [e for e in shown["events"] if e["kind"] == "wijziging"]
    (report,) = [d for d in shown["deadlines"] if d["kind"] == "wijziging_melden_nl"]
    assert shown["state"] == "toegekend"
    assert report["status"] == "open"
    assert report["title"]["nl"] == "Wijziging melden aan de SVB (in Nederland: 4 weken)"
    assert report["rule"] == "event:wijziging + 4 weeks" and change["date"] < report["due"]

    # The departure, entered later, was before the change: the change was made abroad (6 weeks).
    cli.ok("case", "event", case_id, "--kind", "vertrokken", "--date", "2025-01-31")
    shown = cli.ok("case", "show", case_id, "--json").json()
    assert {d["kind"] for d in shown["deadlines"]} >= {"wijziging_melden_buitenland"}
    assert "wijziging_melden_nl" not in {d["kind"] for d in shown["deadlines"]}
    cli.ok("settings", "life_certificate_cycle_months", "6")
    cli.ok("case", "event", case_id, "--kind", "levensbewijs_ontvangen", "--date", "2025-09-10")
    text = cli.ok("case", "show", case_id, LANG="nl_NL.UTF-8").stdout
    assert "2026-03-10\tlevensbewijs\topen\tLevensbewijs naar de SVB\t" \
           "event:levensbewijs_ontvangen + 6 months" in text
    assert "2025-02-28\tvertrek_uiterlijk\tdone\tUiterlijk vertrekken" in text  # met by leaving

    assert_user_error(cli("settings", "life_certificate_cycle_months", "0"),
                      "Between 1 and 60 months")


def test_an_event_with_a_wrong_date_is_corrected_and_one_entered_by_mistake_taken_back(opened):
    cli, _, case_id = opened
    cli.ok("case", "event", case_id, "--kind", "ingediend", "--date", "2024-05-06")
    award = cli.ok("case", "event", case_id, "--kind", "toegekend",
                   "--date", "2024-09-30").stdout.strip()
    left = cli.ok("case", "event", case_id, "--kind", "vertrokken",
                  "--date", "2024-12-01").stdout.strip()

    # The award was on 31 August, not 30 September: the departure deadline moves with it.
    cli.ok("case", "correct", award, "--date", "2024-08-31")
    shown = cli.ok("case", "show", case_id, "--json").json()
    (leave,) = [d for d in shown["deadlines"] if d["kind"] == "vertrek_uiterlijk"]
    assert leave["due"] == "2025-02-28"
    # A date that would put the award after the departure is refused, naming what breaks.
    assert_user_error(cli("case", "correct", award, "--date", "2024-12-15"),
                      "The case is at ingediend: vertrokken cannot follow now")
    # The award cannot be taken back while the departure follows it; the departure can.
    assert_user_error(cli("case", "remove", award), "The case is at ingediend: vertrokken "
                      "cannot follow now")
    cli.ok("case", "remove", left)
    shown = cli.ok("case", "show", case_id, "--json").json()
    assert (shown["state"], [e["kind"] for e in shown["events"]]) == (
        "toegekend", ["ingediend", "toegekend"])
    assert_user_error(cli("case", "remove", UNKNOWN), "Event not found")


def test_a_change_shows_the_fields_it_is_about(opened):
    cli, client_id, case_id = opened
    cli.ok("case", "event", case_id, "--kind", "ingediend", "--date", "2024-05-06")
    cli.ok("case", "event", case_id, "--kind", "toegekend", "--date", "2024-08-31")
    cli.ok("case", "event", case_id, "--kind", "wijziging", "--date", "2024-09-02",
           "--fields", "destination,partner")
    cli.ok("case", "event", case_id, "--kind", "wijziging", "--date", "2024-09-03")

    shown = cli.ok("case", "show", case_id, "--json").json()
    text_nl = cli.ok("case", "show", case_id, LANG="nl_NL.UTF-8").stdout
    text_en = cli.ok("case", "show", case_id).stdout

    assert [e["fields"] for e in shown["events"]][-2:] == [["destination", "partner"], []]
    assert "  2024-09-02\twijziging\tWijziging: vertrek, partner\n" in text_nl
    assert "  2024-09-03\twijziging\n" in text_nl
    assert "  2024-09-02\twijziging\tChange: destination, partner\n" in text_en
    assert "Wijziging melden aan de SVB (in Nederland: 4 weken): vertrek, partner" in text_nl
    listed = cli.ok("followup", "list", client_id, LANG="nl_NL.UTF-8").stdout
    assert "Wijziging melden aan de SVB (in Nederland: 4 weken): vertrek, partner" in listed
    reports = [d for d in cli.ok("followup", "list", client_id, "--json").json()
               if d.get("rule") == "wijziging_melden_nl"]
    assert [d["fields"] for d in reports] == [["destination", "partner"], []]


def test_a_change_with_unknown_fields_or_fields_on_a_step_is_one_line_and_exit_1(opened):
    cli, _, case_id = opened
    cli.ok("case", "event", case_id, "--kind", "ingediend", "--date", "2024-05-06")
    cli.ok("case", "event", case_id, "--kind", "toegekend", "--date", "2024-08-31")

    assert_user_error(cli("case", "event", case_id, "--kind", "wijziging", "--date",
                          "2024-09-02", "--fields", "destination,salaris"), "--fields")
    assert_user_error(cli("case", "event", case_id, "--kind", "vertrokken", "--date",
                          "2024-09-02", "--fields", "address", LANG="nl_NL.UTF-8"),
                      "Alleen een wijziging")
    assert [e["kind"] for e in cli.ok("case", "show", case_id, "--json").json()["events"]] == [
        "ingediend", "toegekend"]
