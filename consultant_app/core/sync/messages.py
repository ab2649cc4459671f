"""Sync's part of the message catalogue (core.messages merges it): Dutch first, English second.
Parameters are counts, dates, codes and HTTP statuses, never a client's data."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    # --- errors ---------------------------------------------------------------------------------
    "sync_error": {"nl": "synchroniseren lukte niet", "en": "sync did not succeed"},
    "registry_unreachable": {
        "nl": "centrale registratie niet bereikbaar; er is niets verloren, de volgende synchronisatie gaat "
              "verder waar deze stopte",
        "en": "registry not reachable; nothing was lost, the next sync resumes where this one "
              "stopped"},
    "registry_certificate_untrusted": {
        "nl": "het certificaat van de centrale registratie wordt niet vertrouwd; vraag beheer om het "
              "CA-bestand (`login --ca-file`). Er is niets verstuurd",
        "en": "the registry's certificate is not trusted; ask IT for the CA file "
              "(`login --ca-file`). Nothing was sent"},
    "registry_timeout": {
        "nl": "de centrale registratie antwoordde niet binnen {seconds} seconden; er is niets verloren, de "
              "volgende synchronisatie gaat verder waar deze stopte",
        "en": "the registry did not answer within {seconds} seconds; nothing was lost, the next "
              "sync resumes where this one stopped"},
    "registry_status": {
        "nl": "de centrale registratie gaf een fout (HTTP {status}); er is niets verloren, probeer het later "
              "opnieuw",
        "en": "the registry reported an error (HTTP {status}); nothing was lost, try again later"},
    "registry_answer_invalid": {
        "nl": "de centrale registratie gaf een onverwacht antwoord; er is niets verloren",
        "en": "the registry gave an unexpected answer; nothing was lost"},
    "registry_invalid": {"nl": "de centrale registratie weigerde het verzoek als ongeldig",
                         "en": "the registry refused the request as invalid"},
    "registry_forbidden": {"nl": "de centrale registratie staat dit niet toe voor uw account",
                           "en": "the registry does not allow this for your account"},
    "registry_too_large": {"nl": "het verzoek is te groot voor de centrale registratie",
                           "en": "the request is too large for the registry"},
    "registry_unavailable": {
        "nl": "de centrale registratie kan haar database nu niet bereiken; er is niets verloren, probeer het "
              "later opnieuw",
        "en": "the registry cannot reach its database right now; nothing was lost, try again "
              "later"},
    "protocol_mismatch": {
        "nl": "de centrale registratie spreekt protocolversie {server}, deze app versie {ours}: werk de app "
              "of de centrale registratie bij",
        "en": "the registry speaks protocol version {server}, this app version {ours}: update "
              "the app or the registry"},
    "server_url_invalid": {"nl": "geen geldig adres van de centrale registratie (https://...)",
                           "en": "not a valid registry address (https://...)"},
    "server_url_insecure": {
        "nl": "alleen https is toegestaan (http alleen naar deze computer zelf)",
        "en": "only https is allowed (http only to this computer itself)"},
    "ca_file_missing": {"nl": "het CA-bestand bestaat niet", "en": "the CA file does not exist"},
    "ca_file_unreadable": {"nl": "het CA-bestand is geen leesbaar PEM-certificaat",
                           "en": "the CA file is not a readable PEM certificate"},
    "login_failed": {"nl": "gebruikersnaam of wachtwoord onjuist",
                     "en": "user name or password incorrect"},
    "login_unreachable": {
        "nl": "inloggen lukte niet: de centrale registratie is niet bereikbaar; controleer het "
              "adres en de verbinding en probeer opnieuw",
        "en": "login did not succeed: the registry is not reachable; check the address and the "
              "connection and try again"},
    "login_timeout": {
        "nl": "inloggen lukte niet: de centrale registratie antwoordde niet binnen {seconds} "
              "seconden; probeer het later opnieuw",
        "en": "login did not succeed: the registry did not answer within {seconds} seconds; "
              "try again later"},
    "login_registry_status": {
        "nl": "inloggen lukte niet: de centrale registratie gaf een fout (HTTP {status}); "
              "probeer het later opnieuw",
        "en": "login did not succeed: the registry reported an error (HTTP {status}); try "
              "again later"},
    "login_unavailable": {
        "nl": "inloggen lukte niet: de centrale registratie kan haar database nu niet bereiken; "
              "probeer het later opnieuw",
        "en": "login did not succeed: the registry cannot reach its database right now; try "
              "again later"},
    "login_answer_invalid": {
        "nl": "inloggen lukte niet: de centrale registratie gaf een onverwacht antwoord; "
              "controleer het adres",
        "en": "login did not succeed: the registry gave an unexpected answer; check the "
              "address"},
    "login_incomplete": {"nl": "gebruikersnaam en wachtwoord zijn nodig",
                         "en": "a user name and a password are needed"},
    "too_many_attempts": {
        "nl": "te veel mislukte pogingen; probeer het over {seconds} seconden opnieuw",
        "en": "too many failed attempts; try again in {seconds} seconds"},
    "login_required": {
        "nl": "opnieuw inloggen nodig (`login --server ... --user ...`); er is niets verloren",
        "en": "log in again (`login --server ... --user ...`); nothing was lost"},
    "not_logged_in": {"nl": "nog niet ingelogd bij een centrale registratie (`login --server ... --user ...`)",
                      "en": "not logged in to a registry yet (`login --server ... --user ...`)"},
    "login_other_server": {
        "nl": "ingelogd bij een andere centrale registratie; log eerst in bij deze",
        "en": "logged in to another registry; log in to this one first"},
    "sync_warn_days_range": {"nl": "tussen 1 en 365 dagen", "en": "between 1 and 365 days"},
    "conflict_not_found": {"nl": "conflict niet gevonden (zie `conflicts list`)",
                           "en": "conflict not found (see `conflicts list`)"},
    "conflict_value_clients_only": {
        "nl": "een nieuwe waarde kan alleen voor velden van de cliënt zelf; kies mine of theirs",
        "en": "a new value is possible for the client's own fields only; choose mine or theirs"},
    "conflict_row_gone": {"nl": "dit gegeven bestaat niet meer", "en": "this record no longer exists"},
    "conflict_choice": {"nl": "kies --keep mine, --keep theirs of --value",
                        "en": "choose --keep mine, --keep theirs or --value"},
    # --- why the registry refused a change (protocol.REJECT_REASONS) ----------------------------
    "refused_not_permitted": {"nl": "niet toegestaan (cliënt van een ander team of onbekend)",
                              "en": "not permitted (another team's client, or unknown)"},
    "refused_unknown_row": {"nl": "onbekend bij de centrale registratie", "en": "unknown to the registry"},
    "refused_row_exists": {"nl": "bestaat al bij de centrale registratie", "en": "exists at the registry"},
    "refused_row_deleted": {"nl": "intussen verwijderd of gewist",
                            "en": "deleted or erased meanwhile"},
    "refused_append_only": {"nl": "notities kunnen niet gewijzigd worden",
                            "en": "notes cannot be changed"},
    "refused_immutable_field": {"nl": "dit gegeven kan niet veranderen",
                                "en": "this field cannot change"},
    "refused_change_id_reused": {"nl": "wijzigingsnummer dubbel gebruikt",
                                 "en": "change id used twice"},
    "refused_invalid": {"nl": "ongeldig volgens de centrale registratie", "en": "invalid for the registry"},
    # --- what the CLI says ----------------------------------------------------------------------
    "login_ok_keyring": {"nl": "ingelogd; het token staat in de sleutelbos van het systeem",
                         "en": "logged in; the token is kept in the system keyring"},
    "login_ok_vault": {
        "nl": "ingelogd; geen sleutelbos beschikbaar, het token staat versleuteld in de kluis",
        "en": "logged in; no keyring available, the token is kept encrypted in the vault"},
    "logout_ok": {"nl": "uitgelogd", "en": "logged out"},
    "prompt_registry_password": {"nl": "Wachtwoord centrale registratie", "en": "Registry password"},
    "sync_receipt": {
        "nl": "verzonden {pushed}, ontvangen {pulled}, samengevoegd {merged}, conflicten "
              "{conflicts}, geweigerd {rejected}",
        "en": "pushed {pushed}, pulled {pulled}, merged {merged}, conflicts {conflicts}, "
              "rejected {rejected}"},
    "sync_progress_push": {"nl": "verzenden: {done} van {total}", "en": "sending: {done} of {total}"},
    "sync_progress_pull": {"nl": "ophalen: {done} gegevens bekeken",
                           "en": "fetching: {done} records looked at"},
    "sync_progress_check": {"nl": "vergelijken met de centrale registratie…",
                            "en": "comparing with the registry…"},
    "sync_checked": {"nl": "aantallen en controlegetallen gelijk aan de centrale registratie",
                     "en": "counts and checksums match the registry"},
    "sync_not_checked": {
        "nl": "niet vergeleken met de centrale registratie: er kwamen wijzigingen bij tijdens het synchroniseren",
        "en": "not compared with the registry: changes were made during the sync"},
    "sync_mismatch": {
        "nl": "verschil met de centrale registratie in: {entities} (niets samengevoegd; meld dit aan beheer)",
        "en": "differs from the registry in: {entities} (nothing merged; report this to IT)"},
    "sync_see_conflicts": {"nl": "bekijk de conflicten met `conflicts list`",
                           "en": "review the conflicts with `conflicts list`"},
    "status_server": {"nl": "centrale registratie: {server} (gebruiker {user})",
                      "en": "registry: {server} (user {user})"},
    "status_no_server": {"nl": "centrale registratie: niet ingesteld", "en": "registry: not set up"},
    "status_never": {"nl": "laatst gesynchroniseerd: nog nooit", "en": "last synced: never"},
    "status_last": {"nl": "laatst gesynchroniseerd: {at} ({days} dagen geleden)",
                    "en": "last synced: {at} ({days} days ago)"},
    "status_waiting": {"nl": "wijzigingen wachten: {count}", "en": "changes waiting: {count}"},
    "status_conflicts": {"nl": "open conflicten: {count}", "en": "open conflicts: {count}"},
    "status_rejected": {"nl": "door de centrale registratie geweigerd: {count}",
                        "en": "refused by the registry: {count}"},
    "status_login_needed": {"nl": "inloggen nodig", "en": "login needed"},
    "status_overdue": {"nl": "let op: langer dan {days} dagen niet gesynchroniseerd",
                       "en": "note: not synced for more than {days} days"},
    "no_conflicts": {"nl": "geen open conflicten", "en": "no open conflicts"},
    "conflict_resolved": {"nl": "conflict opgelost", "en": "conflict resolved"},
    "client_erased": {"nl": "cliënt gewist (bij de volgende synchronisatie overal)",
                      "en": "client erased (everywhere, with the next sync)"},
    "erase_confirm_needed": {
        "nl": "wissen kan niet ongedaan worden gemaakt; bevestig met --confirm",
        "en": "erasing cannot be undone; confirm with --confirm"},
}
