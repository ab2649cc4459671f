"""The small dialog that asks for the date of a case's next event (*toegekend*, *vertrokken*, ...).

The date is typed the way the interface language writes dates (gui/dates.py), prefilled with
today. Pressing OK does not close the dialog: it emits `chosen` with the date as ISO text (or as
typed, for the core to refuse), and the caller closes it once the event is stored, or shows the
refusal in it with `show_error`, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.dates import date_placeholder, parse_date, short_date


class EventDateDialog(QDialog):
    chosen = Signal(str)  # the date (ISO) the consultant confirmed

    def __init__(self, kind: str, language: str, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.kind, self.language = kind, language
        self.setWindowTitle(self.tr("Gebeurtenis toevoegen"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("&Datum van %1:").replace("%1", kind))
        self.date_edit = QLineEdit(short_date(today or dt.date.today(), language))
        self.date_edit.setPlaceholderText(date_placeholder(language))
        self.label.setBuddy(self.date_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        show(self.error_label, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.label, self.date_edit, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.date_edit.selectAll()

    def confirm(self) -> None:
        show(self.error_label, "")
        self.chosen.emit(parse_date(self.date_edit.text(), self.language) or "")

    def show_error(self, text: str) -> None:
        show(self.error_label, text)
        self.date_edit.setFocus()
