"""The contacts and tasks tabs of the client file: the contact timeline with "Nieuw contact",
and the follow-up tasks with their due dates.

Both read their lists and write through operations (gui/operations.py), on the vault unlocked
at the time; each reads its list again when the session says its kind of record changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from consultant_app.core.errors import ValidationError
from consultant_app.gui.client_file_errors import describe, show
from consultant_app.gui.contact_dialog import ContactDialog
from consultant_app.gui.dates import parse_date
from consultant_app.gui.models.client_tasks_model import ClientTasksModel
from consultant_app.gui.models.contacts_model import ContactsModel
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session
from consultant_app.gui.window_state import remember_sort


def _prepare(view: QTableView, model: Any, stretch: int) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ContactsPanel(QObject):
    def __init__(self, ui: Any, session: Session, client_id: Callable[[], str | None],
                 current_location: Callable[[], str], page: QWidget):
        super().__init__(page)
        self.ui, self.session, self._client_id = ui, session, client_id
        self._current_location, self._page = current_location, page
        self.language: str | None = None  # the client's language, prefilled in the dialog
        self.dialog: ContactDialog | None = None
        self.model = ContactsModel(self, language=session.language)
        self._latest = Latest()
        _prepare(ui.contacts_view, self.model, ContactsModel.TOPICS)
        remember_sort(ui.contacts_view, session, "contacts")
        ui.new_contact_button.clicked.connect(self.new_contact)
        session.changed.connect(self._changed)

    def _changed(self, changes: OpChanges) -> None:
        if changes.contacts:
            self.refresh()

    def refresh(self) -> None:
        client_id = self._client_id()
        latest = self._latest.ticket()
        if not client_id:
            self._show(client_id, [])
            return
        run_op(self, lambda workspace: workspace.casefile.list_contacts(client_id),
               on_success=latest(lambda contacts: self._show(client_id, contacts)),
               on_failure=latest(lambda error: show(
                   self.ui.contacts_error, describe(error, self.session.language))))

    def _show(self, client_id: str | None, contacts: list) -> None:
        show(self.ui.contacts_error, "")
        self.model.set_contacts(contacts)
        self.ui.contacts_summary_label.setText(
            self.tr("Contacten: %1").replace("%1", str(len(contacts))) if client_id else "")

    def new_contact(self) -> None:
        """Opens the dialog window-modal without a nested event loop: a lock may hide it and an
        unlock show it again, and it still saves through the session's current casefile."""
        client_id = self._client_id()
        if client_id is None:
            return
        self.dialog = ContactDialog(self.session, client_id, self._current_location,
                                    self._page, language=self.language)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()


class TasksPanel(QObject):
    changed = Signal()

    def __init__(self, ui: Any, session: Session, client_id: Callable[[], str | None],
                 parent: QObject):
        super().__init__(parent)
        self.ui, self.session, self._client_id = ui, session, client_id
        self.model = ClientTasksModel(self, language=session.language)
        self._latest = Latest()
        _prepare(ui.tasks_view, self.model, ClientTasksModel.TEXT)
        remember_sort(ui.tasks_view, session, "client_tasks")
        ui.add_task_button.clicked.connect(self.add_task)
        ui.task_text_edit.returnPressed.connect(self.add_task)
        ui.complete_task_button.clicked.connect(self.complete_task)
        ui.tasks_view.doubleClicked.connect(lambda _: self.complete_task())
        session.changed.connect(self._changed)

    def _changed(self, changes: OpChanges) -> None:
        if changes.follow_ups:
            self.refresh()

    def refresh(self) -> None:
        """Read the tasks again; `changed` tells when they are shown."""
        client_id = self._client_id()
        latest = self._latest.ticket()
        if not client_id:
            self._show([])
            return
        run_op(self, lambda workspace: workspace.casefile.list_follow_ups(client_id),
               on_success=latest(self._show), on_failure=latest(self._error))

    def _show(self, tasks: list) -> None:
        self.model.set_tasks(tasks, date.today().isoformat())
        self.changed.emit()

    def add_task(self) -> None:
        client_id = self._client_id()
        if client_id is None:
            return
        due = parse_date(self.ui.task_due_edit.text(), self.session.language) or ""
        text = self.ui.task_text_edit.text().strip()
        if not text:  # the core accepts an empty task text; a task without words is useless
            self._error(ValidationError("required", field="text"))
            return
        # What was typed stays for a correction until the task is stored.
        run_op(self,
               lambda workspace: workspace.casefile.add_follow_up(client_id, due, text),
               changes=OpChanges(follow_ups=True), on_success=self._added,
               on_failure=self._error)

    def _added(self, _task_id: Any) -> None:
        show(self.ui.tasks_error, "")
        self.ui.task_due_edit.clear()
        self.ui.task_text_edit.clear()
        self.ui.task_due_edit.setFocus()

    def complete_task(self) -> None:
        index = self.ui.tasks_view.currentIndex()
        task = self.model.task(index.row()) if index.isValid() else None
        if task is None or task.done_at:
            return
        task_id = task.id
        run_op(self, lambda workspace: workspace.casefile.complete_follow_up(task_id),
               changes=OpChanges(follow_ups=True),
               on_success=lambda _: show(self.ui.tasks_error, ""), on_failure=self._error)

    def _error(self, error: BaseException) -> None:
        show(self.ui.tasks_error, describe(error, self.session.language))
