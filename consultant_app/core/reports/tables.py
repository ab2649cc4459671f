"""The annual report as tables, the one form every export (.xlsx, .docx, .pdf) prints and the
desktop could draw: a title, one row per category with this year's and last year's count, a
total row where the table has one, whether it gets a bar chart, and the definitions that say
what was counted.

With `suppress=True` (every export) the counts of people go through small-cell suppression
(suppress.py) one year at a time; counts of activities (group sessions held, contacts with
partner organisations) name no person and stay exact, as does the national total of
applications (a published figure). The share of applications guided is hidden when the count
it is made of is. A key that one year lacks counts as 0 in that year.
"""

from __future__ import annotations

from dataclasses import dataclass

from consultant_app.core.domain.countries import country_name, is_country
from consultant_app.core.reports import publication
from consultant_app.core.reports.shape import UNKNOWN, validate_report
from consultant_app.core.reports.suppress import HIDDEN, SMALL, Suppressed, mark, suppress_linked

NO_DATA = "–"  # a column for a year without figures (no previous year)

AUDIENCES = {"turks": "Turks", "marokkaans": "Marokkaans", "surinaams": "Surinaams",
             "vluchtelingen": "Vluchtelingen", "professionals": "Professionals",
             "gemengd": "Gemengd", "overig": "Overig"}

# What was counted, printed on the report itself and repeated in docs/report.md (a test keeps
# the two the same). Dutch: the report goes to Dutch funders, like the letters.
DEFINITIONS: list[tuple[str, str]] = [
    ("Geholpen cliënt",
     "Een cliënt met ten minste één contact in het jaar."),
    ("Achtergrond",
     "Wie buiten Nederland is geboren, telt bij het geboorteland. Wie in Nederland is geboren "
     "en alleen de Nederlandse nationaliteit heeft, telt als Nederland. Wie in Nederland is "
     "geboren en ook een andere nationaliteit heeft, telt bij die andere nationaliteit (bij "
     "meer dan één: de eerste in het dossier). Zonder geboorteland: onbekend."),
    ("Intake en uitgebreide begeleiding",
     "Elke geholpen cliënt telt één keer, bij de diepste dienst die hij of zij in het jaar "
     "kreeg: uitgebreide begeleiding gaat voor intake."),
    ("Begeleide aanvragen",
     "Zaken met een ingediende aanvraag in het jaar. Het landelijk totaal is met de hand "
     "ingevoerd, met de bron erbij; het aandeel is begeleid gedeeld door dat totaal."),
    ("Vluchtelingen en statushouders",
     "Geholpen cliënten met een verblijfsvergunning van het type asiel."),
    ("Groepsvoorlichting",
     "Gehouden voorlichtingsbijeenkomsten, per doelgroep; geen personen maar bijeenkomsten."),
    ("Contacten met geremigreerden",
     "Contacten in het jaar met cliënten die al vertrokken zijn, naar het land waar zij wonen."),
    ("Relatiecontacten",
     "Contacten met partnerorganisaties (gemeenten, organisaties, consulaten, instanties)."),
    ("Spreekuurlocaties",
     "Contacten in het jaar per plaats van het spreekuur."),
    ("Kleine aantallen",
     f"Een aantal van 1 tot en met 4 staat er als {SMALL}. Waar een klein aantal anders uit de "
     f"totalen is af te leiden, is ook een ander aantal weggelaten ({HIDDEN}). Is het totaal "
     f"kleiner dan 5, dan staat de hele uitsplitsing er als {HIDDEN}. 0 staat er gewoon: het "
     "noemt niemand. Bijeenkomsten, relatiecontacten en het landelijk totaal noemen geen "
     "personen en staan er precies."),
]


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
    id: str  # short, also the .xlsx sheet's name
    title: str
    rows: list[Row]
    total: Row | None = None
    chart: bool = False  # a breakdown: drawn as bars


@dataclass(frozen=True)
class ReportTables:
    year: int
    previous_year: int | None
    source: str
    tables: list[Table]
    definitions: list[tuple[str, str]]


def tables(report: dict, *, suppress: bool = True) -> ReportTables:
    """The tables of a report (checked against shape.py first: ReportError when it is not); of
    a published year's report, the published figures (what publication.py adds is left out)."""
    report = publication.figures(report)
    validate_report(report)
    previous = report["previous_year"]
    years = [report] + ([previous] if previous is not None else [])
    cells = [_suppressed(figures, suppress) for figures in years]

    def breakdown(name: str, parts_key: str | None, labels) -> tuple[list[Row], Row]:
        def parts(figures: dict) -> dict[str, int]:
            return figures[name] if parts_key is None else figures[name][parts_key]

        keys = _ordered(parts(report), parts(previous) if previous else {})
        rows = [_row(labels(key), [(c[name].parts.get(key, "0"), parts(f).get(key, 0))
                                   for c, f in zip(cells, years)]) for key in keys]
        total = _row("Totaal", [(c[name].total, sum(parts(f).values()))
                                for c, f in zip(cells, years)])
        return rows, total

    result = []
    rows, total = breakdown("clients", "by_background", _background)
    result.append(Table("Cliënten", "Geholpen cliënten naar achtergrond", rows,
                        _renamed(total, "Totaal geholpen cliënten"), chart=True))
    services = [_row(label, [(c["services"].parts[key], f["services"][key])
                             for c, f in zip(cells, years)])
                for key, label in (("intake", "Intake"),
                                   ("uitgebreide_begeleiding", "Uitgebreide begeleiding"))]
    result.append(Table("Dienstverlening", "Intake en uitgebreide begeleiding", services,
                        _renamed(total, "Totaal geholpen cliënten"), chart=True))
    result.append(Table("Aanvragen", "Begeleide aanvragen remigratie-uitkering",
                        _applications(years, suppress)))
    rows, total = breakdown("group_sessions", "by_audience", _audience)
    result.append(Table("Groepsvoorlichting", "Groepsvoorlichting naar doelgroep", rows,
                        _renamed(total, "Totaal bijeenkomsten"), chart=True))
    rows, total = breakdown("remigrated_contacts", "by_country", _background)
    result.append(Table("Geremigreerden", "Contacten met geremigreerden naar land", rows,
                        _renamed(total, "Totaal contacten"), chart=True))
    result.append(Table("Overige cijfers", "Vluchtelingen en relatiebeheer", [
        _row("Vluchtelingen en statushouders (geholpen cliënten)",
             [(mark(f["refugees"]) if suppress else str(f["refugees"]), f["refugees"])
              for f in years]),
        _row("Relatiecontacten met partnerorganisaties",
             [(str(f["relation_contacts"]), f["relation_contacts"]) for f in years])]))
    rows, total = breakdown("locations", None, _city)
    result.append(Table("Locaties", "Contacten per spreekuurlocatie", rows,
                        _renamed(total, "Totaal contacten"), chart=True))
    return ReportTables(report["year"], previous["year"] if previous else None,
                        report["source"], result, DEFINITIONS)


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


def _applications(years: list[dict], suppress: bool) -> list[Row]:
    guided, national, share = [], [], []
    for figures in years:
        apps = figures["applications"]
        hidden = suppress and 0 < apps["guided"] < 5
        guided.append((mark(apps["guided"]) if suppress else str(apps["guided"]),
                       apps["guided"]))
        national.append((NO_DATA if apps["total"] is None else _thousands(apps["total"]),
                         apps["total"]))
        if apps["share"] is None:
            share.append((NO_DATA, None))
        else:
            share.append((HIDDEN if hidden else _percent(apps["share"]),
                          None if hidden else apps["share"]))
    return [_row("Begeleid door ons", guided), _row("Landelijk totaal", national),
            _row("Aandeel begeleid", share)]


def _row(label: str, columns: list[tuple[str, int | float | None]]) -> Row:
    """A row from (text, value) per year; the value is dropped where the text hides it."""
    texts = [text for text, _ in columns] + [NO_DATA] * (2 - len(columns))
    values = [None if text in (SMALL, HIDDEN, NO_DATA) else value
              for text, value in columns] + [None] * (2 - len(columns))
    texts = [_thousands(int(t)) if t.isdigit() else t for t in texts]
    return Row(label, texts[0], texts[1], values[0], values[1])


def _renamed(row: Row, label: str) -> Row:
    return Row(label, row.current, row.previous, row.current_value, row.previous_value)


def _ordered(current: dict[str, int], previous: dict[str, int]) -> list[str]:
    """Largest this year first (then last year, then by key); `unknown` always last."""
    keys = set(current) | set(previous)
    return sorted(keys, key=lambda k: (k == UNKNOWN, -current.get(k, 0), -previous.get(k, 0),
                                       str(k)))


def _background(code: str) -> str:
    if code == UNKNOWN:
        return "Onbekend"
    return country_name(code, "nl") if is_country(code) else code


def _city(key: str) -> str:
    return "Plaats onbekend" if key == UNKNOWN else key


def _audience(key: str) -> str:
    return AUDIENCES.get(key) or key.replace("_", " ").capitalize()


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%".replace(".", ",")
