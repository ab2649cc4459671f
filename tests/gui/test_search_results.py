"""Find-as-you-type in the main window shows the true number found and pages every match in as
the list scrolls, like the full list; a pasted page of text gets a message, not a frozen window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.models.client_table import PAGE
from tests.gui.conftest import wait_for_ops

FAMILIES = PAGE + 40  # found through a child named Kaya: more than one page


@pytest.fixture
def window(qtbot, session):
    casefile = session.workspace.casefile
    casefile.add_clients([casefile.prepare_client(
        {"given_names": f"Cliënt {i:03d}", "surname": "Demir", "birth_date": "1960-01-01",
         "children": [{"given_names": "Emre", "surname": "Kaya"}]}) for i in range(FAMILIES)])
    casefile.add_client({"given_names": "Elif", "surname": "Kaya", "birth_date": "1970-05-05"})
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    wait_for_ops(qtbot)
    return window


def test_search_shows_the_true_count_and_scrolling_reaches_the_last_match(qtbot, window,
                                                                           session):
    window.ui.action_find.trigger()
    qtbot.keyClicks(window.ui.search_edit, "kaya")
    wait_for_ops(qtbot)
    assert window.ui.result_count_label.text() == f"{FAMILIES + 1} gevonden"
    model, table = window.model, window.ui.clients_table
    assert model.index(0, 0).data() == "Elif Kaya"  # her own name: first, though the newest
    assert model.rowCount() == PAGE  # the rest comes as the list scrolls

    def scrolled_to_the_end() -> bool:
        bar = table.verticalScrollBar()
        bar.setValue(bar.maximum())
        return model.rowCount() == FAMILIES + 1

    qtbot.waitUntil(scrolled_to_the_end)
    assert not model.canFetchMore()
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == f"Cliënt {FAMILIES - 1:03d} Demir"
    assert len({model.client_id(row) for row in range(model.rowCount())}) == FAMILIES + 1

    table.setFocus()
    table.selectRow(last)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opening the file logs the search: the count only
    wait_for_ops(qtbot)
    (detail,) = session.workspace.casefile.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'search'").fetchone()
    assert detail == f"results={FAMILIES + 1}"


def test_a_pasted_page_of_text_is_refused_with_a_message(qtbot, window):
    window.ui.search_edit.setText("levensbewijs " * 300)  # a pasted page
    wait_for_ops(qtbot)
    assert window.ui.result_count_label.text() == "Zoektekst te lang: maximaal 200 tekens"
    assert window.model.rowCount() == 0
    window.ui.search_edit.setText("kaya")
    wait_for_ops(qtbot)
    assert window.ui.result_count_label.text() == f"{FAMILIES + 1} gevonden"
