"""A published annual report: the year frozen as it was sent to the funder. A publication keeps
the report's JSON as it was (`snapshot`, counts only: the shape of shape.py, which has no place
for a person), the SHA-256 of that JSON in its canonical spelling (core.domain.entities.canonical,
the spelling device and registry hash alike), which publication of the year it is (`edition`),
and who published it when. It is a synced row of the team (`report_publications`), so every
laptop of the team knows the year is frozen.

Asking for a published year again gives the published figures, not silently different ones,
with `published: {at, by, sha256, edition}` and `changes_since_publication`: one
`{path, published, now}` per count that differs between the publication and the figures the
registration gives now (`path` as the shape names places: `clients.total`,
`previous_year.locations.Utrecht`; `null` where one side has no such count).

The year before a published one is shown as published too: when Y-1 has a publication, the
report of Y takes Y-1's figures from it (its own fields, not the Y-2 it compared itself with)
and says so in `previous_year_published: {at, edition, sha256}` (shape.py), so the comparison
is the one the funder received last year. A recount of Y-1 is what `report annual --year Y-1`
shows, with its changes.

When a year has several publications (`--again`), the one with the highest edition counts; two
laptops that published the same edition before they synced agree on the one with the lowest id
(the first made), like the office's twins (core.office).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from consultant_app.core.domain.dates import as_date, short_date
from consultant_app.core.domain.entities import canonical
from consultant_app.core.reports.shape import PREVIOUS_PUBLISHED, YEAR_KEYS

PUBLISHED = "published"
CHANGES = "changes_since_publication"
ADDED_KEYS = (PUBLISHED, CHANGES)  # what a published year's report has beyond the shape


def digest(report: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of the report's canonical JSON."""
    return hashlib.sha256(canonical(report).encode("utf-8")).hexdigest()


def current(publications: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The publication that counts among those of one year (highest edition, then lowest id)."""
    found = list(publications)
    if not found:
        return None
    return min(found, key=lambda p: (-p["edition"], p["id"]))


def stamp(row: Mapping[str, Any]) -> dict[str, Any]:
    """Which publication a report's figures come from, as a report names it (no person)."""
    return {"at": row["published_at"], "edition": row["edition"], "sha256": row["sha256"]}


def year_figures(snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """A published report's figures of its own year, as the `previous_year` of the next."""
    return {key: snapshot[key] for key in YEAR_KEYS}


def changes(published: Mapping[str, Any], now: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every count that differs between two reports, as {path, published, now}, in the order
    of the published report (counts only the current figures have come last). Which
    publication the year before came from is not a count: a change there shows as the counts
    of `previous_year` that differ."""
    old, new = (_leaves({k: v for k, v in report.items() if k != PREVIOUS_PUBLISHED})
                for report in (published, now))
    paths = [*old, *(p for p in new if p not in old)]
    return [{"path": path, "published": old.get(path), "now": new.get(path)}
            for path in paths if old.get(path) != new.get(path)]


def figures(report: Mapping[str, Any]) -> dict[str, Any]:
    """The report's own fields (what was published), without what a publication adds."""
    return {k: v for k, v in report.items() if k not in ADDED_KEYS}


def day(moment: str) -> str:
    """The day of a publication's moment as people read it (dd-mm-jjjj)."""
    found = as_date(moment)
    return short_date(found) if found else moment


def notice(report: Mapping[str, Any], lang: str = "en") -> str | None:
    """The line a published year's report is shown with ("Gepubliceerd op ... door ...;
    sindsdien gewijzigd: ..."), or None for a year not published."""
    from consultant_app.core.messages import translate

    published = report.get(PUBLISHED)
    if published is None:
        return None
    at, by = day(published["at"]), published["by"]
    found = report.get(CHANGES) or []
    if not found:
        return translate("report_published_unchanged", lang, at=at, by=by)
    listed = "; ".join(f"{c['path']} {_shown(c['published'])} → {_shown(c['now'])}"
                       for c in found)
    return translate("report_published_changed", lang, at=at, by=by, changes=listed)


def _shown(value: Any) -> str:
    return "–" if value is None else str(value)


def _leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    """The values of a report by path; a year without figures (null) is one leaf."""
    if not isinstance(value, Mapping):
        return {prefix: value}
    out: dict[str, Any] = {}
    for key, item in value.items():
        out.update(_leaves(item, f"{prefix}.{key}" if prefix else str(key)))
    return out
