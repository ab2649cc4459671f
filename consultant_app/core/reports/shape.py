"""The shape of a computed annual report, and the check that a dict has it.

This is the JSON of `report annual --json` (issue: "The year in figures"), the one thing the
exports read, wherever the numbers come from (a laptop's vault or the registry's SQL):

    {year, source,
     clients: {total, by_background: {CODE: n}},
     services: {intake, uitgebreide_begeleiding},
     applications: {guided, total, share},
     group_sessions: {total, by_audience: {AUDIENCE: n}},
     remigrated_contacts: {total, by_country: {CODE: n}},
     refugees, relation_contacts,
     locations: {CITY: contacts},
     previous_year: {the same without previous_year, or null when there is no earlier year},
     previous_year_published: {at, edition, sha256}   (only when the year before is published)}

Counts are whole numbers, 0 or more. Backgrounds and countries are ISO 3166 codes as in
core/domain/countries.py (XK included), or `unknown` when the file does not say. Audiences are
the office's list in lower case (`turks`, `gemengd`, ...). `applications.total` is the national
figure entered by hand (`figures set`) and `share` is guided / total as a fraction (0.0417, not
4.17); both are null while that figure is not entered. The parts of a breakdown add up to its
total, every client helped has exactly one deepest service (intake + uitgebreide_begeleiding =
clients.total), refugees are clients and so no more than clients.total: a report that breaks one
of these is refused (`validate_report` raises ReportError naming the place), because a funder
would otherwise receive a table that does not add up.

When the year before was published (core/reports/publication.py), `previous_year` holds that
publication's figures of that year, as the funder got them, not a recount, and
`previous_year_published` says which publication: its moment (`at`, ISO), `edition` (1, 2, ...)
and `sha256` (64 lower-case hex digits). It is absent, not null, when the year before is counted
live, so a report made before this field existed keeps its shape and its hash. It names no
person (not who published).
"""

from __future__ import annotations

import re
from typing import TypedDict

from consultant_app.core.domain.countries import is_country
from consultant_app.core.domain.dates import as_date
from consultant_app.core.errors import ReportError

UNKNOWN = "unknown"  # the background or country key when the file does not say
SHARE_TOLERANCE = 0.0005  # share may be rounded to three decimals (a tenth of a percent)
AUDIENCE = re.compile(r"^[a-z][a-z0-9_]*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Clients(TypedDict):
    total: int
    by_background: dict[str, int]


class Services(TypedDict):
    intake: int
    uitgebreide_begeleiding: int


class Applications(TypedDict):
    guided: int
    total: int | None
    share: float | None


class GroupSessions(TypedDict):
    total: int
    by_audience: dict[str, int]


class RemigratedContacts(TypedDict):
    total: int
    by_country: dict[str, int]


class YearFigures(TypedDict):
    year: int
    source: str
    clients: Clients
    services: Services
    applications: Applications
    group_sessions: GroupSessions
    remigrated_contacts: RemigratedContacts
    refugees: int
    relation_contacts: int
    locations: dict[str, int]


class PublicationStamp(TypedDict):
    at: str
    edition: int
    sha256: str


class AnnualReport(YearFigures):
    previous_year: YearFigures | None
    # previous_year_published: PublicationStamp (only when the year before is published)


PREVIOUS_PUBLISHED = "previous_year_published"
YEAR_KEYS = tuple(YearFigures.__annotations__)
REPORT_KEYS = (*YEAR_KEYS, "previous_year")
OPTIONAL_KEYS = (PREVIOUS_PUBLISHED,)
STAMP_KEYS = tuple(PublicationStamp.__annotations__)


def validate_report(report: object) -> AnnualReport:
    """`report` itself when it has the documented shape; otherwise ReportError with the code of
    what is wrong and the `path` of the first wrong place."""
    _object(report, REPORT_KEYS, "report", optional=OPTIONAL_KEYS)
    _year(report, "")
    previous = report["previous_year"]
    if previous is not None:
        _object(previous, YEAR_KEYS, "previous_year")
        _year(previous, "previous_year.")
        if previous["year"] != report["year"] - 1:
            raise ReportError("report_previous_year", path="previous_year.year",
                              expected=report["year"] - 1)
    if PREVIOUS_PUBLISHED in report:
        _stamp(report[PREVIOUS_PUBLISHED], PREVIOUS_PUBLISHED)
        if previous is None:
            raise ReportError("report_published_without_figures", path=PREVIOUS_PUBLISHED)
    return report  # type: ignore[return-value]


def _stamp(stamp: object, path: str) -> None:
    """Which publication a year's figures come from: {at, edition, sha256}."""
    _object(stamp, STAMP_KEYS, path)
    if not isinstance(stamp["at"], str) or as_date(stamp["at"]) is None:
        raise ReportError("report_bad_moment", path=f"{path}.at")
    edition = stamp["edition"]
    if not _is_count(edition) or edition < 1:
        raise ReportError("report_bad_edition", path=f"{path}.edition")
    if not isinstance(stamp["sha256"], str) or not SHA256.match(stamp["sha256"]):
        raise ReportError("report_bad_sha256", path=f"{path}.sha256")


def _year(figures: dict, prefix: str) -> None:
    year = figures["year"]
    if not _is_count(year) or not 1900 <= year <= 2200:
        raise ReportError("report_bad_year", path=f"{prefix}year")
    if not isinstance(figures["source"], str) or not figures["source"].strip():
        raise ReportError("report_not_text", path=f"{prefix}source")

    clients = _breakdown(figures, prefix, "clients", "by_background", _country_key)
    services = _object(figures["services"], tuple(Services.__annotations__), f"{prefix}services")
    for key in services:
        _count(services[key], f"{prefix}services.{key}")
    if services["intake"] + services["uitgebreide_begeleiding"] != clients["total"]:
        raise ReportError("report_sum_mismatch", path=f"{prefix}services",
                          parts=services["intake"] + services["uitgebreide_begeleiding"],
                          total=clients["total"])
    _applications(figures["applications"], f"{prefix}applications")
    _breakdown(figures, prefix, "group_sessions", "by_audience", _audience_key)
    _breakdown(figures, prefix, "remigrated_contacts", "by_country", _country_key)
    for key in ("refugees", "relation_contacts"):
        _count(figures[key], f"{prefix}{key}")
    if figures["refugees"] > clients["total"]:
        raise ReportError("report_more_than_clients", path=f"{prefix}refugees",
                          count=figures["refugees"], clients=clients["total"])
    locations = _object(figures["locations"], None, f"{prefix}locations")
    for city, count in locations.items():
        if not isinstance(city, str) or not city.strip():
            raise ReportError("report_bad_city", path=f"{prefix}locations", key=repr(city))
        _count(count, f"{prefix}locations.{city}")


def _breakdown(figures: dict, prefix: str, name: str, parts_key: str, check_key) -> dict:
    path = f"{prefix}{name}"
    table = _object(figures[name], ("total", parts_key), path)
    _count(table["total"], f"{path}.total")
    parts = _object(table[parts_key], None, f"{path}.{parts_key}")
    for key, count in parts.items():
        check_key(key, f"{path}.{parts_key}")
        _count(count, f"{path}.{parts_key}.{key}")
    if sum(parts.values()) != table["total"]:
        raise ReportError("report_sum_mismatch", path=f"{path}.{parts_key}",
                          parts=sum(parts.values()), total=table["total"])
    return table


def _applications(applications: object, path: str) -> None:
    _object(applications, tuple(Applications.__annotations__), path)
    guided, total, share = (applications[k] for k in ("guided", "total", "share"))
    _count(guided, f"{path}.guided")
    if total is None:
        if share is not None:
            raise ReportError("report_bad_share", path=f"{path}.share", expected="null")
        return
    _count(total, f"{path}.total")
    if guided > total:
        raise ReportError("report_guided_above_total", path=path, guided=guided, total=total)
    expected = guided / total if total else 0.0
    if (not isinstance(share, (int, float)) or isinstance(share, bool)
            or abs(share - expected) > SHARE_TOLERANCE):
        raise ReportError("report_bad_share", path=f"{path}.share", expected=f"{expected:.4f}")


def _object(value: object, keys: tuple[str, ...] | None, path: str,
            optional: tuple[str, ...] = ()) -> dict:
    """`value` as a dict with exactly `keys` (any keys when None), and maybe `optional` ones."""
    if not isinstance(value, dict):
        raise ReportError("report_not_object", path=path)
    if keys is not None:
        for key in keys:
            if key not in value:
                raise ReportError("report_missing_key", path=f"{path}.{key}".removeprefix(
                    "report."))
        for key in value:
            if key not in keys and key not in optional:
                raise ReportError("report_unknown_key", path=f"{path}.{key}".removeprefix(
                    "report."), known=", ".join((*keys, *optional)))
    return value


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _count(value: object, path: str) -> None:
    if not _is_count(value):
        raise ReportError("report_not_count", path=path)


def _country_key(key: object, path: str) -> None:
    if not (isinstance(key, str) and (key == UNKNOWN or is_country(key))):
        raise ReportError("report_bad_country", path=path, key=repr(key))


def _audience_key(key: object, path: str) -> None:
    if not (isinstance(key, str) and AUDIENCE.match(key)):
        raise ReportError("report_bad_audience", path=path, key=repr(key))

