"""The notes tab: the client's notes with their amendments, a box to write a new note or an
amendment, and a search within this client's notes.

Notes are append-only: "Aanvullen" adds the text as an amendment to the selected note (always to
the original, so amendments line up under it). The text box is never cleared by a lock, only by
a successful save or by opening another client's file, so a half-written note survives a lock.
Search waits for a pause in typing: each search is an access-log entry. Reads and writes run as
operations (gui/operations.py); the list is read again whenever the session says notes changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView

from consultant_app.gui.client_file_errors import describe, show
from consultant_app.gui.models.notes_model import NotesModel
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session

SEARCH_PAUSE_MS = 300


class NotesPanel(QObject):
    def __init__(self, ui: Any, session: Session, client_id: Callable[[], str | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.session, self._client_id = ui, session, client_id
        self.model = NotesModel(self, language=session.language)
        self._latest = Latest()
        self._writing = False
        view = ui.notes_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(NotesModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.AUTHOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # Wrapped notes need their row heights again whenever the text column changes width.
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.refresh)
        ui.notes_search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.save_note_button.clicked.connect(self.save_note)
        ui.amend_note_button.clicked.connect(self.amend_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), ui.note_edit, activated=self.save_note,
                      context=Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(self._changed)

    def _changed(self, changes: OpChanges) -> None:
        if changes.notes:
            self.refresh()

    def open(self, keep_draft: bool) -> None:
        """Shows the notes of the current client; a draft is kept only for the same client."""
        if not keep_draft:
            self.ui.note_edit.clear()
        self.ui.notes_search_edit.blockSignals(True)
        self.ui.notes_search_edit.clear()
        self.ui.notes_search_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._search_timer.stop()
        client_id = self._client_id()
        latest = self._latest.ticket()
        if client_id is None:
            self.model.set_notes([])
            return
        query = self.ui.notes_search_edit.text().strip()

        def work(workspace: Any) -> tuple[bool, list]:
            casefile = workspace.casefile
            if query:
                return True, casefile.search_notes(query, client_id=client_id)
            return False, casefile.list_notes(client_id)

        run_op(self, work, on_success=latest(self._show), on_failure=latest(self._error))

    def _show(self, found: tuple[bool, list]) -> None:
        searched, notes = found
        if searched:
            self.model.set_results(notes)
        else:
            self.model.set_notes(notes)
        show(self.ui.notes_error, "")
        self.ui.notes_view.resizeRowsToContents()

    def has_draft(self) -> bool:
        return bool(self.ui.note_edit.toPlainText().strip())

    # -- writing -----------------------------------------------------------------------------
    def save_note(self) -> None:
        client_id = self._client_id()
        self._write(lambda casefile, text: casefile.add_note(client_id, text))

    def amend_note(self) -> None:
        index = self.ui.notes_view.currentIndex()
        root_id = self.model.root_id(index.row()) if index.isValid() else None
        if root_id is None:
            show(self.ui.notes_error,
                 self.tr("Kies eerst de notitie die u wilt aanvullen."))
            self.ui.notes_view.setFocus()
            return
        self._write(lambda casefile, text: casefile.amend_note(root_id, text))

    def _write(self, write: Callable[[Any, str], str]) -> None:
        if self._client_id() is None or self._writing:
            return
        text = self.ui.note_edit.toPlainText()

        def failed(error: BaseException) -> None:  # the text stays in the box to try again
            self._writing = False
            self._error(error)

        self._writing = True
        run_op(self, lambda workspace: write(workspace.casefile, text),
               changes=OpChanges(notes=True), on_success=lambda _: self._written(text),
               on_failure=failed)

    def _written(self, text: str) -> None:
        self._writing = False
        if self.ui.note_edit.toPlainText() == text:  # not what was typed while it was stored
            self.ui.note_edit.clear()
        self.ui.notes_search_edit.blockSignals(True)  # the list is read again for the change
        self.ui.notes_search_edit.clear()
        self.ui.notes_search_edit.blockSignals(False)

    def _error(self, error: BaseException) -> None:
        show(self.ui.notes_error, describe(error, self.session.language))
