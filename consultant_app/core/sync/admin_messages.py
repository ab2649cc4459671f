"""The texts of the registry's command line (`consultant-app registry ...`), Dutch first, English
second, merged into core.messages. Placeholders never receive personal data: a port, a number,
the name of an environment variable, a URL of the server itself.
"""

from __future__ import annotations

REGISTRY_MESSAGES: dict[str, dict[str, str]] = {
    "registry_error": {
        "nl": "De centrale registratie kan dit niet uitvoeren",
        "en": "The registry cannot do this",
    },
    "registry_database_missing": {
        "nl": "Geef de database van de centrale registratie op met --database of ${env}",
        "en": "Give the registry's database with --database or ${env}",
    },
    "registry_database_url": {
        "nl": "Onbekend database-adres: gebruik postgresql://... of sqlite:///pad",
        "en": "Unknown database address: use postgresql://... or sqlite:///path",
    },
    "registry_database_unreachable": {
        "nl": "De database van de centrale registratie is niet bereikbaar",
        "en": "The registry's database cannot be reached",
    },
    "registry_schema_newer": {
        "nl": "De database is gemaakt door een nieuwere versie van de centrale registratie; "
              "werk dit programma bij",
        "en": "The database was made by a newer version of the registry; update this program",
    },
    "registry_extra_missing": {
        "nl": "De centrale registratie is niet geïnstalleerd (installeer "
              "`consultant-app[registry]`)",
        "en": "The registry is not installed (install consultant-app[registry])",
    },
    "registry_insecure_host": {
        "nl": "Zonder certificaat luistert de centrale registratie alleen op loopback (127.0.0.1); "
              "geef --certfile en --keyfile voor een ander adres",
        "en": "Without a certificate the registry listens on loopback (127.0.0.1) only; "
              "give --certfile and --keyfile for any other address",
    },
    "registry_certificate_incomplete": {
        "nl": "Geef --certfile en --keyfile samen",
        "en": "Give --certfile and --keyfile together",
    },
    "registry_certificate_missing": {
        "nl": "Het certificaat of de sleutel is niet gevonden",
        "en": "The certificate or its key was not found",
    },
    "registry_start_failed": {
        "nl": "De centrale registratie kon niet starten op poort {port} (is die al in gebruik?)",
        "en": "The registry could not start on port {port} (is it in use already?)",
    },
    "registry_demo_has_data": {
        "nl": "Deze database van de centrale registratie bevat al gegevens en wordt dus geen "
              "demo; geef --demo alleen met een nieuwe, lege database",
        "en": "This registry database already holds data, so it does not become a demo; give "
              "--demo only with a new, empty database",
    },
    "registry_serving_demo": {
        "nl": "Demo: alleen demokluizen kunnen met deze centrale registratie synchroniseren",
        "en": "Demo: only demo vaults can sync with this registry",
    },
    "registry_workers_invalid": {
        "nl": "Geef bij --workers een aantal processen van 1 tot {max}",
        "en": "Give --workers a number of processes from 1 to {max}",
    },
    "registry_workers_sqlite": {
        "nl": "Meerdere processen (--workers) vragen om PostgreSQL: "
              "de centrale registratie op SQLite draait in één proces",
        "en": "Several worker processes (--workers) need PostgreSQL: "
              "the registry on SQLite runs in one process",
    },
    "registry_serving": {
        "nl": "Centrale registratie luistert op {url} (stoppen met Ctrl+C)",
        "en": "Registry listening on {url} (stop with Ctrl+C)",
    },
    "registry_stopped": {"nl": "Centrale registratie gestopt", "en": "Registry stopped"},
    "registry_user_name_invalid": {
        "nl": "Een gebruikersnaam is 1 tot 64 letters, cijfers of . _ - @",
        "en": "A user name is 1 to 64 letters, digits or . _ - @",
    },
    "registry_team_invalid": {
        "nl": "Een teamnaam is 1 tot 64 letters, cijfers of . _ - @",
        "en": "A team name is 1 to 64 letters, digits or . _ - @",
    },
    "registry_password_short": {
        "nl": "Het wachtwoord moet minstens {min} tekens hebben",
        "en": "The password must have at least {min} characters",
    },
    "registry_no_password": {
        "nl": "Geen wachtwoord: zet ${env} of start in een terminal voor de vraag",
        "en": "No password: set ${env} or run in a terminal to be asked",
    },
    "registry_prompt_password": {"nl": "Wachtwoord voor de nieuwe gebruiker",
                                 "en": "Password for the new user"},
    "registry_prompt_repeat": {"nl": "Herhaal het wachtwoord", "en": "Repeat the password"},
    "registry_passwords_differ": {
        "nl": "De wachtwoorden verschillen; er is niets opgeslagen",
        "en": "The passwords differ; nothing was saved",
    },
    "registry_user_exists": {
        "nl": "Er bestaat al een gebruiker met die naam",
        "en": "A user with that name exists already",
    },
    "registry_user_unknown": {
        "nl": "Onbekende gebruiker",
        "en": "Unknown user",
    },
    "registry_user_added": {"nl": "Gebruiker toegevoegd", "en": "User added"},
    "registry_role_invalid": {
        "nl": "Onbekende rol; kies uit: {roles}",
        "en": "Unknown role; choose from: {roles}",
    },
    "registry_role_set": {"nl": "Rol aangepast: {role}", "en": "Role changed: {role}"},
    "registry_user_disabled": {
        "nl": "Gebruiker uitgeschakeld; {tokens} sessietokens ingetrokken",
        "en": "User disabled; {tokens} session tokens revoked",
    },
    "registry_user_state_active": {"nl": "Actief", "en": "Active"},
    "registry_user_state_disabled": {"nl": "Uitgeschakeld", "en": "Disabled"},
    "registry_no_users": {"nl": "Nog geen gebruikers", "en": "No users yet"},
}
