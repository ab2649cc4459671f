"""A spreekuur from first start to idle lock, through the real windows: set up a vault, add
Işık Öztürk with his household, find him by typing "isik", register a contact at today's
location, write and amend a note, walk away, come back — and find everything as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.session import Session
from consultant_app.gui.setup_dialog import SetupDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import wait_for_ops
from tests.gui.keyboard import type_row, type_text

WAIT_MS = 30_000
LOCATION = "Wijkcentrum Rotterdam-Zuid (Afrikaanderwijk)"


def test_a_spreekuur_from_set_up_to_idle_lock_and_back(qtbot, tmp_path):
    session = Session(tmp_path / "data")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    assert window.ui.pages.currentWidget() is window.ui.lock_page

    # First start: the set-up creates the vault and unlocks it.
    setup = SetupDialog(session, window, kdf=FAST_KDF)
    qtbot.addWidget(setup)
    setup.show()
    type_text(qtbot, setup.ui.name_edit, "Şükrü Yıldız")
    qtbot.keyClicks(setup.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(setup.ui.repeat_edit, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.result() == QDialog.DialogCode.Accepted)
    assert window.ui.pages.currentWidget() is window.ui.work_page
    window.activateWindow()  # the set-up dialog had the keyboard
    qtbot.waitUntil(window.isActiveWindow)

    # Today's spreekuur is in Rotterdam-Zuid.
    window.ui.location_combo.setCurrentText(LOCATION)

    # Ctrl+N: a new client with partner and two children.
    window.ui.action_new_client.trigger()
    page = window.client_file
    ui = page.ui
    type_text(qtbot, ui.given_names_edit, "Işık")
    type_text(qtbot, ui.surname_edit, "Öztürk")
    type_text(qtbot, ui.birth_date_edit, "1961-03-05")
    ui.tabs.setCurrentWidget(ui.household_tab)
    type_text(qtbot, ui.partner_given_names_edit, "Ayşe")
    type_text(qtbot, ui.partner_surname_edit, "Öztürk")
    type_row(qtbot, ui.children_table, ui.add_child_button, ["Emre", "Öztürk", "2011-02-03"])
    type_row(qtbot, ui.children_table, ui.add_child_button,
             ["Zeynep", "Öztürk-Yılmaz", "1990-11-30"])
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(ui.surname_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    client_id = saved.args[0]
    client = session.workspace.casefile.show_client(client_id)
    assert client.partner.given_names == "Ayşe" and len(client.children) == 2

    # Back to the list; typing "isik" finds him.
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    window.ui.action_find.trigger()
    qtbot.keyClicks(window.ui.search_edit, "isik")
    wait_for_ops(qtbot)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Işık Öztürk"
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.ui.content.currentWidget() is window.ui.client_page
    assert page.client_id == client_id

    # A contact at today's location, in a few keys.
    ui.tabs.setCurrentWidget(ui.contacts_tab)
    qtbot.mouseClick(ui.new_contact_button, Qt.MouseButton.LeftButton)
    dialog = page.contacts.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ui.kind_combo)
    with qtbot.waitSignal(session.changed):  # the contact is stored
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    wait_for_ops(qtbot)  # and the screens have read it
    (contact,) = session.workspace.casefile.list_contacts(client_id)
    assert (contact.date, contact.location) == (date.today().isoformat(), LOCATION)
    assert window.ui.today_count_label.text() == "Contacten vandaag: 1"

    # A note, then an amendment to it.
    ui.tabs.setCurrentWidget(ui.notes_tab)
    type_text(qtbot, ui.note_edit, "Wil in mei terug naar Kayseri; Ayşe twijfelt.")
    qtbot.mouseClick(ui.save_note_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    ui.notes_view.selectRow(0)
    type_text(qtbot, ui.note_edit, "Correctie: vertrek in juni.")
    qtbot.mouseClick(ui.amend_note_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    (note,) = session.workspace.casefile.list_notes(client_id)
    assert note.text == "Wil in mei terug naar Kayseri; Ayşe twijfelt."
    assert [a.text for a in note.amendments] == ["Correctie: vertrek in juni."]

    # Half a note typed, then the consultant walks away: the idle lock hides everything.
    type_text(qtbot, ui.note_edit, "Belt terug over het levensbew")
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        session.set_idle_interval_ms(100)
    assert window.ui.pages.currentWidget() is window.ui.lock_page
    assert window.model.rowCount() == 0
    assert window.windowTitle() == "Spreekuur"

    # Back at the desk: unlock, and the file and the half-typed note are where they were.
    session.set_idle_minutes(5)
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.ui.work_page
    assert window.ui.content.currentWidget() is window.ui.client_page
    assert ui.tabs.currentWidget() is ui.notes_tab
    assert ui.note_edit.toPlainText() == "Belt terug over het levensbew"
    assert ui.given_names_edit.text() == "Işık"
    session.lock()
