"""First-run set-up, the lock screen and the preferences dialog, driven as a user would."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from consultant_app.core.casefile import CaseFile
from consultant_app.core.messages import translate
from consultant_app.core.preferences import FILE_NAME
from consultant_app.core.vault.keys import generate_recovery_keypair
from consultant_app.core.vault.vault import KEYS_NAME, Vault
from consultant_app.gui.preferences_dialog import PreferencesDialog
from consultant_app.gui.session import Session
from consultant_app.gui.setup_dialog import (
    FAIR, STRONG, TOO_SHORT, WEAK, SetupDialog, passphrase_strength,
)
from consultant_app.gui.unlock_page import UnlockPage
from tests.conftest import FAST_KDF, ISIK, PASSPHRASE
from tests.gui.conftest import wait_for_ops
from tests.gui.keyboard import type_text

WAIT_MS = 30_000


@pytest.fixture
def make_session(qtbot):
    sessions = []

    def make(data_dir) -> Session:
        session = Session(data_dir)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.lock()
        session.deleteLater()


@pytest.fixture
def setup_dialog(qtbot, tmp_path, make_session):
    dialog = SetupDialog(make_session(tmp_path / "data"), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_in(qtbot, dialog: SetupDialog, name="Anouk de Vries", passphrase=PASSPHRASE,
            repeat=None) -> None:
    type_text(qtbot, dialog.ui.name_edit, name)
    qtbot.keyClicks(dialog.ui.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.ui.repeat_edit, passphrase if repeat is None else repeat)


# -- set-up ------------------------------------------------------------------------------------
def test_setup_creates_vault_with_turkish_name_and_unlocks_session(qtbot, setup_dialog):
    session = setup_dialog.session
    fill_in(qtbot, setup_dialog, name="Şükrü Yıldız")
    assert setup_dialog.ui.name_edit.text() == "Şükrü Yıldız"
    assert setup_dialog.create_button.isEnabled()
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        qtbot.mouseClick(setup_dialog.create_button, Qt.MouseButton.LeftButton)
        assert setup_dialog.busy and not setup_dialog.ui.busy_bar.isHidden()
        assert not setup_dialog.ui.passphrase_group.isEnabled()
        setup_dialog.reject()  # closing while the vault is being written is refused
    qtbot.waitUntil(lambda: setup_dialog.result() == QDialog.DialogCode.Accepted)
    assert session.is_unlocked
    assert session.workspace.vault.identity.consultant == "Şükrü Yıldız"
    session.lock()
    Vault.unlock(session.data_dir, PASSPHRASE).close()


def test_organisation_and_recovery_key_from_office_are_stored(qtbot, tmp_path, setup_dialog):
    _, public_pem = generate_recovery_keypair(bits=2048)
    (tmp_path / "office.pem").write_bytes(public_pem)
    fill_in(qtbot, setup_dialog)
    qtbot.keyClicks(setup_dialog.ui.organisation_edit, "Stichting Remigratie-advies")
    setup_dialog.set_recovery_key_file(tmp_path / "office.pem")
    assert "Vingerafdruk" in setup_dialog.ui.recovery_status_label.text()
    with qtbot.waitSignal(setup_dialog.session.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(setup_dialog.ui.repeat_edit, Qt.Key.Key_Return)
    identity = setup_dialog.session.workspace.vault.identity
    assert identity.organisation == "Stichting Remigratie-advies"
    keys = json.loads((setup_dialog.session.data_dir / KEYS_NAME).read_text())
    assert keys["recovery_wrap"]


def test_too_short_passphrase_keeps_create_disabled_and_says_why(qtbot, setup_dialog):
    fill_in(qtbot, setup_dialog, passphrase="kort-wachtw")  # 11 characters
    assert not setup_dialog.create_button.isEnabled()
    assert "te kort" in setup_dialog.ui.problem_label.text()
    assert "12" in setup_dialog.ui.problem_label.text()
    assert setup_dialog.ui.strength_label.text() == "te kort"
    qtbot.keyClicks(setup_dialog.ui.passphrase_edit, "!")
    qtbot.keyClicks(setup_dialog.ui.repeat_edit, "!")
    assert setup_dialog.create_button.isEnabled()
    assert setup_dialog.ui.problem_label.text() == ""


def test_repeat_that_differs_is_explained(qtbot, setup_dialog):
    fill_in(qtbot, setup_dialog, repeat=PASSPHRASE + "x")
    assert not setup_dialog.create_button.isEnabled()
    assert "komt niet overeen" in setup_dialog.ui.problem_label.text()


def test_missing_name_is_explained(qtbot, setup_dialog):
    fill_in(qtbot, setup_dialog, name="   ")
    assert not setup_dialog.create_button.isEnabled()
    assert "naam" in setup_dialog.ui.problem_label.text()


@pytest.mark.parametrize("content, code", [
    (b"this is not a key", "recovery_key_unreadable"),
    (None, "recovery_key_not_rsa"),
])
def test_unusable_recovery_key_is_explained_and_blocks_create(qtbot, tmp_path, setup_dialog,
                                                              content, code):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    if content is None:
        content = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    (tmp_path / "office.pem").write_bytes(content)
    fill_in(qtbot, setup_dialog)
    setup_dialog.set_recovery_key_file(tmp_path / "office.pem")
    assert setup_dialog.ui.recovery_status_label.text() == translate(code, "nl")
    assert not setup_dialog.create_button.isEnabled()
    setup_dialog.clear_recovery_key()
    assert setup_dialog.create_button.isEnabled()


def test_storage_error_is_shown_and_nothing_typed_is_lost(qtbot, tmp_path, make_session):
    (tmp_path / "a-file").write_text("not a folder")
    dialog = SetupDialog(make_session(tmp_path / "a-file" / "data"), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    fill_in(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.ui.problem_label.text() == translate("storage_error", "nl")
    assert dialog.ui.name_edit.text() == "Anouk de Vries"
    assert dialog.ui.passphrase_edit.text() == PASSPHRASE
    assert dialog.create_button.isEnabled() and dialog.ui.passphrase_group.isEnabled()
    assert not dialog.session.is_unlocked


def test_existing_vault_is_never_overwritten(qtbot, vault_dir, make_session):
    dialog = SetupDialog(make_session(vault_dir), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    fill_in(qtbot, dialog, passphrase="een-heel-andere-zin")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.ui.problem_label.text() == translate("vault_exists", "nl")
    Vault.unlock(vault_dir, PASSPHRASE).close()


@pytest.mark.parametrize("passphrase, level", [
    ("", TOO_SHORT), ("elf-tekens!", TOO_SHORT), ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", WEAK),
    ("welkom123456", WEAK), ("Welkom123456!", FAIR), ("koffie op de markt", FAIR),
    ("koffie op de markt in juni", STRONG), ("zomer-spreekuur-2026", STRONG),
])
def test_strength_estimate(passphrase, level):
    assert passphrase_strength(passphrase) == level


def test_strength_label_follows_typing(qtbot, setup_dialog):
    qtbot.keyClicks(setup_dialog.ui.passphrase_edit, "welkom123456")
    assert setup_dialog.ui.strength_label.text() == "zwak"
    qtbot.keyClicks(setup_dialog.ui.passphrase_edit, " bij de koffie")
    assert setup_dialog.ui.strength_label.text() == "sterk"
    assert setup_dialog.ui.strength_bar.value() == setup_dialog.ui.strength_bar.maximum()


# -- unlock page -------------------------------------------------------------------------------
@pytest.fixture
def unlock_page(qtbot, vault_dir, make_session):
    page = UnlockPage(make_session(vault_dir))
    qtbot.addWidget(page)
    page.show()
    page.focus_passphrase()
    return page


def test_wrong_passphrase_says_so_and_keeps_the_typed_text_selected(qtbot, unlock_page):
    edit, session = unlock_page.ui.passphrase_edit, unlock_page.session
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(edit, "winter-spreekuur-2026")
    with qtbot.waitSignal(session.unlock_failed, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert unlock_page.ui.status_label.text() == "Bezig met ontgrendelen…"
        assert not edit.isEnabled() and not unlock_page.ui.unlock_button.isEnabled()
    assert unlock_page.ui.status_label.text() == "Onjuiste wachtwoordzin"
    assert edit.isEnabled() and edit.text() == "winter-spreekuur-2026"
    assert edit.selectedText() == "winter-spreekuur-2026"
    assert not session.is_unlocked


def test_right_passphrase_unlocks_and_clears_the_field(qtbot, unlock_page):
    edit, session = unlock_page.ui.passphrase_edit, unlock_page.session
    qtbot.keyClicks(edit, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        qtbot.mouseClick(unlock_page.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert session.is_unlocked
    assert edit.text() == "" and edit.isEnabled() and unlock_page.ui.status_label.text() == ""


def test_empty_passphrase_does_not_try(qtbot, unlock_page):
    assert not unlock_page.ui.unlock_button.isEnabled()
    qtbot.keyClick(unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    assert not unlock_page.busy


def test_lock_screen_shows_no_client_names(qtbot, vault_dir, make_session):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        CaseFile(vault).add_client(ISIK)
    session = make_session(vault_dir)
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        session.unlock(PASSPHRASE)
    page = UnlockPage(session)
    qtbot.addWidget(page)
    session.lock()
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit)]
    texts.append(page.windowTitle())
    assert not any(name in text for text in texts for name in ("Işık", "Öztürk", "Anouk"))


# -- preferences -------------------------------------------------------------------------------
def test_preferences_save_idle_minutes_and_a_new_location(qtbot, vault_dir, make_session):
    session = make_session(vault_dir)
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.ui.bsn_group.isHidden()  # an administrator setting: only when unlocked
    dialog.ui.idle_spin.setValue(12)
    qtbot.keyClicks(dialog.ui.new_location_edit, "Bibliotheek Den Haag Centrum")
    qtbot.mouseClick(dialog.ui.add_location_button, Qt.MouseButton.LeftButton)
    dialog.ui.default_location_combo.setCurrentText("Bibliotheek Den Haag Centrum")
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = json.loads((vault_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["idle_minutes"] == 12
    assert "Bibliotheek Den Haag Centrum" in saved["locations"]
    assert saved["default_location"] == "Bibliotheek Den Haag Centrum"
    assert saved["language"] == "en"
    assert session.prefs.idle_minutes == 12


def test_locations_can_be_renamed_and_removed(qtbot, vault_dir, make_session):
    dialog = PreferencesDialog(make_session(vault_dir))
    qtbot.addWidget(dialog)
    default = dialog.ui.default_location_combo.currentText()
    item = dialog.ui.locations_list.findItems(default, Qt.MatchFlag.MatchExactly)[0]
    item.setText("Stadskantoor Eindhoven, balie 3")  # what editing in place does
    assert dialog.ui.default_location_combo.currentText() == "Stadskantoor Eindhoven, balie 3"
    dialog.ui.locations_list.setCurrentRow(dialog.ui.locations_list.count() - 1)
    removed = dialog.ui.locations_list.currentItem().text()
    qtbot.mouseClick(dialog.ui.remove_location_button, Qt.MouseButton.LeftButton)
    assert removed not in dialog.locations()
    assert dialog.ui.default_location_combo.findText(removed) == -1
    assert dialog.preferences().default_location == "Stadskantoor Eindhoven, balie 3"


def test_bsn_policy_is_stored_in_the_vault(qtbot, vault_dir, make_session):
    session = make_session(vault_dir)
    with qtbot.waitSignal(session.unlocked, timeout=WAIT_MS):
        session.unlock(PASSPHRASE)
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)  # the vault's settings are read
    assert not dialog.ui.bsn_group.isHidden() and dialog.ui.store_bsn_check.isChecked()
    dialog.ui.store_bsn_check.setChecked(False)
    dialog.save()
    wait_for_ops(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    vault = session.workspace.vault
    assert vault.setting("store_bsn") == "no" and not vault.store_bsn
    session.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.setting("store_bsn") == "no"
