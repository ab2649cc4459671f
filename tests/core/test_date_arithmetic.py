"""The date arithmetic eligibility and deadlines stand on (core/domain/dates.py), as properties
over many dates: ages on a date, whole years of residence, months on a benefit, and month or
year additions that clamp to the month's end (2024-08-31 + 6 months is 2025-02-28)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.core.domain.dates import add_months, add_years, age_on

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
MONTHS = st.integers(min_value=-600, max_value=600)
YEARS = st.integers(min_value=0, max_value=90)


def test_month_end_clamps_as_the_deadlines_need():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)


@given(DAYS, MONTHS)
def test_adding_months_matches_relativedelta(day, months):
    relativedelta = pytest.importorskip("dateutil.relativedelta").relativedelta
    try:
        expected = day + relativedelta(months=months)
    except (OverflowError, ValueError):
        return
    assert add_months(day, months) == expected


@given(DAYS, MONTHS)
def test_adding_months_keeps_the_day_or_clamps_to_the_months_last(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    if moved.day != day.day:
        assert moved.day < day.day and (moved + timedelta(days=1)).day == 1


@given(DAYS, YEARS)
def test_whole_years_on_a_date_agree_with_going_back_that_many_years(start, years):
    """The residence check goes back from the date (`start <= add_years(day, -n)`), the age
    check counts completed years (`age_on`): the two must agree on every day."""
    for day in (start + timedelta(days=k) for k in range(0, 40000, 997)):
        assert (age_on(start, day) >= years) == (start <= add_years(day, -years))


@given(DAYS, st.integers(min_value=0, max_value=36000))
def test_age_grows_by_one_on_the_birthday_and_never_jumps(born, offset):
    day = born + timedelta(days=offset)
    step = age_on(born, day + timedelta(days=1)) - age_on(born, day)
    assert step in (0, 1)
    if step:
        following = day + timedelta(days=1)
        assert (following.month, following.day) == (born.month, born.day) or \
            ((born.month, born.day) == (2, 29) and (following.month, following.day) == (3, 1))


@given(DAYS, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=40))
def test_months_on_a_benefit_agree_with_counting_whole_months(since, months, step):
    """`since <= add_months(day, -m)` is 'at least m whole months from since to day', counted
    as ages are: a month that starts on the 31st is complete on the 31st or, in a shorter
    month, on the 1st of the next."""
    for day in (since + timedelta(days=k) for k in range(0, 4000, 1 + step)):
        whole = (day.year - since.year) * 12 + day.month - since.month - (day.day < since.day)
        assert (since <= add_months(day, -months)) == (whole >= months)


def test_twelve_months_from_29_february_are_complete_on_1_march():
    since = date(2024, 2, 29)
    assert not since <= add_months(date(2025, 2, 28), -12)
    assert since <= add_months(date(2025, 3, 1), -12)
    assert not date(2023, 1, 31) <= add_months(date(2023, 2, 28), -1)


def test_a_29_february_birth_is_a_year_older_on_1_march_in_common_years():
    born = date(1968, 2, 29)
    assert age_on(born, date(2023, 2, 28)) == 54
    assert age_on(born, date(2023, 3, 1)) == 55
    assert age_on(born, date(2024, 2, 29)) == 56
