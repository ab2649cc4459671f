"""A keyring backend that writes secrets to a plaintext file, like keyrings.alt's: the app must
refuse to use it (PYTHON_KEYRING_BACKEND=tests.registry.plaintext_keyring.PlaintextKeyring)."""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend


class PlaintextKeyring(KeyringBackend):
    priority = 5

    def _file(self) -> Path:
        return Path(os.environ["HOME"]) / "keyring_pass.cfg"

    def get_password(self, service, username):
        path = self._file()
        return path.read_text() if path.exists() else None

    def set_password(self, service, username, password):
        self._file().write_text(password)

    def delete_password(self, service, username):
        self._file().unlink(missing_ok=True)
