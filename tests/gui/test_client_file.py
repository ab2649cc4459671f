"""The client file page and the contact dialog, driven like a consultant at the counter: typed
in by keyboard (Turkish characters through the non-ASCII workaround), saved into a real vault,
refused with messages next to the fields, and surviving a lock with nothing typed lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consultant_app.core.casefile import CaseFile
from consultant_app.core.workspace import Workspace
from consultant_app.gui.contact_dialog import ContactDialog
from consultant_app.gui.models.client_tasks_model import ClientTasksModel
from consultant_app.gui.models.contacts_model import ContactsModel
from consultant_app.gui.models.notes_model import NotesModel
from tests.gui.conftest import LOCATION, shown_client_page, wait_for_ops
from tests.gui.keyboard import type_row, type_text
from tests.conftest import ISIK, PASSPHRASE



# -- fixtures and helpers --------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, session):
    return shown_client_page(qtbot, session)


@pytest.fixture
def isik_id(session) -> str:
    return session.workspace.casefile.add_client(ISIK)


def audit_actions(session, client_id: str) -> list[tuple[str, str | None]]:
    rows = session.workspace.vault.db.execute(
        "SELECT action, detail FROM audit_log WHERE client_id = ? ORDER BY seq", [client_id])
    return [tuple(row) for row in rows]


def fill_person(qtbot, ui, given="Işık", surname="Öztürk", birth="1961-03-05") -> None:
    type_text(qtbot, ui.given_names_edit, given)
    type_text(qtbot, ui.surname_edit, surname)
    type_text(qtbot, ui.birth_date_edit, birth)


# -- a new client ----------------------------------------------------------------------------------
def test_new_client_with_partner_and_two_children_typed_in_is_saved(qtbot, page, session):
    ui = page.ui
    fill_person(qtbot, ui)
    type_text(qtbot, ui.bsn_edit, "123456782")
    type_text(qtbot, ui.address_postcode_edit, "5611ab")
    ui.tabs.setCurrentWidget(ui.household_tab)
    type_text(qtbot, ui.partner_given_names_edit, "Ayşe")
    type_text(qtbot, ui.partner_surname_edit, "Öztürk")
    type_text(qtbot, ui.partner_birth_date_edit, "1964-07-21")
    qtbot.keyClick(ui.partner_co_migrates_check, Qt.Key.Key_Space)
    type_row(qtbot, ui.children_table, ui.add_child_button,
             ["Emre", "Öztürk", "2011-02-03"])
    qtbot.keyClick(ui.children_table, Qt.Key.Key_Space)  # Emre co-migrates
    type_row(qtbot, ui.children_table, ui.add_child_button,
             ["Zeynep", "Öztürk-Yılmaz", "1990-11-30"])

    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(ui.surname_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    client = session.workspace.casefile.show_client(saved.args[0])
    assert (client.given_names, client.surname, client.bsn) == ("Işık", "Öztürk", "123456782")
    assert client.address == {"postcode": "5611 AB"}
    assert (client.partner.given_names, client.partner.co_migrates) == ("Ayşe", True)
    assert sorted((c.given_names, c.surname, c.co_migrates) for c in client.children) == [
        ("Emre", "Öztürk", True), ("Zeynep", "Öztürk-Yılmaz", False)]
    assert page.client_id == client.id
    assert ui.bsn_edit.text() == "••••••782" and ui.bsn_edit.isReadOnly()
    assert ui.title_label.text() == "Cliëntdossier" and "Öztürk" not in page.windowTitle()


def test_ctrl_s_inside_a_cell_being_edited_saves_that_cell_too(qtbot, page, session):
    ui = page.ui
    fill_person(qtbot, ui)
    ui.tabs.setCurrentWidget(ui.household_tab)
    qtbot.mouseClick(ui.add_child_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, QApplication.focusWidget(), "Emre")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "Öztürk")
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (child,) = session.workspace.casefile.show_client(saved.args[0]).children
    assert (child.given_names, child.surname) == ("Emre", "Öztürk")


def test_invalid_bsn_is_refused_next_to_the_field_and_nothing_is_saved(qtbot, page, session):
    ui = page.ui
    fill_person(qtbot, ui)
    type_text(qtbot, ui.bsn_edit, "123456789")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert ui.bsn_error.isVisible()
    assert ui.bsn_error.text() == "Geen geldig BSN (voldoet niet aan de elfproef)"
    assert session.workspace.casefile.count_clients() == 0
    assert ui.bsn_edit.text() == "123456789"  # nothing typed is lost
    assert ui.given_names_edit.text() == "Işık" and ui.surname_edit.text() == "Öztürk"
    assert not ui.general_error.isVisible() and not ui.birth_date_error.isVisible()


def test_impossible_birth_date_is_refused_next_to_the_field(qtbot, page, session):
    ui = page.ui
    fill_person(qtbot, ui, birth="2023-02-30")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert ui.birth_date_error.isVisible()
    assert ui.birth_date_error.text() == "Deze datum bestaat niet in de kalender"
    assert ui.birth_date_edit.text() == "2023-02-30"
    assert session.workspace.casefile.count_clients() == 0
    assert page.focusWidget() is ui.birth_date_edit


def test_errors_of_several_fields_each_go_to_their_own_label(qtbot, page, session):
    ui = page.ui
    type_text(qtbot, ui.given_names_edit, "Işık")
    type_text(qtbot, ui.address_postcode_edit, "1234 SS")
    ui.tabs.setCurrentWidget(ui.household_tab)
    type_row(qtbot, ui.children_table, ui.add_child_button,
             ["Emre", "Öztürk", "2011-13-03"])
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert ui.surname_error.text() == "Verplicht veld ontbreekt"
    assert ui.birth_date_error.text() == "Verplicht veld ontbreekt"
    assert ui.address_postcode_error.text() == "Postcodes met de letters SA, SD of SS bestaan niet"
    assert ui.children_error.text() == (
        "Kind 1, geboortedatum: Deze datum bestaat niet in de kalender")
    assert ui.tabs.currentWidget() is ui.person_tab  # the first refused field is shown
    assert session.workspace.casefile.count_clients() == 0


# -- a stored client ---------------------------------------------------------------------------
def test_changing_one_field_sends_only_that_field(qtbot, page, session, isik_id, monkeypatch):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    assert page.ui.given_names_edit.text() == "Işık"
    sent = []
    original = CaseFile.update_client  # the operation's own workspace has a CaseFile of its own
    monkeypatch.setattr(CaseFile, "update_client",
                        lambda self, cid, data: sent.append(data) or original(self, cid, data))
    page.ui.phone_edit.clear()
    type_text(qtbot, page.ui.phone_edit, "06-87654321")
    with qtbot.waitSignal(page.saved):
        page.save()

    assert sent == [{"phone": "06-87654321"}]
    assert session.workspace.casefile.show_client(isik_id).phone == "+31687654321"
    assert page.ui.phone_edit.text() == "+31687654321"  # shows what was stored
    page.save()
    assert page.ui.status_label.text() == "Niets gewijzigd."


def test_removing_the_partner_and_a_child_updates_the_household(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.household_tab)
    qtbot.mouseClick(ui.remove_partner_button, Qt.MouseButton.LeftButton)
    ui.children_table.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.remove_child_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved):
        page.save()
    client = session.workspace.casefile.show_client(isik_id)
    assert client.partner is None
    assert len(client.children) == 1


def test_reveal_bsn_is_audit_logged_and_makes_it_editable(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    assert ui.bsn_edit.text() == "••••••782" and ui.bsn_edit.isReadOnly()
    assert ("reveal", "bsn") not in audit_actions(session, isik_id)

    qtbot.mouseClick(ui.reveal_bsn_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    assert ui.bsn_edit.text() == "123456782" and not ui.bsn_edit.isReadOnly()
    assert ("reveal", "bsn") in audit_actions(session, isik_id)
    qtbot.mouseClick(ui.reveal_bsn_button, Qt.MouseButton.LeftButton)  # "Verberg"
    assert ui.bsn_edit.text() == "••••••782"


# -- notes ---------------------------------------------------------------------------------------
def test_a_note_is_added_and_amended(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.notes_tab)
    type_text(qtbot, ui.note_edit, "Kopie paspoort ontvangen; Ayşe komt mee.")
    qtbot.keyClick(ui.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot)
    assert ui.note_edit.toPlainText() == ""
    (note,) = session.workspace.casefile.list_notes(isik_id)
    assert note.text == "Kopie paspoort ontvangen; Ayşe komt mee."

    ui.notes_view.setCurrentIndex(page.notes.model.index(0, 0))
    type_text(qtbot, ui.note_edit, "Paspoort van Ayşe verloopt in maart.")
    qtbot.mouseClick(ui.amend_note_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    (note,) = session.workspace.casefile.list_notes(isik_id)
    assert [a.text for a in note.amendments] == ["Paspoort van Ayşe verloopt in maart."]
    assert page.notes.model.rowCount() == 2
    assert page.notes.model.index(1, NotesModel.TEXT).data().startswith("↳ Aanvulling:")


def test_amending_without_a_selected_note_says_so_and_keeps_the_text(qtbot, page, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    page.ui.tabs.setCurrentWidget(page.ui.notes_tab)
    type_text(qtbot, page.ui.note_edit, "Aanvulling")
    qtbot.mouseClick(page.ui.amend_note_button, Qt.MouseButton.LeftButton)
    assert page.ui.notes_error.text() == "Kies eerst de notitie die u wilt aanvullen."
    assert page.ui.note_edit.toPlainText() == "Aanvulling"


def test_note_search_filters_this_clients_notes(qtbot, page, session, isik_id):
    casefile = session.workspace.casefile
    casefile.add_note(isik_id, "Levensbewijs opgestuurd naar de SVB.")
    casefile.add_note(isik_id, "Vraagt naar zorgverzekering in Turkije.")
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    page.ui.tabs.setCurrentWidget(page.ui.notes_tab)
    assert page.notes.model.rowCount() == 2
    type_text(qtbot, page.ui.notes_search_edit, "levensbew")
    qtbot.waitUntil(lambda: page.notes.model.rowCount() == 1)
    assert "Levensbewijs" in page.notes.model.index(0, NotesModel.TEXT).data()
    page.ui.notes_search_edit.clear()
    qtbot.waitUntil(lambda: page.notes.model.rowCount() == 2)


# -- contacts ----------------------------------------------------------------------------------
def open_contact_dialog(qtbot, page) -> ContactDialog:
    page.ui.tabs.setCurrentWidget(page.ui.contacts_tab)
    qtbot.mouseClick(page.ui.new_contact_button, Qt.MouseButton.LeftButton)
    dialog = page.contacts.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ui.kind_combo)
    return dialog


def test_a_contact_is_registered_with_a_few_keys_and_enter(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    dialog = open_contact_dialog(qtbot, page)
    assert dialog.ui.date_edit.text() == date.today().strftime("%d-%m-%Y")  # dd-mm-jjjj
    assert dialog.ui.location_combo.currentText() == LOCATION
    assert dialog.windowTitle() == "Contact registreren"

    qtbot.keyClick(dialog.ui.kind_combo, Qt.Key.Key_Down)  # intake -> uitgebreide begeleiding
    qtbot.keyClick(dialog.ui.kind_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # first topic
    with qtbot.waitSignal(session.changed):  # the contact is stored
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    wait_for_ops(qtbot)  # and the tab has read it

    (contact,) = session.workspace.casefile.list_contacts(isik_id)
    assert (contact.date, contact.location, contact.kind, contact.channel) == (
        date.today().isoformat(), LOCATION, "uitgebreide_begeleiding", "spreekuur")
    assert (contact.topics, contact.duration_minutes, contact.interpreter) == (
        ["verblijfsdocumenten"], 30, False)
    assert page.contacts.model.index(0, ContactsModel.KIND).data() == "Uitgebreide begeleiding"
    assert page.ui.contacts_summary_label.text() == "Contacten: 1"


def test_contact_dialog_shows_a_refused_date_and_stays_open(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    dialog = open_contact_dialog(qtbot, page)
    dialog.ui.date_edit.setText("2023-02-30")
    qtbot.keyClick(dialog.ui.kind_combo, Qt.Key.Key_Return)
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    assert dialog.ui.date_error.text() == "Deze datum bestaat niet in de kalender"
    assert session.workspace.casefile.list_contacts(isik_id) == []


def test_escape_cancels_the_contact_dialog(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    dialog = open_contact_dialog(qtbot, page)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.kind_combo, Qt.Key.Key_Escape)
    assert session.workspace.casefile.list_contacts(isik_id) == []


def test_contact_dialog_hidden_by_a_lock_saves_after_unlock(qtbot, page, session, isik_id,
                                                            vault_dir):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    dialog = open_contact_dialog(qtbot, page)
    dialog.ui.interpreter_check.setChecked(True)
    session.lock()
    dialog.hide()  # what the main window does with open dialogs on a lock
    session.adopt(Workspace.unlock(vault_dir, PASSPHRASE))
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.kind_combo, Qt.Key.Key_Return)
    (contact,) = session.workspace.casefile.list_contacts(isik_id)
    assert contact.interpreter is True


# -- tasks ---------------------------------------------------------------------------------------
def test_tasks_are_added_shown_overdue_and_marked_done(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.tasks_tab)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    type_text(qtbot, ui.task_due_edit, yesterday)
    type_text(qtbot, ui.task_text_edit, "Levensbewijs opvragen")
    qtbot.keyClick(ui.task_text_edit, Qt.Key.Key_Return)
    wait_for_ops(qtbot)

    model = page.tasks.model
    assert model.rowCount() == 1 and model.index(0, ClientTasksModel.STATUS).data() == "te laat"
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.tasks_tab)) == "&Taken (1 te laat)"
    ui.tasks_view.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(ui.complete_task_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert session.workspace.casefile.list_follow_ups(isik_id)[0].done_at is not None
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.tasks_tab)) == "&Taken"


def test_a_task_without_text_or_with_a_bad_date_is_refused(qtbot, page, session, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    ui.task_due_edit.setText("2026-02-30")
    ui.task_text_edit.setText("Bellen")
    qtbot.mouseClick(ui.add_task_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert ui.tasks_error.text() == "Deze datum bestaat niet in de kalender"
    ui.task_due_edit.setText("2026-03-02")
    ui.task_text_edit.clear()
    qtbot.mouseClick(ui.add_task_button, Qt.MouseButton.LeftButton)
    assert ui.tasks_error.text() == "Verplicht veld ontbreekt"
    assert session.workspace.casefile.list_follow_ups(isik_id) == []


# -- lock, keyboard --------------------------------------------------------------------------------
def test_half_typed_note_and_form_survive_a_lock(qtbot, page, session, isik_id, vault_dir):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.notes_tab)
    type_text(qtbot, ui.note_edit, "Işık belt terug over het levensbew")
    ui.phone_edit.setText("06-11112222")
    before = session.workspace.casefile

    with qtbot.waitSignal(session.locked):
        session.lock()
    assert ui.note_edit.toPlainText() == "Işık belt terug over het levensbew"
    with qtbot.waitSignal(session.unlocked):
        session.adopt(Workspace.unlock(vault_dir, PASSPHRASE))
    wait_for_ops(qtbot)

    assert session.workspace.casefile is not before
    assert ui.note_edit.toPlainText() == "Işık belt terug over het levensbew"
    assert ui.phone_edit.text() == "06-11112222"
    type_text(qtbot, ui.note_edit, "ijs.")
    qtbot.mouseClick(ui.save_note_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved):
        page.save()
    wait_for_ops(qtbot)
    assert [n.text for n in session.workspace.casefile.list_notes(isik_id)] == [
        "Işık belt terug over het levensbewijs."]
    assert session.workspace.casefile.show_client(isik_id).phone == "+31611112222"


def test_a_revealed_bsn_is_masked_again_by_a_lock(qtbot, page, session, isik_id, vault_dir):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    qtbot.mouseClick(page.ui.reveal_bsn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.bsn.masked)  # revealed
    session.lock()
    assert page.ui.bsn_edit.text() == "••••••782"


def test_saving_while_locked_says_the_vault_is_locked(qtbot, page, session):
    type_text(qtbot, page.ui.given_names_edit, "Emir")
    session.lock()
    page.save()
    assert page.ui.general_error.text() == "De kluis is vergrendeld"
    assert page.ui.given_names_edit.text() == "Emir"


def test_escape_goes_back_at_once_when_nothing_changed(qtbot, page, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    with qtbot.waitSignal(page.closed):
        qtbot.keyClick(page.ui.given_names_edit, Qt.Key.Key_Escape)


def test_escape_with_unsaved_changes_warns_first(qtbot, page, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    type_text(qtbot, page.ui.given_names_edit, " Can")
    with qtbot.assertNotEmitted(page.closed):
        qtbot.keyClick(page.ui.given_names_edit, Qt.Key.Key_Escape)
    assert "Niet opgeslagen" in page.ui.status_label.text()
    with qtbot.waitSignal(page.closed):
        qtbot.keyClick(page.ui.given_names_edit, Qt.Key.Key_Escape)
    assert page.ui.given_names_edit.text() == "Işık Can"


def test_tab_order_follows_the_form_and_ends_at_save(qtbot, page):
    ui = page.ui
    ui.given_names_edit.setFocus()
    order = [ui.given_names_edit]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # A new client has no stored BSN to reveal, so Tab passes the disabled "Toon".
    assert order == [ui.given_names_edit, ui.surname_edit, ui.birth_date_edit, ui.bsn_edit,
                     ui.country_of_birth_combo, ui.nationalities_edit]
    ui.address_city_edit.setFocus()
    qtbot.keyClick(ui.address_city_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.save_button  # fields of hidden tabs are skipped


def test_other_client_opened_starts_with_an_empty_note_box(qtbot, page, session, isik_id):
    other = session.workspace.casefile.add_client(
        {"given_names": "Mehmet", "surname": "Yılmaz", "birth_date": "1958-01-17"})
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    type_text(qtbot, page.ui.note_edit, "voor Işık")
    page.open_client(other)
    wait_for_ops(qtbot)
    assert page.ui.note_edit.toPlainText() == ""
    assert page.ui.bsn_edit.text() == "" and not page.ui.reveal_bsn_button.isEnabled()


# -- models ------------------------------------------------------------------------------------
def test_table_models_are_sound_qt_models(qtmodeltester, session, isik_id):
    casefile: CaseFile = session.workspace.casefile
    casefile.add_contact(isik_id, {"date": "2026-11-23", "kind": "intake", "location": LOCATION,
                                   "topics": ["uitkeringen"], "duration_minutes": 45,
                                   "interpreter": True})
    casefile.add_contact(isik_id, {"date": "2026-12-01", "kind": "nazorg"})
    note = casefile.add_note(isik_id, "Eerste gesprek.")
    casefile.amend_note(note, "Aanvulling op het eerste gesprek.")
    casefile.add_follow_up(isik_id, "2020-01-01", "Te laat")
    casefile.add_follow_up(isik_id, "2099-01-01", "Later")

    contacts = ContactsModel()
    contacts.set_contacts(casefile.list_contacts(isik_id))
    assert contacts.index(0, ContactsModel.DATE).data() == "01-12-2026"  # newest first
    qtmodeltester.check(contacts)
    notes = NotesModel()
    notes.set_notes(casefile.list_notes(isik_id))
    qtmodeltester.check(notes)
    notes.set_results(casefile.search_notes("gesprek", client_id=isik_id))
    qtmodeltester.check(notes)
    tasks = ClientTasksModel()
    tasks.set_tasks(casefile.list_follow_ups(isik_id), "2026-11-23")
    assert tasks.overdue_count() == 1
    qtmodeltester.check(tasks)


# -- the header over the tabs ----------------------------------------------------------------------
def header_texts(page) -> list[str]:
    ui = page.ui
    labels = (ui.header_name_label, ui.header_age_label, ui.header_bsn_label,
              ui.header_language_label, ui.header_case_label)
    return [label.text() for label in labels if label.isVisibleTo(page)]


def age_today(born: date) -> int:
    today = date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def test_header_names_the_open_client_with_age_masked_bsn_and_language_over_every_tab(
        qtbot, page, session, isik_id):
    session.workspace.casefile.update_client(isik_id, {"language": "tr"})
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    age = age_today(date(1961, 3, 5))
    assert header_texts(page) == ["Işık Öztürk", f"{age} jaar", "BSN ••••••782",
                                  "Gesprekstaal: Turks"]
    assert "123456782" not in " ".join(header_texts(page))
    assert not page.ui.header_case_label.isVisibleTo(page)  # no case state yet: no empty box
    for index in range(page.ui.tabs.count()):  # above the tabs, whichever is open
        page.ui.tabs.setCurrentIndex(index)
        assert page.ui.client_header.isVisible()
    assert "Öztürk" not in page.window().windowTitle()


def test_header_follows_a_save_and_the_next_client_and_says_what_it_does_not_know(
        qtbot, page, session, isik_id):
    other = session.workspace.casefile.add_client(
        {"given_names": "Mehmet", "surname": "Yılmaz", "birth_date": "1958-01-17"})
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    page.ui.surname_edit.setText("Öztürk-Kaya")
    assert header_texts(page)[0] == "Işık Öztürk"  # the stored file, not what is typed
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(page.ui.surname_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert header_texts(page)[0] == "Işık Öztürk-Kaya"

    page.open_client(other)
    wait_for_ops(qtbot)
    assert header_texts(page) == ["Mehmet Yılmaz", f"{age_today(date(1958, 1, 17))} jaar",
                                  "Geen BSN", "Gesprekstaal onbekend"]

    page.new_client()
    wait_for_ops(qtbot)
    assert header_texts(page) == ["Nieuwe cliënt, nog niet opgeslagen"]


def test_header_age_counts_completed_years_and_is_unknown_without_a_birth_date(page):
    header = page.header
    assert header.age_text("1961-03-05", date(2026, 3, 4)) == "64 jaar"
    assert header.age_text("1961-03-05", date(2026, 3, 5)) == "65 jaar"
    assert header.age_text("2000-02-29", date(2026, 2, 28)) == "25 jaar"
    assert header.age_text(None, date(2026, 3, 5)) == "Leeftijd onbekend"
    assert header.age_text("1961-02-30", date(2026, 3, 5)) == "Leeftijd onbekend"


def test_header_has_a_place_for_the_case_state_that_hides_while_empty(qtbot, page, isik_id):
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    page.header.show_case("Aanvraag ingediend · uiterlijk 07-01-2027")
    assert header_texts(page)[-1] == "Aanvraag ingediend · uiterlijk 07-01-2027"
    page.header.show_case("")
    assert not page.ui.header_case_label.isVisibleTo(page)


# -- dates in the form -----------------------------------------------------------------------------
def test_dates_in_the_form_read_and_are_typed_dd_mm_jjjj(qtbot, page, session, isik_id):
    ui = page.ui
    page.open_client(isik_id)
    wait_for_ops(qtbot)
    assert ui.birth_date_edit.text() == "05-03-1961"
    assert ui.arrival_date_edit.text() == "14-09-1982"
    assert ui.destination_planned_departure_edit.text() == "01-05-2027"
    assert ui.birth_date_edit.placeholderText() == "DD-MM-JJJJ"
    assert page.changes() == {}  # shown differently, the same dates: nothing to save

    ui.arrival_date_edit.clear()
    type_text(qtbot, ui.arrival_date_edit, "1-9-1982")
    ui.tabs.setCurrentWidget(ui.household_tab)
    table = ui.children_table
    assert "03-02-2011" in {table.item(row, 2).text() for row in range(table.rowCount())}
    type_row(qtbot, ui.children_table, ui.add_child_button, ["Deniz", "Öztürk", "07-08-2015"])
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(ui.children_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    client = session.workspace.casefile.show_client(isik_id)
    assert client.arrival_date == "1982-09-01"
    assert [c.birth_date for c in client.children if c.given_names == "Deniz"] == ["2015-08-07"]
    assert ui.arrival_date_edit.text() == "01-09-1982"


def test_a_date_in_another_shape_is_refused_in_the_shape_the_form_asks_for(
        qtbot, page, session):
    ui = page.ui
    fill_person(qtbot, ui, birth="5 maart 1961")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert ui.birth_date_error.text() == "Schrijf de datum als DD-MM-JJJJ."
    ui.birth_date_edit.clear()
    type_text(qtbot, ui.birth_date_edit, "30-02-1961")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert ui.birth_date_error.text() == "Deze datum bestaat niet in de kalender"
    assert ui.birth_date_edit.text() == "30-02-1961"  # nothing typed is lost
    assert session.workspace.casefile.count_clients() == 0
