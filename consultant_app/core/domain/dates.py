"""How a date is written for people, in the one place both the core and the desktop use.

The vault stores dates as ISO text ("2026-12-07"); people read them the Dutch way: the short form
"07-12-2026" (dd-mm-jjjj, in tables, forms, headers and a letter's `|kort`) and the long form
"7 december 2026" (a letter's date, the spreekuur bar). Pure Python, no locale and no Qt: the
desktop's English short form comes from Qt's locale in gui/dates.py, which calls these for Dutch.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_DUTCH_SHORT = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")


def as_date(value: object) -> dt.date | None:
    """A date from a date or ISO text ("2026-12-07", or the date part of a timestamp); None
    for anything else (empty, malformed, impossible)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def short_date(day: dt.date) -> str:
    """The Dutch short form, dd-mm-jjjj: 07-12-2026."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def long_date(day: dt.date, language: str = "nl") -> str:
    """The long form: "7 december 2026" (English: "7 December 2026")."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_to_iso(text: str) -> str | None:
    """"7-12-2026" or "07-12-2026" (dd-mm-jjjj) as ISO text, "2026-12-07"; None when the text
    has another shape. An impossible day keeps its shape ("30-02-2026" → "2026-02-30"), so the
    validation can say that this date does not exist rather than how to write one."""
    match = _DUTCH_SHORT.fullmatch(text.strip())
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_short_date(text: str) -> dt.date | None:
    """The date in "7-12-2026" or "07-12-2026" (dd-mm-jjjj); None when it is not one."""
    return as_date(short_to_iso(text))


def age_on(born: dt.date, today: dt.date) -> int:
    """Completed years on `today` (someone born on 29 February turns a year older on 1 March)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months (negative goes back); a day the target month lacks clamps to
    its last day: 2024-08-31 + 6 months is 2025-02-28, as python-dateutil's relativedelta does."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _month_length(year, month)))


def add_years(day: dt.date, years: int) -> dt.date:
    """`day` moved by whole years; 29 February clamps to 28 February in other years."""
    return add_months(day, 12 * years)


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days
