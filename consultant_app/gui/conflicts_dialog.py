"""Conflicten bekijken: every field that was changed here and by a colleague from the same base,
one at a time, with the value before both changes, "Mijn waarde" and "Waarde van collega" side
by side; the consultant keeps one of the two. Until then the file shows the colleague's value
(the registry's). Keeping mine writes it as a new change, sent with the next sync.

The list names clients, so it is emptied on a lock and read again on unlock, and whenever the
session says the sync state changed (a sync, a conflict settled). Reads and the choice run as
operations (gui/operations.py).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget,
)

from consultant_app.core.errors import error_text
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session
from consultant_app.gui.sync_texts import field_label, readable_value

if TYPE_CHECKING:
    from consultant_app.core.domain.records import Conflict

MINE, THEIRS = "mine", "theirs"


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # the id of the conflict just settled

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.conflicts: list[Conflict] = []
        self._latest = Latest()
        self._select = 0
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.conflicts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.conflicts_table.verticalHeader().hide()
        ui.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.button_box.rejected.connect(self.reject)
        ui.conflicts_table.currentCellChanged.connect(lambda *_: self._show_current())
        ui.keep_mine_button.clicked.connect(lambda: self.keep(MINE))
        ui.keep_theirs_button.clicked.connect(lambda: self.keep(THEIRS))
        session.locked.connect(self._clear)
        session.unlocked.connect(self.reload)
        session.changed.connect(self._changed)
        show(ui.status_label, "")
        self.reload()

    # -- the list --------------------------------------------------------------------------------
    def _changed(self, changes: OpChanges) -> None:
        if changes.sync:
            self.reload(select=self._select)

    def reload(self, select: int = 0) -> None:
        latest = self._latest.ticket()
        if not self.session.is_unlocked:
            self._clear()
            return

        def failed(error: BaseException) -> None:
            self.ui.status_label.setStyleSheet(ERROR_STYLE)
            show(self.ui.status_label, error_text(error, self.session.language))

        run_op(self, lambda workspace: workspace.sync.conflicts(),
               on_success=latest(lambda conflicts: self._show(conflicts, select)),
               on_failure=latest(failed))

    def _show(self, conflicts: list[Conflict], select: int) -> None:
        # Client by client, so all clashes in one file are settled together.
        self.conflicts = sorted(conflicts, key=lambda c: (
            c.client_name or "", c.client_id or "", field_label(c.entity, c.field)))
        table = self.ui.conflicts_table
        table.blockSignals(True)
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            name = conflict.client_name or self.tr("(cliënt niet meer aanwezig)")
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(field_label(conflict.entity, conflict.field)))
        table.blockSignals(False)
        if self.conflicts:
            table.setCurrentCell(min(select, len(self.conflicts) - 1), 0)
        self._show_current()

    def current(self) -> Conflict | None:
        row = self.ui.conflicts_table.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self) -> None:
        ui, conflict = self.ui, self.current()
        for button in (ui.keep_mine_button, ui.keep_theirs_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            for edit in (ui.base_text, ui.mine_text, ui.theirs_text):
                edit.clear()
            ui.detail_label.setText(self.tr("Geen open conflicten.") if self.session.is_unlocked
                                    else "")
            return
        name = conflict.client_name or self.tr("(cliënt niet meer aanwezig)")
        ui.detail_label.setText(f"<b>{html.escape(name)}</b> — "
                                f"{html.escape(field_label(conflict.entity, conflict.field))}")
        language = self.session.language
        ui.base_text.setPlainText(readable_value(conflict.field, conflict.base, language))
        ui.mine_text.setPlainText(readable_value(conflict.field, conflict.mine, language))
        ui.theirs_text.setPlainText(readable_value(conflict.field, conflict.theirs, language))

    # -- choosing --------------------------------------------------------------------------------
    def keep(self, which: str) -> None:
        conflict, row = self.current(), self.ui.conflicts_table.currentRow()
        if conflict is None or not self.session.is_unlocked:
            return
        conflict_id = conflict.id

        def failed(error: BaseException) -> None:
            self.ui.status_label.setStyleSheet(ERROR_STYLE)
            show(self.ui.status_label, error_text(error, self.session.language))

        def settled(_: object) -> None:
            self.ui.status_label.setStyleSheet("")
            show(self.ui.status_label,
                 self.tr("Je eigen waarde blijft; ze gaat mee met de volgende synchronisatie.")
                 if which == MINE else self.tr("De waarde van je collega blijft."))
            self._select = row  # the list is read again for the change, near where it was
            self.resolved.emit(conflict_id)

        for button in (self.ui.keep_mine_button, self.ui.keep_theirs_button):
            button.setEnabled(False)  # one choice at a time; the list read again enables them
        # A kept value is a change of the client's file (and waits for the next sync).
        run_op(self,
               lambda workspace: workspace.sync.resolve(conflict_id, keep=which),
               changes=OpChanges(sync=True, clients=True), on_success=settled,
               on_failure=lambda error: (failed(error), self._show_current()))

    def _clear(self) -> None:
        self.conflicts = []
        self.ui.conflicts_table.setRowCount(0)
        self.ui.detail_label.clear()
        show(self.ui.status_label, "")
        for edit in (self.ui.base_text, self.ui.mine_text, self.ui.theirs_text):
            edit.clear()

    def done(self, result: int) -> None:  # noqa: N802 (Qt override)
        super().done(result)
        self._clear()
        self.deleteLater()
