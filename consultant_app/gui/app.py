"""Composition root of the desktop app: QApplication, translator, session, main window.

`consultant-app` with no command lands here. First run shows the set-up dialog, later runs the
lock screen. `--demo` works on a throwaway vault in a temporary folder, filled with synthetic
clients in the background and unlocked, and removes that folder on exit.
"""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from pathlib import Path

from consultant_app import APP_NAME, __version__

DEMO_PASSPHRASE = "demo-spreekuur-2026"
DEMO_CLIENTS = 3000
DEMO_RECORDS_PER_CLIENT = 7  # client + ~2 contacts + ~4 notes, for the progress bar


def run(data_dir: Path, *, demo: bool = False, demo_clients: int = DEMO_CLIENTS) -> int:
    from PySide6.QtWidgets import QApplication

    from consultant_app.core.preferences import Preferences
    from consultant_app.gui.i18n import install_translator
    from consultant_app.gui.main_window import MainWindow
    from consultant_app.gui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("consultant-app")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    demo_dir = Path(tempfile.mkdtemp(prefix="spreekuur-demo-")) if demo else None
    data_dir = demo_dir / "vault" if demo_dir else Path(data_dir)
    try:
        prefs = Preferences.load(data_dir)
        install_translator(app, prefs.language)
        session = Session(data_dir, prefs)
        window = MainWindow(session)  # at the size and place it was closed with, or the form's
        window.show()
        if demo_dir is not None:
            _fill_demo(window, session, demo_clients)
        elif not session.vault_exists() and not _first_run(window, session):
            return 0
        _quit_on_signals(app)
        code = app.exec()
        session.lock()
        return code
    finally:
        if demo_dir is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(120_000)  # a demo fill still writing
            shutil.rmtree(demo_dir, ignore_errors=True)


def _quit_on_signals(app) -> None:
    """SIGTERM (logout, shutdown) and Ctrl+C end the app the normal way, so the vault is locked
    and a demo folder removed. Python runs signal handlers only when it gets control, hence the
    idle timer that hands it control a few times a second."""
    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def _first_run(window, session) -> bool:
    from consultant_app.gui.setup_dialog import SetupDialog

    return bool(SetupDialog(session, window).exec())


def _fill_demo(window, session, clients: int) -> None:
    """Create and fill the throwaway vault off the GUI thread, then unlock it. The core's vault
    services are imported there too, so the window shows its busy page at once."""
    from consultant_app.core.errors import error_text
    from consultant_app.gui.tasks import run_in_background

    data_dir = session.data_dir
    from PySide6.QtCore import QCoreApplication

    # In the main window's context: lupdate files `window.tr` here under "window", while Qt
    # looks it up under the class name, "MainWindow", and the English would never show.
    window.show_busy(QCoreApplication.translate(
        "MainWindow", "Demokluis met synthetische cliënten wordt gevuld…"),
                     clients * DEMO_RECORDS_PER_CLIENT)

    def work(progress):
        from consultant_app.core.demo_vault import fill_demo
        from consultant_app.core.workspace import Workspace

        fill_demo(data_dir, DEMO_PASSPHRASE, clients, progress=progress)
        return Workspace.unlock(data_dir, DEMO_PASSPHRASE)

    def failed(error: BaseException) -> None:
        window.show_busy(error_text(error, session.language))

    run_in_background(work, session.adopt, failed, window.set_progress)
    show_demo_hint(window)


def show_demo_hint(window) -> None:
    """The demo's passphrase, for as long as the window lives (on the lock screen too)."""
    from PySide6.QtCore import QCoreApplication

    window.set_passphrase_hint(
        QCoreApplication.translate(
            "MainWindow", "Demo: synthetische gegevens; wachtwoordzin na vergrendelen: %1")
        .replace("%1", DEMO_PASSPHRASE))
