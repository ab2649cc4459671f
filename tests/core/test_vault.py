"""The vault on disk: keys, passphrases, recovery, locking, backups and health checks."""

from __future__ import annotations

import json
import shutil

import pytest

from consultant_app.core.casefile import CaseFile
from consultant_app.core.errors import VaultError
from consultant_app.core.vault.keys import (
    DATA_KEY_BYTES, KdfParams, KeyFile, calibrate_kdf, generate_recovery_keypair,
)
from consultant_app.core.vault.vault import KEYS_NAME, Vault, unlock_delay
from tests.conftest import FAST_KDF, ISIK, PASSPHRASE


def test_data_key_unwraps_only_with_the_right_passphrase():
    data_key = bytes(range(DATA_KEY_BYTES))
    key_file = KeyFile.create("vault-a", data_key, PASSPHRASE, FAST_KDF)
    assert key_file.unwrap(PASSPHRASE) == data_key
    with pytest.raises(VaultError) as wrong:
        key_file.unwrap(PASSPHRASE + "x")
    assert wrong.value.code == "wrong_passphrase"


def test_wrapped_key_cannot_be_moved_to_another_vault():
    key_file = KeyFile.create("vault-a", bytes(32), PASSPHRASE, FAST_KDF)
    key_file.vault_id = "vault-b"
    with pytest.raises(VaultError):
        key_file.unwrap(PASSPHRASE)


def test_key_file_holds_no_data_key_and_fresh_salts(tmp_path):
    data_key = bytes(range(32))
    first = KeyFile.create("v", data_key, PASSPHRASE, FAST_KDF)
    second = KeyFile.create("v", data_key, PASSPHRASE, FAST_KDF)
    first.save(tmp_path / "k")
    text = (tmp_path / "k").read_bytes()
    assert data_key.hex().encode() not in text and data_key not in text
    assert first.kdf.salt != second.kdf.salt
    assert KeyFile.load(tmp_path / "k").unwrap(PASSPHRASE) == data_key


def test_kdf_never_goes_below_the_floor():
    with pytest.raises(ValueError):
        KeyFile.create("v", bytes(32), PASSPHRASE, KdfParams(memory_kib=32 * 1024))
    params = calibrate_kdf(target_seconds=0.01, max_seconds=0.02)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3


def test_short_passphrase_is_refused_and_nothing_is_created(tmp_path):
    with pytest.raises(VaultError) as short:
        Vault.create(tmp_path / "v", "Anouk", "kort", kdf=FAST_KDF)
    assert short.value.code == "passphrase_too_short"
    assert not Vault.exists(tmp_path / "v")


def test_creating_over_an_existing_vault_is_refused(vault_dir):
    before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(VaultError) as exists:
        Vault.create(vault_dir, "Anouk", PASSPHRASE, kdf=FAST_KDF)
    assert exists.value.code == "vault_exists"
    assert (vault_dir / "vault.db").read_bytes() == before


def test_wrong_passphrase_changes_no_data_and_counts_failures(vault_dir):
    files = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    waits = []
    for _ in range(5):
        with pytest.raises(VaultError) as wrong:
            Vault.unlock(vault_dir, "niet-de-goede-zin", sleep=waits.append)
        assert wrong.value.message("en") == "Wrong passphrase"
        assert wrong.value.message("nl") == "Onjuiste wachtwoordzin"
    for name, content in files.items():
        assert (vault_dir / name).read_bytes() == content
    # The first attempts are free, then each costs more: a guesser slows down.
    assert waits[:3] == [0, 0, 0] and 0 < waits[3] < waits[4]
    with Vault.unlock(vault_dir, PASSPHRASE, sleep=waits.append):
        pass
    assert waits[-1] == unlock_delay(5)
    with Vault.unlock(vault_dir, PASSPHRASE, sleep=waits.append):
        pass
    assert waits[-1] == 0  # a successful unlock resets the counter


def test_changed_passphrase_opens_the_same_data(vault_dir):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        client_id = CaseFile(vault).add_client(ISIK)
        vault.change_passphrase("een-nieuwe-wachtwoordzin", kdf=FAST_KDF)
    with pytest.raises(VaultError):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "een-nieuwe-wachtwoordzin") as vault:
        assert CaseFile(vault).show_client(client_id).surname == "Öztürk"


def test_office_recovers_a_forgotten_passphrase_with_its_private_key(tmp_path):
    private_pem, public_pem = generate_recovery_keypair(bits=2048)
    folder = tmp_path / "v"
    with Vault.create(folder, "Anouk", PASSPHRASE, kdf=FAST_KDF,
                      recovery_public_pem=public_pem) as vault:
        client_id = CaseFile(vault).add_client(ISIK)
    with Vault.recover(folder, private_pem, "door-kantoor-hersteld", kdf=FAST_KDF) as vault:
        assert CaseFile(vault).show_client(client_id).given_names == "Işık"
    with Vault.unlock(folder, "door-kantoor-hersteld"):
        pass
    other_private, _ = generate_recovery_keypair(bits=2048)
    with pytest.raises(VaultError) as mismatch:
        Vault.recover(folder, other_private, "nog-een-andere-zin", kdf=FAST_KDF)
    assert mismatch.value.code == "recovery_key_mismatch"


def test_recovery_key_must_be_rsa(tmp_path):
    with pytest.raises(VaultError) as bad:
        Vault.create(tmp_path / "v", "Anouk", PASSPHRASE, kdf=FAST_KDF,
                     recovery_public_pem=b"-----BEGIN PUBLIC KEY-----\nnope\n")
    assert bad.value.code == "recovery_key_unreadable"


def test_locked_vault_drops_its_key(vault_dir):
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.lock()
    with pytest.raises(VaultError) as locked:
        vault.data_key  # noqa: B018
    assert locked.value.code == "vault_locked"


def test_vault_file_is_sqlcipher_4_and_not_plain_sqlite(vault):
    assert vault.db.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert vault.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not (vault.data_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_check_reports_a_healthy_vault_and_a_damaged_one(vault_dir):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        casefile = CaseFile(vault)
        client_id = casefile.add_client(ISIK)
        for i in range(300):
            casefile.add_note(client_id, f"Gesprek {i}: uitleg over de 12-maandenregel.")
        assert vault.check() == []
        vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = vault_dir / "vault.db"
    data = bytearray(path.read_bytes())
    data[len(data) - 4096 + 200] ^= 0xFF  # flip a byte in the last page: note data
    path.write_bytes(bytes(data))
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert any(p.startswith("cipher:") for p in vault.check())


def test_vault_damaged_where_it_opens_says_so(vault_dir):
    path = vault_dir / "vault.db"
    data = bytearray(path.read_bytes())
    data[4096 + 100] ^= 0xFF  # page 2 holds the schema the vault needs to open
    path.write_bytes(bytes(data))
    with pytest.raises(VaultError) as damaged:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert damaged.value.code == "vault_damaged"


def test_backup_while_in_use_restores_elsewhere(vault_dir, tmp_path):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        casefile = CaseFile(vault)
        client_id = casefile.add_client(ISIK)
        casefile.add_note(client_id, "Kopie paspoort ontvangen.")
        vault.backup(tmp_path / "backup.zip")
        casefile.add_note(client_id, "Na de back-up geschreven.")
        with pytest.raises(VaultError):
            vault.backup(tmp_path / "backup.zip")  # never overwrites
    target = tmp_path / "new-laptop"
    assert Vault.restore(tmp_path / "backup.zip", target, PASSPHRASE) is None
    with Vault.unlock(target, PASSPHRASE) as restored:
        texts = [n.text for n in CaseFile(restored).list_notes(client_id)]
        assert texts == ["Kopie paspoort ontvangen."]
        assert restored.check() == []


def test_restore_never_overwrites_and_moves_the_old_vault_aside(vault_dir, tmp_path):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.backup(tmp_path / "b.zip")
        CaseFile(vault).add_client(ISIK)
    with pytest.raises(VaultError) as refused:
        Vault.restore(tmp_path / "b.zip", vault_dir, PASSPHRASE)
    assert refused.value.code == "vault_exists_restore"
    moved = Vault.restore(tmp_path / "b.zip", vault_dir, PASSPHRASE, replace=True)
    with Vault.unlock(moved, PASSPHRASE) as old:
        assert CaseFile(old).count_clients() == 1
    with Vault.unlock(vault_dir, PASSPHRASE) as restored:
        assert CaseFile(restored).count_clients() == 0


def test_restore_with_wrong_passphrase_or_garbage_changes_nothing(vault_dir, tmp_path):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.backup(tmp_path / "b.zip")
    target = tmp_path / "t"
    with pytest.raises(VaultError) as wrong:
        Vault.restore(tmp_path / "b.zip", target, "niet-de-goede-zin")
    assert wrong.value.code == "wrong_passphrase"
    (tmp_path / "junk.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(VaultError) as junk:
        Vault.restore(tmp_path / "junk.zip", target, PASSPHRASE)
    assert junk.value.code == "not_a_backup"
    assert not Vault.exists(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_damaged_key_file_gives_a_clear_error(vault_dir):
    (vault_dir / KEYS_NAME).write_text(json.dumps({"format": 1, "kdf": {}}))
    with pytest.raises(VaultError) as damaged:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert damaged.value.code == "key_file_damaged"


def test_key_file_of_another_vault_does_not_open_this_one(vault_dir, tmp_path):
    other = tmp_path / "other"
    Vault.create(other, "Anouk", PASSPHRASE, kdf=FAST_KDF).close()
    shutil.copy(other / KEYS_NAME, vault_dir / KEYS_NAME)
    with pytest.raises(VaultError) as wrong:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert wrong.value.code == "wrong_key"


def test_database_without_key_file_is_explained_and_never_overwritten(vault_dir):
    (vault_dir / KEYS_NAME).unlink()
    before = (vault_dir / "vault.db").read_bytes()
    for attempt in (lambda: Vault.unlock(vault_dir, PASSPHRASE),
                    lambda: Vault.create(vault_dir, "Anouk", PASSPHRASE, kdf=FAST_KDF)):
        with pytest.raises(VaultError) as incomplete:
            attempt()
        assert incomplete.value.code == "vault_incomplete"
    assert (vault_dir / "vault.db").read_bytes() == before


def test_passphrase_typed_decomposed_still_unlocks():
    import unicodedata

    composed = "Öztürk-spreekuur-ğüşıİ"
    key_file = KeyFile.create("v", bytes(32), composed, FAST_KDF)
    assert key_file.unwrap(unicodedata.normalize("NFD", composed)) == bytes(32)


# -- work files of killed processes ------------------------------------------------------------
# Each script runs the real operation in a process of its own and kills that process with
# SIGKILL at a chosen step, as a crash or `kill -9` would: nothing in it can clean up.
KILL_AT = """
import os, signal, sys, zipfile
from consultant_app.core.vault import vault as vault_module
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import Vault

data_dir, passphrase, step, out = sys.argv[1:5]
real_replace, real_write = os.replace, zipfile.ZipFile.write

def replace(src, dst, *args, **kwargs):
    if step == "passphrase" and str(dst).endswith("vault.keys"):
        os.kill(os.getpid(), signal.SIGKILL)  # the new key file is complete, not yet in place
    return real_replace(src, dst, *args, **kwargs)

def write(archive, name, arcname=None, *args, **kwargs):
    if step == "backup" and arcname == "vault.db":
        os.kill(os.getpid(), signal.SIGKILL)  # half an archive, and the encrypted snapshot
    return real_write(archive, name, arcname, *args, **kwargs)

os.replace, zipfile.ZipFile.write = replace, write
vault = Vault.unlock(data_dir, passphrase)
if step == "passphrase":
    vault.change_passphrase("herfst-spreekuur-2026", kdf=KdfParams())
else:
    vault.backup(out)
"""


def _killed_at(step: str, vault_dir, out) -> None:
    import signal
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", KILL_AT, str(vault_dir), PASSPHRASE, step,
                           str(out)], capture_output=True, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def _hidden(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_key_file_left_by_a_killed_passphrase_change_is_swept_at_the_next_unlock(
        vault_dir, tmp_path):
    before = (vault_dir / KEYS_NAME).read_bytes()
    _killed_at("passphrase", vault_dir, tmp_path / "unused")
    [left] = _hidden(vault_dir)
    assert left.startswith(".vault.keys.") and left.endswith(".tmp")
    assert (vault_dir / KEYS_NAME).read_bytes() == before  # the old passphrase still opens

    Vault.unlock(vault_dir, PASSPHRASE).close()

    assert _hidden(vault_dir) == []


def test_the_work_files_of_a_killed_backup_are_swept_at_the_next_unlock(vault_dir, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    _killed_at("backup", vault_dir, stick / "backup.zip")
    assert len(_hidden(stick)) == 2 and _hidden(vault_dir) != []  # snapshot, partial, note

    Vault.unlock(vault_dir, PASSPHRASE).close()

    assert list(stick.iterdir()) == [] and _hidden(vault_dir) == []


def test_work_files_of_a_process_still_running_are_left_alone(vault_dir):
    import os

    own = vault_dir / f".{KEYS_NAME}.{os.getpid()}-inflight.tmp"  # a change in progress here
    own.write_bytes(b"{}")
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert own.exists()
