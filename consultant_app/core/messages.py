"""The message catalogue: every user-facing text of the core, Dutch first, English second.

Errors carry a stable code (core.errors); the faces call `translate(code, lang)` to show it. The
CLI follows the locale (nl → Dutch, otherwise English, CONSULTANT_APP_LANG overrides); the GUI has
its own language setting. Placeholders use str.format and never receive personal data.
"""

from __future__ import annotations

import os

from consultant_app.core.letters.messages import LETTER_MESSAGES
from consultant_app.core.sync.admin_messages import REGISTRY_MESSAGES
from consultant_app.core.sync.messages import SYNC_MESSAGES

LANGUAGES = ("nl", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # --- general -------------------------------------------------------------------------------
    "error": {"nl": "er ging iets mis", "en": "something went wrong"},
    "invalid": {"nl": "ongeldige waarde", "en": "invalid value"},
    "not_found": {"nl": "niet gevonden", "en": "not found"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "client_not_found": {"nl": "cliënt niet gevonden", "en": "client not found"},
    "member_not_found": {"nl": "gezinslid niet gevonden", "en": "household member not found"},
    "contact_not_found": {"nl": "contact niet gevonden", "en": "contact not found"},
    "note_not_found": {"nl": "notitie niet gevonden", "en": "note not found"},
    "follow_up_not_found": {"nl": "taak niet gevonden", "en": "task not found"},
    "not_utf8_line": {"nl": "geen UTF-8-tekst", "en": "not UTF-8 text"},
    "required": {"nl": "verplicht veld ontbreekt", "en": "required field is missing"},
    "unknown_field": {"nl": "onbekend veld", "en": "unknown field"},
    "wrong_type": {"nl": "verwacht {expected}", "en": "expected {expected}"},
    "bad_json": {"nl": "geen geldige JSON (regel {line})", "en": "not valid JSON (line {line})"},
    "internal": {
        "nl": "onverwachte fout ({kind}); er is niets opgeslagen dat niet al bevestigd was",
        "en": "unexpected error ({kind}); nothing was saved that had not been confirmed already",
    },
    # --- validation (core.domain.validation) ----------------------------------------------------
    "bsn_format": {"nl": "een BSN heeft 9 cijfers", "en": "a BSN has 9 digits"},
    "bsn_checksum": {
        "nl": "geen geldig BSN (voldoet niet aan de elfproef)",
        "en": "not a valid BSN (fails the eleven test)",
    },
    "date_format": {
        "nl": "schrijf de datum als JJJJ-MM-DD",
        "en": "write the date as YYYY-MM-DD",
    },
    "date_impossible": {
        "nl": "deze datum bestaat niet in de kalender",
        "en": "not a real calendar date",
    },
    "date_in_future": {"nl": "datum ligt in de toekomst", "en": "date lies in the future"},
    "date_too_early": {"nl": "datum ligt vóór {min_year}", "en": "date lies before {min_year}"},
    "postcode_format": {
        "nl": "postcode moet de vorm 1234 AB hebben",
        "en": "postcode must look like 1234 AB",
    },
    "address_needs_postcode": {
        "nl": "een postadres op één regel met postcode en plaats, bijvoorbeeld "
              "Postbus 1234, 3500 AA Utrecht",
        "en": "a postal address on one line with postcode and place, for example "
              "Postbus 1234, 3500 AA Utrecht"},
    "postcode_letters": {
        "nl": "postcodes met de letters SA, SD of SS bestaan niet",
        "en": "postcodes with the letters SA, SD or SS do not exist",
    },
    "country_unknown": {
        "nl": "onbekende landcode (gebruik de ISO-code, bijv. TR, MA, SR)",
        "en": "unknown country code (use the ISO code, e.g. TR, MA, SR)",
    },
    "iban_format": {
        "nl": "IBAN begint met 2 letters en 2 cijfers en bevat alleen letters en cijfers",
        "en": "an IBAN starts with 2 letters and 2 digits and holds only letters and digits",
    },
    "iban_morocco_use_rib": {
        "nl": "Marokko gebruikt hier geen IBAN: vul het RIB van 24 cijfers in als rekeningnummer",
        "en": "Morocco uses no IBAN here: enter the 24-digit RIB as the account number",
    },
    "iban_country_no_iban": {
        "nl": "dit land gebruikt geen IBAN: vul rekeningnummer en BIC in",
        "en": "this country does not use IBAN: enter account number and BIC",
    },
    "iban_wrong_country": {
        "nl": "IBAN hoort niet bij het gekozen land {expected}",
        "en": "IBAN does not belong to the chosen country {expected}",
    },
    "iban_length": {
        "nl": "een IBAN van dit land heeft {length} tekens",
        "en": "an IBAN of this country has {length} characters",
    },
    "iban_checksum": {
        "nl": "IBAN klopt niet (controlegetal); controleer op een tikfout",
        "en": "IBAN check digits do not match; look for a typing error",
    },
    "rib_format": {
        "nl": "een Marokkaans RIB heeft 24 cijfers",
        "en": "a Moroccan RIB has 24 digits",
    },
    "bic_format": {
        "nl": "BIC heeft 8 of 11 letters en cijfers (bijv. SURBSRPA)",
        "en": "a BIC has 8 or 11 letters and digits (e.g. SURBSRPA)",
    },
    "account_number_sr": {
        "nl": "een Surinaams rekeningnummer heeft 5 tot 20 cijfers",
        "en": "a Surinamese account number has 5 to 20 digits",
    },
    "account_number_format": {
        "nl": "rekeningnummer: 4 tot 34 letters en cijfers",
        "en": "account number: 4 to 34 letters and digits",
    },
    "phone_format": {
        "nl": "telefoonnummer moet beginnen met 0, + of 00 en 8 tot 15 cijfers hebben",
        "en": "phone number must start with 0, + or 00 and have 8 to 15 digits",
    },
    "phone_nl": {
        "nl": "een Nederlands nummer heeft 10 cijfers, beginnend met 0 (bijv. 06 12345678)",
        "en": "a Dutch number has 10 digits starting with 0 (e.g. 06 12345678)",
    },
    "email_format": {
        "nl": "geen geldig e-mailadres (naam@domein.nl)",
        "en": "not a valid e-mail address (name@domain.com)",
    },
    "control_chars": {
        "nl": "bevat onzichtbare stuurtekens",
        "en": "contains invisible control characters",
    },
    "name_no_letters": {
        "nl": "een naam moet minstens één letter bevatten",
        "en": "a name must contain at least one letter",
    },
    "too_long": {"nl": "maximaal {max_len} tekens", "en": "at most {max_len} characters"},
    # --- vault (core.vault) ---------------------------------------------------------------------
    "vault_error": {"nl": "de kluis kan dit niet uitvoeren", "en": "the vault cannot do this"},
    "no_vault": {"nl": "geen kluis gevonden in deze map; maak er een met 'init'",
                 "en": "no vault in this folder; create one with 'init'"},
    "vault_exists": {"nl": "hier staat al een kluis; er is niets gewijzigd",
                     "en": "a vault already exists here; nothing was changed"},
    "vault_exists_restore": {
        "nl": "hier staat al een kluis; gebruik --replace om die eerst opzij te zetten",
        "en": "a vault already exists here; use --replace to move it aside first"},
    "vault_incomplete": {
        "nl": "hier staat een kluisbestand zonder sleutelbestand (vault.keys); zet het "
              "sleutelbestand terug uit een back-up, of verplaats de map als die leeg hoort te zijn",
        "en": "this folder holds a vault database without its key file (vault.keys); restore the "
              "key file from a backup, or move the folder away if it should be empty"},
    "wrong_passphrase": {"nl": "onjuiste wachtwoordzin", "en": "wrong passphrase"},
    "passphrase_too_short": {"nl": "wachtwoordzin te kort: minimaal {minimum} tekens",
                             "en": "passphrase too short: at least {minimum} characters"},
    "consultant_required": {"nl": "naam van de consulent ontbreekt",
                            "en": "the consultant's name is missing"},
    "wrong_key": {"nl": "de sleutel past niet bij dit kluisbestand",
                  "en": "the key does not open this vault file"},
    "cipher_version": {"nl": "SQLCipher 4 is vereist maar niet aanwezig",
                       "en": "SQLCipher 4 is required but not available"},
    "key_file_damaged": {"nl": "het sleutelbestand van de kluis is beschadigd",
                         "en": "the vault's key file is damaged"},
    "key_file_version": {"nl": "het sleutelbestand komt van een nieuwere versie van Spreekuur",
                         "en": "the key file comes from a newer version of Spreekuur"},
    "vault_db_missing": {"nl": "het kluisbestand ontbreekt naast het sleutelbestand",
                         "en": "the vault database is missing next to its key file"},
    "vault_damaged": {"nl": "het kluisbestand is beschadigd; zet een back-up terug",
                      "en": "the vault file is damaged; restore a backup"},
    "vault_locked": {"nl": "de kluis is vergrendeld", "en": "the vault is locked"},
    "vault_busy": {"nl": "de kluis is bezet door een ander programma; probeer het zo opnieuw",
                   "en": "the vault is busy in another program; try again shortly"},
    "database_error": {"nl": "de kluis gaf een fout; er is niets half opgeslagen",
                       "en": "the vault reported an error; nothing was half saved"},
    "no_recovery_wrap": {"nl": "deze kluis heeft geen herstelsleutel van de organisatie",
                         "en": "this vault has no organisation recovery key"},
    "recovery_key_unreadable": {"nl": "de herstelsleutel is geen leesbaar PEM-bestand",
                                "en": "the recovery key is not a readable PEM file"},
    "recovery_key_not_rsa": {"nl": "de herstelsleutel moet een RSA-sleutel van minstens 2048 bits zijn",
                             "en": "the recovery key must be an RSA key of at least 2048 bits"},
    "recovery_key_needs_password": {"nl": "de privésleutel is met een wachtwoord beveiligd",
                                    "en": "the private key is protected by a password"},
    "recovery_key_mismatch": {"nl": "deze privésleutel hoort niet bij deze kluis",
                              "en": "this private key does not belong to this vault"},
    "backup_exists": {"nl": "het back-upbestand bestaat al; kies een andere naam",
                      "en": "the backup file already exists; choose another name"},
    "backup_missing": {"nl": "back-upbestand niet gevonden", "en": "backup file not found"},
    "not_a_backup": {"nl": "dit is geen Spreekuur-back-up", "en": "this is not a Spreekuur backup"},
    "backup_damaged": {"nl": "de back-up is beschadigd; er is niets teruggezet",
                       "en": "the backup is damaged; nothing was restored"},
    "check_failed": {"nl": "controle vond {count} probleem/problemen",
                     "en": "check found {count} problem(s)"},
    "storage_error": {"nl": "schrijven naar schijf mislukt; er is niets half opgeslagen",
                      "en": "writing to disk failed; nothing was half saved"},
    "disk_full": {"nl": "de schijf is vol; er is niets half opgeslagen",
                  "en": "the disk is full; nothing was half saved"},
    "not_writable": {"nl": "geen schrijfrechten in deze map", "en": "this folder is not writable"},
    # --- case file (core.casefile, core.importer) ------------------------------------------------
    "not_in_list": {"nl": "kies uit: {choices}", "en": "choose from: {choices}"},
    "arrival_before_birth": {"nl": "aankomstdatum ligt voor de geboortedatum",
                             "en": "arrival date is before the birth date"},
    "bsn_not_allowed": {"nl": "de organisatie staat het opslaan van het BSN niet toe",
                        "en": "the organisation does not allow storing the BSN"},
    "bad_id": {"nl": "geen geldige id (UUID)", "en": "not a valid id (UUID)"},
    "id_exists": {"nl": "deze id bestaat al", "en": "this id already exists"},
    "unknown_member": {"nl": "onbekend gezinslid (id)", "en": "unknown household member (id)"},
    "bad_json_line": {"nl": "geen geldige JSON", "en": "not valid JSON"},
    "bad_record_type": {"nl": "moet client, contact of note zijn",
                        "en": "must be client, contact or note"},
    # --- doctor (core.doctor) --------------------------------------------------------------------
    "doctor_failed": {"nl": "deze installatie is niet bruikbaar; zie: {checks}",
                      "en": "this installation is not usable; see: {checks}"},
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
              "inlogtoken wordt versleuteld in de kluis bewaard, synchroniseren vraagt niet opnieuw",
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
    "no_gui": {"nl": "de desktop-app heeft PySide6 nodig: pip install 'consultant-app[gui]'",
               "en": "the desktop app needs PySide6: pip install 'consultant-app[gui]'"},
    "interrupted": {"nl": "afgebroken; wat bevestigd was, is bewaard",
                    "en": "interrupted; what was confirmed is kept"},
    "no_passphrase": {"nl": "geen wachtwoordzin: zet {env} of gebruik --passphrase-file",
                      "en": "no passphrase: set {env} or use --passphrase-file"},
    "passphrase_file_unreadable": {"nl": "wachtwoordbestand niet leesbaar",
                                   "en": "passphrase file not readable"},
    "passphrase_file_empty": {"nl": "wachtwoordbestand is leeg", "en": "passphrase file is empty"},
    "passphrases_differ": {"nl": "de wachtwoordzinnen verschillen", "en": "the passphrases differ"},
    "prompt_passphrase": {"nl": "Wachtwoordzin", "en": "Passphrase"},
    "prompt_new_passphrase": {"nl": "Nieuwe wachtwoordzin", "en": "New passphrase"},
    "prompt_repeat": {"nl": "Herhaal", "en": "Repeat"},
    "input_unreadable": {"nl": "kan invoerbestand {path} niet lezen: {reason}",
                         "en": "cannot read input file {path}: {reason}"},
    "stdin_unreadable": {"nl": "kan de invoer niet lezen", "en": "cannot read the input"},
    # fragments: why a file cannot be read, the {reason} of input_unreadable
    "file_reason_missing": {"nl": "bestand bestaat niet", "en": "file does not exist"},
    "file_reason_denied": {"nl": "geen toestemming om het te lezen",
                           "en": "no permission to read it"},
    "file_reason_directory": {"nl": "dit is een map, geen bestand",
                              "en": "this is a folder, not a file"},
    "file_reason_other": {"nl": "leesfout ({kind})", "en": "read error ({kind})"},
    "not_utf8": {"nl": "invoer is geen UTF-8-tekst", "en": "input is not UTF-8 text"},
    "no_input": {"nl": "geen invoer ontvangen", "en": "no input received"},
    "file_exists": {"nl": "{path} bestaat al; er is niets overschreven",
                    "en": "{path} already exists; nothing was overwritten"},
    "unknown_setting": {"nl": "onbekende instelling; kies uit: {choices}",
                        "en": "unknown setting; choose from: {choices}"},
    "bad_setting_value": {"nl": "ongeldige waarde; kies uit: {choices}",
                          "en": "invalid value; choose from: {choices}"},
    "import_line": {"nl": "regel {line}: {reason}", "en": "line {line}: {reason}"},
    "import_failed": {"nl": "{failed} regel(s) niet geïmporteerd, {committed} wel",
                      "en": "{failed} line(s) not imported, {committed} imported"},
    "followup_list_usage": {"nl": "geef een cliënt-id of --due DATUM",
                            "en": "give a client id or --due DATE"},
    "nothing_changed": {"nl": "niets gewijzigd", "en": "nothing changed"},
    "vault_created": {"nl": "kluis aangemaakt in {path}", "en": "vault created in {path}"},
    "passphrase_changed": {"nl": "wachtwoordzin gewijzigd", "en": "passphrase changed"},
    "recovery_key_written": {
        "nl": "herstelsleutel gemaakt: bewaar {private} offline; geef {public} aan de consulenten",
        "en": "recovery key made: keep {private} offline; give {public} to the consultants"},
    "check_ok": {"nl": "kluis in orde", "en": "vault is healthy"},
    "backup_written": {"nl": "back-up geschreven naar {path}", "en": "backup written to {path}"},
    "restore_moved_aside": {"nl": "de vorige kluis staat nu in {path}",
                            "en": "the previous vault was moved to {path}"},
    "restored": {"nl": "back-up teruggezet in {path}", "en": "backup restored into {path}"},
    "export_written": {"nl": "export geschreven naar {path} (bevat persoonsgegevens)",
                       "en": "export written to {path} (contains personal data)"},
    "demo_progress": {"nl": "{n} records aangemaakt", "en": "{n} records created"},
    "demo_done": {"nl": "demokluis met {clients} cliënten in {path}",
                  "en": "demo vault with {clients} clients in {path}"},
}
MESSAGES.update(LETTER_MESSAGES)
MESSAGES.update(SYNC_MESSAGES)
MESSAGES.update(REGISTRY_MESSAGES)


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


def cli_language(environ: dict[str, str] | None = None) -> str:
    """The language for terminal output: CONSULTANT_APP_LANG, else the POSIX locale variables."""
    env = os.environ if environ is None else environ
    for var in ("CONSULTANT_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
