"""The texts of the office's own registration (locations, partners, relation contacts, group
sessions, audiences, external figures), Dutch first, English second (merged into
core.messages). Codes and kinds are the words a consultant types and appear as they are."""

from __future__ import annotations

OFFICE_MESSAGES: dict[str, dict[str, str]] = {
    "personal_data": {
        "nl": "Lijkt persoonsgegevens te bevatten (een BSN, telefoon- of rekeningnummer of "
              "e-mailadres); hier hoort niets over een persoon",
        "en": "Looks like personal data (a BSN, phone or account number or e-mail address); "
              "nothing about a person belongs here"},
    "code_format": {
        "nl": "Een code van kleine letters, cijfers en _ (begint met een letter, hoogstens 40)",
        "en": "A code of lower-case letters, digits and _ (starting with a letter, at most 40)"},
    "number_range": {"nl": "Een geheel getal van {low} tot en met {high}",
                     "en": "A whole number from {low} to {high}"},
    "until_before_from": {"nl": "Ligt vóór de datum waarop de locatie begon",
                          "en": "Is before the date the location started"},
    "location_not_found": {"nl": "Locatie niet gevonden", "en": "Location not found"},
    "location_exists": {"nl": "Er is al een locatie met deze naam",
                        "en": "A location with this name exists already"},
    "partner_not_found": {"nl": "Partnerorganisatie niet gevonden",
                          "en": "Partner organisation not found"},
    "relation_not_found": {"nl": "Relatiecontact niet gevonden",
                           "en": "Relation contact not found"},
    "group_session_not_found": {"nl": "Groepsvoorlichting niet gevonden",
                                "en": "Group session not found"},
    "audience_not_found": {"nl": "Doelgroep niet gevonden", "en": "Audience not found"},
    "unknown_audience": {"nl": "Onbekende doelgroep (bekend: {known})",
                         "en": "Unknown audience (known: {known})"},
    "audience_exists": {"nl": "Deze doelgroep bestaat al", "en": "This audience exists already"},
    "figure_not_found": {"nl": "Cijfer niet gevonden", "en": "Figure not found"},
    "city_unknown": {"nl": "Plaats onbekend", "en": "City unknown"},
}
