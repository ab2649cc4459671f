"""Fixtures of the GUI tests: a desktop session on a real, unlocked vault (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from consultant_app.core.vault.vault import Vault
from consultant_app.gui.session import Session
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(qtbot, vault_dir):
    """The session of an unlocked, empty vault; locked again after the test."""
    session = Session(vault_dir)
    session.adopt(Vault.unlock(vault_dir, PASSPHRASE))
    yield session
    session.lock()
