"""Eligibility with the shipped packs: the golden cases of tests/core/data/eligibility_golden.toml
run through the real client validation and the engine, and what a consultant relies on besides
them (the regime on a date, a missing fact never failing a condition, the trace of sources)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from consultant_app.core.domain.model import Client, HouseholdMember, Role, parse_client
from consultant_app.core.errors import RulesError
from consultant_app.core.rules.evaluate import evaluate
from consultant_app.core.rules.library import RuleLibrary

GOLDEN = tomllib.loads((Path(__file__).parent / "data" / "eligibility_golden.toml")
                       .read_text(encoding="utf-8"))
CONDITIONS_2014 = ["age", "residence", "benefit", "age_at_arrival", "target_group",
                   "partner_moves_along", "debts", "detention"]
CONDITIONS_2000 = ["age", "residence", "benefit", "target_group", "partner_moves_along", "debts"]


@pytest.fixture(scope="module")
def library() -> RuleLibrary:
    return RuleLibrary.for_data_dir(None)


def client_of(data: dict) -> Client:
    """A Client as CaseFile.show_client returns it, from JSON checked by the real parser."""
    parsed = parse_client(data)
    partner = None
    if isinstance(parsed.partner, dict):
        partner = HouseholdMember(id="partner-1", role=Role.PARTNER, **parsed.partner)
    return Client(id="client-1", partner=partner, **parsed.fields)


def golden_client(case: dict) -> Client:
    data = {**GOLDEN["people"][case["person"]], **case.get("client", {})}
    for name in case.get("remove", []):
        data.pop(name)
    return client_of(data)


def test_there_are_at_least_forty_golden_cases():
    assert len(GOLDEN["case"]) >= 40


@pytest.mark.parametrize("case", GOLDEN["case"], ids=[c["name"] for c in GOLDEN["case"]])
def test_golden_case(library, case):
    pack = library.get(case.get("scheme", "remigratiewet"))

    check = evaluate(pack, golden_client(case), case["date"])

    outcomes = {c.id: c.outcome for c in check.conditions}
    expected = {cid: case.get("expect", {}).get(cid, "met") for cid in outcomes}
    assert (check.verdict, outcomes) == (case["verdict"], expected)
    assert set(case.get("expect", {})) <= set(outcomes)
    missing = {c.id: list(c.missing) for c in check.conditions if c.outcome == "unknown"}
    for cid, fields in case.get("missing", {}).items():
        assert missing[cid] == fields, cid
    assert all(missing.values()), "an unknown condition names what is missing"
    for condition in check.conditions:
        for lang in ("nl", "en"):
            text = condition.explanation(lang)
            assert text != condition.code and "{" not in text, (condition.id, lang, text)
    if pack.id == "remigratiewet":
        assert list(outcomes) == (CONDITIONS_2014 if case["date"] >= dt.date(2014, 7, 1)
                                  else CONDITIONS_2000)


def test_the_regime_changes_between_30_june_and_1_july_2014(library):
    pack = library.get("remigratiewet")

    assert pack.regime_on(dt.date(2014, 6, 30)).id == "2000"
    assert pack.regime_on(dt.date(2014, 7, 1)).id == "2014"
    assert pack.takes_applications(dt.date(2024, 12, 31))
    assert not pack.takes_applications(dt.date(2025, 1, 1))


def test_a_date_before_any_regime_is_refused(library):
    pack = library.get("remigratiewet")
    person = golden_client({"person": "mehmet"})

    with pytest.raises(RulesError) as refused:
        evaluate(pack, person, dt.date(1999, 12, 31))

    assert refused.value.code == "rules_no_regime_on"
    assert "2000-04-01" in refused.value.message("en")


def test_an_unknown_scheme_is_refused_by_name(library):
    with pytest.raises(RulesError) as refused:
        library.get("bijstand")
    assert refused.value.message("nl") == "Onbekende regeling bijstand (zie `rules list`)"


def test_each_condition_explains_itself_in_dutch_and_english_with_its_source(library):
    check = evaluate(library.get("remigratiewet"),
                     golden_client({"person": "mehmet", "client": {"birth_date": "1969-06-01"}}),
                     dt.date(2024, 5, 31))

    age = check.conditions[0].as_dict("nl")
    assert age["outcome"] == "not_met"
    assert age["explanation"] == "54 jaar op 2024-05-31; minimaal 55 vereist (wordt 55 op " \
                                 "2024-06-01)"
    assert check.conditions[0].explanation("en").startswith("54 years old on 2024-05-31")
    assert age["parameters"][0]["value"] == 55
    assert age["parameters"][0]["valid_from"] == "2014-07-01"
    assert "svb.nl" in age["parameters"][0]["source"]
    assert all(c.source for c in check.conditions)


def test_an_uncertain_value_is_flagged_in_the_trace(library):
    check = evaluate(library.get("remigratiewet"), golden_client({"person": "fatima"}),
                     dt.date(2023, 11, 20))
    target = next(c for c in check.conditions if c.id == "target_group")

    assert target.outcome == "met" and target.uncertain
    assert "cut-off" in target.note


def test_the_same_file_and_date_give_the_same_check(library):
    pack = library.get("remigratiewet")
    first = evaluate(pack, golden_client({"person": "tesfay"}), dt.date(2024, 6, 1))
    again = evaluate(pack, golden_client({"person": "tesfay"}), dt.date(2024, 6, 1))

    assert first == again
    assert first.pack_hash == pack.sha256 and len(first.pack_hash) == 64


def test_the_data_hash_covers_what_the_conditions_read_and_nothing_else(library):
    pack, day = library.get("remigratiewet"), dt.date(2024, 6, 1)

    def hashed(**changes):
        return evaluate(pack, golden_client({"person": "mehmet", "client": changes}), day).data_hash

    base = hashed()
    assert len(base) == 64 and base == hashed()
    assert hashed(phone="06-12345678", email="m.yildiz@example.org") == base
    assert hashed(birth_date="1958-05-21") != base
    assert hashed(partner={"given_names": "Emine", "surname": "Yıldız",
                           "birth_date": "1961-02-11", "co_migrates": False}) != base


def test_someone_born_on_29_february_is_told_they_turn_55_on_1_march(library):
    check = evaluate(library.get("remigratiewet"),
                     golden_client({"person": "mehmet", "client": {"birth_date": "1968-02-29"}}),
                     dt.date(2023, 2, 28))

    assert check.conditions[0].explanation("en") == (
        "54 years old on 2023-02-28; at least 55 required (turns 55 on 2023-03-01)")


def test_the_second_generation_before_2014_names_the_nationality_that_counts(library):
    check = evaluate(library.get("remigratiewet"),
                     golden_client({"person": "mehmet", "client": {
                         "country_of_birth": "NL", "nationalities": ["NL", "MA"]}}),
                     dt.date(2012, 6, 1))

    target = next(c for c in check.conditions if c.id == "target_group")
    assert (target.outcome, target.explanation("nl")) == (
        "met", "Nationaliteit van land van herkomst MA")


def test_every_explanation_a_condition_kind_gives_has_dutch_and_english():
    import re

    from consultant_app.core.messages import MESSAGES
    from consultant_app.core.rules import kinds

    source = Path(kinds.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'"(rule_[a-z_]+)"', source))
    assert len(codes) > 20
    assert sorted(c for c in codes if set(MESSAGES.get(c, {})) != {"nl", "en"}) == []
