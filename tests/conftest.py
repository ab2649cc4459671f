"""Shared fixtures: real vaults (real SQLCipher files, real Argon2id at its floor parameters) in
temporary folders, and synthetic people only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from consultant_app.core.casefile import CaseFile  # noqa: E402
from consultant_app.core.vault.keys import KdfParams  # noqa: E402
from consultant_app.core.vault.vault import Vault  # noqa: E402
from consultant_app.core.workspace import Workspace  # noqa: E402

PASSPHRASE = "zomer-spreekuur-2026"
FAST_KDF = KdfParams()  # the floor (m=64 MiB, t=3): real Argon2id, without calibration

ISIK = {
    "given_names": "Işık",
    "surname": "Öztürk",
    "birth_date": "1961-03-05",
    "bsn": "123456782",
    "country_of_birth": "TR",
    "nationalities": ["TR", "NL"],
    "arrival_date": "1982-09-14",
    "address": {"street": "Hoogstraat", "house_number": "12", "postcode": "5611ab",
                "city": "Eindhoven"},
    "phone": "06-12345678",
    "destination": {"country": "TR", "address": "Atatürk Cad. No 12, Kayseri",
                    "planned_departure": "2027-05-01"},
    "partner": {"given_names": "Ayşe", "surname": "Öztürk", "birth_date": "1964-07-21",
                "co_migrates": True},
    "children": [
        {"given_names": "Emre", "surname": "Öztürk", "birth_date": "2011-02-03",
         "co_migrates": True},
        {"given_names": "Zeynep", "surname": "Öztürk-Yılmaz", "birth_date": "1990-11-30",
         "co_migrates": False},
    ],
}

MEHMET = {  # Turkish, arrived at 20, on WIA since 2015, partner moves along
    "given_names": "Mehmet", "surname": "Yıldız", "birth_date": "1958-05-20",
    "country_of_birth": "TR", "nationalities": ["TR"], "arrival_date": "1979-03-01",
    "residence_permit": {"type": "regulier onbepaalde tijd", "valid_until": "2030-01-01"},
    "benefits": [{"type": "WIA", "payer": "UWV", "since": "2015-01-01"}],
    "declarations": {"debts_to_state": False, "detention": False},
    "phone": "06-11122233",
    "partner": {"given_names": "Emine", "surname": "Yıldız", "co_migrates": True},
}


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(folder, "Anouk de Vries", PASSPHRASE, kdf=FAST_KDF,
                 organisation="Stichting Remigratie-advies").close()
    return folder


@pytest.fixture
def vault_dir(tmp_path, _template_vault) -> Path:
    """A fresh, empty vault folder (a copy of one made once per session: creating is slow)."""
    folder = tmp_path / "vault"
    shutil.copytree(_template_vault, folder)
    return folder


@pytest.fixture
def vault(vault_dir):
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def casefile(vault) -> CaseFile:
    return CaseFile(vault)


@pytest.fixture
def workspace(vault_dir):
    """The one door into the fresh vault (core/workspace.py), locked after the test."""
    with Workspace.unlock(vault_dir, PASSPHRASE) as opened:
        yield opened
