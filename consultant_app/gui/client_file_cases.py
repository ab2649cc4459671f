"""The case part of the *Regeling* tab: the client's cases, the chosen case's timeline of dated
events, the deadlines derived from it (core.cases.deadlines: open or done, due date, window),
*Nieuwe zaak*, one button per event the case may take next (CaseView.next_kinds: an event out
of order has no button) which asks for the date (gui/event_date_dialog.py), *Termijn
afgerond*, and *Termijn heropenen* for a deadline marked done by mistake (one met by its event
is not marked, and stays done). A change (`wijziging`) names the fields it is about, in the
core's words for them (the CLI's too). A refusal of the core (an event dated before the last one) is shown translated in
the date dialog, which stays open. Every change is an operation that reports follow-ups
changed (deadlines appear in *Wat staat er open?*), after which the tab reads the case again
(SchemeTab listens to the session's `changed`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from consultant_app.core.cases import states
from consultant_app.core.cases.deadlines import OPEN, field_words
from consultant_app.core.messages import translate
from consultant_app.gui.client_file_errors import describe, show
from consultant_app.gui.dates import short_date
from consultant_app.gui.event_date_dialog import EventDateDialog
from consultant_app.gui.operations import OpChanges, run_op
from consultant_app.gui.session import Session

LATE = QColor("#b00020")


def _done_on(stamp: str | None, language: str) -> str:
    """The local date a deadline was marked done (its UTC timestamp)."""
    try:
        return short_date(dt.datetime.fromisoformat(stamp or "").astimezone().date(), language)
    except ValueError:
        return stamp or ""


def _fill(table: QTableWidget, rows: list[list[str]], tips: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if tips:
                item.setToolTip(tips[r])
            table.setItem(r, c, item)


class CasesPanel(QObject):
    case_chosen = Signal(str)  # the consultant chose (or opened) this case

    def __init__(self, ui: Any, session: Session, tab: QWidget):
        super().__init__(tab)
        self.ui, self.session, self._tab = ui, session, tab
        self.case: Any = None
        self.buttons: dict[str, QPushButton] = {}
        self.dialog: EventDateDialog | None = None
        for table in (ui.events_table, ui.deadlines_table):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0 if table is ui.deadlines_table else 1,
                                        QHeaderView.ResizeMode.Stretch)  # the words take the rest
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setWordWrap(False)
        # A long title keeps its end in view: a change's fields ("...: vertrek, partner").
        ui.deadlines_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        ui.open_case_button.clicked.connect(self.open_case)
        ui.mark_done_button.clicked.connect(self.mark_done)
        ui.reopen_button.clicked.connect(self.reopen)
        ui.case_combo.activated.connect(
            lambda index: self.case_chosen.emit(ui.case_combo.itemData(index)))
        ui.deadlines_table.itemSelectionChanged.connect(self._enable_done)

    # -- showing -------------------------------------------------------------------------------
    def show(self, case: Any, cases: tuple[Any, ...]) -> None:
        """Shows `case` (a CaseView with its deadlines, or None) among the client's `cases`."""
        ui, language = self.ui, self.session.language
        self.case = case
        show(ui.case_error, "")
        ui.case_combo.blockSignals(True)
        ui.case_combo.clear()
        for view in cases:
            ui.case_combo.addItem(self.tr("%1, geopend %2").replace("%1", view.case.scheme)
                                  .replace("%2", short_date(view.case.opened_at, language)),
                                  view.case.id)
        ui.case_combo.setCurrentIndex(ui.case_combo.findData(case.case.id) if case else -1)
        ui.case_combo.blockSignals(False)
        ui.case_combo.setEnabled(bool(cases))
        ui.cases_box.setTitle(
            self.tr("Zaak en termijnen, stand: %1").replace("%1", case.state.replace("_", " "))
            if case else self.tr("Zaak en termijnen"))
        _fill(ui.events_table, [[short_date(e.date, language), self._event_text(e)]
                                for e in (case.case.events if case else ())])
        self._show_deadlines(case.deadlines if case else ())
        self._show_next(case.next_kinds if case else ())
        ui.open_case_button.setEnabled(self._tab.client is not None)

    def _event_text(self, event: Any) -> str:
        """"toegekend"; a change with its fields: "Wijziging: vertrek, partner"."""
        if event.fields:
            language = self.session.language
            return translate("case_change_fields", language,
                             fields=field_words(event.fields, language))
        return event.kind.replace("_", " ")

    def _show_deadlines(self, deadlines: tuple[Any, ...]) -> None:
        language, today = self.session.language, dt.date.today()
        rows = []
        for d in deadlines:
            if d.status == OPEN and d.due < today:
                status = self.tr("verstreken") if d.term else self.tr("te laat")
            elif d.status == OPEN:
                status = self.tr("open")
            else:
                status = self.tr("afgerond")
            rows.append([d.title_in(language), short_date(d.due, language),
                         short_date(d.window_start, language), status])
        tips = [self._tip(d) for d in deadlines]
        table = self.ui.deadlines_table
        _fill(table, rows, tips)
        for r, d in enumerate(deadlines):
            if d.overdue(today):
                for c in range(table.columnCount()):
                    table.item(r, c).setForeground(QBrush(LATE))
        self._enable_done()

    def _tip(self, deadline: Any) -> str:
        """The deadline's words in full (a change's fields may not fit), how it follows, its
        source, and when it was marked done."""
        tip = deadline.title_in(self.session.language) + "\n" + self.tr("%1; bron: %2").replace(
            "%1", deadline.rule).replace("%2", deadline.source)
        if deadline.status != OPEN:
            tip += "\n" + self.tr("Afgerond op %1").replace(
                "%1", _done_on(deadline.done_at, self.session.language))
        return tip

    def _show_next(self, kinds: tuple[str, ...]) -> None:
        """One button per event that may follow: the steps on one row, the records (a change,
        a life certificate: they leave the state as it is) on the next."""
        for button in self.buttons.values():
            button.hide()
            button.deleteLater()  # and so leaves its row
        self.buttons = {}
        steps = [k for k in kinds if k not in states.RECORDS]
        records = [k for k in kinds if k in states.RECORDS]
        for row, shown, first in ((self.ui.next_events_row, steps, 0),
                                  (self.ui.records_row, records, 1)):  # after its label
            for index, kind in enumerate(shown, start=first):
                row.insertWidget(index, self._event_button(kind))
        self.ui.next_events_label.setText(
            self.tr("Volgende stap:") if steps else
            self.tr("Geen volgende stap: de zaak is afgesloten.") if self.case else
            self.tr("Nog geen zaak voor deze cliënt."))
        self.ui.records_label.setVisible(bool(records))

    def _event_button(self, kind: str) -> QPushButton:
        button = QPushButton(f"{kind.replace('_', ' ')}\u2026")
        button.setObjectName(f"event_{kind}_button")
        button.setToolTip(self.tr("Gebeurtenis %1 toevoegen, met de datum").replace("%1", kind))
        button.clicked.connect(lambda _=False, k=kind: self.ask_event(k))
        self.buttons[kind] = button
        return button

    def _enable_done(self) -> None:
        deadline = self.selected_deadline()
        self.ui.mark_done_button.setEnabled(deadline is not None and deadline.status == OPEN)
        self.ui.reopen_button.setEnabled(deadline is not None and deadline.by_hand)

    def selected_deadline(self) -> Any:
        rows = self.ui.deadlines_table.selectionModel().selectedRows()
        deadlines = self.case.deadlines if self.case else ()
        return deadlines[rows[0].row()] if rows and rows[0].row() < len(deadlines) else None

    # -- changing ------------------------------------------------------------------------------
    def open_case(self) -> None:
        client, scheme = self._tab.client, self.ui.scheme_combo.currentData()
        if client is None:
            return
        run_op(self, lambda workspace: workspace.cases.open(client.id, scheme),
               changes=OpChanges(follow_ups=True), on_success=self.case_chosen.emit,
               on_failure=self._failed)

    def ask_event(self, kind: str) -> None:
        """Asks for the date of `kind` and adds the event; the dialog is window-modal without a
        nested event loop (a lock may hide it)."""
        if self.case is None:
            return
        dialog = EventDateDialog(kind, self.session.language, self._tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(lambda day: self._add_event(dialog, kind, day))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _add_event(self, dialog: EventDateDialog, kind: str, day: str) -> None:
        case_id = self.case.case.id

        def added(_: Any) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()  # the tab reads the case again: follow-ups changed

        def refused(error: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_error(describe(error, self.session.language))
            else:
                self._failed(error)

        run_op(self, lambda workspace: workspace.cases.add_event(case_id, kind, day),
               changes=OpChanges(follow_ups=True), on_success=added, on_failure=refused)

    def mark_done(self) -> None:
        deadline = self.selected_deadline()
        if deadline is None or deadline.status != OPEN:
            return
        run_op(self, lambda workspace: workspace.cases.mark_done(deadline.id),
               changes=OpChanges(follow_ups=True), on_failure=self._failed)

    def reopen(self) -> None:
        """Takes back the marking of the chosen deadline: open (or late) again."""
        deadline = self.selected_deadline()
        if deadline is None or not deadline.by_hand:
            return
        run_op(self, lambda workspace: workspace.cases.reopen(deadline.id),
               changes=OpChanges(follow_ups=True), on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        show(self.ui.case_error, describe(error, self.session.language))
