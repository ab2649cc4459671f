"""The main window of a spreekuur: the spreekuur bar, find-as-you-type, the client list, and the
client file; behind all of it the lock screen whenever the vault is locked.

The window title never names a client. Locking hides every open dialog and empties the list;
the client file page keeps what was typed, and unlocking returns to exactly where the
consultant was. Sync (its menu, the banner on top, its dialogs) lives in gui/sync_controller.py.
The list and the spreekuur bar are read again whenever the session says clients or contacts
changed; like every vault read of the window, find-as-you-type runs off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow

from consultant_app.core.domain.model import mask_bsn
from consultant_app.core.errors import VaultError, error_text
from consultant_app.gui.dates import long_date, number_text, short_date
from consultant_app.gui.forms.ui_main_window import Ui_MainWindow
from consultant_app.gui.models.client_table import PAGE, ClientTableModel
from consultant_app.gui.operations import Latest, OpChanges, Reader, run_op
from consultant_app.gui.session import Session
from consultant_app.gui.sync_controller import SyncController
from consultant_app.gui.unlock_page import UnlockPage
from consultant_app.gui.window_state import remember_geometry

if TYPE_CHECKING:
    from consultant_app.gui.client_file import ClientFilePage

class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent=None, *, keyring_backend: Any | None = None):
        """`keyring_backend` replaces the OS keyring for sync logins (tests)."""
        super().__init__(parent)
        self.session = session
        if keyring_backend is not None:
            session.keyring_backend = keyring_backend
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._hidden_dialogs: list[QDialog] = []
        self._found: int | None = None  # how many the search on screen found in all
        self._searches = Latest()
        self._reader = Reader(session)  # keystroke after keystroke on one open connection
        self._searching = self._open_when_found = False
        self._page_before_lock = self.ui.work_page

        self.unlock_page = UnlockPage(session, self)
        self.ui.lock_layout.addWidget(self.unlock_page)
        self._client_file: ClientFilePage | None = None
        self._hint_label: QLabel | None = None

        self.model = ClientTableModel(self, language=session.language)
        self.ui.clients_table.setModel(self.model)
        self._size_columns()
        self.sync = SyncController(session, self, keyring_backend=keyring_backend)

        self._fill_locations()
        self._connect()
        remember_geometry(self, session, "main")
        self.show_locked() if not session.is_unlocked else self.show_work()

    def _size_columns(self) -> None:
        """The name takes the room; birth date and masked BSN are as wide as what they show
        (measured, not asked of 50,000 lazily loaded rows)."""
        table = self.ui.clients_table
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        samples = {1: short_date(date(2000, 12, 28), self.session.language),
                   2: mask_bsn("000000000")}
        metrics = table.fontMetrics()
        padding = 4 * metrics.averageCharWidth()
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = max(metrics.horizontalAdvance(sample) + padding,
                        header.sectionSizeHint(column))
            table.setColumnWidth(column, width)

    # -- wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui, session = self.ui, self.session
        session.locked.connect(self.show_locked)
        session.unlocked.connect(self.show_work)
        session.changed.connect(self._changed)
        ui.search_edit.textChanged.connect(self.search)
        ui.search_edit.returnPressed.connect(self.open_selected)
        ui.clients_table.activated.connect(self._open_index)
        ui.open_button.clicked.connect(self.open_selected)
        ui.new_client_button.clicked.connect(self.new_client)
        ui.action_new_client.triggered.connect(self.new_client)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_lock.triggered.connect(session.lock)
        ui.action_quit.triggered.connect(self.close)
        ui.action_preferences.triggered.connect(self.edit_preferences)
        ui.action_due_tasks.triggered.connect(self.show_due_tasks)
        ui.action_batch_letters.triggered.connect(self.make_letters)
        ui.action_templates.triggered.connect(self.manage_templates)
        ui.action_annual_figures.triggered.connect(self.show_annual_figures)
        for action, tab in ((ui.action_group_sessions, "sessions"),
                            (ui.action_relations, "relations"),
                            (ui.action_partners, "partners"),
                            (ui.action_locations, "locations"),
                            (ui.action_national_figures, "figures")):
            action.triggered.connect(lambda _=False, tab=tab: self.show_office(tab))
        ui.location_combo.currentTextChanged.connect(lambda _: self.refresh_bar())
        # Down from the search box goes to the results, so Ctrl+F, type, Down, Enter opens.
        QShortcut(QKeySequence(Qt.Key.Key_Down), ui.search_edit,
                  activated=self._focus_results, context=Qt.ShortcutContext.WidgetShortcut)

    def _fill_locations(self, current: str | None = None) -> None:
        """The location combo: the session's location names, at `current` (default: the
        preferences' default location)."""
        combo = self.ui.location_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(self.session.location_names)
        combo.setCurrentText(current or self.session.prefs.default_location)
        combo.blockSignals(False)

    def _load_locations(self) -> None:
        """Ask the vault for the team's active locations, with this laptop's own names the
        team does not have yet (they become locations when a contact is first registered at
        one): nothing a consultant had in the list is lost."""
        if not self.session.is_unlocked:
            return
        own = list(self.session.prefs.locations)
        run_op(self, lambda workspace: workspace.office.location_names(own),
               on_success=self._show_locations, on_failure=self._show_failure)

    def _show_locations(self, names: list[str]) -> None:
        current = self.current_location()
        self.session.location_names = names
        self._fill_locations(current)

    def current_location(self) -> str:
        return self.ui.location_combo.currentText()

    @property
    def client_file(self) -> ClientFilePage:
        """The client file page, built the first time a file is opened or made: the lock screen
        does not show it, and it is the largest part of the window (every tab, the combos of
        all countries and languages), so the start does not wait for it."""
        if self._client_file is None:
            from consultant_app.gui.client_file import ClientFilePage

            page = ClientFilePage(self.session, self.current_location, self)
            self.ui.client_layout.addWidget(page)
            page.closed.connect(self.back_to_search)
            self._client_file = page
        return self._client_file

    # -- lock --------------------------------------------------------------------------------
    def show_locked(self) -> None:
        """Only the lock screen: no list, no dialog, no name anywhere in the window."""
        if self.ui.pages.currentWidget() is self.ui.work_page:
            self._page_before_lock = self.ui.work_page
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._searches.ticket()  # an answer still on its way is not shown
        self._searching = self._open_when_found = False
        self.model.clear()
        self.ui.result_count_label.clear()
        self.ui.pages.setCurrentWidget(self.ui.lock_page)
        self.menuBar().setEnabled(False)
        self.unlock_page.focus_passphrase()

    def show_work(self) -> None:
        self.menuBar().setEnabled(True)
        self.ui.pages.setCurrentWidget(self._page_before_lock)
        self.refresh_after_change()
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        if self.ui.content.currentWidget() is self.ui.search_page:
            self.focus_search()

    def set_passphrase_hint(self, text: str) -> None:
        """A hint that stays (the demo's passphrase): on the lock screen and at the right of
        the status bar, where the sync's passing messages do not replace it."""
        self.unlock_page.set_hint(text)
        if self._hint_label is None:
            self._hint_label = QLabel(self)
            self._hint_label.setObjectName("passphrase_hint_label")
            self.statusBar().addPermanentWidget(self._hint_label)
        self._hint_label.setText(text)
        self._hint_label.setVisible(bool(text))

    def show_busy(self, text: str, maximum: int = 0) -> None:
        self.ui.busy_label.setText(text)
        self.ui.busy_progress.setRange(0, maximum)
        self.ui.pages.setCurrentWidget(self.ui.busy_page)

    def set_progress(self, value: int) -> None:
        self.ui.busy_progress.setValue(value)

    # -- find --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.back_to_search()
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Find-as-you-type: each keystroke reads the first page of matches (or of everyone)
        off the GUI thread and only the latest keystroke's answer is shown; the list pages in
        the rest as it scrolls. The access log gets the search when a file is opened."""
        if not self.session.is_unlocked:
            return
        latest = self._searches.ticket()
        self._searching = True
        query = text if text.strip() else ""

        def work(workspace: Any) -> tuple[int, list]:
            casefile = workspace.casefile
            if query:
                found = casefile.search_clients(query, limit=PAGE, log=False)
                return found.total, found.items
            return casefile.count_clients(), casefile.list_clients(0, PAGE)

        run_op(self, work, on_success=latest(lambda found: self._show_found(query, *found)),
               on_failure=latest(self._search_failed), reader=self._reader)

    def _show_found(self, query: str, total: int, first: list) -> None:
        """Every match of `query` (everyone for none), under the number found in all."""
        self._searching = False
        self._found = total if query else None
        self.model.show_all(self._pages(query), first)
        self.ui.result_count_label.setText(
            (self.tr("%1 gevonden") if query else self.tr("Cliënten: %1"))
            .replace("%1", number_text(total, self.session.language)))
        if self.model.rowCount():
            self.ui.clients_table.selectRow(0)
        if self._open_when_found:  # Enter came before the answer: its first match
            self._open_when_found = False
            self.open_selected()

    def _pages(self, query: str):
        def fetch(offset: int, limit: int, deliver) -> None:
            def work(workspace: Any) -> list:
                casefile = workspace.casefile
                if query:
                    return casefile.search_clients(query, offset, limit, log=False).items
                return casefile.list_clients(offset, limit)

            run_op(self, work, on_success=deliver, on_failure=self._show_failure,
                   reader=self._reader)
        return fetch

    def _search_failed(self, error: BaseException) -> None:
        """A query too long (or any refusal): said, and nothing listed."""
        self._searching = self._open_when_found = False
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return
        self._found = None
        self.model.clear()
        self.ui.result_count_label.setText(error_text(error, self.session.language))

    def _focus_results(self) -> None:
        self.ui.clients_table.setFocus()
        if self.model.rowCount() and not self.ui.clients_table.currentIndex().isValid():
            self.ui.clients_table.selectRow(0)

    def open_selected(self) -> None:
        if self._searching:  # Ctrl+F, type, Enter: what was typed is still being looked up
            self._open_when_found = True
            return
        self._open_index(self.ui.clients_table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row()) if index.isValid() else None
        if client_id is None:
            return
        if self._found is not None:
            found = self._found
            run_op(self, lambda workspace: workspace.casefile.log_search(
                result_count=found), on_failure=self._show_failure)
        self.open_client(client_id)

    def new_client(self) -> None:
        if not self.session.is_unlocked:
            return
        self.client_file.new_client()
        self.ui.content.setCurrentWidget(self.ui.client_page)

    def back_to_search(self) -> None:
        self.ui.content.setCurrentWidget(self.ui.search_page)

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return  # locked meanwhile: the lock screen says enough
        self.statusBar().showMessage(error_text(error, self.session.language), 15_000)

    # -- spreekuur bar -------------------------------------------------------------------------
    def _changed(self, changes: OpChanges) -> None:
        """A finished operation changed records: the list and the bar show them (the sync
        banner reads its own state: see SyncController)."""
        if changes.clients:
            self.search(self.ui.search_edit.text())
        if changes.contacts:
            self.refresh_bar()
        if changes.contacts or changes.office:
            self._load_locations()  # a contact at a new name made it a location

    def refresh_after_change(self) -> None:
        if not self.session.is_unlocked:
            return
        self.search(self.ui.search_edit.text())
        self.refresh_bar()
        self._load_locations()
        self.sync.refresh()

    def refresh_after_sync(self) -> None:
        """After a sync brought changes (or a conflict was settled): the list, and the open
        file read again unless it holds unsaved work, which is never overwritten."""
        self.refresh_after_change()
        page = self._client_file
        if (page is None or page.client_id is None
                or self.ui.content.currentWidget() is not self.ui.client_page):
            return
        if page.has_unsaved_changes():
            self.statusBar().showMessage(self.tr(
                "Het open dossier is niet opnieuw ingelezen: er zijn niet-opgeslagen "
                "wijzigingen."), 15_000)
        else:  # erased meanwhile: its file is emptied, not kept on screen
            page.reload(gone=self.back_to_search)

    def refresh_bar(self) -> None:
        today = date.today()
        self.ui.date_label.setText(long_date(today, self.session.language))
        if self.session.is_unlocked:
            run_op(self, lambda workspace: workspace.casefile.contacts_on(
                today.isoformat()), on_success=self._show_today_count,
                on_failure=self._show_failure)

    def _show_today_count(self, count: int) -> None:
        # "Contacten vandaag: 1" reads right for any number; Dutch is the source language,
        # and Qt applies plural forms only through a translation.
        self.ui.today_count_label.setText(
            self.tr("Contacten vandaag: %1").replace("%1", str(count)))

    # -- other screens -------------------------------------------------------------------------
    def edit_preferences(self) -> None:
        from consultant_app.gui.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self.session, self).exec():  # the banner follows its settings
            self.session.location_names = list(self.session.prefs.locations)
            self._fill_locations()
            self.refresh_bar()
            self._load_locations()

    def show_due_tasks(self) -> None:
        from consultant_app.gui.due_tasks_dialog import DueTasksDialog

        if not self.session.is_unlocked:
            return
        dialog = DueTasksDialog(self.session, self)
        dialog.open_client.connect(self.open_client)
        dialog.open()  # not exec(): a lock must be able to hide it

    def make_letters(self) -> None:
        """Letters for the clients listed now (the loaded part of the search result or of the
        whole list)."""
        from consultant_app.gui.letter_batch_dialog import LetterBatchDialog

        if not self.session.is_unlocked:
            return
        clients = [(self.model.client_id(row), self.model.index(row, 0).data())
                   for row in range(self.model.rowCount())]
        LetterBatchDialog(self.session, clients, self.current_location(), self).open()

    def manage_templates(self) -> None:
        from consultant_app.gui.templates_dialog import TemplatesDialog

        if self.session.is_unlocked:
            TemplatesDialog(self.session, self).open()

    def show_annual_figures(self) -> None:
        from consultant_app.gui.annual_figures_dialog import AnnualFiguresDialog

        if self.session.is_unlocked:
            AnnualFiguresDialog(self.session, self).open()

    def show_office(self, tab: str) -> None:
        """*Registratie* at `tab`: the one dialog of the office's registration, brought back
        as it was left (a half-filled form included) when it was open before."""
        from consultant_app.gui.office_dialog import OfficeDialog

        if not self.session.is_unlocked:
            return
        dialog = next(iter(self.findChildren(OfficeDialog)), None)
        if dialog is None:
            dialog = OfficeDialog(self.session, self)
        dialog.show_tab(tab)
        dialog.open()  # not exec(): a lock must be able to hide it
        dialog.raise_()
        dialog.activateWindow()

    def open_client(self, client_id: str) -> None:
        self.client_file.open_client(client_id)
        self.ui.content.setCurrentWidget(self.ui.client_page)
