"""The annual report as tables, the one form every export (.xlsx, .docx, .pdf) prints and the
desktop could draw: a title, one row per category with this year's and last year's count, a
total row where the table has one, whether it gets a bar chart, and the definitions that say
what was counted.

With `suppress=True` (every export) the counts of people go through small-cell suppression
(suppress.py) one year at a time; counts of activities (group sessions held, contacts with
partner organisations) name no person and stay exact, as does the national total of
applications (a published figure). The share of applications guided is hidden when the count
it is made of is. A key that one year lacks counts as 0 in that year.

The words (titles, labels, country and audience names, definitions, numbers) are Dutch, or
English with `language="en"` (texts.py). `publication` says what the file says about its
figures: published (when, by whom, edition, SHA-256) with the counts changed since, or not
published (the figures of today); and whether the year before is the published one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from consultant_app.core.domain.countries import country_name, is_country
from consultant_app.core.domain.dates import as_date, long_date
from consultant_app.core.reports import publication
from consultant_app.core.reports.shape import PREVIOUS_PUBLISHED, UNKNOWN, validate_report
from consultant_app.core.reports.suppress import HIDDEN, SMALL, Suppressed, mark, suppress_linked
from consultant_app.core.reports.texts import (DEFAULT, audience, definitions, language_of,
                                               source as source_name, text)

NO_DATA = "–"  # a column for a year without figures (no previous year)

# What was counted, in Dutch: printed on every export unless asked otherwise, and repeated in
# docs/report.md (a test keeps the two the same). Both languages are in texts.py.
DEFINITIONS: list[tuple[str, str]] = definitions("nl")


@dataclass(frozen=True)
class Row:
    """One line of a table: the texts printed and the counts a chart may draw (None when the
    count is hidden, or the year has no figures)."""

    label: str
    current: str
    previous: str
    current_value: int | float | None = None
    previous_value: int | float | None = None


@dataclass(frozen=True)
class Table:
    id: str  # short and stable (the Dutch sheet name): the desktop's and the tests' key
    title: str
    rows: list[Row]
    total: Row | None = None
    chart: bool = False  # a breakdown: drawn as bars
    sheet: str = ""  # the .xlsx sheet's name in the report's language


@dataclass(frozen=True)
class Publication:
    """What the file says about its figures: published (when, by whom, which edition, the
    hash) or not; for a published year whose registration changed since, how many counts
    changed and where (with published and current values only where counts are exact: an
    export names the places, since a difference of two counts could be a single person); and
    whether the year before is the published one."""

    status: str
    changed: str | None = None
    changes: list[str] = field(default_factory=list)
    previous: str | None = None

    def lines(self) -> list[str]:
        """Every line, in the order printed."""
        return [self.status, *([self.changed] if self.changed else []),
                *(f"– {change}" for change in self.changes),
                *([self.previous] if self.previous else [])]


@dataclass(frozen=True)
class ReportTables:
    year: int
    previous_year: int | None
    source: str  # in words (texts.source): where the figures come from
    tables: list[Table]
    definitions: list[tuple[str, str]]
    publication: Publication | None = None
    language: str = DEFAULT

    def text(self, key: str, **params: object) -> str:
        """One of the report's texts (texts.py) in this report's language."""
        return text(key, self.language, **params)


def tables(report: dict, *, suppress: bool = True, language: str = DEFAULT,
           today: date | None = None) -> ReportTables:
    """The tables of a report (checked against shape.py first: ReportError when it is not); of
    a published year's report, the published figures, and what the file says about the
    publication (`today`: the day a live report's figures are of). `language`: "nl" (what a
    funder gets) or "en"."""
    language = language_of(language)
    published = report.get(publication.PUBLISHED)
    changes = report.get(publication.CHANGES) or []
    report = publication.figures(report)
    validate_report(report)
    previous = report["previous_year"]
    years = [report] + ([previous] if previous is not None else [])
    cells = [_suppressed(figures, suppress) for figures in years]
    words = _Words(language, report["year"], previous["year"] if previous else None)

    def breakdown(name: str, parts_key: str | None, labels) -> tuple[list[Row], Row]:
        def parts(figures: dict) -> dict[str, int]:
            return figures[name] if parts_key is None else figures[name][parts_key]

        keys = _ordered(parts(report), parts(previous) if previous else {})
        rows = [words.row(labels(key), [(c[name].parts.get(key, "0"), parts(f).get(key, 0))
                                        for c, f in zip(cells, years)]) for key in keys]
        total = words.row(words("total"), [(c[name].total, sum(parts(f).values()))
                                           for c, f in zip(cells, years)])
        return rows, total

    result = []
    rows, total = breakdown("clients", "by_background", words.background)
    result.append(words.table("Cliënten", "clients", rows, total, "total_clients"))
    services = [words.row(words(label), [(c["services"].parts[key], f["services"][key])
                                         for c, f in zip(cells, years)])
                for key, label in SERVICES.items()]
    result.append(words.table("Dienstverlening", "services", services, total, "total_clients"))
    result.append(words.table("Aanvragen", "applications",
                              _applications(years, suppress, words)))
    rows, total = breakdown("group_sessions", "by_audience", words.audience)
    result.append(words.table("Groepsvoorlichting", "sessions", rows, total, "total_sessions"))
    rows, total = breakdown("remigrated_contacts", "by_country", words.background)
    result.append(words.table("Geremigreerden", "remigrated", rows, total, "total_contacts"))
    result.append(words.table("Overige cijfers", "other", [
        words.row(words("refugees"),
                  [(mark(f["refugees"]) if suppress else str(f["refugees"]), f["refugees"])
                   for f in years]),
        words.row(words("relations"),
                  [(str(f["relation_contacts"]), f["relation_contacts"]) for f in years])]))
    rows, total = breakdown("locations", None, words.city)
    result.append(words.table("Locaties", "locations", rows, total, "total_contacts"))
    return ReportTables(
        report["year"], previous["year"] if previous else None,
        source_name(report["source"], language), result,
        definitions(language),
        _publication(report, published, changes, words, values=not suppress,
                     today=today or date.today()),
        language)


# The services' keys in the report and the texts of their rows.
SERVICES = {"intake": "intake", "uitgebreide_begeleiding": "extended"}
# Where a count of the report is printed: its table's texts key, and the row of each key.
PLACES = {"clients": ("clients", {"total": "total_clients"}),
          "services": ("services", SERVICES),
          "applications": ("applications", {"guided": "guided", "total": "national",
                                            "share": "share"}),
          "group_sessions": ("sessions", {"total": "total_sessions"}),
          "remigrated_contacts": ("remigrated", {"total": "total_contacts"}),
          "refugees": ("other", {"": "refugees"}),
          "relation_contacts": ("other", {"": "relations"}),
          "locations": ("locations", {})}


class _Words:
    """The report's texts and number spellings in one language, for the tables of one year."""

    def __init__(self, language: str, year: int, previous: int | None):
        self.language, self.year, self.previous = language, year, previous

    def __call__(self, key: str, **params: object) -> str:
        return text(key, self.language, **params)

    def table(self, id: str, texts: str, rows: list[Row], total: Row | None = None,
              total_label: str | None = None) -> Table:
        if total is not None and total_label is not None:
            total = Row(self(total_label), total.current, total.previous, total.current_value,
                        total.previous_value)
        return Table(id, self(f"{texts}_title"), rows, total, chart=total is not None,
                     sheet=self(f"{texts}_sheet"))

    def row(self, label: str, columns: list[tuple[str, int | float | None]]) -> Row:
        """A row from (text, value) per year; the value is dropped where the text hides it."""
        texts = [text for text, _ in columns] + [NO_DATA] * (2 - len(columns))
        values = [None if text in (SMALL, HIDDEN, NO_DATA) else value
                  for text, value in columns] + [None] * (2 - len(columns))
        texts = [self.number(int(t)) if t.isdigit() else t for t in texts]
        return Row(label, texts[0], texts[1], values[0], values[1])

    def number(self, count: int) -> str:
        grouped = f"{count:,}"
        return grouped.replace(",", ".") if self.language == "nl" else grouped

    def percent(self, share: float) -> str:
        shown = f"{share * 100:.1f}%"
        return shown.replace(".", ",") if self.language == "nl" else shown

    def value(self, value: object) -> str:
        """A count of the report as printed (a share as a percentage)."""
        if value is None:
            return NO_DATA
        if isinstance(value, float):
            return self.percent(value)
        return self.number(value) if isinstance(value, int) else str(value)

    def background(self, code: str) -> str:
        if code == UNKNOWN:
            return self("unknown")
        return country_name(code, self.language) if is_country(code) else code

    def city(self, key: str) -> str:
        return self("city_unknown") if key == UNKNOWN else key

    def audience(self, key: str) -> str:
        return audience(key, self.language)

    def day(self, moment: str) -> str:
        found = as_date(moment)
        return long_date(found, self.language) if found else moment

    def place(self, path: str) -> str:
        """Where a count of the report (`clients.by_background.MA`) is printed, in words:
        "Geholpen cliënten naar achtergrond: Marokko (2025)"; the path itself when it names
        no count."""
        year, rest = self.year, path
        if rest.startswith("previous_year."):
            year, rest = self.previous, rest.removeprefix("previous_year.")
        name, _, key = rest.partition(".")
        if name not in PLACES:
            return path
        texts, rows = PLACES[name]
        if key in rows:
            row = self(rows[key])
        elif name == "locations":
            row = self.city(key)
        elif name in ("clients", "remigrated_contacts") and "." in key:
            row = self.background(key.partition(".")[2])
        elif name == "group_sessions" and "." in key:
            row = self.audience(key.partition(".")[2])
        else:
            return path
        return self("place_of_year", table=self(f"{texts}_title"), row=row, year=year)


def _publication(report: dict, published: dict | None, changes: list[dict], words: _Words,
                 *, values: bool, today: date) -> Publication:
    """What the file says about whether its figures are published (see Publication)."""
    stamp = report.get(PREVIOUS_PUBLISHED)
    previous = None if stamp is None else words(
        "previous_published", previous=report["year"] - 1, at=words.day(stamp["at"]),
        edition=stamp["edition"], sha256=stamp["sha256"])
    if published is None:
        return Publication(words("not_published", today=long_date(today, words.language)),
                           previous=previous)
    status = words("published", at=words.day(published["at"]), by=published["by"],
                   edition=published["edition"], sha256=published["sha256"])
    if not changes:
        return Publication(status, previous=previous)
    changed = words("changed_since_one") if len(changes) == 1 else words(
        "changed_since", count=len(changes))
    listed = [words("change", place=words.place(c["path"]), published=words.value(
        c["published"]), now=words.value(c["now"])) if values else words.place(c["path"])
        for c in changes]
    return Publication(status, changed, listed, previous)


def _suppressed(figures: dict, suppress: bool) -> dict[str, Suppressed]:
    """The printed texts of one year's breakdowns (`locations` as parts with their sum)."""
    clients = figures["clients"]
    people = {
        "clients": (clients["by_background"], clients["total"]),
        "services": ({k: figures["services"][k] for k in ("intake", "uitgebreide_begeleiding")},
                     clients["total"]),
    }
    if suppress:
        done = suppress_linked(people)
        done["remigrated_contacts"] = suppress_linked({"t": (
            figures["remigrated_contacts"]["by_country"],
            figures["remigrated_contacts"]["total"])})["t"]
        locations = figures["locations"]
        done["locations"] = suppress_linked({"t": (locations, sum(locations.values()))})["t"]
    else:
        done = {name: _exact(parts, total) for name, (parts, total) in people.items()}
        done["remigrated_contacts"] = _exact(figures["remigrated_contacts"]["by_country"],
                                             figures["remigrated_contacts"]["total"])
        done["locations"] = _exact(figures["locations"], sum(figures["locations"].values()))
    sessions = figures["group_sessions"]
    done["group_sessions"] = _exact(sessions["by_audience"], sessions["total"])
    return done


def _exact(parts: dict[str, int], total: int) -> Suppressed:
    return Suppressed({key: str(count) for key, count in parts.items()}, str(total))


def _applications(years: list[dict], suppress: bool, words: _Words) -> list[Row]:
    guided, national, share = [], [], []
    for figures in years:
        apps = figures["applications"]
        hidden = suppress and 0 < apps["guided"] < 5
        guided.append((mark(apps["guided"]) if suppress else str(apps["guided"]),
                       apps["guided"]))
        national.append((NO_DATA if apps["total"] is None else words.number(apps["total"]),
                         apps["total"]))
        if apps["share"] is None:
            share.append((NO_DATA, None))
        else:
            share.append((HIDDEN if hidden else words.percent(apps["share"]),
                          None if hidden else apps["share"]))
    return [words.row(words("guided"), guided), words.row(words("national"), national),
            words.row(words("share"), share)]


def _ordered(current: dict[str, int], previous: dict[str, int]) -> list[str]:
    """Largest this year first (then last year, then by key); `unknown` always last."""
    keys = set(current) | set(previous)
    return sorted(keys, key=lambda k: (k == UNKNOWN, -current.get(k, 0), -previous.get(k, 0),
                                       str(k)))
