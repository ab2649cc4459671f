"""The letter screens, driven as a consultant would: "Brief maken" from the client file with its
preflight form, preview and ways out (a file, Word, the printer), letters for several clients at
once, and the template manager's check and import. Real vaults and the shipped templates;
synthetic people only; renders run in the background and the tests wait for them."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from consultant_app.core.errors import VaultError
from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.gui import letter_output, letter_preview, letter_work
from consultant_app.gui.client_file import ClientFilePage
from consultant_app.gui.letter_batch_dialog import LetterBatchDialog
from consultant_app.gui.letter_dialog import LetterDialog
from consultant_app.gui.models.letters_model import LettersModel
from consultant_app.gui.models.templates_model import TemplatesModel
from consultant_app.gui.operations import run_op
from consultant_app.gui.session import Session
from consultant_app.gui.temp_copies import TempCopies
from consultant_app.gui.templates_dialog import TemplatesDialog
from tests.conftest import ISIK
from tests.core.test_benefits_abroad import AOW_TO_TURKEY, BIJSTAND_TO_TURKEY, STOP_LETTER
from tests.core.test_shipped_templates import HOUSEHOLD, SINGLE
from tests.core.word_like import template_of, text_of, write
from tests.gui.conftest import wait_for_ops
from tests.gui.keyboard import type_text

TODAY = date(2026, 11, 30)  # after the SVB application's end (2024-12-31)
LOCATION = "Stadskantoor Eindhoven"
APPLICATION = "aanvraag-remigratie-uitkering"
ADDRESS_TEMPLATE = ("Vertrek naar {{ vertrek.land }}: {{ vertrek.adres }}",
                    "Postcode hier: {{ client.adres.postcode }}",
                    "In Nederland sinds {{ client.aankomstdatum }}",
                    "Met vriendelijke groet, {{ client.volledige_naam }}")


# -- fixtures and helpers --------------------------------------------------------------------------
@pytest.fixture
def organisation(session):
    """The organisation's address and phone, which every shipped letter prints."""
    session.workspace.vault.set_setting("organisation_address", "Postbus 1234, 3500 AA Utrecht")
    session.workspace.vault.set_setting("organisation_phone", "030 123 45 67")


@pytest.fixture
def open_dialog(qtbot, session):
    def opened(client_id: str, name: str = "Öztürk, Işık") -> LetterDialog:
        dialog = LetterDialog(session, client_id, name, LOCATION, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, dialog)
        return dialog
    return opened


@pytest.fixture
def office_template(session, tmp_path):
    """An office template asking for a destination address, a postcode and an arrival date."""
    source = write(tmp_path / "vertrekadres.docx", template_of(*ADDRESS_TEMPLATE))
    TemplateLibrary.for_data_dir(session.data_dir).import_template(
        source, "vertrekadres", "Bevestiging vertrekadres")
    return "vertrekadres"


def settle(qtbot, dialog) -> None:
    """Wait until the dialog's background steps have reported."""
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)


def choose(qtbot, dialog: LetterDialog, template_id: str) -> None:
    dialog.select_template(template_id)
    settle(qtbot, dialog)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def without(data: dict, *paths: str) -> dict:
    """`data` without the given fields ("address.postcode" removes a sub-field)."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}
    for path in paths:
        head, _, tail = path.partition(".")
        if tail:
            out[head].pop(tail)
        else:
            out.pop(head)
    return out


def audit_actions(session, client_id: str) -> list[tuple[str, str | None]]:
    rows = session.workspace.vault.db.execute(
        "SELECT action, detail FROM audit_log WHERE client_id = ? ORDER BY seq", [client_id])
    return [tuple(row) for row in rows]


# -- the template list -----------------------------------------------------------------------------
def test_dialog_lists_valid_templates_first_and_the_expired_application_greyed(
        open_dialog, session):
    dialog = open_dialog(session.workspace.casefile.add_client(ISIK))

    items = [dialog.ui.templates_list.item(r) for r in range(dialog.ui.templates_list.count())]
    texts = [item.text() for item in items]
    assert len(texts) == 7
    assert texts[-1] == ("Aanvraag remigratie-uitkering (SVB) — verlopen: geldig tot en met "
                         "31 december 2024")
    assert all("verlopen" not in text for text in texts[:-1])
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert items[-1].foreground().color() == grey
    assert dialog.windowTitle() == "Brief maken"  # never the client's name


def test_expired_svb_application_needs_a_deliberate_confirmation(
        qtbot, open_dialog, session, organisation):
    client_id = session.workspace.casefile.add_client(HOUSEHOLD)
    dialog = open_dialog(client_id)

    choose(qtbot, dialog, APPLICATION)

    ui = dialog.ui
    assert ui.expired_frame.isVisible()
    assert "geen nieuwe aanvragen voor een remigratie-uitkering" in ui.expired_label.text()
    assert ui.letter_stack.currentWidget() is ui.message_page
    assert dialog.draft is None and not dialog.is_busy()  # nothing was even rendered
    assert not ui.save_as_button.isEnabled() and not ui.print_button.isEnabled()

    qtbot.mouseClick(ui.expired_confirm_check, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    assert ui.letter_stack.currentWidget() is ui.preview_page
    assert "Işık Öztürk" in ui.preview_browser.toPlainText()
    assert ui.save_as_button.isEnabled()
    db = session.workspace.vault.db
    assert db.execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_the_preview_keeps_the_hyphen_of_a_hyphenated_organisation_name(
        qtbot, open_dialog, session, organisation):
    """Letters write the hyphen of "Remigratie-advies" as Word's no-break hyphen, so the name
    never breaks there; the preview must show it, not drop it."""
    session.workspace.vault.set_setting("organisation", "Stichting Remigratie-advies Zuidoost")
    dialog = open_dialog(session.workspace.casefile.add_client(ISIK))
    choose(qtbot, dialog, "machtiging")

    shown = dialog.ui.preview_browser.toPlainText()
    assert "Stichting Remigratie\u2011advies Zuidoost" in shown
    assert "Remigratieadvies" not in shown


# -- the preflight form ----------------------------------------------------------------------------
@pytest.fixture
def lacking(qtbot, open_dialog, session, office_template):
    """The office template chosen for Işık Öztürk's file without a destination address, a
    postcode and an arrival date: (client id, dialog)."""
    client_id = session.workspace.casefile.add_client(
        without(ISIK, "destination.address", "address.postcode", "arrival_date"))
    dialog = open_dialog(client_id)
    choose(qtbot, dialog, office_template)
    return client_id, dialog


def fill_in(qtbot, dialog, answers: dict[str, str]) -> None:
    """Type each answer into the preflight form (Turkish letters included), then save."""
    for name, text in answers.items():
        type_text(qtbot, dialog.preflight.editors[name], text)
    click(qtbot, dialog.ui.preflight_save_button)


def test_missing_fields_get_a_form_and_filling_it_stores_them_in_the_file(
        qtbot, session, lacking):
    client_id, dialog = lacking
    ui, form = dialog.ui, dialog.preflight
    assert ui.letter_stack.currentWidget() is ui.preflight_page
    assert list(form.editors) == ["vertrek.adres", "client.adres.postcode",
                                  "client.aankomstdatum"]

    fill_in(qtbot, dialog, {"vertrek.adres": "Atatürk Cad. No 12, Kayseri",
                            "client.adres.postcode": "5611ab",
                            "client.aankomstdatum": "1982-09-14"})
    settle(qtbot, dialog)

    stored = session.workspace.casefile.show_client(client_id)
    assert stored.destination["address"] == "Atatürk Cad. No 12, Kayseri"
    assert stored.destination["country"] == "TR"  # the rest of the object is kept
    assert stored.address == {**ISIK["address"], "postcode": "5611 AB"}
    assert stored.arrival_date == "1982-09-14"
    assert ui.letter_stack.currentWidget() is ui.preview_page
    preview = ui.preview_browser.toPlainText()
    assert "Vertrek naar Turkije: Atatürk Cad. No 12, Kayseri" in preview
    assert "Postcode hier: 5611 AB" in preview
    assert ui.status_label.text().startswith("Opgeslagen in het dossier. Voorbeeld, gemaakt in")


def test_invalid_postcode_and_date_are_shown_at_their_fields_and_nothing_typed_is_lost(
        qtbot, session, lacking):
    client_id, dialog = lacking
    form = dialog.preflight

    fill_in(qtbot, dialog, {"vertrek.adres": "Atatürk Cad. No 12, Kayseri",
                            "client.adres.postcode": "12",
                            "client.aankomstdatum": "2024-02-30"})
    settle(qtbot, dialog)

    assert form.errors["client.adres.postcode"].text() == "Postcode moet de vorm 1234 AB hebben"
    assert form.errors["client.aankomstdatum"].text() == "Deze datum bestaat niet in de kalender"
    assert form.errors["client.adres.postcode"].isVisible()
    assert not form.errors["vertrek.adres"].isVisible()
    assert form.editors["vertrek.adres"].text() == "Atatürk Cad. No 12, Kayseri"
    assert form.editors["client.adres.postcode"].text() == "12"
    assert form.editors["client.aankomstdatum"].text() == "2024-02-30"
    assert session.workspace.casefile.show_client(client_id).arrival_date is None  # nothing stored
    assert dialog.ui.letter_stack.currentWidget() is dialog.ui.preflight_page


def test_organisation_settings_asked_by_a_letter_are_stored_in_the_vault(
        qtbot, open_dialog, session):
    dialog = open_dialog(session.workspace.casefile.add_client(ISIK))
    choose(qtbot, dialog, "machtiging")
    form = dialog.preflight
    assert list(form.editors) == ["organisatie.adres", "organisatie.telefoon"]

    fill_in(qtbot, dialog, {"organisatie.adres": "Postbus 1234, 3500 AA Utrecht",
                            "organisatie.telefoon": "030 123 45 67"})
    settle(qtbot, dialog)

    assert (session.workspace.vault.setting("organisation_address")
            == "Postbus 1234, 3500 AA Utrecht")
    assert "Postbus 1234" in dialog.ui.preview_browser.toPlainText()


def test_an_organisation_phone_is_checked_like_a_clients_and_refused_under_its_row(
        qtbot, open_dialog, session):
    dialog = open_dialog(session.workspace.casefile.add_client(ISIK))
    choose(qtbot, dialog, "machtiging")
    form = dialog.preflight

    fill_in(qtbot, dialog, {"organisatie.adres": "Postbus 1234, 3500 AA Utrecht",
                            "organisatie.telefoon": "abc"})

    assert form.errors["organisatie.telefoon"].isVisible()
    assert form.errors["organisatie.telefoon"].text().startswith("Telefoonnummer moet")
    assert session.workspace.vault.setting("organisation_phone") is None
    assert session.workspace.vault.setting("organisation_address") is None  # nothing stored
    assert dialog.ui.letter_stack.currentWidget() is dialog.ui.preflight_page

    form.editors["organisatie.telefoon"].clear()
    fill_in(qtbot, dialog, {"organisatie.telefoon": "030 123 45 67"})
    settle(qtbot, dialog)
    assert session.workspace.vault.setting("organisation_phone") == "+31301234567"


@pytest.fixture
def machtiging(qtbot, open_dialog, session, organisation):
    """The machtiging chosen for Işık Öztürk's complete file, its preview shown:
    (client id, dialog)."""
    client_id = session.workspace.casefile.add_client(ISIK)
    dialog = open_dialog(client_id)
    choose(qtbot, dialog, "machtiging")
    return client_id, dialog


# -- handing the letter out ------------------------------------------------------------------------
def test_save_as_writes_a_docx_with_the_clients_name_and_keeps_the_letter(
        qtbot, session, machtiging, tmp_path, monkeypatch):
    client_id, dialog = machtiging
    offered = []

    def save_file_name(parent, caption, suggested, file_filter):
        offered.append(Path(suggested).name)
        return str(tmp_path / "machtiging-isik"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dialog.ui.pdf_check.setChecked(False)
    click(qtbot, dialog.ui.save_as_button)
    settle(qtbot, dialog)

    out = tmp_path / "machtiging-isik.docx"
    assert offered == ["Machtiging contact SVB - Öztürk, Işık - 2026-11-30.docx"]
    assert "Işık Öztürk" in text_of(out.read_bytes())
    assert Document(io.BytesIO(out.read_bytes())).paragraphs  # python-docx reads it back
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert dialog.history.model.rowCount() == 1  # listed under "Eerdere brieven"
    assert ("export", f"letter:{dialog.letter_id}") in audit_actions(session, client_id)


def test_open_in_word_makes_a_private_temporary_copy_that_a_lock_removes(
        qtbot, session, machtiging, monkeypatch):
    _, dialog = machtiging
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))

    click(qtbot, dialog.ui.open_word_button)
    settle(qtbot, dialog)

    [copy] = opened
    assert copy.name == "Machtiging contact SVB - Öztürk, Işık - 2026-11-30.docx"
    assert "Işık Öztürk" in text_of(copy.read_bytes())
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(session.temp_copies.folder.stat().st_mode) == 0o700
    assert session.temp_copies.files() == [copy]
    assert dialog.history.model.rowCount() == 1  # the letter is kept in the vault

    session.lock()

    assert not copy.exists() and session.temp_copies.files() == []


def test_pdf_work_left_by_a_killed_run_is_swept_when_the_app_starts(qtbot, vault_dir):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = vault_dir / f".office-{gone}-x1"  # what a killed `letter render --pdf` leaves
    left.mkdir(mode=0o700)
    (left / "brief.docx").write_bytes(b"x")
    running = vault_dir / f".office-{os.getpid()}-x2"  # work of a process that still runs
    running.mkdir(mode=0o700)

    Session(vault_dir)

    assert not left.exists() and running.exists()


def test_copies_left_by_a_killed_app_are_swept_at_the_next_start(qtbot, vault_dir, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed = subprocess.run(  # writes a copy for Word, then dies without any clean-up
        [sys.executable, "-c", "import os, signal; from consultant_app.gui.temp_copies import "
         "TempCopies; TempCopies().write('brief.docx', b'x'); "
         "os.kill(os.getpid(), signal.SIGKILL)"], env={**os.environ, "TMPDIR": str(tmp_path)},
        check=False)
    assert killed.returncode == -signal.SIGKILL
    [left] = tmp_path.glob("spreekuur-word-*")
    ours = TempCopies().write("open.docx", b"x")  # this process's copy is not touched

    Session(vault_dir)

    assert not left.exists()
    assert ours.exists()


def test_print_keeps_the_letter_and_logs_a_print(
        qtbot, session, machtiging, monkeypatch):
    client_id, dialog = machtiging
    printed = []
    monkeypatch.setattr(letter_output, "find_soffice", lambda: "soffice")
    monkeypatch.setattr(letter_work, "print_docx",
                        lambda content, work: printed.append((content, work)))

    click(qtbot, dialog.ui.print_button)
    settle(qtbot, dialog)

    assert len(printed) == 1 and "Işık Öztürk" in text_of(printed[0][0])
    assert printed[0][1] == session.data_dir  # LibreOffice's work stays in the data folder
    assert ("print", f"letter:{dialog.letter_id}") in audit_actions(session, client_id)
    assert dialog.ui.status_label.text() == "Naar de standaardprinter gestuurd."


def test_print_without_libreoffice_explains_and_keeps_nothing(
        qtbot, session, machtiging, monkeypatch):
    _, dialog = machtiging
    monkeypatch.setattr(letter_output, "find_soffice", lambda: None)

    click(qtbot, dialog.ui.print_button)

    assert "LibreOffice" in dialog.ui.general_error.text()
    assert "Word" in dialog.ui.general_error.text()
    assert dialog.letter_id is None and dialog.history.model.rowCount() == 0


def test_earlier_letters_are_listed_and_open_again_in_word(
        qtbot, session, machtiging, monkeypatch, qtmodeltester):
    client_id, dialog = machtiging
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    click(qtbot, dialog.ui.open_word_button)
    settle(qtbot, dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.history_tab)

    model: LettersModel = dialog.history.model
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Machtiging contact SVB"
    assert dialog.ui.tabs.tabText(1) == "&Eerdere brieven (1)"
    click(qtbot, dialog.ui.open_letter_button)
    settle(qtbot, dialog)

    assert len(session.temp_copies.files()) == 2
    assert audit_actions(session, client_id)[-1] == ("read", f"letter:{model.letter(0).id}")


# -- the client file -------------------------------------------------------------------------------
def test_brief_maken_in_the_client_file_needs_a_stored_and_saved_client(qtbot, session):
    page = ClientFilePage(session, lambda: LOCATION)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
    assert not page.ui.letter_button.isEnabled()  # a new client: nothing stored yet

    page.open_client(session.workspace.casefile.add_client(ISIK))
    wait_for_ops(qtbot)
    assert page.ui.letter_button.isEnabled()
    page.ui.phone_edit.setText("06-87654321")
    click(qtbot, page.ui.letter_button)
    assert "Sla eerst de wijzigingen op" in page.ui.status_label.text()
    assert not page.findChildren(LetterDialog)

    page.save()
    wait_for_ops(qtbot)
    qtbot.keyClick(page.ui.given_names_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    [dialog] = page.findChildren(LetterDialog)
    settle(qtbot, dialog)
    assert dialog.isVisible() and dialog.client_id == page.client_id


# -- background work -------------------------------------------------------------------------------
def screen_of(session) -> QObject:
    """What owns an operation's callbacks: a screen of this session."""
    screen = QObject()
    screen.session = session
    return screen


def test_background_work_gets_its_own_vault_connection_closed_afterwards(qtbot, session):
    seen, results = [], []
    screen = screen_of(session)  # kept: the callbacks of a deleted screen are dropped
    run_op(screen, lambda workspace: seen.append(workspace.vault) or
           workspace.vault.setting("consultant"), on_success=results.append,
           on_failure=results.append)
    qtbot.waitUntil(lambda: bool(results))

    assert results == ["Anouk de Vries"]
    assert seen[0] is not session.workspace.vault and seen[0].db is not session.workspace.vault.db
    with pytest.raises(VaultError):
        seen[0].data_key  # closed: its key is gone


def test_a_result_arriving_after_a_lock_is_not_handed_to_the_screen(qtbot, session):
    results, failures = [], []
    screen = screen_of(session)
    run_op(screen, lambda workspace: "draft", on_success=results.append,
           on_failure=failures.append)
    session.lock()
    qtbot.waitUntil(lambda: bool(failures))

    assert results == [] and failures[0].code == "vault_locked"


def test_long_work_stops_at_its_next_progress_report_after_a_lock(qtbot, session):
    started, resume = threading.Event(), threading.Event()
    done, failures = [], []

    def work(workspace, progress):
        progress(1)
        started.set()
        resume.wait(10)
        progress(2)  # the lock came in between: this raises
        done.append("went on after the lock")

    screen = screen_of(session)
    run_op(screen, work, on_success=done.append, on_failure=failures.append,
           on_progress=lambda _: None)
    assert started.wait(10)
    session.lock()
    resume.set()
    qtbot.waitUntil(lambda: bool(failures))

    assert done == [] and failures[0].code == "vault_locked"


# -- several clients at once -----------------------------------------------------------------------
def test_batch_writes_one_file_per_complete_client_and_reports_the_others(
        qtbot, session, organisation, tmp_path):
    household = session.workspace.casefile.add_client(HOUSEHOLD)
    single = session.workspace.casefile.add_client(SINGLE)
    lacking = session.workspace.casefile.add_client({**ISIK, "surname": "Yılmaz"})  # no benefits
    clients = [(household, "Işık Öztürk"), (single, "Ramon Sewnarain"),
               (lacking, "Işık Yılmaz")]
    dialog = LetterBatchDialog(session, clients, LOCATION, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_template("beeindiging-uitkering")
    dialog.ui.folder_edit.setText(str(tmp_path))
    assert dialog.checked_ids() == [household, single, lacking]  # all ticked to start with

    click(qtbot, dialog.ui.make_button)
    settle(qtbot, dialog)

    files = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert files == ["Stoppen uitkering bij vertrek - Sewnarain, Ramon - 2026-11-30.docx",
                     "Stoppen uitkering bij vertrek - Öztürk, Işık - 2026-11-30.docx"]
    assert dialog.ui.progress_bar.value() == 3 == dialog.ui.progress_bar.maximum()
    summary = dialog.ui.result_browser.toPlainText()
    assert f"Brieven geschreven: 2, in {tmp_path}" in summary
    assert "Niet gemaakt: 1" in summary
    assert "Işık Yılmaz: ontbreekt in het dossier: Uitkerende instantie" in summary
    assert "Soort uitkering" in summary
    assert "Öztürk" not in dialog.windowTitle() and "Yılmaz" not in dialog.windowTitle()


def test_batch_with_the_expired_application_waits_for_the_confirmation(qtbot, session):
    isik = session.workspace.casefile.add_client(ISIK)
    dialog = LetterBatchDialog(session, [(isik, "Işık Öztürk")],
                               LOCATION, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.select_template(APPLICATION)

    assert dialog.ui.expired_frame.isVisible() and not dialog.ui.make_button.isEnabled()
    dialog.ui.expired_confirm_check.setChecked(True)
    assert dialog.ui.make_button.isEnabled()


# -- the template manager --------------------------------------------------------------------------
@pytest.fixture
def templates_dialog(qtbot, session):
    dialog = TemplatesDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_template_manager_lists_the_shipped_templates(templates_dialog, qtmodeltester):
    model: TemplatesModel = templates_dialog.model
    qtmodeltester.check(model)
    row = model.row_of(APPLICATION)
    assert [model.index(row, c).data() for c in range(6)] == [
        APPLICATION, "Aanvraag remigratie-uitkering (SVB)", "1.1", "01-07-2014", "31-12-2024",
        "meegeleverd"]


def test_template_manager_shows_the_findings_of_a_broken_template(
        qtbot, templates_dialog, tmp_path, monkeypatch):
    broken = write(tmp_path / "kapot.docx", template_of(
        "Geachte {{ client.achternam }},", "{% if client.bsn %}Uw BSN is bekend.",
        "Met vriendelijke groet"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(broken), "Word-document (*.docx)"))

    click(qtbot, templates_dialog.ui.import_button)
    settle(qtbot, templates_dialog)

    ui = templates_dialog.ui
    report = ui.findings_browser.toPlainText()
    assert ui.findings_browser.isVisible() and not ui.import_form_box.isVisible()
    assert "hoofdtekst — syntaxfout" in report
    assert "Uw BSN is bekend" in report  # the document's own text, quoted
    assert "kan pas worden toegevoegd" in ui.verdict_label.text()
    assert templates_dialog.model.row_of("kapot") == -1


def test_template_manager_imports_a_clean_template(qtbot, templates_dialog, session, tmp_path):
    clean = write(tmp_path / "Uitnodiging Spreekuur.docx", template_of(
        "Beste {{ client.voornamen }},", "Welkom op het spreekuur in {{ locatie.naam }}."))

    templates_dialog.check(clean)
    settle(qtbot, templates_dialog)

    ui = templates_dialog.ui
    assert ui.import_form_box.isVisible() and "Geen problemen" in ui.verdict_label.text()
    assert ui.template_id_edit.text() == "uitnodiging-spreekuur"
    ui.title_edit.clear()
    type_text(qtbot, ui.title_edit, "Uitnodiging spreekuur")
    click(qtbot, ui.add_button)

    row = templates_dialog.model.row_of("uitnodiging-spreekuur")
    assert row >= 0 and templates_dialog.model.index(row, 5).data() == "eigen (kantoor)"
    office = TemplateLibrary.for_data_dir(session.data_dir).get("uitnodiging-spreekuur")
    assert office.title == "Uitnodiging spreekuur" and office.origin == "office"


def test_template_import_refuses_a_bad_id_next_to_the_field(qtbot, templates_dialog, tmp_path):
    templates_dialog.check(write(tmp_path / "brief.docx", template_of("{{ client.voornamen }}")))
    settle(qtbot, templates_dialog)
    ui = templates_dialog.ui
    ui.template_id_edit.setText("Mijn Brief!")

    click(qtbot, ui.add_button)

    assert "kleine letters" in ui.template_id_error.text()
    assert ui.template_id_edit.text() == "Mijn Brief!"
    assert templates_dialog.model.row_of("brief") == -1


# -- pieces ----------------------------------------------------------------------------------------
def test_preview_keeps_headings_lists_tables_and_escapes_text():
    from docx import Document as NewDocument

    from tests.core.word_like import save

    doc = NewDocument()
    doc.add_heading("Machtiging", level=1)
    doc.add_paragraph("O'Neill & <Öztürk>")
    doc.add_paragraph("vragen stellen", style="List Bullet")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Naam", "Işık Öztürk"

    html = letter_preview.docx_to_html(save(doc))

    assert "<h2>Machtiging</h2>" in html
    assert "O&#x27;Neill &amp; &lt;Öztürk&gt;" in html
    assert "\u2022 vragen stellen" in html
    assert "<td><p>Naam</p></td><td><p>Işık Öztürk</p></td>" in html


# -- what is previewed, what is said ---------------------------------------------------------------
def selected_ids(dialog: LetterDialog) -> list[str]:
    return [item.data(Qt.ItemDataRole.UserRole)
            for item in dialog.ui.templates_list.selectedItems()]


def test_the_previewed_template_is_the_one_highlighted_in_the_list(
        qtbot, session, open_dialog, organisation):
    dialog = open_dialog(session.workspace.casefile.add_client(ISIK))
    ui = dialog.ui
    assert ui.templates_list.hasFocus()  # focus alone made an item current, unselected
    assert ui.letter_stack.currentWidget() is ui.preview_page
    assert selected_ids(dialog) == [dialog.draft.template.id]

    choose(qtbot, dialog, "machtiging")
    assert selected_ids(dialog) == ["machtiging"] == [dialog.draft.template.id]
    ui.letter_date_edit.setDate(QDate(2026, 12, 1))  # the list is made again for the new date
    settle(qtbot, dialog)
    assert selected_ids(dialog) == ["machtiging"] == [dialog.draft.template.id]
    assert dialog.draft.letter_date == date(2026, 12, 1)

    ui.templates_list.clearSelection()  # nothing highlighted: nothing previewed
    settle(qtbot, dialog)
    assert dialog.draft is None and ui.letter_stack.currentWidget() is ui.message_page


def test_a_cancelled_save_dialog_does_not_say_opgeslagen(
        qtbot, session, machtiging, tmp_path, monkeypatch):
    client_id, dialog = machtiging
    answers = iter([str(tmp_path / "machtiging-isik.docx"), ""])  # saved once, then cancelled
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (next(answers), "Word-document (*.docx)"))
    dialog.ui.pdf_check.setChecked(False)
    click(qtbot, dialog.ui.save_as_button)
    settle(qtbot, dialog)
    assert dialog.ui.status_label.text().startswith("Opgeslagen: machtiging-isik.docx")

    click(qtbot, dialog.ui.save_as_button)
    settle(qtbot, dialog)
    assert "Opgeslagen" not in dialog.ui.status_label.text()
    assert dialog.ui.status_label.text() == "Niet opgeslagen: er is geen bestand gekozen."
    assert dialog.history.model.rowCount() == 1  # the first save kept it, once



def test_a_date_asked_by_a_letter_is_typed_dd_mm_jjjj(qtbot, session, lacking):
    client_id, dialog = lacking
    assert dialog.preflight.editors["client.aankomstdatum"].placeholderText() == "DD-MM-JJJJ"
    fill_in(qtbot, dialog, {"vertrek.adres": "Atatürk Cad. No 12, Kayseri",
                            "client.adres.postcode": "5611ab",
                            "client.aankomstdatum": "14-9-1982"})
    settle(qtbot, dialog)
    assert session.workspace.casefile.show_client(client_id).arrival_date == "1982-09-14"


def test_the_letter_date_reads_dd_mm_jjjj_in_both_letter_dialogs(qtbot, session, open_dialog):
    client_id = session.workspace.casefile.add_client(ISIK)
    batch = LetterBatchDialog(session, [(client_id, "Işık Öztürk")], LOCATION, today=TODAY)
    qtbot.addWidget(batch)
    for dialog in (open_dialog(client_id), batch):
        assert dialog.ui.letter_date_edit.text() == "30-11-2026"


# -- a letter that stops a benefit which goes on abroad --------------------------------------------
def test_stopping_aow_for_turkey_shows_the_notice_and_waits_for_the_tick(
        qtbot, open_dialog, session, organisation):
    dialog = open_dialog(session.workspace.casefile.add_client(AOW_TO_TURKEY))

    choose(qtbot, dialog, STOP_LETTER)

    ui = dialog.ui
    assert ui.expired_frame.isVisible()
    notice = ui.expired_label.text()
    assert "de AOW te stoppen" in notice and "Turkije" in notice and "svb.nl" in notice
    assert "--allow" not in notice  # the command line's option is no word for the desktop
    assert ui.letter_stack.currentWidget() is ui.message_page
    assert dialog.draft is None
    assert not ui.save_as_button.isEnabled() and not ui.print_button.isEnabled()

    qtbot.mouseClick(ui.expired_confirm_check, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    assert ui.letter_stack.currentWidget() is ui.preview_page
    assert "Stoppen uitkering (AOW)" in ui.preview_browser.toPlainText()
    assert ui.expired_frame.isVisible() and ui.expired_confirm_check.isChecked()
    assert ui.save_as_button.isEnabled()


def test_stopping_bijstand_shows_the_preview_without_a_notice(
        qtbot, open_dialog, session, organisation):
    dialog = open_dialog(session.workspace.casefile.add_client(BIJSTAND_TO_TURKEY))

    choose(qtbot, dialog, STOP_LETTER)

    ui = dialog.ui
    assert not ui.expired_frame.isVisible()
    assert ui.letter_stack.currentWidget() is ui.preview_page
    assert "Stoppen uitkering (bijstand)" in ui.preview_browser.toPlainText()
    assert ui.save_as_button.isEnabled()
