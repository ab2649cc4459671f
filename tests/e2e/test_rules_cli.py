"""Scheme packs and eligibility from the command line, as an office and a consultant use them:
`rules list|show|check|import` without a vault, `eligibility check` on a real vault; real
processes, the shipped packs as a wheel carries them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import MEHMET
from tests.e2e.spreekuur_e2e import Cli, assert_user_error, client_json

HALIMA = {  # Moroccan, no arrival date or declarations in the file yet
    "given_names": "Halima", "surname": "Bouzid", "birth_date": "1957-09-03",
    "country_of_birth": "MA", "nationalities": ["MA"],
    "benefits": [{"type": "bijstand", "since": "2016-02-01"}],
}
CONDITIONS = ["age", "residence", "benefit", "age_at_arrival", "target_group",
              "partner_moves_along", "debts", "detention"]
OFFICE_PACK = """\
id = "remigratie-utrecht"
kind = "eligibility"
version = "2026-1"
title = { nl = "Eigen toets", en = "Own check" }

[[applications]]
valid_from = 2020-01-01
source = "Werkinstructie 4"

[[regimes]]
id = "2020"
title = { nl = "Vanaf 2020", en = "From 2020" }
valid_from = 2020-01-01
source = "Werkinstructie 1"

[parameters.min_age]
[[parameters.min_age.values]]
value = 55
valid_from = 2020-01-01
source = "Werkinstructie 2"

[[conditions]]
id = "age"
kind = "min_age"
parameters = { min_age = "min_age" }
source = "Werkinstructie 2"
"""


@pytest.fixture
def clients(cli) -> tuple[Cli, str, str]:
    mehmet = cli.ok("client", "add", input=client_json(MEHMET)).stdout.strip()
    halima = cli.ok("client", "add", input=client_json(HALIMA)).stdout.strip()
    return cli, mehmet, halima


def test_rules_list_and_show_need_no_vault(cli, tmp_path):
    nowhere = tmp_path / "no-vault"

    listed = cli.ok("rules", "list", "--date", "2024-06-01", "--json", data_dir=nowhere).json()
    text = cli.ok("rules", "list", "--date", "2025-01-01", data_dir=nowhere).stdout
    shown = cli.ok("rules", "show", "remigratiewet", "--json", data_dir=nowhere).json()

    by_id = {p["id"]: p for p in listed}
    assert by_id["remigratiewet"]["regime"] == "2014"
    assert by_id["remigratiewet"]["takes_applications"] is True
    assert by_id["iom-terugkeer"]["kind"] == "referral_prescreen"
    assert "remigratiewet\t2026.2\t2014\tclosed to new applications\t" in text
    assert [r["id"] for r in shown["regimes"]] == ["2000", "2014"]
    ages = shown["parameters"]["min_age"]
    assert [(v["value"], v["valid_from"], v["valid_until"]) for v in ages] == [
        (45, "2000-04-01", "2014-06-30"), (55, "2014-07-01", None)]
    assert all(v["source"] for values in shown["parameters"].values() for v in values)
    assert any(c["uncertain"] and c["note"] for c in shown["conditions"])
    assert not (nowhere.exists())


def test_rules_check_reports_each_problem_with_its_line(cli, inputs):
    good, bad = inputs / "eigen.toml", inputs / "kapot.toml"
    good.write_text(OFFICE_PACK, encoding="utf-8")
    bad.write_text(OFFICE_PACK.replace('source = "Werkinstructie 2"\n', "", 1)
                   .replace('kind = "min_age"', 'kind = "leeftijd"'), encoding="utf-8")

    clean = cli.ok("rules", "check", good)
    refused = cli("rules", "check", bad, LANG="nl_NL.UTF-8")

    assert clean.stdout == "" and clean.stderr == "No problems found\n"
    assert refused.returncode == 1, refused.describe()
    assert refused.stdout.splitlines() == [
        "kapot.toml:17: parameters.min_age.values[0] heeft geen bron (source: wetsartikel of "
        "openbare pagina)",
        "kapot.toml:23: Onbekende soort voorwaarde leeftijd (bekend: fact, field_present, "
        "min_age, min_age_at_arrival, min_benefit_months, min_residence_years, "
        "nationality_not_in, no_state_debts, not_detained, origin_group, "
        "partner_moves_along)"]
    assert refused.stderr == "consultant-app: Problemen gevonden: 2\n"


def test_an_office_imports_its_own_pack_into_the_data_folder(cli, inputs, vault_dir):
    pack = inputs / "eigen.toml"
    pack.write_text(OFFICE_PACK, encoding="utf-8")

    imported = cli.ok("rules", "import", pack)
    listed = {p["id"]: p for p in cli.ok("rules", "list", "--json").json()}

    assert imported.stdout == "remigratie-utrecht\n"
    assert (vault_dir / "rules" / "remigratie-utrecht.toml").read_bytes() == pack.read_bytes()
    assert listed["remigratie-utrecht"]["origin"] == "office"
    assert listed["remigratiewet"]["origin"] == "shipped"


def test_a_failing_or_shipped_id_pack_is_refused_and_nothing_kept(cli, inputs, vault_dir):
    bad, shipped_id = inputs / "kapot.toml", inputs / "remigratiewet.toml"
    bad.write_text(OFFICE_PACK.replace("valid_from = 2020-01-01\nsource = \"Werkinstructie 2\"",
                                       "source = \"Werkinstructie 2\""), encoding="utf-8")
    shipped_id.write_text(OFFICE_PACK.replace('id = "remigratie-utrecht"',
                                              'id = "remigratiewet"'), encoding="utf-8")

    lint = cli("rules", "import", bad)
    same_id = cli("rules", "import", shipped_id)

    assert lint.returncode == 1 and "is not dated (valid_from)" in lint.stdout
    assert lint.stderr == "consultant-app: Problems found: 1\n"
    assert_user_error(same_id, "remigratiewet belongs to a shipped scheme")
    assert not (vault_dir / "rules").exists()


def test_eligibility_check_as_json(clients):
    cli, mehmet, _ = clients

    result = cli.ok("eligibility", "check", mehmet, "--date", "2024-06-01", "--json").json()

    assert set(result) >= {"client_id", "scheme", "date", "rules_version", "pack_hash",
                           "verdict", "conditions"}
    assert (result["client_id"], result["scheme"], result["date"], result["verdict"]) == (
        mehmet, "remigratiewet", "2024-06-01", "eligible")
    assert len(result["pack_hash"]) == 64 and result["rules_version"] == "2026.2"
    assert len(result["data_hash"]) == 64 and result["regime"] == "2014"
    assert [c["id"] for c in result["conditions"]] == CONDITIONS
    for condition in result["conditions"]:
        assert {"id", "outcome", "explanation", "missing", "source"} <= set(condition)
        assert condition["outcome"] == "met" and condition["missing"] == []
        assert condition["source"] and condition["explanation"]


def test_each_check_is_kept_in_the_file_and_the_same_on_the_same_data(clients):
    cli, mehmet, halima = clients

    first = cli.ok("eligibility", "check", mehmet, "--date", "2024-06-01", "--json").json()
    cli.ok("client", "update", mehmet, input=json.dumps({"phone": "06-44455566"}))
    again = cli.ok("eligibility", "check", mehmet, "--date", "2024-06-01", "--json").json()

    kept = cli.ok("eligibility", "history", mehmet, "--json").json()
    assert [k["id"] for k in kept] == [first["check_id"], again["check_id"]]
    assert (again["verdict"], again["data_hash"]) == (first["verdict"], first["data_hash"])
    assert {(k["verdict"], k["data_hash"], k["pack_hash"], k["check_date"]) for k in kept} == {
        ("eligible", first["data_hash"], first["pack_hash"], "2024-06-01")}
    assert [c["outcome"] for c in kept[0]["conditions"]] == ["met"] * len(CONDITIONS)
    assert cli.ok("eligibility", "history", halima, "--json").json() == []
    text = cli.ok("eligibility", "history", mehmet).stdout
    assert first["check_id"] in text and "Mehmet" not in text


def test_missing_facts_are_unknown_and_named(clients):
    cli, _, halima = clients

    result = cli.ok("eligibility", "check", halima, "--date", "2024-06-01", "--json").json()

    by_id = {c["id"]: c for c in result["conditions"]}
    assert result["verdict"] == "incomplete"
    assert by_id["age_at_arrival"]["outcome"] == "unknown"
    assert by_id["age_at_arrival"]["missing"] == ["arrival_date"]
    assert by_id["residence"]["missing"] == ["arrival_date"]
    assert by_id["debts"]["missing"] == ["declarations.debts_to_state"]
    assert by_id["age"]["outcome"] == "met"
    assert not [c for c in result["conditions"] if c["outcome"] == "not_met"]
    text = cli.ok("eligibility", "check", halima, "--date", "2024-06-01").stdout.splitlines()
    assert text[0].endswith(": Incomplete: cannot be decided yet")
    assert "age_at_arrival\tunknown\tMissing from the file: arrival_date" in text


def test_every_verdict_exits_0_and_a_closed_scheme_still_shows_its_conditions(clients):
    cli, mehmet, _ = clients

    closed = cli.ok("eligibility", "check", mehmet, "--date", "2025-01-01", "--json").json()
    early = cli.ok("eligibility", "check", mehmet, "--date", "2013-05-20", "--json").json()
    text = cli.ok("eligibility", "check", mehmet, "--date", "2025-01-01",
                  LANG="nl_NL.UTF-8").stdout.splitlines()

    assert closed["verdict"] == "closed" and [c["id"] for c in closed["conditions"]] == CONDITIONS
    # The regime until 2014 (45+, 3 years, 6 months); the WIA on file only began in 2015.
    assert (early["regime"], early["verdict"]) == ("2000", "incomplete")
    assert {c["id"]: c["outcome"] for c in early["conditions"]} == {
        "age": "met", "residence": "met", "benefit": "unknown", "target_group": "met",
        "partner_moves_along": "met", "debts": "met"}
    assert text[0] == ("remigratiewet versie 2026.2, regime 2014, op 2025-01-01: Gesloten: de "
                       "regeling neemt op 2025-01-01 geen nieuwe aanvragen aan")
    assert text[1].startswith("age\tvoldaan\t66 jaar op 2025-01-01 (minimaal 55)")
    assert "Mehmet" not in "\n".join(text) and "Yıldız" not in "\n".join(text)


def test_eligibility_errors_are_one_translated_line(clients):
    cli, mehmet, _ = clients

    assert_user_error(cli("eligibility", "check", mehmet, "--scheme", "bijstand"),
                      "Unknown scheme bijstand")
    assert_user_error(cli("eligibility", "check", mehmet, "--date", "1999-12-31"),
                      "did not apply yet on 1999-12-31 (from 2000-04-01)")
    assert_user_error(cli("eligibility", "check", mehmet, "--date", "2024-02-30",
                          LANG="nl_NL.UTF-8"),
                      "--date: Deze datum bestaat niet in de kalender")
    assert_user_error(cli("eligibility", "check", "00000000-0000-4000-8000-000000000000"),
                      "Client not found")


def test_the_iom_pre_screen_runs_on_the_same_file(clients):
    cli, mehmet, _ = clients

    result = cli.ok("eligibility", "check", mehmet, "--scheme", "iom-terugkeer",
                    "--date", "2024-06-01", "--json").json()

    assert result["verdict"] == "incomplete"
    missing = [field for c in result["conditions"] for field in c["missing"]]
    assert "declarations.travel_document" in missing
    assert json.dumps(result, ensure_ascii=False).count("uncertain") >= 1
