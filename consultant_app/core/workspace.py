"""The one door into an unlocked vault: the case file, letters, scheme packs, eligibility
checks, cases, the office's own registration, sync and typed settings of one open vault, each made once and on first use. The
command line and the desktop both get their services here, so neither builds a CaseFile,
LetterService or SyncService of its own, and neither face needs to import anything from
core/vault.

A Workspace owns its vault connection: `close()` (or leaving a `with` block) locks it and drops
the key. A SQLite connection belongs to one thread, so work on another thread opens a workspace
of its own with `again()` (same key, own connection).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consultant_app.core.cases.service import CaseService
    from consultant_app.core.casefile import CaseFile
    from consultant_app.core.letters.library import TemplateLibrary
    from consultant_app.core.letters.service import LetterService
    from consultant_app.core.office.service import OfficeService
    from consultant_app.core.rules.checks import EligibilityService
    from consultant_app.core.rules.library import RuleLibrary
    from consultant_app.core.sync.service import SyncService
    from consultant_app.core.reports.service import ReportService
    from consultant_app.core.vault.settings import VaultSettings
    from consultant_app.core.vault.vault import Vault


def vault_exists(data_dir: Path) -> bool:
    """A vault (or what is left of an interrupted one) is in this folder."""
    from consultant_app.core.vault.vault import Vault

    return Vault.exists(Path(data_dir))


def recovery_key_fingerprint(public_pem: bytes) -> str:
    """The short fingerprint of an office's recovery public key, as set-up shows it;
    VaultError("recovery_key_unreadable") or ("recovery_key_not_rsa") for a key it cannot use."""
    from consultant_app.core.vault.keys import load_recovery_public_key, recovery_fingerprint

    return recovery_fingerprint(load_recovery_public_key(public_pem))


class Workspace:
    """One unlocked vault and the services on it.

    `location` is where today's spreekuur is held (printed in letters); `keyring_backend`
    replaces the OS credential store (tests, and a backend chosen by the office).
    """

    def __init__(self, vault: Vault, *, location: str | None = None,
                 keyring_backend: Any = None):
        self.vault = vault
        self.data_dir = vault.data_dir
        self.location = location
        self.keyring_backend = keyring_backend

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, **options: Any) -> Workspace:
        """Open the vault in `data_dir`; VaultError("no_vault") when there is none, and
        VaultError("wrong_passphrase") for a wrong passphrase."""
        from consultant_app.core.errors import VaultError
        from consultant_app.core.vault.vault import Vault

        if not Vault.exists(Path(data_dir)):
            raise VaultError("no_vault")
        return cls(Vault.unlock(Path(data_dir), passphrase), **options)

    @classmethod
    def create(cls, data_dir: Path, consultant: str, passphrase: str, *,
               organisation: str | None = None, recovery_public_pem: bytes | None = None,
               kdf: Any = None, **options: Any) -> Workspace:
        """A new vault in `data_dir` (core.vault.vault.Vault.create says what is checked)."""
        from consultant_app.core.vault.vault import Vault

        vault = Vault.create(Path(data_dir), consultant, passphrase, organisation=organisation,
                             recovery_public_pem=recovery_public_pem, kdf=kdf)
        return cls(vault, **options)

    @staticmethod
    def preload() -> None:
        """Import the vault's libraries (sqlite-utils, SQLCipher, the crypto) and the services
        on top ahead of an unlock: a few tenths of a second the first time, which a desktop
        spends off its GUI thread."""
        import consultant_app.core.casefile  # noqa: F401
        import consultant_app.core.sync.service  # noqa: F401
        import consultant_app.core.vault.vault  # noqa: F401

    def again(self) -> Workspace:
        """A second workspace on this vault with a connection of its own (for another thread);
        the copy of the key it opens with is wiped once it is open."""
        from consultant_app.core.vault.keys import KeyFile
        from consultant_app.core.vault.vault import KEYS_NAME, Vault

        key = bytearray(self.vault.data_key)
        try:
            vault = Vault.open_with_key(self.data_dir, bytes(key),
                                        KeyFile.load(self.data_dir / KEYS_NAME))
        finally:
            key[:] = bytes(len(key))
        return Workspace(vault, location=self.location, keyring_backend=self.keyring_backend)

    def close(self) -> None:
        """Lock: close the connection and overwrite the key held in memory."""
        self.vault.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the services --------------------------------------------------------------------------
    @functools.cached_property
    def casefile(self) -> CaseFile:
        from consultant_app.core.casefile import CaseFile

        # A saved change the SVB must hear of becomes an event of the client's running case.
        return CaseFile(self.vault, on_change=lambda client_id, fields:
                        self.cases.record_change(client_id, fields))

    @functools.cached_property
    def templates(self) -> TemplateLibrary:
        """The shipped templates and the office's own (in the data folder)."""
        from consultant_app.core.letters.library import TemplateLibrary

        return TemplateLibrary.for_data_dir(self.data_dir)

    @functools.cached_property
    def letters(self) -> LetterService:
        return self.letters_at(self.location)

    def letters_at(self, location: str | None) -> LetterService:
        """Letters as made at another spreekuur location than the workspace's (the desktop's
        letter screens keep the location chosen when they opened)."""
        from consultant_app.core.letters.service import LetterService

        # A letter prints the dates of the client's case under its template's scheme, and
        # the scheme's pack says whether a benefit it stops goes on abroad.
        return LetterService(self.vault, self.templates, location, self.rules,
                             cases=lambda client_id, scheme:
                             self.cases.letter_facts(client_id, scheme))

    @functools.cached_property
    def rules(self) -> RuleLibrary:
        """The shipped scheme packs and the office's own (in the data folder)."""
        from consultant_app.core.rules.library import RuleLibrary

        return RuleLibrary.for_data_dir(self.data_dir)

    @functools.cached_property
    def eligibility(self) -> EligibilityService:
        """Eligibility checks against the scheme packs, kept in the client file."""
        from consultant_app.core.rules.checks import EligibilityService

        return EligibilityService(self.vault, self.rules)

    @functools.cached_property
    def cases(self) -> CaseService:
        """Cases under a scheme: their events, state and deadlines."""
        from consultant_app.core.cases.service import CaseService

        return CaseService(self.vault, self.rules)

    @functools.cached_property
    def office(self) -> OfficeService:
        """The office's own registration: locations, partners and relation contacts, group
        sessions and their audiences, external figures."""
        from consultant_app.core.office.service import OfficeService

        return OfficeService(self.vault)

    @functools.cached_property
    def reports(self) -> ReportService:
        """The annual report from the registration in this vault."""
        from consultant_app.core.reports.service import ReportService

        return ReportService(
            self.vault, team_figures=lambda year, team: self.sync.annual_report(year, team),
            every_teams_figures=lambda year: self.sync.annual_reports(year))

    @functools.cached_property
    def sync(self) -> SyncService:
        from consultant_app.core.sync.service import SyncService

        return SyncService(self.vault, keyring_backend=self.keyring_backend)

    @property
    def settings(self) -> VaultSettings:
        return self.vault.settings

    @property
    def identity(self) -> Any:
        """Who acts in this vault (core.domain.records.Identity)."""
        return self.vault.identity

    @property
    def demo(self) -> bool:
        return self.vault.demo
