"""The client file page: person, household, residence and benefits, departure and bank,
declarations, the contact timeline, notes and follow-up tasks of one client, and the scheme
(gui/client_file_scheme.py: eligibility per condition, the case and its deadlines).

Saving sends the documented JSON (docs/schema.md) to CaseFile: everything filled in for a new
client, only what changed for a stored one. The core's refusals appear next to their fields and
nothing typed is lost. Every read and write is an operation (gui/operations.py) on the vault
unlocked at the time; a lock clears nothing: the form and a half-written note are still there
after unlocking. No client name goes into a window title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from consultant_app.core.domain.model import Client
from consultant_app.core.errors import NotFoundError, error_text
from consultant_app.gui.client_file_activity import ContactsPanel, TasksPanel
from consultant_app.gui.client_file_errors import ErrorLabels, field_errors, show
from consultant_app.gui.client_file_fields import BsnField, ClientFields, field_widget
from consultant_app.gui.client_file_header import ClientHeader
from consultant_app.gui.client_file_household import Household
from consultant_app.gui.client_file_notes import NotesPanel
from consultant_app.gui.client_file_scheme import SchemeTab
from consultant_app.gui.forms.ui_client_file import Ui_ClientFile
from consultant_app.gui.operations import OpChanges, run_op
from consultant_app.gui.session import Session

CONTACTS_TAB, NOTES_TAB, TASKS_TAB, SCHEME_TAB = 5, 6, 7, 8  # need a stored client


class ClientFilePage(QWidget):
    closed = Signal()
    saved = Signal(str)  # a client's file was stored, and is shown as stored

    def __init__(self, session: Session, current_location: Callable[[], str], parent=None):
        super().__init__(parent)
        self.session = session
        self._current_location = current_location
        self.client_id: str | None = None
        self._baseline: dict[str, Any] = {}
        self._confirm_discard = False
        self._saving = False
        self.ui = Ui_ClientFile()
        self.ui.setupUi(self)
        self.fields = ClientFields(self.ui, session.language)
        self.bsn = BsnField(self.ui.bsn_edit, self.ui.reveal_bsn_button)
        self.household = Household(self.ui, session.language)
        self.header = ClientHeader(self.ui, self)
        self.errors = ErrorLabels(self, self.ui.general_error, lambda: session.language,
                                  self._table_row)
        self.contacts = ContactsPanel(self.ui, session, lambda: self.client_id,
                                      current_location, self)
        self.notes = NotesPanel(self.ui, session, lambda: self.client_id, self)
        self.tasks = TasksPanel(self.ui, session, lambda: self.client_id, self)
        self.scheme = SchemeTab(session, self.focus_field, self.field_label, self)
        self.ui.tabs.addTab(self.scheme, self.tr("Re&geling"))
        self._style()
        self._connect()
        self.new_client()

    def _style(self) -> None:
        font = QFont(self.ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        self.ui.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.ui.back_button.setToolTip(self.tr("Terug naar het zoeken (Esc)"))
        self.ui.letter_button.setToolTip(self.tr("Een brief maken uit een sjabloon (Ctrl+B)"))
        for hint in (self.ui.bank_hint_label, self.ui.declarations_hint_label,
                     self.ui.notes_hint_label):
            hint.setEnabled(False)  # greyed: explanation, not data

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.save)
        ui.back_button.clicked.connect(self.go_back)
        ui.reveal_bsn_button.clicked.connect(self.toggle_bsn)
        ui.letter_button.clicked.connect(self.make_letter)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.make_letter,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tasks.changed.connect(self._label_tasks_tab)
        self.session.locked.connect(self._on_locked)

    # -- opening -------------------------------------------------------------------------------
    def open_client(self, client_id: str,
                    then: Callable[[], None] | None = None) -> None:
        """Shows a stored client's file (an access-log "read"); `then` runs once it is shown.
        A draft note is kept only when it is the same client's file again."""
        def opened(client: Client) -> None:
            same = client_id == self.client_id
            self._load(client)
            self.notes.open(keep_draft=same)
            if not same:
                self.ui.tabs.setCurrentIndex(0)
                self.ui.given_names_edit.setFocus()
            if then is not None:
                then()

        run_op(self, lambda workspace: workspace.casefile.show_client(client_id),
               on_success=opened, on_failure=self._show_general)

    def reload(self, gone: Callable[[], None]) -> None:
        """Reads the open file again (a sync brought changes); when the client no longer
        exists here (erased), the page is emptied and `gone` is called."""
        client_id = self.client_id
        if client_id is None:
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFoundError):
                self.new_client()
                gone()
            else:
                self._show_general(error)

        def read(client: Client) -> None:
            if client_id == self.client_id:  # still the file on screen
                self._load(client)
                self.notes.open(keep_draft=True)

        run_op(self, lambda workspace: workspace.casefile.show_client(client_id),
               on_success=read, on_failure=failed)

    def _show_general(self, error: BaseException) -> None:
        """Shown on the page, never a traceback."""
        self.errors.show_general(error_text(error, self.session.language))

    def new_client(self) -> None:
        self._load(None)
        self.notes.open(keep_draft=False)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.given_names_edit.setFocus()

    def _load(self, client: Client | None) -> None:
        self.client_id = client.id if client else None
        self.fields.load(client)
        self.bsn.load(client)
        self.household.load(client)
        self.header.show_client(client)
        self.contacts.language = client.language if client else None
        self._baseline = self.form_values()
        self._confirm_discard = False
        self.errors.clear()
        show(self.ui.status_label, "")
        self.ui.title_label.setText(self.tr("Cliëntdossier") if client
                                    else self.tr("Nieuwe cliënt"))
        self.ui.letter_button.setEnabled(client is not None)
        for index in (CONTACTS_TAB, NOTES_TAB, TASKS_TAB, SCHEME_TAB):
            self.ui.tabs.setTabEnabled(index, client is not None)
            self.ui.tabs.setTabToolTip(index, "" if client else
                                       self.tr("Sla de cliënt eerst op."))
        self.contacts.refresh()
        self.tasks.refresh()
        self.scheme.load(client)

    # -- the form as JSON ----------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        values = {**self.fields.values(), **self.household.values()}
        values["bsn"] = self.bsn.value()
        return values

    def changes(self) -> dict[str, Any]:
        """What differs from the file as loaded: the whole form for a new client (empty fields
        left out), only the changed top-level fields for a stored one."""
        values = self.form_values()
        if self.client_id is None:
            return {k: v for k, v in values.items() if v not in (None, [], {})}
        changed = {k: v for k, v in values.items()
                   if k != "bsn" and v != self._baseline.get(k)}
        if self.bsn.is_edited():
            changed["bsn"] = values["bsn"]
        # A new destination country changes which bank details are valid: check them again.
        if "destination" in changed and values["bank_abroad"]:
            changed["bank_abroad"] = values["bank_abroad"]
        return changed

    def has_unsaved_changes(self) -> bool:
        return bool(self.changes()) or self.notes.has_draft()

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self.household.commit_edits()
        data = self.changes()
        if self.client_id is not None and not data:
            self.errors.clear()
            show(self.ui.status_label, self.tr("Niets gewijzigd."))
            return
        missing = self.household.missing_names(self.form_values())
        if missing:
            self._show_field_errors(missing)
            return
        if self._saving:
            return
        client_id = self.client_id

        def work(workspace: Any) -> str:
            if client_id is None:
                return workspace.casefile.add_client(data)
            workspace.casefile.update_client(client_id, data)
            return client_id

        def failed(error: BaseException) -> None:  # every refusal is shown, the form stays
            self._saving = False
            self._show_error(error)

        self._saving = True
        run_op(self, work, changes=OpChanges(clients=True), on_success=self._saved,
               on_failure=failed)

    def _saved(self, client_id: str) -> None:
        self._saving = False
        self.client_id = client_id  # the same file: open_client keeps the tab and a draft note

        def shown() -> None:  # what the core stored (normalised, members' ids)
            stamp = datetime.now().strftime("%H:%M")
            show(self.ui.status_label, self.tr("Opgeslagen om %1").replace("%1", stamp))
            self.saved.emit(client_id)

        self.open_client(client_id, then=shown)

    def _show_error(self, error: BaseException) -> None:
        errors = field_errors(error)
        if errors is None:
            self.errors.show_general(error_text(error, self.session.language))
        else:
            self._show_field_errors(errors)

    def _show_field_errors(self, errors: list) -> None:
        show(self.ui.status_label, "")
        labels = self.errors.show_errors(errors)
        if labels:
            self._go_to(labels[0])

    def _go_to(self, label: QLabel) -> None:
        """Brings the first refused field into view, with the cursor in it."""
        self._show_tab_of(label)
        widget = field_widget(self.ui, label.objectName().removesuffix("_error"))
        if widget is not None:
            widget.setFocus()

    def _show_tab_of(self, widget: QWidget) -> None:
        for index in range(self.ui.tabs.count()):
            if self.ui.tabs.widget(index).isAncestorOf(widget):
                self.ui.tabs.setCurrentIndex(index)

    def focus_field(self, path: str) -> bool:
        """Shows the tab holding a field of the schema ("arrival_date") with the cursor in it;
        False when the form has no field for it."""
        widget = field_widget(self.ui, path)
        if widget is None:
            return False
        self._show_tab_of(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def field_label(self, path: str) -> str | None:
        """The name a field has on the form ("Aankomstdatum"), its path when the widget has no
        label, None when the form has no field for it."""
        widget = field_widget(self.ui, path)
        if widget is None:
            return None
        if isinstance(widget, QCheckBox):
            return widget.text().replace("&", "")
        for label in self.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return label.text().replace("&", "").rstrip(": ")
        return path

    def _table_row(self, table: str, index: int) -> int:
        rows = self.household.child_rows if table == "children" else self.household.benefit_rows
        return rows[index] if 0 <= index < len(rows) else index

    # -- BSN -----------------------------------------------------------------------------------
    def toggle_bsn(self) -> None:
        if not self.bsn.masked:
            if not self.bsn.is_edited():
                self.bsn.mask()
            return
        client_id = self.client_id

        def revealed(bsn: str | None) -> None:
            if client_id == self.client_id and self.bsn.masked:
                self.bsn.show(bsn)
                self.ui.bsn_edit.setFocus()

        # Logged as "reveal": a BSN is shown only when the consultant asks for it.
        run_op(self, lambda workspace: workspace.casefile.reveal_bsn(client_id),
               on_success=revealed, on_failure=self._show_general)

    def _on_locked(self) -> None:
        # A revealed, unedited BSN is masked again: after unlocking, someone else may be looking.
        if not self.bsn.masked and self.bsn.original and not self.bsn.is_edited():
            self.bsn.mask()

    # -- letters -------------------------------------------------------------------------------
    def make_letter(self) -> None:
        """Opens "Brief maken" for the stored client. Unsaved changes first need saving: the
        letter is made from the stored file, and its preflight form stores answers there."""
        if self.client_id is None or not self.session.is_unlocked:
            return
        if self.changes():
            show(self.ui.status_label, self.tr("Sla eerst de wijzigingen op (Ctrl+S); de brief "
                                               "wordt gemaakt uit het opgeslagen dossier."))
            return
        from consultant_app.gui.letter_dialog import LetterDialog

        name = f"{self._baseline.get('surname') or ''}, {self._baseline.get('given_names') or ''}"
        dialog = LetterDialog(self.session, self.client_id, name, self._current_location(), self)
        dialog.client_changed.connect(self._letter_filled_in)
        dialog.open()  # window-modal without a nested event loop: a lock may hide it

    def _letter_filled_in(self, client_id: str) -> None:
        if client_id == self.client_id:
            self.open_client(client_id)  # shows what the preflight form stored

    # -- leaving -------------------------------------------------------------------------------
    def go_back(self) -> None:
        """Back to the search. With unsaved work, the first press only warns; the second
        leaves (the form is kept as it is until another file is opened)."""
        if self.has_unsaved_changes() and not self._confirm_discard:
            self._confirm_discard = True
            show(self.ui.status_label, self.tr(
                "Niet opgeslagen. Nogmaals Esc om toch terug te gaan, Ctrl+S om op te slaan."))
            return
        self._confirm_discard = False
        show(self.ui.status_label, "")
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Esc reaches the page only when the focused field did not use it (an open cell editor
        # or combo popup closes first).
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        super().keyPressEvent(event)

    def _label_tasks_tab(self) -> None:
        overdue = self.tasks.model.overdue_count()
        text = self.tr("&Taken (%n te laat)", "", overdue) if overdue else self.tr("&Taken")
        self.ui.tabs.setTabText(TASKS_TAB, text)
