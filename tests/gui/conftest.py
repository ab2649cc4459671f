"""Fixtures of the GUI tests: a desktop session on a real, unlocked vault (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from consultant_app.core.workspace import Workspace
from consultant_app.gui import i18n, tasks
from consultant_app.gui.session import Session
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(qtbot, vault_dir):
    """The session of an unlocked, empty vault; locked again after the test."""
    session = Session(vault_dir)
    session.adopt(Workspace.unlock(vault_dir, PASSPHRASE))
    yield session
    session.lock()


@pytest.fixture
def english(qapp, session):
    """The interface in English for this test (the session's language too)."""
    i18n.install_translator(qapp, "en")
    session.language = "en"
    yield
    i18n.remove_translators(qapp)


def wait_for_ops(qtbot, timeout: int = 10_000) -> None:
    """Wait until the vault work a click started has reported (operations run off the GUI
    thread, and one may start the next from its result)."""
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=timeout)


LOCATION = "Stadskantoor Eindhoven"


def shown_client_page(qtbot, session, width: int = 1100, height: int = 720):
    """The client file page on screen and active, as a consultant has it open at `LOCATION`."""
    from consultant_app.gui.client_file import ClientFilePage

    page = ClientFilePage(session, lambda: LOCATION)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page
