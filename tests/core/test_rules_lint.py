"""`rules check`: a pack with an undated or unsourced value, overlapping periods or an unknown
condition kind is refused, each finding a readable line naming the spot and its line number;
the shipped packs pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.core.errors import RulesError
from consultant_app.core.rules.lint import check_pack
from consultant_app.core.rules.pack import load_pack

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
id = "proef"
kind = "eligibility"
version = "1"
title = { nl = "Proefregeling", en = "Trial scheme" }

[[applications]]
valid_from = 2020-01-01
valid_until = 2024-12-31
source = "Regeling art. 9"

[[regimes]]
id = "2020"
title = { nl = "Vanaf 2020", en = "From 2020" }
valid_from = 2020-01-01
source = "Regeling art. 1"

[parameters.min_age]
unit = "years"

[[parameters.min_age.values]]
value = 55
valid_from = 2020-01-01
valid_until = 2022-12-31
source = "Regeling art. 2"

[[parameters.min_age.values]]
value = 57
valid_from = 2023-01-01
source = "Regeling art. 2, as changed in 2023"

[[conditions]]
id = "age"
kind = "min_age"
parameters = { min_age = "min_age" }
source = "Regeling art. 2"

[[deadlines]]
id = "vertrek"
title = { nl = "Vertrekken", en = "Leave" }
kind = "after_event"
anchor = "event:toegekend"
offset = "6 months"
valid_from = 2020-01-01
source = "Regeling art. 4"
"""


def findings(text: str) -> list[str]:
    return [f.text("proef.toml", "en") for f in check_pack(text.encode("utf-8"), "proef.toml")]


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
    return lines[occurrence - 1]


def test_the_good_pack_and_the_shipped_packs_pass():
    assert findings(GOOD) == []
    for path in sorted((ROOT / "resources" / "rules").glob("*.toml")):
        assert check_pack(path.read_bytes(), path.name) == [], path.name


def test_an_undated_value_is_named_with_its_line():
    text = GOOD.replace("value = 57\nvalid_from = 2023-01-01\n", "value = 57\n")

    assert findings(text) == [
        f"proef.toml:{line_of(text, '[[parameters.min_age.values]]', 2)}: "
        "parameters.min_age.values[1] is not dated (valid_from)"]


def test_an_unsourced_value_is_named_with_its_line():
    text = GOOD.replace('source = "Regeling art. 2, as changed in 2023"\n', "")

    assert findings(text) == [
        f"proef.toml:{line_of(text, '[[parameters.min_age.values]]', 2)}: "
        "parameters.min_age.values[1] has no source (source: law article or public page)"]


def test_an_empty_source_points_at_the_source_line():
    text = GOOD.replace('source = "Regeling art. 4"', 'source = " "')

    line = line_of(text, 'source = " "')
    assert findings(text) == [f"proef.toml:{line}: deadlines[0] has "
                              "no source (source: law article or public page)"]


def test_overlapping_values_are_refused():
    text = GOOD.replace("valid_until = 2022-12-31", "valid_until = 2023-06-30")

    assert findings(text) == [
        f"proef.toml:{line_of(text, '[[parameters.min_age.values]]', 2)}: "
        "parameters.min_age.values[1] overlaps in time with parameters.min_age.values[0]"]


def test_an_open_ended_value_before_another_overlaps_it():
    text = GOOD.replace("valid_until = 2022-12-31\n", "")

    assert len(findings(text)) == 1 and "overlaps in time" in findings(text)[0]


def test_overlapping_regimes_are_refused():
    text = GOOD + ('\n[[regimes]]\nid = "2022"\ntitle = { nl = "x", en = "x" }\n'
                   'valid_from = 2022-01-01\nsource = "Regeling art. 1a"\n')

    assert findings(text) == [f"proef.toml:{line_of(text, '[[regimes]]', 2)}: regimes[1] "
                              "overlaps in time with regimes[0]"]


def test_an_unknown_condition_kind_is_named_with_the_known_ones():
    text = GOOD.replace('kind = "min_age"', 'kind = "minimum_age"')

    (finding,) = findings(text)
    assert finding.startswith(f"proef.toml:{line_of(text, 'minimum_age')}: "
                              "Unknown condition kind minimum_age (known: ")
    assert "min_age" in finding and "origin_group" in finding


def test_a_misspelt_key_is_named_rather_than_leaving_a_period_open():
    text = GOOD.replace("valid_until = 2022-12-31", "valid_untill = 2022-12-31")

    assert findings(text)[0] == (f"proef.toml:{line_of(text, 'valid_untill')}: Unknown key "
                                 "parameters.min_age.values[0].valid_untill (a typo?)")


def test_a_gap_in_a_parameter_a_condition_needs_is_refused():
    text = GOOD.replace("valid_from = 2023-01-01\n", "valid_from = 2023-02-01\n")

    assert findings(text) == [f"proef.toml:{line_of(text, '[parameters.min_age]')}: Parameter "
                              "min_age has no value on 2023-01-01, where a condition needs it"]


def test_uncertain_needs_a_note_and_a_value_its_type():
    text = GOOD.replace('value = 57', 'value = "57"\nuncertain = true')

    value_line = line_of(text, 'value = "57"')
    assert findings(text) == [
        f"proef.toml:{line_of(text, 'uncertain = true')}: parameters.min_age.values[1] is "
        "marked uncertain without a note saying what is open",
        f"proef.toml:{value_line}: Value of min_age: expected int"]


def test_deadline_rules_are_checked_already():
    text = GOOD.replace('anchor = "event:toegekend"', 'anchor = "event:goedgekeurd"') \
        .replace('offset = "6 months"', 'offset = "half a year"')

    assert findings(text) == [
        f"proef.toml:{line_of(text, 'goedgekeurd')}: Unknown anchor event:goedgekeurd "
        "(event:<event> or field:<client field>)",
        f"proef.toml:{line_of(text, 'half a year')}: Invalid offset half a year "
        "(e.g. \"6 months\", \"-5 days\")"]


def test_a_client_field_must_exist_unless_marked_outside_the_file():
    condition = ('\n[[conditions]]\nid = "papers"\nkind = "fact"\n'
                 'settings = { field = "declarations.paspoort", expected = true }\n'
                 'source = "Regeling art. 3"\n')

    assert findings(GOOD + condition) == [
        f"proef.toml:{line_of(GOOD + condition, 'settings = ')}: Unknown client-file field "
        "declarations.paspoort (or mark the condition outside_file = true)"]
    assert findings(GOOD + condition.replace('kind = "fact"\n',
                                             'kind = "fact"\noutside_file = true\n')) == []


def test_a_toml_syntax_error_names_its_line_in_dutch_too():
    text = GOOD.replace('version = "1"', 'version = "1')

    (finding,) = check_pack(text.encode("utf-8"), "proef.toml")
    assert finding.line == 3
    assert finding.text("proef.toml", "nl").startswith("proef.toml:3: Geen geldige TOML: ")


def test_load_pack_refuses_with_every_finding():
    text = GOOD.replace('source = "Regeling art. 9"\n', "").replace('kind = "min_age"',
                                                                      'kind = "leeftijd"')

    with pytest.raises(RulesError) as refused:
        load_pack(text.encode("utf-8"), "proef.toml")

    assert refused.value.code == "rules_pack_invalid"
    assert len(refused.value.findings) == 2
    assert refused.value.message("en") == \
        "Scheme pack proef.toml refused: 2 problem(s) (see `rules check`)"


def test_a_change_or_cycle_rule_names_known_states_fields_and_office_settings():
    rule = ('\n[[deadlines]]\nid = "melden"\ntitle = { nl = "Melden", en = "Report" }\n'
            'kind = "after_change"\nanchor = "event:wijziging"\noffset = "4 weeks"\n'
            'while = ["uitbetaald"]\nfields = ["adres"]\n'
            'office_setting = "melding_weken"\nvalid_from = 2020-01-01\nsource = "Regeling"\n')
    text = GOOD + rule

    assert findings(text) == [
        f"proef.toml:{line_of(text, 'uitbetaald')}: deadlines[1].while: unknown uitbetaald "
        "(known: afgewezen, beeindigd, geschorst, ingediend, ingetrokken, open, teruggekeerd, "
        "toegekend, vertrokken)",
        f"proef.toml:{line_of(text, 'fields = ')}: deadlines[1].fields: unknown adres (known: "
        "address, arrival_date, bank_abroad, benefits, birth_date, bsn, children, "
        "country_of_birth, declarations, destination, email, given_names, language, "
        "nationalities, partner, phone, residence_permit, surname)",
        f"proef.toml:{line_of(text, 'melding_weken')}: Unknown office setting melding_weken "
        "(known: life_certificate_cycle_months)"]
    fixed = text.replace('"uitbetaald"', '"vertrokken"').replace('"adres"', '"address"') \
        .replace('office_setting = "melding_weken"\n', '')
    assert findings(fixed) == []
    (missing,) = findings(fixed.replace('fields = ["address"]\n', ''))
    assert missing.endswith(": deadlines[1].fields is missing")


def test_a_deadline_needs_its_words():
    text = GOOD.replace('title = { nl = "Vertrekken", en = "Leave" }\n', '')

    (finding,) = findings(text)
    assert "deadlines[0].title" in finding
