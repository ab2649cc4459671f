"""The letters' part of the message catalogue (core.messages merges it): Dutch first, English
second. Parameters name fields, files and limits, never a client's data."""

from __future__ import annotations

LETTER_MESSAGES: dict[str, dict[str, str]] = {
    # --- templates ---------------------------------------------------------------------------
    "letter_error": {"nl": "De brief kon niet gemaakt worden", "en": "The letter could not be "
                                                                     "made"},
    "template_not_found": {
        "nl": "Sjabloon niet gevonden (zie `template list`)",
        "en": "Template not found (see `template list`)"},
    "template_file_missing": {"nl": "Sjabloonbestand ontbreekt", "en": "Template file is missing"},
    "manifest_invalid": {"nl": "Sjablonenlijst {file} is onleesbaar of onvolledig",
                         "en": "Template list {file} is unreadable or incomplete"},
    "template_bad_id": {
        "nl": "Sjabloon-id: kleine letters, cijfers en streepjes (max. 64)",
        "en": "Template id: lower-case letters, digits and hyphens (max. 64)"},
    "template_title_required": {"nl": "Een sjabloon heeft een titel nodig",
                                "en": "A template needs a title"},
    "template_no_office_folder": {"nl": "Geen map voor eigen sjablonen",
                                  "en": "No folder for the office's templates"},
    "template_expired": {
        "nl": "Dit sjabloon geldt tot en met {until}. {notice} "
              "Bevestig bewust (--allow-expired) om toch een brief te maken",
        "en": "This template is valid until {until}. {notice} "
              "Confirm deliberately (--allow-expired) to make the letter anyway"},
    "letter_benefit_continues": {
        "nl": "Deze brief vraagt de {benefit} te stoppen, maar die loopt door als de cliënt in "
              "{country} woont (bron: {source})",
        "en": "This letter asks to stop the {benefit}, but it continues while the client lives "
              "in {country} (source: {source})"},
    "letter_benefit_continues_reduced": {
        "nl": "Deze brief vraagt de {benefit} te stoppen, maar die loopt door als de cliënt in "
              "{country} woont, mogelijk met een lager bedrag (bron: {source})",
        "en": "This letter asks to stop the {benefit}, but it continues while the client lives "
              "in {country}, possibly at a lower amount (source: {source})"},
    "letter_benefit_may_continue": {
        "nl": "Deze brief vraagt de {benefit} te stoppen, maar die loopt mogelijk door als de "
              "cliënt in {country} woont: de regeling noemt niet alle verdragslanden; vraag het "
              "na bij de uitkerende instantie (bron: {source})",
        "en": "This letter asks to stop the {benefit}, but it may continue while the client "
              "lives in {country}: the scheme does not name every treaty country; ask the payer "
              "(source: {source})"},
    "letter_benefit_confirm": {
        "nl": "Bevestig bewust (--allow-continuing-benefit) om de brief toch te maken.",
        "en": "Confirm deliberately (--allow-continuing-benefit) to make the letter anyway."},
    "template_not_yet_valid": {"nl": "Dit sjabloon geldt pas vanaf {since}",
                               "en": "This template is valid only from {since}"},
    # --- the .docx package ---------------------------------------------------------------------
    "docx_not_a_document": {"nl": "Geen Word-document (.docx)", "en": "Not a Word document "
                                                                      "(.docx)"},
    "docx_too_large": {"nl": "Word-document is te groot", "en": "Word document is too large"},
    "docx_too_many_parts": {
        "nl": "Word-document geweigerd: meer dan {limit} onderdelen",
        "en": "Word document refused: more than {limit} parts"},
    "docx_bad_member_name": {
        "nl": "Word-document geweigerd: onveilige bestandsnaam in het pakket",
        "en": "Word document refused: unsafe file name inside the package"},
    "docx_zip_bomb": {
        "nl": "Word-document geweigerd: pakt uit tot een verdacht grote omvang (zipbom)",
        "en": "Word document refused: unpacks to a suspiciously large size (zip bomb)"},
    # --- rendering -----------------------------------------------------------------------------
    "template_syntax": {"nl": "Fout in het sjabloon: {detail} (controleer met `template check`)",
                        "en": "Error in the template: {detail} (see `template check`)"},
    "template_unknown_field": {
        "nl": "Het sjabloon gebruikt een onbekend veld: {name}",
        "en": "The template uses an unknown field: {name}"},
    "template_unsafe": {
        "nl": "Sjabloon geweigerd: het probeert iets wat een brief niet mag (sandbox)",
        "en": "Template refused: it tries something a letter may not do (sandbox)"},
    "template_error": {"nl": "Het sjabloon kon niet ingevuld worden ({detail})",
                       "en": "The template could not be filled in ({detail})"},
    "template_broken": {
        "nl": "Het ingevulde sjabloon is geen geldig Word-document meer ({detail})",
        "en": "The filled-in template is no longer a valid Word document ({detail})"},
    "render_too_large": {"nl": "Sjabloon geweigerd: het maakt een veel te grote brief",
                         "en": "Template refused: it makes a far too large letter"},
    "render_timeout": {"nl": "Sjabloon afgebroken: invullen duurde langer dan {seconds} s",
                       "en": "Template stopped: filling it in took longer than {seconds} s"},
    "filter_needs_date": {"nl": "Een datumfilter kreeg geen datum",
                          "en": "A date filter was given no date"},
    "filter_needs_count": {"nl": "Een datumfilter heeft een aantal van 0 tot 3660 nodig",
                           "en": "A date filter needs a count from 0 to 3660"},
    # fragments of letter_nothing_written (MissingFieldsError.listing)
    "letter_missing_fields": {
        "nl": "deze gegevens ontbreken in het dossier van de cliënt: {fields}",
        "en": "these fields are missing from the client's file: {fields}"},
    "letter_missing_settings": {
        "nl": "deze instellingen van de organisatie ontbreken (gelden voor alle brieven): "
              "{settings}; stel ze in met `consultant-app settings NAAM WAARDE`, bijvoorbeeld "
              "`consultant-app settings {example}`",
        "en": "these settings of the organisation are missing (they apply to every letter): "
              "{settings}; set them with `consultant-app settings NAME VALUE`, for example "
              "`consultant-app settings {example}`"},
    "letter_nothing_written": {"nl": "{problems}; er is niets geschreven",
                               "en": "{problems}; nothing was written"},
    "letter_pdf_not_made": {
        "nl": "Brief {id} bewaard en geschreven naar {path}, maar er is geen PDF gemaakt: {reason}",
        "en": "Letter {id} kept and written to {path}, but no PDF was made: {reason}"},
    # --- kept letters and output ---------------------------------------------------------------
    "letter_not_found": {"nl": "Brief niet gevonden", "en": "Letter not found"},
    "letter_template_elsewhere": {
        "nl": "Deze brief is op een andere laptop gemaakt met een sjabloon dat hier ontbreekt; "
              "open hem daar, of voeg dat sjabloon hier toe",
        "en": "This letter was made on another laptop with a template this one lacks; open it "
              "there, or add that template here"},
    "letter_content_damaged": {"nl": "De inhoud van deze brief is beschadigd",
                               "en": "This letter's content is damaged"},
    "pdf_no_libreoffice": {
        "nl": "Voor PDF is LibreOffice nodig (zie `consultant-app doctor`)",
        "en": "PDF needs LibreOffice (see `consultant-app doctor`)"},
    "pdf_failed": {"nl": "LibreOffice kon geen PDF maken", "en": "LibreOffice could not make a "
                                                                 "PDF"},
    "pdf_timeout": {"nl": "LibreOffice gaf binnen {seconds} s geen PDF",
                    "en": "LibreOffice made no PDF within {seconds} s"},
    "print_no_libreoffice": {
        "nl": "LibreOffice is niet gevonden: open de brief in Word en druk daar af",
        "en": "LibreOffice was not found: open the letter in Word and print it there"},
    "print_failed": {"nl": "LibreOffice kon de brief niet afdrukken",
                     "en": "LibreOffice could not print the letter"},
    "print_timeout": {"nl": "LibreOffice reageerde niet binnen {seconds} s; de brief is niet "
                            "afgedrukt",
                      "en": "LibreOffice did not answer within {seconds} s; the letter was not "
                            "printed"},
    "letter_written": {"nl": "Brief {id} bewaard en geschreven naar {path}",
                       "en": "Letter {id} kept and written to {path}"},
    "letter_exported": {"nl": "Brief geschreven naar {path} (bevat persoonsgegevens)",
                        "en": "Letter written to {path} (contains personal data)"},
    # --- template check ------------------------------------------------------------------------
    "check_clean": {"nl": "Geen problemen gevonden", "en": "No problems found"},
    "check_findings": {"nl": "Problemen gevonden: {count}", "en": "Problems found: {count}"},
    "finding_syntax": {"nl": "syntaxfout", "en": "syntax error"},
    "finding_unknown_field": {"nl": "veld niet in de catalogus", "en": "field not in the "
                                                                       "catalogue"},
    "finding_loop_in_table": {
        "nl": "{{% for %}} over tabelrijen laat lege rijen achter: gebruik {{%tr for %}}",
        "en": "{{% for %}} across table rows leaves empty rows: use {{%tr for %}}"},
    "valid_now": {"nl": "geldig", "en": "valid"},
    "expired_now": {"nl": "verlopen", "en": "expired"},
}
