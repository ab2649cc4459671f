"""The preflight form: one row per field a letter needs that the client file lacks, built from
core.letters.preflight's MissingField list, and the answers taken back out of it.

Inputs follow the client file: text as typed (stripped), dates as YYYY-MM-DD text checked by the
core, a country from the list of countries, nationalities as codes ("TR, NL"), a yes/no as a
checkbox. Answers for the client file and for the organisation's settings come out apart; a
refusal of the core appears under the field it names. Rebuilding the form for the fields still
missing keeps whatever was typed into a field that is still asked for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from consultant_app.core.errors import ValidationError
from consultant_app.core.letters.preflight import MissingField
from consultant_app.gui import client_file_combos as combos
from consultant_app.gui.client_file_errors import ERROR_STYLE, field_text, show
from consultant_app.gui.dates import date_placeholder, parse_date
from consultant_app.gui.letter_texts import form_label

Answer = str | bool | list[str] | None


class PreflightForm(QObject):
    """The rows of the form inside `container` (which has a QFormLayout)."""

    def __init__(self, container: QWidget, general_error: QLabel, language: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.container, self.general_error, self.language = container, general_error, language
        self.layout: QFormLayout = container.layout()
        self.fields: list[MissingField] = []
        self.editors: dict[str, QWidget] = {}  # by catalogue name, as the render reported it
        self.errors: dict[str, QLabel] = {}

    # -- building ------------------------------------------------------------------------------
    def show_fields(self, fields: list[MissingField], client_json: Mapping[str, Any]) -> None:
        typed = {name: _value(editor) for name, editor in self.editors.items()}
        while self.layout.rowCount():
            self.layout.removeRow(0)
        self.fields, self.editors, self.errors = list(fields), {}, {}
        show(self.general_error, "")
        groups = ((self.tr("Uit het dossier van de cliënt"), "client"),
                  (self.tr("Van de organisatie (geldt voor alle brieven)"), "setting"),
                  (self.tr("Niet in dit formulier"), "none"))
        for title, target in groups:
            rows = [f for f in fields if f.target == target]
            if rows:
                self._heading(title)
            for field in rows:
                self._add_row(field, client_json, typed.get(field.name))

    def _heading(self, text: str) -> None:
        label = QLabel(text, self.container)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self.layout.addRow(label)

    def _add_row(self, field: MissingField, client_json: Mapping[str, Any],
                 typed: Answer) -> None:
        label = QLabel(form_label(field, client_json), self.container)
        box = QWidget(self.container)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        editor = self._editor(field)
        column.addWidget(editor)
        error = QLabel(box)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        column.addWidget(error)
        show(error, "")
        if typed not in (None, "", []):
            _set_value(editor, typed)
        # As high as the input and centred on it: the label stays level with its input when
        # an error appears under the input.
        label.setMinimumHeight(editor.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(editor)
        self.layout.addRow(label, box)
        self.editors[field.name], self.errors[field.name] = editor, error

    def _editor(self, field: MissingField) -> QWidget:
        slug = re.sub(r"\W+", "_", field.name).strip("_")
        if field.target == "none":
            editor: QWidget = QLabel(self.tr("Wordt buiten het dossier bepaald (consulent, "
                                             "locatie van het spreekuur)."), self.container)
            editor.setEnabled(False)
            editor.setWordWrap(True)
        elif field.kind == "flag":
            editor = QCheckBox(self.tr("ja"), self.container)
        elif field.kind == "country":
            editor = QComboBox(self.container)
            combos.fill_countries(editor, self.language)
        else:
            editor = QLineEdit(self.container)
            placeholder = {"date": date_placeholder(self.language),
                           "countries": "TR, NL"}.get(field.kind)
            if placeholder:
                editor.setPlaceholderText(placeholder)
        editor.setObjectName(f"{slug}_input")
        return editor

    # -- answers -------------------------------------------------------------------------------
    def answers(self) -> tuple[dict[str, Answer], dict[str, str]]:
        """({client JSON path: value}, {setting key: value}); fields left empty are left out,
        so nothing stored is cleared by an empty row."""
        client: dict[str, Answer] = {}
        settings: dict[str, str] = {}
        for field in self.fields:
            value = _value(self.editors[field.name])
            if field.kind == "date" and isinstance(value, str):
                value = parse_date(value, self.language)
            if field.kind == "countries" and isinstance(value, str):
                codes = [c.strip().upper() for c in value.replace(";", ",").split(",")]
                value = [c for c in codes if c] or None
            if value in (None, "", []) or field.path is None:
                continue
            if field.target == "client":
                client[field.path] = value
            elif field.target == "setting":
                settings[field.path] = str(value)
        return client, settings

    def can_answer(self) -> bool:
        return any(field.target != "none" for field in self.fields)

    # -- errors --------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            show(label, "")
        show(self.general_error, "")

    def show_errors(self, errors: list[ValidationError]) -> QWidget | None:
        """Each message under the row its field belongs to (or the form's general label);
        returns the first row's input, for the cursor."""
        self.clear_errors()
        first: QWidget | None = None
        for error in errors:
            text = field_text(error, self.language)
            name = self._row_for(error.field or "")
            label = self.errors[name] if name else self.general_error
            if name is None:
                text = error.message(self.language)
            show(label, "\n".join(filter(None, [label.text(), text])))
            if name is not None and first is None:
                first = self.editors[name]
        return first

    def _row_for(self, path: str) -> str | None:
        """The row of `path` ("address.postcode"), else the first row inside the nearest object
        around it ("benefits[0].type" refused while the form asked for benefits[0].payer)."""
        for candidate in _enclosing(path):
            for field in self.fields:
                own = field.path or ""
                if own == candidate or own.startswith((candidate + ".", candidate + "[")):
                    return field.name
        return None


def _enclosing(path: str) -> list[str]:
    parts = re.split(r"(?=[.\[])", path)
    return ["".join(parts[:n]) for n in range(len(parts), 0, -1)] if path else []


def _value(editor: QWidget) -> Answer:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return combos.country_value(editor)
    if isinstance(editor, QLineEdit):
        return editor.text().strip() or None
    return None


def _set_value(editor: QWidget, value: Answer) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        combos.set_country(editor, str(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(", ".join(value) if isinstance(value, list) else str(value))
