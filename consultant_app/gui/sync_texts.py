"""The words of the conflict review and of the refused changes: a conflict's field and values,
and what a refused change was and why, as a consultant reads them.

A conflict names a column of the vault ("phone", "address") and holds column values: text,
numbers, 0/1, or JSON text for the nested parts. The labels are those of the client file and
the contact dialog (the same Dutch source strings, so one translation serves both); nested
values are written out one sub-field a line, booleans as ja/nee, countries and languages by
name, and a BSN masked as in the client list.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultant_app.core.domain.countries import country_name, is_country
from consultant_app.core.messages import translate
from consultant_app.gui.client_file_combos import LANGUAGE_LABELS
from consultant_app.gui.client_file_fields import MASK
from consultant_app.gui.dates import short_date

_CF, _CD, _ERR, _OWN = "ClientFile", "ContactDialog", "ClientFileErrors", "SyncTexts"

# column -> (context, Dutch label); the contexts are those of the screens that show the field.
PERSON_LABELS = {
    "given_names": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Voornamen")),
    "surname": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Achternaam")),
    "birth_date": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Geboortedatum")),
    "bsn": (_CF, QT_TRANSLATE_NOOP("ClientFile", "BSN")),
    "country_of_birth": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Geboorteland")),
    "nationalities": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Nationaliteiten")),
    "arrival_date": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Aankomst in Nederland")),
    "residence_permit": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Verblijfsvergunning")),
}
FIELD_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "clients": {
        **PERSON_LABELS,
        "address": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Adres")),
        "phone": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Telefoon")),
        "email": (_CF, QT_TRANSLATE_NOOP("ClientFile", "E-mail")),
        "language": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Gesprekstaal")),
        "benefits": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Uitkeringen")),
        "destination": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Vertrek")),
        "bank_abroad": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Bankrekening in het buitenland")),
        "declarations": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Verklaringen van de cliënt")),
    },
    "household_members": {
        **PERSON_LABELS,
        "co_migrates": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Remigreert mee")),
    },
    "contacts": {
        "date": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Datum")),
        "location": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Locatie")),
        "kind": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Soort contact")),
        "channel": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Kanaal")),
        "topics": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Onderwerpen")),
        "duration_minutes": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Duur")),
        "language": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Gesprekstaal")),
        "interpreter": (_CD, QT_TRANSLATE_NOOP("ContactDialog",
                                               "Er was een tolk bij het gesprek")),
    },
    "notes": {"text": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Tekst"))},
    "follow_ups": {
        "due_date": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Uiterlijk")),
        "text": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Taak")),
        "done_at": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Afgerond op")),
    },
    # The office's own registration (core.office): the rows of the team a conflict may be in.
    "locations": {
        "name": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Naam")),
        "city": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Plaats")),
        "kind": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Soort")),
        "active_from": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "In gebruik vanaf")),
        "active_until": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "In gebruik tot en met")),
    },
    "partners": {
        "name": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Naam")),
        "kind": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Soort")),
        "city": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Plaats")),
    },
    "audiences": {"label": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Naam"))},
    "relation_contacts": {
        "date": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Datum")),
        "kind": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Soort")),
        "topics": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Onderwerpen")),
    },
    "group_sessions": {
        "date": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Datum")),
        "audience": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Doelgroep")),
        "attendees": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Aantal deelnemers")),
        "language": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Gesprekstaal")),
        "interpreter": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Met tolk")),
        "topics": (_CD, QT_TRANSLATE_NOOP("ContactDialog", "Onderwerpen")),
    },
    "external_figures": {
        "value": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Waarde")),
        "source": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Bron")),
    },
    # A published annual report: never edited, so only a row set aside names its fields.
    "report_publications": {
        "year": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Jaar")),
        "edition": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Publicatie")),
        "sha256": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "SHA-256")),
        "snapshot": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Gepubliceerde cijfers")),
        "published_at": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Gepubliceerd op")),
        "published_by": (_OWN, QT_TRANSLATE_NOOP("SyncTexts", "Gepubliceerd door")),
    },
}
# Which row a field belongs to, when it is not the client's own.
ENTITY_LABELS = {
    "household_members": QT_TRANSLATE_NOOP("SyncTexts", "Partner of kind"),
    "contacts": QT_TRANSLATE_NOOP("SyncTexts", "Contact"),
    "follow_ups": QT_TRANSLATE_NOOP("SyncTexts", "Taak"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notitie"),
    "letters": QT_TRANSLATE_NOOP("SyncTexts", "Brief"),
    "eligibility_checks": QT_TRANSLATE_NOOP("SyncTexts", "Toets op een regeling"),
    "cases": QT_TRANSLATE_NOOP("SyncTexts", "Zaak"),
    "case_events": QT_TRANSLATE_NOOP("SyncTexts", "Stap in een zaak"),
    "deadline_marks": QT_TRANSLATE_NOOP("SyncTexts", "Afgeronde termijn"),
    "locations": QT_TRANSLATE_NOOP("SyncTexts", "Spreekuurlocatie"),
    "audiences": QT_TRANSLATE_NOOP("SyncTexts", "Doelgroep"),
    "partners": QT_TRANSLATE_NOOP("SyncTexts", "Partnerorganisatie"),
    "relation_contacts": QT_TRANSLATE_NOOP("SyncTexts", "Relatiecontact"),
    "group_sessions": QT_TRANSLATE_NOOP("SyncTexts", "Groepsvoorlichting"),
    "external_figures": QT_TRANSLATE_NOOP("SyncTexts", "Extern cijfer"),
    "report_publications": QT_TRANSLATE_NOOP("SyncTexts", "Gepubliceerd jaarverslag"),
}
# What a row is, named on its own (the refused changes); the shared words are those above.
ROW_LABELS = {
    **ENTITY_LABELS,
    "clients": QT_TRANSLATE_NOOP("SyncTexts", "Cliënt"),
    "household_members": QT_TRANSLATE_NOOP("SyncTexts", "Gezinslid"),
}
OP_LABELS = {
    "create": QT_TRANSLATE_NOOP("SyncTexts", "nieuw"),
    "update": QT_TRANSLATE_NOOP("SyncTexts", "gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("SyncTexts", "verwijderd"),
}
SUBFIELD_LABELS = {
    "street": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Straat")),
    "house_number": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Huisnummer")),
    "postcode": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Postcode")),
    "city": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Plaats")),
    "number": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Documentnummer")),
    "valid_until": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Geldig tot")),
    "country": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Bestemmingsland")),
    "address": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Adres in het buitenland")),
    "planned_departure": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Geplande vertrekdatum")),
    "iban": (_CF, QT_TRANSLATE_NOOP("ClientFile", "IBAN")),
    "account_number": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Rekeningnummer")),
    "bic": (_CF, QT_TRANSLATE_NOOP("ClientFile", "BIC")),
    "debts_to_state": (_CF, QT_TRANSLATE_NOOP(
        "ClientFile", "Heeft schulden bij de Nederlandse staat (belasting, boetes)")),
    "payment_arrangement": (_CF, QT_TRANSLATE_NOOP(
        "ClientFile", "Er is een betalingsregeling voor die schulden")),
    "detention": (_CF, QT_TRANSLATE_NOOP("ClientFile", "Zit in detentie of is voortvluchtig")),
    "type": (_ERR, QT_TRANSLATE_NOOP("ClientFileErrors", "soort")),
    "payer": (_ERR, QT_TRANSLATE_NOOP("ClientFileErrors", "betaald door")),
    "since": (_ERR, QT_TRANSLATE_NOOP("ClientFileErrors", "sinds")),
}
COUNTRY_FIELDS = {"country_of_birth", "nationalities", "country"}
BOOLEAN_FIELDS = {"co_migrates", "interpreter"}
DATE_FIELDS = {"birth_date", "arrival_date", "valid_until", "planned_departure", "since", "date",
               "due_date", "active_from", "active_until"}


EMPTY = QT_TRANSLATE_NOOP("SyncTexts", "(leeg)")
YES, NO = QT_TRANSLATE_NOOP("SyncTexts", "ja"), QT_TRANSLATE_NOOP("SyncTexts", "nee")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _own(text: str) -> str:
    return QCoreApplication.translate(_OWN, text)


# -- conflicts -----------------------------------------------------------------------------------
def field_label(entity: str, field: str) -> str:
    """"Telefoon"; "Partner of kind: Voornamen"; the column name where no screen has a label."""
    known = FIELD_LABELS.get(entity, {}).get(field)
    label = _tr(*known) if known else field
    if entity in ENTITY_LABELS:
        return f"{_own(ENTITY_LABELS[entity])}: {label}"
    return label


def readable_value(field: str, value: Any, language: str) -> str:
    """A column value as text for reading: nested parts one sub-field a line."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            pass  # text that merely starts with a bracket
    if value in (None, "", [], {}):
        return _own(EMPTY)
    if field == "bsn" and isinstance(value, str):
        return MASK + value[-3:]
    if isinstance(value, dict):
        # In the order of the client file (the stored JSON has its keys sorted).
        order = {key: i for i, key in enumerate(SUBFIELD_LABELS)}
        keys = sorted(value, key=lambda key: order.get(key, len(order)))
        lines = [f"{_sublabel(key)}: {_scalar(key, value[key], language)}"
                 for key in keys if value[key] not in (None, "", [], {})]
        return "\n".join(lines) or _own(EMPTY)
    if isinstance(value, list):
        if all(isinstance(item, dict) for item in value):  # benefits: one a line
            return "\n".join(", ".join(_scalar(k, v, language) for k, v in item.items()
                                       if v not in (None, "")) for item in value)
        return ", ".join(_scalar(field, item, language) for item in value)
    if field in BOOLEAN_FIELDS:
        return _yes_no(bool(value))
    return _scalar(field, value, language)


def _sublabel(key: str) -> str:
    known = SUBFIELD_LABELS.get(key)
    return _tr(*known) if known else key


def _scalar(key: str, value: Any, language: str) -> str:
    if isinstance(value, bool):
        return _yes_no(value)
    if key in COUNTRY_FIELDS and isinstance(value, str) and is_country(value):
        return country_name(value, language)
    if key == "language" and value in LANGUAGE_LABELS:
        return QCoreApplication.translate("LanguageLabels", LANGUAGE_LABELS[value])
    if key in DATE_FIELDS:
        return short_date(value, language)
    return str(value)


def _yes_no(value: bool) -> str:
    return _own(YES if value else NO)


# -- refused changes -----------------------------------------------------------------------------
def row_label(entity: str) -> str:
    """"Cliënt", "Gezinslid", "Notitie"...; the table name for an entity without a label."""
    return _own(ROW_LABELS[entity]) if entity in ROW_LABELS else entity


def op_label(op: str) -> str:
    """"nieuw", "gewijzigd", "verwijderd"."""
    return _own(OP_LABELS[op]) if op in OP_LABELS else op


def refused_reason(reason: str, language: str) -> str:
    """The registry's reason code in words (the core's catalogue); a newer code as it came."""
    code = f"refused_{reason}"
    text = translate(code, language)
    return reason if text == code else text
