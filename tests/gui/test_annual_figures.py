"""The Jaarcijfers screen: the exact counts of a year beside the year before, a year picker, a
clear message for a year without registration, and an export for others with small counts
suppressed, written off the GUI thread."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from consultant_app.gui.annual_figures_dialog import AnnualFiguresDialog
from consultant_app.gui.bar_chart import BAR as BAR_HEIGHT
from consultant_app.gui.bar_chart import CURRENT, PREVIOUS, Bar, BarChart
from consultant_app.gui.operations import OpChanges, run_op
from tests.gui.conftest import wait_for_ops

TODAY = date(2026, 3, 2)  # last year: 2025
UTRECHT = "Kantoor Utrecht"


def _helped(casefile, country: str, number: int, day: str) -> None:
    for n in range(number):
        client = casefile.add_client({"given_names": f"Test{n}", "surname": f"Land{country}",
                                      "birth_date": "1960-01-01", "country_of_birth": country,
                                      "nationalities": [country]})
        casefile.add_contact(client, {"date": day, "kind": "intake", "location": UTRECHT})


@pytest.fixture
def registered(session):
    """2025: six clients born in Turkey and two in Morocco; 2024: three born in Turkey; 2023:
    nothing at all."""
    workspace = session.workspace
    workspace.office.add_location({"name": UTRECHT, "city": "Utrecht", "kind": "kantoor",
                                   "active_from": "2020-01-01"})
    _helped(workspace.casefile, "TR", 6, "2025-04-01")
    _helped(workspace.casefile, "MA", 2, "2025-12-31")
    _helped(workspace.casefile, "TR", 3, "2024-06-01")
    return session


def _open(qtbot, session) -> AnnualFiguresDialog:
    dialog = AnnualFiguresDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_ops(qtbot)
    return dialog


def _counts(dialog, table_id: str) -> list[tuple[str, str, str]]:
    _, _, view = dialog.views[table_id]
    return [tuple(view.item(r, c).text() for c in range(3)) for r in range(view.rowCount())]


def _headers(dialog, table_id: str) -> list[str]:
    _, _, view = dialog.views[table_id]
    return [view.horizontalHeaderItem(c).text() for c in (1, 2)]


def test_last_year_shows_its_exact_counts_beside_the_year_before(qtbot, registered):
    dialog = _open(qtbot, registered)

    assert dialog.year() == 2025
    assert [dialog.ui.year_combo.itemText(i) for i in range(dialog.ui.year_combo.count())] \
        == ["2025", "2024"]
    assert _headers(dialog, "Cliënten") == ["2025", "2024"]
    # exact on screen: the two Moroccan clients are not hidden as <5
    assert _counts(dialog, "Cliënten") == [("Turkije", "6", "3"), ("Marokko", "2", "0"),
                                           ("Totaal geholpen cliënten", "8", "3")]
    _, chart, _ = dialog.views["Cliënten"]
    assert [(b.label, b.current, b.previous) for b in chart.bars] == [
        ("Turkije", 6, 3), ("Marokko", 2, 0)]
    assert dialog.ui.export_button.isEnabled()
    assert "Intake en uitgebreide begeleiding" in dialog.ui.definitions_browser.toPlainText()


def test_choosing_another_year_shows_that_year(qtbot, registered):
    dialog = _open(qtbot, registered)

    dialog.set_year(2024)
    wait_for_ops(qtbot)

    assert _headers(dialog, "Cliënten") == ["2024", "2023"]
    assert _counts(dialog, "Cliënten") == [("Turkije", "3", "–"),
                                           ("Totaal geholpen cliënten", "3", "–")]
    _, chart, _ = dialog.views["Cliënten"]
    assert chart.legend == ("2024", None)  # no bars for a year without figures


def test_a_year_without_registration_says_so_and_cannot_be_exported(qtbot, session):
    dialog = _open(qtbot, session)  # an empty vault: only last year is offered

    assert dialog.year() == 2025
    assert dialog.ui.message_label.isVisible()
    assert dialog.ui.message_label.text().startswith("Niets geregistreerd in 2025")
    assert not dialog.ui.tabs.isVisible()
    assert not dialog.ui.export_button.isEnabled()


def test_export_writes_an_xlsx_with_small_counts_suppressed(qtbot, registered, tmp_path,
                                                            monkeypatch):
    dialog = _open(qtbot, registered)
    asked = []

    def save_file_name(parent, caption, suggested, filters, chosen, options):
        asked.append(suggested)
        return str(tmp_path / "jaarcijfers"), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert asked[0].endswith("Jaarcijfers 2025.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "jaarcijfers.xlsx")["Cliënten"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=4, max_col=3, values_only=True)}
    assert rows["Marokko"][0] == "<5"
    assert "<5" in dialog.ui.status_label.text()
    assert dialog.ui.status_label.text().startswith("Geëxporteerd naar jaarcijfers.xlsx")


def test_an_export_that_would_overwrite_a_file_is_refused_in_words(qtbot, registered, tmp_path,
                                                                   monkeypatch):
    dialog = _open(qtbot, registered)
    existing = tmp_path / "al-daar.xlsx"
    existing.write_bytes(b"keep me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(existing), args[3].split(";;")[0]))

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert existing.read_bytes() == b"keep me"
    text = dialog.ui.status_label.text()
    assert text and "Traceback" not in text and not text.startswith("Geëxporteerd")


def test_english_shows_english(qtbot, session, english):
    dialog = _open(qtbot, session)

    assert dialog.windowTitle() == "Annual figures"
    assert dialog.ui.export_button.text() == "&Export…"
    assert dialog.ui.message_label.text().startswith("Nothing registered in 2025")


def test_a_bar_is_as_long_as_its_count_and_a_year_without_figures_draws_none(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.set_bars([Bar("Turkije", 10, None, "10", "–"), Bar("Marokko", 5, None, "5", "–")],
                   "2025", None)

    image = chart.grab().toImage()
    lengths = {}
    for label, row in (("Turkije", 0), ("Marokko", 1)):
        y = chart._legend_height() + row * chart._group_height() + BAR_HEIGHT // 2
        lengths[label] = sum(image.pixelColor(x, y) == CURRENT for x in range(image.width()))
        assert not any(image.pixelColor(x, y + BAR_HEIGHT) == PREVIOUS
                       for x in range(image.width()))
    assert lengths["Turkije"] > 100
    assert abs(lengths["Turkije"] - 2 * lengths["Marokko"]) <= 2


def test_a_contact_registered_while_the_screen_is_open_is_counted(qtbot, registered):
    dialog = _open(qtbot, registered)

    def work(workspace):
        _helped(workspace.casefile, "SR", 1, "2025-07-07")

    run_op(dialog, work, changes=OpChanges(contacts=True))
    wait_for_ops(qtbot)

    assert ("Suriname", "1", "0") in _counts(dialog, "Cliënten")


def test_the_screen_is_under_rapportage_in_the_main_window(qtbot, registered):
    from consultant_app.gui.main_window import MainWindow

    window = MainWindow(registered)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)

    assert window.ui.menu_reports.title() == "&Rapportage"
    assert window.ui.action_annual_figures in window.ui.menu_reports.actions()
    window.ui.action_annual_figures.trigger()
    dialog = window.findChild(AnnualFiguresDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    assert dialog.year() == date.today().year - 1


def test_english_shows_the_report_itself_in_english(qtbot, registered, english):
    dialog = _open(qtbot, registered)

    box, _, _ = dialog.views["Cliënten"]
    assert box.title() == "Clients helped by background"
    assert _counts(dialog, "Cliënten") == [("Türkiye", "6", "3"), ("Morocco", "2", "0"),
                                           ("Total clients helped", "8", "3")]
    assert dialog.views["Dienstverlening"][0].title() == "Intake and extended guidance"
    assert "Small counts" in dialog.ui.definitions_browser.toPlainText()
    assert "Kleine aantallen" not in dialog.ui.definitions_browser.toPlainText()
    label = dialog.findChild(QLabel, "publication_label")
    assert label.text().startswith("Not published: figures as registered on ")


def test_a_published_year_says_so_above_its_tables_with_what_changed(qtbot, registered):
    workspace = registered.workspace
    done = workspace.reports.publish(2025)
    _helped(workspace.casefile, "SR", 1, "2025-07-07")  # registered after publication

    dialog = _open(qtbot, registered)

    lines = dialog.findChild(QLabel, "publication_label").text().splitlines()
    assert lines[0].startswith("Gepubliceerd op ") and lines[0].endswith(
        f", editie 1, SHA-256 {done['sha256']}")
    assert lines[1].startswith("Dit zijn de gepubliceerde cijfers; sindsdien zijn ")
    assert "– Geholpen cliënten naar achtergrond: Suriname (2025): – → 1" in lines
    assert ("Suriname", "1", "0") not in _counts(dialog, "Cliënten")  # the published figures
