"""Storage is told apart from keys: a vault that does not open says what is wrong with the disk
or the file (read-only, full, damaged) and keeps "wrong passphrase" for a wrong passphrase.

A read-only file system and a full disk are real ones: a small tmpfs mounted for the test
(remounted read-only, or filled up). Mounting needs root; elsewhere those tests are skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.spreekuur_e2e import ISIK, assert_user_error, client_json

DAMAGED = ("damaged", "consultant-app check", "restore a backup")


def test_a_truncated_vault_file_is_damaged_not_a_wrong_key(cli, vault_dir):
    cli.ok("client", "add", input=client_json(ISIK))
    path = vault_dir / "vault.db"
    os.truncate(path, 3000)  # less than one page: a copy cut off half-way
    assert_user_error(cli("client", "list"), *DAMAGED, absent=("key",))
    os.truncate(path, 0)
    assert_user_error(cli("client", "list"), *DAMAGED, absent=("key",))


def test_damaged_bytes_at_the_start_of_the_vault_file_are_damage_not_a_wrong_key(cli, vault_dir):
    cli.ok("client", "add", input=client_json(ISIK))
    path = vault_dir / "vault.db"
    data = bytearray(path.read_bytes())
    data[100:3000] = bytes(2900)  # the first page: schema and settings
    path.write_bytes(bytes(data))
    assert_user_error(cli("client", "list"), *DAMAGED, absent=("key",))


def test_the_vault_file_of_another_vault_is_still_told_as_a_key_that_does_not_fit(
        cli, vault_dir, tmp_path):
    other = tmp_path / "other"
    cli.ok("init", "--consultant", "Bram", data_dir=other)  # another vault, another data key
    shutil.copy(other / "vault.db", vault_dir / "vault.db")
    assert_user_error(cli("client", "list"), "key does not open")


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system for the test needs root")
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              str(where)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_vault_on_a_read_only_disk_says_read_only_not_wrong_key(cli, vault_dir, tmp_path):
    cli.ok("client", "add", input=client_json(ISIK))
    with _tmpfs(tmp_path / "stick", "8m") as stick:
        shutil.copytree(vault_dir, stick / "vault")
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        for args in (["client", "list"], ["client", "add"]):
            line = assert_user_error(cli(*args, input=client_json(ISIK), data_dir=stick / "vault"),
                                     "read-only", absent=("key", "passphrase"))
            assert "Işık" not in line


def test_a_vault_on_a_full_disk_says_the_disk_is_full(cli, vault_dir, tmp_path):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    with _tmpfs(tmp_path / "small", "4m") as disk:
        shutil.copytree(vault_dir, disk / "vault")
        # Unbuffered: a write the full disk refused leaves nothing for close() to flush (which
        # would fail again outside the suppress).
        with open(disk / "filler", "wb", buffering=0) as filler:
            with contextlib.suppress(OSError):
                while True:
                    filler.write(bytes(65536))
        for args in (["client", "list"], ["note", "add", client_id, "--text", "Schijf vol"]):
            assert_user_error(cli(*args, data_dir=disk / "vault"), "disk is full",
                              absent=("key", "passphrase"))
        (disk / "filler").unlink()
        assert cli.ok("note", "list", client_id, data_dir=disk / "vault").stdout == ""


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(cli):
    assert_user_error(cli("client", "list", CONSULTANT_APP_PASSPHRASE="herfst-spreekuur-2026"),
                      "Wrong passphrase")
