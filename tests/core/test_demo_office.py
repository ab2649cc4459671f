"""The demo's office registration (core.demo.office, filled by core.demo_vault): a fresh demo
vault has a believable year or two of spreekuur locations with their cities, partner
organisations and relation contacts, group sessions and a national total marked as a fictitious
demo figure, so the annual report is not empty on a fresh start."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from consultant_app.core import demo
from consultant_app.core.demo_vault import fill_demo
from consultant_app.core.domain.vocabulary import AUDIENCES, LOCATIONS
from consultant_app.core.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

# A day the SVB still took applications (the scheme closed on 2025-01-01), so the demo's cases
# have applications this year and last.
OPEN = datetime.date(2024, 10, 15)
AFTER_CLOSURE = datetime.date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-office") / "vault"
    fill_demo(folder, PASSPHRASE, 1000, kdf=FAST_KDF, today=OPEN)
    with Workspace.unlock(folder, PASSPHRASE) as workspace:
        yield workspace


@pytest.mark.parametrize("year", [OPEN.year, OPEN.year - 1])
def test_the_report_of_a_fresh_demo_vault_has_every_table_filled(demo_workspace, year):
    report = demo_workspace.reports.annual(year)
    for figures in (report, report["previous_year"]):
        assert figures["group_sessions"]["total"] >= 5
        assert len(figures["group_sessions"]["by_audience"]) >= 3
        assert figures["relation_contacts"] >= 10
        cities = figures["locations"]
        assert "unknown" not in cities
        assert set(cities) == {"Eindhoven", "Rotterdam", "Utrecht", "Amsterdam", "Tilburg"}
        applications = figures["applications"]
        assert applications["guided"] > 0 and applications["total"] > 0
        assert applications["share"] == round(applications["guided"] / applications["total"], 6)


def test_the_national_total_says_it_is_a_fictitious_demo_figure(demo_workspace):
    figures = demo_workspace.office.figures()
    assert [f["year"] for f in figures] == [OPEN.year - 2, OPEN.year - 1, OPEN.year]
    assert all(f["source"] == demo.DEMO_FIGURE_SOURCE and "fictief" in f["source"]
               for f in figures)


def test_phone_contacts_have_no_spreekuur_location(demo_workspace):
    db = demo_workspace.vault.db
    placed = dict(db.execute("SELECT channel, count(location_id) FROM contacts "
                             "GROUP BY channel").fetchall())
    assert placed["telefoon"] == placed["buitenland"] == 0
    assert placed["spreekuur"] > 0
    names = {r["name"] for r in demo_workspace.office.locations()}
    assert "Telefonisch" not in names and names == set(LOCATIONS) - {"Telefonisch"}
    assert all(r["city"] for r in demo_workspace.office.locations())


def test_filling_a_demo_vault_again_adds_clients_not_another_office_year(tmp_path):
    folder = tmp_path / "vault"
    fill_demo(folder, PASSPHRASE, 20, kdf=FAST_KDF, today=OPEN)
    with Workspace.unlock(folder, PASSPHRASE) as workspace:
        before = (len(workspace.office.group_sessions()), len(workspace.office.relations()),
                  len(workspace.office.locations()), len(workspace.office.partners()))
    assert fill_demo(folder, PASSPHRASE, 20, today=OPEN) == 40
    with Workspace.unlock(folder, PASSPHRASE) as workspace:
        assert before[0] > 0
        assert before == (len(workspace.office.group_sessions()),
                          len(workspace.office.relations()), len(workspace.office.locations()),
                          len(workspace.office.partners()))


def test_after_the_closure_no_national_total_is_invented():
    years = [f["year"] for f in demo.office_figures(today=AFTER_CLOSURE)]
    assert years == [2024]  # the years 2025 and 2026 took no applications


def _office(clients: int, seed: int = 2016) -> list[dict]:
    return list(demo.office(clients, seed=seed, today=OPEN))


def test_locations_come_first_and_cover_every_place_a_contact_names():
    lines = _office(200)
    kinds = [r["type"] for r in lines]
    assert kinds[:kinds.count("location")] == ["location"] * kinds.count("location")
    named = {r["location"] for r in demo.generate(500, today=OPEN)
             if r["type"] == "contact" and "location" in r}
    assert named <= {r["name"] for r in lines if r["type"] == "location"}
    assert all(r["city"] for r in lines if r["type"] == "location")
    opened = min(r["active_from"] for r in lines if r["type"] == "location")
    earliest = min(r["date"] for r in demo.generate(500, today=OPEN) if r["type"] == "contact")
    assert opened <= earliest


def test_group_sessions_are_believable_for_an_office_of_3000_clients():
    lines = _office(3000)
    sessions = [r for r in lines if r["type"] == "group_session"]
    per_year = Counter(s["date"][:4] for s in sessions if s["date"][:4] != str(OPEN.year))
    assert all(30 <= n <= 60 for n in per_year.values()), per_year
    assert {s["audience"] for s in sessions} == set(AUDIENCES) - {"overig"}
    places = {r["id"] for r in lines if r["type"] == "location"}
    partners = {r["id"] for r in lines if r["type"] == "partner"}
    assert all(s["location_id"] in places for s in sessions)
    with_partner = [s for s in sessions if "partner_id" in s]
    assert 0.25 < len(with_partner) / len(sessions) < 0.65
    assert all(s["partner_id"] in partners for s in with_partner)
    # organised with a partner of the same city, or a national body, as a rule
    city = {r["id"]: r["city"] for r in lines if r["type"] in ("location", "partner")}
    kind = {r["id"]: r["kind"] for r in lines if r["type"] == "partner"}
    near = [s for s in with_partner if city[s["partner_id"]] == city[s["location_id"]]
            or kind[s["partner_id"]] == "uitvoeringsinstantie"]
    assert len(near) / len(with_partner) > 0.8
    assert all(1 <= s["attendees"] <= 50 for s in sessions)
    assert all(datetime.date.fromisoformat(s["date"]).weekday() < 5 for s in sessions)
    assert all(s["language"] != "nl" for s in sessions if s["interpreter"])
    assert any(s["interpreter"] for s in sessions if s["audience"] == "vluchtelingen")
    relations = [r for r in lines if r["type"] == "relation"]
    assert {p["kind"] for p in lines if p["type"] == "partner"} == {
        "gemeente", "maatschappelijke_organisatie", "consulaat", "uitvoeringsinstantie"}
    assert all(r["partner_id"] in partners for r in relations)
    assert {r["date"][:4] for r in relations} == {str(y) for y in range(2022, 2025)}


def test_the_office_registration_follows_the_seed_and_leaves_the_clients_as_they_were():
    assert _office(300) == _office(300)
    assert _office(300) != _office(300, seed=7)
    # drawn from a stream of its own: the clients of a seed are the same whether or not the
    # office's registration was drawn first
    before = list(demo.generate(50, today=OPEN))
    _office(300)
    assert list(demo.generate(50, today=OPEN)) == before
