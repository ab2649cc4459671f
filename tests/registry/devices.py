"""Consultants' laptops for sync tests: each a real vault of its own (own device id), with the
real SyncService talking HTTP to the real registry.

The OS credential store cannot run here (no Secret Service on a headless test machine), so
`FakeCredentialStore` stands in for it: a keyring backend over the real keyring API that keeps
secrets in memory, the way Windows' Credential Manager would keep them outside the vault.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backend import KeyringBackend

from consultant_app.core.cases.service import CaseService
from consultant_app.core.casefile import CaseFile
from consultant_app.core.rules.checks import EligibilityService
from consultant_app.core.sync.service import SyncService
from consultant_app.core.vault.vault import Vault
from consultant_app.core.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.e2e.spreekuur_e2e import Cli, cli_env

# A consultant's registry password in the laptop tests.
LAPTOP_PASSWORD = "registry-wachtwoord-1"


class FakeCredentialStore(KeyringBackend):
    """Stand-in for the OS credential store (named as such: it is not one)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@dataclass
class Device:
    """A laptop: its vault opened through the one door the faces use (core.workspace), so a
    change saved here is wired to the cases exactly as on a consultant's laptop."""

    name: str
    vault: Vault
    keyring: FakeCredentialStore = field(default_factory=FakeCredentialStore)

    @functools.cached_property
    def workspace(self) -> Workspace:
        return Workspace(self.vault, keyring_backend=self.keyring)

    @property
    def casefile(self) -> CaseFile:
        return self.workspace.casefile

    @property
    def eligibility(self) -> EligibilityService:
        return self.workspace.eligibility

    @property
    def cases(self) -> CaseService:
        return self.workspace.cases

    @property
    def sync(self) -> SyncService:
        return self.workspace.sync

    def count(self, entity: str) -> int:
        return self.vault.db.execute(
            f"SELECT count(*) FROM {entity} WHERE deleted = 0").fetchone()[0]


def make_device(folder: Path, consultant: str) -> Device:
    vault = Vault.create(folder, consultant, PASSPHRASE, kdf=FAST_KDF,
                         organisation="Stichting Remigratie-advies")
    return Device(consultant, vault)


def cli_laptop(tmp_path: Path, consultant: str = "Anouk de Vries") -> Cli:
    """A fresh vault in tmp_path/home and the command line on it, with no OS credential
    store (the null keyring: tokens stay in the vault)."""
    folder = tmp_path / "home" / "vault"
    Vault.create(folder, consultant, PASSPHRASE, kdf=FAST_KDF).close()
    env = cli_env(tmp_path / "home", tmp_path / "tmp",
                  PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return Cli(folder, env, tmp_path)
