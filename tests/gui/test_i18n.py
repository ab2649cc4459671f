"""English through Qt Linguist: the committed .ts translates every Dutch string of the gui code,
and the app shows English once the translator is installed (a source tree's .ts compiled in memory,
an installation's .qm read; nothing written at start)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from consultant_app.core import qm
from consultant_app.core.domain.model import Client
from consultant_app.gui import dates, i18n
from consultant_app.gui.client_file_header import ClientHeader
from consultant_app.gui.forms.ui_client_file import Ui_ClientFile
from consultant_app.gui.session import Session
from consultant_app.gui.setup_dialog import SetupDialog
from consultant_app.gui.unlock_page import UnlockPage

TS = i18n.ts_file("en")


def _messages(ts_path):
    """(context, source, translation element) for every live message of a .ts file."""
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message.findtext("source"), translation


def _untranslated(ts_path) -> list[str]:
    missing = []
    for context, source, translation in _messages(ts_path):
        forms = translation.findall("numerusform") or [translation]
        empty = not all((form.text or "").strip() for form in forms)
        if translation.get("type") == "unfinished" or empty:
            missing.append(f"{context}: {source!r}")
    return missing


def test_the_dutch_interface_says_centrale_registratie_never_registry():
    """The Dutch texts of the gui (the .ts sources, extracted from the code and .ui files)."""
    dutch = [source for _, source, _ in _messages(TS) if "registry" in source.lower()]
    assert dutch == []
    assert any("centrale registratie" in source for _, source, _ in _messages(TS))
    assert [t.text for _, _, t in _messages(TS) if "registratie" in (t.text or "")] == []


@pytest.fixture
def english(qapp):
    i18n.install_translator(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def session(tmp_path):
    session = Session(tmp_path / "data")
    yield session
    session.deleteLater()


def test_every_message_in_the_ts_has_a_finished_translation():
    assert TS.exists()
    assert list(_messages(TS))
    assert _untranslated(TS) == []


def test_ts_holds_every_interface_text_of_the_gui_code(tmp_path):
    """Re-extracting the strings adds nothing untranslated: run `python -m consultant_app.gui.i18n
    update`, translate the new entries in the .ts (Qt Linguist), and commit it."""
    if i18n._tool("lupdate") is None:
        pytest.skip("pyside6-lupdate not available")
    fresh = shutil.copy(TS, tmp_path / TS.name)
    i18n.update(fresh)
    assert _untranslated(fresh) == []


def test_unlock_button_reads_unlock_in_english(qtbot, english, session):
    page = UnlockPage(session)
    qtbot.addWidget(page)
    assert page.ui.unlock_button.text() == "Unlock"
    assert page.ui.state_label.text() == "Locked"


def test_setup_strength_label_in_english(qtbot, english, session):
    dialog = SetupDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.ui.strength_label.text() == "too short"
    qtbot.keyClicks(dialog.ui.passphrase_edit, "koffie op de markt in juni")
    assert dialog.ui.strength_label.text() == "strong"
    assert dialog.create_button.text() == "Create vault"


def test_dutch_needs_no_translation_file(qtbot, qapp, session):
    i18n.install_translator(qapp, "nl")
    try:
        page = UnlockPage(session)
        qtbot.addWidget(page)
        assert page.ui.unlock_button.text() == "Ontgrendelen"
    finally:
        i18n.remove_translators(qapp)


def unlock_button_in_english(qtbot, qapp, session, folder, monkeypatch) -> str:
    """The lock screen's button with English chosen and the translations read from `folder`."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install_translator(qapp, "en")
    try:
        page = UnlockPage(session)
        qtbot.addWidget(page)
        return page.ui.unlock_button.text()
    finally:
        i18n.remove_translators(qapp)


def test_a_source_tree_shows_english_from_the_ts_and_writes_nothing(qtbot, qapp, tmp_path,
                                                                    monkeypatch, session):
    shutil.copy(TS, tmp_path / TS.name)
    assert unlock_button_in_english(qtbot, qapp, session, tmp_path, monkeypatch) == "Unlock"
    assert [p.name for p in tmp_path.iterdir()] == [TS.name]


def test_an_installation_shows_english_from_its_compiled_qm(qtbot, qapp, tmp_path, monkeypatch,
                                                            session):
    """A wheel or the bundle carries the .qm compiled at build time, and no .ts."""
    (tmp_path / TS.with_suffix(".qm").name).write_bytes(qm.compile_ts(TS.read_bytes()))
    assert unlock_button_in_english(qtbot, qapp, session, tmp_path, monkeypatch) == "Unlock"


@pytest.mark.parametrize("files", [{}, {TS.name: b"<TS><context>"}], ids=["none", "broken-ts"])
def test_without_a_readable_ts_or_qm_the_interface_stays_dutch(qtbot, qapp, tmp_path, monkeypatch,
                                                              session, files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert unlock_button_in_english(qtbot, qapp, session, tmp_path, monkeypatch) == "Ontgrendelen"


def test_installing_again_replaces_the_earlier_translators(qapp):
    i18n.install_translator(qapp, "en")
    i18n.install_translator(qapp, "en")
    try:
        assert QApplication.translate("UnlockPage", "Ontgrendelen") == "Unlock"
        ours = [t for t in qapp.findChildren(i18n.QTranslator) if t.objectName() == i18n._MARK]
        assert len(ours) == len({t.filePath() for t in ours})
    finally:
        i18n.remove_translators(qapp)
    assert QApplication.translate("UnlockPage", "Ontgrendelen") == "Ontgrendelen"


def test_client_header_and_dates_read_english(qtbot, english):
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_ClientFile()
    ui.setupUi(widget)
    header = ClientHeader(ui)
    header.show_client(Client("id", "Işık", "Öztürk", "1961-03-05", bsn="123456782",
                              language="tr"), today=date(2026, 12, 7))
    assert [ui.header_age_label.text(), ui.header_bsn_label.text(),
            ui.header_language_label.text()] == ["65 years", "BSN ••••••782", "Language: Turkish"]
    assert header.age_text("2025-12-01", date(2026, 12, 7)) == "1 year"
    assert dates.short_date("2026-12-07", "en") == "07/12/2026"
    assert dates.long_date(date(2026, 12, 7), "en") == "7 December 2026"
