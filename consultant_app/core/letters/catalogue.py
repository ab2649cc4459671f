"""The field catalogue: the Dutch names a letter template may use, and the context built from a
client file under those names.

Templates are written by office staff in Word, so the names are Dutch and stable
(`{{ client.achternaam }}`, `{%tr for kind in kinderen %}`); templates/README.md documents each.
A value the client file lacks is a `Missing` marker, not an empty string: it is falsy (so
`{% if client.bsn %}` works), and printing it records its name, which is how the preflight learns
exactly which fields *this* template needs that *this* client lacks (a field inside an `{% if %}`
that is not taken, or inside a loop over no children, is not needed). The known postal addresses
of benefit payers (`KNOWN_ADDRESSES`, each with its source) live here too, in one place for the
context and for templates/build.py; and a few values are made unbreakable for print (a phone
number on one line, an organisation name that does not break at its hyphen).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from consultant_app.core.domain.countries import country_name
from consultant_app.core.domain.dates import long_date
from consultant_app.core.domain.model import Client, HouseholdMember
from consultant_app.core.domain.validation import bank_keys
from consultant_app.core.vault.settings import ORGANISATION_SETTINGS, SETTINGS



# -- known postal addresses of benefit payers -----------------------------------------------------
@dataclass(frozen=True)
class PayerAddress:
    """Where a client writes to a benefit payer. `names` are the ways a client file may write the
    payer (compared case-insensitively); `lines` is the postal address as printed, or None while
    no public source gives one (the letter then leaves dotted lines); `source` says where the
    address comes from, or why there is none."""

    names: tuple[str, ...]
    lines: tuple[str, ...] | None
    source: str


KNOWN_ADDRESSES: dict[str, PayerAddress] = {
    "SVB": PayerAddress(
        ("svb", "sociale verzekeringsbank"),
        ("Sociale Verzekeringsbank", "Postbus 18603", "3501 CR Utrecht"),
        "svb.nl/en/remigration/claiming-a-remigration-benefit (send the claim to this address)"),
    "UWV": PayerAddress(
        ("uwv", "uitvoeringsinstituut werknemersverzekeringen"),
        None,
        "unsourced: no public source found for a postal address to write to about ending a UWV "
        "benefit; uwv.nl ('Hoe geef ik wijzigingen door in de WW?') has the end of a WW "
        "reported through the change form in Mijn UWV, and UWV's post boxes differ per task"),
}


def payer_address(payer: Any) -> str | None:
    """The known postal address of a payer as printed lines ("\n" between them), or None."""
    if not isinstance(payer, str):
        return None
    wanted = " ".join(payer.split()).casefold()
    for address in KNOWN_ADDRESSES.values():
        if wanted in address.names and address.lines:
            return "\n".join(address.lines)
    return None


# -- values -------------------------------------------------------------------------------------
_printed_missing: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "printed_missing", default=None)


class Missing:
    """A catalogue field this client file has no value for. Falsy; printing it yields nothing
    and notes its name in the active `recording_missing()` list."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        seen = _printed_missing.get()
        if seen is not None and self.name not in seen:
            seen.append(self.name)
        return ""

    __html__ = __str__  # what autoescaping calls

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __repr__(self) -> str:
        return f"Missing({self.name!r})"


class recording_missing:
    """`with recording_missing() as names:` collects the Missing fields printed inside."""

    def __enter__(self) -> list[str]:
        self._names: list[str] = []
        self._token = _printed_missing.set(self._names)
        return self._names

    def __exit__(self, *exc: object) -> None:
        _printed_missing.reset(self._token)


NO_BREAK_HYPHEN = "\u2011"  # render.py writes it as Word's own no-break hyphen element
UNBROKEN_NAME = str.maketrans({"-": NO_BREAK_HYPHEN})
UNBROKEN_NUMBER = str.maketrans({" ": "\u00a0", "-": NO_BREAK_HYPHEN})


def unbroken(value: Any, table: dict[int, str]) -> Any:
    """A printed value that must not break where `table` says: a phone number stays on one line
    ("030 123 45 67" with no-break spaces), a name does not break at its hyphen."""
    return value.translate(table) if isinstance(value, str) else value


class LetterDate(date):
    """A date that prints as a letter writes it: "5 maart 1961" (the `kort` filter: 05-03-1961)."""

    language = "nl"

    def __str__(self) -> str:
        return long_date(self, self.language)

    def __html__(self) -> str:
        return str(self)

    @classmethod
    def of(cls, value: date, language: str) -> LetterDate:
        made = cls(value.year, value.month, value.day)
        made.language = language
        return made

    def shifted(self, days: int) -> LetterDate:
        return LetterDate.of(self + timedelta(days=days), self.language)


# -- the catalogue ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    """One documented name. `source` is where the value lives in the client JSON (docs/schema.md),
    so a form can ask for it; None when it does not come from the client file."""

    name: str
    description: str
    source: str | None = None


PERSON = (  # (name, description, source below the person)
    ("voornamen", "voornamen", "given_names"),
    ("achternaam", "achternaam", "surname"),
    ("volledige_naam", "voornamen en achternaam", None),
    ("geboortedatum", "geboortedatum (lange datum; |kort geeft 05-03-1961)", "birth_date"),
    ("geboorteland", "geboorteland, Nederlandse naam (Turkije, Marokko, ...)",
     "country_of_birth"),
    ("nationaliteiten", "nationaliteit(en) als landnamen, bijv. 'Turkije en Nederland'",
     "nationalities"),
    ("bsn", "burgerservicenummer", "bsn"),
    ("aankomstdatum", "datum van aankomst in Nederland", "arrival_date"),
    ("verblijfsvergunning.soort", "soort verblijfsvergunning", "residence_permit.type"),
    ("verblijfsvergunning.nummer", "documentnummer verblijfsvergunning",
     "residence_permit.number"),
    ("verblijfsvergunning.geldig_tot", "verblijfsvergunning geldig tot",
     "residence_permit.valid_until"),
)
CLIENT_ONLY = (
    ("adres.straat", "straat", "address.street"),
    ("adres.huisnummer", "huisnummer", "address.house_number"),
    ("adres.postcode", "postcode (1234 AB)", "address.postcode"),
    ("adres.plaats", "woonplaats", "address.city"),
    ("telefoon", "telefoonnummer", "phone"),
    ("email", "e-mailadres", "email"),
    ("taal", "voorkeurstaal", "language"),
)


def _catalogue() -> dict[str, Field]:
    fields: list[Field] = []
    for name, text, source in PERSON + CLIENT_ONLY:
        fields.append(Field(f"client.{name}", f"cliënt: {text}", source))
    fields.append(Field("partner", "de partner, of onwaar als er geen partner is", "partner"))
    for name, text, source in PERSON:
        fields.append(Field(f"partner.{name}", f"partner: {text}",
                            source and f"partner.{source}"))
    fields.append(Field("partner.reist_mee", "partner remigreert mee (waar/onwaar)",
                        "partner.co_migrates"))
    fields.append(Field("kinderen", "lijst van meeremigrerende kinderen", "children"))
    for name, text, source in PERSON:
        fields.append(Field(f"kind.{name}", f"kind (in een lus over kinderen): {text}",
                            source and f"children[].{source}"))
    fields += [
        Field("uitkering.soort", "soort uitkering (de eerste in het dossier)", "benefits[0].type"),
        Field("uitkering.instantie", "uitkerende instantie (UWV, gemeente, ...)",
              "benefits[0].payer"),
        Field("uitkering.sinds", "uitkering sinds", "benefits[0].since"),
        Field("uitkering.postadres", "postadres van de uitkerende instantie als Spreekuur dat kent "
              "(SVB), met de naam; anders leeg"),
        Field("uitkeringen", "alle uitkeringen, elk met soort, instantie, sinds, postadres",
              "benefits"),
        Field("vertrek.land", "bestemmingsland, Nederlandse naam", "destination.country"),
        Field("vertrek.datum", "geplande vertrekdatum", "destination.planned_departure"),
        Field("vertrek.adres", "adres in het bestemmingsland", "destination.address"),
        Field("vertrek.eigen_nationaliteit",
              "waar als de cliënt de nationaliteit van het bestemmingsland heeft "
              "(anders is een toelatingsbewijs nodig)", None),
        Field("bank.iban", "IBAN van de rekening in het buitenland", "bank_abroad.iban"),
        Field("bank.rekeningnummer", "rekeningnummer (RIB in Marokko, lokaal in Suriname)",
              "bank_abroad.account_number"),
        Field("bank.bic", "BIC/SWIFT-code van de bank", "bank_abroad.bic"),
        Field("bank.gebruikt_iban", "waar als het bestemmingsland IBAN gebruikt (Turkije, "
              "Bosnië...); anders rekeningnummer en BIC (Marokko: RIB)", None),
        Field("verklaringen.schulden_aan_staat", "schulden aan de Nederlandse staat (waar/onwaar)",
              "declarations.debts_to_state"),
        Field("verklaringen.betalingsregeling", "betalingsregeling getroffen (waar/onwaar)",
              "declarations.payment_arrangement"),
        Field("verklaringen.detentie", "in detentie (waar/onwaar)", "declarations.detention"),
        Field("zaak.ingediend", "datum van de aanvraag (de laatst geopende zaak van de "
              "regeling van de sjabloon; gebeurtenis ingediend)"),
        Field("zaak.toegekend", "datum van de toekenning (gebeurtenis toegekend)"),
        Field("zaak.vertrek_uiterlijk", "uiterste vertrekdatum (termijn vertrek_uiterlijk: "
              "toekenning + 6 maanden)"),
        Field("zaak.vertrokken", "datum van vertrek (gebeurtenis vertrokken)"),
        Field("termijnen", "de open termijnen van die zaak, op datum; elk met titel, "
              "uiterlijk en vanaf"),
        Field("termijn.titel", "termijn (in een lus over termijnen): wat er moet gebeuren"),
        Field("termijn.uiterlijk", "termijn: uiterste datum"),
        Field("termijn.vanaf", "termijn: vanaf wanneer het kan (of leeg)"),
        Field("consulent.naam", "naam van de consulent (uit de kluis)"),
        Field("organisatie.naam", "naam van de organisatie (instelling: organisation)"),
        Field("organisatie.adres", "postadres van de organisatie (instelling: "
              "organisation_address)"),
        Field("organisatie.telefoon", "telefoon van de organisatie (instelling: "
              "organisation_phone)"),
        Field("locatie.naam", "de spreekuurlocatie van vandaag"),
        Field("vandaag", "de datum van de brief"),
    ]
    return {f.name: f for f in fields}


CATALOGUE: dict[str, Field] = _catalogue()


def _file_field_words() -> dict[str, str]:
    """The Dutch word for each top-level client-file field: the catalogue's name for it (the
    field itself, or the first part of the first name below it: `vertrek` for destination)."""
    words: dict[str, str] = {}
    for field in CATALOGUE.values():
        if not field.source:
            continue
        top = field.source.split(".")[0].split("[")[0]
        name = field.name.removeprefix("client.")
        if field.source == top or top not in words:
            words[top] = name if field.source == top else name.split(".")[0]
    return words


FILE_FIELD_WORDS = _file_field_words()


def file_field_word(field: str, language: str) -> str:
    """A top-level client-file field as a consultant reads it (a changed field named on a case):
    in Dutch the word letter templates use for it (`vertrek`, `kinderen`), in English the
    field's own name (`destination`, `bank abroad`)."""
    if language == "nl" and field in FILE_FIELD_WORDS:
        return FILE_FIELD_WORDS[field].replace("_", " ")
    return field.replace("_", " ")
# Loop variables a template may introduce for the catalogue's lists, and what they stand for.
LOOP_ALIASES = {"kinderen": "kind", "uitkeringen": "uitkering", "termijnen": "termijn"}
# What `consultant-app settings KEY VALUE` is shown with when a letter misses one.
ORGANISATION_EXAMPLES = {"organisation": "Stichting Remigratie-advies",
                         "organisation_address": "Postbus 1234, 3500 AA Utrecht",
                         "organisation_phone": "+31 30 123 45 67"}


def organisation_value(key: str, value: object) -> str:
    """`value` checked and normalised for the organisation setting `key` (a phone in E.164, an
    address with its postcode as "1234 AB"); ValidationError names the setting as the field.
    The rules are the settings' own (core.vault.settings), the same as a client's."""
    return SETTINGS[key].encode(value)


def is_known(name: str) -> bool:
    """A dotted name a template uses (`client.adres.plaats`, `kind.bsn`, `partner`) is in the
    catalogue, or is a prefix of a catalogue name (`client.adres`)."""
    return name in CATALOGUE or any(f.startswith(name + ".") for f in CATALOGUE)


# -- building the context -----------------------------------------------------------------------
@dataclass(frozen=True)
class LetterSender:
    """Who sends the letter, where and when: from the vault's settings and the preferences."""

    consultant: str
    organisation: Mapping[str, str | None]
    location: str | None
    today: date


@dataclass(frozen=True)
class CaseFacts:
    """What a letter may print of the client's case: its events' dates by kind and its open
    deadlines (core.cases.deadlines.Deadline), both as the case service derives them."""

    event_dates: Mapping[str, str]
    deadlines: tuple[Any, ...] = ()


def build_context(client: Client, sender: LetterSender, language: str = "nl",
                  case: CaseFacts | None = None) -> dict[str, Any]:
    """The template context for one client: every catalogue name present, Missing where empty
    (the case's dates too when the client has no case under the template's scheme)."""
    build = _Builder(language)
    person = build.person("client", client)
    person["adres"] = build.group("client.adres", client.address, {
        "straat": "street", "huisnummer": "house_number", "postcode": "postcode",
        "plaats": "city"})
    person["telefoon"] = unbroken(build.value("client.telefoon", client.phone), UNBROKEN_NUMBER)
    person["email"] = build.value("client.email", client.email)
    person["taal"] = build.value("client.taal", client.language)
    partner: Any = False
    if client.partner is not None:
        partner = build.person("partner", client.partner)
        partner["reist_mee"] = bool(client.partner.co_migrates)
    children = [c for c in client.children if c.co_migrates]
    benefits = [build.benefit(f"uitkeringen[{i}]", b) for i, b in enumerate(client.benefits or [])]
    destination = client.destination or {}
    country = destination.get("country")
    bank = client.bank_abroad or {}
    declarations = client.declarations or {}
    return {
        "client": person,
        "partner": partner,
        "kinderen": [build.person(f"kinderen[{i}]", c) for i, c in enumerate(children)],
        "uitkering": benefits[0] if benefits else build.benefit("uitkering", {}),
        "uitkeringen": benefits,
        "vertrek": {
            "land": build.country("vertrek.land", country),
            "datum": build.date("vertrek.datum", destination.get("planned_departure")),
            "adres": build.value("vertrek.adres", destination.get("address")),
            "eigen_nationaliteit": bool(country) and country in (client.nationalities or []),
        },
        "bank": {"iban": build.value("bank.iban", bank.get("iban")),
                 "rekeningnummer": build.value("bank.rekeningnummer", bank.get("account_number")),
                 "bic": build.value("bank.bic", bank.get("bic")),
                 "gebruikt_iban": "iban" in bank_keys(country)},
        "verklaringen": {
            "schulden_aan_staat": build.flag("verklaringen.schulden_aan_staat",
                                             declarations.get("debts_to_state")),
            "betalingsregeling": build.flag("verklaringen.betalingsregeling",
                                            declarations.get("payment_arrangement")),
            "detentie": build.flag("verklaringen.detentie", declarations.get("detention")),
        },
        **build.case(case or CaseFacts({})),
        "consulent": {"naam": build.value("consulent.naam", sender.consultant)},
        "organisatie": build.organisation(sender.organisation),
        "locatie": {"naam": build.value("locatie.naam", sender.location)},
        "vandaag": LetterDate.of(sender.today, language),
    }


class _Builder:
    def __init__(self, language: str):
        self.language = language

    def value(self, name: str, value: Any) -> Any:
        return Missing(name) if value in (None, "", [], {}) else value

    def flag(self, name: str, value: bool | None) -> Any:
        return Missing(name) if value is None else bool(value)

    def date(self, name: str, iso: str | None) -> Any:
        return Missing(name) if not iso else LetterDate.of(date.fromisoformat(iso), self.language)

    def country(self, name: str, code: str | None) -> Any:
        return Missing(name) if not code else country_name(code, self.language)

    def countries(self, name: str, codes: list[str] | None) -> Any:
        if not codes:
            return Missing(name)
        names = [country_name(c, self.language) for c in codes]
        joiner = " en " if self.language == "nl" else " and "
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]

    def group(self, prefix: str, values: Mapping[str, Any] | None,
              keys: Mapping[str, str], dates: tuple[str, ...] = ()) -> dict[str, Any]:
        values = values or {}
        return {name: (self.date if name in dates else self.value)(f"{prefix}.{name}",
                                                                   values.get(key))
                for name, key in keys.items()}

    def benefit(self, prefix: str, benefit: Mapping[str, Any]) -> dict[str, Any]:
        made = self.group(prefix, benefit, {"soort": "type", "instantie": "payer",
                                            "sinds": "since"}, dates=("sinds",))
        made["postadres"] = self.value(f"{prefix}.postadres", payer_address(benefit.get("payer")))
        return made

    def organisation(self, settings: Mapping[str, str | None]) -> dict[str, Any]:
        made = {key: self.value(f"organisatie.{key}", settings.get(key))
                for key in ORGANISATION_SETTINGS}
        made["naam"] = unbroken(made["naam"], UNBROKEN_NAME)
        made["telefoon"] = unbroken(made["telefoon"], UNBROKEN_NUMBER)
        return made

    def case(self, case: CaseFacts) -> dict[str, Any]:
        """`zaak` (the dates of its events and its departure deadline) and `termijnen` (its
        open deadlines by date, each in the letter's language)."""
        due = {d.kind: d.due.isoformat() for d in case.deadlines}
        return {
            "zaak": {
                "ingediend": self.date("zaak.ingediend", case.event_dates.get("ingediend")),
                "toegekend": self.date("zaak.toegekend", case.event_dates.get("toegekend")),
                "vertrek_uiterlijk": self.date("zaak.vertrek_uiterlijk",
                                               due.get("vertrek_uiterlijk")),
                "vertrokken": self.date("zaak.vertrokken", case.event_dates.get("vertrokken")),
            },
            "termijnen": [{
                "titel": d.title_in(self.language),
                "uiterlijk": self.date(f"termijnen[{i}].uiterlijk", d.due.isoformat()),
                "vanaf": self.date(f"termijnen[{i}].vanaf",
                                   d.window_start and d.window_start.isoformat()),
            } for i, d in enumerate(d for d in case.deadlines if d.status == "open")],
        }

    def person(self, prefix: str, person: Client | HouseholdMember) -> dict[str, Any]:
        return {
            "voornamen": self.value(f"{prefix}.voornamen", person.given_names),
            "achternaam": self.value(f"{prefix}.achternaam", person.surname),
            "volledige_naam": person.full_name,
            "geboortedatum": self.date(f"{prefix}.geboortedatum", person.birth_date),
            "geboorteland": self.country(f"{prefix}.geboorteland", person.country_of_birth),
            "nationaliteiten": self.countries(f"{prefix}.nationaliteiten", person.nationalities),
            "bsn": self.value(f"{prefix}.bsn", person.bsn),
            "aankomstdatum": self.date(f"{prefix}.aankomstdatum", person.arrival_date),
            "verblijfsvergunning": self.group(
                f"{prefix}.verblijfsvergunning", person.residence_permit,
                {"soort": "type", "nummer": "number", "geldig_tot": "valid_until"},
                dates=("geldig_tot",)),
        }
