"""Field validation: turns what a consultant typed into one normalised value, or a typed error.

Every function takes the field name first (it goes into the error) and the raw value, and returns
the value in the one form the vault stores (BSN as 9 digits, postcode as "1234 AB", IBAN compact,
phone in E.164, names in NFC). A broken rule raises `ValidationError(code, field=...)` whose params
never contain the value itself, because messages reach screens, terminals and bug reports. The rules
are those of DOMAIN.md §5; everything here is pure (no I/O, no clock unless no `today` is given).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Mapping

from consultant_app.core.domain.countries import COUNTRIES, IBAN_LENGTHS
from consultant_app.core.errors import ValidationError

NAME_MAX_LEN = 200
MIN_PASSPHRASE_CHARS = 12  # a vault's passphrase (core.vault.keys checks it; set-up shows it)
TEXT_MAX_LEN = 10_000
BIRTH_YEAR_MIN = 1900

_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_POSTCODE = re.compile(r"([1-9][0-9]{3}) ?([A-Z]{2})")
# PostNL never issues these pairs: they recall the Nazi organisations SA, SD and SS.
_POSTCODE_IN_ADDRESS = re.compile(r"(?<![0-9])[1-9][0-9]{3} ?[A-Z]{2}(?![A-Z])")
_POSTCODE_REFUSED = frozenset({"SA", "SD", "SS"})
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_BIC = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_RIB = re.compile(r"[0-9]{24}")
_DIGITS = re.compile(r"[0-9]+")
_ACCOUNT = re.compile(r"[A-Z0-9]{4,34}")
_EMAIL_LOCAL = re.compile(r"[^\s@]+")
_EMAIL_LABEL = re.compile(r"[^\s@.]+")
# Characters people put between phone digits for readability; "(0)" is the Dutch habit of showing
# the trunk zero after +31, which must disappear rather than become a digit.
_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")
# Bidi overrides and isolates can make a stored name display as a different name (Trojan Source);
# ZWNJ/ZWJ and LRM/RLM stay allowed because Persian and Arabic names legitimately contain them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_TEXT_LAYOUT = frozenset("\t\n\r")


# --- shared helpers -------------------------------------------------------------------------------


def _as_str(field: str, value: object) -> str:
    if value is None:
        raise ValidationError("required", field=field)
    if not isinstance(value, str):
        raise ValidationError("wrong_type", field=field, expected="text")
    return value


def has_control_chars(text: str, allowed: frozenset[str] = frozenset()) -> bool:
    return _control_pattern(allowed).search(text) is not None


@functools.lru_cache(maxsize=8)
def _control_pattern(allowed: frozenset[str]) -> re.Pattern[str]:
    # Cc (C0, DEL, C1), Cs (lone surrogates) and the bidi controls, minus what is allowed.
    ranges = "\x00-\x1f\x7f-\x9f\ud800-\udfff" + "".join(re.escape(c) for c in _BIDI_CONTROLS)
    if not allowed:
        return re.compile(f"[{ranges}]")
    return re.compile(f"(?![{''.join(re.escape(c) for c in allowed)}])[{ranges}]")


def _compact(value: str, separators: str = " ") -> str:
    return "".join(ch for ch in value if ch not in separators and not ch.isspace())


# --- BSN ------------------------------------------------------------------------------------------


def _bsn_sum(digits: str) -> int:
    return sum(w * int(d) for w, d in zip(_BSN_WEIGHTS, digits, strict=True))


def is_valid_bsn(value: str) -> bool:
    """True for 9 ASCII digits passing the elfproef; an all-zero-sum number never passes."""
    if not isinstance(value, str) or len(value) != 9 or not _DIGITS.fullmatch(value):
        return False
    total = _bsn_sum(value)
    # 000000000 (and e.g. 000000012) satisfy the arithmetic but were never issued.
    return total != 0 and total % 11 == 0


def bsn(field: str, value: object) -> str:
    """A BSN as 9 digits; 8-digit numbers (a leading zero lost in a spreadsheet) get it back."""
    if isinstance(value, bool):
        raise ValidationError("wrong_type", field=field, expected="text")
    raw = str(value) if isinstance(value, int) else _as_str(field, value)
    digits = _compact(raw, " .")
    if not _DIGITS.fullmatch(digits) or len(digits) not in (8, 9):
        raise ValidationError("bsn_format", field=field)
    digits = digits.zfill(9)
    if not is_valid_bsn(digits):
        raise ValidationError("bsn_checksum", field=field)
    return digits


# --- dates ----------------------------------------------------------------------------------------


def date_value(field: str, value: object) -> dt.date:
    """A calendar date from strict ISO "YYYY-MM-DD" (or a date object)."""
    # A datetime is a date subclass; silently dropping its time would hide a caller's bug.
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    text = _as_str(field, value).strip()
    if not _ISO_DATE.fullmatch(text):
        raise ValidationError("date_format", field=field)
    year, month, day = (int(part) for part in text.split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("date_impossible", field=field) from None


def timestamp(field: str, value: object) -> dt.datetime:
    """A moment as the vault stamps it (ISO 8601 with a UTC offset, e.g. a follow-up done)."""
    text = _as_str(field, value)
    if len(text) > 40 or not _ISO_DATE.match(text):
        raise ValidationError("date_format", field=field)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("date_format", field=field) from None
    if moment.tzinfo is None:
        raise ValidationError("date_format", field=field)
    return moment


def birth_date_value(field: str, value: object, today: dt.date | None = None) -> dt.date:
    """A date of birth: a real date, not in the future and not before 1900."""
    born = date_value(field, value)
    if born > (today or dt.date.today()):
        raise ValidationError("date_in_future", field=field)
    if born.year < BIRTH_YEAR_MIN:
        raise ValidationError("date_too_early", field=field, min_year=BIRTH_YEAR_MIN)
    return born


# --- address --------------------------------------------------------------------------------------


def postcode_nl(field: str, value: object) -> str:
    """A Dutch postcode in the stored form "1234 AB"."""
    match = _POSTCODE.fullmatch(_as_str(field, value).strip().upper())
    if not match:
        raise ValidationError("postcode_format", field=field)
    digits, letters = match.groups()
    if letters in _POSTCODE_REFUSED:
        raise ValidationError("postcode_letters", field=field)
    return f"{digits} {letters}"


def country(field: str, value: object) -> str:
    """An ISO 3166-1 alpha-2 code (or XK) in upper case."""
    code = _as_str(field, value).strip().upper()
    if code not in COUNTRIES:
        raise ValidationError("country_unknown", field=field)
    return code


# --- bank -----------------------------------------------------------------------------------------


def _iban_country_refused(field: str, code: str) -> ValidationError:
    if code == "MA":
        return ValidationError("iban_morocco_use_rib", field=field)
    return ValidationError("iban_country_no_iban", field=field)


def _iban_mod97(compact: str) -> int:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


def iban(field: str, value: object, country: str | None = None) -> str:
    """An IBAN in compact upper-case form, checked per ISO 13616 (length per country, mod 97).

    With `country` the IBAN must belong to that country, so a Turkish client's "Dutch" IBAN
    (a typo in the first letters) is caught here rather than at the bank.
    """
    compact = _compact(_as_str(field, value)).upper()
    if not _IBAN_SHAPE.fullmatch(compact):
        raise ValidationError("iban_format", field=field)
    code = compact[:2]
    expected = country.strip().upper() if country else None
    if expected is not None and expected not in IBAN_LENGTHS:
        raise _iban_country_refused(field, expected)
    if code not in IBAN_LENGTHS:
        raise _iban_country_refused(field, code)
    if expected is not None and code != expected:
        raise ValidationError("iban_wrong_country", field=field, expected=expected)
    if len(compact) != IBAN_LENGTHS[code]:
        raise ValidationError("iban_length", field=field, length=IBAN_LENGTHS[code])
    # Check digits 00, 01 and 99 can satisfy mod 97 but ISO 13616 never issues them.
    if not 2 <= int(compact[2:4]) <= 98 or _iban_mod97(compact) != 1:
        raise ValidationError("iban_checksum", field=field)
    return compact


def rib_morocco(field: str, value: object) -> str:
    """A Moroccan RIB: 24 digits (bank 3, city 3, account 16, key 2).

    The RIB key is not checked: published descriptions of its algorithm disagree (several copy
    the French RIB formula, whose field widths differ), and refusing a real account would stop a
    client's payment. The length catches the common typo of a dropped or doubled digit.
    """
    digits = _compact(_as_str(field, value), " -")
    if not _RIB.fullmatch(digits):
        raise ValidationError("rib_format", field=field)
    return digits


def bic(field: str, value: object) -> str:
    """A BIC (SWIFT code) of 8 or 11 characters in upper case, e.g. SURBSRPA."""
    code = _compact(_as_str(field, value)).upper()
    if not _BIC.fullmatch(code):
        raise ValidationError("bic_format", field=field)
    return code


def _account_number(field: str, value: object, country: str | None) -> str:
    if country == "MA":
        return rib_morocco(field, value)
    compact = _compact(_as_str(field, value), " -.").upper()
    if country == "SR":
        if not _DIGITS.fullmatch(compact) or not 5 <= len(compact) <= 20:
            raise ValidationError("account_number_sr", field=field)
        return compact
    if not _ACCOUNT.fullmatch(compact):
        raise ValidationError("account_number_format", field=field)
    return compact


def bank_abroad(field: str, value: object, country: str | None) -> dict[str, str]:
    """A foreign bank account as {"iban"} or {"account_number", "bic"} per the country's practice.

    IBAN countries (Turkey, Bosnia...) need an IBAN; Morocco needs the 24-digit RIB as account
    number (an MA "IBAN" is not in the SWIFT registry and is refused with that hint); Suriname and
    other non-IBAN countries need an account number plus BIC. Returns only the keys present.
    """
    if value is None:
        raise ValidationError("required", field=field)
    if not isinstance(value, Mapping):
        raise ValidationError("wrong_type", field=field, expected="object")
    for key in value:
        if key not in ("iban", "account_number", "bic"):
            raise ValidationError("unknown_field", field=f"{field}.{key}")
    given = {k: v for k, v in value.items() if v not in (None, "")}
    code = country.strip().upper() if country else None
    result: dict[str, str] = {}
    if "iban" in given:
        result["iban"] = iban(f"{field}.iban", given["iban"], code)
    if "account_number" in given:
        number_field = f"{field}.account_number"
        result["account_number"] = _account_number(number_field, given["account_number"], code)
    if "bic" in given:
        result["bic"] = bic(f"{field}.bic", given["bic"])
    _require_bank_keys(field, result, code)
    return result


def bank_keys(country: str | None) -> tuple[str, ...]:
    """What identifies an account in `country`: an IBAN where the country has one in the SWIFT
    registry (Turkey, Bosnia...), the 24-digit RIB in Morocco, else account number and BIC."""
    if country in IBAN_LENGTHS:
        return ("iban",)
    if country == "MA":
        return ("account_number",)  # Moroccan banks route on the RIB; the BIC is a courtesy.
    return ("account_number", "bic")


def _require_bank_keys(field: str, result: dict[str, str], code: str | None) -> None:
    needed = ("iban",) if code is None and "iban" in result else bank_keys(code)
    for key in needed:
        if key not in result:
            raise ValidationError("required", field=f"{field}.{key}")


# --- contact --------------------------------------------------------------------------------------


def _phone_digits(field: str, value: object) -> tuple[str, str]:
    """Split into ("+", digits) for international and ("0", digits) for national numbers."""
    raw = _as_str(field, value).strip().replace("(0)", "")
    compact = _PHONE_SEPARATORS.sub("", raw)
    if compact.startswith("+"):
        prefix, digits = "+", compact[1:]
    elif compact.startswith("00"):
        prefix, digits = "+", compact[2:]
    elif compact.startswith("0"):
        prefix, digits = "0", compact
    else:
        raise ValidationError("phone_format", field=field)
    if not _DIGITS.fullmatch(digits):
        raise ValidationError("phone_format", field=field)
    return prefix, digits


def phone(field: str, value: object) -> str:
    """A phone number in E.164 ("+31612345678"): Dutch numbers strictly, foreign ones loosely."""
    prefix, digits = _phone_digits(field, value)
    if prefix == "0":
        if len(digits) != 10:
            raise ValidationError("phone_nl", field=field)
        return "+31" + digits[1:]
    if digits.startswith("31"):
        national = digits[2:]
        if len(national) != 9 or national.startswith("0"):
            raise ValidationError("phone_nl", field=field)
        return "+" + digits
    # Country codes never start with 0; E.164 allows at most 15 digits in all.
    if digits.startswith("0") or not 8 <= len(digits) <= 15:
        raise ValidationError("phone_format", field=field)
    return "+" + digits


def email(field: str, value: object) -> str:
    """An e-mail address, sanity-checked only (one @, a dotted domain); the domain lower-cased."""
    text = _as_str(field, value).strip()
    local, at, domain = text.partition("@")
    labels = domain.split(".")
    if (
        not at
        or len(text) > 254
        or not _EMAIL_LOCAL.fullmatch(local)
        or len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) for label in labels)
    ):
        raise ValidationError("email_format", field=field)
    return f"{local}@{domain.lower()}"


# --- names and text -------------------------------------------------------------------------------


def name(field: str, value: object) -> str:
    """A person's name in NFC with single spaces; apostrophes, hyphens and diacritics are kept.

    NFC matters because macOS and some keyboards deliver "Işık" decomposed; two spellings of the
    same name must be the same string in the vault and on letters.
    """
    text = " ".join(unicodedata.normalize("NFC", _as_str(field, value)).split())
    if not text:
        raise ValidationError("required", field=field)
    if has_control_chars(text):
        raise ValidationError("control_chars", field=field)
    if not any(ch.isalpha() for ch in text):
        raise ValidationError("name_no_letters", field=field)
    if len(text) > NAME_MAX_LEN:
        raise ValidationError("too_long", field=field, max_len=NAME_MAX_LEN)
    return text


def text(field: str, value: object, max_len: int = TEXT_MAX_LEN) -> str:
    """Free text (notes, remarks) in NFC, stripped; empty is allowed.

    Control characters other than tab and line breaks are refused: notes are printed by the CLI,
    and an escape sequence stored in a note would drive the consultant's terminal.
    """
    result = unicodedata.normalize("NFC", _as_str(field, value)).strip()
    if has_control_chars(result, _TEXT_LAYOUT):
        raise ValidationError("control_chars", field=field)
    if len(result) > max_len:
        raise ValidationError("too_long", field=field, max_len=max_len)
    return result


def postal_address(field: str, value: object) -> str:
    """A one-line Dutch postal address ("Postbus 1234, 3500 AA Utrecht"), as an organisation's
    letterhead has it: free text on one line, with a postcode that passes `postcode_nl` (stored
    in its "1234 AB" form) followed by a place."""
    result = text(field, value, max_len=NAME_MAX_LEN)
    if "\n" in result or "\t" in result:
        raise ValidationError("control_chars", field=field)
    match = _POSTCODE_IN_ADDRESS.search(result.upper())
    if not match or not result[match.end():].strip(" ,"):
        raise ValidationError("address_needs_postcode", field=field)
    postcode = postcode_nl(field, match.group(0))
    return f"{result[:match.start()]}{postcode}{result[match.end():]}"
