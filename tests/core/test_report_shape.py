"""The annual report's JSON shape: a report that does not add up, misses a field or has a typo
in one is refused with a line that names the place, before anything is written."""

from __future__ import annotations

import copy

import pytest

from consultant_app.core.errors import ReportError
from consultant_app.core.reports.shape import validate_report
from tests.core.report_example import example_report


def test_the_example_report_has_the_documented_shape():
    report = example_report()

    assert validate_report(report) is report


def test_a_report_without_previous_year_is_accepted():
    report = example_report()
    report["previous_year"] = None

    assert validate_report(report)["previous_year"] is None


def refused(report) -> ReportError:
    with pytest.raises(ReportError) as caught:
        validate_report(report)
    return caught.value


def changed(path: str, value):
    report = example_report()
    *parents, last = path.split(".")
    target = report
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return report


@pytest.mark.parametrize("path, value, code, message", [
    ("clients.total", -1, "report_not_count",
     "clients.total: a count belongs here (a whole number, 0 or more)"),
    ("clients.total", 411, "report_sum_mismatch",
     "clients.by_background: the parts add up to 412, the total is 411"),
    ("refugees", True, "report_not_count",
     "refugees: a count belongs here (a whole number, 0 or more)"),
    ("services", KeyError, "report_missing_key", "services: this field is missing from the figures"),
    ("clients.by_backgruond", {}, "report_unknown_key",
     "clients.by_backgruond: unknown field in the figures (known: total, by_background)"),
    ("clients.by_background.Turkije", 0, "report_bad_country",
     "clients.by_background: 'Turkije' is not a country code (such as TR, MA or NL) nor unknown"),
    ("group_sessions.by_audience.Turks", 0, "report_bad_audience",
     "group_sessions.by_audience: 'Turks' is not an audience in lower case (such as turks or "
     "gemengd)"),
    ("services.intake", 1, "report_sum_mismatch", "services: the parts add up to 140, the total "
     "is 412"),
    ("applications.share", 0.5, "report_bad_share",
     "applications.share: the share must be guided divided by total (0.0290)"),
    ("refugees", 413, "report_more_than_clients",
     "refugees: 413 is more than the number of clients helped (412)"),
    ("previous_year.year", 2022, "report_previous_year",
     "previous_year.year: the previous year must be 2023"),
    ("previous_year.locations.Utrecht", "12", "report_not_count",
     "previous_year.locations.Utrecht: a count belongs here (a whole number, 0 or more)"),
    ("year", 25, "report_bad_year", "year: not a year between 1900 and 2200"),
    ("source", " ", "report_not_text", "source: a text that is not empty belongs here"),
])
def test_a_report_that_breaks_the_shape_is_refused_naming_the_place(path, value, code, message):
    error = refused(changed(path, value))

    assert error.code == code
    assert error.message("en") == message
    assert error.message("nl") != message and error.message("nl").startswith(message.split(":")[0])


def test_something_that_is_not_a_report_is_refused():
    assert refused([1, 2]).message("nl") == "report: hier hoort een object met velden ({...})"


def test_validation_does_not_change_the_report():
    report = example_report()
    before = copy.deepcopy(report)

    validate_report(report)

    assert report == before


STAMP = {"at": "2025-01-20T09:12:03.120+00:00", "edition": 1, "sha256": "9f" * 32}


def test_a_previous_year_taken_from_its_publication_says_which_publication():
    report = {**example_report(), "previous_year_published": dict(STAMP)}

    assert validate_report(report)["previous_year_published"]["edition"] == 1


@pytest.mark.parametrize("stamp, previous, path, code", [
    ({**STAMP, "edition": 0}, True, "previous_year_published.edition", "report_bad_edition"),
    ({**STAMP, "sha256": "9F" * 32}, True, "previous_year_published.sha256", "report_bad_sha256"),
    ({**STAMP, "at": "gisteren"}, True, "previous_year_published.at", "report_bad_moment"),
    ({**STAMP, "by": "Anouk de Vries"}, True, "previous_year_published.by",
     "report_unknown_key"),  # no person in the report's JSON
    (STAMP, False, "previous_year_published", "report_published_without_figures"),
])
def test_a_wrong_previous_year_publication_is_refused_naming_the_place(stamp, previous, path,
                                                                       code):
    report = {**example_report(), "previous_year_published": stamp}
    if not previous:
        report["previous_year"] = None

    error = refused(report)

    assert (error.code, error.params["path"]) == (code, path)
    assert error.message("nl").startswith(f"{path}: ") and error.message("en") != error.message(
        "nl")
