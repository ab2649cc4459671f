"""Sync's part of the message catalogue (core.messages merges it): Dutch first, English second.
Parameters are counts, dates, codes and HTTP statuses, never a client's data."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    # --- errors ---------------------------------------------------------------------------------
    "sync_error": {"nl": "Synchroniseren lukte niet", "en": "Sync did not succeed"},
    "registry_unreachable": {
        "nl": "Centrale registratie niet bereikbaar; er is niets verloren, de volgende "
              "synchronisatie gaat "
              "verder waar deze stopte",
        "en": "Registry not reachable; nothing was lost, the next sync resumes where this one "
              "stopped"},
    "registry_certificate_untrusted": {
        "nl": "Het certificaat van de centrale registratie wordt niet vertrouwd; vraag beheer om "
              "het "
              "CA-bestand (`login --ca-file`). Er is niets verstuurd",
        "en": "The registry's certificate is not trusted; ask IT for the CA file "
              "(`login --ca-file`). Nothing was sent"},
    "registry_timeout": {
        "nl": "De centrale registratie antwoordde niet binnen {seconds} seconden; er is niets "
              "verloren, de "
              "volgende synchronisatie gaat verder waar deze stopte",
        "en": "The registry did not answer within {seconds} seconds; nothing was lost, the next "
              "sync resumes where this one stopped"},
    "registry_status": {
        "nl": "De centrale registratie gaf een fout (HTTP {status}); er is niets verloren, probeer "
              "het later "
              "opnieuw",
        "en": "The registry reported an error (HTTP {status}); nothing was lost, try again later"},
    "registry_answer_invalid": {
        "nl": "De centrale registratie gaf een onverwacht antwoord; er is niets verloren",
        "en": "The registry gave an unexpected answer; nothing was lost"},
    "registry_invalid": {"nl": "De centrale registratie weigerde het verzoek als ongeldig",
                         "en": "The registry refused the request as invalid"},
    "report_registry_unreachable": {
        "nl": "Centrale registratie niet bereikbaar; de teamcijfers kunnen nu niet worden "
              "opgehaald (de cijfers van deze laptop zelf wel)",
        "en": "Registry not reachable; the team's figures cannot be fetched now (this "
              "laptop's own figures can)"},
    "report_registry_timeout": {
        "nl": "De centrale registratie antwoordde niet binnen {seconds} seconden; probeer de "
              "teamcijfers later opnieuw",
        "en": "The registry did not answer within {seconds} seconds; ask for the team's "
              "figures again later"},
    "report_registry_forbidden": {
        "nl": "De centrale registratie geeft uw account de cijfers van dat team niet",
        "en": "The registry does not give your account that team's figures"},
    "report_registry_status": {
        "nl": "De centrale registratie gaf geen teamcijfers (HTTP {status})",
        "en": "The registry gave no team figures (HTTP {status})"},
    "report_registry_unavailable": {
        "nl": "De centrale registratie kan nu geen teamcijfers geven; probeer het later opnieuw",
        "en": "The registry cannot give the team's figures now; try again later"},
    "report_all_teams_forbidden": {
        "nl": "De centrale registratie geeft de cijfers van alle teams alleen aan een "
              "coördinator",
        "en": "The registry gives every team's figures to a coordinator only"},
    "report_all_teams_needs_registry": {
        "nl": "De cijfers van alle teams (`--all-teams`) kunnen alleen met `--registry`",
        "en": "Every team's figures (`--all-teams`) need `--registry`"},
    "report_all_teams_and_team": {
        "nl": "Kies één team (`--team`) of alle teams (`--all-teams`), niet beide",
        "en": "Choose one team (`--team`) or every team (`--all-teams`), not both"},
    "report_all_teams_no_out": {
        "nl": "De cijfers van alle teams worden alleen getoond (als tekst of met `--json`); "
              "een bestand schrijven kan per team: `--team T --out BESTAND`",
        "en": "Every team's figures are only shown (as text or with `--json`); write a file "
              "per team: `--team T --out FILE`"},
    "report_team_needs_registry": {
        "nl": "Een ander team kiezen (`--team`) kan alleen met `--registry`",
        "en": "Choosing another team (`--team`) needs `--registry`"},
    "report_registry_not_logged_in": {
        "nl": "Niet aangemeld bij een centrale registratie: meld eerst aan (sync login)",
        "en": "Not logged in to a registry: log in first (sync login)"},
    "registry_forbidden": {"nl": "De centrale registratie staat dit niet toe voor uw account",
                           "en": "The registry does not allow this for your account"},
    "registry_too_large": {"nl": "Het verzoek is te groot voor de centrale registratie",
                           "en": "The request is too large for the registry"},
    "registry_unavailable": {
        "nl": "De centrale registratie kan haar database nu niet bereiken; er is niets verloren, "
              "probeer het "
              "later opnieuw",
        "en": "The registry cannot reach its database right now; nothing was lost, try again "
              "later"},
    "protocol_mismatch": {
        "nl": "De centrale registratie spreekt protocolversie {server}, deze app versie {ours}: "
              "werk de app "
              "of de centrale registratie bij",
        "en": "The registry speaks protocol version {server}, this app version {ours}: update "
              "the app or the registry"},
    "server_url_invalid": {"nl": "Geen geldig adres van de centrale registratie (https://...)",
                           "en": "Not a valid registry address (https://...)"},
    "server_url_insecure": {
        "nl": "Alleen https is toegestaan (http alleen naar deze computer zelf)",
        "en": "Only https is allowed (http only to this computer itself)"},
    "ca_file_missing": {"nl": "Het CA-bestand bestaat niet", "en": "The CA file does not exist"},
    "ca_file_unreadable": {"nl": "Het CA-bestand is geen leesbaar PEM-certificaat",
                           "en": "The CA file is not a readable PEM certificate"},
    "registry_real_for_demo_vault": {
        "nl": "Dit is een demokluis met synthetische cliënten en de centrale registratie op dit "
              "adres is echt: er is niets verstuurd. Synchroniseer een demokluis alleen met een "
              "demo van de centrale registratie (`registry serve --demo`)",
        "en": "This is a demo vault of synthetic clients and the registry at this address is a "
              "real one: nothing was sent. Sync a demo vault only with a demo registry "
              "(`registry serve --demo`)"},
    "registry_demo_for_real_vault": {
        "nl": "De centrale registratie is een demo; deze kluis is echt: er is niets verstuurd. "
              "Log in bij de centrale registratie van uw organisatie",
        "en": "The registry is a demo and this vault is real: nothing was sent. Log in to your "
              "organisation's registry"},
    "login_failed": {"nl": "Gebruikersnaam of wachtwoord onjuist",
                     "en": "User name or password incorrect"},
    "login_unreachable": {
        "nl": "Inloggen lukte niet: de centrale registratie is niet bereikbaar; controleer het "
              "adres en de verbinding en probeer opnieuw",
        "en": "Login did not succeed: the registry is not reachable; check the address and the "
              "connection and try again"},
    "login_timeout": {
        "nl": "Inloggen lukte niet: de centrale registratie antwoordde niet binnen {seconds} "
              "seconden; probeer het later opnieuw",
        "en": "Login did not succeed: the registry did not answer within {seconds} seconds; "
              "try again later"},
    "login_registry_status": {
        "nl": "Inloggen lukte niet: de centrale registratie gaf een fout (HTTP {status}); "
              "probeer het later opnieuw",
        "en": "Login did not succeed: the registry reported an error (HTTP {status}); try "
              "again later"},
    "login_unavailable": {
        "nl": "Inloggen lukte niet: de centrale registratie kan haar database nu niet bereiken; "
              "probeer het later opnieuw",
        "en": "Login did not succeed: the registry cannot reach its database right now; try "
              "again later"},
    "login_answer_invalid": {
        "nl": "Inloggen lukte niet: de centrale registratie gaf een onverwacht antwoord; "
              "controleer het adres",
        "en": "Login did not succeed: the registry gave an unexpected answer; check the "
              "address"},
    "login_incomplete": {"nl": "Gebruikersnaam en wachtwoord zijn nodig",
                         "en": "A user name and a password are needed"},
    "too_many_attempts": {
        "nl": "Te veel mislukte pogingen; probeer het over {seconds} seconden opnieuw",
        "en": "Too many failed attempts; try again in {seconds} seconds"},
    "login_required": {
        "nl": "Opnieuw inloggen nodig (`login --server ... --user ...`); er is niets verloren",
        "en": "Log in again (`login --server ... --user ...`); nothing was lost"},
    "not_logged_in": {"nl": "Nog niet ingelogd bij een centrale registratie (`login --server ... "
                            "--user ...`)",
                      "en": "Not logged in to a registry yet (`login --server ... --user ...`)"},
    "login_other_server": {
        "nl": "Ingelogd bij een andere centrale registratie; log eerst in bij deze",
        "en": "Logged in to another registry; log in to this one first"},
    "sync_warn_days_range": {"nl": "Tussen 1 en 365 dagen", "en": "Between 1 and 365 days"},
    "conflict_not_found": {"nl": "Conflict niet gevonden (zie `conflicts list`)",
                           "en": "Conflict not found (see `conflicts list`)"},
    "conflict_value_clients_only": {
        "nl": "Een nieuwe waarde kan alleen voor velden van de cliënt zelf; kies mine of theirs",
        "en": "A new value is possible for the client's own fields only; choose mine or theirs"},
    "conflict_row_gone": {"nl": "Dit gegeven bestaat niet meer", "en": "This record no longer "
                                                                       "exists"},
    "conflict_choice": {"nl": "Kies --keep mine, --keep theirs of --value",
                        "en": "Choose --keep mine, --keep theirs or --value"},
    # --- why the registry refused a change (protocol.REJECT_REASONS) ----------------------------
    "refused_client_gone": {"nl": "(cliënt niet op dit apparaat)",
                            "en": "(client not on this device)"},
    "refused_not_permitted": {"nl": "niet toegestaan (cliënt van een ander team of onbekend)",
                              "en": "not permitted (another team's client, or unknown)"},
    "refused_unknown_row": {"nl": "onbekend bij de centrale registratie", "en": "unknown to the "
                                                                                "registry"},
    "refused_row_exists": {"nl": "bestaat al bij de centrale registratie", "en": "exists at the "
                                                                                 "registry"},
    "refused_row_deleted": {"nl": "intussen verwijderd of gewist",
                            "en": "deleted or erased meanwhile"},
    "refused_append_only": {
        "nl": "notities, controles en afgevinkte termijnen kunnen niet gewijzigd worden",
        "en": "notes, eligibility checks and deadlines marked done cannot be changed"},
    "refused_immutable_field": {"nl": "dit gegeven kan niet veranderen",
                                "en": "this field cannot change"},
    "refused_change_id_reused": {"nl": "wijzigingsnummer dubbel gebruikt",
                                 "en": "change id used twice"},
    "refused_invalid": {"nl": "ongeldig volgens de centrale registratie", "en": "invalid for the "
                                                                                "registry"},
    "refused_invalid_row": {
        "nl": "Een gegeven voldoet niet aan de regels van de centrale registratie",
        "en": "A value breaks the rules of the registry"},
    # --- what the CLI says ----------------------------------------------------------------------
    "login_ok_keyring": {"nl": "Ingelogd; het token staat in de sleutelbos van het systeem",
                         "en": "Logged in; the token is kept in the system keyring"},
    "login_ok_vault": {
        "nl": "Ingelogd; geen sleutelbos beschikbaar, het token staat versleuteld in de kluis",
        "en": "Logged in; no keyring available, the token is kept encrypted in the vault"},
    "logout_ok": {"nl": "Uitgelogd", "en": "Logged out"},
    "prompt_registry_password": {"nl": "Wachtwoord centrale registratie", "en": "Registry "
                                                                                "password"},
    "sync_receipt": {
        "nl": "Verzonden {pushed}, ontvangen {pulled}, samengevoegd {merged}, conflicten "
              "{conflicts}, geweigerd {rejected}",
        "en": "Pushed {pushed}, pulled {pulled}, merged {merged}, conflicts {conflicts}, "
              "rejected {rejected}"},
    "sync_progress_push": {"nl": "Verzenden: {done} van {total}", "en": "Sending: {done} of "
                                                                        "{total}"},
    "sync_progress_pull": {"nl": "Ophalen: {done} gegevens bekeken",
                           "en": "Fetching: {done} records looked at"},
    "sync_progress_check": {"nl": "Vergelijken met de centrale registratie…",
                            "en": "Comparing with the registry…"},
    "sync_checked": {"nl": "Aantallen en controlegetallen gelijk aan de centrale registratie",
                     "en": "Counts and checksums match the registry"},
    "sync_not_checked": {
        "nl": "Niet vergeleken met de centrale registratie: er kwamen wijzigingen bij tijdens het "
              "synchroniseren",
        "en": "Not compared with the registry: changes were made during the sync"},
    "sync_mismatch": {
        "nl": "Verschil met de centrale registratie in: {entities} (niets samengevoegd; meld dit "
              "aan beheer)",
        "en": "Differs from the registry in: {entities} (nothing merged; report this to IT)"},
    "sync_set_aside": {
        "nl": "{count} gegeven(s) van de centrale registratie apart gezet: deze app kan ze niet "
              "opslaan (zie `sync set-aside`). De rest is verwerkt; meld dit aan beheer",
        "en": "{count} record(s) from the registry set aside: this app cannot store them (see "
              "`sync set-aside`). The rest was applied; report this to IT"},
    "sync_see_conflicts": {"nl": "Bekijk de conflicten met `conflicts list`",
                           "en": "Review the conflicts with `conflicts list`"},
    "status_server": {"nl": "Centrale registratie: {server} (gebruiker {user})",
                      "en": "Registry: {server} (user {user})"},
    "status_no_server": {"nl": "Centrale registratie: niet ingesteld", "en": "Registry: not set "
                                                                             "up"},
    "status_never": {"nl": "Laatst gesynchroniseerd: nog nooit", "en": "Last synced: never"},
    "status_last": {"nl": "Laatst gesynchroniseerd: {at} ({days} dagen geleden)",
                    "en": "Last synced: {at} ({days} days ago)"},
    "status_waiting": {"nl": "Wijzigingen wachten: {count}", "en": "Changes waiting: {count}"},
    "status_conflicts": {"nl": "Open conflicten: {count}", "en": "Open conflicts: {count}"},
    "status_rejected": {"nl": "Door de centrale registratie geweigerd: {count}",
                        "en": "Refused by the registry: {count}"},
    "status_set_aside": {"nl": "Apart gezet bij het ophalen: {count}",
                         "en": "Set aside when fetching: {count}"},
    "status_login_needed": {"nl": "Inloggen nodig", "en": "Login needed"},
    "status_overdue": {"nl": "Let op: langer dan {days} dagen niet gesynchroniseerd",
                       "en": "Note: not synced for more than {days} days"},
    "no_conflicts": {"nl": "Geen open conflicten", "en": "No open conflicts"},
    "conflict_resolved": {"nl": "Conflict opgelost", "en": "Conflict resolved"},
    "client_erased": {"nl": "Cliënt gewist (bij de volgende synchronisatie overal)",
                      "en": "Client erased (everywhere, with the next sync)"},
    "erase_confirm_needed": {
        "nl": "Wissen kan niet ongedaan worden gemaakt; bevestig met --confirm",
        "en": "Erasing cannot be undone; confirm with --confirm"},
}
