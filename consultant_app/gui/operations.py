"""Vault work from the desktop: every read or write of the vault runs off the GUI thread as an
operation, and a successful one tells the screens what kind of record it changed.

`run_op(owner, work, changes=..., on_success=..., on_failure=...)` runs `work(workspace)` in Qt's
thread pool on a workspace of its own (a SQLite connection belongs to one thread: opened in
the worker with the unlocked vault's key, closed when the work ends), and hands the result or
the error to the callbacks on the GUI thread. After `on_success`, the session's `changed` signal
carries the operation's `OpChanges`, and every screen showing that kind of record reads it again
by itself; nobody wires one screen's refresh to another's save. In the spirit of Anki's
CollectionOp and its OpChanges.

`owner` is the screen the callbacks belong to (a dialog, a panel, the main window), with the
desktop session as its `session`: once the owner is deleted, its callbacks are dropped (what
the work changed is still announced).

Quick reads asked for again and again (find-as-you-type, the list's pages) pass `reader=`: they
run one after the other on the reader's one thread, on a workspace it keeps open until the next
lock (a fresh connection costs a few milliseconds: its own open, and an empty page cache).

Lock safety: a result that arrives after a lock (or after another vault was unlocked) never
reaches the screens; `on_failure` gets VaultError("vault_locked") instead. Long work that asks
for progress (`on_progress`: then it is called as `work(workspace, progress)`) stops at its
next progress report after a lock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from consultant_app.core.errors import VaultError
from consultant_app.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from consultant_app.gui.session import Session


@dataclass(frozen=True)
class OpChanges:
    """Which kinds of record an operation changed; `a | b` is what either changed."""

    clients: bool = False  # a client's file: person, household, residence, bank, ...
    contacts: bool = False
    notes: bool = False
    follow_ups: bool = False
    letters: bool = False
    settings: bool = False  # the vault's settings (organisation, store_bsn, sync server, ...)
    sync: bool = False  # sync state: login, conflicts settled, refused changes, last sync
    office: bool = False  # the office's registration: locations, partners, sessions, figures

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                            for f in dataclasses.fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    @property
    def pending(self) -> bool:
        """Anything that waits to be synced changed (the sync banner counts it)."""
        return any((self.clients, self.contacts, self.notes, self.follow_ups, self.sync,
                    self.office))


NOTHING = OpChanges()


def _ignore(_: Any) -> None:
    pass


def run_op(owner: QObject, work: Callable[..., Any], *, changes: OpChanges = NOTHING,
           on_success: Callable[[Any], None] = _ignore,
           on_failure: Callable[[BaseException], None] = _ignore,
           on_progress: Callable[[int], None] | None = None,
           reader: Reader | None = None) -> Task | None:
    """Run `work(workspace)` (or `work(workspace, progress)` with `on_progress`) off the GUI
    thread; see the module's docstring. A locked vault is reported to `on_failure` at once
    (VaultError("vault_locked")), and no task is started."""
    session: Session = owner.session  # type: ignore[attr-defined]

    def alive() -> bool:
        return shiboken6.isValid(owner)

    try:
        workspace = session.workspace
    except VaultError as error:
        on_failure(error)
        return None

    def job(progress: Callable[[int], None]) -> Any:
        def report(value: int) -> None:
            if not session.is_current(workspace):
                raise VaultError("vault_locked")
            progress(value)

        if reader is not None:
            return work(reader.workspace_for(workspace))
        with workspace.again() as own:
            return work(own) if on_progress is None else work(own, report)

    def succeeded(result: Any) -> None:
        if not session.is_current(workspace):
            failed(VaultError("vault_locked"))
            return
        if alive():
            on_success(result)
        if changes:
            session.changed.emit(changes)

    def failed(error: BaseException) -> None:
        if alive():
            on_failure(VaultError("vault_locked") if not session.is_current(workspace)
                       else error)

    return run_in_background(job, succeeded, failed, on_progress,
                             pool=reader.pool if reader is not None else None)


class Reader(QObject):
    """One thread with a workspace of its own kept open for quick reads (see run_op); the
    workspace is closed, and its key dropped, on the session's lock. Only that thread touches
    the workspace: its opening and its closing run there too."""

    def __init__(self, session: Session):
        super().__init__(session)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one connection, used by one thread
        self.pool.setExpiryTimeout(-1)  # and that thread stays
        self._own: Any = None  # (the session's workspace it copies, the copy)
        session.locked.connect(self.close)

    def workspace_for(self, workspace: Any) -> Any:
        """The reader's copy of `workspace` (in the reader's thread): opened on first use
        after an unlock, a copy of an earlier unlock's workspace closed first."""
        if self._own is not None and self._own[0] is not workspace:
            self._own[1].close()
            self._own = None
        if self._own is None:
            self._own = (workspace, workspace.again())
        return self._own[1]

    def close(self) -> None:
        def close_there(_: Any) -> None:
            if self._own is not None:
                self._own[1].close()
                self._own = None

        run_in_background(close_there, _ignore, _ignore, pool=self.pool)


class Latest:
    """For a screen that reads the same list again and again: only the answer to its latest
    request is shown (operations run side by side, so an older one may finish last)."""

    def __init__(self) -> None:
        self._count = 0

    def ticket(self) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        """A wrapper for this request's callbacks that drops them once a later request began."""
        self._count += 1
        mine = self._count

        def only_if_latest(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if mine == self._count:
                    callback(value)
            return call

        return only_if_latest

