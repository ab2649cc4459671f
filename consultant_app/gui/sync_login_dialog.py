"""Logging in to the office's registry: its address, the user name and the password (and a CA
file when the office uses its own certificates). The login runs in the background; afterwards
the dialog says where the token was put: the system keyring, or, when this computer has none,
encrypted inside the vault. The password itself is never kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from consultant_app.core.errors import error_text
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.forms.ui_sync_login_dialog import Ui_SyncLoginDialog
from consultant_app.gui.operations import OpChanges
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog


class SyncLoginDialog(WorkDialog):
    logged_in = Signal(str)  # where the token is kept: "keyring" or "vault"

    def __init__(self, session: Session, *, server: str | None = None, user: str | None = None,
                 ca_file: str | None = None, then_sync: bool = False, again: bool = False,
                 parent: QWidget | None = None):
        super().__init__(session, parent)
        self.then_sync = then_sync
        self.store: str | None = None
        self.ui = Ui_SyncLoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.ok_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Inloggen"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren"))
        if again:
            ui.intro_label.setText(self.tr(
                "De centrale registratie vraagt je opnieuw in te loggen: de vorige login is "
                "verlopen of ingetrokken. Er is niets verloren."))
        ui.server_edit.setText(server or "")
        ui.user_edit.setText(user or "")
        ui.ca_file_edit.setText(ca_file or "")
        show(ui.status_label, "")
        ui.button_box.accepted.connect(self._ok)
        ui.button_box.rejected.connect(self.reject)
        ui.ca_file_button.clicked.connect(self.choose_ca_file)
        self.busy.connect(self._busy)
        session.locked.connect(ui.password_edit.clear)  # someone else may unlock it later
        first_empty = next((edit for edit in (ui.server_edit, ui.user_edit, ui.password_edit)
                            if not edit.text()), ui.password_edit)
        first_empty.setFocus()

    def _ok(self) -> None:
        if self.store is not None:
            self.accept()  # logged in: on to the sync (or just closed)
        else:
            self.login()

    def login(self) -> None:
        ui = self.ui
        server, user = ui.server_edit.text().strip(), ui.user_edit.text().strip()
        password = ui.password_edit.text()
        ca_text = ui.ca_file_edit.text().strip()
        if not (server and user and password):
            self._error(self.tr("Vul het adres, je gebruikersnaam en je wachtwoord in."))
            return
        if self.is_busy():
            return
        ca_file = Path(ca_text).expanduser() if ca_text else None

        def work(workspace) -> str:
            return workspace.sync.login(server, user, password, ca_file=ca_file)

        ui.status_label.setStyleSheet("")
        show(ui.status_label, self.tr("Bezig met inloggen…"))
        self.run(work, self._done, self._failed, changes=OpChanges(sync=True, settings=True))

    def _done(self, store: str) -> None:
        ui = self.ui
        self.store = store
        ui.password_edit.clear()
        for widget in (ui.server_edit, ui.user_edit, ui.password_edit, ui.ca_file_edit,
                       ui.ca_file_button):
            widget.setEnabled(False)
        if store == "keyring":
            where = self.tr("Het token staat in de sleutelbos van het systeem.")
        else:
            where = self.tr("Deze computer heeft geen sleutelbos: het token staat versleuteld "
                            "in de kluis.")
        ui.status_label.setStyleSheet("")
        show(ui.status_label, self.tr("Ingelogd als %1.").replace("%1", ui.user_edit.text())
             + " " + where)
        self.ok_button.setText(self.tr("Synchroniseren") if self.then_sync else self.tr("Sluiten"))
        cancel = ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Niet nu"))
        cancel.setVisible(self.then_sync)
        self.ok_button.setFocus()
        self.logged_in.emit(store)

    def _failed(self, error: BaseException) -> None:
        self.ui.password_edit.selectAll()
        self.ui.password_edit.setFocus()
        self._error(error_text(error, self.session.language))

    def _error(self, text: str) -> None:
        self.ui.status_label.setStyleSheet(ERROR_STYLE)
        show(self.ui.status_label, text)

    def _busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        if self.store is None:
            for widget in (self.ui.server_edit, self.ui.user_edit, self.ui.password_edit):
                widget.setEnabled(not busy)

    def choose_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-bestand van de centrale registratie"), self.ui.ca_file_edit.text(),
            self.tr("Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)"))
        if name:
            self.ui.ca_file_edit.setText(name)

    def release(self) -> None:
        self.ui.password_edit.clear()
