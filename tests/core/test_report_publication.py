"""Publishing a year's figures: the published report comes back as it was, with who published it
when and exactly which cells changed since; the hash is the same for the same figures; a year is
published once unless asked again, and the earlier publication stays in the history. The
publication is a synced row of the team that holds counts only."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from consultant_app.core.domain.dates import as_date, long_date
from consultant_app.core.domain.entities import canonical, content
from consultant_app.core.errors import ReportError
from consultant_app.core.messages import translate
from consultant_app.core.reports import publication
from consultant_app.core.reports.tables import tables
from consultant_app.core.sync.rows import row_problem
from tests.conftest import ISIK, MEHMET

UTRECHT = {"name": "Kantoor Utrecht", "city": "Utrecht", "kind": "kantoor",
           "active_from": "2020-01-01"}


@pytest.fixture
def office_year(workspace):
    """Two clients helped in 2025 at Kantoor Utrecht, one in 2024."""
    workspace.office.add_location(UTRECHT)
    casefile = workspace.casefile
    for person, day in ((ISIK, "2025-03-04"), (MEHMET, "2025-06-30"), (ISIK, "2024-02-02")):
        client_id = casefile.add_client(person)
        casefile.add_contact(client_id, {"date": day, "kind": "intake",
                                         "location": "Kantoor Utrecht"})
    return workspace


def _add_client_helped(workspace, day: str = "2025-09-01") -> str:
    client_id = workspace.casefile.add_client(
        {"given_names": "Fatima", "surname": "El Idrissi", "birth_date": "1960-02-29",
         "country_of_birth": "MA", "nationalities": ["MA"]})
    workspace.casefile.add_contact(client_id, {"date": day, "kind": "intake",
                                               "location": "Kantoor Utrecht"})
    return client_id


def test_a_published_year_shows_the_published_figures_and_names_each_changed_cell(
        office_year):
    reports = office_year.reports
    before = reports.annual(2025)
    done = reports.publish(2025)
    assert done["sha256"] == hashlib.sha256(canonical(before).encode()).hexdigest()
    assert (done["edition"], done["published_by"]) == (1, office_year.vault.identity.consultant)

    unchanged = reports.annual(2025)
    assert publication.figures(unchanged) == before
    assert unchanged["published"] == {"at": done["published_at"], "by": done["published_by"],
                                      "sha256": done["sha256"], "edition": 1}
    assert unchanged["changes_since_publication"] == []

    _add_client_helped(office_year)
    later = reports.annual(2025)
    assert publication.figures(later) == before  # the published figures, not silently others
    by_path = {c["path"]: (c["published"], c["now"])
               for c in later["changes_since_publication"]}
    assert by_path == {"clients.total": (2, 3), "clients.by_background.MA": (None, 1),
                       "services.intake": (2, 3), "locations.Utrecht": (2, 3)}
    assert publication.digest(publication.figures(later)) == done["sha256"]

    line = publication.notice(later, "nl")
    assert line.startswith("Gepubliceerd op ") and "sindsdien gewijzigd: " in line
    assert "clients.total 2 → 3" in line and "locations.Utrecht 2 → 3" in line
    assert "changed since: clients.total 2 → 3" in publication.notice(later, "en")
    assert "niets gewijzigd" in publication.notice(unchanged, "nl")


def test_the_hash_is_stable_over_a_rerun_and_publishing_twice_needs_again(office_year):
    reports = office_year.reports
    first = reports.publish(2025)
    with pytest.raises(ReportError) as refused:
        reports.publish(2025)
    assert refused.value.code == "report_already_published"
    assert "--again" in refused.value.message("en")
    assert "--again" in refused.value.message("nl")
    assert [p["edition"] for p in reports.publications()] == [1]  # nothing was added

    second = reports.publish(2025, again=True)  # the same registration: the same hash
    assert (second["edition"], second["sha256"]) == (2, first["sha256"])
    _add_client_helped(office_year)
    third = reports.publish(2025, again=True)
    assert third["sha256"] != first["sha256"]
    history = reports.publications(2025)
    assert [(p["edition"], p["sha256"], p["current"]) for p in history] == [
        (1, first["sha256"], False), (2, first["sha256"], False), (3, third["sha256"], True)]
    assert reports.annual(2025)["changes_since_publication"] == []
    assert reports.annual(2025)["published"]["edition"] == 3

    other = reports.publish(2024)  # another year is its own
    assert other["edition"] == 1
    assert [p["year"] for p in reports.publications()] == [2024, 2025, 2025, 2025]


def test_a_year_without_registration_cannot_be_published(office_year):
    with pytest.raises(ReportError) as refused:
        office_year.reports.publish(1999)
    assert refused.value.code == "report_no_data"
    assert office_year.reports.publications() == []


def test_the_publication_is_a_synced_team_row_of_counts_only(office_year):
    office_year.reports.publish(2025)
    db = office_year.vault.db
    columns = ("year", "edition", "sha256", "snapshot", "published_at", "published_by")
    row_id, *values = db.execute(f"SELECT id, {', '.join(columns)} FROM report_publications"
                                 ).fetchone()
    fields = content("report_publications", dict(zip(columns, values)))
    assert row_problem("report_publications", fields) is None
    assert db.execute("SELECT op FROM outbox WHERE entity = 'report_publications' AND "
                      "row_id = ?", [row_id]).fetchall() == [("create",)]
    snapshot = fields["snapshot"]
    for name in ("Işık", "Öztürk", "Mehmet", ISIK["birth_date"]):
        assert name not in snapshot
    assert json.loads(snapshot)["clients"]["total"] == 2

    # A row another laptop (or an older registry) brings is held to the same rules.
    report = json.loads(snapshot)
    with_person = {**report, "clients": {**report["clients"], "names": ["Işık Öztürk"]}}
    assert row_problem("report_publications", {**fields, "snapshot": canonical(with_person)}
                       ).problem == "not_a_report"
    assert row_problem("report_publications", {**fields, "sha256": "0" * 64}
                       ).problem == "publication_hash_mismatch"
    assert row_problem("report_publications", {**fields, "year": 2024}
                       ).problem == "publication_other_year"
    assert translate("publication_hash_mismatch", "nl").startswith("De SHA-256")


def test_an_export_of_a_published_year_reproduces_the_published_document(office_year,
                                                                          tmp_path):
    from openpyxl import load_workbook

    reports = office_year.reports
    reports.publish(2025)
    _add_client_helped(office_year)
    _add_client_helped(office_year, "2025-10-01")
    _add_client_helped(office_year, "2025-11-01")
    out = tmp_path / "jaarverslag.xlsx"
    shown = reports.export(2025, out)
    assert shown["changes_since_publication"]  # the registration moved on ...
    sheet = load_workbook(out)["Locaties"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "<5" in cells and 5 not in cells  # ... the export still has the published 2


def test_the_year_before_a_report_is_its_publication_not_a_recount(office_year):
    reports = office_year.reports
    done = reports.publish(2024)  # one client helped in 2024, as the funder got it
    published_2024 = publication.figures(reports.annual(2024))
    _add_client_helped(office_year, "2024-11-05")  # registered late, after publication

    report = reports.annual(2025)
    assert report["previous_year"] == publication.year_figures(published_2024)
    assert report["previous_year"]["clients"]["total"] == 1  # not the 2 counted now
    assert report["previous_year_published"] == {
        "at": done["published_at"], "edition": 1, "sha256": done["sha256"]}
    assert "previous_year" not in report["previous_year"]  # 2024's own 2023 is left out
    assert reports.annual(2024)["changes_since_publication"]  # the recount is 2024's own report

    # 2025 published on top of it keeps saying so, and its hash covers which publication
    frozen = reports.publish(2025)
    row = office_year.vault.db.execute(
        "SELECT year, edition, sha256, snapshot, published_at, published_by FROM "
        "report_publications WHERE year = 2025").fetchone()
    fields = content("report_publications", dict(zip(
        ("year", "edition", "sha256", "snapshot", "published_at", "published_by"), row)))
    assert row_problem("report_publications", fields) is None  # a laptop and registry take it
    again = reports.annual(2025)
    assert again["previous_year_published"]["sha256"] == done["sha256"]
    assert publication.digest(publication.figures(again)) == frozen["sha256"]
    assert again["changes_since_publication"] == []

    # 2024 published again (with the late client): 2025's publication still holds the old
    # 2024, and says which counts of it differ from the 2024 that counts now
    reports.publish(2024, again=True)
    later = reports.annual(2025)
    assert later["previous_year"]["clients"]["total"] == 1
    assert {"path": "previous_year.clients.total", "published": 1, "now": 2} in later[
        "changes_since_publication"]
    assert not any(c["path"].startswith("previous_year_published")
                   for c in later["changes_since_publication"])


def test_a_year_before_without_publication_is_counted_live(office_year):
    report = office_year.reports.annual(2025)

    assert report["previous_year"]["clients"]["total"] == 1
    assert "previous_year_published" not in report


def _xlsx_lines(path) -> list[str]:
    from openpyxl import load_workbook

    return [c for c in next(iter(load_workbook(path).worksheets)).iter_rows(
        min_col=1, max_col=1, values_only=True) for c in c if isinstance(c, str)]


def _docx_lines(path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def test_an_exported_published_year_says_when_by_whom_which_edition_and_what_changed(
        office_year, tmp_path):
    reports = office_year.reports
    reports.publish(2025)
    done = reports.publish(2025, again=True)
    _add_client_helped(office_year)
    day = long_date(as_date(done["published_at"]))  # "15 maart 2026"
    status = (f"Gepubliceerd op {day} door {office_year.vault.identity.consultant}, editie 2, "
              f"SHA-256 {done['sha256']}")

    for suffix, lines in ((".xlsx", _xlsx_lines), (".docx", _docx_lines)):
        reports.export(2025, tmp_path / f"r{suffix}")
        found = lines(tmp_path / f"r{suffix}")
        assert status in found, suffix
        at = found.index(status)
        assert found[at + 1] == ("Dit zijn de gepubliceerde cijfers; sindsdien zijn 4 aantallen "
                                 "gewijzigd in de registratie:"), suffix
        listed = " ".join(found[at + 2:at + 6])
        assert "Geholpen cliënten naar achtergrond: Marokko (2025)" in listed
        assert "Contacten per spreekuurlocatie: Utrecht (2025)" in listed
        assert "→" not in listed  # an export names the places: 2 → 3 is one person
        assert not any(line.startswith("Niet gepubliceerd") for line in found)


def test_a_live_export_says_it_is_not_published_and_of_which_day(office_year, tmp_path):
    office_year.reports.export(2025, tmp_path / "r.xlsx")
    office_year.reports.export(2025, tmp_path / "r.docx")

    line = f"Niet gepubliceerd: cijfers zoals geregistreerd op {long_date(date.today())}"
    assert line in _xlsx_lines(tmp_path / "r.xlsx")
    assert line in _docx_lines(tmp_path / "r.docx")
    assert not any("Gepubliceerd op" in x for x in _docx_lines(tmp_path / "r.docx"))


def test_an_export_says_the_previous_year_column_is_the_published_one(office_year, tmp_path):
    from openpyxl import load_workbook

    reports = office_year.reports
    done = reports.publish(2024)
    _add_client_helped(office_year, "2024-11-05")
    reports.export(2025, tmp_path / "r.xlsx")
    reports.export(2025, tmp_path / "r.docx")

    line = next(x for x in _xlsx_lines(tmp_path / "r.xlsx") if x.startswith("De cijfers over"))
    assert line.startswith("De cijfers over 2024 zijn de gepubliceerde (gepubliceerd op ")
    assert f"editie 1, SHA-256 {done['sha256']}), geen nieuwe telling." in line
    assert load_workbook(tmp_path / "r.xlsx")["Cliënten"]["A2"].value == line
    assert line in _docx_lines(tmp_path / "r.docx")
    shown = tables_of(reports.annual(2025))
    assert shown.publication.previous == line
    assert shown.tables[0].total.previous == "1"  # the published 2024, not the 2 of now


def tables_of(report, **options):
    return tables(report, suppress=False, **options)


def test_on_screen_the_changes_show_published_and_current_counts_in_either_language(
        office_year):
    reports = office_year.reports
    reports.publish(2025)
    _add_client_helped(office_year)
    report = reports.annual(2025)

    dutch = tables_of(report).publication
    assert "Geholpen cliënten naar achtergrond: Totaal geholpen cliënten (2025): 2 → 3" in (
        dutch.changes)
    english = tables_of(report, language="en").publication
    assert english.status.startswith("Published on ") and ", edition 1, SHA-256 " in (
        english.status)
    assert english.changed == ("These are the published figures; since then 4 counts have "
                               "changed in the registration:")
    assert "Clients helped by background: Morocco (2025): – → 1" in english.changes


def test_the_registrys_team_figures_stay_live_when_the_year_before_is_published(office_year):
    reports = office_year.reports
    live = reports.annual(2025)
    reports.publish(2024)
    _add_client_helped(office_year, "2024-11-05")
    team = {**live, "source": "registry",
            "previous_year": {**live["previous_year"], "source": "registry"}}
    reports.team_figures = lambda year, name: team

    shown = reports.annual(2025, registry=True)

    assert shown == team and "previous_year_published" not in shown
