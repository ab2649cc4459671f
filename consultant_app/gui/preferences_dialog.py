"""Preferences of this laptop (idle lock, default location, the list of spreekuur locations,
interface language) and, while the vault is unlocked, the settings that live inside the vault:
the organisation's BSN policy (an administrator's setting rather than a personal one) and after
how many days without a sync the banner warns (it travels with the vault, like the sync state).
Those are read and written through the workspace's typed settings, as operations: their group
shows once they are read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from consultant_app.core.errors import ConsultantAppError, error_text
from consultant_app.core.preferences import (
    MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences,
)
from consultant_app.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from consultant_app.gui.operations import OpChanges, run_op
from consultant_app.gui.session import Session

# Language names are written in their own language, so they are never translated.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))
_ERROR_STYLE = "color: #b00020;"
VAULT_SETTINGS = ("store_bsn", "sync_warn_days")  # the ones this dialog shows


class PreferencesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stored: dict[str, Any] = {}  # the vault settings as read, once they are
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.ui.idle_spin.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        for code, name in LANGUAGE_NAMES:
            self.ui.language_combo.addItem(name, code)
        self._load(session.prefs)
        self._connect()
        self._update_vault_groups()

    def _connect(self) -> None:
        ui = self.ui
        ui.add_location_button.clicked.connect(self.add_location)
        ui.new_location_edit.returnPressed.connect(self.add_location)
        ui.new_location_edit.textChanged.connect(self._update_buttons)
        ui.rename_location_button.clicked.connect(self._rename_location)
        ui.remove_location_button.clicked.connect(self.remove_location)
        ui.locations_list.itemChanged.connect(self._location_edited)
        ui.locations_list.currentRowChanged.connect(self._update_buttons)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.session.locked.connect(self._update_vault_groups)
        self.session.unlocked.connect(self._update_vault_groups)

    def _load(self, prefs: Preferences) -> None:
        self.ui.idle_spin.setValue(round(prefs.idle_minutes))
        language = self.ui.language_combo.findData(prefs.language)
        self.ui.language_combo.setCurrentIndex(max(0, language))
        for name in prefs.locations:
            self._append_location(name)
        self._fill_default_combo(prefs.default_location)
        if self.ui.locations_list.count():
            self.ui.locations_list.setCurrentRow(0)

    # -- locations -----------------------------------------------------------------------------
    def locations(self) -> list[str]:
        names = (self.ui.locations_list.item(i).text().strip()
                 for i in range(self.ui.locations_list.count()))
        return list(dict.fromkeys(name for name in names if name))

    def _append_location(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.locations_list.addItem(item)
        return item

    def add_location(self) -> None:
        name = " ".join(self.ui.new_location_edit.text().split())
        if not name:
            return
        if name not in self.locations():
            self._append_location(name)
            self._fill_default_combo(self.ui.default_location_combo.currentText())
        matches = self.ui.locations_list.findItems(name, Qt.MatchFlag.MatchExactly)
        self.ui.locations_list.setCurrentItem(matches[0])
        self.ui.new_location_edit.clear()

    def _rename_location(self) -> None:
        item = self.ui.locations_list.currentItem()
        if item is not None:
            self.ui.locations_list.editItem(item)

    def remove_location(self) -> None:
        row = self.ui.locations_list.currentRow()
        if row < 0 or self.ui.locations_list.count() <= 1:
            return  # at least one location stays: the spreekuur bar needs one
        self.ui.locations_list.takeItem(row)
        self._fill_default_combo(self.ui.default_location_combo.currentText())
        self._update_buttons()

    def _location_edited(self, item: QListWidgetItem) -> None:
        # A renamed default location stays the default under its new name.
        previous = self.ui.default_location_combo.currentText()
        names = self.locations()
        keep = previous if previous in names else None
        if keep is None and item.text().strip():
            keep = item.text().strip()
        self._fill_default_combo(keep)

    def _fill_default_combo(self, selected: str | None) -> None:
        combo = self.ui.default_location_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(self.locations())
        combo.setCurrentIndex(max(0, combo.findText(selected or "")))
        combo.blockSignals(False)

    def _update_buttons(self) -> None:
        ui = self.ui
        has_row = ui.locations_list.currentRow() >= 0
        ui.rename_location_button.setEnabled(has_row)
        ui.remove_location_button.setEnabled(has_row and ui.locations_list.count() > 1)
        ui.add_location_button.setEnabled(bool(ui.new_location_edit.text().strip()))

    # -- settings in the vault -------------------------------------------------------------------
    def _update_vault_groups(self) -> None:
        self._show_vault_settings({})
        if self.session.is_unlocked:
            run_op(self, lambda workspace: {
                key: workspace.settings.get(key) for key in VAULT_SETTINGS},
                on_success=self._show_vault_settings, on_failure=lambda _: None)
        self._update_buttons()

    def _show_vault_settings(self, stored: dict[str, Any]) -> None:
        self._stored = stored
        self.ui.bsn_group.setVisible(bool(stored))
        self.ui.sync_group.setVisible(bool(stored))
        if stored:
            self.ui.store_bsn_check.setChecked(stored["store_bsn"])
            self.ui.warn_days_spin.setValue(stored["sync_warn_days"])

    # -- saving --------------------------------------------------------------------------------
    def preferences(self) -> Preferences:
        """The preferences as shown in the dialog (normalised, not yet saved); what the dialog
        does not show (how the windows were left) stays as it was."""
        return replace(
            self.session.prefs, idle_minutes=float(self.ui.idle_spin.value()),
            default_location=self.ui.default_location_combo.currentText(),
            language=self.ui.language_combo.currentData(),
            locations=self.locations(),
        ).normalised()

    def save(self) -> None:
        prefs = self.preferences()
        try:
            prefs.save(self.session.data_dir)
        except (ConsultantAppError, OSError) as error:
            self._failed(error)
            return
        shown = {"store_bsn": self.ui.store_bsn_check.isChecked(),
                 "sync_warn_days": self.ui.warn_days_spin.value()}
        changed = {key: value for key, value in shown.items()
                   if self._stored and value != self._stored[key]}
        if not changed:
            self._saved(prefs)
            return
        run_op(self, lambda workspace: workspace.settings.set_many(changed),
               changes=OpChanges(settings=True), on_success=lambda _: self._saved(prefs),
               on_failure=self._failed)

    def _saved(self, prefs: Preferences) -> None:
        self.session.prefs = prefs
        self.session.set_idle_minutes(prefs.idle_minutes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.error_label.setStyleSheet(_ERROR_STYLE)
        self.ui.error_label.setText(error_text(error, self.session.language))
