"""The lock screen: what the main window shows whenever the vault is locked.

It asks for the passphrase and nothing else, and shows no client data or names. Unlocking runs in
the session's background task; a wrong passphrase is said under the field, and the typed text
stays there, selected, so it can simply be typed over. A hint under the button (the demo's
passphrase) stays for as long as the window lives: a lock or a sync does not take it away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from consultant_app.gui.forms.ui_unlock_page import Ui_UnlockPage
from consultant_app.gui.session import Session

_ERROR_STYLE = "color: #b00020;"
_CARD_STYLE = ("#card_frame { background: palette(base); border: 1px solid palette(mid);"
               " border-radius: 8px; }")


class UnlockPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self._reserve_space()
        self.ui.passphrase_edit.returnPressed.connect(self.unlock)
        self.ui.passphrase_edit.textChanged.connect(self._update_button)
        self.ui.unlock_button.clicked.connect(self.unlock)
        session.unlocked.connect(self._on_unlocked)
        session.unlock_failed.connect(self._on_failed)
        session.locked.connect(self._reset)
        # While the passphrase is typed, the vault's libraries load in the background.
        self.ui.passphrase_edit.textEdited.connect(
            session.prepare_unlock, type=Qt.ConnectionType.SingleShotConnection)
        self.set_hint("")
        self._reset()

    def set_hint(self, text: str) -> None:
        self.ui.hint_label.setText(text)
        self.ui.hint_label.setVisible(bool(text))

    def focus_passphrase(self) -> None:
        self.ui.passphrase_edit.setFocus()
        self.ui.passphrase_edit.selectAll()

    @property
    def busy(self) -> bool:
        return self._busy

    def unlock(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        if self._busy or not passphrase:
            return
        self._set_busy(True)
        self._show_status(self.tr("Bezig met ontgrendelen…"), error=False)
        self.session.unlock(passphrase)

    # -- session signals -----------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        self._reset()

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self._show_status(message, error=True)
        self.focus_passphrase()

    def _reset(self) -> None:
        self.ui.passphrase_edit.clear()
        self._set_busy(False)
        self._show_status("", error=False)

    # -- display -------------------------------------------------------------------------------
    def _reserve_space(self) -> None:
        self.ui.card_frame.setStyleSheet(_CARD_STYLE)
        self.ui.hint_label.setEnabled(False)  # greyed: a hint, not a message
        # Messages and the busy bar come and go without making the card jump.
        self.ui.status_label.setMinimumHeight(2 * self.ui.status_label.fontMetrics().height())
        policy = self.ui.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busy_bar.setSizePolicy(policy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.passphrase_edit.setEnabled(not busy)
        self.ui.busy_bar.setVisible(busy)
        self._update_button()

    def _update_button(self) -> None:
        self.ui.unlock_button.setEnabled(not self._busy and bool(self.ui.passphrase_edit.text()))

    def _show_status(self, text: str, *, error: bool) -> None:
        self.ui.status_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.ui.status_label.setText(text)
