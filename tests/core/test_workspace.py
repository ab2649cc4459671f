"""The one door into an unlocked vault: services made once, typed settings, a second
connection for another thread, and the lock."""

from __future__ import annotations

import threading

import pytest

from consultant_app.core.errors import ValidationError, VaultError
from consultant_app.core.workspace import Workspace
from tests.conftest import FAST_KDF, ISIK, PASSPHRASE


@pytest.fixture
def workspace(tmp_path):
    with Workspace.create(tmp_path / "vault", "Anouk de Vries", PASSPHRASE,
                          organisation="Stichting Remigratie-advies", kdf=FAST_KDF,
                          location="Wijkcentrum De Pijp") as opened:
        yield opened


def test_services_are_made_once_and_share_the_vault(workspace):
    assert workspace.casefile is workspace.casefile
    assert workspace.letters is workspace.letters
    assert workspace.sync is workspace.sync
    assert workspace.letters.vault is workspace.vault is workspace.sync.vault
    assert workspace.letters.location == "Wijkcentrum De Pijp"


def test_unlock_finds_what_create_wrote_and_refuses_a_missing_vault(tmp_path, workspace):
    client_id = workspace.casefile.add_client(ISIK)
    workspace.close()
    with Workspace.unlock(workspace.data_dir, PASSPHRASE) as again:
        assert again.casefile.show_client(client_id).surname == "Öztürk"
    with pytest.raises(VaultError) as refused:
        Workspace.unlock(tmp_path / "nowhere", PASSPHRASE)
    assert refused.value.code == "no_vault"


def test_settings_are_typed_checked_and_stored_as_earlier_vaults_hold_them(workspace):
    settings = workspace.settings
    assert settings.get("store_bsn") is True
    assert settings.get("sync_warn_days") == 7
    settings.set("store_bsn", False)
    assert workspace.vault.setting("store_bsn") == "no"
    assert workspace.vault.store_bsn is False
    settings.set_text("organisation_phone", "030 799 00 00")
    assert settings.get("organisation_phone") == "+31307990000"
    with pytest.raises(ValidationError) as refused:
        settings.set("sync_warn_days", 0)
    assert refused.value.code == "sync_warn_days_range"
    with pytest.raises(ValidationError) as refused:
        settings.set_text("store_bsn", "misschien")
    assert refused.value.code == "bad_setting_value"
    with pytest.raises(ValidationError) as refused:
        settings.set_text("vault_id", "x")  # not the organisation's to change
    assert refused.value.code == "unknown_setting"
    with pytest.raises(KeyError):
        workspace.vault.setting("no_such_setting")


def test_a_second_workspace_works_on_another_thread_and_sees_the_same_vault(workspace):
    client_id = workspace.casefile.add_client(
        {**ISIK, "given_names": "Amra", "surname": "Hadžić", "bsn": None, "partner": None,
         "children": []})
    seen = []

    def work():
        with workspace.again() as own:
            seen.append(own.casefile.show_client(client_id).surname)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["Hadžić"]
    assert workspace.casefile.count_clients() == 1  # the first connection is still open


def test_closing_locks_every_service(workspace):
    casefile = workspace.casefile
    workspace.close()
    with pytest.raises(VaultError) as refused:
        _ = workspace.vault.data_key
    assert refused.value.code == "vault_locked"
    with pytest.raises(Exception):
        casefile.count_clients()
