"""A dialog whose slow steps run in the background (gui/tasks.py), shared by the letter screens.

`run` starts a step, as an operation on a workspace of its own when it needs the vault
(gui/operations.py), or as plain background work when it does not, and reports `busy`
while any step runs, so the dialog can disable its buttons. A closed dialog is deleted once its
last step has reported (a result for a closed dialog is dropped, never shown), and it lets go of
what it held (a rendered letter is personal data) when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from consultant_app.gui.operations import NOTHING, OpChanges, run_op
from consultant_app.gui.session import Session
from consultant_app.gui.tasks import run_in_background


class WorkDialog(QDialog):
    busy = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._running = 0
        self._finished = False

    def is_busy(self) -> bool:
        return self._running > 0

    def run(self, work: Callable[..., Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None],
            on_progress: Callable[[int], None] | None = None, *, vault: bool = True,
            changes: OpChanges = NOTHING) -> None:
        """`work(workspace)` (`work(workspace, progress)` with `on_progress`) on a workspace of
        its own, reporting `changes` when it succeeds; or `work(progress)` when `vault` is
        False. The callbacks run on the GUI thread, only while the dialog is open."""
        def settle(callback: Callable[[Any], None], value: Any) -> None:
            self._running -= 1
            if self._finished:
                if not self._running:
                    self.deleteLater()
                return
            if not self._running:
                self.busy.emit(False)
            callback(value)

        def progressed(value: int) -> None:
            if not self._finished and on_progress is not None:
                on_progress(value)

        self._running += 1
        if self._running == 1:
            self.busy.emit(True)
        if vault:  # a locked vault is reported to on_failure at once, like any failure
            run_op(self, work, changes=changes,
                   on_success=lambda result: settle(on_success, result),
                   on_failure=lambda error: settle(on_failure, error),
                   on_progress=progressed if on_progress is not None else None)
        else:
            run_in_background(work, lambda result: settle(on_success, result),
                              lambda error: settle(on_failure, error), progressed)

    def release(self) -> None:
        """Let go of what the dialog holds about a client; called when it closes."""

    def done(self, result: int) -> None:  # noqa: N802 (Qt override)
        super().done(result)
        self._finished = True
        self.release()
        if not self._running:
            self.deleteLater()
