"""The annual report's own words, Dutch and English, in one place: the titles, row labels and
definitions every export and the Jaarcijfers screen print (tables.py), the lines around them
(xlsx.py, the Word template's fields in docx.py) and what a file says about its publication.

Dutch is the report's language (it goes to Dutch funders: exports are Dutch unless asked
otherwise); English is for the screen and the terminal of a consultant who works in English.
docs/report.md repeats the definitions in both languages (a test keeps them the same).
The messages a consultant reads when something is refused are not here but in messages.py.
"""

from __future__ import annotations

from consultant_app.core.domain.vocabulary import AUDIENCE_NAMES
from consultant_app.core.reports.suppress import HIDDEN, SMALL

LANGUAGES = ("nl", "en")
DEFAULT = "nl"

TEXTS: dict[str, dict[str, str]] = {
    # Table titles, and the short names of the .xlsx sheets (at most 31 characters).
    "clients_title": {"nl": "Geholpen cliënten naar achtergrond",
                      "en": "Clients helped by background"},
    "clients_sheet": {"nl": "Cliënten", "en": "Clients"},
    "services_title": {"nl": "Intake en uitgebreide begeleiding",
                       "en": "Intake and extended guidance"},
    "services_sheet": {"nl": "Dienstverlening", "en": "Services"},
    "applications_title": {"nl": "Begeleide aanvragen remigratie-uitkering",
                           "en": "Remigration benefit applications guided"},
    "applications_sheet": {"nl": "Aanvragen", "en": "Applications"},
    "sessions_title": {"nl": "Groepsvoorlichting naar doelgroep",
                       "en": "Group information sessions by audience"},
    "sessions_sheet": {"nl": "Groepsvoorlichting", "en": "Group sessions"},
    "remigrated_title": {"nl": "Contacten met geremigreerden naar land",
                         "en": "Contacts with people who remigrated, by country"},
    "remigrated_sheet": {"nl": "Geremigreerden", "en": "Remigrated"},
    "other_title": {"nl": "Vluchtelingen en relatiebeheer",
                    "en": "Refugees and partner relations"},
    "other_sheet": {"nl": "Overige cijfers", "en": "Other figures"},
    "locations_title": {"nl": "Contacten per spreekuurlocatie",
                        "en": "Contacts by consultation location"},
    "locations_sheet": {"nl": "Locaties", "en": "Locations"},
    # Row labels.
    "total": {"nl": "Totaal", "en": "Total"},
    "total_clients": {"nl": "Totaal geholpen cliënten", "en": "Total clients helped"},
    "total_sessions": {"nl": "Totaal bijeenkomsten", "en": "Total sessions"},
    "total_contacts": {"nl": "Totaal contacten", "en": "Total contacts"},
    "unknown": {"nl": "Onbekend", "en": "Unknown"},
    "city_unknown": {"nl": "Plaats onbekend", "en": "Place unknown"},
    "intake": {"nl": "Intake", "en": "Intake"},
    "extended": {"nl": "Uitgebreide begeleiding", "en": "Extended guidance"},
    "guided": {"nl": "Begeleid door ons", "en": "Guided by us"},
    "national": {"nl": "Landelijk totaal", "en": "National total"},
    "share": {"nl": "Aandeel begeleid", "en": "Share guided"},
    "refugees": {"nl": "Vluchtelingen en statushouders (geholpen cliënten)",
                 "en": "Refugees and status holders (clients helped)"},
    "relations": {"nl": "Relatiecontacten met partnerorganisaties",
                  "en": "Contacts with partner organisations"},
    # Around the tables (.xlsx overview, the Word template's fields).
    "report_title": {"nl": "Jaarverslag {year}", "en": "Annual report {year}"},
    "overview_sheet": {"nl": "Toelichting", "en": "Notes"},
    "compared": {"nl": "Cijfers over {year}, naast die over {previous}",
                 "en": "Figures for {year}, beside those for {previous}"},
    "not_compared": {"nl": "Cijfers over {year} (geen vorig jaar)",
                     "en": "Figures for {year} (no previous year)"},
    "source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    # The report's `source`, as a reader understands it.
    "source_vault": {"nl": "eigen registratie", "en": "own registration"},
    "source_registry": {"nl": "registratie van het hele team", "en": "the whole team's registration"},
    "counted": {"nl": "Wat is geteld", "en": "What was counted"},
    "introduction": {
        "nl": "Hoe er geteld is, staat achteraan onder Wat is geteld. Een aantal van 1 tot en "
              f"met 4 staat er als {SMALL}; een {HIDDEN} is weggelaten, zodat zo'n klein aantal "
              "niet uit de totalen is af te leiden.",
        "en": "How the figures were counted is at the end, under What was counted. A count from "
              f"1 to 4 is shown as {SMALL}; an {HIDDEN} is left out, so that such a small count "
              "cannot be derived from the totals."},
    "chart_note": {"nl": f"In de grafiek heeft een weggelaten aantal ({SMALL} of {HIDDEN}) geen "
                         "balk; het is geen 0.",
                   "en": f"In the chart a count left out ({SMALL} or {HIDDEN}) has no bar; it "
                         "is not 0."},
    "page": {"nl": "Pagina", "en": "Page"},
    "page_of": {"nl": "van", "en": "of"},
    "footer": {"nl": "Jaarverslag {year} · bron: {source}",
               "en": "Annual report {year} · source: {source}"},
    # What the file says about its publication (publication.py).
    "published": {"nl": "Gepubliceerd op {at} door {by}, editie {edition}, SHA-256 {sha256}",
                  "en": "Published on {at} by {by}, edition {edition}, SHA-256 {sha256}"},
    "not_published": {"nl": "Niet gepubliceerd: cijfers zoals geregistreerd op {today}",
                      "en": "Not published: figures as registered on {today}"},
    "changed_since": {
        "nl": "Dit zijn de gepubliceerde cijfers; sindsdien zijn {count} aantallen gewijzigd in "
              "de registratie:",
        "en": "These are the published figures; since then {count} counts have changed in the "
              "registration:"},
    "changed_since_one": {
        "nl": "Dit zijn de gepubliceerde cijfers; sindsdien is 1 aantal gewijzigd in de "
              "registratie:",
        "en": "These are the published figures; since then 1 count has changed in the "
              "registration:"},
    "previous_published": {
        "nl": "De cijfers over {previous} zijn de gepubliceerde (gepubliceerd op {at}, editie "
              "{edition}, SHA-256 {sha256}), geen nieuwe telling.",
        "en": "The figures for {previous} are the published ones (published on {at}, edition "
              "{edition}, SHA-256 {sha256}), not a recount."},
    "change": {"nl": "{place}: {published} → {now}", "en": "{place}: {published} → {now}"},
    "place": {"nl": "{table}: {row}", "en": "{table}: {row}"},
    "place_of_year": {"nl": "{table}: {row} ({year})", "en": "{table}: {row} ({year})"},
}

# What was counted, printed on the report itself and repeated in docs/report.md (a test keeps
# the two the same, in both languages).
DEFINITIONS: list[dict[str, tuple[str, str]]] = [
    {"nl": ("Geholpen cliënt",
            "Een cliënt met ten minste één contact in het jaar."),
     "en": ("Client helped",
            "A client with at least one contact in the year.")},
    {"nl": ("Achtergrond",
            "Wie buiten Nederland is geboren, telt bij het geboorteland. Wie in Nederland is "
            "geboren en alleen de Nederlandse nationaliteit heeft, telt als Nederland. Wie in "
            "Nederland is geboren en ook een andere nationaliteit heeft, telt bij die andere "
            "nationaliteit (bij meer dan één: de eerste in het dossier). Zonder geboorteland: "
            "onbekend."),
     "en": ("Background",
            "Someone born outside the Netherlands counts under the country of birth. Someone "
            "born in the Netherlands with Dutch nationality only counts as the Netherlands. "
            "Someone born in the Netherlands who also holds another nationality counts under "
            "that other nationality (with more than one: the first in the file). Without a "
            "country of birth: unknown.")},
    {"nl": ("Intake en uitgebreide begeleiding",
            "Elke geholpen cliënt telt één keer, bij de diepste dienst die hij of zij in het "
            "jaar kreeg: uitgebreide begeleiding gaat voor intake."),
     "en": ("Intake and extended guidance",
            "Every client helped counts once, under the deepest service he or she received in "
            "the year: extended guidance comes before intake.")},
    {"nl": ("Begeleide aanvragen",
            "Zaken met een ingediende aanvraag in het jaar. Het landelijk totaal is met de hand "
            "ingevoerd, met de bron erbij; het aandeel is begeleid gedeeld door dat totaal."),
     "en": ("Applications guided",
            "Cases with an application submitted in the year. The national total is entered "
            "by hand, with its source; the share is guided divided by that total.")},
    {"nl": ("Vluchtelingen en statushouders",
            "Geholpen cliënten met een verblijfsvergunning van het type asiel."),
     "en": ("Refugees and status holders",
            "Clients helped with a residence permit of the asylum type.")},
    {"nl": ("Groepsvoorlichting",
            "Gehouden voorlichtingsbijeenkomsten, per doelgroep; geen personen maar "
            "bijeenkomsten."),
     "en": ("Group information sessions",
            "Information sessions held, by audience; sessions, not people.")},
    {"nl": ("Contacten met geremigreerden",
            "Contacten in het jaar met cliënten die al vertrokken zijn, naar het land waar zij "
            "wonen."),
     "en": ("Contacts with people who remigrated",
            "Contacts in the year with clients who have already left, by the country where "
            "they live.")},
    {"nl": ("Relatiecontacten",
            "Contacten met partnerorganisaties (gemeenten, organisaties, consulaten, "
            "instanties)."),
     "en": ("Partner contacts",
            "Contacts with partner organisations (municipalities, organisations, consulates, "
            "agencies).")},
    {"nl": ("Spreekuurlocaties",
            "Contacten in het jaar per plaats van het spreekuur."),
     "en": ("Consultation locations",
            "Contacts in the year by the place of the consultation hours.")},
    {"nl": ("Kleine aantallen",
            f"Een aantal van 1 tot en met 4 staat er als {SMALL}. Waar een klein aantal anders "
            f"uit de totalen is af te leiden, is ook een ander aantal weggelaten ({HIDDEN}). Is "
            f"het totaal kleiner dan 5, dan staat de hele uitsplitsing er als {HIDDEN}. 0 staat "
            "er gewoon: het noemt niemand. Bijeenkomsten, relatiecontacten en het landelijk "
            "totaal noemen geen personen en staan er precies."),
     "en": ("Small counts",
            f"A count from 1 to 4 is shown as {SMALL}. Where a small count could otherwise be "
            f"derived from the totals, another count is left out as well ({HIDDEN}). When the "
            f"total is below 5, the whole breakdown is shown as {HIDDEN}. 0 is shown as it is: "
            "it names nobody. Sessions, partner contacts and the national total name no "
            "people and are exact.")},
]


def language_of(language: str | None) -> str:
    """`language` when the report has words in it, otherwise Dutch."""
    return language if language in LANGUAGES else DEFAULT


def text(key: str, language: str = DEFAULT, **params: object) -> str:
    """The report's text `key` in `language`, filled in."""
    return TEXTS[key][language_of(language)].format(**params)


def audience(key: str, language: str = DEFAULT) -> str:
    """An audience's name; one the office added itself is shown from its key."""
    known = AUDIENCE_NAMES.get(key)
    return known[language_of(language)] if known else key.replace("_", " ").capitalize()


def source(key: str, language: str = DEFAULT) -> str:
    """Where the figures come from, in words: the laptop's own registration or the team's."""
    known = TEXTS.get(f"source_{key}")
    return known[language_of(language)] if known else key


def definitions(language: str = DEFAULT) -> list[tuple[str, str]]:
    """The definitions as (term, text), in `language`."""
    return [definition[language_of(language)] for definition in DEFINITIONS]

