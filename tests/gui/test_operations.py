"""Vault work from the desktop runs off the GUI thread and says what it changed; the screens that
show that kind of record follow by themselves, and a screen closed meanwhile gets nothing."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt

from consultant_app.core.casefile import CaseFile
from consultant_app.core.errors import VaultError
from consultant_app.gui.client_file import ClientFilePage
from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.operations import OpChanges, run_op
from tests.conftest import ISIK
from tests.gui.conftest import wait_for_ops
from tests.gui.keyboard import type_text


def test_opening_and_saving_a_file_reads_and_writes_the_vault_off_the_gui_thread(
        qtbot, session, monkeypatch):
    client_id = session.workspace.casefile.add_client(ISIK)
    on_gui_thread = []
    for name in ("show_client", "update_client", "list_contacts", "list_notes",
                 "list_follow_ups"):
        original = getattr(CaseFile, name)

        def spy(self, *args, _original=original, **kwargs):
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(CaseFile, name, spy)
    page = ClientFilePage(session, lambda: "Stadskantoor Eindhoven")
    qtbot.addWidget(page)

    page.open_client(client_id)
    wait_for_ops(qtbot)
    page.ui.phone_edit.clear()
    type_text(qtbot, page.ui.phone_edit, "06-87654321")
    with qtbot.waitSignal(page.saved):
        page.save()

    assert len(on_gui_thread) >= 6 and not any(on_gui_thread)
    assert page.ui.phone_edit.text() == "+31687654321"


def test_the_window_stays_usable_while_the_vault_is_slow_to_answer(qtbot, session, monkeypatch):
    client_id = session.workspace.casefile.add_client(ISIK)
    answer, order = threading.Event(), []
    original = CaseFile.show_client

    def slow(self, *args, **kwargs):
        answer.wait(10)  # until the test has seen the GUI thread come back
        order.append("read")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CaseFile, "show_client", slow)
    page = ClientFilePage(session, lambda: "Stadskantoor Eindhoven")
    qtbot.addWidget(page)

    page.open_client(client_id)
    order.append("back on the GUI thread")
    answer.set()
    qtbot.waitUntil(lambda: page.client_id == client_id)

    assert order == ["back on the GUI thread", "read"]
    assert page.ui.given_names_edit.text() == "Işık"


def test_a_client_saved_in_the_file_shows_in_the_list_without_the_file_telling_the_list(
        qtbot, session):
    """The list follows the session's `changed`: the page emits nothing the window listens to."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    assert window.model.rowCount() == 0
    window.new_client()
    assert window.client_file.receivers("2saved(QString)") == 0  # nobody hears the page itself
    ui = window.client_file.ui
    type_text(qtbot, ui.given_names_edit, "Mehmet")
    type_text(qtbot, ui.surname_edit, "Yılmaz")
    type_text(qtbot, ui.birth_date_edit, "17-01-1958")
    with qtbot.waitSignal(session.changed, check_params_cb=lambda changes: changes.clients):
        qtbot.keyClick(ui.surname_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot)

    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Mehmet Yılmaz"
    assert window.ui.result_count_label.text() == "Cliënten: 1"


def test_a_screen_closed_before_its_vault_work_reports_gets_nothing(qtbot, session):
    """A dialog closed while its work runs is not called back (it is gone); what the work
    changed is still announced, so the other screens follow."""
    screen = QObject()
    screen.session = session
    called, announced = [], []
    session.changed.connect(announced.append)
    client_id = session.workspace.casefile.add_client(ISIK)

    run_op(screen, lambda workspace: workspace.casefile.add_note(client_id, "Gebeld."),
           changes=OpChanges(notes=True), on_success=called.append, on_failure=called.append)
    shiboken6.delete(screen)
    wait_for_ops(qtbot)

    assert called == []
    assert announced == [OpChanges(notes=True)]
    assert [n.text for n in session.workspace.casefile.list_notes(client_id)] == ["Gebeld."]


def test_vault_work_asked_for_while_locked_is_refused_at_once_in_words(qtbot, session):
    screen = QObject()
    screen.session = session
    session.lock()
    failures = []
    assert run_op(screen, lambda workspace: workspace.casefile.count_clients(),
                  on_failure=failures.append) is None
    assert failures[0].code == "vault_locked"


def test_changes_combine_and_say_what_waits_to_be_synced():
    assert OpChanges(notes=True) | OpChanges(settings=True) == OpChanges(notes=True,
                                                                         settings=True)
    assert not OpChanges() and OpChanges(letters=True)
    assert OpChanges(follow_ups=True).pending and not OpChanges(letters=True).pending


def test_enter_typed_before_the_search_answered_opens_the_first_match_of_what_was_typed(
        qtbot, session):
    for person in (ISIK, {"given_names": "Rabindra", "surname": "Jagessar",
                          "birth_date": "1955-04-04"}):
        session.workspace.casefile.add_client(person)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    window.focus_search()
    assert window.model.index(0, 0).data() == "Rabindra Jagessar"  # first of everyone
    qtbot.keyClicks(window.ui.search_edit, "ozturk")
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)  # no wait: as fast as one types
    wait_for_ops(qtbot)

    assert window.ui.content.currentWidget() is window.ui.client_page
    assert window.client_file.ui.surname_edit.text() == "Öztürk"


def test_the_search_connection_is_closed_and_its_key_dropped_on_a_lock(qtbot, session):
    """Find-as-you-type keeps one connection open in its own thread; a lock closes it."""
    session.workspace.casefile.add_client(ISIK)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.ui.search_edit, "isik")
    wait_for_ops(qtbot)
    assert window.model.rowCount() == 1
    _, own = window._reader._own  # the reader's copy of the unlocked workspace

    with qtbot.waitSignal(session.locked):
        session.lock()
    wait_for_ops(qtbot)

    with pytest.raises(VaultError):
        own.vault.data_key  # noqa: B018 - closed: its key is gone
    assert window._reader._own is None
