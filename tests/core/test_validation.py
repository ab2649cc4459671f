"""Field validation as a consultant meets it: what is accepted, how it is stored, what not."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from consultant_app.core.domain import countries
from consultant_app.core.domain import validation as v
from consultant_app.core.errors import ValidationError
from consultant_app.core.messages import MESSAGES, translate

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def with_check_digit(digits: list[int]) -> list[int]:
    """The eight digits plus the ninth that makes the elfproef pass (skipping impossible cases)."""
    total = sum(w * d for w, d in zip(WEIGHTS, digits, strict=True))
    # Remainder 10 has no single check digit; a total below 11 gives the refused sum of zero.
    assume(total % 11 != 10 and total >= 11)
    return [*digits, total % 11]


def refused(func, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


def code_of(func, *args, **kwargs) -> str:
    return refused(func, *args, **kwargs).code


# --- BSN ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["123456782", "111222333", 111222333, "1234.56.782", "1234 56 782"]
)
def test_valid_bsn_is_stored_as_nine_digits(number):
    assert v.bsn("bsn", number) in ("123456782", "111222333")


def test_bsn_with_wrong_check_digit_is_refused():
    assert code_of(v.bsn, "bsn", "123456789") == "bsn_checksum"


def test_all_zero_bsn_is_refused_although_the_arithmetic_passes():
    assert code_of(v.bsn, "bsn", "000000000") == "bsn_checksum"
    assert not v.is_valid_bsn("000000000")
    # Sum 2*1 - 2 == 0: divisible by 11, yet never issued.
    assert not v.is_valid_bsn("000000012")


def test_eight_digit_bsn_gets_its_leading_zero_back():
    # 010101020: 8*1 + 6*1 + 4*1 + 2*2 - 0 = 22, divisible by 11.
    assert v.bsn("bsn", "10101020") == "010101020"
    assert v.bsn("bsn", 10101020) == "010101020"


@pytest.mark.parametrize("number", ["12345678901", "1234567", "12345678a", "", True])
def test_bsn_of_wrong_shape_is_refused(number):
    assert code_of(v.bsn, "bsn", number) in ("bsn_format", "wrong_type")


@given(st.lists(st.integers(0, 9), min_size=8, max_size=8))
def test_any_eight_digits_completed_with_their_check_digit_pass(digits):
    number = "".join(map(str, with_check_digit(digits)))
    assert v.is_valid_bsn(number)
    assert v.bsn("bsn", number) == number


@given(
    st.lists(st.integers(0, 9), min_size=8, max_size=8),
    st.integers(0, 8),
    st.integers(1, 9),
)
def test_every_single_digit_change_of_a_valid_bsn_fails(digits, position, delta):
    valid = with_check_digit(digits)
    changed = valid.copy()
    changed[position] = (changed[position] + delta) % 10
    assert not v.is_valid_bsn("".join(map(str, changed)))


def test_bsn_error_never_contains_the_number():
    error = refused(v.bsn, "client.bsn", "123456789")
    assert "123456789" not in str(error)
    assert "123456789" not in error.message("nl") + error.message("en")
    assert error.field == "client.bsn"


# --- dates ----------------------------------------------------------------------------------------


def test_leap_day_in_a_leap_year_is_a_date():
    assert v.date_value("d", "2024-02-29") == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-02-29", "2023-13-01", "2023-00-10"])
def test_impossible_calendar_date_is_refused_as_impossible(text):
    assert code_of(v.date_value, "d", text) == "date_impossible"


@pytest.mark.parametrize("text", ["1-2-2023", "01-02-2023", "2023/02/01", "20230201", "2023-2-1"])
def test_non_iso_date_is_refused_as_wrong_format(text):
    assert code_of(v.date_value, "d", text) == "date_format"


def test_date_object_is_accepted_but_datetime_is_not():
    assert v.date_value("d", dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert code_of(v.date_value, "d", dt.datetime(2020, 1, 2, 3, 4)) == "wrong_type"


def test_birth_date_in_the_future_is_refused():
    today = dt.date(2025, 6, 1)
    assert v.birth_date_value("b", "2025-06-01", today=today) == today
    assert code_of(v.birth_date_value, "b", "2025-06-02", today=today) == "date_in_future"


def test_birth_date_before_1900_is_refused():
    assert v.birth_date_value("b", "1900-01-01") == dt.date(1900, 1, 1)
    error = refused(v.birth_date_value, "b", "1899-12-31")
    assert error.code == "date_too_early"
    assert "1900" in error.message("nl")


# --- postcode -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1234ab", "1234 AB", " 1234 ab "])
def test_postcode_is_stored_as_digits_space_letters(typed):
    assert v.postcode_nl("postcode", typed) == "1234 AB"


@pytest.mark.parametrize("typed", ["0123 AB", "123 AB", "1234 A", "1234 A1", "12345 AB"])
def test_malformed_postcode_is_refused(typed):
    assert code_of(v.postcode_nl, "postcode", typed) == "postcode_format"


@pytest.mark.parametrize("typed", ["1234 SA", "1234sd", "1234 SS"])
def test_postcode_with_never_issued_letters_is_refused(typed):
    assert code_of(v.postcode_nl, "postcode", typed) == "postcode_letters"


# --- IBAN, BIC, RIB -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
        ("TR33 0006 1005 1978 6457 8413 26", "TR330006100519786457841326"),
        ("BA391290079401028494", "BA391290079401028494"),
        ("BE68539007547034", "BE68539007547034"),
        ("DE89370400440532013000", "DE89370400440532013000"),
    ],
)
def test_valid_iban_is_stored_compact(typed, stored):
    assert v.iban("iban", typed) == stored


def test_turkish_iban_has_26_characters():
    assert countries.IBAN_LENGTHS["TR"] == 26
    error = refused(v.iban, "iban", "TR33000610051978645784132")  # one character short
    assert error.code == "iban_length"
    assert "26" in error.message("en")


@given(st.integers(4, 17), st.integers(1, 9))
def test_one_digit_typo_in_a_dutch_iban_is_caught(position, delta):
    good = "NL91ABNA0417164300"
    assume(good[position].isdigit())
    typo = good[:position] + str((int(good[position]) + delta) % 10) + good[position + 1 :]
    assert code_of(v.iban, "iban", typo) == "iban_checksum"


def test_iban_of_another_country_than_the_clients_is_refused():
    assert v.iban("iban", "TR330006100519786457841326", country="tr").startswith("TR")
    assert code_of(v.iban, "iban", "NL91ABNA0417164300", country="TR") == "iban_wrong_country"


@pytest.mark.parametrize("typed", ["NL", "NLAB", "NL91ABNA04171643$0", "91NL"])
def test_iban_with_wrong_characters_is_refused(typed):
    assert code_of(v.iban, "iban", typed) == "iban_format"


@pytest.mark.parametrize(
    "valid, alias",
    [("NL98ABNA0417164368", "NL01ABNA0417164368"), ("NL02ABNA0417164350", "NL99ABNA0417164350")],
)
def test_iban_check_digits_01_and_99_are_refused_although_mod97_passes(valid, alias):
    assert v.iban("iban", valid) == valid
    assert v._iban_mod97(alias) == 1  # the arithmetic alone would accept it
    assert code_of(v.iban, "iban", alias) == "iban_checksum"


def test_moroccan_iban_is_refused_with_a_hint_to_use_the_rib():
    error = refused(v.iban, "iban", "MA64011519000001205000534921")
    assert error.code == "iban_morocco_use_rib"
    assert "RIB" in error.message("nl") and "24" in error.message("en")


def test_suriname_is_not_an_iban_country():
    assert "SR" not in countries.IBAN_LENGTHS and "MA" not in countries.IBAN_LENGTHS
    assert code_of(v.iban, "iban", "NL91ABNA0417164300", country="SR") == "iban_country_no_iban"


def test_rib_of_24_digits_is_accepted_with_spaces():
    assert v.rib_morocco("rib", "011 780 0000123456789012 34") == "011780000012345678901234"


@pytest.mark.parametrize(
    "typed", ["01178000001234567890123", "0117800000123456789012345", "01178000001234567890123X"]
)
def test_rib_of_wrong_length_is_refused(typed):
    assert code_of(v.rib_morocco, "rib", typed) == "rib_format"


@pytest.mark.parametrize(
    "typed, stored", [("surbsrpa", "SURBSRPA"), ("ABNANL2AXXX", "ABNANL2AXXX")]
)
def test_bic_is_stored_upper_case(typed, stored):
    assert v.bic("bic", typed) == stored


@pytest.mark.parametrize("typed", ["SURBSR", "SURBSRPA1", "1URBSRPA", "SURB5RPA"])
def test_malformed_bic_is_refused(typed):
    assert code_of(v.bic, "bic", typed) == "bic_format"


# --- bank abroad ----------------------------------------------------------------------------------


def test_turkish_client_gives_a_turkish_iban():
    result = v.bank_abroad("bank", {"iban": "TR33 0006 1005 1978 6457 8413 26"}, "TR")
    assert result == {"iban": "TR330006100519786457841326"}


def test_turkish_client_without_iban_is_asked_for_one():
    error = refused(v.bank_abroad, "bank", {"account_number": "12345678", "bic": "TCZBTR2A"}, "TR")
    assert (error.code, error.field) == ("required", "bank.iban")


def test_moroccan_client_gives_a_rib_and_optionally_a_bic():
    rib = "011780000012345678901234"
    assert v.bank_abroad("bank", {"account_number": rib}, "MA") == {"account_number": rib}
    with_bic = v.bank_abroad("bank", {"account_number": rib, "bic": "bcmamamc"}, "MA")
    assert with_bic == {"account_number": rib, "bic": "BCMAMAMC"}


def test_moroccan_iban_in_bank_details_is_refused_with_rib_hint():
    error = refused(v.bank_abroad, "bank", {"iban": "MA64011519000001205000534921"}, "MA")
    assert (error.code, error.field) == ("iban_morocco_use_rib", "bank.iban")
    assert refused(v.bank_abroad, "bank", {"iban": "MA64011519000001205000534921"}, None).code == (
        "iban_morocco_use_rib"
    )


def test_moroccan_account_number_must_be_a_rib():
    error = refused(v.bank_abroad, "bank", {"account_number": "12345"}, "MA")
    assert (error.code, error.field) == ("rib_format", "bank.account_number")


def test_surinamese_account_with_bic_is_accepted_without_iban():
    result = v.bank_abroad("bank", {"account_number": "12 345 678", "bic": "SURBSRPA"}, "SR")
    assert result == {"account_number": "12345678", "bic": "SURBSRPA"}


def test_surinamese_account_needs_a_bic():
    error = refused(v.bank_abroad, "bank", {"account_number": "12345678"}, "SR")
    assert (error.code, error.field) == ("required", "bank.bic")


@pytest.mark.parametrize("number", ["1234", "123456789012345678901", "12A45678"])
def test_surinamese_account_number_is_5_to_20_digits(number):
    error = refused(v.bank_abroad, "bank", {"account_number": number, "bic": "SURBSRPA"}, "SR")
    assert error.code == "account_number_sr"


def test_other_non_iban_country_needs_account_number_and_bic():
    result = v.bank_abroad("bank", {"account_number": "ab-1234-56", "bic": "CBAFAFKA"}, "AF")
    assert result == {"account_number": "AB123456", "bic": "CBAFAFKA"}
    assert refused(v.bank_abroad, "bank", {"bic": "CBAFAFKA"}, "AF").field == "bank.account_number"


def test_unknown_key_in_bank_details_is_named_in_the_error():
    error = refused(v.bank_abroad, "bank_abroad", {"iban": "NL91ABNA0417164300", "foo": 1}, None)
    assert (error.code, error.field) == ("unknown_field", "bank_abroad.foo")


def test_bank_details_without_country_accept_a_valid_iban():
    assert v.bank_abroad("bank", {"iban": "BA391290079401028494"}, None) == {
        "iban": "BA391290079401028494"
    }


def test_bank_details_must_be_an_object():
    assert code_of(v.bank_abroad, "bank", "NL91ABNA0417164300", "NL") == "wrong_type"


# --- phone and e-mail -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["0612345678", "06-12345678", "+31 6 1234 5678", "0031612345678", "+31 (0)6 12345678"],
)
def test_dutch_mobile_is_stored_in_e164(typed):
    assert v.phone("phone", typed) == "+31612345678"


def test_dutch_landline_is_stored_in_e164():
    assert v.phone("phone", "010-1234567") == "+31101234567"


@pytest.mark.parametrize("typed", ["061234567", "06123456789", "+31 06 12345678", "+31 6 1234567"])
def test_dutch_number_with_wrong_digit_count_is_refused(typed):
    assert code_of(v.phone, "phone", typed) == "phone_nl"


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("+90 532 123 45 67", "+905321234567"),
        ("00212 612 345678", "+212612345678"),
        ("+597 812 3456", "+5978123456"),
        ("+387 61 123 456", "+38761123456"),
    ],
)
def test_foreign_number_is_stored_in_e164(typed, stored):
    assert v.phone("phone", typed) == stored


@pytest.mark.parametrize(
    "typed", ["612345678", "+0 123 456 789", "+90 53", "+90 1234 5678 9012 34", "06-1234abcd", ""]
)
def test_unusable_phone_number_is_refused(typed):
    assert code_of(v.phone, "phone", typed) == "phone_format"


@pytest.mark.parametrize(
    "typed, stored",
    [("Ayse.Yilmaz@Example.NL", "Ayse.Yilmaz@example.nl"), (" a@b.co ", "a@b.co")],
)
def test_email_domain_is_lower_cased(typed, stored):
    assert v.email("email", typed) == stored


@pytest.mark.parametrize(
    "typed", ["a@b", "a@@b.nl", "a b@c.nl", "@b.nl", "a@.nl", "a@b..nl", "ab.nl"]
)
def test_malformed_email_is_refused(typed):
    assert code_of(v.email, "email", typed) == "email_format"


# --- names, countries, text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["Işık", "Öztürk", "El-Amrani", "Ðorđević", "'Abd al-Rahman", "van der Berg"]
)
def test_names_keep_diacritics_apostrophes_and_hyphens(typed):
    assert v.name("name", typed) == typed


def test_decomposed_name_is_stored_composed():
    typed = unicodedata.normalize("NFD", "Işık Öztürk")
    assert typed != "Işık Öztürk"
    assert v.name("name", typed) == "Işık Öztürk"


def test_name_whitespace_is_collapsed():
    assert v.name("name", "  Ayşe \t  Yılmaz\n") == "Ayşe Yılmaz"


@pytest.mark.parametrize("typed, code", [("   ", "required"), ("12345", "name_no_letters")])
def test_empty_or_number_only_name_is_refused(typed, code):
    assert code_of(v.name, "name", typed) == code


@pytest.mark.parametrize("typed", ["Ali\x00", "Ali\x1b[2J", "Ali\u202eznamrA"])
def test_name_with_control_characters_is_refused(typed):
    assert code_of(v.name, "name", typed) == "control_chars"


def test_name_longer_than_200_characters_is_refused():
    assert v.name("name", "a" * 200) == "a" * 200
    assert code_of(v.name, "name", "a" * 201) == "too_long"


@pytest.mark.parametrize("typed, stored", [("tr", "TR"), (" ma ", "MA"), ("XK", "XK")])
def test_country_code_is_stored_upper_case(typed, stored):
    assert v.country("country", typed) == stored


@pytest.mark.parametrize("typed", ["XX", "TUR", "", "Turkije"])
def test_unknown_country_code_is_refused(typed):
    assert code_of(v.country, "country", typed) == "country_unknown"


def test_text_is_composed_stripped_and_limited():
    typed = unicodedata.normalize("NFD", "  Gesprek met Işık\n")
    assert v.text("note", typed) == "Gesprek met Işık"
    assert v.text("note", "regel 1\nregel 2\tx") == "regel 1\nregel 2\tx"
    assert code_of(v.text, "note", "abcdef", max_len=5) == "too_long"
    assert code_of(v.text, "note", "kleur \x1b[31m rood") == "control_chars"


def test_missing_value_is_reported_as_required():
    for func in (v.name, v.email, v.phone, v.postcode_nl, v.iban, v.bic, v.country, v.date_value):
        assert code_of(func, "f", None) == "required"


# --- countries and messages -----------------------------------------------------------------------


def test_country_names_follow_dutch_government_spelling():
    expected = {
        "TR": "Turkije",
        "MA": "Marokko",
        "SR": "Suriname",
        "BA": "Bosnië en Herzegovina",
        "SY": "Syrië",
        "SO": "Somalië",
        "CV": "Kaapverdië",
        "MK": "Noord-Macedonië",
        "XK": "Kosovo",
    }
    for code, dutch in expected.items():
        assert countries.country_name(code) == dutch
    assert countries.country_name("ma", "en") == "Morocco"


def test_every_current_iso_country_is_known():
    assert len(countries.COUNTRIES) >= 250
    assert countries.is_country("nl") and not countries.is_country("ZZ")
    assert all(len(code) == 2 and code.isupper() for code in countries.COUNTRIES)


def test_every_iban_country_is_a_known_country():
    assert set(countries.IBAN_LENGTHS) <= set(countries.COUNTRIES)
    known = {"NL": 18, "TR": 26, "BA": 20, "BE": 16, "DE": 22}
    assert known.items() <= countries.IBAN_LENGTHS.items()


VALIDATION_CODES = [
    "bsn_format", "bsn_checksum", "date_format", "date_impossible", "date_in_future",
    "date_too_early", "postcode_format", "postcode_letters", "country_unknown", "iban_format",
    "iban_morocco_use_rib", "iban_country_no_iban", "iban_wrong_country", "iban_length",
    "iban_checksum", "rib_format", "bic_format", "account_number_sr", "account_number_format",
    "phone_format", "phone_nl", "email_format", "control_chars", "name_no_letters", "too_long",
]  # fmt: skip


@pytest.mark.parametrize("code", VALIDATION_CODES)
def test_every_validation_error_has_dutch_and_english_text(code):
    assert set(MESSAGES[code]) == {"nl", "en"}
    assert translate(code, "nl") != translate(code, "en")
    assert "{" not in translate(code, "nl", min_year=1900, length=26, expected="TR", max_len=5)
