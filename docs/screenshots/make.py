"""Opens the demo (a throwaway vault of synthetic clients) at one of the README's screens, so a
screenshot shows the app as it is: `python docs/screenshots/make.py SCREEN`, SCREEN one of
main, client, letter, preflight, contact, templates, unlock, busy, banner, regeling,
open_taken (*Wat staat er open?* just after a deadline was marked done), jaarcijfers,
jaarcijfers_team (the team's figures, from a demo registry started on loopback for the
picture), and the tabs of Registratie: groepsvoorlichting, relatiecontacten, partners,
spreekuurlocaties, landelijke_cijfers. Take the picture once it has settled, for instance on a virtual X screen with Xvfb and ImageMagick's `import -window root`.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from consultant_app.gui import app
from consultant_app.core.paths import default_data_dir

SCREENS = ("main", "client", "letter", "preflight", "contact", "templates", "unlock", "busy",
           "banner", "regeling", "open_taken", "jaarcijfers", "jaarcijfers_team",
           "groepsvoorlichting", "relatiecontacten",
           "partners", "spreekuurlocaties", "landelijke_cijfers")
# The Registratie dialog's tab of each of its scenes.
OFFICE_TABS = {"groepsvoorlichting": "sessions", "relatiecontacten": "relations",
               "partners": "partners", "spreekuurlocaties": "locations",
               "landelijke_cijfers": "figures"}
SEARCH = "isik"
CLIENTS = 600
LETTER = "machtiging"
EXPIRED = "aanvraag-remigratie-uitkering"
_FOLDER = tempfile.TemporaryDirectory(prefix="spreekuur-screens-")  # synthetic files only


def _window():
    from consultant_app.gui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def _go(window, screen: str) -> None:
    window.ui.search_edit.setText(SEARCH)
    if screen == "regeling":  # a client of the demo whose benefit runs abroad
        window.open_client(_abroad(window))
        _when(lambda: window.client_file.client_id is not None,
              lambda: _in_the_file(window, screen))
    elif screen in ("client", "letter", "preflight", "contact"):
        window.open_selected()
        _when(lambda: window.client_file.client_id is not None,
              lambda: _in_the_file(window, screen))  # the file is read in the background
    elif screen == "templates":
        window.manage_templates()
        from consultant_app.gui.templates_dialog import TemplatesDialog

        for dialog in window.findChildren(TemplatesDialog):
            dialog.check(_broken_template())
    elif screen == "unlock":
        window.session.lock()
    elif screen == "banner":
        _overdue(window)
    elif screen == "open_taken":
        window.ui.action_due_tasks.trigger()
        from consultant_app.gui.due_tasks_dialog import DueTasksDialog

        for dialog in window.findChildren(DueTasksDialog):
            dialog.move(window.pos())  # at the top left: crop to the dialog
            QTimer.singleShot(3000, lambda: _mark_a_deadline(dialog))
    elif screen in ("jaarcijfers", "jaarcijfers_team"):
        if screen == "jaarcijfers_team":
            _synced_with_a_demo_registry(window)
        window.show_annual_figures()
        from consultant_app.gui.annual_figures_dialog import AnnualFiguresDialog

        for dialog in window.findChildren(AnnualFiguresDialog):
            dialog.move(window.pos())  # at the top left: crop to 980x660+0+0
            if screen == "jaarcijfers_team":
                _when(dialog.ui.team_radio.isEnabled, dialog.ui.team_radio.click)
    elif screen in OFFICE_TABS:
        window.show_office(OFFICE_TABS[screen])
        from consultant_app.gui.office_dialog import OfficeDialog

        for dialog in window.findChildren(OfficeDialog):
            dialog.move(window.pos())  # at the top left: crop to 1240x640+0+0
            QTimer.singleShot(1500, lambda: _half_typed(dialog, screen))


def _half_typed(dialog, screen: str) -> None:
    """A session being typed in; a partner whose name holds an e-mail address, refused."""
    if screen == "groepsvoorlichting":
        ui = dialog.sessions.ui
        ui.audience_combo.setCurrentIndex(max(ui.audience_combo.findData("turks"), 0))
        ui.attendees_spin.setValue(18)
        ui.language_combo.setCurrentIndex(max(ui.language_combo.findData("tr"), 0))
        ui.interpreter_check.setChecked(True)
        ui.topics_edit.setText("pensioenen, levensbewijzen, terugkeer naar Türkiye")
    elif screen == "partners":
        ui = dialog.partners.ui
        ui.name_edit.setText("Stichting Aydın, info@aydin.example")
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData("maatschappelijke_organisatie"),
                                          0))
        ui.city_edit.setText("Zaandam")
        dialog.partners.save()


def _in_the_file(window, screen: str) -> None:
    page = window.client_file
    if screen == "letter":
        page.make_letter()  # the demo office has its address and phone: a preview at once
        QTimer.singleShot(1500, lambda: _choose(window, LETTER))
    elif screen == "preflight":
        page.make_letter()
        QTimer.singleShot(1500, lambda: _choose(window, EXPIRED, confirm=True))
        QTimer.singleShot(4000, lambda: _impossible_date(window))
    elif screen == "contact":
        page.ui.tabs.setCurrentIndex(5)
        page.contacts.new_contact()
    elif screen == "regeling":
        page.ui.tabs.setCurrentWidget(page.scheme)
        page.scheme.refresh()
        QTimer.singleShot(4000, lambda: _the_change(page))


def _mark_a_deadline(dialog) -> None:
    """The first deadline of the list marked done: *Afronden ongedaan maken* can take it back."""
    for row in range(dialog.model.rowCount()):
        if dialog.model.task(row).deadline:
            dialog.ui.tasks_view.selectRow(row)
            dialog.ui.done_button.click()
            return


def _the_change(page) -> None:
    """The change saved today in view: the last event, and its deadline chosen."""
    ui = page.scheme.ui
    ui.events_table.scrollToBottom()
    for row in range(ui.deadlines_table.rowCount()):
        if ui.deadlines_table.item(row, 0).text().startswith("Wijziging"):
            ui.deadlines_table.selectRow(row)


def _abroad(window) -> str:
    """The client of the demo's first case in aftercare abroad whose file shows a change to
    report and an overdue life certificate if there is one (the demo holds cases in every
    state), else the first such case."""
    workspace = window.session.workspace
    gone = [c for c in workspace.cases.list("vertrokken")]
    today = date.today()
    chosen = gone[0].case.client_id
    for case in gone:
        deadlines = workspace.cases.show(case.case.id).deadlines
        if any(d.kind == "levensbewijs" and d.overdue(today) for d in deadlines):
            chosen = case.case.client_id
            break
    # A new address abroad saved today: a change to report, naming the field it is about.
    client = workspace.casefile.show_client(chosen)
    workspace.casefile.update_client(chosen, {"destination": {
        **(client.destination or {}), "address": "Atatürk Caddesi 12, Konya"}})
    return chosen


def _when(ready, then) -> None:
    if ready():
        then()
    else:
        QTimer.singleShot(100, lambda: _when(ready, then))


def _overdue(window) -> None:
    """The banner of a laptop last synced nine days ago (past the seven-day warning), as if a
    demo registry had been set up: only settings of this throwaway vault change, nothing is sent."""
    from datetime import datetime, timedelta, timezone

    vault = window.session.workspace.vault
    nine_days_ago = datetime.now(timezone.utc) - timedelta(days=9)
    vault.set_setting("sync_server", "https://registratie.voorbeeld.example")
    vault.set_setting("sync_user", "demo-consulent")
    vault.set_setting("sync_last_at", nine_days_ago.isoformat(timespec="seconds"))
    window.sync.refresh()


def _synced_with_a_demo_registry(window) -> None:
    """A demo registry on loopback (SQLite in the throwaway folder, for this picture only), the
    demo vault logged in to it and synced: the team's figures are then what the registry
    computes over the synced rows (of this one laptop: the same counts as its own)."""
    import socket
    import threading
    import time

    import uvicorn

    from consultant_app.registry import accounts
    from consultant_app.registry.app import create_app
    from consultant_app.registry.store import Store

    url = f"sqlite:///{Path(_FOLDER.name) / 'registry.db'}"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(url, demo=True), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    store = Store.open(url, pool_size=1)
    with store.connection() as conn:
        accounts.add_user(conn, "demo-consulent", "utrecht", "demo-wachtwoord-1")
    store.close()
    while not server.started:
        time.sleep(0.05)
    workspace = window.session.workspace
    workspace.sync.login(f"http://127.0.0.1:{port}", "demo-consulent", "demo-wachtwoord-1")
    workspace.sync.sync()
    window.sync.refresh()


def _broken_template() -> Path:
    """A template as an office might first write it: a plain loop in a table row and two
    names the catalogue does not know, for the template check to report."""
    from docx import Document

    document = Document()
    document.add_paragraph("Geachte heer/mevrouw {{ client.achternaam }}, wij zien u graag op "
                           "{{ client.afspraak }} in {{ locatie.naam }}.")
    row = document.add_table(rows=1, cols=1).rows[0]
    row.cells[0].text = "{% for kind in kinderen %}{{ kind.voornamen }}{% endfor %}"
    path = Path(_FOLDER.name) / "Uitnodiging spreekuur.docx"
    document.save(str(path))
    return path


def _letter_dialog(window):
    from consultant_app.gui.letter_dialog import LetterDialog

    return next(iter(window.findChildren(LetterDialog)), None)


def _choose(window, template_id: str, confirm: bool = False) -> None:
    dialog = _letter_dialog(window)
    dialog.select_template(template_id)
    dialog.ui.expired_confirm_check.setChecked(confirm)


def _impossible_date(window) -> None:
    """A day that does not exist, typed into the first date the form asks for, and saved."""
    dialog = _letter_dialog(window)
    dates = [e for e in dialog.preflight.editors.values()
             if getattr(e, "placeholderText", lambda: "")() == "DD-MM-JJJJ"]
    if dates:
        dates[0].setText("30-02-2024")
    dialog.save_preflight()


def _wait_and_go(screen: str) -> None:
    window = _window()
    if window is None or not window.session.is_unlocked:
        QTimer.singleShot(200, lambda: _wait_and_go(screen))
        return
    _go(window, screen)


def main(argv: list[str]) -> int:
    screen = argv[0] if argv else "main"
    if screen not in SCREENS:
        print(f"usage: make.py {'|'.join(SCREENS)}", file=sys.stderr)
        return 1
    QApplication.instance() or QApplication(sys.argv[:1])
    if screen != "busy":
        QTimer.singleShot(0, lambda: _wait_and_go(screen))
    return app.run(default_data_dir(), demo=True, demo_clients=CLIENTS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
