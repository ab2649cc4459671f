"""The desktop session: the unlocked vault behind every screen, and locking it when away.

Screens never hold a Vault or CaseFile of their own; they ask the session for `casefile` each
time, because a lock closes the vault (and drops its key) and an unlock opens a new one. Locking
happens on demand (Ctrl+L) and after the idle time of the preferences: any key press, click or
wheel in the application counts as activity. Nothing about the open client is lost: the widgets
keep their state, only the vault goes away. Work off the GUI thread gets a vault connection of
its own (run_with_vault); the letters opened in Word (temp_copies) are removed on every lock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from consultant_app.core.errors import VaultError, error_text  # noqa: F401 (the screens import it from here)
from consultant_app.core.letters.pdf import sweep_work_folders
from consultant_app.core.preferences import Preferences
from consultant_app.gui.tasks import Progress, Task, run_in_background
from consultant_app.gui.temp_copies import TempCopies, sweep_leftovers

if TYPE_CHECKING:
    from consultant_app.core.casefile import CaseFile
    from consultant_app.core.vault.vault import Vault

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}

# = core.vault.vault's KEYS_NAME and DB_NAME (as in core.doctor). That module is not imported for
# a look at the folder: it brings sqlite-utils, SQLCipher and the crypto libraries, which the
# lock screen does not need; they are imported off the GUI thread (see prepare_unlock).
_VAULT_FILES = ("vault.keys", "vault.db")


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
        # Letters opened in Word: plain files, removed on every lock and when the app ends.
        self.temp_copies = TempCopies()
        sweep_leftovers()  # copies an earlier, killed run could not remove
        sweep_work_folders(self.data_dir)  # and LibreOffice's work of a killed run
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_idle_minutes(self.prefs.idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self.temp_copies.remove_all)

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
        """Vault.exists, without importing the vault's libraries (see _VAULT_FILES)."""
        return any((self.data_dir / name).exists() for name in _VAULT_FILES)

    # -- unlock / lock -------------------------------------------------------------------------
    def prepare_unlock(self) -> None:
        """Import the core's vault services off the GUI thread ahead of an unlock (the lock
        screen asks when the passphrase is being typed), so that the unlock waits only for the
        key derivation. An error is left for the unlock to report."""
        if "consultant_app.core.casefile" not in sys.modules:
            run_in_background(lambda progress: _import_vault_services(),
                              lambda _: None, lambda _: None)

    def unlock(self, passphrase: str) -> None:
        """Derive the key and open the vault off the GUI thread; emits unlocked or
        unlock_failed(message)."""
        data_dir = self.data_dir
        run_in_background(lambda progress: _unlock(data_dir, passphrase),
                          self.adopt, self._failed)

    def adopt(self, vault: Vault) -> None:
        """Take an already unlocked (or just created) vault as the session's."""
        from consultant_app.core.casefile import CaseFile

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
        self.temp_copies.remove_all()
        if self._vault is None:
            return
        vault, self._vault, self._casefile = self._vault, None, None
        vault.close()
        self.locked.emit()

    # -- background work with the vault ---------------------------------------------------------
    def run_with_vault(self, work: Callable[[Vault, Progress], Any],
                       on_success: Callable[[Any], None],
                       on_failure: Callable[[BaseException], None],
                       on_progress: Callable[[int], None] | None = None) -> Task:
        """run_in_background for work on the vault: `work(vault, progress)` gets a connection
        of its own (a SQLite connection belongs to one thread), opened in the worker with the
        unlocked vault's key and closed when the work ends. A result that arrives after a lock
        is not handed to the screens: on_failure gets VaultError("vault_locked") instead; long
        work that reports progress (a batch of letters) stops at its next report after a lock."""
        vault, data_dir = self.vault, self.data_dir
        key = bytearray(vault.data_key)

        def job(progress: Progress) -> Any:
            def report(value: int) -> None:
                if self._vault is not vault:
                    raise VaultError("vault_locked")
                progress(value)

            with _open_again(data_dir, key) as own:
                return work(own, report)

        def deliver(callback: Callable[[Any], None], value: Any) -> None:
            if self._vault is not vault:
                on_failure(VaultError("vault_locked"))
            else:
                callback(value)

        return run_in_background(job, lambda result: deliver(on_success, result),
                                 lambda error: deliver(on_failure, error), on_progress)

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


def _import_vault_services() -> None:
    """sqlite-utils, SQLCipher, the crypto libraries and the services on top: a few tenths of a
    second the first time, so only ever imported off the GUI thread; adopt needs CaseFile, and
    the sync banner asks SyncService for its status as soon as the vault is open."""
    import consultant_app.core.casefile  # noqa: F401
    import consultant_app.core.sync.service  # noqa: F401
    import consultant_app.core.vault.vault  # noqa: F401


def _open_again(data_dir: Path, key: bytearray) -> Vault:
    """A second connection to an unlocked vault; the key's copy is wiped once it is open."""
    from consultant_app.core.vault.keys import KeyFile
    from consultant_app.core.vault.vault import KEYS_NAME, Vault

    try:
        return Vault.open_with_key(data_dir, bytes(key), KeyFile.load(data_dir / KEYS_NAME))
    finally:
        key[:] = bytes(len(key))


def _unlock(data_dir: Path, passphrase: str) -> Vault:
    """Runs off the GUI thread, so the imports are done here when prepare_unlock has not."""
    _import_vault_services()
    from consultant_app.core.vault.vault import Vault

    return Vault.unlock(data_dir, passphrase)
