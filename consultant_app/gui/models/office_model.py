"""The office's registration as tables (gui/office_dialog.py), and the Dutch labels of its
vocabulary: kinds of location, partner and relation contact and the external figures a report
compares with (the fixed audiences of a group session are named where the report names them).

Records are the plain dicts of core.office.service; the stored values are the codes of
core.domain.vocabulary, shown through these labels, translated when asked for (the translator is
installed after import). A code without a label (an audience the office added, a kind from a
newer device) shows as stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from consultant_app.core.messages import translate
from consultant_app.core.reports.texts import audience as audience_name
from consultant_app.gui.dates import number_text, short_date
from consultant_app.gui.models.rows import RowsModel

_CONTEXT = "OfficeLabels"
LOCATION_KIND_LABELS = {
    "gemeentehuis": QT_TRANSLATE_NOOP("OfficeLabels", "Gemeentehuis"),
    "buurthuis": QT_TRANSLATE_NOOP("OfficeLabels", "Buurthuis"),
    "bibliotheek": QT_TRANSLATE_NOOP("OfficeLabels", "Bibliotheek"),
    "kantoor": QT_TRANSLATE_NOOP("OfficeLabels", "Kantoor"),
    "religieus": QT_TRANSLATE_NOOP("OfficeLabels", "Gebedshuis"),
    "overig": QT_TRANSLATE_NOOP("OfficeLabels", "Overig"),
}
PARTNER_KIND_LABELS = {
    "gemeente": QT_TRANSLATE_NOOP("OfficeLabels", "Gemeente"),
    "maatschappelijke_organisatie": QT_TRANSLATE_NOOP("OfficeLabels",
                                                      "Maatschappelijke organisatie"),
    "consulaat": QT_TRANSLATE_NOOP("OfficeLabels", "Consulaat"),
    "uitvoeringsinstantie": QT_TRANSLATE_NOOP("OfficeLabels", "Uitvoeringsinstantie"),
    "overig": QT_TRANSLATE_NOOP("OfficeLabels", "Overig"),
}
RELATION_KIND_LABELS = {
    "overleg": QT_TRANSLATE_NOOP("OfficeLabels", "Overleg"),
    "voorlichting": QT_TRANSLATE_NOOP("OfficeLabels", "Voorlichting"),
    "doorverwijzing": QT_TRANSLATE_NOOP("OfficeLabels", "Doorverwijzing"),
    "netwerk": QT_TRANSLATE_NOOP("OfficeLabels", "Netwerkbijeenkomst"),
    "overig": QT_TRANSLATE_NOOP("OfficeLabels", "Overig"),
}
# The external figures the annual report reads (core.reports): one for now.
FIGURE_LABELS = {
    "applications_total": QT_TRANSLATE_NOOP("OfficeLabels",
                                            "Landelijk totaal aanvragen remigratie-uitkering"),
}


def label(labels: dict[str, str], code: str | None) -> str:
    """The translated label of a code; an unknown code shows as itself."""
    if not code:
        return ""
    source = labels.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def audience_label(audience: dict[str, Any], language: str) -> str:
    """A fixed audience by its name in `language` (the report's words, core.reports.texts); one
    the office added by the label it was given."""
    if audience.get("builtin"):
        return audience_name(audience["code"], language)
    return audience.get("label") or audience["code"]


def topics_text(topics: list[str] | None) -> str:
    return ", ".join(topics or [])


class RecordsModel(RowsModel):
    """A list of office records (dicts); `cells(row)` says what each column shows, and the
    columns of `NUMBERS` are set right."""

    NUMBERS: tuple[int, ...] = ()

    def set_records(self, records: list[dict[str, Any]]) -> None:
        self._reset(list(records))

    def record(self, row: int) -> dict[str, Any] | None:
        return self._row(row)

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        record = self._row(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(record)[index.column()]


class GroupSessionsModel(RecordsModel):
    CONTEXT = "GroupSessionsModel"
    NUMBERS = (3,)
    HEADERS = (QT_TRANSLATE_NOOP("GroupSessionsModel", "Datum"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Locatie"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Doelgroep"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Aanwezig"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Taal"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Partner"),
               QT_TRANSLATE_NOOP("GroupSessionsModel", "Onderwerpen"))

    def __init__(self, parent=None, *, language: str = "nl"):
        super().__init__(parent, language=language)
        self.audiences: dict[str, str] = {}  # code: label
        self.languages: dict[str, str] = {}  # code: name

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        spoken = self.languages.get(record.get("language") or "", record.get("language") or "")
        if record.get("interpreter"):  # the context spelt out, for the translation tool
            spoken = QCoreApplication.translate("GroupSessionsModel", "%1, met tolk").replace(
                "%1", spoken) if spoken else QCoreApplication.translate("GroupSessionsModel",
                                                                        "met tolk")
        return (short_date(record["date"], self.language), record.get("location") or "",
                self.audiences.get(record["audience"], record["audience"]),
                number_text(record["attendees"], self.language), spoken,
                record.get("partner") or "", topics_text(record.get("topics")))


class RelationsModel(RecordsModel):
    CONTEXT = "RelationsModel"
    HEADERS = (QT_TRANSLATE_NOOP("RelationsModel", "Datum"),
               QT_TRANSLATE_NOOP("RelationsModel", "Partner"),
               QT_TRANSLATE_NOOP("RelationsModel", "Soort"),
               QT_TRANSLATE_NOOP("RelationsModel", "Onderwerpen"))

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        return (short_date(record["date"], self.language), record.get("partner") or "",
                label(RELATION_KIND_LABELS, record["kind"]), topics_text(record.get("topics")))


class PartnersModel(RecordsModel):
    CONTEXT = "PartnersModel"
    HEADERS = (QT_TRANSLATE_NOOP("PartnersModel", "Naam"),
               QT_TRANSLATE_NOOP("PartnersModel", "Soort"),
               QT_TRANSLATE_NOOP("PartnersModel", "Plaats"))

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        return (record["name"], label(PARTNER_KIND_LABELS, record["kind"]),
                record.get("city") or "")


class LocationsModel(RecordsModel):
    CONTEXT = "LocationsModel"
    NUMBERS = (5,)
    HEADERS = (QT_TRANSLATE_NOOP("LocationsModel", "Naam"),
               QT_TRANSLATE_NOOP("LocationsModel", "Plaats"),
               QT_TRANSLATE_NOOP("LocationsModel", "Soort"),
               QT_TRANSLATE_NOOP("LocationsModel", "Vanaf"),
               QT_TRANSLATE_NOOP("LocationsModel", "Tot en met"),
               QT_TRANSLATE_NOOP("LocationsModel", "Contacten"))

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        city = record.get("city") or f"({translate('city_unknown', self.language)})"
        return (record["name"], city, label(LOCATION_KIND_LABELS, record["kind"]),
                short_date(record["active_from"], self.language),
                short_date(record.get("active_until"), self.language),
                number_text(record.get("contacts", 0), self.language))


class FiguresModel(RecordsModel):
    CONTEXT = "FiguresModel"
    NUMBERS = (2,)
    HEADERS = (QT_TRANSLATE_NOOP("FiguresModel", "Jaar"),
               QT_TRANSLATE_NOOP("FiguresModel", "Cijfer"),
               QT_TRANSLATE_NOOP("FiguresModel", "Waarde"),
               QT_TRANSLATE_NOOP("FiguresModel", "Bron"))

    def cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        return (str(record["year"]), label(FIGURE_LABELS, record["key"]),
                number_text(record["value"], self.language), record["source"])
