"""The office's own registration between two laptops of a team over the real registry: locations,
partners, relation contacts, group sessions, audiences and external figures registered on one are
there on the other, edits travel back, another team sees none of it, erasing a person leaves
them alone, and twins the two laptops made resolve alike on both."""

from __future__ import annotations

from consultant_app.core.domain.entities import TEAM_ROWS
from consultant_app.core.vault import replica
from tests.conftest import ISIK
from tests.registry.devices import make_device
from tests.registry.test_sync_cases import team  # noqa: F401  (the fixture)
from tests.registry.test_sync_devices import PASSWORD, _sync_all

KROON = {"name": "Buurthuis De Kroon", "city": "Arnhem", "kind": "buurthuis",
         "active_from": "2024-01-01"}


def _year(device) -> dict:
    office = device.workspace.office
    return {"locations": [(r["id"], r["name"], r["city"], r["contacts"])
                          for r in office.locations()],
            "partners": office.partners(), "relations": office.relations(2025),
            "sessions": office.group_sessions(2025), "audiences": office.audiences(),
            "figures": office.figures(2025)}


def test_a_year_registered_on_one_laptop_is_on_the_other_and_edits_travel_back(
        team, registry, tmp_path):  # noqa: F811
    anouk, youssef = team
    office = anouk.workspace.office
    place = office.add_location(KROON)
    partner = office.add_partner({"name": "Gemeente Arnhem", "kind": "gemeente",
                                  "city": "Arnhem"})
    office.add_relation(partner, {"date": "2025-03-04", "kind": "overleg",
                                  "topics": ["spreekuur in De Kroon"]})
    office.add_audience("eritrees", "Eritrese gemeenschap")
    office.add_group_session({"date": "2025-02-12", "location_id": place,
                              "audience": "eritrees", "partner_id": partner, "attendees": 23,
                              "interpreter": True, "topics": ["remigratiewet"]})
    office.set_figure(2025, "applications_total", 1480, "SVB jaarverslag 2025")
    client_id = anouk.casefile.add_client(ISIK)
    anouk.casefile.add_contact(client_id, {"date": "2025-02-13", "kind": "intake",
                                           "location": "Buurthuis De Kroon"})
    anouk.workspace.reports.publish(2025)  # the year's publication: a row of the team too
    _sync_all(anouk, youssef)

    assert _year(youssef) == _year(anouk)
    assert _year(youssef)["locations"] == [(place, "Buurthuis De Kroon", "Arnhem", 1)]
    assert youssef.casefile.list_contacts(client_id)[0].location_id == place
    local = replica.summary(youssef.vault.db)
    assert all(local[e]["count"] == 1 for e in TEAM_ROWS)

    youssef.workspace.office.update_location(place, {"active_until": "2025-12-31"})
    youssef.workspace.office.set_figure(2025, "applications_total", 1512, "SVB, herzien")
    _sync_all(youssef, anouk)
    assert anouk.workspace.office.locations()[0]["active_until"] == "2025-12-31"
    assert [f["value"] for f in anouk.workspace.office.figures(2025)] == [1512]
    results = _sync_all(anouk, youssef)
    assert replica.summary(anouk.vault.db) == replica.summary(youssef.vault.db)
    assert results  # both synced cleanly

    # Erasing the person leaves the team's records as they were.
    anouk.casefile.erase_client(client_id)
    _sync_all(anouk, youssef)
    assert youssef.count("clients") == 0 and youssef.count("contacts") == 0
    assert [youssef.count(e) for e in sorted(TEAM_ROWS)] == [1] * len(TEAM_ROWS)

    # Another team sees none of it.
    registry.add_user("chantal", "zuid", PASSWORD)
    chantal = make_device(tmp_path / "chantal", "chantal")
    try:
        chantal.sync.login(registry.url, "chantal", PASSWORD)
        chantal.sync.sync()
        assert [chantal.count(e) for e in sorted(TEAM_ROWS)] == [0] * len(TEAM_ROWS)
    finally:
        chantal.vault.close()


def test_the_same_figure_set_on_two_laptops_before_they_sync_resolves_alike(team):  # noqa: F811
    anouk, youssef = team
    made = {anouk.workspace.office.set_figure(2025, "applications_total", 1480, "SVB"): 1480,
            youssef.workspace.office.set_figure(2025, "applications_total", 1490, "SVB"): 1490}
    _sync_all(anouk, youssef, anouk)
    mine, theirs = (d.workspace.office.figures(2025) for d in (anouk, youssef))
    # The first entered (the lowest UUIDv7) counts, on both.
    assert mine == theirs and [f["value"] for f in mine] == [made[min(made)]]

    youssef.workspace.office.set_figure(2025, "applications_total", 1500, "SVB, herzien")
    _sync_all(youssef, anouk)
    assert anouk.count("external_figures") == youssef.count("external_figures") == 1
    assert [f["value"] for f in anouk.workspace.office.figures(2025)] == [1500]
