"""First-run set-up: the consultant's name, a passphrase with a strength meter and the office's
optional recovery key; creating the vault (an Argon2id calibration of a few seconds) runs in the
background while the dialog stays responsive, and errors are shown in the dialog with nothing
typed lost.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from consultant_app.core.domain.validation import MIN_PASSPHRASE_CHARS
from consultant_app.core.errors import VaultError, error_text
from consultant_app.gui.forms.ui_setup_dialog import Ui_SetupDialog
from consultant_app.gui.session import Session
from consultant_app.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace

TOO_SHORT, WEAK, FAIR, STRONG = range(4)
_BAR_VALUES = {WEAK: 40, FAIR: 70, STRONG: 100}
_BAR_COLOURS = {TOO_SHORT: "#c0392b", WEAK: "#d35400", FAIR: "#d4a017", STRONG: "#27ae60"}
_ERROR_STYLE = "color: #b00020;"
_HINT_STYLE = "color: palette(mid);"


def passphrase_strength(text: str) -> int:
    """A simple, honest estimate (no dictionary): length counts most, then separate words and
    character classes; a handful of distinct characters repeated is weak whatever its length."""
    if len(text) < MIN_PASSPHRASE_CHARS:
        return TOO_SHORT
    if len(set(text.casefold())) < 6:
        return WEAK
    classes = sum((
        any(c.islower() for c in text), any(c.isupper() for c in text),
        any(c.isdigit() for c in text), any(not c.isalnum() for c in text),
    ))
    words = len([w for w in re.split(r"[\W_]+", text) if len(w) >= 2])
    if len(text) >= 28 or (len(text) >= 20 and (words >= 4 or classes >= 3)):
        return STRONG
    if len(text) >= 16 or classes >= 3 or words >= 3:
        return FAIR
    return WEAK


class SetupDialog(QDialog):
    """Creates the vault in `session.data_dir` and hands it to the session (which unlocks)."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 kdf: Any = None):
        super().__init__(parent)
        self.session = session
        # KdfParams of the key file; None: calibrate on this machine (tests pass the floor ones)
        self._kdf = kdf
        self._recovery_pem: bytes | None = None
        self._recovery_error = ""
        self._task: Task | None = None
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.create_button = self.ui.button_box.addButton(
            self.tr("Kluis aanmaken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create_button")
        self.create_button.setDefault(True)
        self._connect()
        self._set_busy(False)
        self._refresh()
        self.resize(self.width(), self.sizeHint().height())

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.name_edit, ui.passphrase_edit, ui.repeat_edit):
            edit.textChanged.connect(self._refresh)
        ui.show_passphrase_check.toggled.connect(self._show_passphrase)
        ui.choose_recovery_button.clicked.connect(self._choose_recovery_key)
        ui.clear_recovery_button.clicked.connect(self.clear_recovery_key)
        ui.button_box.accepted.connect(self._create)
        ui.button_box.rejected.connect(self.reject)

    # -- state ---------------------------------------------------------------------------------
    def problem(self) -> str:
        """What still stands in the way of creating the vault, or "" when all is fine."""
        passphrase = self.ui.passphrase_edit.text()
        if not self.ui.name_edit.text().strip():
            return self.tr("Vul je naam in.")
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            return self.tr("De wachtwoordzin is te kort: minimaal {minimum} tekens, nu {count}.") \
                .format(minimum=MIN_PASSPHRASE_CHARS, count=len(passphrase))
        if not self.ui.repeat_edit.text():
            return self.tr("Herhaal de wachtwoordzin ter controle.")
        if self.ui.repeat_edit.text() != passphrase:
            return self.tr("De herhaling komt niet overeen met de wachtwoordzin.")
        if self._recovery_error:
            return self.tr("Kies een bruikbare herstelsleutel of wis de keuze.")
        return ""

    def _refresh(self) -> None:
        self._show_strength(passphrase_strength(self.ui.passphrase_edit.text()))
        self._show_problem(self.problem(), error=False)
        self.create_button.setEnabled(not self.problem() and self._task is None)

    def _show_strength(self, level: int) -> None:
        length = len(self.ui.passphrase_edit.text())
        value = _BAR_VALUES.get(level, int(25 * length / MIN_PASSPHRASE_CHARS))
        self.ui.strength_bar.setValue(value)
        self.ui.strength_bar.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            " max-height: 10px; background: palette(base); }"
            f" QProgressBar::chunk {{ background: {_BAR_COLOURS[level]}; }}")
        self.ui.strength_label.setText(self._strength_text(level))

    def _strength_text(self, level: int) -> str:
        return {TOO_SHORT: self.tr("te kort"), WEAK: self.tr("zwak"),
                FAIR: self.tr("redelijk"), STRONG: self.tr("sterk")}[level]

    def _show_problem(self, text: str, *, error: bool) -> None:
        self.ui.problem_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.ui.problem_label.setText(text)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphrase_edit.setEchoMode(mode)
        self.ui.repeat_edit.setEchoMode(mode)

    # -- recovery key --------------------------------------------------------------------------
    def _choose_recovery_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Herstelsleutel van kantoor kiezen"), str(Path.home()),
            self.tr("PEM-sleutel (*.pem);;Alle bestanden (*)"))
        if path:
            self.set_recovery_key_file(Path(path))

    def set_recovery_key_file(self, path: Path) -> None:
        """Read and check the office's public key now, so a wrong file is explained at once."""
        self.ui.recovery_path_edit.setText(str(path))
        self._recovery_pem, self._recovery_error = None, ""
        from consultant_app.core.workspace import recovery_key_fingerprint

        try:
            pem = Path(path).read_bytes()
            fingerprint = recovery_key_fingerprint(pem)
        except OSError:
            self._recovery_error = error_text(VaultError("recovery_key_unreadable"),
                                              self.session.language)
        except VaultError as error:
            self._recovery_error = error_text(error, self.session.language)
        else:
            self._recovery_pem = pem
        if self._recovery_error:
            self.ui.recovery_status_label.setStyleSheet(_ERROR_STYLE)
            self.ui.recovery_status_label.setText(self._recovery_error)
        else:
            grouped = " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))
            self.ui.recovery_status_label.setStyleSheet("")
            self.ui.recovery_status_label.setText(
                self.tr("Herstelsleutel gelezen. Vingerafdruk (vergelijk met kantoor): {fp}")
                .format(fp=grouped))
        self._refresh()

    def clear_recovery_key(self) -> None:
        self._recovery_pem, self._recovery_error = None, ""
        self.ui.recovery_path_edit.clear()
        self.ui.recovery_status_label.clear()
        self._refresh()

    # -- creating ------------------------------------------------------------------------------
    def _create(self) -> None:
        if self.problem() or self._task is not None:
            return
        data_dir, kdf, pem = self.session.data_dir, self._kdf, self._recovery_pem
        consultant = self.ui.name_edit.text().strip()
        organisation = self.ui.organisation_edit.text().strip() or None
        passphrase = self.ui.passphrase_edit.text()

        def work(progress):
            from consultant_app.core.workspace import Workspace

            return Workspace.create(data_dir, consultant, passphrase, recovery_public_pem=pem,
                                    kdf=kdf, organisation=organisation)

        self._task = run_in_background(work, self._created, self._failed)
        self._set_busy(True)

    def _created(self, workspace: Workspace) -> None:
        self._task = None
        self.session.adopt(workspace)
        self.ui.passphrase_edit.clear()
        self.ui.repeat_edit.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self._refresh()
        self._show_problem(error_text(error, self.session.language), error=True)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.consultant_group, self.ui.passphrase_group, self.ui.recovery_group):
            widget.setEnabled(not busy)
        self.ui.busy_bar.setVisible(busy)
        self.ui.busy_label.setVisible(busy)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.create_button.setEnabled(not busy and not self.problem())
        if busy:
            self.ui.problem_label.clear()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        # Closing while the vault is being written would leave the result without an owner.
        if not self.busy:
            super().reject()
