"""The message catalogue: every user-facing text of the core, Dutch first, English second.

Errors carry a stable code (core.errors); the faces call `translate(code, lang)` to show it. The
CLI follows the locale (nl → Dutch, otherwise English, CONSULTANT_APP_LANG overrides); the GUI has
its own language setting. Placeholders use str.format and never receive personal data.
"""

from __future__ import annotations

import os

from consultant_app.core.cases.messages import CASE_MESSAGES
from consultant_app.core.letters.messages import LETTER_MESSAGES
from consultant_app.core.office.messages import OFFICE_MESSAGES
from consultant_app.core.reports.messages import REPORT_MESSAGES
from consultant_app.core.rules.messages import RULES_MESSAGES
from consultant_app.core.sync.admin_messages import REGISTRY_MESSAGES
from consultant_app.core.sync.messages import SYNC_MESSAGES

LANGUAGES = ("nl", "en")

# Every entry is a message and starts with a capital letter (or with a placeholder such as a
# file's path, kept as it is), except these fragments, which are only ever shown inside another
# line and so start in lower case: the cells of `doctor` (`label: detail (status)`), why a file
# cannot be read (the {reason} of input_unreadable), the registry's reasons for a refused change
# and template check findings (each after a name), table words (also a condition's outcome in
# `eligibility check`), and the parts a letter's refusal is made of. A message about one
# field follows the field's name (`bsn: Een BSN...`).
FRAGMENT_PREFIXES = ("doctor_label_", "doctor_status_", "file_reason_", "refused_", "finding_",
                     "rules_outcome_", "rules_state_")
FRAGMENTS = frozenset({
    "yes", "no", "valid_now", "expired_now", "letter_missing_fields", "letter_missing_settings",
    "rules_uncertain"})

MESSAGES: dict[str, dict[str, str]] = {
    # --- general -------------------------------------------------------------------------------
    "error": {"nl": "Er ging iets mis", "en": "Something went wrong"},
    "invalid": {"nl": "Ongeldige waarde", "en": "Invalid value"},
    "not_found": {"nl": "Niet gevonden", "en": "Not found"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "client_not_found": {"nl": "Cliënt niet gevonden", "en": "Client not found"},
    "member_not_found": {"nl": "Gezinslid niet gevonden", "en": "Household member not found"},
    "contact_not_found": {"nl": "Contact niet gevonden", "en": "Contact not found"},
    "note_not_found": {"nl": "Notitie niet gevonden", "en": "Note not found"},
    "follow_up_not_found": {"nl": "Taak niet gevonden", "en": "Task not found"},
    "follow_up_not_done": {"nl": "Deze taak is niet afgerond: er is niets te heropenen",
                           "en": "This task is not done: there is nothing to reopen"},
    "not_utf8_line": {"nl": "Geen UTF-8-tekst", "en": "Not UTF-8 text"},
    "required": {"nl": "Verplicht veld ontbreekt", "en": "Required field is missing"},
    "unknown_field": {"nl": "Onbekend veld", "en": "Unknown field"},
    "wrong_type": {"nl": "Verwacht {expected}", "en": "Expected {expected}"},
    "bad_json": {"nl": "Geen geldige JSON (regel {line})", "en": "Not valid JSON (line {line})"},
    "internal": {
        "nl": "Onverwachte fout ({kind}); er is niets opgeslagen dat niet al bevestigd was",
        "en": "Unexpected error ({kind}); nothing was saved that had not been confirmed already",
    },
    # --- validation (core.domain.validation) ----------------------------------------------------
    "bsn_format": {"nl": "Een BSN heeft 9 cijfers", "en": "A BSN has 9 digits"},
    "bsn_checksum": {
        "nl": "Geen geldig BSN (voldoet niet aan de elfproef)",
        "en": "Not a valid BSN (fails the eleven test)",
    },
    "date_format": {
        "nl": "Schrijf de datum als JJJJ-MM-DD",
        "en": "Write the date as YYYY-MM-DD",
    },
    "date_impossible": {
        "nl": "Deze datum bestaat niet in de kalender",
        "en": "Not a real calendar date",
    },
    "date_in_future": {"nl": "Datum ligt in de toekomst", "en": "Date lies in the future"},
    "date_too_early": {"nl": "Datum ligt vóór {min_year}", "en": "Date lies before {min_year}"},
    "postcode_format": {
        "nl": "Postcode moet de vorm 1234 AB hebben",
        "en": "Postcode must look like 1234 AB",
    },
    "address_needs_postcode": {
        "nl": "Een postadres op één regel met postcode en plaats, bijvoorbeeld "
              "Postbus 1234, 3500 AA Utrecht",
        "en": "A postal address on one line with postcode and place, for example "
              "Postbus 1234, 3500 AA Utrecht"},
    "postcode_letters": {
        "nl": "Postcodes met de letters SA, SD of SS bestaan niet",
        "en": "Postcodes with the letters SA, SD or SS do not exist",
    },
    "country_unknown": {
        "nl": "Onbekende landcode (gebruik de ISO-code, bijv. TR, MA, SR)",
        "en": "Unknown country code (use the ISO code, e.g. TR, MA, SR)",
    },
    "iban_format": {
        "nl": "IBAN begint met 2 letters en 2 cijfers en bevat alleen letters en cijfers",
        "en": "An IBAN starts with 2 letters and 2 digits and holds only letters and digits",
    },
    "iban_morocco_use_rib": {
        "nl": "Marokko gebruikt hier geen IBAN: vul het RIB van 24 cijfers in als rekeningnummer",
        "en": "Morocco uses no IBAN here: enter the 24-digit RIB as the account number",
    },
    "iban_country_no_iban": {
        "nl": "Dit land gebruikt geen IBAN: vul rekeningnummer en BIC in",
        "en": "This country does not use IBAN: enter account number and BIC",
    },
    "iban_wrong_country": {
        "nl": "IBAN hoort niet bij het gekozen land {expected}",
        "en": "IBAN does not belong to the chosen country {expected}",
    },
    "iban_length": {
        "nl": "Een IBAN van dit land heeft {length} tekens",
        "en": "An IBAN of this country has {length} characters",
    },
    "iban_checksum": {
        "nl": "IBAN klopt niet (controlegetal); controleer op een tikfout",
        "en": "IBAN check digits do not match; look for a typing error",
    },
    "rib_format": {
        "nl": "Een Marokkaans RIB heeft 24 cijfers",
        "en": "A Moroccan RIB has 24 digits",
    },
    "bic_format": {
        "nl": "BIC heeft 8 of 11 letters en cijfers (bijv. SURBSRPA)",
        "en": "A BIC has 8 or 11 letters and digits (e.g. SURBSRPA)",
    },
    "account_number_sr": {
        "nl": "Een Surinaams rekeningnummer heeft 5 tot 20 cijfers",
        "en": "A Surinamese account number has 5 to 20 digits",
    },
    "account_number_format": {
        "nl": "Rekeningnummer: 4 tot 34 letters en cijfers",
        "en": "Account number: 4 to 34 letters and digits",
    },
    "phone_format": {
        "nl": "Telefoonnummer moet beginnen met 0, + of 00 en 8 tot 15 cijfers hebben",
        "en": "Phone number must start with 0, + or 00 and have 8 to 15 digits",
    },
    "phone_nl": {
        "nl": "Een Nederlands nummer heeft 10 cijfers, beginnend met 0 (bijv. 06 12345678)",
        "en": "A Dutch number has 10 digits starting with 0 (e.g. 06 12345678)",
    },
    "email_format": {
        "nl": "Geen geldig e-mailadres (naam@domein.nl)",
        "en": "Not a valid e-mail address (name@domain.com)",
    },
    "control_chars": {
        "nl": "Bevat onzichtbare stuurtekens",
        "en": "Contains invisible control characters",
    },
    "not_nfc": {
        "nl": "Tekst niet in de standaardvorm van Unicode (NFC)",
        "en": "Text not in the standard Unicode form (NFC)",
    },
    "name_no_letters": {
        "nl": "Een naam moet minstens één letter bevatten",
        "en": "A name must contain at least one letter",
    },
    "too_long": {"nl": "Maximaal {max_len} tekens", "en": "At most {max_len} characters"},
    # --- search (core.domain.folding, CLI) --------------------------------------------------------
    "search_too_long": {"nl": "Zoektekst te lang: maximaal {max_len} tekens",
                        "en": "Search text too long: at most {max_len} characters"},
    "search_more": {"nl": "En nog {more} gevonden (gebruik een hogere --limit om ze te zien)",
                    "en": "And {more} more found (use a higher --limit to see them)"},
    "search_bad_limit": {"nl": "De waarde van --limit moet minstens 1 zijn",
                         "en": "The value of --limit must be at least 1"},
    # --- vault (core.vault) ---------------------------------------------------------------------
    "vault_error": {"nl": "De kluis kan dit niet uitvoeren", "en": "The vault cannot do this"},
    "no_vault": {"nl": "Geen kluis gevonden in deze map; maak er een met 'init'",
                 "en": "No vault in this folder; create one with 'init'"},
    "vault_exists": {"nl": "Hier staat al een kluis; er is niets gewijzigd",
                     "en": "A vault already exists here; nothing was changed"},
    "vault_exists_restore": {
        "nl": "Hier staat al een kluis; gebruik --replace om die eerst opzij te zetten",
        "en": "A vault already exists here; use --replace to move it aside first"},
    "vault_incomplete": {
        "nl": "Hier staat een kluisbestand zonder sleutelbestand (vault.keys); zet het "
              "sleutelbestand terug uit een back-up, of verplaats de map als die leeg hoort te "
              "zijn",
        "en": "This folder holds a vault database without its key file (vault.keys); restore the "
              "key file from a backup, or move the folder away if it should be empty"},
    "wrong_passphrase": {"nl": "Onjuiste wachtwoordzin", "en": "Wrong passphrase"},
    "passphrase_too_short": {"nl": "Wachtwoordzin te kort: minimaal {minimum} tekens",
                             "en": "Passphrase too short: at least {minimum} characters"},
    "consultant_required": {"nl": "Naam van de consulent ontbreekt",
                            "en": "The consultant's name is missing"},
    "wrong_key": {"nl": "De sleutel past niet bij dit kluisbestand",
                  "en": "The key does not open this vault file"},
    "cipher_version": {"nl": "SQLCipher 4 is vereist maar niet aanwezig",
                       "en": "SQLCipher 4 is required but not available"},
    "key_file_damaged": {"nl": "Het sleutelbestand van de kluis is beschadigd",
                         "en": "The vault's key file is damaged"},
    "key_file_version": {"nl": "Het sleutelbestand komt van een nieuwere versie van Spreekuur",
                         "en": "The key file comes from a newer version of Spreekuur"},
    "vault_db_missing": {"nl": "Het kluisbestand ontbreekt naast het sleutelbestand",
                         "en": "The vault database is missing next to its key file"},
    "vault_damaged": {"nl": "Het kluisbestand is beschadigd; `consultant-app check` zegt wat er "
                            "mis is, of zet een back-up terug",
                      "en": "The vault file is damaged; `consultant-app check` tells what is "
                            "wrong, or restore a backup"},
    "vault_upgrade_failed": {
        "nl": "De kluis kon niet worden bijgewerkt voor deze versie van Spreekuur (stap {step}); "
              "de kluis is niet veranderd. Werk verder met de vorige versie en meld dit aan de "
              "beheerder",
        "en": "The vault could not be upgraded for this version of Spreekuur (step {step}); "
              "the vault is unchanged. Keep working with the previous version and report this "
              "to your administrator"},
    "vault_too_new": {
        "nl": "Deze kluis is bijgewerkt door een nieuwere versie van Spreekuur (stap {step}); "
              "installeer die versie om hem te openen",
        "en": "This vault was upgraded by a newer version of Spreekuur (step {step}); install "
              "that version to open it"},
    "vault_not_writable": {
        "nl": "De map of schijf van de kluis is alleen-lezen: daar kan niets worden bewaard "
              "(kies een map waarin u mag schrijven)",
        "en": "The vault's folder or disk is read-only: nothing can be saved there "
              "(choose a folder you may write to)"},
    "vault_locked": {"nl": "De kluis is vergrendeld", "en": "The vault is locked"},
    "vault_busy": {"nl": "De kluis is bezet door een ander programma; probeer het zo opnieuw",
                   "en": "The vault is busy in another program; try again shortly"},
    "database_error": {"nl": "De kluis gaf een fout; er is niets half opgeslagen",
                       "en": "The vault reported an error; nothing was half saved"},
    "no_recovery_wrap": {"nl": "Deze kluis heeft geen herstelsleutel van de organisatie",
                         "en": "This vault has no organisation recovery key"},
    "recovery_key_unreadable": {"nl": "De herstelsleutel is geen leesbaar PEM-bestand",
                                "en": "The recovery key is not a readable PEM file"},
    "recovery_key_not_rsa": {"nl": "De herstelsleutel moet een RSA-sleutel van minstens 2048 bits "
                                   "zijn",
                             "en": "The recovery key must be an RSA key of at least 2048 bits"},
    "recovery_key_needs_password": {"nl": "De privésleutel is met een wachtwoord beveiligd",
                                    "en": "The private key is protected by a password"},
    "recovery_key_mismatch": {"nl": "Deze privésleutel hoort niet bij deze kluis",
                              "en": "This private key does not belong to this vault"},
    "backup_exists": {"nl": "Het back-upbestand bestaat al; kies een andere naam",
                      "en": "The backup file already exists; choose another name"},
    "backup_missing": {"nl": "Back-upbestand niet gevonden", "en": "Backup file not found"},
    "not_a_backup": {"nl": "Dit is geen Spreekuur-back-up", "en": "This is not a Spreekuur backup"},
    "backup_damaged": {"nl": "De back-up is beschadigd; er is niets teruggezet",
                       "en": "The backup is damaged; nothing was restored"},
    "check_failed": {"nl": "Controle vond {count} probleem/problemen",
                     "en": "Check found {count} problem(s)"},
    "storage_error": {"nl": "Schrijven naar schijf mislukt; er is niets half opgeslagen",
                      "en": "Writing to disk failed; nothing was half saved"},
    "disk_full": {"nl": "De schijf is vol; er is niets half opgeslagen",
                  "en": "The disk is full; nothing was half saved"},
    "not_writable": {"nl": "Geen schrijfrechten in deze map", "en": "This folder is not writable"},
    # --- case file (core.casefile, core.importer) ------------------------------------------------
    "not_in_list": {"nl": "Kies uit: {choices}", "en": "Choose from: {choices}"},
    "arrival_before_birth": {"nl": "Aankomstdatum ligt voor de geboortedatum",
                             "en": "Arrival date is before the birth date"},
    "window_after_due": {"nl": "De termijn opent na de uiterste datum",
                         "en": "The window opens after the due date"},
    "duplicate_field": {"nl": "Een veld staat er twee keer in",
                        "en": "A field is named twice"},
    "fields_only_on_change": {"nl": "Alleen een wijziging noemt velden",
                              "en": "Only a change names fields"},
    "reopens_other_deadline": {"nl": "Heropent een afronding van een andere termijn",
                               "en": "Reopens the marking of another deadline"},
    "case_of_other_client": {"nl": "Deze zaak hoort bij een andere cliënt",
                             "en": "This case belongs to another client"},
    "unknown_case": {"nl": "Deze zaak bestaat niet (of niet meer) in het team",
                     "en": "This case does not exist (or no longer exists) in the team"},
    "bsn_not_allowed": {"nl": "De organisatie staat het opslaan van het BSN niet toe",
                        "en": "The organisation does not allow storing the BSN"},
    "bad_id": {"nl": "Geen geldige id (UUID)", "en": "Not a valid id (UUID)"},
    "id_exists": {"nl": "Deze id bestaat al", "en": "This id already exists"},
    "unknown_member": {"nl": "Onbekend gezinslid (id)", "en": "Unknown household member (id)"},
    "bad_json_line": {"nl": "Geen geldige JSON", "en": "Not valid JSON"},
    "bad_record_type": {"nl": "Moet client, contact, note, case of case_event zijn",
                        "en": "Must be client, contact, note, case or case_event"},
    # --- doctor (core.doctor) --------------------------------------------------------------------
    "doctor_failed": {"nl": "Deze installatie is niet bruikbaar; zie: {checks}",
                      "en": "This installation is not usable; see: {checks}"},
    "doctor_status_ok": {"nl": "in orde", "en": "ok"},
    "doctor_status_warning": {"nl": "waarschuwing", "en": "warning"},
    "doctor_status_failed": {"nl": "niet in orde", "en": "failed"},
    "doctor_label_python": {"nl": "python", "en": "python"},
    "doctor_label_consultant_app": {"nl": "consultant-app", "en": "consultant-app"},
    "doctor_label_sqlcipher": {"nl": "sqlcipher", "en": "sqlcipher"},
    "doctor_label_fts5": {"nl": "fts5 (zoeken)", "en": "fts5 (search)"},
    "doctor_label_argon2": {"nl": "argon2", "en": "argon2"},
    "doctor_label_cryptography": {"nl": "cryptography", "en": "cryptography"},
    "doctor_label_keyring": {"nl": "keyring", "en": "keyring"},
    "doctor_label_pyside6": {"nl": "PySide6", "en": "PySide6"},
    "doctor_label_templates": {"nl": "sjablonenmap", "en": "templates folder"},
    "doctor_label_libreoffice": {"nl": "LibreOffice", "en": "LibreOffice"},
    "doctor_label_data_dir": {"nl": "gegevensmap", "en": "data folder"},
    "doctor_label_disk_space": {"nl": "schijfruimte", "en": "disk space"},
    "doctor_label_vault": {"nl": "kluis", "en": "vault"},
    "doctor_check_broke": {"nl": "controle mislukt ({kind})", "en": "check failed ({kind})"},
    "doctor_version": {"nl": "{version}", "en": "{version}"},
    "doctor_python": {"nl": "{version}, vereist {minimum} of nieuwer",
                      "en": "{version}, needs {minimum} or newer"},
    "doctor_package_missing": {"nl": "ontbreekt: installeer {package}",
                               "en": "missing: install {package}"},
    "doctor_sqlcipher": {"nl": "SQLCipher {cipher}, SQLite {sqlite}",
                         "en": "SQLCipher {cipher}, SQLite {sqlite}"},
    "doctor_sqlcipher_old": {"nl": "SQLCipher {cipher}, SQLite {sqlite}: SQLCipher 4 is vereist",
                             "en": "SQLCipher {cipher}, SQLite {sqlite}: SQLCipher 4 is required"},
    "doctor_not_sqlcipher": {
        "nl": "ontbreekt: sqlcipher3 is gewone SQLite {sqlite} zonder versleuteling",
        "en": "missing: sqlcipher3 is plain SQLite {sqlite} without encryption"},
    "doctor_fts5": {"nl": "beschikbaar", "en": "available"},
    "doctor_fts5_missing": {"nl": "ontbreekt: zoeken in notities werkt niet",
                            "en": "missing: searching notes cannot work"},
    "doctor_keyring": {"nl": "{backend}: het inlogtoken voor synchroniseren wordt hier bewaard",
                       "en": "{backend}: the sync login token is kept here"},
    "doctor_keyring_none": {
        "nl": "geen: het inlogtoken wordt versleuteld in de kluis bewaard; synchroniseren vraagt "
              "niet opnieuw",
        "en": "none: the login token is kept encrypted in the vault; sync does not ask again"},
    "doctor_keyring_plaintext": {
        "nl": "geen: {backend} bewaart geheimen onversleuteld en wordt niet gebruikt; het "
              "inlogtoken wordt versleuteld in de kluis bewaard, synchroniseren vraagt niet "
              "opnieuw",
        "en": "none: {backend} keeps secrets unencrypted and is not used; the login token is kept "
              "encrypted in the vault, sync does not ask again"},
    "doctor_pyside6_missing": {
        "nl": "ontbreekt: de desktop-app kan niet starten (de opdrachtregel werkt wel)",
        "en": "missing: the desktop app cannot start (the command line works)"},
    "doctor_pyside6_broken": {
        "nl": "{version} laadt niet ({reason}): de desktop-app kan niet starten "
              "(de opdrachtregel werkt wel)",
        "en": "{version} does not load ({reason}): the desktop app cannot start "
              "(the command line works)"},
    "doctor_templates": {"nl": "{count} sjabloon/sjablonen (*.docx) in {path}",
                         "en": "{count} template(s) (*.docx) in {path}"},
    "doctor_templates_none": {
        "nl": "geen sjablonen (*.docx) in {path}; er kunnen geen brieven worden gemaakt",
        "en": "no templates (*.docx) in {path}; no letters can be drafted"},
    "doctor_templates_missing": {
        "nl": "{path} niet gevonden; er kunnen geen brieven worden gemaakt",
        "en": "{path} not found; no letters can be drafted"},
    "doctor_libreoffice": {"nl": "{path} ({version})", "en": "{path} ({version})"},
    "doctor_libreoffice_missing": {
        "nl": "niet geïnstalleerd: brieven kunnen niet naar PDF worden omgezet",
        "en": "not installed: letters cannot be converted to PDF"},
    "doctor_libreoffice_broken": {
        "nl": "{path} geeft geen versie: brieven naar PDF omzetten werkt mogelijk niet",
        "en": "{path} gives no version: converting letters to PDF may not work"},
    "doctor_libreoffice_timeout": {
        "nl": "{path} antwoordt niet binnen {seconds} s: "
              "brieven naar PDF omzetten werkt mogelijk niet",
        "en": "{path} does not answer within {seconds} s: converting letters to PDF may not work"},
    "doctor_data_writable": {"nl": "{path}: beschrijfbaar", "en": "{path}: writable"},
    "doctor_data_creatable": {"nl": "{path}: bestaat nog niet, kan worden aangemaakt",
                              "en": "{path}: does not exist yet, can be created"},
    "doctor_data_not_writable": {"nl": "{path}: geen schrijfrechten",
                                 "en": "{path}: not writable"},
    "doctor_data_not_creatable": {
        "nl": "{path}: kan niet worden aangemaakt (geen schrijfrechten in {parent})",
        "en": "{path}: cannot be created (no write permission in {parent})"},
    "doctor_data_not_folder": {"nl": "{path}: onbruikbaar ({blocker} is geen map)",
                               "en": "{path}: cannot be used ({blocker} is not a folder)"},
    "doctor_disk_free": {"nl": "{free} vrij", "en": "{free} free"},
    "doctor_disk_low": {"nl": "slechts {free} vrij", "en": "only {free} free"},
    "doctor_disk_unknown": {"nl": "onbekend", "en": "unknown"},
    "doctor_vault_present": {"nl": "aanwezig", "en": "present"},
    "doctor_vault_none": {"nl": "nog geen; maak er een met 'init'",
                          "en": "none yet; create one with 'init'"},
    "doctor_vault_incomplete": {"nl": "kluisbestand zonder sleutelbestand (vault.keys)",
                                "en": "vault database without its key file (vault.keys)"},
    # --- command line (cli, commands) ------------------------------------------------------------
    "no_gui": {"nl": "De desktop-app heeft PySide6 nodig: pip install 'consultant-app[gui]'",
               "en": "The desktop app needs PySide6: pip install 'consultant-app[gui]'"},
    "interrupted": {"nl": "Afgebroken; wat bevestigd was, is bewaard",
                    "en": "Interrupted; what was confirmed is kept"},
    "no_passphrase": {"nl": "Geen wachtwoordzin: zet {env} of gebruik --passphrase-file",
                      "en": "No passphrase: set {env} or use --passphrase-file"},
    "passphrase_file_unreadable": {"nl": "Wachtwoordbestand niet leesbaar",
                                   "en": "Passphrase file not readable"},
    "passphrase_file_empty": {"nl": "Wachtwoordbestand is leeg", "en": "Passphrase file is empty"},
    "passphrases_differ": {"nl": "De wachtwoordzinnen verschillen", "en": "The passphrases differ"},
    "prompt_passphrase": {"nl": "Wachtwoordzin", "en": "Passphrase"},
    "prompt_new_passphrase": {"nl": "Nieuwe wachtwoordzin", "en": "New passphrase"},
    "prompt_repeat": {"nl": "Herhaal", "en": "Repeat"},
    "input_unreadable": {"nl": "Kan invoerbestand {path} niet lezen: {reason}",
                         "en": "Cannot read input file {path}: {reason}"},
    "stdin_unreadable": {"nl": "Kan de invoer niet lezen", "en": "Cannot read the input"},
    # fragments: why a file cannot be read, the {reason} of input_unreadable
    "file_reason_missing": {"nl": "bestand bestaat niet", "en": "file does not exist"},
    "file_reason_denied": {"nl": "geen toestemming om het te lezen",
                           "en": "no permission to read it"},
    "file_reason_directory": {"nl": "dit is een map, geen bestand",
                              "en": "this is a folder, not a file"},
    "file_reason_other": {"nl": "leesfout ({kind})", "en": "read error ({kind})"},
    "not_utf8": {"nl": "Invoer is geen UTF-8-tekst", "en": "Input is not UTF-8 text"},
    "no_input": {"nl": "Geen invoer ontvangen", "en": "No input received"},
    "file_exists": {"nl": "{path} bestaat al; er is niets overschreven",
                    "en": "{path} already exists; nothing was overwritten"},
    "unknown_setting": {"nl": "Onbekende instelling; kies uit: {choices}",
                        "en": "Unknown setting; choose from: {choices}"},
    "bad_setting_value": {"nl": "Ongeldige waarde; kies uit: {choices}",
                          "en": "Invalid value; choose from: {choices}"},
    "import_line": {"nl": "Regel {line}: {reason}", "en": "Line {line}: {reason}"},
    "import_already": {"nl": "{count} regel(s) waren al eerder geïmporteerd en zijn overgeslagen",
                       "en": "{count} line(s) were imported before and are skipped"},
    "import_failed": {"nl": "{failed} regel(s) niet geïmporteerd, {committed} wel",
                      "en": "{failed} line(s) not imported, {committed} imported"},
    "followup_list_usage": {"nl": "Geef een cliënt-id of --due DATUM",
                            "en": "Give a client id or --due DATE"},
    "nothing_changed": {"nl": "Niets gewijzigd", "en": "Nothing changed"},
    "vault_created": {"nl": "Kluis aangemaakt in {path}", "en": "Vault created in {path}"},
    "passphrase_changed": {"nl": "Wachtwoordzin gewijzigd", "en": "Passphrase changed"},
    "recovery_key_written": {
        "nl": "Herstelsleutel gemaakt: bewaar {private} offline; geef {public} aan de consulenten",
        "en": "Recovery key made: keep {private} offline; give {public} to the consultants"},
    "check_ok": {"nl": "Kluis in orde", "en": "Vault is healthy"},
    "backup_written": {"nl": "Back-up geschreven naar {path}", "en": "Backup written to {path}"},
    "restore_moved_aside": {"nl": "De vorige kluis staat nu in {path}",
                            "en": "The previous vault was moved to {path}"},
    "restored": {"nl": "Back-up teruggezet in {path}", "en": "Backup restored into {path}"},
    "export_written": {"nl": "Export geschreven naar {path} (bevat persoonsgegevens)",
                       "en": "Export written to {path} (contains personal data)"},
    "demo_progress": {"nl": "{n} records aangemaakt", "en": "{n} records created"},
    "demo_done": {"nl": "Demokluis met {clients} cliënten in {path}",
                  "en": "Demo vault with {clients} clients in {path}"},
    "demo_into_real_vault": {
        "nl": "Deze kluis is geen demokluis: er komen geen synthetische cliënten tussen echte. "
              "Kies een lege map (--data-dir) voor een demo, of geef --into-real-vault als u dit "
              "echt wilt",
        "en": "This vault is not a demo vault: synthetic clients are not mixed with real ones. "
              "Choose an empty folder (--data-dir) for a demo, or pass --into-real-vault if you "
              "really want this"},
    "demo_confirm_real_vault": {
        "nl": "Deze kluis is geen demokluis. Synthetische cliënten toevoegen tussen de echte? "
              "[j/N] ",
        "en": "This vault is not a demo vault. Add synthetic clients among the real ones? "
              "[y/N] "},
}
MESSAGES.update(LETTER_MESSAGES)
MESSAGES.update(SYNC_MESSAGES)
MESSAGES.update(REGISTRY_MESSAGES)
MESSAGES.update(RULES_MESSAGES)
MESSAGES.update(CASE_MESSAGES)
MESSAGES.update(REPORT_MESSAGES)
MESSAGES.update(OFFICE_MESSAGES)


def translate(code: str, lang: str = "en", **params: object) -> str:
    """The text for `code` in `lang` (falling back to English, then to the code itself)."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    text = entry.get(lang) or entry["en"]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def is_fragment(code: str) -> bool:
    """True for the entries that are parts of a line, not messages (see FRAGMENTS)."""
    doctor_detail = code.startswith("doctor_") and code != "doctor_failed"
    return doctor_detail or code.startswith(FRAGMENT_PREFIXES) or code in FRAGMENTS


def sentence(text: str) -> str:
    """`text` with a capital first letter: for a message that starts with a fragment."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def cli_language(environ: dict[str, str] | None = None) -> str:
    """The language for terminal output: CONSULTANT_APP_LANG, else the POSIX locale variables."""
    env = os.environ if environ is None else environ
    for var in ("CONSULTANT_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
