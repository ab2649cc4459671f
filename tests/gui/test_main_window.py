"""The main window: find as you type, open a file, and lock when away — nothing shows while locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from consultant_app.gui import app
from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.models.client_table import PAGE, ClientTableModel
from consultant_app.core.workspace import Workspace
from consultant_app.gui.session import Session
from tests.conftest import ISIK, PASSPHRASE
from tests.gui.conftest import wait_for_ops

OTHERS = [
    {"given_names": "Mehmet", "surname": "Yılmaz", "birth_date": "1958-01-17"},
    {"given_names": "Fatima Zahra", "surname": "El Amrani", "birth_date": "1960-06-01"},
    {"given_names": "Rabindra", "surname": "Jagessar", "birth_date": "1955-04-04"},
]


@pytest.fixture
def session(qtbot, vault_dir):
    session = Session(vault_dir)
    workspace = Workspace.unlock(vault_dir, PASSPHRASE)
    for person in [ISIK, *OTHERS]:
        workspace.casefile.add_client(person)
    session.adopt(workspace)
    yield session
    session.lock()


@pytest.fixture
def window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    return window


def visible_texts(window) -> str:
    """All text a passer-by could read in the window right now."""
    parts = [window.windowTitle()]
    for kind in (QLabel, QLineEdit):
        parts += [w.text() for w in window.findChildren(kind) if w.isVisible()]
    table = window.ui.clients_table
    if table.isVisible():
        model = table.model()
        parts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return "\n".join(parts)


def test_typing_isik_finds_isik_ozturk(qtbot, window):
    window.ui.action_find.trigger()
    qtbot.keyClicks(window.ui.search_edit, "isik")
    wait_for_ops(qtbot)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Işık Öztürk"
    assert window.model.index(0, 2).data() == "******782"  # masked in the list
    assert window.ui.result_count_label.text() == "1 gevonden"


def test_empty_search_lists_everyone_in_name_order(window):
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert names == ["Fatima Zahra El Amrani", "Rabindra Jagessar", "Işık Öztürk",
                     "Mehmet Yılmaz"]


def test_enter_in_search_opens_the_file_and_logs_the_search(qtbot, window, session):
    qtbot.keyClicks(window.ui.search_edit, "jagess")
    wait_for_ops(qtbot)
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.ui.content.currentWidget() is window.ui.client_page
    wait_for_ops(qtbot)  # the search logged, the file read
    actions = [r[0] for r in session.workspace.vault.db.execute(
        "SELECT action FROM audit_log WHERE action IN ('search', 'read') ORDER BY seq")]
    # Each once; the search is logged by the reader's connection and the file read by the
    # worker's, so which commits first is up to the threads.
    assert sorted(actions) == ["read", "search"]


def test_ctrl_l_locks_and_nothing_of_a_client_stays_visible(qtbot, window, session):
    qtbot.keyClicks(window.ui.search_edit, "isik")
    wait_for_ops(qtbot)
    with qtbot.waitSignal(session.locked):
        window.ui.action_lock.trigger()
    assert window.ui.pages.currentWidget() is window.ui.lock_page
    text = visible_texts(window)
    for name in ("Öztürk", "Işık", "Yılmaz", "Jagessar", "782"):
        assert name not in text
    assert window.windowTitle() == "Spreekuur"
    with pytest.raises(Exception):
        session.workspace.casefile  # noqa: B018 - the key is gone


def test_idle_time_locks_and_unlocking_returns_to_the_same_search(qtbot, window, session):
    qtbot.keyClicks(window.ui.search_edit, "yilmaz")
    wait_for_ops(qtbot)
    with qtbot.waitSignal(session.locked, timeout=5000):
        session.set_idle_interval_ms(50)
    session.set_idle_minutes(5)  # no second idle lock while the list is read again
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    wait_for_ops(qtbot)
    assert window.ui.pages.currentWidget() is window.ui.work_page
    assert window.ui.search_edit.text() == "yilmaz"
    assert window.model.index(0, 0).data() == "Mehmet Yılmaz"


def test_activity_postpones_the_idle_lock(qtbot, window, session):
    session.set_idle_interval_ms(1000)
    for _ in range(6):  # 1.2 s in all, longer than the idle time, with activity every 0.2 s
        qtbot.wait(200)
        qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Shift)
    assert session.is_unlocked
    with qtbot.waitSignal(session.locked, timeout=5000):
        pass


def test_client_table_model_is_a_sound_qt_model(qtmodeltester, session):
    model = ClientTableModel()
    casefile = session.workspace.casefile
    for i in range(PAGE + 30):
        casefile.add_client({"given_names": f"Emir {i}", "surname": "Begić",
                             "birth_date": "1970-01-01"})
    model.show_all(lambda offset, limit, deliver: deliver(casefile.list_clients(offset, limit)),
                   casefile.list_clients(0, PAGE))
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 30 + 4 and not model.canFetchMore()
    qtmodeltester.check(model)
    model.show_results(casefile.search_clients("isik").items)
    qtmodeltester.check(model)


def test_due_tasks_overview_lists_what_is_due_and_opens_the_file(qtbot, qtmodeltester, window,
                                                                session):
    from datetime import date, timedelta

    from consultant_app.gui.due_tasks_dialog import DueTasksDialog

    casefile = session.workspace.casefile
    (isik,) = casefile.search_clients("isik").items
    (mehmet,) = casefile.search_clients("mehmet").items
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    casefile.add_follow_up(isik.id, yesterday, "Kopie verblijfsvergunning opvragen")
    casefile.add_follow_up(mehmet.id, "2099-01-01", "Levensbewijs herinneren")
    window.ui.action_due_tasks.trigger()
    dialog = window.findChild(DueTasksDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Işık Öztürk"
    assert dialog.model.index(0, 2).data() == "Kopie verblijfsvergunning opvragen"
    qtmodeltester.check(dialog.model)
    qtbot.keyClick(dialog.ui.tasks_view, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.ui.content.currentWidget() is window.ui.client_page
    wait_for_ops(qtbot)  # the file is read
    assert window.client_file.client_id == isik.id



def test_due_tasks_overview_lists_a_case_deadline_and_marks_it_done(qtbot, qtmodeltester,
                                                                   window, session):
    from consultant_app.gui.due_tasks_dialog import DueTasksDialog

    workspace = session.workspace
    (mehmet,) = workspace.casefile.search_clients("mehmet").items
    case_id = workspace.cases.open(mehmet.id, "remigratiewet")
    workspace.cases.add_event(case_id, "ingediend", "2020-01-06")
    workspace.cases.add_event(case_id, "toegekend", "2020-03-02")  # leave by 2020-09-02
    workspace.casefile.add_follow_up(mehmet.id, "2020-10-01", "Levensbewijs herinneren")
    window.ui.action_due_tasks.trigger()
    dialog = window.findChild(DueTasksDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    rows = [tuple(dialog.model.index(row, column).data() for column in (1, 2))
            for row in range(dialog.model.rowCount())]
    assert rows[:2] == [("Mehmet Yılmaz", "Termijn van de zaak: Uiterlijk vertrekken"),
                        ("Mehmet Yılmaz", "Levensbewijs herinneren")]
    qtmodeltester.check(dialog.model)

    dialog.ui.tasks_view.selectRow(0)
    qtbot.mouseClick(dialog.ui.done_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert dialog.model.index(0, 2).data() == "Levensbewijs herinneren"
    [done] = [d for d in workspace.cases.show(case_id).deadlines if d.kind == "vertrek_uiterlijk"]
    assert done.status == "done"
    qtbot.keyClick(dialog.ui.tasks_view, Qt.Key.Key_Return)
    wait_for_ops(qtbot)
    assert window.client_file.client_id == mehmet.id


def test_due_tasks_overview_undoes_a_deadline_marked_done_by_mistake(qtbot, window, session):
    from consultant_app.gui.due_tasks_dialog import DueTasksDialog

    workspace = session.workspace
    (mehmet,) = workspace.casefile.search_clients("mehmet").items
    case_id = workspace.cases.open(mehmet.id, "remigratiewet")
    workspace.cases.add_event(case_id, "ingediend", "2020-01-06")
    workspace.cases.add_event(case_id, "toegekend", "2020-03-02")  # leave by 2020-09-02
    window.ui.action_due_tasks.trigger()
    dialog = window.findChild(DueTasksDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    texts = lambda: [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]  # noqa: E731
    departure = "Termijn van de zaak: Uiterlijk vertrekken"
    assert departure in texts() and not dialog.ui.undo_button.isEnabled()
    dialog.ui.tasks_view.selectRow(texts().index(departure))
    qtbot.mouseClick(dialog.ui.done_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: departure not in texts())
    assert dialog.ui.undo_button.isEnabled()

    qtbot.mouseClick(dialog.ui.undo_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    qtbot.waitUntil(lambda: departure in texts())
    assert not dialog.ui.undo_button.isEnabled()
    [shown] = [d for d in workspace.cases.show(case_id).deadlines if d.kind == "vertrek_uiterlijk"]
    assert shown.status == "open"

def test_due_tasks_overview_undoes_a_task_marked_done_by_mistake(qtbot, window, session):
    from consultant_app.gui.due_tasks_dialog import DueTasksDialog

    workspace = session.workspace
    (mehmet,) = workspace.casefile.search_clients("mehmet").items
    task = workspace.casefile.add_follow_up(mehmet.id, "2020-05-05", "Kopie paspoort opvragen")
    window.ui.action_due_tasks.trigger()
    dialog = window.findChild(DueTasksDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    texts = lambda: [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]  # noqa: E731
    dialog.ui.tasks_view.selectRow(texts().index("Kopie paspoort opvragen"))
    qtbot.mouseClick(dialog.ui.done_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: "Kopie paspoort opvragen" not in texts())

    qtbot.mouseClick(dialog.ui.undo_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    qtbot.waitUntil(lambda: "Kopie paspoort opvragen" in texts())
    [reopened] = [f for f in workspace.casefile.list_follow_ups(mehmet.id) if f.id == task]
    assert reopened.done_at is None


# -- the demo, the busy page, the columns ---------------------------------------------------------
def test_the_demo_passphrase_is_still_shown_after_a_lock(qtbot, tmp_path):
    session = Session(tmp_path / "demo")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    with qtbot.waitSignal(session.unlocked, timeout=120_000):
        app._fill_demo(window, session, 3)  # the demo vault, as `consultant-app --demo` makes it
    assert window.session.workspace.casefile.count_clients() == 3
    window.statusBar().showMessage("Vandaag gesynchroniseerd.", 50)  # a passing message
    with qtbot.waitSignal(session.locked):
        window.ui.action_lock.trigger()
    hint = window.unlock_page.ui.hint_label
    assert hint.isVisible() and app.DEMO_PASSPHRASE in hint.text()
    with qtbot.waitSignal(session.unlocked, timeout=60_000):
        session.unlock(app.DEMO_PASSPHRASE)
    shown = window.findChild(QLabel, "passphrase_hint_label")
    assert shown.isVisible() and app.DEMO_PASSPHRASE in shown.text()
    session.lock()


def test_the_busy_pages_progress_bar_sits_centred_under_its_text(qtbot, window):
    window.resize(1100, 720)
    window.show_busy("Demokluis met synthetische cliënten wordt gevuld…", 100)
    label, bar = window.ui.busy_label, window.ui.busy_progress
    qtbot.waitUntil(lambda: bar.isVisible())
    assert bar.geometry().top() >= label.geometry().bottom()
    assert abs(bar.geometry().center().x() - label.geometry().center().x()) <= 1
    assert bar.width() == 480


def test_birth_date_and_bsn_columns_are_as_wide_as_what_they_show(qtbot, window):
    table = window.ui.clients_table
    qtbot.keyClicks(window.ui.search_edit, "isik")
    wait_for_ops(qtbot)
    assert window.model.index(0, 2).data() == "******782"
    metrics = table.fontMetrics()
    for column in (1, 2):
        shown = metrics.horizontalAdvance(window.model.index(0, column).data())
        assert shown < table.columnWidth(column) < 2 * shown
    assert table.columnWidth(0) > table.columnWidth(1) + table.columnWidth(2)


def test_dates_read_the_dutch_way_in_dutch_and_the_british_way_in_english(session):
    dutch, english = ClientTableModel(), ClientTableModel(language="en")
    for model in (dutch, english):
        model.show_results(session.workspace.casefile.search_clients("isik").items)
    assert dutch.index(0, 1).data() == "05-03-1961"
    assert english.index(0, 1).data() == "05/03/1961"


def test_counts_under_the_list_are_written_as_the_language_writes_them(qtbot, window):
    """A demo of 3,000 clients said "Cliënten: 3000": a count has its thousands separator."""
    from consultant_app.gui.dates import number_text

    assert number_text(27417, "nl") == "27.417"
    assert number_text(27417, "en") == "27,417"
    window._show_found("", 3000, [])  # what a list of 3,000 clients reports
    assert window.ui.result_count_label.text() == "Cliënten: 3.000"
    window._show_found("isik", 1234, [])
    assert window.ui.result_count_label.text() == "1.234 gevonden"


def test_the_location_list_is_the_teams_active_locations_and_the_laptops_own_names(
        qtbot, session):
    """The team's locations (those active today) come first; a name of this laptop's own
    list the team has not got yet stays offered, and becomes a location once a contact is
    registered there; a closed location is no longer offered."""
    office = session.workspace.office
    office.add_location({"name": "Buurthuis De Kroon", "city": "Arnhem", "kind": "buurthuis",
                         "active_from": "2020-01-01"})
    office.add_location({"name": "Bibliotheek Oost", "city": "Arnhem", "kind": "bibliotheek",
                         "active_from": "2020-01-01", "active_until": "2021-12-31"})
    session.prefs.locations = ["Kantoor Utrecht", "buurthuis de kroon"]
    window = MainWindow(session)
    qtbot.addWidget(window)
    wait_for_ops(qtbot)
    combo = window.ui.location_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["Buurthuis De Kroon", "Kantoor Utrecht"]

    client_id = session.workspace.casefile.add_client(ISIK)
    session.workspace.casefile.add_contact(client_id, {"date": "2026-03-02", "kind": "intake",
                                                       "location": "Kantoor Utrecht"})
    utrecht = office.location_named("Kantoor Utrecht")
    assert utrecht is not None and utrecht["kind"] == "overig" and utrecht["city"] is None
