"""Where an error of the core is shown in the client file, and in which words.

A ValidationError names a field of the JSON schema ("bsn", "address.postcode",
"children[1].birth_date"); its text goes into the red label `<field>_error` next to that field
(dots become underscores), or the nearest enclosing one ("bank_abroad.iban" without its own label
falls back to bank_abroad_error, "children[1].birth_date" to children_error with "Kind 2,
geboortedatum:" in front). Anything else goes into the page's general error label. Texts come
from the core's message catalogue in the session's language; the value typed never appears. One
exception: a date in the wrong shape, which the screens ask for in the interface language's short
form (gui/dates.py) rather than the ISO form the core and the command line use.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from consultant_app.core.errors import ValidationError, ValidationErrors, error_text
from consultant_app.core.messages import translate
from consultant_app.gui.dates import date_placeholder

ERROR_STYLE = "color: #b00020;"
_ROW = re.compile(r"^(children|benefits)\[(\d+)\]\.?(.*)$")
_CONTEXT = "ClientFileErrors"
ROW_NAMES = {
    "children": QT_TRANSLATE_NOOP("ClientFileErrors", "Kind %1"),
    "benefits": QT_TRANSLATE_NOOP("ClientFileErrors", "Uitkering %1"),
}
SUBFIELD_NAMES = {
    "given_names": QT_TRANSLATE_NOOP("ClientFileErrors", "voornamen"),
    "surname": QT_TRANSLATE_NOOP("ClientFileErrors", "achternaam"),
    "birth_date": QT_TRANSLATE_NOOP("ClientFileErrors", "geboortedatum"),
    "bsn": QT_TRANSLATE_NOOP("ClientFileErrors", "BSN"),
    "type": QT_TRANSLATE_NOOP("ClientFileErrors", "soort"),
    "payer": QT_TRANSLATE_NOOP("ClientFileErrors", "betaald door"),
    "since": QT_TRANSLATE_NOOP("ClientFileErrors", "sinds"),
}


def field_errors(error: BaseException) -> list[ValidationError] | None:
    """The per-field errors inside a validation failure, or None for any other error."""
    if isinstance(error, ValidationErrors):
        return list(error.errors)
    if isinstance(error, ValidationError):
        return [error]
    return None


def field_text(error: ValidationError, language: str) -> str:
    """The catalogue's words for one field error, as typed into a screen's date field."""
    if error.code == "date_format":
        return QCoreApplication.translate("ClientFileErrors", "Schrijf de datum als %1.").replace(
            "%1", date_placeholder(language))
    return translate(error.code, language, **error.params)


def describe(error: BaseException, language: str) -> str:
    """One line for a panel's own error label (notes, contacts, tasks): no field names."""
    errors = field_errors(error)
    if errors is None:
        return error_text(error, language)
    return "; ".join(field_text(e, language) for e in errors)


def _enclosing(field: str) -> list[str]:
    """The field and the fields around it: "bank_abroad.iban", then "bank_abroad"."""
    parts = re.split(r"(?=[.\[])", field)
    return ["".join(parts[:n]) for n in range(len(parts), 0, -1)] if field else []


def show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ErrorLabels:
    """The `*_error` labels of one form: styled, hidden while empty, filled per field."""

    def __init__(self, root: QWidget, general: QLabel, language: Callable[[], str],
                 table_row: Callable[[str, int], int]):
        self.root, self.general = root, general
        self._language, self._table_row = language, table_row
        self.labels = {label.objectName(): label for label in root.findChildren(QLabel)
                       if label.objectName().endswith("_error")}
        for label in self.labels.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            show(label, "")

    def clear(self) -> None:
        for label in self.labels.values():
            show(label, "")

    def show_errors(self, errors: list[ValidationError]) -> list[QLabel]:
        """Puts each message next to its field; returns the labels used, first error first."""
        self.clear()
        used: list[QLabel] = []
        for error in errors:
            label, text = self._place(error)
            show(label, "\n".join(filter(None, [label.text(), text])))
            if label not in used:
                used.append(label)
        return used

    def show_general(self, text: str) -> None:
        self.clear()
        show(self.general, text)

    def _place(self, error: ValidationError) -> tuple[QLabel, str]:
        lang = self._language()
        text = field_text(error, lang)
        field = error.field or ""
        row = _ROW.match(field)
        if row and f"{row[1]}_error" in self.labels:
            return self.labels[f"{row[1]}_error"], self._row_text(row, text)
        for candidate in _enclosing(field):
            label = self.labels.get(re.sub(r"[.\[\]]+", "_", candidate).strip("_") + "_error")
            if label is not None:
                return label, text
        return self.general, error.message(lang)

    def _row_text(self, row: re.Match[str], text: str) -> str:
        table, index, sub = row[1], int(row[2]), row[3]
        number = self._table_row(table, index) + 1
        where = QCoreApplication.translate(_CONTEXT, ROW_NAMES[table]).replace("%1", str(number))
        if sub in SUBFIELD_NAMES:
            where += ", " + QCoreApplication.translate(_CONTEXT, SUBFIELD_NAMES[sub])
        return f"{where}: {text}"
