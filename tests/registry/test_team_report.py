"""The team's annual report computed by the registry: two laptops register clients, contacts,
cases and the office's rows, sync, and the registry's figures (SQL over the synced rows, on
PostgreSQL and on the SQLite demo) are the figures of both laptops' records together; a client
known on both laptops counts once. A coordinator gets every team's counts and no person's data;
a consultant cannot ask for another team's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from consultant_app.core.errors import ReportError
from consultant_app.core.vault.vault import Vault
from tests.conftest import FAST_KDF, ISIK, MEHMET, PASSPHRASE
from tests.e2e.spreekuur_e2e import Cli, assert_user_error, cli_env, client_json
from tests.registry.devices import LAPTOP_PASSWORD as PASSWORD
from tests.registry.test_sync_devices import _laptops, _sync_all

YASSIN = {"given_names": "Yassin", "surname": "Amrani", "birth_date": "1990-01-01",
          "country_of_birth": "NL", "nationalities": ["NL", "MA"]}
AMINA = {"given_names": "Amina", "surname": "Warsame", "birth_date": "1975-07-07",
         "country_of_birth": "SO", "nationalities": ["SO"],
         "residence_permit": {"type": "verblijfsvergunning asiel onbepaalde tijd"}}
FATIMA = {"given_names": "Fatima", "surname": "El Idrissi", "birth_date": "1960-02-29",
          "country_of_birth": "MA", "nationalities": ["MA", "NL"],
          "destination": {"country": "MA"}}
NAMES = ("Işık", "Öztürk", "Mehmet", "Yassin", "Amrani", "Amina", "Warsame", "Fatima",
         "Idrissi")


@pytest.fixture
def team(registry, tmp_path):
    with _laptops(registry, tmp_path) as devices:
        yield devices


def _register_a_year(anouk, youssef) -> dict[str, str]:
    """Each laptop registers its part of 2024 and 2025; Işık is Anouk's client whom Youssef
    also sees (after a sync) and helps, so both laptops know her."""
    utrecht = anouk.workspace.office.add_location({
        "name": "Kantoor Utrecht", "city": "Utrecht", "kind": "kantoor",
        "active_from": "2020-01-01"})
    ids = {"isik": anouk.casefile.add_client(ISIK), "mehmet": anouk.casefile.add_client(MEHMET)}
    anouk.casefile.add_contact(ids["isik"], {"date": "2025-01-01", "kind": "intake",
                                             "location": "Kantoor Utrecht"})
    anouk.casefile.add_contact(ids["mehmet"], {"date": "2024-12-31", "kind": "intake",
                                               "location": "Kantoor Utrecht"})
    case_id = anouk.cases.open(ids["isik"], "remigratiewet", dt.date(2024, 10, 1))
    anouk.cases.add_event(case_id, "ingediend", "2025-02-01")
    anouk.workspace.office.set_figure(2025, "applications_total", 40, "SVB jaarverslag 2025")
    _sync_all(anouk, youssef)

    # Youssef helps Işık too, and registers clients of his own and a group session.
    youssef.casefile.add_contact(ids["isik"], {"date": "2025-06-03",
                                               "kind": "uitgebreide_begeleiding",
                                               "location": "Kantoor Utrecht"})
    for name, person, day in (("yassin", YASSIN, "2025-02-02"), ("amina", AMINA, "2025-09-09"),
                              ("fatima", FATIMA, "2025-04-10")):
        ids[name] = youssef.casefile.add_client(person)
        youssef.casefile.add_contact(ids[name], {
            "date": day, "kind": "reeds_geremigreerd" if name == "fatima" else "intake",
            **({} if name == "fatima" else {"location": "Kantoor Utrecht"})})
    youssef.workspace.office.add_group_session({
        "date": "2025-03-01", "location_id": utrecht, "audience": "turks", "attendees": 14})
    partner = youssef.workspace.office.add_partner({"name": "Gemeente Utrecht",
                                                    "kind": "gemeente", "city": "Utrecht"})
    youssef.workspace.office.add_relation(partner, {"date": "2025-01-15", "kind": "overleg",
                                                    "topics": ["afstemming"]})
    _sync_all(youssef, anouk)
    return ids


def test_the_team_report_from_the_registry_is_the_laptops_records_together(team):
    anouk, youssef = team
    _register_a_year(anouk, youssef)

    from_registry = anouk.workspace.reports.annual(2025, registry=True)
    assert from_registry == youssef.workspace.reports.annual(2025, registry=True)
    assert from_registry["source"] == "registry"
    # Both laptops now hold every record of the team: their own reports are the union.
    for laptop in (anouk, youssef):
        union = laptop.workspace.reports.annual(2025)
        assert union["source"] == union["previous_year"]["source"] == "vault"
        union["source"] = union["previous_year"]["source"] = "registry"
        assert from_registry == union

    previous = from_registry.pop("previous_year")
    assert from_registry == {
        "year": 2025, "source": "registry",
        # Işık (known on both laptops, helped on both) counts once, by her deepest service
        "clients": {"total": 4, "by_background": {"TR": 1, "MA": 2, "SO": 1}},
        # (a contact with someone who already remigrated is no extended guidance)
        "services": {"intake": 3, "uitgebreide_begeleiding": 1},
        "applications": {"guided": 1, "total": 40, "share": 0.025},
        "group_sessions": {"total": 1, "by_audience": {"turks": 1}},
        "remigrated_contacts": {"total": 1, "by_country": {"MA": 1}},
        "refugees": 1,
        "relation_contacts": 1,
        "locations": {"Utrecht": 4},
    }
    assert previous["clients"] == {"total": 1, "by_background": {"TR": 1}}
    assert previous["locations"] == {"Utrecht": 1}


def _laptops_union(report: dict, *laptops) -> None:
    """Each laptop, synced, gives `report` from its own vault, cell by cell."""
    for laptop in laptops:
        union = laptop.workspace.reports.annual(report["year"])
        union["source"] = union["previous_year"]["source"] = "registry"
        assert union == report


def test_registration_outside_the_two_years_leaves_the_team_report_as_it_is(team):
    """The registry copies only what the year asked and the year before need: registration of
    other years changes nothing, and a client who left years before still makes a contact of
    the year one with someone who already remigrated."""
    anouk, youssef = team
    office = anouk.workspace.office
    utrecht_id = office.add_location({"name": "Kantoor Utrecht", "city": "Utrecht",
                                      "kind": "kantoor", "active_from": "2015-01-01"})
    ids = {"isik": anouk.casefile.add_client(ISIK), "mehmet": anouk.casefile.add_client(MEHMET),
           "fatima": anouk.casefile.add_client(FATIMA)}
    utrecht = {"location": "Kantoor Utrecht"}
    anouk.casefile.add_contact(ids["isik"], {"date": "2024-03-01", "kind": "intake", **utrecht})
    anouk.casefile.add_contact(ids["mehmet"], {"date": "2023-06-01",
                                               "kind": "uitgebreide_begeleiding", **utrecht})
    # Fatima left in 2018, under a case of years before: her contacts of 2023 and 2024 are
    # contacts with someone who already remigrated.
    left = anouk.cases.open(ids["fatima"], "remigratiewet", dt.date(2017, 1, 10))
    for kind, day in (("ingediend", "2017-02-01"), ("toegekend", "2017-06-01"),
                      ("vertrokken", "2018-04-01")):
        anouk.cases.add_event(left, kind, day)
    anouk.casefile.add_contact(ids["fatima"], {"date": "2023-02-02", "kind": "intake"})
    anouk.casefile.add_contact(ids["fatima"], {"date": "2024-05-05", "kind": "nazorg"})
    applied = anouk.cases.open(ids["isik"], "remigratiewet", dt.date(2023, 11, 1))
    anouk.cases.add_event(applied, "ingediend", "2024-01-15")
    office.add_group_session({"date": "2024-04-04", "location_id": utrecht_id,
                              "audience": "turks", "attendees": 9})
    partner = office.add_partner({"name": "Gemeente Utrecht", "kind": "gemeente",
                                  "city": "Utrecht"})
    office.add_relation(partner, {"date": "2023-09-09", "kind": "overleg",
                                  "topics": ["afstemming"]})
    office.set_figure(2024, "applications_total", 30, "SVB jaarverslag 2024")
    _sync_all(anouk, youssef)
    before = anouk.workspace.reports.annual(2024, registry=True)
    assert before["remigrated_contacts"] == {"total": 1, "by_country": {"MA": 1}}
    assert before["previous_year"]["remigrated_contacts"] == before["remigrated_contacts"]
    assert before["clients"]["total"] == 2 and before["applications"]["guided"] == 1
    _laptops_union(before, anouk, youssef)

    # Youssef registers in the years around them: before 2023 and after 2024, nothing between.
    ids["amina"] = youssef.casefile.add_client(AMINA)
    ids["yassin"] = youssef.casefile.add_client(YASSIN)
    for client, day, kind in (("amina", "2021-01-01", "intake"),
                              ("amina", "2025-02-02", "uitgebreide_begeleiding"),
                              ("yassin", "2022-12-31", "intake"),
                              ("isik", "2022-12-31", "uitgebreide_begeleiding"),
                              ("isik", "2025-01-01", "intake"),
                              ("mehmet", "2019-05-05", "intake"),
                              ("fatima", "2025-08-08", "nazorg")):
        youssef.casefile.add_contact(ids[client], {"date": day, "kind": kind, **utrecht})
    other = youssef.cases.open(ids["amina"], "remigratiewet", dt.date(2021, 2, 1))
    youssef.cases.add_event(other, "ingediend", "2022-03-03")
    # Işık leaves after the two years: her contact of 2024 stays an ordinary one.
    youssef.cases.add_event(applied, "toegekend", "2025-03-01")
    youssef.cases.add_event(applied, "vertrokken", "2025-06-01")
    youssef.workspace.office.add_group_session({"date": "2022-06-01", "location_id": utrecht_id,
                                                "audience": "marokkaans", "attendees": 12})
    youssef.workspace.office.add_relation(partner, {"date": "2025-07-07", "kind": "overleg",
                                                    "topics": ["afstemming"]})
    youssef.workspace.office.set_figure(2022, "applications_total", 25, "SVB jaarverslag 2022")
    _sync_all(youssef, anouk)

    assert anouk.workspace.reports.annual(2024, registry=True) == before
    _laptops_union(before, anouk, youssef)
    # The registry has them all the same: a year around them counts them.
    around = anouk.workspace.reports.annual(2022, registry=True)
    assert around["clients"]["total"] == 2 and around["applications"]["guided"] == 1
    assert around["group_sessions"]["by_audience"] == {"marokkaans": 1}
    _laptops_union(around, anouk, youssef)


def test_an_erased_client_leaves_the_team_figures(team):
    anouk, youssef = team
    ids = _register_a_year(anouk, youssef)
    youssef.casefile.erase_client(ids["amina"])
    _sync_all(youssef)

    report = anouk.workspace.reports.annual(2025, registry=True)
    assert report["clients"]["by_background"] == {"TR": 1, "MA": 2}
    assert report["refugees"] == 0


def test_a_year_the_team_registered_nothing_in_is_refused(team):
    anouk, _ = team
    with pytest.raises(ReportError) as refused:
        anouk.workspace.reports.annual(2019, registry=True)
    assert refused.value.code == "report_no_data"


def test_a_coordinator_gets_every_teams_counts_and_no_persons_data(team, registry):
    anouk, youssef = team
    ids = _register_a_year(anouk, youssef)
    registry.add_user("chantal", "zuid", PASSWORD)
    registry.add_user("cora", "kantoor", PASSWORD, role="coordinator")
    with registry.session("cora", PASSWORD) as cora:
        everyone = cora.get("/v1/reports/annual/teams", params={"year": 2025})
        one = cora.get("/v1/reports/annual", params={"year": 2025, "team": "eindhoven"})
        nothing = cora.get("/v1/reports/annual", params={"year": 2025, "team": "zuid"})
        pulled = cora.get("/v1/sync/changes")
    assert everyone.status_code == 200, everyone.text
    teams = everyone.json()["teams"]
    assert set(teams) == {"eindhoven", "zuid", "kantoor"}
    assert teams["zuid"] is None and teams["kantoor"] is None
    assert teams["eindhoven"] == one.json() == anouk.workspace.reports.annual(2025, registry=True)
    assert nothing.status_code == 404 and nothing.json() == {"code": "report_no_data"}
    # Counts only: no name, no id of a person anywhere in the answers.
    text = everyone.text + one.text
    for secret in (*NAMES, *ids.values()):
        assert secret not in text
    # A coordinator is not a member of the teams they count: no rows come with the role.
    assert pulled.json()["rows"] == []

    with registry.session("chantal", PASSWORD) as chantal:
        other = chantal.get("/v1/reports/annual", params={"year": 2025, "team": "eindhoven"})
        every = chantal.get("/v1/reports/annual/teams", params={"year": 2025})
        own = chantal.get("/v1/reports/annual", params={"year": 2025})
    assert (other.status_code, other.json()) == (403, {"code": "forbidden"})
    assert (every.status_code, every.json()) == (403, {"code": "forbidden"})
    assert (own.status_code, own.json()) == (404, {"code": "report_no_data"})
    audit = registry.sql("SELECT user_name, action, detail FROM api_audit "
                         "WHERE action IN ('report', 'report_refused') ORDER BY id")
    assert ("chantal", "report_refused", json.dumps({"team": "eindhoven", "year": 2025},
                                                    sort_keys=True)) in audit


def test_report_annual_registry_on_the_command_line_and_a_lost_registry(laptop,
                                                                       registry_process, tmp_path):
    client_id = laptop.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    laptop.ok("contact", "add", client_id, input='{"date": "2025-03-04", "kind": "intake"}')
    laptop.ok("login", "--server", registry_process.url, "--user", "anouk",
              CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    laptop.ok("sync")

    team = laptop.ok("report", "annual", "--year", "2025", "--registry", "--json").json()
    mine = laptop.ok("report", "annual", "--year", "2025", "--json").json()
    assert team["source"] == "registry" and mine["source"] == "vault"
    assert team["clients"] == mine["clients"] == {"total": 1, "by_background": {"TR": 1}}
    assert {**team, "source": "vault"} == mine
    out = tmp_path / "team.xlsx"
    laptop.ok("report", "annual", "--year", "2025", "--registry", "--out", str(out))
    assert out.is_file()
    assert_user_error(laptop("report", "annual", "--year", "2019", "--registry"),
                      "Nothing registered in 2019")

    registry_process.kill()
    line = assert_user_error(laptop("report", "annual", "--year", "2025", "--registry"),
                             "Registry not reachable", absent=("resumes", "nothing was lost"))
    assert "Öztürk" not in line
    assert laptop.ok("report", "annual", "--year", "2025", "--json").json() == mine


def _team_blocks(text: str) -> dict[str, str]:
    """The text of `report annual --all-teams` by team: each block's first line is `## team`
    (or `## team: nothing registered in Y`), its tables follow."""
    blocks = {}
    for block in text.split("## ")[1:]:
        head, _, rest = block.partition("\n")
        blocks[head] = rest.strip("\n")
    return blocks


def test_a_coordinator_sees_every_teams_figures_on_the_command_line(laptop, registry_process,
                                                                   tmp_path):
    from tests.registry.devices import cli_laptop

    # Two teams register and sync from their laptops: Anouk (eindhoven), Chantal (zuid).
    registry_process.add_user("chantal", "zuid", PASSWORD)
    registry_process.add_user("daan", "noord", PASSWORD)  # a team with nothing in 2025
    registry_process.add_user("cora", "kantoor", PASSWORD, role="coordinator")
    chantal = cli_laptop(tmp_path / "chantal", "Chantal Pinas")
    for cli, user, person, day in ((laptop, "anouk", ISIK, "2025-03-04"),
                                   (chantal, "chantal", FATIMA, "2025-05-05")):
        client_id = cli.ok("client", "add", input=client_json(person)).stdout.strip()
        cli.ok("contact", "add", client_id, input=json.dumps({"date": day, "kind": "intake"}))
        cli.ok("login", "--server", registry_process.url, "--user", user,
               CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
        cli.ok("sync")
    cora = cli_laptop(tmp_path / "cora", "Cora Jansen")
    cora.ok("login", "--server", registry_process.url, "--user", "cora",
            CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)

    every = cora.ok("report", "annual", "--year", "2025", "--registry", "--all-teams", "--json")
    found = every.json()
    assert (found["year"], found["source"]) == (2025, "registry")
    assert list(found["teams"]) == ["eindhoven", "kantoor", "noord", "zuid"]
    assert found["teams"]["kantoor"] is None and found["teams"]["noord"] is None
    assert found["teams"]["eindhoven"] == laptop.ok(
        "report", "annual", "--year", "2025", "--registry", "--json").json()
    assert found["teams"]["zuid"] == chantal.ok(
        "report", "annual", "--year", "2025", "--registry", "--json").json()
    assert found["teams"]["zuid"]["clients"] == {"total": 1, "by_background": {"MA": 1}}

    # As text: a block per team, its tables exactly as the team's own laptop prints them.
    text = cora.ok("report", "annual", "--year", "2025", "--registry", "--all-teams").stdout
    blocks = _team_blocks(text)
    assert list(blocks) == ["eindhoven", "kantoor: nothing registered in 2025",
                            "noord: nothing registered in 2025", "zuid"]
    for team, cli in (("eindhoven", laptop), ("zuid", chantal)):
        own = cli.ok("report", "annual", "--year", "2025", "--registry").stdout
        assert blocks[team] == own.strip("\n")
    assert blocks["kantoor: nothing registered in 2025"] == ""
    for name in ("Işık", "Öztürk", "Fatima", "Idrissi"):
        assert name not in text + every.stdout

    # Every team's figures are shown, never written; and --all-teams is the registry's.
    out = tmp_path / "alle-teams.xlsx"
    assert_user_error(cora("report", "annual", "--year", "2025", "--registry", "--all-teams",
                           "--out", str(out)), "only shown", "--team T --out FILE")
    assert not out.exists()
    assert_user_error(cora("report", "annual", "--year", "2025", "--all-teams"),
                      "need `--registry`")
    assert_user_error(cora("report", "annual", "--year", "2025", "--registry", "--all-teams",
                           "--team", "zuid"), "not both")
    # A consultant is told in one line that this is a coordinator's.
    assert_user_error(laptop("report", "annual", "--year", "2025", "--registry", "--all-teams"),
                      "to a coordinator only")
    assert_user_error(laptop("report", "annual", "--year", "2025", "--registry", "--all-teams",
                             CONSULTANT_APP_LANG="nl"),
                      "alleen aan een coördinator")


def test_report_annual_registry_without_a_login_is_one_line(laptop):
    assert_user_error(laptop("report", "annual", "--year", "2025", "--registry"),
                      "Not logged in to a registry")


def test_the_office_makes_an_account_a_coordinator(registry_process, tmp_path):
    env = cli_env(tmp_path / "home", tmp_path / "tmp")
    admin = Cli(None, env, tmp_path)
    url = registry_process.database_url
    admin.ok("registry", "user", "add", "cora", "--team", "kantoor", "--role", "coordinator",
             "--database", url, CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    admin.ok("registry", "user", "add", "daan", "--team", "noord", "--database", url,
             CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    assert_user_error(admin("registry", "user", "role", "daan", "baas", "--database", url),
                      "Unknown role")
    admin.ok("registry", "user", "role", "daan", "coordinator", "--database", url)
    for name in ("cora", "daan"):
        with registry_process.session(name, PASSWORD) as api:
            assert api.get("/v1/reports/annual/teams", params={"year": 2025}).status_code == 200
    # A coordinator's laptop asks for another team's figures by name.
    folder = tmp_path / "cora" / "vault"
    Vault.create(folder, "Cora Jansen", PASSPHRASE, kdf=FAST_KDF).close()
    laptop = Cli(folder, {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
                 tmp_path)
    laptop.ok("login", "--server", registry_process.url, "--user", "cora",
              CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    assert_user_error(laptop("report", "annual", "--year", "2025", "--registry", "--team",
                             "noord"), "Nothing registered in 2025")
    assert_user_error(laptop("report", "annual", "--year", "2025", "--team", "noord"),
                      "needs `--registry`")
    admin.ok("registry", "user", "role", "daan", "consultant", "--database", url)
    with registry_process.session("daan", PASSWORD) as api:
        assert api.get("/v1/reports/annual/teams", params={"year": 2025}).status_code == 403
    daan = Cli(tmp_path / "daan" / "vault", laptop.env, tmp_path)
    Vault.create(daan.data_dir, "Daan Visser", PASSPHRASE, kdf=FAST_KDF).close()
    daan.ok("login", "--server", registry_process.url, "--user", "daan",
            CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    assert_user_error(daan("report", "annual", "--year", "2025", "--registry", "--team",
                           "kantoor"), "does not give your account that team's figures")
