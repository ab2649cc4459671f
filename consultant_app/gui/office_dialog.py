"""*Registratie*: what the office registers besides its client files, the annual report's other
figures (docs/report.md), in one dialog with a tab per kind: group information sessions,
relation contacts with partner organisations, the partner organisations, the spreekuur
locations and the national figures (core.office.service). The main window's *Registratie*
menu opens it at the tab asked for.

Each tab (gui/office_pages.py) is a list beside a form to add one: sessions and relation
contacts of the year chosen, newest first, with their count. Every read and save runs off the
GUI thread (gui/operations.py); a save reports `OpChanges(office=True)`, so every tab, the
Jaarcijfers screen and the spreekuur bar's locations read again by themselves. A refusal of the
core (a date that is no date, a name holding an e-mail address) is shown next to its field in
the interface language, and the form keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from consultant_app.core.errors import VaultError, error_text
from consultant_app.gui.client_file_errors import ErrorLabels, field_errors, show
from consultant_app.gui.forms.ui_office_dialog import Ui_OfficeDialog
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session

OFFICE = OpChanges(office=True)
LIMIT = 200  # rows a list shows; the count says how many more there are
MAX_COLUMN = 240  # pixels a column of a list takes at most (the rest shows in its tooltip)


class OfficePage(QWidget):
    """One tab: a list read from the vault and a form that adds to it. Subclasses give the
    form class (`FORM`), the list's model (`MODEL`) and `reader`, `show_read`, `record` and
    `store`; `reader` and `store` return work that runs in a worker thread, so they take
    what they need from the widgets first."""

    FORM: type = object
    MODEL: type = object

    def __init__(self, session: Session, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.today = session, today
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self.model = self.MODEL(self, language=session.language)
        view = self.ui.list_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        self.errors = ErrorLabels(self, self.ui.general_error, lambda: session.language,
                                  lambda _table, index: index)
        self._loads = Latest()
        self._saving = False
        self.ui.save_button.clicked.connect(self.save)
        session.changed.connect(self._changed)
        self.setup()
        self.load()

    # -- what a page says ----------------------------------------------------------------------
    def setup(self) -> None:
        """Fill the form's fixed choices and connect its own widgets."""

    def reader(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def show_read(self, found: Any) -> None:
        raise NotImplementedError

    def record(self) -> dict[str, Any]:
        """The form as the core's record; empty fields left out."""
        raise NotImplementedError

    def store(self, record: dict[str, Any]) -> Callable[[Any], Any]:
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        """After a save: the fields that differ per record are emptied."""

    # -- reading -------------------------------------------------------------------------------
    def load(self) -> None:
        if not self.session.is_unlocked:
            return
        latest = self._loads.ticket()
        run_op(self, self.reader(), on_success=latest(self.show_read),
               on_failure=latest(self._load_failed))

    def _changed(self, changes: OpChanges) -> None:
        if changes.office or changes.sync:
            self.load()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return
        self.ui.count_label.setText(error_text(error, self.session.language))

    def show_rows(self, records: list[dict[str, Any]], count: str) -> None:
        """The list's records (the first LIMIT) under `count`, with how many more there are."""
        self.model.set_records(records[:LIMIT])
        if len(records) > LIMIT:
            count += " " + self.tr("De nieuwste %1 staan in de lijst, nog %2 meer.").replace(
                "%1", str(LIMIT)).replace("%2", str(len(records) - LIMIT))
        self.ui.count_label.setText(count)
        view = self.ui.list_view
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN))

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:  # Enter pressed again while the first one is stored
            return
        try:
            work = self.store(self.record())
        except Exception as error:  # noqa: BLE001 - shown in the form, which keeps its values
            self.refused(error)
            return
        self._saving = True
        self.ui.status_label.clear()
        run_op(self, work, changes=OFFICE, on_success=self._saved, on_failure=self.refused)

    def _saved(self, result: Any) -> None:
        self._saving = False
        self.errors.clear()
        self.saved(result)

    def refused(self, error: BaseException) -> None:
        self._saving = False
        self.ui.status_label.clear()
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return  # the form is kept; saving again after the unlock stores it
        errors = field_errors(error)
        if errors is None:
            self.errors.show_general(error_text(error, self.session.language))
        else:
            self.errors.show_errors(errors)

    def say(self, text: str) -> None:
        show(self.ui.status_label, text)


class OfficeDialog(QDialog):
    TABS = ("sessions", "relations", "partners", "locations", "figures")

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 today: date | None = None):
        from consultant_app.gui.office_pages import (
            FiguresPage, GroupSessionsPage, LocationsPage, PartnersPage, RelationsPage,
        )

        super().__init__(parent)
        self.session = session
        self.ui = Ui_OfficeDialog()
        self.ui.setupUi(self)
        today = today or date.today()
        ui = self.ui
        self.sessions = GroupSessionsPage(session, today, ui.sessions_tab)
        self.relations = RelationsPage(session, today, ui.relations_tab)
        self.partners = PartnersPage(session, today, ui.partners_tab)
        self.locations = LocationsPage(session, today, ui.locations_tab)
        self.figures = FiguresPage(session, today, ui.figures_tab)
        self.pages: dict[str, OfficePage] = dict(zip(self.TABS, (
            self.sessions, self.relations, self.partners, self.locations, self.figures)))
        for name, page in self.pages.items():
            getattr(ui, f"{name}_tab_layout").addWidget(page)
        close = ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAutoDefault(False)
        ui.button_box.rejected.connect(self.reject)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(ui.tabs.currentIndex())

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(self.TABS.index(name))

    def current_page(self) -> OfficePage:
        return self.pages[self.TABS[self.ui.tabs.currentIndex()]]

    def _tab_changed(self, index: int) -> None:
        """Enter saves the form of the tab on top."""
        for position, page in enumerate(self.pages.values()):
            page.ui.save_button.setDefault(position == index)
