"""A client's contact timeline as a table (newest first), and the Dutch labels of the contact
vocabulary that the contact dialog shows as well.

The stored values are the codes of core.domain.vocabulary; what a consultant reads are these
labels, translated at the moment they are asked for (the translator is installed after import).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt,
)

from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.model import Contact
from consultant_app.gui.dates import short_date
from consultant_app.gui.models.rows import RowsModel

_CONTEXT = "ContactLabels"
KIND_LABELS = {
    "intake": QT_TRANSLATE_NOOP("ContactLabels", "Intake"),
    "uitgebreide_begeleiding": QT_TRANSLATE_NOOP("ContactLabels", "Uitgebreide begeleiding"),
    "nazorg": QT_TRANSLATE_NOOP("ContactLabels", "Nazorg"),
    "telefonisch": QT_TRANSLATE_NOOP("ContactLabels", "Telefonisch"),
    "reeds_geremigreerd": QT_TRANSLATE_NOOP("ContactLabels", "Reeds geremigreerd"),
    "informatie": QT_TRANSLATE_NOOP("ContactLabels", "Informatie"),
    "groepsvoorlichting": QT_TRANSLATE_NOOP("ContactLabels", "Groepsvoorlichting"),
}
CHANNEL_LABELS = {
    "spreekuur": QT_TRANSLATE_NOOP("ContactLabels", "Spreekuur"),
    "telefoon": QT_TRANSLATE_NOOP("ContactLabels", "Telefoon"),
    "e-mail": QT_TRANSLATE_NOOP("ContactLabels", "E-mail"),
    "huisbezoek": QT_TRANSLATE_NOOP("ContactLabels", "Huisbezoek"),
    "buitenland": QT_TRANSLATE_NOOP("ContactLabels", "Vanuit het buitenland"),
}
TOPIC_LABELS = {
    "verblijfsdocumenten": QT_TRANSLATE_NOOP("ContactLabels", "Verblijfsdocumenten"),
    "uitkeringen": QT_TRANSLATE_NOOP("ContactLabels", "Uitkeringen"),
    "pensioenen": QT_TRANSLATE_NOOP("ContactLabels", "Pensioenen"),
    "verzekeringen": QT_TRANSLATE_NOOP("ContactLabels", "Verzekeringen"),
    "voogdij": QT_TRANSLATE_NOOP("ContactLabels", "Voogdij"),
    "schulden": QT_TRANSLATE_NOOP("ContactLabels", "Schulden"),
    "zorg": QT_TRANSLATE_NOOP("ContactLabels", "Zorg"),
    "onderwijs": QT_TRANSLATE_NOOP("ContactLabels", "Onderwijs"),
}


def label(labels: dict[str, str], code: str | None) -> str:
    """The translated label of a code; an unknown code (from a newer device) shows as itself."""
    if not code:
        return ""
    source = labels.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


HEADERS = (QT_TRANSLATE_NOOP("ContactsModel", "Datum"),
           QT_TRANSLATE_NOOP("ContactsModel", "Soort"),
           QT_TRANSLATE_NOOP("ContactsModel", "Locatie"),
           QT_TRANSLATE_NOOP("ContactsModel", "Onderwerpen"),
           QT_TRANSLATE_NOOP("ContactsModel", "Duur"), QT_TRANSLATE_NOOP("ContactsModel", "Tolk"))


class ContactsModel(RowsModel):
    """Read-only rows of Contact; the view never edits a registered contact."""

    CONTEXT, HEADERS = "ContactsModel", HEADERS

    DATE, KIND, LOCATION, TOPICS, DURATION, INTERPRETER = range(6)

    def set_contacts(self, contacts: list[Contact]) -> None:
        # The core lists in the order written; a timeline reads best with the latest on top.
        ordered = sorted(enumerate(contacts), key=lambda p: (p[1].date, p[0]), reverse=True)
        self._reset([contact for _, contact in ordered])

    def contact(self, row: int) -> Contact | None:
        return self._row(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(contact, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.KIND:
            return label(CHANNEL_LABELS, contact.channel) or None
        if role == Qt.ItemDataRole.UserRole:
            return contact.id
        return None

    def sort_value(self, contact: Contact, column: int) -> str | int:
        if column == self.DATE:
            return contact.date
        if column == self.DURATION:
            return contact.duration_minutes or 0
        return fold(self._text(contact, column))

    def _text(self, contact: Contact, column: int) -> str:
        if column == self.DATE:
            return short_date(contact.date, self.language)
        if column == self.KIND:
            return label(KIND_LABELS, contact.kind)
        if column == self.LOCATION:
            return contact.location or ""
        if column == self.TOPICS:
            return ", ".join(label(TOPIC_LABELS, t) for t in contact.topics or [])
        if column == self.DURATION:
            return (QCoreApplication.translate("ContactsModel", "%1 min")
                    .replace("%1", str(contact.duration_minutes))
                    if contact.duration_minutes else "")
        if contact.interpreter is None:
            return ""
        return (QCoreApplication.translate("ContactsModel", "ja") if contact.interpreter
                else QCoreApplication.translate("ContactsModel", "nee"))
