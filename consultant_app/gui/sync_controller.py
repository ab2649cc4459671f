"""Sync in the desktop app: the "Synchronisatie" menu (F5), the banner at the top of the main
window, and the screens around a sync (login, receipt, conflicts, refused changes).

A sync runs off the GUI thread as an operation (gui/operations.py): the worker uses the sync
service of its own workspace, and its progress (push, pull, check) comes back through a queued
signal, so the window stays usable and only the GUI thread touches widgets. The banner reads
the sync state again whenever the session says something that waits to be synced changed.
A sync that finds no login (not_logged_in, login_required) asks for one and then continues; any
other failure is shown translated in the banner, and nothing is lost (the core resumes). A lock
stops a running sync at its next progress report; it resumes with the next one.

`keyring_backend` replaces the OS keyring (tests); the session hands it to every workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from consultant_app.core.errors import SyncError, VaultError, error_text
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session
from consultant_app.gui.dates import number_text
from consultant_app.gui.sync_banner import SyncBanner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from consultant_app.core.sync.service import Receipt, SyncStatus
    from consultant_app.core.workspace import Workspace
    from consultant_app.gui.conflicts_dialog import ConflictsDialog
    from consultant_app.gui.refused_dialog import RefusedDialog
    from consultant_app.gui.sync_login_dialog import SyncLoginDialog
    from consultant_app.gui.sync_receipt_dialog import SyncReceiptDialog

LOGIN_CODES = ("not_logged_in", "login_required")
REFRESH_MS = 60_000  # the day count moves on, and changes made in other screens show up
STATUS_MS = 15_000


class SyncController(QObject):
    synced = Signal(object)  # the Receipt of a finished sync
    failed = Signal(str)  # the translated reason a sync did not finish
    progressed = Signal(str, int, object)  # (stage, done, total): sent by the worker, queued

    def __init__(self, session: Session, window: QMainWindow, *,
                 keyring_backend: Any | None = None):
        super().__init__(window)
        self.session, self.window = session, window
        self.keyring_backend = keyring_backend
        self._latest = Latest()
        self._opening_login = False
        self.banner = SyncBanner(session.language, window)
        window.ui.banner_layout.addWidget(self.banner)
        self.running = False
        self.receipt_dialog: SyncReceiptDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.refused_dialog: RefusedDialog | None = None
        self.login_dialog: SyncLoginDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._connect()

    def _connect(self) -> None:
        ui = self.window.ui
        ui.action_sync.triggered.connect(self.sync)
        ui.action_conflicts.triggered.connect(self.show_conflicts)
        ui.action_refused.triggered.connect(self.show_refused)
        ui.action_sync_login.triggered.connect(lambda: self.login())
        ui.action_sync_logout.triggered.connect(self.logout)
        self.banner.sync_requested.connect(self.sync)
        self.banner.conflicts_requested.connect(self.show_conflicts)
        self.banner.refused_requested.connect(self.show_refused)
        self.progressed.connect(self._on_progress)
        self.session.locked.connect(self._on_locked)
        self.session.changed.connect(self._changed)

    def _changed(self, changes: OpChanges) -> None:
        if changes.pending or changes.settings:
            self.refresh()

    def with_status(self, then: Callable[[SyncStatus], None]) -> None:
        """The sync state (two COUNTs and a few settings), read off the GUI thread."""
        latest = self._latest.ticket()
        run_op(self, lambda workspace: workspace.sync.status(),
               on_success=latest(then), on_failure=lambda _: None)

    # -- the banner ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current state (two COUNTs and a few settings: cheap enough for every change)."""
        if not self.session.is_unlocked:
            self.banner.clear()
            return
        self._timer.start()
        if self.running:
            return  # the banner shows the progress until the sync reports
        self.with_status(self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        if self.running:
            return
        self.banner.show_status(status)
        self.window.ui.action_sync_logout.setEnabled(status.logged_in)

    def _on_locked(self) -> None:
        self._timer.stop()
        self.banner.clear()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.window.ui.action_sync.setEnabled(not running)
        self.window.ui.action_sync_login.setEnabled(not running)
        self.window.ui.action_sync_logout.setEnabled(not running)
        self.banner.set_busy(running)

    # -- syncing ---------------------------------------------------------------------------------
    def sync(self) -> None:
        if self.running or not self.session.is_unlocked:
            return
        relay = self.progressed

        def work(workspace: Workspace, progress) -> tuple[Receipt, int]:
            def report(stage: str, done: int, total: int | None) -> None:
                progress(done)  # raises after a lock: the sync stops where it can resume
                relay.emit(stage, done, total)

            receipt = workspace.sync.sync(progress=report)
            return receipt, workspace.sync.status().conflicts  # all open, not only this sync's

        self._set_running(True)
        self.banner.show_progress("push", 0, None)
        # The stage and counts come through `progressed`; the plain count is only asked for
        # so that a lock stops the sync at its next report.
        run_op(self, work, changes=OpChanges(sync=True), on_success=self._done,
               on_failure=self._failed, on_progress=lambda _: None)

    @Slot(str, int, object)
    def _on_progress(self, stage: str, done: int, total: int | None) -> None:
        if self.running:
            self.banner.show_progress(stage, done, total)

    def _done(self, result: tuple[Receipt, int]) -> None:
        """The banner and the refused and conflicts lists read the new state themselves (the
        operation changed the sync state)."""
        receipt, open_conflicts = result
        self._set_running(False)
        self.window.statusBar().showMessage(self.receipt_line(receipt), STATUS_MS)
        if receipt.pulled or receipt.merged or receipt.conflicts:
            self.window.refresh_after_sync()
        self.show_receipt(receipt, open_conflicts)
        self.synced.emit(receipt)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return  # stopped by a lock; the next sync resumes
        self.refresh()
        if isinstance(error, SyncError) and error.code in LOGIN_CODES:
            self.login(then_sync=True, again=error.code == "login_required")
            return
        text = error_text(error, self.session.language)
        self.banner.show_error(text)
        self.window.statusBar().showMessage(
            self.tr("Synchroniseren lukte niet: %1").replace("%1", text), STATUS_MS)
        self.failed.emit(text)

    def receipt_line(self, receipt: Receipt) -> str:
        from consultant_app.core.messages import translate

        language = self.session.language
        counts = {name: number_text(getattr(receipt, name), language)
                  for name in ("pushed", "pulled", "merged", "conflicts", "rejected")}
        return translate("sync_receipt", language, **counts)

    # -- screens ---------------------------------------------------------------------------------
    def show_receipt(self, receipt: Receipt, open_conflicts: int) -> None:
        from consultant_app.gui.sync_receipt_dialog import SyncReceiptDialog

        if self.receipt_dialog is not None:
            self.receipt_dialog.close()
        dialog = SyncReceiptDialog(receipt, open_conflicts, self.session.language, self.window)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.finished.connect(lambda _: self._forget("receipt_dialog", dialog))
        self.receipt_dialog = dialog
        dialog.open()  # window-modal without a nested event loop: a lock may hide it

    def show_conflicts(self) -> None:
        from consultant_app.gui.conflicts_dialog import ConflictsDialog

        def make() -> ConflictsDialog:
            dialog = ConflictsDialog(self.session, self.window)
            dialog.resolved.connect(self._resolved)
            return dialog

        self._show_list("conflicts_dialog", make)

    def show_refused(self) -> None:
        from consultant_app.gui.refused_dialog import RefusedDialog

        self._show_list("refused_dialog", lambda: RefusedDialog(self.session, self.window))

    def _show_list(self, name: str, make: Callable[[], Any]) -> None:
        """One conflicts or refused list at a time: an open one is read again and raised."""
        if not self.session.is_unlocked:
            return
        if self.receipt_dialog is not None:
            self.receipt_dialog.accept()
        dialog = getattr(self, name)
        if dialog is not None:
            dialog.reload()
            dialog.raise_()
            return
        dialog = make()
        dialog.finished.connect(lambda _: self._forget(name, dialog))
        setattr(self, name, dialog)
        dialog.open()

    def _resolved(self, _conflict_id: str) -> None:
        self.window.refresh_after_sync()  # the open file too (the banner reads the change)

    def login(self, then_sync: bool = False, again: bool = False) -> None:
        """The login dialog; after a successful login a sync follows when one was asked for."""
        if (not self.session.is_unlocked or self.login_dialog is not None
                or self._opening_login):
            return
        self._opening_login = True
        run_op(self, lambda workspace: (workspace.sync.status(),
                                                workspace.settings.get("sync_ca_file")),
               on_success=lambda found: self._open_login(*found, then_sync, again),
               on_failure=lambda error: setattr(self, "_opening_login", False))

    def _open_login(self, status: SyncStatus, ca_file: str | None, then_sync: bool,
                    again: bool) -> None:
        from consultant_app.gui.sync_login_dialog import SyncLoginDialog

        self._opening_login = False
        if self.login_dialog is not None:
            return
        dialog = SyncLoginDialog(self.session, server=status.server, user=status.user,
                                 ca_file=ca_file, then_sync=then_sync, again=again,
                                 parent=self.window)
        if then_sync:
            dialog.accepted.connect(self.sync)
        dialog.finished.connect(lambda _: self._forget("login_dialog", dialog))
        self.login_dialog = dialog
        dialog.open()

    def logout(self) -> None:
        if self.running or not self.session.is_unlocked:
            return
        def done(_: object) -> None:
            self._set_running(False)
            self.refresh()
            self.window.statusBar().showMessage(
                self.tr("Uitgelogd bij de centrale registratie."), STATUS_MS)

        self._set_running(True)
        run_op(self, lambda workspace: workspace.sync.logout(),
               changes=OpChanges(sync=True), on_success=done, on_failure=self._failed)

    def _forget(self, name: str, dialog: QObject) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
