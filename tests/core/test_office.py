"""The office's own registration (core.office, core.vault.office): what a team registers besides
client files, as the annual report will count it. Every record is a synced row with its outbox
entry; nothing of a person may go in; twins two laptops made resolve alike on every laptop."""

from __future__ import annotations

import pytest

from consultant_app.core.domain.office import looks_personal
from consultant_app.core.errors import NotFoundError, ValidationErrors
from consultant_app.core.sync.protocol import content
from consultant_app.core.sync.rows import row_problem
from tests.conftest import ISIK

KROON = {"name": "Buurthuis De Kroon", "city": "Arnhem", "kind": "buurthuis",
         "active_from": "2024-01-01"}
GGD = {"name": "GGD Gelderland-Midden", "kind": "maatschappelijke_organisatie",
       "city": "Arnhem"}


def _codes(raised) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in raised.value.errors]


def test_each_record_is_a_synced_row_that_passes_the_row_rules(workspace):
    office = workspace.office
    place = office.add_location(KROON)
    partner = office.add_partner(GGD)
    office.add_relation(partner, {"date": "2025-04-01", "kind": "doorverwijzing",
                                  "topics": ["schuldhulp"]})
    office.add_audience("eritrees", "Eritrese gemeenschap")
    office.add_group_session({"date": "2025-04-02", "location_id": place,
                              "audience": "eritrees", "partner_id": partner, "attendees": 14,
                              "language": "ti", "interpreter": True, "topics": ["pensioen"]})
    office.set_figure(2025, "applications_total", 1480, "SVB jaarverslag 2025")
    workspace.reports.publish(2025)  # the year's publication is a row of the team too
    db = workspace.vault.db
    from consultant_app.core.domain.entities import ENTITIES, TEAM_ROWS

    for entity in TEAM_ROWS:
        columns = ENTITIES[entity]
        rows = db.execute(f"SELECT id, {', '.join(columns)} FROM {entity}").fetchall()
        assert len(rows) == 1, entity
        values = content(entity, dict(zip(columns, rows[0][1:])))
        assert row_problem(entity, values) is None, entity
        waiting = db.execute("SELECT op FROM outbox WHERE entity = ? AND row_id = ?",
                             [entity, rows[0][0]]).fetchall()
        assert waiting == [("create",)], entity


def test_sessions_and_relations_list_by_year_with_the_names_they_refer_to(workspace):
    office = workspace.office
    place, partner = office.add_location(KROON), office.add_partner(GGD)
    for day in ("2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01"):
        office.add_group_session({"date": day, "location_id": place, "audience": "turks",
                                  "attendees": 5})
        office.add_relation(partner, {"date": day, "kind": "overleg"})
    assert [s["date"] for s in office.group_sessions(2025)] == ["2025-01-01", "2025-12-31"]
    assert [r["date"] for r in office.relations(2025)] == ["2025-01-01", "2025-12-31"]
    assert {s["location"] for s in office.group_sessions()} == {"Buurthuis De Kroon"}
    assert {r["partner"] for r in office.relations()} == {"GGD Gelderland-Midden"}


@pytest.mark.parametrize("change, problem", [
    ({"audience": "koerdisch"}, ("audience", "unknown_audience")),
    ({"attendees": 0}, ("attendees", "number_range")),
    ({"attendees": True}, ("attendees", "number_range")),
    ({"date": "2025-02-30"}, ("date", "date_impossible")),
    ({"date": "morgen"}, ("date", "date_format")),
    ({"location_id": "Buurthuis De Kroon"}, ("location_id", "bad_id")),
    ({"topics": ["mail naar a.jansen@example.org"]}, ("topics[0]", "personal_data")),
    ({"client_id": "01a20000-0000-7000-8000-00000000a001"}, ("client_id", "unknown_field")),
])
def test_a_bad_group_session_names_its_field_and_writes_nothing(workspace, change, problem):
    office = workspace.office
    place = office.add_location(KROON)
    before = workspace.vault.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(ValidationErrors) as raised:
        office.add_group_session({"date": "2025-04-02", "location_id": place,
                                  "audience": "turks", "attendees": 9, **change})
    assert problem in _codes(raised)
    assert office.group_sessions() == []
    assert workspace.vault.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == before


def test_an_unknown_location_or_partner_is_not_found(workspace):
    office = workspace.office
    place = office.add_location(KROON)
    other = "01a20000-0000-7000-8000-00000000ffff"
    session = {"date": "2025-04-02", "location_id": place, "audience": "turks", "attendees": 9}
    with pytest.raises(NotFoundError) as raised:
        office.add_group_session({**session, "location_id": other})
    assert raised.value.code == "location_not_found"
    with pytest.raises(NotFoundError) as raised:
        office.add_group_session({**session, "partner_id": other})
    assert raised.value.code == "partner_not_found"
    with pytest.raises(NotFoundError):
        office.add_relation(other, {"date": "2025-01-01", "kind": "overleg"})


@pytest.mark.parametrize("text", ["123456782", "bel 06-12345678", "+31 6 1234 5678",
                                  "info@example.org", "NL91 ABNA 0417 1643 00"])
def test_what_looks_like_a_persons_data_is_refused_in_names_and_topics(workspace, text):
    assert looks_personal(text)
    with pytest.raises(ValidationErrors) as raised:
        workspace.office.add_partner({**GGD, "name": text})
    assert _codes(raised) == [("name", "personal_data")]
    assert row_problem("partners", {"name": text, "kind": "gemeente"}).problem == "personal_data"


@pytest.mark.parametrize("text", ["Gemeente 's-Hertogenbosch", "Buurthuis nr. 12",
                                  "Spreekuur 2025", "AOW en Anw", "Wijk 5611 AB"])
def test_ordinary_names_pass(text):
    assert not looks_personal(text)


def test_locations_active_on_a_date_and_a_name_is_found_folded(workspace):
    office = workspace.office
    office.add_location(KROON)
    office.add_location({"name": "Bibliotheek Oost", "city": "Arnhem", "kind": "bibliotheek",
                         "active_from": "2020-01-01", "active_until": "2024-12-31"})
    assert [r["name"] for r in office.locations("2025-01-01")] == ["Buurthuis De Kroon"]
    assert [r["name"] for r in office.locations("2024-06-01")] == ["Bibliotheek Oost",
                                                                   "Buurthuis De Kroon"]
    assert office.location_named("  buurthuis de  KROON")["name"] == "Buurthuis De Kroon"
    with pytest.raises(ValidationErrors) as raised:
        office.add_location({**KROON, "name": "buurthuis de kroon"})
    assert _codes(raised) == [("name", "location_exists")]
    with pytest.raises(ValidationErrors) as raised:
        office.add_location({**KROON, "name": "Elders", "active_until": "2023-01-01"})
    assert _codes(raised) == [("active_until", "until_before_from")]
    oost = office.location_named("Bibliotheek Oost")["id"]
    with pytest.raises(ValidationErrors) as raised:
        office.update_location(oost, {"name": "Buurthuis de Kroon"})
    assert _codes(raised) == [("name", "location_exists")]
    with pytest.raises(ValidationErrors) as raised:
        office.update_location(oost, {"active_until": "2019-12-31"})
    assert _codes(raised) == [("active_until", "until_before_from")]
    assert office.update_location(oost, {"name": "Bibliotheek Arnhem-Oost"})
    assert office.location(oost)["name"] == "Bibliotheek Arnhem-Oost"


def test_a_contact_gets_its_locations_id_and_name_from_either(workspace):
    office, casefile = workspace.office, workspace.casefile
    place = office.add_location(KROON)
    client = casefile.add_client(ISIK)
    casefile.add_contact(client, {"date": "2025-03-01", "kind": "intake",
                                  "location": "buurthuis de kroon"})
    casefile.add_contact(client, {"date": "2025-03-02", "kind": "intake", "location_id": place})
    casefile.add_contact(client, {"date": "2025-03-03", "kind": "intake",
                                  "location": "Moskee Al-Fath"})
    casefile.add_contact(client, {"date": "2025-03-04", "kind": "telefonisch"})
    found = [(c.location, c.location_id) for c in casefile.list_contacts(client)]
    new = office.location_named("Moskee Al-Fath")
    assert found == [("Buurthuis De Kroon", place), ("Buurthuis De Kroon", place),
                     ("Moskee Al-Fath", new["id"]), (None, None)]
    assert (new["kind"], new["city"], new["active_from"]) == ("overig", None, "2025-03-03")
    with pytest.raises(NotFoundError):
        casefile.add_contact(client, {"date": "2025-03-05", "kind": "intake",
                                      "location_id": "01a20000-0000-7000-8000-00000000ffff"})


def test_a_figure_is_one_row_per_year_and_key_and_twins_fold_into_the_first(workspace):
    office = workspace.office
    first = office.set_figure(2025, "applications_total", 1480, "SVB")
    assert office.set_figure(2025, "applications_total", 1512, "SVB, herzien") == first
    assert [(f["value"], f["source"]) for f in office.figures(2025)] == [(1512, "SVB, herzien")]
    # A second laptop made the same figure before the two synced: the first entered counts.
    from consultant_app.core.vault import office as repo

    twin = repo.create(workspace.vault.db, "external_figures",
                       {"year": 2025, "key": "applications_total", "value": 9,
                        "source": "elders"}, workspace.identity)
    assert twin > first and [f["id"] for f in office.figures(2025)] == [first]
    office.set_figure(2025, "applications_total", 1500, "SVB")
    assert [r["id"] for r in repo.rows(workspace.vault.db, "external_figures")] == [first]
    with pytest.raises(ValidationErrors) as raised:
        office.set_figure(2025, "Applications Total", 3, "SVB")
    assert _codes(raised) == [("key", "code_format")]
    with pytest.raises(ValidationErrors) as raised:
        office.set_figure(2025, "applications_total", 3, "")
    assert _codes(raised) == [("source", "required")]


def test_an_office_audience_is_valid_beside_the_fixed_ones_once(workspace):
    office = workspace.office
    office.add_audience("eritrees")
    assert [a["code"] for a in office.audiences()][-2:] == ["overig", "eritrees"]
    for code in ("eritrees", "turks"):
        with pytest.raises(ValidationErrors) as raised:
            office.add_audience(code)
        assert _codes(raised) == [("code", "audience_exists")]
    with pytest.raises(ValidationErrors) as raised:
        office.add_audience("Eritrees!")
    assert _codes(raised) == [("code", "code_format")]
