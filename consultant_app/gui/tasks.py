"""The one way to run slow work (unlocking, demo filling, imports) off the GUI thread.

`run_in_background(work, on_success, on_failure)` runs `work(progress)` in Qt's thread pool and
delivers the result, an error or progress to callbacks on the GUI thread (queued through a relay
object that lives there), so only the GUI thread ever touches widgets. Modelled on Anki's
background operations with success/failure callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int], None]


class _Relay(QObject):
    """Lives in the GUI thread; its signals cross threads queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._relay = work, relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except BaseException as error:  # noqa: BLE001 - handed to on_failure, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Task(QObject):
    """A running piece of background work; `done` tells whether it has finished."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.done = False


_running: set[Task] = set()  # keeps tasks (and their callbacks) alive until they report


def busy() -> bool:
    """Some background work has not reported yet (a task that starts another from its callback
    counts without a gap). Tests wait for this instead of sleeping."""
    return bool(_running)


def run_in_background(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """`pool`: Qt's global thread pool unless a pool of its own is given (one thread that
    keeps a connection open, for instance)."""
    task = Task()
    relay = _Relay(task)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        task.done = True
        _running.discard(task)
        callback(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda error: finish(on_failure, error))
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))
    return task
