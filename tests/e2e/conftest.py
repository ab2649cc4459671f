"""Fixtures of the end-to-end tests: one vault made by the real `init` per session, copied for
every test that changes it, and a `cli` that runs the command line against such a copy.

Folders of one test: `home/` (HOME; holds the data folder `home/vault`), `tmp/` (TMPDIR of every
process) and `inputs/` (plaintext the test itself writes: JSON, JSONL, exports).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.spreekuur_e2e import (
    CONSULTANT, ORGANISATION, Cli, cli_env, lower_kdf_to_floor,
)


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> Path:
    """An empty vault created once by `consultant-app init` (calibrating Argon2 takes ~1 s)."""
    root = tmp_path_factory.mktemp("template")
    folder = root / "vault"
    Cli(folder, cli_env(root / "home", root / "tmp"), root).ok(
        "init", "--consultant", CONSULTANT, "--organisation", ORGANISATION)
    lower_kdf_to_floor(folder)
    return folder


@pytest.fixture
def home(tmp_path) -> Path:
    """The test's HOME: the data folder and anything the app writes lives below it."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def vault_dir(home, template_vault) -> Path:
    """A fresh copy of the empty template vault, for a test that changes it."""
    folder = home / "vault"
    shutil.copytree(template_vault, folder)
    return folder


@pytest.fixture
def inputs(tmp_path) -> Path:
    """Where a test writes its own plaintext input (JSON, JSONL) and exports."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    return folder


@pytest.fixture
def env(home, tmp_path) -> dict[str, str]:
    return cli_env(home, tmp_path / "tmp")


@pytest.fixture
def cli(vault_dir, env, tmp_path) -> Cli:
    """`consultant-app --data-dir home/vault` with the test passphrase in the environment."""
    return Cli(vault_dir, env, tmp_path)
