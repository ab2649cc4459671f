"""The texts of the registry's command line (`consultant-app registry ...`), Dutch first, English
second, merged into core.messages. Placeholders never receive personal data: a port, a number,
the name of an environment variable, a URL of the server itself.
"""

from __future__ import annotations

REGISTRY_MESSAGES: dict[str, dict[str, str]] = {
    "registry_error": {
        "nl": "de centrale registratie kan dit niet uitvoeren",
        "en": "the registry cannot do this",
    },
    "registry_database_missing": {
        "nl": "geef de database van de centrale registratie op met --database of ${env}",
        "en": "give the registry's database with --database or ${env}",
    },
    "registry_database_url": {
        "nl": "onbekend database-adres: gebruik postgresql://... of sqlite:///pad",
        "en": "unknown database address: use postgresql://... or sqlite:///path",
    },
    "registry_database_unreachable": {
        "nl": "de database van de centrale registratie is niet bereikbaar",
        "en": "the registry's database cannot be reached",
    },
    "registry_schema_newer": {
        "nl": "de database is gemaakt door een nieuwere versie van de centrale registratie; "
              "werk dit programma bij",
        "en": "the database was made by a newer version of the registry; update this program",
    },
    "registry_extra_missing": {
        "nl": "de centrale registratie is niet geïnstalleerd (installeer `consultant-app[registry]`)",
        "en": "the registry is not installed (install consultant-app[registry])",
    },
    "registry_insecure_host": {
        "nl": "zonder certificaat luistert de centrale registratie alleen op loopback (127.0.0.1); "
              "geef --certfile en --keyfile voor een ander adres",
        "en": "without a certificate the registry listens on loopback (127.0.0.1) only; "
              "give --certfile and --keyfile for any other address",
    },
    "registry_certificate_incomplete": {
        "nl": "geef --certfile en --keyfile samen",
        "en": "give --certfile and --keyfile together",
    },
    "registry_certificate_missing": {
        "nl": "het certificaat of de sleutel is niet gevonden",
        "en": "the certificate or its key was not found",
    },
    "registry_start_failed": {
        "nl": "de centrale registratie kon niet starten op poort {port} (is die al in gebruik?)",
        "en": "the registry could not start on port {port} (is it in use already?)",
    },
    "registry_serving": {
        "nl": "centrale registratie luistert op {url} (stoppen met Ctrl+C)",
        "en": "registry listening on {url} (stop with Ctrl+C)",
    },
    "registry_stopped": {"nl": "centrale registratie gestopt", "en": "registry stopped"},
    "registry_user_name_invalid": {
        "nl": "een gebruikersnaam is 1 tot 64 letters, cijfers of . _ - @",
        "en": "a user name is 1 to 64 letters, digits or . _ - @",
    },
    "registry_team_invalid": {
        "nl": "een teamnaam is 1 tot 64 letters, cijfers of . _ - @",
        "en": "a team name is 1 to 64 letters, digits or . _ - @",
    },
    "registry_password_short": {
        "nl": "het wachtwoord moet minstens {min} tekens hebben",
        "en": "the password must have at least {min} characters",
    },
    "registry_no_password": {
        "nl": "geen wachtwoord: zet ${env} of start in een terminal voor de vraag",
        "en": "no password: set ${env} or run in a terminal to be asked",
    },
    "registry_prompt_password": {"nl": "Wachtwoord voor de nieuwe gebruiker",
                                 "en": "Password for the new user"},
    "registry_prompt_repeat": {"nl": "Herhaal het wachtwoord", "en": "Repeat the password"},
    "registry_passwords_differ": {
        "nl": "de wachtwoorden verschillen; er is niets opgeslagen",
        "en": "the passwords differ; nothing was saved",
    },
    "registry_user_exists": {
        "nl": "er bestaat al een gebruiker met die naam",
        "en": "a user with that name exists already",
    },
    "registry_user_unknown": {
        "nl": "onbekende gebruiker",
        "en": "unknown user",
    },
    "registry_user_added": {"nl": "gebruiker toegevoegd", "en": "user added"},
    "registry_user_disabled": {
        "nl": "gebruiker uitgeschakeld; {tokens} sessietokens ingetrokken",
        "en": "user disabled; {tokens} session tokens revoked",
    },
    "registry_user_state_active": {"nl": "actief", "en": "active"},
    "registry_user_state_disabled": {"nl": "uitgeschakeld", "en": "disabled"},
    "registry_no_users": {"nl": "nog geen gebruikers", "en": "no users yet"},
}
