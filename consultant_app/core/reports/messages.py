"""The texts of the annual report's exports, Dutch first, English second (merged into
core.messages). `{path}` names the place in the report's JSON that is wrong (`clients.total`,
`previous_year.locations.Utrecht`): a name of the shape, never a person's data."""

from __future__ import annotations

REPORT_MESSAGES: dict[str, dict[str, str]] = {
    "report_written": {"nl": "Jaarverslag geschreven naar {path} (kleine aantallen weggelaten)",
                       "en": "Annual report written to {path} (small counts suppressed)"},
    "report_no_data": {"nl": "Niets geregistreerd in {year}: geen contacten, bijeenkomsten, "
                              "relatiecontacten of aanvragen",
                       "en": "Nothing registered in {year}: no contacts, sessions, relation "
                             "contacts or applications"},
    "report_team_no_data": {"nl": "{team}: niets geregistreerd in {year}",
                            "en": "{team}: nothing registered in {year}"},
    "report_error": {"nl": "Het jaarverslag kan zo niet worden gemaakt",
                     "en": "The annual report cannot be made like this"},
    "report_not_object": {
        "nl": "{path}: hier hoort een object met velden ({{...}})",
        "en": "{path}: an object with fields ({{...}}) belongs here"},
    "report_missing_key": {"nl": "{path}: dit veld ontbreekt in de cijfers",
                           "en": "{path}: this field is missing from the figures"},
    "report_unknown_key": {
        "nl": "{path}: onbekend veld in de cijfers (bekend: {known})",
        "en": "{path}: unknown field in the figures (known: {known})"},
    "report_not_count": {"nl": "{path}: hier hoort een aantal (een geheel getal, 0 of meer)",
                         "en": "{path}: a count belongs here (a whole number, 0 or more)"},
    "report_not_text": {"nl": "{path}: hier hoort een tekst die niet leeg is",
                        "en": "{path}: a text that is not empty belongs here"},
    "report_bad_year": {"nl": "{path}: geen jaartal tussen 1900 en 2200",
                        "en": "{path}: not a year between 1900 and 2200"},
    "report_previous_year": {
        "nl": "{path}: het vorige jaar moet {expected} zijn",
        "en": "{path}: the previous year must be {expected}"},
    "report_bad_country": {
        "nl": "{path}: {key} is geen landcode (zoals TR, MA of NL) en niet unknown",
        "en": "{path}: {key} is not a country code (such as TR, MA or NL) nor unknown"},
    "report_bad_audience": {
        "nl": "{path}: {key} is geen doelgroep in kleine letters (zoals turks of gemengd)",
        "en": "{path}: {key} is not an audience in lower case (such as turks or gemengd)"},
    "report_bad_city": {"nl": "{path}: {key} is geen plaatsnaam",
                        "en": "{path}: {key} is not a city name"},
    "report_sum_mismatch": {
        "nl": "{path}: de delen tellen op tot {parts}, het totaal is {total}",
        "en": "{path}: the parts add up to {parts}, the total is {total}"},
    "report_more_than_clients": {
        "nl": "{path}: {count} is meer dan het aantal geholpen cliënten ({clients})",
        "en": "{path}: {count} is more than the number of clients helped ({clients})"},
    "report_bad_share": {
        "nl": "{path}: het aandeel moet begeleid gedeeld door totaal zijn ({expected})",
        "en": "{path}: the share must be guided divided by total ({expected})"},
    "report_guided_above_total": {
        "nl": "{path}: meer begeleide aanvragen ({guided}) dan het landelijk totaal ({total})",
        "en": "{path}: more applications guided ({guided}) than the national total ({total})"},
    "report_bad_moment": {"nl": "{path}: hier hoort een datum en tijd (ISO, 2025-01-20T09:12:03)",
                          "en": "{path}: a date and time belongs here (ISO, 2025-01-20T09:12:03)"},
    "report_bad_edition": {"nl": "{path}: hier hoort een editie (1, 2, ...)",
                           "en": "{path}: an edition belongs here (1, 2, ...)"},
    "report_bad_sha256": {"nl": "{path}: hier hoort een SHA-256 (64 tekens 0-9 en a-f)",
                          "en": "{path}: a SHA-256 belongs here (64 characters 0-9 and a-f)"},
    "report_published_without_figures": {
        "nl": "{path}: er staat een publicatie van het vorige jaar, maar geen cijfers",
        "en": "{path}: a publication of the previous year is named, but no figures"},
    "report_unknown_format": {
        "nl": "Onbekend bestandstype {suffix}: kies een naam op .xlsx, .docx of .pdf",
        "en": "Unknown file type {suffix}: choose a name ending in .xlsx, .docx or .pdf"},
    "report_template_broken": {
        "nl": "Het sjabloon van het jaarverslag kan niet worden ingevuld ({detail})",
        "en": "The annual report's template cannot be filled in ({detail})"},
    "report_pdf_needs_folder": {
        "nl": "Voor een PDF is een werkmap nodig", "en": "A PDF needs a work folder"},
    "report_file_exists": {
        "nl": "{path} bestaat al; er is niets overschreven. Kies een andere naam",
        "en": "{path} exists already; nothing was overwritten. Choose another name"},
    "report_folder_missing": {
        "nl": "De map {path} bestaat niet",
        "en": "The folder {path} does not exist"},
    # Publishing a year (core.reports.publication).
    "report_published": {
        "nl": "Jaarverslag {year} gepubliceerd (publicatie {edition}, SHA-256 {sha256})",
        "en": "Annual report {year} published (publication {edition}, SHA-256 {sha256})"},
    "report_already_published": {
        "nl": "{year} is al gepubliceerd op {at} door {by}; er is niets gewijzigd. Publiceer "
              "opnieuw met --again (de eerdere publicatie blijft bewaard)",
        "en": "{year} was published already on {at} by {by}; nothing was changed. Publish "
              "again with --again (the earlier publication is kept)"},
    "report_published_unchanged": {
        "nl": "Gepubliceerd op {at} door {by}; sindsdien niets gewijzigd",
        "en": "Published on {at} by {by}; nothing changed since"},
    "report_published_changed": {
        "nl": "Gepubliceerd op {at} door {by}; sindsdien gewijzigd: {changes}",
        "en": "Published on {at} by {by}; changed since: {changes}"},
    "report_no_publications": {"nl": "Er is nog geen jaarverslag gepubliceerd",
                               "en": "No annual report has been published yet"},
    "publication_not_found": {"nl": "Deze publicatie bestaat niet",
                              "en": "This publication does not exist"},
    # Row rules of a publication (core.sync.rows).
    "not_a_report": {"nl": "Dit is geen jaarverslag in de vastgelegde vorm",
                     "en": "This is not an annual report in the documented shape"},
    "publication_other_year": {
        "nl": "De gepubliceerde cijfers zijn van een ander jaar",
        "en": "The published figures are of another year"},
    "publication_hash_mismatch": {
        "nl": "De SHA-256 past niet bij de gepubliceerde cijfers",
        "en": "The SHA-256 does not match the published figures"},
}
