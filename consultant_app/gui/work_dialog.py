"""A dialog whose slow steps run in the background (gui/tasks.py), shared by the letter screens.

`run` starts a step, with a vault connection of its own when it needs one, and reports `busy`
while any step runs, so the dialog can disable its buttons. A closed dialog is deleted once its
last step has reported (a result for a closed dialog is dropped, never shown), and it lets go of
what it held (a rendered letter is personal data) when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

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
            on_progress: Callable[[int], None] | None = None, *, vault: bool = True) -> None:
        """`work(vault, progress)` with a connection of its own, or `work(progress)` when
        `vault` is False. The callbacks run on the GUI thread, only while the dialog is open."""
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

        try:
            start = self.session.run_with_vault if vault else run_in_background
            self._running += 1
            start(work, lambda result: settle(on_success, result),
                  lambda error: settle(on_failure, error), progressed)
        except Exception as error:  # noqa: BLE001 - a locked vault: reported like any failure
            self._running -= 1
            on_failure(error)
            return
        if self._running == 1:
            self.busy.emit(True)

    def release(self) -> None:
        """Let go of what the dialog holds about a client; called when it closes."""

    def done(self, result: int) -> None:  # noqa: N802 (Qt override)
        super().done(result)
        self._finished = True
        self.release()
        if not self._running:
            self.deleteLater()
