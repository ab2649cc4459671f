"""Geweigerde wijzigingen: the changes the registry would not take, with its reason in words.
They stay on the laptop (the core keeps their whole content); this screen only lists them, so
the consultant can tell beheer what happened.

The list names clients, so it is emptied on a lock and read again on unlock, and whenever the
session says the sync state changed (a sync brings new refusals).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from consultant_app.gui.forms.ui_refused_dialog import Ui_RefusedDialog
from consultant_app.gui.models.refused_model import RefusedModel
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session


class RefusedDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_RefusedDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RefusedModel(session.language, self)
        ui.refused_table.setModel(self.model)
        ui.refused_table.verticalHeader().hide()
        # Every column as wide as its text (a client id is long); the reason takes what is left.
        header = ui.refused_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.button_box.rejected.connect(self.reject)
        session.locked.connect(self._clear)
        session.unlocked.connect(self.reload)
        session.changed.connect(self._changed)
        self._latest = Latest()
        self.reload()

    def _changed(self, changes: OpChanges) -> None:
        if changes.sync:
            self.reload()

    def reload(self) -> None:
        latest = self._latest.ticket()
        if not self.session.is_unlocked:
            self._clear()
            return
        run_op(self, lambda workspace: workspace.sync.rejected(),
               on_success=latest(self._show), on_failure=lambda _: None)

    def _show(self, refused: list) -> None:
        self.model.set_refused(refused)
        self.ui.empty_label.setVisible(self.model.rowCount() == 0)

    def _clear(self) -> None:
        self.model.set_refused([])
        self.ui.empty_label.hide()

    def done(self, result: int) -> None:  # noqa: N802 (Qt override)
        super().done(result)
        self._clear()
        self.deleteLater()
