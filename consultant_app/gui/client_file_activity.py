"""The contacts and tasks tabs of the client file: the contact timeline with "Nieuw contact",
and the follow-up tasks with their due dates.

Both only read lists and call CaseFile; the casefile is asked from the session for every action,
because a lock closes it and an unlock brings a new one.
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
from consultant_app.gui.session import Session
from consultant_app.gui.window_state import remember_sort


def _prepare(view: QTableView, model: Any, stretch: int) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ContactsPanel(QObject):
    registered = Signal()

    def __init__(self, ui: Any, session: Session, client_id: Callable[[], str | None],
                 current_location: Callable[[], str], page: QWidget):
        super().__init__(page)
        self.ui, self.session, self._client_id = ui, session, client_id
        self._current_location, self._page = current_location, page
        self.language: str | None = None  # the client's language, prefilled in the dialog
        self.dialog: ContactDialog | None = None
        self.model = ContactsModel(self, language=session.language)
        _prepare(ui.contacts_view, self.model, ContactsModel.TOPICS)
        remember_sort(ui.contacts_view, session, "contacts")
        ui.new_contact_button.clicked.connect(self.new_contact)

    def refresh(self) -> None:
        client_id = self._client_id()
        try:
            contacts = self.session.casefile.list_contacts(client_id) if client_id else []
        except Exception as error:  # noqa: BLE001 - shown in the tab, never a traceback
            show(self.ui.contacts_error, describe(error, self.session.language))
            return
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
        self.dialog.accepted.connect(self._registered)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _registered(self) -> None:
        self.refresh()
        self.registered.emit()


class TasksPanel(QObject):
    changed = Signal()

    def __init__(self, ui: Any, session: Session, client_id: Callable[[], str | None],
                 parent: QObject):
        super().__init__(parent)
        self.ui, self.session, self._client_id = ui, session, client_id
        self.model = ClientTasksModel(self, language=session.language)
        _prepare(ui.tasks_view, self.model, ClientTasksModel.TEXT)
        remember_sort(ui.tasks_view, session, "client_tasks")
        ui.add_task_button.clicked.connect(self.add_task)
        ui.task_text_edit.returnPressed.connect(self.add_task)
        ui.complete_task_button.clicked.connect(self.complete_task)
        ui.tasks_view.doubleClicked.connect(lambda _: self.complete_task())

    def refresh(self) -> None:
        client_id = self._client_id()
        try:
            tasks = self.session.casefile.list_follow_ups(client_id) if client_id else []
        except Exception as error:  # noqa: BLE001
            self._error(error)
            return
        self.model.set_tasks(tasks, date.today().isoformat())
        self.changed.emit()

    def add_task(self) -> None:
        client_id = self._client_id()
        if client_id is None:
            return
        due = parse_date(self.ui.task_due_edit.text(), self.session.language) or ""
        text = self.ui.task_text_edit.text().strip()
        try:
            if not text:  # the core accepts an empty task text; a task without words is useless
                raise ValidationError("required", field="text")
            self.session.casefile.add_follow_up(client_id, due, text)
        except Exception as error:  # noqa: BLE001 - what was typed stays for a correction
            self._error(error)
            return
        show(self.ui.tasks_error, "")
        self.ui.task_due_edit.clear()
        self.ui.task_text_edit.clear()
        self.refresh()
        self.ui.task_due_edit.setFocus()

    def complete_task(self) -> None:
        index = self.ui.tasks_view.currentIndex()
        task = self.model.task(index.row()) if index.isValid() else None
        if task is None or task.done_at:
            return
        try:
            self.session.casefile.complete_follow_up(task.id)
        except Exception as error:  # noqa: BLE001
            self._error(error)
            return
        show(self.ui.tasks_error, "")
        self.refresh()

    def _error(self, error: BaseException) -> None:
        show(self.ui.tasks_error, describe(error, self.session.language))
