"""Dates (and counts) as the desktop writes them, the one formatter of every table, form, header
and letter screen.

Dutch writes the short form dd-mm-jjjj ("07-12-2026", core/domain/dates.py, the same as a letter's
`|kort`) and the long form "7 december 2026"; English uses Qt's British locale ("07/12/2026"),
whose year has four digits, which a birth date needs. Stored dates are ISO text; anything that is
not a date is shown as it is, so a half-typed value never disappears from a screen.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from consultant_app.core.domain import dates


def locale(language: str) -> QLocale:
    """The locale of the interface language: numbers and English dates follow it."""
    return QLocale("nl_NL" if language == "nl" else "en_GB")


def number_text(value: int, language: str) -> str:
    """A count as the interface language writes it: 27.417 in Dutch, 27,417 in English."""
    return locale(language).toString(value)


def date_format(language: str) -> str:
    """The Qt format of a short date (a QDateEdit's displayFormat)."""
    if language == "nl":
        return "dd-MM-yyyy"
    return locale(language).dateFormat(QLocale.FormatType.ShortFormat)


def date_placeholder(language: str) -> str:
    """How a date field asks for its date: "DD-MM-JJJJ" (English: "DD/MM/YYYY")."""
    if language == "nl":
        return "DD-MM-JJJJ"
    return date_format(language).upper()


def short_date(value: date | str | None, language: str) -> str:
    """A stored date (ISO text or a date) in the short form; "" for None, other text as is."""
    day = dates.as_date(value)
    if day is None:
        return "" if value is None else str(value)
    if language == "nl":
        return dates.short_date(day)
    return locale(language).toString(QDate(day), date_format(language))


def long_date(day: date, language: str) -> str:
    """"7 december 2026" (the spreekuur bar, a template's validity)."""
    return dates.long_date(day, language)


def short_date_time(stamp: str | None, language: str) -> str:
    """A stored UTC timestamp (ISO) in local time: the short date and hh:mm."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{short_date(moment.date(), language)} {moment:%H:%M}"


def parse_date(text: str, language: str) -> str | None:
    """What a consultant typed in a date field, back as ISO text for the core: the short form
    of the language or ISO; None when empty. Anything else is passed on as typed, so the core
    refuses it next to its field."""
    text = text.strip()
    if not text:
        return None
    if language == "nl":
        return dates.short_to_iso(text) or text
    parsed = locale(language).toDate(text, date_format(language))
    return parsed.toPython().isoformat() if parsed.isValid() else text

