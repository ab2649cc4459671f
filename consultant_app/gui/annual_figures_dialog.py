"""*Jaarcijfers*: the annual report on screen (Rapportage → Jaarcijfers…). Whose figures: this
laptop's (its vault) or the whole team's (*Hele team*: computed by the registry over every
laptop's synced rows, counts only, asked through the sync login; only offered when the laptop is
logged in, else the choice is disabled and its tooltip says how to log in). A year picker (the
years with registration, and last year, the default), then per table of the report
(core.reports.tables) a bar chart of the year beside the year before (gui/bar_chart.py) and
the exact counts beside it: the consultant sees every count, small ones included. The
definitions the report prints are on the *Toelichting* tab. *Exporteren…* writes the report as
.xlsx, .docx or .pdf for others, with small counts suppressed (docs/report.md), and says so: the
figures shown, the laptop's or the team's.

Every read and the export run off the GUI thread (gui/work_dialog.py); a year without
registration, a registry out of reach or refusing, or a refused export, is the core's
translated message, and the laptop's own figures are one click away. The report's own words
(titles, categories, definitions, whether the year is published) are in the interface's
language (core/reports/texts.py); the export is Dutch, as the report a funder gets.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QWidget,
)

from consultant_app.core.errors import SyncError, VaultError, error_text
from consultant_app.core.reports.tables import ReportTables, Row, Table, tables
from consultant_app.gui.bar_chart import Bar, BarChart
from consultant_app.gui.dates import long_date
from consultant_app.gui.forms.ui_annual_figures_dialog import Ui_AnnualFiguresDialog
from consultant_app.gui.operations import Latest, OpChanges
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog

EXPORTS = (".xlsx", ".docx", ".pdf")


def exact_tables(workspace, year: int, language: str, *, team: bool = False) -> ReportTables:
    """The report of `year` as the screen shows it: every count exact, in `language`; `team`:
    the whole team's, as the registry computes them (SyncError when it cannot be asked)."""
    return tables(workspace.reports.annual(year, registry=team), suppress=False,
                  language=language)


def login_state(workspace) -> tuple[bool, str | None]:
    """Whether the laptop is logged in to a registry, and its team there (as told at login)."""
    return workspace.sync.status().logged_in, workspace.settings.get("sync_team") or None


class AnnualFiguresDialog(WorkDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(session, parent)
        self.ui = Ui_AnnualFiguresDialog()
        self.ui.setupUi(self)
        self.today = today or date.today()
        self.shown: ReportTables | None = None
        self.shown_team = False  # whether `shown` is the whole team's (what an export writes)
        self.team_name: str | None = None
        self.views: dict[str, tuple[QGroupBox, BarChart | None, QTableWidget]] = {}
        self._loads = Latest()
        self._logins = Latest()
        self.folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.ui.pages.setCurrentWidget(self.ui.figures_page)
        self.ui.export_button.setEnabled(False)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.year_combo.currentIndexChanged.connect(lambda _: self.load())
        self.ui.team_radio.toggled.connect(lambda _: self.load())  # one signal per switch
        self.busy.connect(lambda _: self._enable())
        session.changed.connect(self._changed)
        self.check_login()
        self.run(lambda workspace: workspace.reports.years(), self._fill_years, self._failed)

    # -- whose figures ---------------------------------------------------------------------------
    def team(self) -> bool:
        """The whole team's figures are chosen (else this laptop's)."""
        return self.ui.team_radio.isChecked()

    def check_login(self) -> None:
        """Offer the team's figures only when the laptop is logged in (read off the GUI thread;
        a status and a setting, as the sync banner reads them)."""
        latest = self._logins.ticket()
        self.run(login_state, latest(lambda state: self._set_login(*state)), lambda _: None)

    def _set_login(self, logged_in: bool, team_name: str | None) -> None:
        self.team_name = team_name
        radio = self.ui.team_radio
        radio.setEnabled(logged_in)
        radio.setToolTip(self.tr(
            "De cijfers van het hele team, berekend door de centrale registratie over wat alle "
            "laptops hebben gesynchroniseerd (alleen aantallen).") if logged_in else self.tr(
            "Alleen als deze laptop is ingelogd bij de centrale registratie: kies "
            "Synchronisatie → Inloggen bij de centrale registratie…"))
        if not logged_in and radio.isChecked() and self.shown is not None:
            # logged out while the team's figures were shown: the laptop's instead (a message
            # about the team's, e.g. an expired login, stays until the consultant switches)
            self.ui.own_radio.setChecked(True)

    # -- the year ------------------------------------------------------------------------------
    def year(self) -> int | None:
        return self.ui.year_combo.currentData()

    def set_year(self, year: int) -> None:
        self.ui.year_combo.setCurrentIndex(self.ui.year_combo.findData(year))

    def _fill_years(self, years: list[int]) -> None:
        """The years with registration and last year (so an empty vault says what is
        missing), the latest first, at last year. The team's figures use the same list: a
        sync brings every record of the team to each laptop, so a synced laptop's years are
        the team's (a year only a colleague registered since shows after the next sync, or
        as last year); asking the registry for its years would be another call for little."""
        last = self.today.year - 1
        combo = self.ui.year_combo
        combo.blockSignals(True)
        combo.clear()
        for year in sorted(set(years) | {last}, reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(combo.findData(last))
        combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        year = self.year()
        if year is None:
            return
        latest = self._loads.ticket()
        self.ui.status_label.clear()
        language, team = self.session.language, self.team()
        if team:  # a call over the network: say so, and never leave the laptop's figures shown
            self._message(self.tr(
                "De cijfers van het hele team worden opgehaald bij de centrale registratie…"))
        self.run(lambda workspace: exact_tables(workspace, year, language, team=team),
                 latest(lambda report: self._show(report, team)), latest(self._failed))

    def _changed(self, changes: OpChanges) -> None:
        if changes.sync:  # logged in or out, or synced
            self.check_login()
        if self.shown is None:
            return
        if self.shown_team:  # what this laptop registers reaches the registry with a sync
            if changes.sync:
                self.load()
        elif changes.contacts or changes.clients or changes.office or changes.sync:
            self.load()

    # -- showing ---------------------------------------------------------------------------------
    def _clear(self) -> None:
        layout = self.ui.figures_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.views = {}

    def _show(self, report: ReportTables, team: bool = False) -> None:
        self._clear()
        self.shown, self.shown_team = report, team
        source = QLabel(self._source_text(team), self.ui.figures_contents)
        source.setObjectName("source_label")
        source.setWordWrap(True)
        bold = QFont(source.font())
        bold.setBold(True)
        source.setFont(bold)
        self.ui.figures_layout.addWidget(source)
        previous = str(report.previous_year) if report.previous_year else None
        self.ui.compared_label.setText(
            self.tr("vergeleken met %1").replace("%1", previous) if previous else
            self.tr("(in %1 is niets geregistreerd)").replace("%1", str(report.year - 1)))
        if report.publication is not None:  # published or not, and what changed since
            label = QLabel("\n".join(report.publication.lines()), self.ui.figures_contents)
            label.setObjectName("publication_label")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.ui.figures_layout.addWidget(label)
        for table in report.tables:
            self._add_table(table, str(report.year), previous)
        self.ui.figures_layout.addStretch(1)
        self.ui.definitions_browser.setHtml("".join(
            f"<p><b>{_html(term)}</b><br>{_html(text)}</p>" for term, text in report.definitions))
        self.ui.pages.setCurrentWidget(self.ui.figures_page)
        self._enable()

    def _source_text(self, team: bool) -> str:
        if not team:
            return self.tr("Cijfers van deze laptop.")
        today = long_date(date.today(), self.session.language)  # when the answer came
        if self.team_name:
            return self.tr("Cijfers van het hele team (%2), berekend door de centrale "
                           "registratie op %1.").replace("%1", today).replace(
                               "%2", self.team_name)
        return self.tr("Cijfers van het hele team, berekend door de centrale registratie op "
                       "%1.").replace("%1", today)

    def _add_table(self, table: Table, year: str, previous: str | None) -> None:
        box = QGroupBox(table.title, self.ui.figures_contents)
        box.setObjectName(f"table_{table.id}")
        layout = QHBoxLayout(box)
        chart = None
        if table.chart and table.rows:  # an empty breakdown: its total says enough
            chart = BarChart(box)
            chart.set_bars([Bar(r.label, r.current_value, r.previous_value, r.current,
                                r.previous) for r in table.rows], year, previous)
            layout.addWidget(chart, 3)
        counts = _counts_view(table, year, previous or str(int(year) - 1), box)
        layout.addWidget(counts, 2 if chart else 1, Qt.AlignmentFlag.AlignTop)
        self.ui.figures_layout.addWidget(box)
        self.views[table.id] = (box, chart, counts)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, VaultError) and error.code == "vault_locked":
            return
        if isinstance(error, SyncError):
            self.check_login()  # a login the registry no longer takes is forgotten
        self._message(error_text(error, self.session.language))

    def _message(self, text: str) -> None:
        """`text` instead of the figures (nothing to export)."""
        self._clear()
        self.shown = None
        self.ui.compared_label.clear()
        self.ui.message_label.setText(text)
        self.ui.pages.setCurrentWidget(self.ui.message_page)
        self._enable()

    def _enable(self) -> None:
        self.ui.export_button.setEnabled(self.shown is not None and not self.is_busy())

    # -- export ----------------------------------------------------------------------------------
    def export(self) -> None:
        """Write the figures shown (the laptop's or the team's, as asked again) for others."""
        if self.shown is None:
            return
        year, team = self.shown.year, self.shown_team
        filters = [self.tr("Excel-werkmap (*.xlsx)"), self.tr("Word-document (*.docx)"),
                   self.tr("PDF-document (*.pdf)")]
        # Not asked to overwrite: an export never replaces a file, and says so when it exists.
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Jaarcijfers exporteren"),
            str(self.folder / (self.tr("Jaarcijfers %1 hele team.xlsx") if team else self.tr(
                "Jaarcijfers %1.xlsx")).replace("%1", str(year))),
            ";;".join(filters), filters[0], QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() not in EXPORTS:
            found = re.search(r"\*(\.\w+)", chosen_filter or "")
            out = out.with_name(out.name + (found.group(1) if found else EXPORTS[0]))
        self.folder = out.parent
        self.ui.status_label.setText(self.tr("Bezig met exporteren…"))
        done = self.tr(
            "De cijfers van het hele team zijn geëxporteerd naar %1. Kleine aantallen staan "
            "daarin als <5 of x; hier zie je ze precies.") if team else self.tr(
            "Geëxporteerd naar %1. Kleine aantallen staan daarin als <5 of x; "
            "hier zie je ze precies.")
        self.run(lambda workspace: workspace.reports.export(year, out, registry=team),
                 lambda _: self.ui.status_label.setText(done.replace("%1", out.name)),
                 lambda error: self.ui.status_label.setText(
                     error_text(error, self.session.language)))


def _counts_view(table: Table, year: str, previous: str, parent: QWidget) -> QTableWidget:
    """The exact counts of `table`: a row per category and its total in bold, as tall as its
    rows (the screen scrolls, not each table)."""
    rows = table.rows + ([table.total] if table.total else [])
    view = QTableWidget(len(rows), 3, parent)
    view.setObjectName(f"counts_{table.id}")
    view.setHorizontalHeaderLabels(["", year, previous])
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bold = QFont(view.font())
    bold.setBold(True)
    for index, row in enumerate(rows):
        for column, text in enumerate(_texts(row)):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row is table.total:
                item.setFont(bold)
            view.setItem(index, column, item)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)  # one line a row, as tall as the chart's rows
    rows_header = view.verticalHeader()
    rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows_header.setDefaultSectionSize(view.fontMetrics().height() + 6)
    height = header.sizeHint().height() + 2 * view.frameWidth() + sum(
        view.rowHeight(r) for r in range(len(rows)))
    view.setFixedHeight(height)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setMinimumWidth(300)
    return view


def _texts(row: Row) -> tuple[str, str, str]:
    return row.label, row.current, row.previous


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
