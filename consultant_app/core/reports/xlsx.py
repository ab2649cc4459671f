"""The annual report as an Excel workbook (openpyxl): a first sheet with what the figures are,
whether they are published (when, by whom, edition, SHA-256; what changed since) and how they
were counted, then one sheet per table with the year and the year before side by
side, and a native bar chart beside each breakdown that Excel and LibreOffice draw themselves.

Counts are numbers (a funder can sum and compare them); a hidden count is the text `<5` or `x`,
which a chart draws as no bar (a note under the table says so). The share of applications is a
number formatted as a percentage. Every text is written as text, never as a formula: a location
named "=HYPERLINK(...)" would otherwise run in the funder's spreadsheet.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font as _Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from consultant_app.core.reports.suppress import HIDDEN, SMALL
from consultant_app.core.reports.tables import ReportTables, Table

ACCENT = "1F3A5F"
PREVIOUS = "9DB4CF"
SHADE = PatternFill("solid", fgColor="E8EDF3")
HEADER_ROW = 3  # the year headers; the categories follow (row 2: a note on the year before)


def Font(**style) -> _Font:
    """openpyxl's Font leaves the name out unless given; LibreOffice then falls back to a serif."""
    return _Font(name="Calibri", **style)


def _put(sheet: Worksheet, row: int, column: int, text: str):
    """A text cell that stays text (openpyxl takes a string starting with = for a formula)."""
    cell = sheet.cell(row, column)
    cell.value = text
    cell.data_type = "s"
    return cell


def _print_setup(sheet: Worksheet, landscape: bool) -> None:
    """One page wide when printed (or saved as PDF), as many pages tall as it takes."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def workbook_bytes(report: ReportTables) -> bytes:
    book = Workbook()
    _overview(book.active, report)
    for table in report.tables:
        _table_sheet(book.create_sheet(table.sheet or table.id), table, report)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _overview(sheet: Worksheet, report: ReportTables) -> None:
    """The title, what is compared, the source, what the file says about its publication, and
    the definitions."""
    sheet.title = report.text("overview_sheet")
    sheet["A1"] = report.text("report_title", year=report.year)
    sheet["A1"].font = Font(size=16, bold=True, color=ACCENT)
    sheet["A2"] = (report.text("compared", year=report.year, previous=report.previous_year)
                   if report.previous_year else report.text("not_compared", year=report.year))
    _put(sheet, 3, 1, report.text("source", source=report.source))
    row = 4
    for row, line in enumerate(report.publication.lines() if report.publication else [],
                               start=4):
        _put(sheet, row, 1, line).font = Font(bold=row == 4)
    heading = row + 2
    sheet.cell(heading, 1, report.text("counted")).font = Font(size=12, bold=True, color=ACCENT)
    for index, (term, text) in enumerate(report.definitions, start=heading + 1):
        _put(sheet, index, 1, term).font = Font(bold=True)
        cell = _put(sheet, index, 2, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(index, 1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[index].height = 15 * max(1, -(-len(text) // 95))
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 100
    _print_setup(sheet, landscape=False)


def _table_sheet(sheet: Worksheet, table: Table, report: ReportTables) -> None:
    sheet["A1"] = table.title
    sheet["A1"].font = Font(size=14, bold=True, color=ACCENT)
    if report.publication and report.publication.previous:  # the year before as published
        _put(sheet, 2, 1, report.publication.previous).font = Font(italic=True, size=9)
    headers = ["", str(report.year), str(report.previous_year or "")]
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(HEADER_ROW, column, text)
        cell.font = Font(bold=True)
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal="right" if column > 1 else "left")
    row = HEADER_ROW
    for row, line in enumerate(table.rows, start=HEADER_ROW + 1):
        _line(sheet, row, line)
    if table.total is not None:
        row += 1
        _line(sheet, row, table.total, total=True)
    hidden = any(text in (SMALL, HIDDEN) for line in table.rows
                 for text in (line.current, line.previous))
    if table.chart and hidden:
        note = _put(sheet, row + 2, 1, report.text("chart_note"))
        note.font = Font(italic=True, color="595959", size=9)
    labels = table.rows + ([table.total] if table.total else [])
    width = max([len(line.label) for line in labels] + [12])
    sheet.column_dimensions["A"].width = width + 2
    for letter in "BC":
        sheet.column_dimensions[letter].width = 11
    if table.chart and table.rows:
        sheet.add_chart(_chart(sheet, table, report), "E3")
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 2)
    _print_setup(sheet, landscape=table.chart)


def _line(sheet: Worksheet, row: int, line, total: bool = False) -> None:
    _put(sheet, row, 1, line.label)
    for column, (text, value) in enumerate(((line.current, line.current_value),
                                            (line.previous, line.previous_value)), start=2):
        cell = sheet.cell(row, column)
        if value is None:
            _put(sheet, row, column, text)
            cell.alignment = Alignment(horizontal="right")
        else:
            cell.value = value
            cell.number_format = "0.0%" if isinstance(value, float) else "#,##0"
    if total:
        top = Border(top=Side(style="thin", color="808080"))
        for column in (1, 2, 3):
            sheet.cell(row, column).font = Font(bold=True)
            sheet.cell(row, column).border = top


def _chart(sheet: Worksheet, table: Table, report: ReportTables) -> BarChart:
    """Horizontal bars of the categories (the total row left out), one series per year, the
    first category on top as in the table."""
    last_row = HEADER_ROW + len(table.rows)
    chart = BarChart()
    chart.type = "bar"
    chart.title = table.title
    chart.gapWidth = 60
    columns = 3 if report.previous_year else 2
    chart.add_data(Reference(sheet, min_col=2, max_col=columns, min_row=HEADER_ROW,
                             max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=HEADER_ROW + 1, max_row=last_row))
    for series, color in zip(chart.series, (ACCENT, PREVIOUS)):
        series.graphicalProperties.solidFill = color
        series.graphicalProperties.line.solidFill = color
    chart.x_axis.scaling.orientation = "maxMin"  # categories top-down, like the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.legend.position = "b"
    chart.height = max(7.5, 1.1 * len(table.rows) + 3)  # cm
    chart.width = 16
    return chart
