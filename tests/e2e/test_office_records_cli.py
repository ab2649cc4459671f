"""The office's own registration from the command line, as a team registers its year: locations,
partners and relation contacts, group sessions (with an audience of its own), external figures,
and an import of earlier years. Bad input is one translated line on stderr and exit 1."""

from __future__ import annotations

import json

import pytest

from tests.e2e.spreekuur_e2e import assert_user_error, client_json

EINDHOVEN = {"name": "Stadskantoor Eindhoven", "city": "Eindhoven", "kind": "gemeentehuis",
             "active_from": "2024-01-01"}
GEMEENTE = {"name": "Gemeente Eindhoven", "kind": "gemeente", "city": "Eindhoven"}
FATIMA = {"given_names": "Fatima", "surname": "El Idrissi", "birth_date": "1960-02-29"}
UNKNOWN = "0190a0b0-0000-7000-8000-000000000000"


def _add(cli, *args, record) -> str:
    return cli.ok(*args, "--json", "-", input=json.dumps(record)).stdout.strip()


@pytest.fixture
def place(cli) -> str:
    return _add(cli, "location", "add", record=EINDHOVEN)


def test_a_year_of_sessions_and_relation_contacts_is_listed_by_year(cli, place):
    partner = _add(cli, "partner", "add", record=GEMEENTE)
    _add(cli, "relation", "add", partner, record={"date": "2025-03-04", "kind": "overleg",
                                                  "topics": ["samenwerking spreekuur"]})
    _add(cli, "relation", "add", partner, record={"date": "2024-11-20", "kind": "netwerk"})
    cli.ok("group-session", "audience", "add", "eritrees", "--label", "Eritrese gemeenschap")
    session = {"date": "2025-02-12", "location_id": place, "audience": "eritrees",
               "partner_id": partner, "attendees": 23, "language": "ti", "interpreter": True,
               "topics": ["remigratiewet", "pensioen"]}
    cli.ok("group-session", "add", input=json.dumps(session))
    _add(cli, "group-session", "add", record={**session, "date": "2024-06-01",
                                              "audience": "turks", "partner_id": None})

    sessions = cli.ok("group-session", "list", "--year", "2025", "--json").json()
    assert [(s["date"], s["audience"], s["attendees"], s["location"], s["partner"],
             s["interpreter"], s["topics"]) for s in sessions] == [
        ("2025-02-12", "eritrees", 23, "Stadskantoor Eindhoven", "Gemeente Eindhoven", True,
         ["remigratiewet", "pensioen"])]
    assert len(cli.ok("group-session", "list", "--json").json()) == 2
    relations = cli.ok("relation", "list", "--year", "2025", "--json").json()
    assert [(r["date"], r["kind"], r["partner"]) for r in relations] == [
        ("2025-03-04", "overleg", "Gemeente Eindhoven")]
    assert "2024-11-20\tGemeente Eindhoven\tnetwerk" in cli.ok("relation", "list").stdout
    assert [p["name"] for p in cli.ok("partner", "list", "--json").json()] == [
        "Gemeente Eindhoven"]
    codes = [a["code"] for a in cli.ok("group-session", "audience", "list", "--json").json()]
    assert codes[:7] == ["turks", "marokkaans", "surinaams", "vluchtelingen", "professionals",
                         "gemengd", "overig"] and codes[7:] == ["eritrees"]


def test_locations_list_by_date_and_contacts_refer_to_them_by_name(cli, place):
    _add(cli, "location", "add", record={"name": "Bibliotheek Tilburg", "city": "Tilburg",
                                         "kind": "bibliotheek", "active_from": "2023-01-01",
                                         "active_until": "2024-06-30"})
    client = cli.ok("client", "add", input=client_json(FATIMA)).stdout.strip()
    cli.ok("contact", "add", client, input=json.dumps(
        {"date": "2025-01-07", "kind": "intake", "location": "stadskantoor  eindhoven"}))
    cli.ok("contact", "add", client, input=json.dumps(
        {"date": "2025-01-08", "kind": "intake", "location": "Wijkcentrum Woensel"}))

    active = cli.ok("location", "list", "--date", "2025-01-08", "--json").json()
    assert [(r["name"], r["city"], r["contacts"]) for r in active] == [
        ("Stadskantoor Eindhoven", "Eindhoven", 1), ("Wijkcentrum Woensel", None, 1)]
    contacts = cli.ok("contact", "list", client, "--json").json()
    assert [(c["location"], c["location_id"]) for c in contacts][0] == (
        "Stadskantoor Eindhoven", place)
    text = cli.ok("location", "list", CONSULTANT_APP_LANG="nl").stdout
    assert "Wijkcentrum Woensel\t(Plaats onbekend)\toverig" in text
    assert "Bibliotheek Tilburg\tTilburg\tbibliotheek\t2023-01-01 – 2024-06-30" in text
    woensel = [r for r in active if r["name"] == "Wijkcentrum Woensel"][0]["id"]
    cli.ok("location", "update", woensel, "--json", "-", input='{"city": "Eindhoven"}')
    assert "Wijkcentrum Woensel\tEindhoven" in cli.ok("location", "list").stdout


def test_setting_a_figure_again_changes_it(cli):
    first = cli.ok("figures", "set", "--year", "2025", "applications_total", "1480",
                   "--source", "SVB jaarverslag 2025").stdout.strip()
    again = cli.ok("figures", "set", "--year", "2025", "applications_total", "1512",
                   "--source", "SVB jaarverslag 2025, herzien").stdout.strip()
    cli.ok("figures", "set", "--year", "2024", "applications_total", "1390", "--source", "SVB")
    assert first == again
    assert [(f["year"], f["key"], f["value"], f["source"])
            for f in cli.ok("figures", "list", "--year", "2025", "--json").json()] == [
        (2025, "applications_total", 1512, "SVB jaarverslag 2025, herzien")]
    assert len(cli.ok("figures", "list", "--json").json()) == 2


@pytest.mark.parametrize("change, dutch, english", [
    ({"audience": "koerdisch"}, "audience: Onbekende doelgroep", "audience: Unknown audience"),
    ({"location_id": UNKNOWN}, "Locatie niet gevonden", "Location not found"),
    ({"partner_id": UNKNOWN}, "Partnerorganisatie niet gevonden",
     "Partner organisation not found"),
    ({"date": "2025-02-30"}, "date:", "date:"),
    ({"attendees": 0}, "attendees: Een geheel getal van 1", "attendees: A whole number from 1"),
    ({"topics": ["bel 0612345678"]}, "topics[0]: Lijkt persoonsgegevens",
     "topics[0]: Looks like personal data"),
    ({"bsn": "123456782"}, "bsn: Onbekend veld", "bsn: Unknown field"),
])
def test_a_bad_session_is_one_line_in_dutch_and_english_and_nothing_is_kept(
        cli, place, change, dutch, english):
    session = {"date": "2025-02-12", "location_id": place, "audience": "turks",
               "attendees": 12, **change}
    for lang, expected in (("nl", dutch), ("en", english)):
        assert_user_error(cli("group-session", "add", input=json.dumps(session),
                              CONSULTANT_APP_LANG=lang), expected, absent=("0612345678",))
    assert cli.ok("group-session", "list", "--json").json() == []


@pytest.mark.parametrize("record, expected", [
    ({**GEMEENTE, "name": "info@gemeente.example.nl"}, "name: Looks like personal data"),
    ({**GEMEENTE, "city": "123456782"}, "city: Looks like personal data"),
    ({**GEMEENTE, "contact_person": "J. Jansen"}, "contact_person: Unknown field"),
    ({**GEMEENTE, "kind": "vereniging"}, "kind:"),
])
def test_a_partner_with_a_personal_field_is_refused(cli, record, expected):
    assert_user_error(cli("partner", "add", "--json", "-", input=json.dumps(record),
                          CONSULTANT_APP_LANG="en"), expected)
    assert cli.ok("partner", "list", "--json").json() == []


def test_bad_figures_and_relations_are_one_line(cli):
    assert_user_error(cli("figures", "set", "--year", "2025", "applications_total", "veel",
                          "--source", "SVB", CONSULTANT_APP_LANG="en"), "value: A whole number")
    assert_user_error(cli("figures", "set", "--year", "2025", "Applications", "3",
                          "--source", "SVB", CONSULTANT_APP_LANG="en"), "key:")
    assert_user_error(cli("relation", "add", UNKNOWN, "--json", "-", CONSULTANT_APP_LANG="en",
                          input='{"date": "2025-01-01", "kind": "overleg"}'),
                      "Partner organisation not found")
    assert_user_error(cli("location", "add", "--json", "-", CONSULTANT_APP_LANG="en",
                          input=json.dumps({**EINDHOVEN, "active_until": "2023-12-31"})),
                      "active_until: Is before")


def test_an_import_brings_earlier_years_and_its_lines_refer_to_each_other(cli, inputs):
    location, partner = "0190a0b0-0000-7000-8000-00000000000a", "0190a0b0-0000-7000-8000-00000000000b"
    lines = [
        {"type": "location", "id": location, **EINDHOVEN},
        {"type": "partner", "id": partner, **GEMEENTE},
        {"type": "relation", "partner_id": partner, "date": "2023-05-01", "kind": "overleg"},
        {"type": "group_session", "date": "2023-06-01", "location_id": location,
         "audience": "marokkaans", "partner_id": partner, "attendees": 31},
        {"type": "group_session", "date": "2023-06-02", "location_id": location,
         "audience": "nergens", "attendees": 3},
    ]
    path = inputs / "jaren.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = cli("import", str(path), CONSULTANT_APP_LANG="en")
    assert result.returncode == 1 and "Line 5: audience: Unknown audience" in result.stderr
    sessions = cli.ok("group-session", "list", "--year", "2023", "--json").json()
    assert [(s["location"], s["partner"], s["attendees"]) for s in sessions] == [
        ("Stadskantoor Eindhoven", "Gemeente Eindhoven", 31)]
    assert [r["partner_id"] for r in cli.ok("relation", "list", "--json").json()] == [partner]
    cli("import", str(path))  # again: nothing is added twice
    assert len(cli.ok("group-session", "list", "--json").json()) == 1
    assert len(cli.ok("location", "list", "--json").json()) == 1


def test_a_file_from_another_system_uses_its_own_keys_and_names(cli, inputs):
    # An office's spreadsheet export: its own partner and location keys, a session naming its
    # place by name, a relation naming its partner by name (folded: case and accents aside).
    lines = [
        {"type": "location", "id": "L-7", **EINDHOVEN},
        {"type": "partner", "id": "P-12", **GEMEENTE},
        {"type": "relation", "partner_id": "P-12", "date": "2022-05-01", "kind": "overleg"},
        {"type": "relation", "partner": "gemeente  EINDHOVEN", "date": "2022-06-01",
         "kind": "netwerk"},
        {"type": "group_session", "date": "2022-06-01", "location_id": "L-7",
         "audience": "turks", "partner_id": "P-12", "attendees": 24},
        {"type": "group_session", "date": "2022-09-14", "location": "Wijkcentrum De Meeuw",
         "audience": "gemengd", "attendees": 11},
        # refused whole: its unknown audience leaves no location behind
        {"type": "group_session", "date": "2022-10-01", "location": "Bibliotheek Işıklar",
         "audience": "nergens", "attendees": 3},
        {"type": "relation", "partner": "Stichting Onbekend", "date": "2022-06-01",
         "kind": "overleg"},
    ]
    path = inputs / "uit-ander-systeem.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n",
                    encoding="utf-8")
    result = cli("import", str(path), CONSULTANT_APP_LANG="en")
    assert result.returncode == 1, result.describe()
    assert "Line 7: audience: Unknown audience" in result.stderr
    assert "Line 8: partner: Partner organisation not found" in result.stderr
    assert "6 imported" in result.stderr

    def state():
        sessions = cli.ok("group-session", "list", "--year", "2022", "--json").json()
        relations = cli.ok("relation", "list", "--year", "2022", "--json").json()
        places = cli.ok("location", "list", "--json").json()
        return ([(s["date"], s["location"], s["partner"]) for s in sessions],
                [(r["date"], r["partner"]) for r in relations],
                sorted(p["name"] for p in places))

    first = state()
    assert first == (
        [("2022-06-01", "Stadskantoor Eindhoven", "Gemeente Eindhoven"),
         ("2022-09-14", "Wijkcentrum De Meeuw", None)],
        [("2022-05-01", "Gemeente Eindhoven"), ("2022-06-01", "Gemeente Eindhoven")],
        ["Stadskantoor Eindhoven", "Wijkcentrum De Meeuw"])
    again = cli("import", str(path), CONSULTANT_APP_LANG="en")  # run again: nothing twice
    assert "6 line(s) were imported before" in again.stderr, again.describe()
    assert state() == first
    # Next year's lines appended to the same file: its keys still mean what they meant.
    with path.open("a", encoding="utf-8") as more:
        more.write(json.dumps({"type": "relation", "partner_id": "P-12", "date": "2023-01-09",
                               "kind": "overleg"}) + "\n")
    cli("import", str(path))
    assert [r["partner"] for r in cli.ok("relation", "list", "--year", "2023",
                                         "--json").json()] == ["Gemeente Eindhoven"]
