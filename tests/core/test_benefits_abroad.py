"""Benefits after emigration as dated, sourced data of a scheme pack (`[[benefits_abroad]]`):
the lint refuses an undated, unsourced, overlapping or unknown entry with its line; the letter
that stops a benefit refuses to stop one that goes on in the destination country (AOW for a
client moving to Turkey) unless confirmed, and stops bijstand without a word; the eligibility
check names the client's benefits the SVB deducts from the remigratie-uitkering."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consultant_app.core.errors import BenefitContinuesError
from consultant_app.core.rules.benefits import benefit_kind, continues_abroad
from consultant_app.core.rules.lint import check_pack
from consultant_app.core.rules.library import RuleLibrary
from tests.conftest import ISIK
from tests.core.test_rules_lint import GOOD
from tests.core.word_like import text_of

STOP_LETTER = "beeindiging-uitkering"
DAY = dt.date(2026, 12, 7)
AOW_TO_TURKEY = {**ISIK, "benefits": [{"type": "AOW", "payer": "SVB", "since": "2026-01-05"}]}
BIJSTAND_TO_TURKEY = {**ISIK, "benefits": [{"type": "bijstand", "payer": "gemeente Eindhoven",
                                            "since": "2019-05-01"}]}

ENTRY = """
[[benefits_abroad]]
benefit = "{benefit}"
continues = "{continues}"
deducted_from_remigratie_uitkering = true
valid_from = 2020-01-01
source = "Regeling art. 7"
"""


def findings(extra: str) -> list[str]:
    text = GOOD + extra
    return [f.text("pack.toml") for f in check_pack(text.encode(), "pack.toml")]


def line_of(extra: str, needle: str) -> int:
    """The line of the first `needle` inside `extra`, counted in the whole pack."""
    lines = (GOOD + extra).splitlines()
    start = len(GOOD.splitlines())
    return next(i for i, line in enumerate(lines, start=1) if i > start and needle in line)


# -- the lint ------------------------------------------------------------------------------------
def test_a_sourced_dated_entry_passes():
    assert findings(ENTRY.format(benefit="AOW", continues="reduced")) == []


def test_an_undated_entry_is_refused_with_its_line():
    extra = ENTRY.format(benefit="AOW", continues="yes").replace("valid_from = 2020-01-01\n", "")
    assert findings(extra) == [
        f"pack.toml:{line_of(extra, '[[benefits_abroad]]')}: benefits_abroad[0] is not dated "
        "(valid_from)"]


def test_an_unsourced_entry_is_refused_with_its_line():
    extra = ENTRY.format(benefit="AOW", continues="yes").replace('source = "Regeling art. 7"\n',
                                                                 'source = " "\n')
    assert findings(extra) == [
        f"pack.toml:{line_of(extra, 'source =')}: benefits_abroad[0] has no source (source: law "
        "article or public page)"]


def test_two_entries_of_one_benefit_may_not_overlap():
    later = ENTRY.format(benefit="AOW", continues="no").replace("2020-01-01", "2023-06-01")
    extra = ENTRY.format(benefit="AOW", continues="yes") + later
    second = len(GOOD.splitlines()) + len(ENTRY.splitlines()) + 2
    assert findings(extra) == [
        f"pack.toml:{second}: benefits_abroad[1] overlaps in time with benefits_abroad[0]"]
    # another benefit in the same period is no overlap
    assert findings(ENTRY.format(benefit="AOW", continues="yes")
                    + ENTRY.format(benefit="Anw", continues="no")) == []


def test_an_unknown_benefit_kind_is_refused_naming_the_known_ones():
    extra = ENTRY.format(benefit="Kinderbijslag", continues="no")
    (found,) = findings(extra)
    assert found.startswith(f"pack.toml:{line_of(extra, 'benefit =')}: Unknown kind of benefit "
                            "Kinderbijslag (known: AOW, WIA, WAO, WW, Participatiewet")


def test_an_unknown_continues_value_and_misplaced_countries_are_refused():
    extra = ENTRY.format(benefit="WIA", continues="sometimes")
    assert findings(extra)[0].startswith(
        f"pack.toml:{line_of(extra, 'continues =')}: Invalid value of continues sometimes")
    extra = ENTRY.format(benefit="WIA", continues="no") + 'countries = ["TR"]\n'
    assert findings(extra) == [f"pack.toml:{line_of(extra, 'countries =')}: A country list "
                               '(countries) belongs only with continues = "treaty_countries_only"']
    extra = ENTRY.format(benefit="WIA", continues="treaty_countries_only") + \
        'countries = ["TR", "XX"]\n'
    assert findings(extra) == [f"pack.toml:{line_of(extra, 'countries =')}: Unknown country "
                               "code(s) XX"]


def test_a_treaty_benefit_without_countries_or_an_unknown_one_must_be_marked_uncertain():
    for continues in ("treaty_countries_only", "unknown"):
        extra = ENTRY.format(benefit="WIA", continues=continues)
        assert findings(extra) == [
            f"pack.toml:{line_of(extra, 'continues =')}: benefits_abroad[0]: without a country "
            'list or with continues = "unknown" this is uncertain (uncertain = true, with a note)']
        assert findings(extra + 'uncertain = true\nnote = "List not found"\n') == []


def test_a_missing_deduction_flag_is_refused():
    extra = ENTRY.format(benefit="WW", continues="no").replace(
        "deducted_from_remigratie_uitkering = true\n", "")
    (found,) = findings(extra)
    assert found.startswith(f"pack.toml:{line_of(extra, '[[benefits_abroad]]')}: ")
    assert "benefits_abroad[0].deducted_from_remigratie_uitkering" in found


# -- what the shipped pack says ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def remigratiewet():
    return RuleLibrary.for_data_dir(Path("/nonexistent")).get("remigratiewet")


def test_shipped_pack_aow_goes_on_in_turkey_and_bijstand_ends(remigratiewet):
    aow = continues_abroad(remigratiewet, "AOW", "TR", DAY)
    assert aow is not None and aow.outcome == "continues" and aow.entry.continues == "reduced"
    assert "svb.nl" in aow.entry.source
    assert continues_abroad(remigratiewet, "bijstand", "TR", DAY) is None
    assert continues_abroad(remigratiewet, "WW", "TR", DAY) is None
    wia = continues_abroad(remigratiewet, "WIA (IVA)", "MA", DAY)  # Morocco: not confirmed
    assert wia is not None and wia.outcome == "may_continue"


def test_shipped_pack_waz_goes_on_in_germany_may_in_turkey_and_tw_ends(remigratiewet):
    waz = continues_abroad(remigratiewet, "WAZ-uitkering", "DE", DAY)
    assert waz is not None and waz.outcome == "continues" and "uwv.nl" in waz.entry.source
    waz = continues_abroad(remigratiewet, "WAZ", "TR", DAY)  # a treaty, the WAZ not confirmed
    assert waz is not None and waz.outcome == "may_continue"
    assert continues_abroad(remigratiewet, "Toeslagenwet", "MA", DAY) is None
    deducted = {e.benefit for e in remigratiewet.benefits_abroad if e.deducted}
    assert {"WAZ", "TW"} <= deducted  # DOMAIN.md: AOW, Anw, WIA, WAO, WAZ, Wajong, TW


def test_free_text_benefits_map_to_the_vocabulary_or_to_nothing():
    assert [benefit_kind(t) for t in ("aow", "WIA (IVA)", "AOW-pensioen", "Bijstand",
                                      "kinderbijslag", "WAZ", "TW-toeslag", "Toeslagenwet",
                                      None)] == \
        ["AOW", "WIA", "AOW", "Participatiewet", None, "WAZ", "TW", "TW", None]


# -- the end-of-benefit letter --------------------------------------------------------------------
@pytest.fixture
def office(workspace):
    workspace.settings.set_many({"organisation_address": "Postbus 1234, 3500 AA Utrecht",
                                 "organisation_phone": "030 123 45 67"})
    return workspace


def test_stopping_aow_for_a_client_moving_to_turkey_is_refused_naming_benefit_country_source(
        office, tmp_path):
    client_id = office.casefile.add_client(AOW_TO_TURKEY)
    service = office.letters
    template = service.library.get(STOP_LETTER)

    draft, problems = service.check(client_id, template, DAY)

    (problem,) = problems
    assert isinstance(problem, BenefitContinuesError)
    text = problem.message("nl")
    assert "AOW" in text and "Turkije" in text and "svb.nl" in text
    assert "--allow-continuing-benefit" in text
    assert problem.notice("en").startswith("This letter asks to stop the AOW, but it continues "
                                           "while the client lives in Türkiye, possibly at a lower amount")
    assert service.list_letters(client_id) == []

    # deliberately confirmed: the letter is made, and stops the AOW
    draft, problems = service.check(client_id, template, DAY, allow_continuing_benefit=True)
    assert problems == []
    out = tmp_path / "stop.docx"
    service.save(draft, out)
    assert "Stoppen uitkering (AOW)" in text_of(out.read_bytes())


def test_stopping_bijstand_for_a_client_moving_to_turkey_gives_no_warning(office, tmp_path):
    client_id = office.casefile.add_client(BIJSTAND_TO_TURKEY)
    service = office.letters
    draft, problems = service.check(client_id, service.library.get(STOP_LETTER), DAY)

    assert problems == [] and draft.continuing == ()
    out = tmp_path / "stop.docx"
    service.save(draft, out)
    assert "Stoppen uitkering (bijstand)" in text_of(out.read_bytes())


def test_a_batch_skips_the_client_whose_aow_goes_on_and_writes_the_others(office, tmp_path):
    aow = office.casefile.add_client(AOW_TO_TURKEY)
    bijstand = office.casefile.add_client(BIJSTAND_TO_TURKEY)
    result = office.letters.make_batch([aow, bijstand], office.letters.library.get(STOP_LETTER),
                                       DAY, tmp_path)
    assert [c for c, _ in result.written] == [bijstand]
    assert [(c, type(e)) for c, e in result.refused] == [(aow, BenefitContinuesError)]


def test_other_letters_do_not_look_at_benefits_abroad(office):
    client_id = office.casefile.add_client(AOW_TO_TURKEY)
    service = office.letters
    draft, problems = service.check(client_id, service.library.get("melding-vertrek"), DAY)
    assert draft.continuing == ()
    assert not any(isinstance(p, BenefitContinuesError) for p in problems)


# -- the eligibility check --------------------------------------------------------------------------
def test_eligibility_names_the_benefits_deducted_from_the_remigratie_uitkering(workspace):
    client_id = workspace.casefile.add_client({
        **AOW_TO_TURKEY, "benefits": [
            {"type": "bijstand", "payer": "gemeente Eindhoven", "since": "2019-05-01"},
            {"type": "AOW", "payer": "SVB", "since": "2026-01-05"},
            {"type": "WIA", "payer": "UWV", "since": "2015-01-01"}]})

    _, check = workspace.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 1))
    data = check.as_dict(client_id, "nl")

    assert [(d["kind"], d["benefit"]) for d in data["deducted_benefits"]] == \
        [("AOW", "AOW"), ("WIA", "WIA")]
    assert all("svb.nl" in d["source"] for d in data["deducted_benefits"])


def test_eligibility_of_a_client_on_bijstand_only_names_no_deducted_benefit(workspace):
    client_id = workspace.casefile.add_client(BIJSTAND_TO_TURKEY)
    _, check = workspace.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 1))
    assert check.as_dict(client_id, "en")["deducted_benefits"] == []
