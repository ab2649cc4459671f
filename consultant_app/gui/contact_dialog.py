"""Registering a contact in a few keystrokes: today's date and the spreekuur's location are
filled in, focus starts on the kind of contact, Enter saves and Esc cancels.

Kinds, channels and topics show Dutch labels and store the codes of core.domain.vocabulary.
The dialog saves as an operation at the moment Enter is pressed (on the vault unlocked then: a
lock in between brings a new one); a refusal of the core is shown in the dialog, nothing typed
is lost. The contacts tab and the spreekuur bar see the new contact through the session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from consultant_app.core.domain.vocabulary import CHANNELS, CONTACT_KINDS, TOPICS
from consultant_app.core.errors import error_text
from consultant_app.gui import client_file_combos as combos
from consultant_app.gui.client_file_errors import ErrorLabels, field_errors
from consultant_app.gui.dates import parse_date, short_date
from consultant_app.gui.forms.ui_contact_dialog import Ui_ContactDialog
from consultant_app.gui.models.contacts_model import (
    CHANNEL_LABELS, KIND_LABELS, TOPIC_LABELS, label,
)
from consultant_app.gui.operations import OpChanges, run_op
from consultant_app.gui.session import Session

TOPIC_COLUMNS = 2
DEFAULT_MINUTES = 30


class ContactDialog(QDialog):
    def __init__(self, session: Session, client_id: str, current_location: Callable[[], str],
                 parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.session, self.client_id = session, client_id
        self.contact_id: str | None = None
        self._saving = False
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.topic_checks: dict[str, QCheckBox] = {}
        self._fill(current_location(), language)
        self.errors = ErrorLabels(self, self.ui.general_error, lambda: session.language,
                                  lambda _table, index: index)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setDefault(True)  # Enter anywhere in the dialog saves
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.kind_combo.setFocus()

    def _fill(self, location: str, language: str | None) -> None:
        ui = self.ui
        for code in CONTACT_KINDS:
            ui.kind_combo.addItem(label(KIND_LABELS, code), code)
        for code in CHANNELS:
            ui.channel_combo.addItem(label(CHANNEL_LABELS, code), code)
        ui.channel_combo.setCurrentIndex(max(ui.channel_combo.findData("spreekuur"), 0))
        previous: QWidget = ui.kind_combo
        for i, code in enumerate(TOPICS):
            check = QCheckBox(label(TOPIC_LABELS, code), ui.topics_box)
            check.setObjectName(f"topic_{code}_check")
            ui.topics_layout.addWidget(check, i // TOPIC_COLUMNS, i % TOPIC_COLUMNS)
            self.setTabOrder(previous, check)
            previous = check
            self.topic_checks[code] = check
        self.setTabOrder(previous, ui.duration_spin)
        ui.duration_spin.setValue(DEFAULT_MINUTES)
        combos.fill_languages(ui.language_combo)
        combos.set_language(ui.language_combo, language)
        ui.date_edit.setText(short_date(date.today(), self.session.language))
        ui.location_combo.setInsertPolicy(ui.location_combo.InsertPolicy.NoInsert)
        ui.location_combo.addItems(self.session.location_names)
        ui.location_combo.setCurrentText(location)

    def data(self) -> dict[str, Any]:
        """The contact as docs/schema.md describes it; empty optional fields left out."""
        ui = self.ui
        values = {
            "date": parse_date(ui.date_edit.text(), self.session.language) or "",
            "kind": ui.kind_combo.currentData(),
            "location": ui.location_combo.currentText().strip(),
            "channel": ui.channel_combo.currentData(),
            "topics": [code for code, check in self.topic_checks.items() if check.isChecked()],
            "duration_minutes": ui.duration_spin.value(),
            "language": combos.language_value(ui.language_combo),
            "interpreter": ui.interpreter_check.isChecked(),
        }
        return {k: v for k, v in values.items() if v not in (None, "", [])}

    def save(self) -> None:
        if self._saving:  # Enter pressed again while the first one is stored
            return
        try:
            client_id, data = self.client_id, self.data()
        except Exception as error:  # noqa: BLE001 - shown in the dialog, which stays open
            self._refused(error)
            return
        self._saving = True
        run_op(self, lambda workspace: workspace.casefile.add_contact(client_id, data),
               changes=OpChanges(contacts=True), on_success=self._saved,
               on_failure=self._refused)

    def _saved(self, contact_id: str) -> None:
        self._saving = False
        self.contact_id = contact_id
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        errors = field_errors(error)
        if errors is None:
            self.errors.show_general(error_text(error, self.session.language))
        else:
            self.errors.show_errors(errors)
