"""The main window comes back the way the consultant left it — its size, place and sort of the
client file's tables — at the next start with the same data folder, and only for that user; a
place off every screen or a damaged preference never hides the window or stops the start."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

from consultant_app.core.preferences import FILE_NAME, Preferences
from consultant_app.core.vault.vault import Vault
from consultant_app.core.workspace import Workspace
from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.models.client_tasks_model import ClientTasksModel
from consultant_app.gui.models.contacts_model import ContactsModel
from consultant_app.gui.preferences_dialog import PreferencesDialog
from consultant_app.gui.session import Session
from tests.conftest import ISIK, PASSPHRASE
from tests.gui.conftest import wait_for_ops

FORM_SIZE = QSize(1100, 720)  # the main window's size in its form, when nothing was saved
DEFAULT_PLACE = QPoint(2, 2)  # where the offscreen platform puts a new window, inside its frame
DURATIONS = (30, 90, 45)  # minutes of the contacts, registered in this order


@pytest.fixture
def isik_id(vault_dir) -> str:
    """Işık with three contacts of different lengths, in the consultant's vault."""
    from consultant_app.core.casefile import CaseFile

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        casefile = CaseFile(vault)
        client_id = casefile.add_client(ISIK)
        for day, minutes in enumerate(DURATIONS, start=1):
            casefile.add_contact(client_id, {"date": f"2026-11-0{day}", "kind": "intake",
                                             "duration_minutes": minutes})
        casefile.add_follow_up(client_id, "2026-01-01", "Eerder")
        casefile.add_follow_up(client_id, "2027-01-01", "Later")
    return client_id


@pytest.fixture
def start(qtbot):
    """Start the app on a data folder the way app.run does: preferences read from the folder,
    then the main window, unlocked. Every session is locked again after the test."""
    sessions: list[Session] = []

    def start(folder) -> MainWindow:
        session = Session(folder, Preferences.load(folder))
        session.adopt(Workspace.unlock(folder, PASSPHRASE))
        sessions.append(session)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start
    for session in sessions:
        session.lock()


def stop(window: MainWindow) -> None:
    """The consultant closes the window (Ctrl+Q)."""
    window.ui.action_quit.trigger()
    window.session.lock()


def contacts_view(qtbot, window: MainWindow, client_id: str):
    window.open_client(client_id)
    wait_for_ops(qtbot)  # the file is read off the GUI thread
    page = window.client_file
    page.ui.tabs.setCurrentWidget(page.ui.contacts_tab)
    return page.ui.contacts_view


def move_to_the_bottom_right(window: MainWindow) -> QRect:
    """Give the window a size and place of its own, away from where a new one opens and whole on
    the (small) offscreen screen; the place it took."""
    frame, inner = window.frameGeometry(), window.geometry()
    screen = window.screen().availableGeometry()
    place = QRect(QPoint(), window.minimumSizeHint().expandedTo(QSize(700, 500)))
    place.moveBottomRight(screen.bottomRight() - QPoint(frame.right() - inner.right(),
                                                         frame.bottom() - inner.bottom()))
    window.setGeometry(place)
    assert window.geometry() == place and place.topLeft() != DEFAULT_PLACE
    return place


def click_header(qtbot, view, section: int) -> None:
    header = view.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)


def durations(view) -> list[int]:
    model = view.model()
    return [model.contact(row).duration_minutes for row in range(model.rowCount())]


def sort_shown(view) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_window_comes_back_at_its_size_place_and_table_sort_after_a_restart(
        qtbot, start, vault_dir, isik_id):
    window = start(vault_dir)
    view = contacts_view(qtbot, window, isik_id)
    assert durations(view) == [45, 90, 30]  # as it comes: newest first
    click_header(qtbot, view, ContactsModel.DURATION)
    click_header(qtbot, view, ContactsModel.DURATION)  # the second click: longest first
    assert durations(view) == [90, 45, 30]
    place = move_to_the_bottom_right(window)
    stop(window)

    window = start(vault_dir)
    assert window.geometry() == place
    view = contacts_view(qtbot, window, isik_id)
    assert sort_shown(view) == (ContactsModel.DURATION, Qt.SortOrder.DescendingOrder)
    assert durations(view) == [90, 45, 30]


def test_another_users_data_folder_does_not_get_that_window_or_sort(
        qtbot, start, vault_dir, isik_id, tmp_path):
    other_dir = tmp_path / "collega"
    shutil.copytree(vault_dir, other_dir)  # the same clients, another user's folder
    window = start(vault_dir)
    view = contacts_view(qtbot, window, isik_id)
    click_header(qtbot, view, ContactsModel.DURATION)
    move_to_the_bottom_right(window)
    stop(window)

    window = start(other_dir)
    assert window.geometry() == QRect(DEFAULT_PLACE, FORM_SIZE)
    view = contacts_view(qtbot, window, isik_id)
    assert sort_shown(view)[0] == -1
    assert durations(view) == [45, 90, 30]


def test_a_place_off_every_screen_is_brought_back_onto_a_screen(qtbot, start, vault_dir):
    window = start(vault_dir)
    window.setGeometry(QRect(4000, 3000, 640, 480))  # on a second monitor, since unplugged
    left = window.geometry()
    assert not any(screen.availableGeometry().intersects(left)
                   for screen in QGuiApplication.screens())
    stop(window)

    window = start(vault_dir)
    assert window.size() == left.size() != FORM_SIZE
    # All of the window on one screen, and the top of its frame (the title bar to drag it by).
    screen = window.screen().availableGeometry()
    assert screen.contains(window.geometry())
    assert screen.top() <= window.frameGeometry().top()


def test_a_maximized_window_comes_back_maximized_with_its_own_size_to_return_to(
        qtbot, start, vault_dir):
    window = start(vault_dir)
    place = move_to_the_bottom_right(window)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    stop(window)

    window = start(vault_dir)
    assert window.isMaximized()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    assert window.geometry() == place


@pytest.mark.parametrize("geometry", ["%% niet base64 %%", "aGFsbG8=", ["lijst"], 7])
def test_a_garbled_window_preference_starts_as_designed_with_the_rest_kept(
        qtbot, start, vault_dir, isik_id, geometry):
    (vault_dir / FILE_NAME).write_text(json.dumps({
        "language": "nl", "locations": 5, "idle_minutes": "NaN",
        "window_geometry": {"main": geometry},
        "table_sort": {"contacts": ["Duur", "opzij"], "letters": 7,
                       "client_tasks": ["Uiterlijk", "desc"]}}))
    window = start(vault_dir)
    assert window.geometry() == QRect(DEFAULT_PLACE, FORM_SIZE)
    view = contacts_view(qtbot, window, isik_id)
    assert sort_shown(view)[0] == -1
    tasks = window.client_file.ui.tasks_view
    assert sort_shown(tasks) == (ClientTasksModel.DUE, Qt.SortOrder.DescendingOrder)
    assert tasks.model().index(0, ClientTasksModel.TEXT).data() == "Later"


def test_a_sorted_table_stays_sorted_when_read_again_and_a_third_click_gives_its_own_order(
        qtbot, start, vault_dir, isik_id, qtmodeltester):
    window = start(vault_dir)
    view = contacts_view(qtbot, window, isik_id)
    view.selectRow(2)  # the 30-minute contact
    click_header(qtbot, view, ContactsModel.DURATION)
    assert durations(view) == [30, 45, 90]
    assert view.model().contact(view.currentIndex().row()).duration_minutes == 30
    window.session.workspace.casefile.add_contact(
        isik_id, {"date": "2026-12-01", "kind": "nazorg", "duration_minutes": 60})
    window.client_file.contacts.refresh()
    wait_for_ops(qtbot)
    assert durations(view) == [30, 45, 60, 90]
    qtmodeltester.check(view.model())
    click_header(qtbot, view, ContactsModel.DURATION)
    click_header(qtbot, view, ContactsModel.DURATION)
    assert sort_shown(view)[0] == -1
    assert durations(view) == [60, 45, 90, 30]  # newest first again
    assert "contacts" not in Preferences.load(vault_dir).table_sort


def test_saving_the_preferences_dialog_keeps_how_the_windows_were_left(
        qtbot, start, vault_dir, isik_id):
    window = start(vault_dir)
    click_header(qtbot, contacts_view(qtbot, window, isik_id), ContactsModel.DURATION)
    dialog = PreferencesDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.save()
    wait_for_ops(qtbot)
    assert Preferences.load(vault_dir).table_sort == {"contacts": ["Duur", "asc"]}
    stop(window)
    assert "main" in Preferences.load(vault_dir).window_geometry
