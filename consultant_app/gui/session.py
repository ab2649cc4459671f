"""The desktop session: the unlocked vault behind every screen, and locking it when away.

Screens never hold a Vault or CaseFile of their own; they ask the session for `casefile` each
time, because a lock closes the vault (and drops its key) and an unlock opens a new one. Locking
happens on demand (Ctrl+L) and after the idle time of the preferences: any key press, click or
wheel in the application counts as activity. Nothing about the open client is lost: the widgets
keep their state, only the vault goes away.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from consultant_app.core.casefile import CaseFile
from consultant_app.core.errors import ConsultantAppError, VaultError
from consultant_app.core.preferences import Preferences
from consultant_app.core.vault.database import DatabaseError, as_vault_error
from consultant_app.core.vault.vault import Vault
from consultant_app.gui.tasks import run_in_background

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


def error_text(error: BaseException, language: str) -> str:
    """What the user reads for an error of the core (translated), or a plain last resort."""
    if isinstance(error, DatabaseError):
        error = as_vault_error(error)
    if isinstance(error, ConsultantAppError):
        return error.message(language)
    if isinstance(error, OSError):
        from consultant_app.core.fileio import storage_error
        return storage_error(error).message(language)
    return ConsultantAppError("internal", kind=type(error).__name__).message(language)


class Session(QObject):
    """Owns the unlocked vault (or none), the preferences, and the idle lock."""

    locked = Signal()
    unlocked = Signal()
    unlock_failed = Signal(str)

    def __init__(self, data_dir: Path, prefs: Preferences | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.prefs = prefs or Preferences.load(self.data_dir)
        # The interface language of this run: a changed preference applies from the next start,
        # for every text at once (Qt's translator and the core's messages alike).
        self.language = self.prefs.language
        self._vault: Vault | None = None
        self._casefile: CaseFile | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_idle_minutes(self.prefs.idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- state ---------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultError("vault_locked")
        return self._vault

    @property
    def casefile(self) -> CaseFile:
        if self._casefile is None:
            raise VaultError("vault_locked")
        return self._casefile


    def vault_exists(self) -> bool:
        return Vault.exists(self.data_dir)

    # -- unlock / lock -------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        """Derive the key and open the vault off the GUI thread; emits unlocked or
        unlock_failed(message)."""
        data_dir = self.data_dir
        run_in_background(lambda progress: Vault.unlock(data_dir, passphrase),
                          self.adopt, self._failed)

    def adopt(self, vault: Vault) -> None:
        """Take an already unlocked (or just created) vault as the session's."""
        if self._vault is not None:
            self._vault.close()
        self._vault, self._casefile = vault, CaseFile(vault)
        self._idle.start()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.unlock_failed.emit(error_text(error, self.language))

    def lock(self) -> None:
        """Close the vault and drop its key; screens show only the lock screen."""
        self._idle.stop()
        if self._vault is None:
            return
        vault, self._vault, self._casefile = self._vault, None, None
        vault.close()
        self.locked.emit()

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle.setInterval(max(1, int(minutes * 60_000)))

    def set_idle_interval_ms(self, milliseconds: int) -> None:
        """For tests and demos: a lock after a short time."""
        self._idle.setInterval(milliseconds)
        if self._vault is not None:
            self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._vault is not None and event.type() in _ACTIVITY:
            self._idle.start()
        return False
