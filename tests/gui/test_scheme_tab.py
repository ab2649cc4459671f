"""The client file's *Regeling* tab, used like a consultant: an unknown condition's link takes
the cursor to the missing field, the check is kept in the file, a case's next events are added
through their buttons with a date (the timeline and its deadlines follow), an event out of order
has no button and one dated before the last is refused in words, and English reads English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from consultant_app.gui import i18n
from consultant_app.gui.client_file import SCHEME_TAB, ClientFilePage
from tests.conftest import MEHMET
from tests.gui.conftest import LOCATION, shown_client_page, wait_for_ops
from tests.gui.keyboard import type_text

NO_ARRIVAL = {k: v for k, v in MEHMET.items() if k != "arrival_date"}


@pytest.fixture
def page(qtbot, session):
    return shown_client_page(qtbot, session, 1200, 760)


def open_scheme_tab(qtbot, page, client_id: str):
    page.open_client(client_id)
    wait_for_ops(qtbot)
    page.ui.tabs.setCurrentIndex(SCHEME_TAB)
    tab = page.scheme
    qtbot.waitUntil(lambda: tab.view is not None)
    wait_for_ops(qtbot)
    return tab


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_unknown_condition_links_to_the_missing_field_and_focuses_it(qtbot, page, session):
    client_id = session.workspace.casefile.add_client(NO_ARRIVAL)
    tab = open_scheme_tab(qtbot, page, client_id)
    outcome = tab.findChild(type(tab.ui.verdict_label), "outcome_age_at_arrival")
    text = tab.findChild(type(tab.ui.verdict_label), "condition_age_at_arrival")
    assert "onbekend" in outcome.text()
    assert 'href="field:arrival_date"' in text.text()
    assert ">Aankomst in Nederland<" in text.text()  # the field's name on the form, not its JSON name

    text.linkActivated.emit("field:arrival_date")

    assert page.ui.tabs.currentWidget() is page.ui.person_tab
    assert QApplication.focusWidget() is page.ui.arrival_date_edit


def test_closed_scheme_is_explained_and_a_kept_check_shows_its_date(qtbot, page, session):
    client_id = session.workspace.casefile.add_client(MEHMET)
    tab = open_scheme_tab(qtbot, page, client_id)
    assert "Gesloten" in tab.ui.verdict_label.text()
    assert "1 januari 2025" in tab.ui.verdict_label.text()
    assert tab.ui.last_check_label.text() == "Nog geen toets bewaard in dit dossier."

    tab.ui.check_button.click()
    qtbot.waitUntil(lambda: "Laatst bewaarde toets" in tab.ui.last_check_label.text())
    kept = session.workspace.eligibility.history(client_id)
    assert [(k.scheme, k.verdict) for k in kept] == [("remigratiewet", "closed")]


def add_event(qtbot, tab, kind: str, typed: str):
    tab.cases.buttons[kind].click()
    dialog = tab.cases.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.date_edit.clear()
    type_text(qtbot, dialog.date_edit, typed)
    dialog.buttons.accepted.emit()
    wait_for_ops(qtbot)
    return dialog


def test_events_added_by_their_buttons_update_timeline_and_deadlines(qtbot, page, session):
    client_id = session.workspace.casefile.add_client(MEHMET)
    case_id = session.workspace.cases.open(client_id, "remigratiewet")
    session.workspace.cases.add_event(case_id, "ingediend", "2019-03-04")
    tab = open_scheme_tab(qtbot, page, client_id)
    # the check is made on the application's date, when the scheme still took applications
    assert tab.ui.check_date_edit.text() == "04-03-2019"
    assert "Gesloten" not in tab.ui.verdict_label.text()
    assert {"toegekend", "afgewezen", "ingetrokken"} <= set(tab.cases.buttons)
    assert "vertrokken" not in tab.cases.buttons  # out of order: no way to add it

    add_event(qtbot, tab, "toegekend", "31-08-2019")
    qtbot.waitUntil(lambda: tab.ui.events_table.rowCount() == 2)
    wait_for_ops(qtbot)
    assert cells(tab.ui.events_table) == [["04-03-2019", "ingediend"],
                                          ["31-08-2019", "toegekend"]]
    deadlines = cells(tab.ui.deadlines_table)
    assert [row[1] for row in deadlines] == ["29-02-2020"]  # six months on, clamped
    assert "vertrokken" in tab.cases.buttons
    assert not {"ingediend", "toegekend", "afgewezen"} & set(tab.cases.buttons)

    tab.ui.deadlines_table.selectRow(0)
    tab.ui.mark_done_button.click()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: cells(tab.ui.deadlines_table)[0][3].startswith("afgerond"))
    shown = session.workspace.cases.show(case_id)
    assert [d.status for d in shown.deadlines] == ["done"]


def test_event_dated_before_the_last_is_refused_in_words_and_the_date_kept(qtbot, page,
                                                                           session):
    client_id = session.workspace.casefile.add_client(MEHMET)
    case_id = session.workspace.cases.open(client_id, "remigratiewet")
    session.workspace.cases.add_event(case_id, "ingediend", "2019-03-04")
    tab = open_scheme_tab(qtbot, page, client_id)

    dialog = add_event(qtbot, tab, "toegekend", "01-02-2019")

    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "ligt vóór de laatste" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.date_edit.text() == "01-02-2019"
    assert [e.kind for e in session.workspace.cases.show(case_id).case.events] == ["ingediend"]


def test_the_tab_reads_english_in_english(qtbot, qapp, session):
    session.language = "en"
    i18n.install_translator(qapp, "en")
    try:
        page = ClientFilePage(session, lambda: LOCATION)
        qtbot.addWidget(page)
        page.show()
        client_id = session.workspace.casefile.add_client(NO_ARRIVAL)
        tab = open_scheme_tab(qtbot, page, client_id)
        assert page.ui.tabs.tabText(SCHEME_TAB) == "Eli&gibility and case"
        assert tab.ui.check_button.text() == "Check and &keep"
        assert "Closed" in tab.ui.verdict_label.text()
        assert "1 January 2025" in tab.ui.verdict_label.text()
        text = tab.findChild(type(tab.ui.verdict_label), "condition_age_at_arrival")
        assert ">Arrival in the Netherlands<" in text.text()
        assert "Missing from the file:" in text.text()
        assert tab.ui.next_events_label.text() == "No case for this client yet."
        assert tab.ui.cases_box.title() == "Case and deadlines"
    finally:
        i18n.remove_translators(qapp)


def test_a_date_typed_for_the_check_moves_the_check(qtbot, page, session):
    client_id = session.workspace.casefile.add_client(MEHMET)
    tab = open_scheme_tab(qtbot, page, client_id)
    tab.ui.check_date_edit.clear()
    type_text(qtbot, tab.ui.check_date_edit, "01-06-2020")
    tab.ui.check_date_edit.editingFinished.emit()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: tab.view.day == dt.date(2020, 6, 1))
    assert "Gesloten" not in tab.ui.verdict_label.text()


def test_a_deadline_marked_done_by_mistake_is_reopened_and_late_again(qtbot, page, session):
    workspace = session.workspace
    client_id = workspace.casefile.add_client(MEHMET)
    case_id = workspace.cases.open(client_id, "remigratiewet")
    workspace.cases.add_event(case_id, "ingediend", "2019-03-04")
    workspace.cases.add_event(case_id, "toegekend", "2019-08-31")  # leave by 29-02-2020
    [deadline] = workspace.cases.show(case_id).deadlines
    workspace.cases.mark_done(deadline.id)
    tab = open_scheme_tab(qtbot, page, client_id)
    assert cells(tab.ui.deadlines_table)[0][3] == "afgerond"

    tab.ui.deadlines_table.selectRow(0)
    assert not tab.ui.mark_done_button.isEnabled()
    assert tab.ui.reopen_button.isEnabled()
    tab.ui.reopen_button.click()
    wait_for_ops(qtbot)

    qtbot.waitUntil(lambda: cells(tab.ui.deadlines_table)[0][3] == "te laat")
    assert [d.status for d in workspace.cases.show(case_id).deadlines] == ["open"]
    tab.ui.deadlines_table.selectRow(0)
    assert tab.ui.mark_done_button.isEnabled() and not tab.ui.reopen_button.isEnabled()


def test_a_change_lists_the_fields_it_is_about(qtbot, page, session):
    workspace = session.workspace
    client_id = workspace.casefile.add_client(MEHMET)
    case_id = workspace.cases.open(client_id, "remigratiewet")
    workspace.cases.add_event(case_id, "ingediend", "2019-03-04")
    workspace.cases.add_event(case_id, "toegekend", "2019-08-31")
    workspace.cases.add_event(case_id, "wijziging", "2019-09-02", ["destination", "partner"])
    tab = open_scheme_tab(qtbot, page, client_id)

    assert cells(tab.ui.events_table)[-1] == ["02-09-2019", "Wijziging: vertrek, partner"]
    titles = [row[0] for row in cells(tab.ui.deadlines_table)]
    assert "Wijziging melden aan de SVB (in Nederland: 4 weken): vertrek, partner" in titles
