"""The annual report computed from a year of known records: every cell of the JSON, both years,
and the boundaries (a contact on 31 December and on 1 January, an erased client, a deleted
contact, the deepest service, the second generation, a figure entered twice)."""

from __future__ import annotations

import datetime as dt

import pytest

from consultant_app.core.errors import ReportError
from consultant_app.core.vault import audit
from tests.conftest import ISIK, MEHMET

PEOPLE = {  # name: (file, contacts in the year as (date, kind, location))
    "isik": ({**ISIK}, [("2025-01-01", "intake", "Stadskantoor Eindhoven"),
                        ("2025-06-03", "uitgebreide_begeleiding", "Stadskantoor Eindhoven")]),
    "mehmet": ({**MEHMET}, [("2025-12-31", "intake", "Kantoor Utrecht")]),
    "fatima": ({"given_names": "Fatima", "surname": "El Idrissi", "birth_date": "1960-02-29",
                "country_of_birth": "MA", "nationalities": ["MA", "NL"],
                "destination": {"country": "MA"}},
               [("2025-03-10", "nazorg", None),  # by phone, at no spreekuur location
                ("2025-04-10", "reeds_geremigreerd", None)]),
    # born in the Netherlands, Moroccan too: the second generation counts by that nationality
    "yassin": ({"given_names": "Yassin", "surname": "Amrani", "birth_date": "1990-01-01",
                "country_of_birth": "NL", "nationalities": ["NL", "MA"]},
               [("2025-02-02", "informatie", "Kantoor Utrecht")]),
    "daan": ({"given_names": "Daan", "surname": "Visser", "birth_date": "1985-05-05",
              "country_of_birth": "NL", "nationalities": ["NL"]},
             [("2025-02-03", "informatie", "Kantoor Utrecht")]),
    "amina": ({"given_names": "Amina", "surname": "Warsame", "birth_date": "1975-07-07",
               "country_of_birth": "SO", "nationalities": ["SO"],
               "residence_permit": {"type": "verblijfsvergunning asiel onbepaalde tijd"}},
              [("2025-09-09", "intake", "Stadskantoor Eindhoven")]),
    "haris": ({"given_names": "Haris", "surname": "Hodžić", "birth_date": "1962-11-11"},
              [("2025-10-10", "intake", "Kantoor Utrecht")]),
    # last year only: helped in 2024, a contact on 31 December 2024
    "ramon": ({"given_names": "Ramon", "surname": "Sewnarain", "birth_date": "1955-12-01",
               "country_of_birth": "SR", "nationalities": ["NL"]},
              [("2024-12-31", "intake", "Kantoor Utrecht")]),
}


@pytest.fixture
def year(workspace):
    office, casefile = workspace.office, workspace.casefile
    eindhoven = office.add_location({"name": "Stadskantoor Eindhoven", "city": "Eindhoven",
                                     "kind": "gemeentehuis", "active_from": "2020-01-01"})
    office.add_location({"name": "Kantoor Utrecht", "city": "Utrecht", "kind": "kantoor",
                         "active_from": "2020-01-01"})
    ids = {}
    for name, (person, contacts) in PEOPLE.items():
        ids[name] = casefile.add_client(person)
        for day, kind, location in contacts:
            casefile.add_contact(ids[name], {"date": day, "kind": kind, "location": location}
                                 if location else {"date": day, "kind": kind})
    # A contact deleted, and a client erased, count nowhere.
    gone = casefile.add_client({"given_names": "Weg", "surname": "Gewist", "birth_date": "1970-01-01",
                                "country_of_birth": "TR"})
    casefile.add_contact(gone, {"date": "2025-05-05", "kind": "intake",
                                "location": "Kantoor Utrecht"})
    casefile.erase_client(gone)
    # Isık applied in 2025, Mehmet in 2024 (his case was opened in 2024).
    for name, applied in (("isik", "2025-02-01"), ("mehmet", "2024-11-20")):
        case_id = workspace.cases.open(ids[name], "remigratiewet", dt.date(2024, 10, 1))
        workspace.cases.add_event(case_id, "ingediend", applied)
    # Fatima left in 2024: her contacts of 2025 are with someone who already remigrated.
    case_id = workspace.cases.open(ids["fatima"], "remigratiewet", dt.date(2022, 1, 3))
    for kind, day in (("ingediend", "2022-02-01"), ("toegekend", "2022-05-02"),
                      ("vertrokken", "2024-10-01")):
        workspace.cases.add_event(case_id, kind, day)
    partner = office.add_partner({"name": "Gemeente Eindhoven", "kind": "gemeente",
                                  "city": "Eindhoven"})
    for day in ("2025-01-15", "2025-11-30", "2024-06-01"):
        office.add_relation(partner, {"date": day, "kind": "overleg", "topics": ["afstemming"]})
    for day, audience, people in (("2025-03-01", "turks", 14), ("2025-04-01", "turks", 9),
                                  ("2025-05-01", "vluchtelingen", 6), ("2024-05-01", "gemengd", 20)):
        office.add_group_session({"date": day, "location_id": eindhoven, "audience": audience,
                                  "attendees": people})
    office.set_figure(2025, "applications_total", 40, "SVB jaarverslag 2025")
    return workspace, ids


def test_every_cell_of_the_year_and_the_year_before(year):
    workspace, _ = year

    report = workspace.reports.annual(2025)

    previous = report.pop("previous_year")
    assert report == {
        "year": 2025, "source": "vault",
        # Işık, Mehmet: TR; Fatima: MA (born there); Yassin: MA (born here, Moroccan too);
        # Daan: NL; Amina: SO; Haris: no country of birth
        "clients": {"total": 7, "by_background": {"TR": 2, "MA": 2, "NL": 1, "SO": 1,
                                                  "unknown": 1}},
        # the deepest service: Işık had both (extended), Fatima aftercare (extended)
        "services": {"intake": 5, "uitgebreide_begeleiding": 2},
        "applications": {"guided": 1, "total": 40, "share": 0.025},
        "group_sessions": {"total": 3, "by_audience": {"turks": 2, "vluchtelingen": 1}},
        "remigrated_contacts": {"total": 2, "by_country": {"MA": 2}},
        "refugees": 1,
        "relation_contacts": 2,
        "locations": {"Eindhoven": 3, "Utrecht": 4},  # a call at no location counts nowhere
    }
    assert previous == {
        "year": 2024, "source": "vault",
        "clients": {"total": 1, "by_background": {"SR": 1}},
        "services": {"intake": 1, "uitgebreide_begeleiding": 0},
        "applications": {"guided": 1, "total": None, "share": None},
        "group_sessions": {"total": 1, "by_audience": {"gemengd": 1}},
        "remigrated_contacts": {"total": 0, "by_country": {}},
        "refugees": 0,
        "relation_contacts": 1,
        "locations": {"Utrecht": 1},
    }


def test_a_year_without_registration_is_one_clear_refusal(year):
    workspace, _ = year

    with pytest.raises(ReportError) as refused:
        workspace.reports.annual(2019)

    assert refused.value.message("nl").startswith("Niets geregistreerd in 2019")
    assert workspace.reports.annual(2024)["previous_year"] is None  # nothing in 2023


def test_asking_is_logged_without_naming_anyone(year):
    workspace, _ = year
    workspace.reports.annual(2025)

    (entry,) = [e for _, e in audit.since(workspace.vault.db, 0, 10_000)
                if e["detail"] == "annual_report=2025"]
    assert (entry["action"], entry["client_id"]) == ("search", None)


def test_the_years_offered_are_those_with_registration(year, workspace):
    # 2022: Fatima's case events; 2024 and 2025: contacts, sessions, relation contacts
    assert workspace.reports.years() == [2022, 2024, 2025]


def test_an_empty_vault_has_no_years(workspace):
    assert workspace.reports.years() == []


def test_the_year_read_back_from_the_xlsx_and_the_docx_hides_every_small_count(year, tmp_path):
    """The known year through both exports: each sheet and each Word table holds the rows the
    report's tables give with suppression, the clients helped (7) printed, last year's single
    client hidden, and no count from 1 to 4 printed as a number anywhere."""
    import openpyxl
    from docx import Document

    from consultant_app.core.reports.tables import tables

    workspace, _ = year
    expected = tables(workspace.reports.annual(2025), suppress=True)
    workspace.reports.export(2025, tmp_path / "j.xlsx")
    workspace.reports.export(2025, tmp_path / "j.docx")
    book = openpyxl.load_workbook(tmp_path / "j.xlsx")
    document = Document(str(tmp_path / "j.docx"))

    for table, word in zip(expected.tables, document.tables):
        rows = [*table.rows, *([table.total] if table.total else [])]
        sheet = book[table.id]
        found = [tuple(str(c.value) for c in row)
                 for row in sheet.iter_rows(min_row=4, max_row=3 + len(rows), max_col=3)]
        assert found == [(r.label, r.current, r.previous) for r in rows], table.id
        assert [[c.text for c in row.cells] for row in word.rows][1:] == [
            [r.label, r.current, r.previous] for r in rows], table.id
    clients = book["Cliënten"]
    total = next(row for row in clients.iter_rows(values_only=True)
                 if row[0] == "Totaal geholpen cliënten")
    assert (total[1], total[2]) == (7, "<5")
    assert all(not 1 <= c <= 4 for sheet in ("Cliënten", "Dienstverlening", "Geremigreerden",
                                             "Locaties")
               for row in book[sheet].iter_rows(min_row=4, values_only=True)
               for c in row[1:3] if isinstance(c, int))
