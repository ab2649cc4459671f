"""The desktop session: the unlocked vault behind every screen, and locking it when away.

The session holds the Workspace of the unlocked vault (core/workspace.py: its case file,
letters, sync and settings), or none. Screens never keep a workspace or a service of their own:
a lock closes the vault (and drops its key) and an unlock opens a new one. Screens do not call it
on the GUI thread either: their vault work runs as operations (gui/operations.py) on a workspace
of its own, and the session's `changed` signal tells every screen what kind of record a finished
operation changed. Locking happens on demand (Ctrl+L) and after the idle time of the preferences:
any key press, click or wheel in the application counts as activity. Nothing about the open
client is lost: the widgets keep their state, only the vault goes away. The letters opened in
Word (temp_copies) are removed on every lock.
"""

from __future__ import annotations

import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from consultant_app.core.errors import VaultError, error_text
from consultant_app.core.letters.pdf import sweep_work_folders
from consultant_app.core.preferences import Preferences
from consultant_app.gui.tasks import run_in_background
from consultant_app.gui.temp_copies import TempCopies, sweep_leftovers

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace

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
    changed = Signal(object)  # the OpChanges of a finished operation (gui/operations.py)

    def __init__(self, data_dir: Path, prefs: Preferences | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.prefs = prefs or Preferences.load(self.data_dir)
        # The interface language of this run: a changed preference applies from the next start,
        # for every text at once (Qt's translator and the core's messages alike).
        self.language = self.prefs.language
        # The spreekuur locations the desktop offers: the team's active locations (read from
        # the vault by the main window once unlocked) and this laptop's own names not among
        # them yet; until then the laptop's own list.
        self.location_names: list[str] = list(self.prefs.locations)
        self._workspace: Workspace | None = None
        self._keyring_backend: Any = None
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
            _activity(app).sessions.add(self)
            app.aboutToQuit.connect(self.temp_copies.remove_all)

    # -- state ---------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        """The unlocked vault's workspace; VaultError("vault_locked") when there is none.
        Its connection belongs to the GUI thread: vault work goes through gui/operations.py."""
        if self._workspace is None:
            raise VaultError("vault_locked")
        return self._workspace

    @property
    def keyring_backend(self) -> Any:
        """Replaces the OS credential store for sync logins (tests); every workspace of this
        session gets it (the operations' own workspaces are copies of the session's)."""
        return self._keyring_backend

    @keyring_backend.setter
    def keyring_backend(self, backend: Any) -> None:
        self._keyring_backend = backend
        if self._workspace is not None:
            self._workspace.keyring_backend = backend

    def is_current(self, workspace: Workspace) -> bool:
        """`workspace` is still the unlocked one (no lock, no other unlock since)."""
        return workspace is self._workspace

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

    def adopt(self, workspace: Workspace) -> None:
        """Take an already unlocked (or just created) vault's workspace as the session's."""
        if self._workspace is not None:
            self._workspace.close()
        if self.keyring_backend is not None:
            workspace.keyring_backend = self.keyring_backend
        self._workspace = workspace
        self._idle.start()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.unlock_failed.emit(error_text(error, self.language))

    def lock(self) -> None:
        """Close the vault and drop its key; screens show only the lock screen."""
        self._idle.stop()
        self.temp_copies.remove_all()
        if self._workspace is None:
            return
        workspace, self._workspace = self._workspace, None
        workspace.close()
        self.locked.emit()

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle.setInterval(max(1, int(minutes * 60_000)))

    def set_idle_interval_ms(self, milliseconds: int) -> None:
        """For tests and demos: a lock after a short time."""
        self._idle.setInterval(milliseconds)
        if self._workspace is not None:
            self._idle.start()

    def note_activity(self) -> None:
        """A key press, click or wheel somewhere in the application: the idle time starts over."""
        if self._workspace is not None:
            self._idle.start()


class _Activity(QObject):
    """The one filter on the application that tells every session of activity. Sessions are
    held weakly and the filter lives as long as the application: a session that goes away
    leaves no filter of its own behind (a filter object that Python collected while Qt still
    called it was seen to receive the events of another object)."""

    def __init__(self, app: QObject):
        super().__init__(app)
        self.sessions: weakref.WeakSet[Session] = weakref.WeakSet()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _ACTIVITY:
            for session in list(self.sessions):
                session.note_activity()
        return False


def _activity(app: QObject) -> _Activity:
    found = getattr(app, "_spreekuur_activity", None)
    if found is None:
        found = _Activity(app)
        app._spreekuur_activity = found  # type: ignore[attr-defined]
    return found


def _import_vault_services() -> None:
    """sqlite-utils, SQLCipher, the crypto libraries and the services on top: a few tenths of a
    second the first time, so only ever imported off the GUI thread."""
    from consultant_app.core.workspace import Workspace

    Workspace.preload()


def _unlock(data_dir: Path, passphrase: str) -> Workspace:
    """Runs off the GUI thread, so the imports are done here when prepare_unlock has not."""
    _import_vault_services()
    from consultant_app.core.workspace import Workspace

    return Workspace.unlock(data_dir, passphrase)
