"""*Jaarcijfers*: the annual report on screen (Rapportage → Jaarcijfers…). A year picker (the
years with registration, and last year, the default), then per table of the report
(core.reports.tables) a bar chart of the year beside the year before (gui/bar_chart.py) and
the exact counts beside it: the consultant sees every count, small ones included. The
definitions the report prints are on the *Toelichting* tab. *Exporteren…* writes the report as
.xlsx, .docx or .pdf for others, with small counts suppressed (docs/report.md), and says so.

Every read and the export run off the GUI thread (gui/work_dialog.py); a year without
registration, or a refused export, is the core's translated message. The report's own words
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

from consultant_app.core.errors import VaultError, error_text
from consultant_app.core.reports.tables import ReportTables, Row, Table, tables
from consultant_app.gui.bar_chart import Bar, BarChart
from consultant_app.gui.forms.ui_annual_figures_dialog import Ui_AnnualFiguresDialog
from consultant_app.gui.operations import Latest, OpChanges
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog

EXPORTS = (".xlsx", ".docx", ".pdf")


def exact_tables(workspace, year: int, language: str) -> ReportTables:
    """The report of `year` as the screen shows it: every count exact, in `language`."""
    return tables(workspace.reports.annual(year), suppress=False, language=language)


class AnnualFiguresDialog(WorkDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(session, parent)
        self.ui = Ui_AnnualFiguresDialog()
        self.ui.setupUi(self)
        self.today = today or date.today()
        self.shown: ReportTables | None = None
        self.views: dict[str, tuple[QGroupBox, BarChart | None, QTableWidget]] = {}
        self._loads = Latest()
        self.folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.ui.pages.setCurrentWidget(self.ui.figures_page)
        self.ui.export_button.setEnabled(False)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.year_combo.currentIndexChanged.connect(lambda _: self.load())
        self.busy.connect(lambda _: self._enable())
        session.changed.connect(self._changed)
        self.run(lambda workspace: workspace.reports.years(), self._fill_years, self._failed)

    # -- the year ------------------------------------------------------------------------------
    def year(self) -> int | None:
        return self.ui.year_combo.currentData()

    def set_year(self, year: int) -> None:
        self.ui.year_combo.setCurrentIndex(self.ui.year_combo.findData(year))

    def _fill_years(self, years: list[int]) -> None:
        """The years with registration and last year (so an empty vault says what is
        missing), the latest first, at last year."""
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
        language = self.session.language
        self.run(lambda workspace: exact_tables(workspace, year, language), latest(self._show),
                 latest(self._failed))

    def _changed(self, changes: OpChanges) -> None:
        if (changes.contacts or changes.clients or changes.office) and self.shown is not None:
            self.load()

    # -- showing ---------------------------------------------------------------------------------
    def _clear(self) -> None:
        layout = self.ui.figures_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.views = {}

    def _show(self, report: ReportTables) -> None:
        self._clear()
        self.shown = report
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
        self._clear()
        self.shown = None
        self.ui.compared_label.clear()
        self.ui.message_label.setText(error_text(error, self.session.language))
        self.ui.pages.setCurrentWidget(self.ui.message_page)
        self._enable()

    def _enable(self) -> None:
        self.ui.export_button.setEnabled(self.shown is not None and not self.is_busy())

    # -- export ----------------------------------------------------------------------------------
    def export(self) -> None:
        year = self.year()
        if year is None or self.shown is None:
            return
        filters = [self.tr("Excel-werkmap (*.xlsx)"), self.tr("Word-document (*.docx)"),
                   self.tr("PDF-document (*.pdf)")]
        # Not asked to overwrite: an export never replaces a file, and says so when it exists.
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Jaarcijfers exporteren"),
            str(self.folder / self.tr("Jaarcijfers %1.xlsx").replace("%1", str(year))),
            ";;".join(filters), filters[0], QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() not in EXPORTS:
            found = re.search(r"\*(\.\w+)", chosen_filter or "")
            out = out.with_name(out.name + (found.group(1) if found else EXPORTS[0]))
        self.folder = out.parent
        self.ui.status_label.setText(self.tr("Bezig met exporteren…"))
        self.run(lambda workspace: workspace.reports.export(year, out),
                 lambda _: self.ui.status_label.setText(self.tr(
                     "Geëxporteerd naar %1. Kleine aantallen staan daarin als <5 of x; "
                     "hier zie je ze precies.").replace("%1", out.name)),
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
