"""Sync in the desktop app, against a real registry on loopback (SQLite behind it: the GUI does
not care which database the office runs): F5 logs in when needed and shows the receipt and the
banner; a colleague's edit of the same field is settled in the conflict dialog; an unreachable
registry is reported in words and loses nothing; the banner warns after the configured days;
a change the registry refused is listed with its reason; counts read as the language writes them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from consultant_app.gui import app
from consultant_app.core.sync.service import Receipt, SyncService
from consultant_app.core.vault import conflicts, notes, replica
from consultant_app.core.vault.database import transaction
from consultant_app.gui import i18n, sync_texts
from consultant_app.gui.main_window import MainWindow
from consultant_app.gui.preferences_dialog import PreferencesDialog
from consultant_app.gui.sync_receipt_dialog import SyncReceiptDialog
from tests.gui.conftest import wait_for_ops
from tests.conftest import ISIK
from tests.registry.conftest import _quick_argon2, registry, sqlite_url  # noqa: F401 (fixtures)
from tests.registry.devices import FakeCredentialStore, make_device

PASSWORD = "registry-wachtwoord-1"
WAIT_MS = 30_000


@pytest.fixture
def database_url(sqlite_url):  # noqa: F811 - the registry fixture's database, SQLite only
    return sqlite_url


@pytest.fixture
def credential_store():
    return FakeCredentialStore()


@pytest.fixture
def window(qtbot, session, credential_store):
    window = MainWindow(session, keyring_backend=credential_store)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def anouk(registry, session, credential_store):  # noqa: F811
    """The consultant at this window, known to the registry and logged in."""
    registry.add_user("anouk", "eindhoven", PASSWORD)
    service = SyncService(session.workspace.vault, keyring_backend=credential_store)
    service.login(registry.url, "anouk", PASSWORD)
    return service


@pytest.fixture
def youssef(registry, tmp_path):  # noqa: F811
    """Her colleague of the same team, on a laptop of his own."""
    registry.add_user("youssef", "eindhoven", PASSWORD)
    device = make_device(tmp_path / "youssef", "youssef")
    device.sync.login(registry.url, "youssef", PASSWORD)
    yield device
    device.vault.close()


def sync_from_menu(qtbot, window):
    with qtbot.waitSignal(window.sync.synced, timeout=WAIT_MS) as done:
        window.ui.action_sync.trigger()
    wait_for_ops(qtbot)  # and the screens have read what it changed
    return done.args[0]


def banner_text(window) -> str:
    return window.sync.banner.ui.message_label.text()


def test_f5_asks_for_a_login_then_syncs_and_shows_the_receipt_and_the_banner(
        qtbot, window, session, registry, credential_store):  # noqa: F811
    registry.add_user("anouk", "eindhoven", PASSWORD)
    session.workspace.casefile.add_client(ISIK)  # client, partner and two children
    window.refresh_after_change()
    wait_for_ops(qtbot)
    assert banner_text(window).startswith("Nog nooit gesynchroniseerd, 4 wijzigingen wachten.")
    assert not window.sync.banner.is_warning()  # no registry set up yet: no alarm

    window.ui.action_sync.trigger()
    qtbot.waitUntil(lambda: window.sync.login_dialog is not None, timeout=WAIT_MS)
    login = window.sync.login_dialog
    qtbot.keyClicks(login.ui.server_edit, registry.url)
    qtbot.keyClicks(login.ui.user_edit, "anouk")
    qtbot.keyClicks(login.ui.password_edit, PASSWORD)
    with qtbot.waitSignal(login.logged_in, timeout=WAIT_MS):
        qtbot.keyClick(login.ui.password_edit, Qt.Key.Key_Return)
    assert "sleutelbos van het systeem" in login.ui.status_label.text()
    assert login.ui.password_edit.text() == ""
    assert list(credential_store.secrets.values())  # the token went to the credential store

    stages = []
    window.sync.progressed.connect(lambda stage, done, total: stages.append(stage))
    with qtbot.waitSignal(window.sync.synced, timeout=WAIT_MS) as done:
        qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)  # "Synchroniseren"
    wait_for_ops(qtbot)
    receipt = done.args[0]
    assert (receipt.pushed, receipt.pulled, receipt.conflicts, receipt.rejected) == (4, 0, 0, 0)
    assert {"push", "check"} <= set(stages)

    shown = window.sync.receipt_dialog
    assert shown is not None and shown.isVisible()
    assert shown.ui.pushed_value.text() == "4" and shown.ui.conflicts_value.text() == "0"
    assert shown.check_text() == (
        "✓ Aantallen en controlegetallen gelijk aan de centrale registratie")
    assert not shown.ui.conflicts_button.isVisible()
    assert banner_text(window).startswith("Vandaag gesynchroniseerd, geen wijzigingen wachten.")
    assert not window.sync.banner.is_warning()
    assert "Verzonden 4" in window.statusBar().currentMessage()


def test_a_colleagues_edit_of_the_same_field_is_settled_in_the_conflict_dialog(
        qtbot, window, session, anouk, youssef):
    client_id = session.workspace.casefile.add_client(ISIK)
    sync_from_menu(qtbot, window)
    youssef.sync.sync()
    youssef.casefile.update_client(client_id, {"phone": "06-11112222"})
    youssef.sync.sync()
    session.workspace.casefile.update_client(client_id, {"phone": "06-99998888"})

    receipt = sync_from_menu(qtbot, window)
    assert receipt.conflicts == 1
    shown = window.sync.receipt_dialog
    assert shown.ui.conflicts_button.isVisible()
    qtbot.mouseClick(shown.ui.conflicts_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    dialog = window.sync.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.ui.conflicts_table
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("Işık Öztürk", "Telefoon")
    assert dialog.ui.base_text.toPlainText() == "+31612345678"
    assert dialog.ui.mine_text.toPlainText() == "+31699998888"
    assert dialog.ui.theirs_text.toPlainText() == "+31611112222"
    assert "Conflicten bekijken (1)" == window.sync.banner.ui.conflicts_button.text()

    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.ui.keep_mine_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert table.rowCount() == 0
    assert dialog.ui.detail_label.text() == "Geen open conflicten."
    assert anouk.conflicts() == []
    assert session.workspace.casefile.show_client(client_id).phone == "+31699998888"
    assert not window.sync.banner.ui.conflicts_button.isVisible()
    assert "1 wijziging wacht" in banner_text(window)

    sync_from_menu(qtbot, window)
    youssef.sync.sync()
    assert youssef.casefile.show_client(client_id).phone == "+31699998888"


def test_a_sync_that_brings_a_colleagues_work_refreshes_the_list_and_the_open_file(
        qtbot, window, session, anouk, youssef):
    client_id = session.workspace.casefile.add_client(ISIK)
    sync_from_menu(qtbot, window)
    youssef.sync.sync()
    youssef.casefile.update_client(client_id, {"email": "isik.ozturk@example.org"})
    youssef.casefile.add_client({"given_names": "Fatima Zahra", "surname": "El Amrani",
                                 "birth_date": "1960-06-01"})
    youssef.sync.sync()
    window.open_client(client_id)
    assert window.client_file.ui.email_edit.text() == ""

    receipt = sync_from_menu(qtbot, window)
    assert receipt.pulled >= 2
    assert window.client_file.ui.email_edit.text() == "isik.ozturk@example.org"
    window.back_to_search()
    names = {window.model.index(r, 0).data() for r in range(window.model.rowCount())}
    assert names == {"Işık Öztürk", "Fatima Zahra El Amrani"}


def test_an_unreachable_registry_is_reported_in_words_and_the_changes_keep_waiting(
        qtbot, window, session, anouk, registry):  # noqa: F811
    session.workspace.casefile.add_client(ISIK)
    registry.stop()
    with qtbot.waitSignal(window.sync.failed, timeout=WAIT_MS) as failed:
        window.ui.action_sync.trigger()
    wait_for_ops(qtbot)
    assert failed.args[0].startswith("Centrale registratie niet bereikbaar; er is niets verloren")
    error = window.sync.banner.ui.error_label
    assert error.isVisible() and "Centrale registratie niet bereikbaar" in error.text()
    assert banner_text(window).startswith("Nog nooit gesynchroniseerd, 4 wijzigingen wachten.")
    assert replica.count_pending(session.workspace.vault.db) == 4
    assert window.ui.action_sync.isEnabled()

    registry.start()
    assert sync_from_menu(qtbot, window).pushed == 4
    assert not error.isVisible()


def test_the_banner_warns_once_the_configured_days_have_passed(qtbot, window, session):
    ten_days_ago = datetime.now(timezone.utc) - timedelta(days=10, hours=1)
    session.workspace.vault.set_setting("sync_server", "https://registry.example.org")
    session.workspace.vault.set_setting("sync_last_at", ten_days_ago.isoformat())
    window.refresh_after_change()
    wait_for_ops(qtbot)
    banner = window.sync.banner
    assert banner_text(window).startswith(
        "Laatst gesynchroniseerd 10 dagen geleden, geen wijzigingen wachten.")
    assert banner.is_warning()

    preferences = PreferencesDialog(session, window)
    wait_for_ops(qtbot)
    qtbot.addWidget(preferences)
    assert preferences.ui.warn_days_spin.value() == 7
    preferences.ui.warn_days_spin.setValue(14)
    preferences.save()
    wait_for_ops(qtbot)
    window.sync.refresh()
    wait_for_ops(qtbot)
    assert SyncService(session.workspace.vault).status().warn_after_days == 14
    assert not banner.is_warning()

    session.workspace.vault.set_setting("sync_last_at",
                              (ten_days_ago - timedelta(days=5)).isoformat())
    window.sync.refresh()
    wait_for_ops(qtbot)
    assert banner.is_warning()
    assert "Langer dan 14 dagen niet gesynchroniseerd." in banner_text(window)


def test_without_a_keyring_the_login_says_the_token_is_kept_in_the_vault(
        qtbot, session, registry):  # noqa: F811
    registry.add_user("anouk", "eindhoven", PASSWORD)
    window = MainWindow(session, keyring_backend=fail.Keyring())
    wait_for_ops(qtbot)
    qtbot.addWidget(window)
    window.show()
    window.ui.action_sync_login.trigger()
    wait_for_ops(qtbot)
    login = window.sync.login_dialog
    qtbot.keyClicks(login.ui.server_edit, registry.url)
    qtbot.keyClicks(login.ui.user_edit, "anouk")
    qtbot.keyClicks(login.ui.password_edit, "verkeerd")
    with qtbot.waitSignal(login.busy, check_params_cb=lambda busy: not busy, timeout=WAIT_MS):
        qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    assert login.ui.status_label.text() == "Gebruikersnaam of wachtwoord onjuist"

    login.ui.password_edit.clear()
    qtbot.keyClicks(login.ui.password_edit, PASSWORD)
    with qtbot.waitSignal(login.logged_in, timeout=WAIT_MS) as done:
        qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    assert done.args == ["vault"]
    assert "het token staat versleuteld in de kluis" in login.ui.status_label.text()
    assert login.ok_button.text() == "Sluiten"


def test_the_banner_reads_english_with_the_english_translation(qtbot, qapp, session):
    i18n.install_translator(qapp, "en")
    try:
        session.workspace.casefile.add_client(ISIK)
        window = MainWindow(session)
        wait_for_ops(qtbot)
        qtbot.addWidget(window)
        assert window.sync.banner.ui.message_label.text().startswith(
            "Never synced, 4 changes waiting.")
        assert window.ui.action_sync.text() == "&Sync"
    finally:
        i18n.remove_translators(qapp)


def test_the_main_window_starts_without_the_sync_and_vault_libraries():
    """The lock screen shows before any vault is open; the sync service (httpx, SQLCipher,
    sqlite-utils) is imported off the GUI thread during the unlock (Session.unlock)."""
    code = ("import sys, consultant_app.gui.main_window; "
            "print(' '.join(m for m in ('httpx', 'sqlite_utils', 'sqlcipher3', "
            "'consultant_app.core.sync.service') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[2],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    assert loaded == []


def test_a_note_the_registry_refused_is_listed_with_its_client_and_the_reason_in_words(
        qtbot, qtmodeltester, window, session, registry, credential_store, youssef):  # noqa: F811
    client_id = youssef.casefile.add_client(ISIK)  # a client of team Eindhoven
    youssef.sync.sync()
    registry.add_user("sanne", "tilburg", PASSWORD)  # this window: a consultant of another team
    SyncService(session.workspace.vault, keyring_backend=credential_store).login(
        registry.url, "sanne", PASSWORD)
    # A note under a client id learnt some other way (the client is not on this laptop).
    db = session.workspace.vault.db
    db.execute("PRAGMA foreign_keys = OFF")
    with transaction(db):
        notes.add_notes(db, [notes.NewNote(client_id, "Poging.")], session.workspace.vault.identity)
    db.execute("PRAGMA foreign_keys = ON")

    assert sync_from_menu(qtbot, window).rejected == 1
    button = window.sync.banner.ui.refused_button
    assert button.isVisible() and button.text() == "Geweigerd (1)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    dialog = window.sync.refused_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.sync.receipt_dialog is None  # the receipt made way for the list
    assert dialog.ui.intro_label.text().startswith(
        "De centrale registratie heeft deze wijzigingen niet aangenomen. Ze blijven op deze "
        "laptop bewaard")
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and not dialog.ui.empty_label.isVisible()
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert re.fullmatch(r"\d\d-\d\d-20\d\d \d\d:\d\d", row[0])
    assert row[1:] == [client_id, "Notitie", "nieuw",
                       "niet toegestaan (cliënt van een ander team of onbekend)"]
    assert model.index(0, model.CLIENT).data(Qt.ItemDataRole.ToolTipRole) == client_id

    # A refused change of a client that is on this laptop names the client (written the way
    # the sync writes it: none of this laptop's own clients can be refused by this registry).
    own_id = session.workspace.casefile.add_client(
        {"given_names": "Fatima Zahra", "surname": "El Amrani", "birth_date": "1960-06-01"})
    with transaction(db):
        conflicts.add_rejected(db, "change-1", "clients", own_id, own_id, "update",
                               {"fields": {"phone": "+31611112222"}}, "row_deleted")
    window.refresh_after_change()
    wait_for_ops(qtbot)
    assert button.text() == "Geweigerd (2)"
    window.ui.action_refused.trigger()  # the menu raises the open list, read again
    wait_for_ops(qtbot)
    assert window.sync.refused_dialog is dialog
    qtmodeltester.check(model)
    rows = {tuple(model.index(r, c).data() for c in range(1, 5)) for r in range(2)}
    assert ("Fatima Zahra El Amrani", "Cliënt", "gewijzigd",
            "intussen verwijderd of gewist") in rows

    session.lock()
    assert model.rowCount() == 0 and not button.isVisible()  # nothing of the vault while locked


def test_counts_are_written_with_the_thousands_separator_of_the_interface_language(
        qtbot, qapp, session):
    client_id = session.workspace.casefile.add_client(
        {"given_names": "Fatima Zahra", "surname": "El Amrani", "birth_date": "1960-06-01"})
    session.workspace.casefile.add_notes([(client_id, f"Gesprek {n}.") for n in range(1233)])
    window = MainWindow(session)
    wait_for_ops(qtbot)
    qtbot.addWidget(window)
    banner = window.sync.banner
    assert banner_text(window).startswith("Nog nooit gesynchroniseerd, 1.234 wijzigingen wachten.")
    banner.show_progress("push", 1200, 27417)
    assert banner_text(window) == "Synchroniseren: wijzigingen verzenden (1.200 van 27.417)…"
    receipt = Receipt(pushed=27417, pulled=1234, rejected=1001)
    dialog = SyncReceiptDialog(receipt, 2500, "nl")
    qtbot.addWidget(dialog)
    assert (dialog.ui.pushed_value.text(), dialog.ui.pulled_value.text()) == ("27.417", "1.234")
    assert "Open conflicten: 2.500." in dialog.ui.advice_label.text()
    assert "Verzonden 27.417, ontvangen 1.234" in window.sync.receipt_line(receipt)

    i18n.install_translator(qapp, "en")
    session.language = "en"  # as a run with English chosen in the preferences starts
    try:
        window = MainWindow(session)
        wait_for_ops(qtbot)
        qtbot.addWidget(window)
        assert banner_text(window).startswith("Never synced, 1,234 changes waiting.")
        window.sync.banner.show_progress("pull", 27417, None)
        assert "(27,417)" in banner_text(window)
        dialog = SyncReceiptDialog(receipt, 0, "en")
        qtbot.addWidget(dialog)
        assert dialog.ui.pushed_value.text() == "27,417"
        assert "Pushed 27,417, pulled 1,234" in window.sync.receipt_line(receipt)
    finally:
        i18n.remove_translators(qapp)


def test_a_demo_vault_is_told_in_words_that_the_registry_is_real(
        qtbot, window, session, registry):  # noqa: F811
    """The desktop demo's vault, pointed at a real registry: the login says what is wrong, and
    the registry receives nothing."""
    registry.add_user("anouk", "eindhoven", PASSWORD)
    session.workspace.vault.set_setting("demo", "yes")
    window.ui.action_sync_login.trigger()
    wait_for_ops(qtbot)
    login = window.sync.login_dialog
    qtbot.keyClicks(login.ui.server_edit, registry.url)
    qtbot.keyClicks(login.ui.user_edit, "anouk")
    qtbot.keyClicks(login.ui.password_edit, PASSWORD)
    with qtbot.waitSignal(login.busy, check_params_cb=lambda busy: not busy, timeout=WAIT_MS):
        qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    text = login.ui.status_label.text()
    assert text.startswith("Dit is een demokluis met synthetische cliënten")
    assert "er is niets verstuurd" in text
    assert registry.sql("SELECT count(*) FROM changes")[0][0] == 0
    assert SyncService(session.workspace.vault).status().server is None


def test_the_demo_passphrase_hint_stays_through_a_sync_and_a_lock(
        qtbot, window, session, anouk):
    app.show_demo_hint(window)  # as `consultant-app --demo` does
    session.workspace.casefile.add_client(ISIK)
    sync_from_menu(qtbot, window)
    assert "Verzonden 4" in window.statusBar().currentMessage()  # the sync's own line
    hint = window.findChild(QLabel, "passphrase_hint_label")
    assert hint.isVisible() and app.DEMO_PASSPHRASE in hint.text()
    window.sync.receipt_dialog.close()
    with qtbot.waitSignal(session.locked):
        window.ui.action_lock.trigger()
    shown = window.unlock_page.ui.hint_label
    assert shown.isVisible() and app.DEMO_PASSPHRASE in shown.text()


def test_dates_in_the_conflict_and_refused_screens_read_dd_mm_jjjj():
    assert sync_texts.readable_value("birth_date", "1961-03-05", "nl") == "05-03-1961"
    assert sync_texts.readable_value("destination", '{"planned_departure": "2027-05-01"}',
                                     "nl").endswith(": 01-05-2027")
    assert sync_texts.readable_value("birth_date", "1961-03-05", "en") == "05/03/1961"


def test_a_received_row_this_app_cannot_store_is_set_aside_and_named_in_the_banner(
        qtbot, window, session, registry, anouk):  # noqa: F811
    """A note whose text is a number (an older registry let it in) no longer stops the sync:
    the client beside it arrives and the banner says one row was set aside."""
    from tests.registry.malformed import plant, valid_rows
    from tests.registry.people import new_id

    client_id, note_id = new_id(), new_id()
    plant(registry, "eindhoven", [
        ("clients", client_id, client_id, valid_rows(client_id)["clients"]),
        ("notes", note_id, client_id, {"client_id": client_id, "text": 12345})])

    receipt = sync_from_menu(qtbot, window)

    assert (receipt.pulled, receipt.set_aside) == (1, 1)
    assert receipt.checked and receipt.mismatches == ()
    assert session.workspace.casefile.count_clients() == 1
    assert ("Apart gezet bij het ophalen: 1 (deze app kan ze niet opslaan; meld dit aan beheer)."
            in banner_text(window))
    advice = window.sync.receipt_dialog.ui.advice_label
    assert advice.isVisible() and advice.text() == (
        "1 ontvangen gegeven(s) apart gezet: deze app kan ze niet opslaan, de rest is verwerkt. "
        "Meld dit aan de beheerder.")


def test_a_change_refused_as_an_invalid_row_names_the_field_in_the_refused_list(
        qtbot, window, session, anouk):
    """An older app on this laptop wrote a note with a NUL in it (the vault layer, past the
    current validation): the registry refuses it and the list says which field."""
    client_id = session.workspace.casefile.add_client(ISIK)
    db = session.workspace.vault.db
    with transaction(db):
        notes.add_notes(db, [notes.NewNote(client_id, "Gesprek\x00")],
                        session.workspace.vault.identity)

    assert sync_from_menu(qtbot, window).rejected == 1
    qtbot.mouseClick(window.sync.banner.ui.refused_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    model = window.sync.refused_dialog.model
    reason = model.index(0, model.columnCount() - 1).data()
    assert reason == ("Een gegeven voldoet niet aan de regels van de centrale registratie "
                      "(Notitie: Tekst)")


def test_every_synced_kind_of_row_has_a_name_on_the_sync_screens():
    """A refused case event or check is named in words, never as its table ("case_events")."""
    from consultant_app.core.domain.entities import ENTITIES
    from consultant_app.gui.sync_texts import ENTITY_LABELS, ROW_LABELS

    assert set(ROW_LABELS) == set(ENTITIES)
    assert set(ENTITY_LABELS) == set(ENTITIES) - {"clients"}
