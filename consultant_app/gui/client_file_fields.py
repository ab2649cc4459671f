"""The plain fields of the client file: which widget holds which field of the documented JSON
schema (docs/schema.md), how a Client is put into them, and how the typed values come back out.

Dates are shown and typed the way the interface language writes them (gui/dates.py) and come
out as ISO. Values come out exactly as the schema wants them: text stripped (empty is None,
which clears a field), nested objects (address, residence_permit, destination, bank_abroad) as
one dict per object with only the filled sub-fields, or None when all of them are empty. The
BSN is masked: while masked it is "unchanged" and never leaves the form.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from consultant_app.core.domain.model import Client
from consultant_app.gui import client_file_combos as combos
from consultant_app.gui.dates import parse_date, short_date

# (JSON path, kind). The widget is named after the path: "address.postcode" lives in
# address_postcode_edit (text, plain) or ..._combo (country, language).
FIELDS: tuple[tuple[str, str], ...] = (
    ("given_names", "text"), ("surname", "text"), ("birth_date", "date"),
    ("country_of_birth", "country"), ("nationalities", "codes"), ("arrival_date", "date"),
    ("phone", "text"), ("email", "text"), ("language", "language"),
    ("address.street", "text"), ("address.house_number", "text"),
    ("address.postcode", "text"), ("address.city", "text"),
    ("residence_permit.type", "text"), ("residence_permit.number", "text"),
    ("residence_permit.valid_until", "date"),
    ("destination.country", "country"), ("destination.address", "plain"),
    ("destination.planned_departure", "date"),
    ("bank_abroad.iban", "text"), ("bank_abroad.account_number", "text"),
    ("bank_abroad.bic", "text"),
)
DECLARATIONS = ("debts_to_state", "payment_arrangement", "detention")
MASK = "\u2022" * 6  # "••••••782": the last three digits are enough to recognise the number
SHOW = QT_TRANSLATE_NOOP("ClientFilePage", "Toon")
HIDE = QT_TRANSLATE_NOOP("ClientFilePage", "Verberg")


WIDGET_SUFFIXES = ("_edit", "_combo", "_check", "_table")


def widget_name(path: str, kind: str) -> str:
    suffix = "combo" if kind in ("country", "language") else "edit"
    return f"{path.replace('.', '_')}_{suffix}"


def field_widget(ui: Any, path: str) -> QWidget | None:
    """The one answer to "which widget of the client file holds this field": a JSON path of the
    schema ("arrival_date", "residence_permit.valid_until", "declarations.debts_to_state",
    "benefits.since", "children[1].birth_date") or the same with underscores (an error label's
    name). The field's own widget, else the nearest enclosing field's (the benefits table for
    "benefits.since"), else the first widget of an object without one of its own
    ("residence_permit.granted": the permit's type); None for a fact the form has no field for."""
    parts = re.sub(r"\[\d+\]", "", path).split(".")
    for end in range(len(parts), 0, -1):
        base = "_".join(parts[:end])
        for suffix in WIDGET_SUFFIXES:
            widget = getattr(ui, base + suffix, None)
            if isinstance(widget, QWidget):
                return widget
    first = next((p for p, _ in FIELDS if p.startswith(parts[0] + ".")), None)
    return getattr(ui, widget_name(first, dict(FIELDS)[first])) if first else None


class ClientFields:
    """Reads and writes the plain fields and declarations of a Ui_ClientFile."""

    def __init__(self, ui: Any, language: str):
        self.ui, self.language = ui, language
        self.had_declarations = False
        for path, kind in FIELDS:
            widget = self.widget(path, kind)
            if kind == "country":
                combos.fill_countries(widget, language)
            elif kind == "language":
                combos.fill_languages(widget)

    def widget(self, path: str, kind: str) -> QWidget:
        return getattr(self.ui, widget_name(path, kind))

    # -- into the form ---------------------------------------------------------------------------
    def load(self, client: Client | None) -> None:
        for path, kind in FIELDS:
            value = _lookup(client, path)
            if kind == "date" and value:
                value = short_date(value, self.language)
            self._set(self.widget(path, kind), kind, value)
        declarations = (client.declarations if client else None) or {}
        self.had_declarations = bool(declarations)
        for key in DECLARATIONS:
            getattr(self.ui, f"declarations_{key}_check").setChecked(bool(declarations.get(key)))

    @staticmethod
    def _set(widget: QWidget, kind: str, value: Any) -> None:
        if kind == "country":
            combos.set_country(widget, value)
        elif kind == "language":
            combos.set_language(widget, value)
        elif kind == "codes":
            widget.setText(", ".join(value or []))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText("" if value is None else str(value))

    # -- out of the form -------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field as the schema wants it (None for empty); nested objects grouped."""
        out: dict[str, Any] = {}
        for path, kind in FIELDS:
            value = self._get(self.widget(path, kind), kind)
            if kind == "date":
                value = parse_date(value or "", self.language)
            if "." in path:
                parent, child = path.split(".", 1)
                group = out.setdefault(parent, {})
                if value is not None:
                    group[child] = value
            else:
                out[path] = value
        for key in ("address", "residence_permit", "destination", "bank_abroad"):
            out[key] = out[key] or None
        out["declarations"] = self._declarations()
        return out

    @staticmethod
    def _get(widget: QWidget, kind: str) -> Any:
        if kind == "country":
            return combos.country_value(widget)
        if kind == "language":
            return combos.language_value(widget)
        if kind == "codes":
            codes = [c.strip().upper() for c in widget.text().replace(";", ",").split(",")]
            return [c for c in codes if c] or None
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return text.strip() or None

    def _declarations(self) -> dict[str, bool] | None:
        checks = {key: getattr(self.ui, f"declarations_{key}_check").isChecked()
                  for key in DECLARATIONS}
        # Nothing ticked on a file that never had declarations means "not asked yet", which is
        # not the same as declaring "no debts, no detention": leave it unset.
        return checks if any(checks.values()) or self.had_declarations else None


def _lookup(client: Client | None, path: str) -> Any:
    if client is None:
        return None
    head, _, tail = path.partition(".")
    value = getattr(client, head)
    if tail:
        return (value or {}).get(tail)
    return value


class BsnField:
    """The BSN: masked for a stored client, editable after an audit-logged reveal."""

    def __init__(self, edit: QLineEdit, button: QWidget):
        self.edit, self.button = edit, button
        self.masked = False
        self.original: str | None = None  # the stored BSN once revealed, for "changed?"
        self._last_three = ""

    def load(self, client: Client | None) -> None:
        self.original = None
        self._last_three = (client.bsn or "")[-3:] if client else ""
        if self._last_three:
            self.mask()
        else:
            self.masked = False
            self.edit.setReadOnly(False)
            self.edit.clear()
            self.button.setEnabled(False)
            self._label_button()

    def mask(self) -> None:
        self.masked = True
        self.original = None
        self.edit.setText(MASK + self._last_three)
        self.edit.setReadOnly(True)
        self.button.setEnabled(True)
        self._label_button()

    def show(self, bsn: str | None) -> None:
        self.masked, self.original = False, bsn
        self.edit.setReadOnly(False)
        self.edit.setText(bsn or "")
        self._label_button()

    def is_edited(self) -> bool:
        return not self.masked and (self.edit.text().strip() or None) != self.original

    def value(self) -> str | None:
        return None if self.masked else (self.edit.text().strip() or None)

    def _label_button(self) -> None:
        text = SHOW if self.masked or not self._last_three else HIDE
        self.button.setText(QCoreApplication.translate("ClientFilePage", text))

