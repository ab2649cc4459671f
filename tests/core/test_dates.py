"""Dates as people read them: the Dutch short and long forms, reading a typed short date back,
and completed years, in the one place the core and the desktop share."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from consultant_app.core.domain import dates


def test_short_form_is_dd_mm_jjjj_with_leading_zeros():
    assert dates.short_date(date(2026, 12, 7)) == "07-12-2026"
    assert dates.short_date(date(1961, 3, 5)) == "05-03-1961"


def test_long_form_names_the_month_in_the_language():
    assert dates.long_date(date(2026, 12, 7)) == "7 december 2026"
    assert dates.long_date(date(2026, 12, 7), "en") == "7 December 2026"


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-12-07", date(2026, 12, 7)),
    ("2026-12-07T09:12:00+00:00", date(2026, 12, 7)),
    (date(2026, 12, 7), date(2026, 12, 7)),
    (datetime(2026, 12, 7, 9, 12), date(2026, 12, 7)),
    ("2026-02-30", None), ("07-12-2026", None), ("", None), (None, None),
])
def test_stored_values_become_dates_or_none(value, expected):
    assert dates.as_date(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("07-12-2026", date(2026, 12, 7)), ("7-12-2026", date(2026, 12, 7)),
    (" 5-3-1961 ", date(1961, 3, 5)),
    ("30-02-2026", None), ("2026-12-07", None), ("7/12/2026", None), ("7-12-26", None),
])
def test_a_typed_short_date_is_read_back(text, expected):
    assert dates.parse_short_date(text) == expected


def test_age_counts_completed_years():
    born = date(1961, 3, 5)
    assert dates.age_on(born, date(2026, 3, 4)) == 64
    assert dates.age_on(born, date(2026, 3, 5)) == 65
    assert dates.age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert dates.age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26


def test_a_typed_short_date_keeps_an_impossible_day_for_the_validation_to_name():
    assert dates.short_to_iso("30-2-2026") == "2026-02-30"
    assert dates.short_to_iso("2026-02-30") is None
