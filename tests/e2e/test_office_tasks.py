"""What the office's IT person does with a consultant's vault: back it up and restore it, change
the passphrase, and regain access with the organisation's recovery key when it was forgotten."""

from __future__ import annotations

import shutil
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from consultant_app.core.vault.keys import generate_recovery_keypair
from tests.e2e.spreekuur_e2e import (
    AMRA, ISIK, PASSPHRASE, Cli, assert_user_error, cli_env, client_json, file_bytes,
    lower_kdf_to_floor,
)

NEW_PASSPHRASE = "herfst-spreekuur-2027"
NOTE = "Levensbewijs Kayseri ontvangen en gescand."


@pytest.fixture(scope="module")
def filled_template(template_vault, tmp_path_factory) -> tuple[Path, str]:
    """A vault holding Işık Öztürk's file with one note, made once for this module."""
    root = tmp_path_factory.mktemp("filled")
    folder = root / "vault"
    shutil.copytree(template_vault, folder)
    cli = Cli(folder, cli_env(root / "home", root / "tmp"), root)
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    cli.ok("note", "add", client_id, "--text", NOTE)
    return folder, client_id


@pytest.fixture
def filled(filled_template, home, env, tmp_path) -> tuple[Cli, str]:
    folder = home / "vault"
    shutil.copytree(filled_template[0], folder)
    return Cli(folder, env, tmp_path), filled_template[1]


def names(cli: Cli, data_dir: Path | None = None, **env: str | None) -> list[str]:
    kwargs = {} if data_dir is None else {"data_dir": data_dir}
    listed = cli.ok("client", "list", **kwargs, **env).stdout.splitlines()
    return [line.split("\t")[1] for line in listed]


def test_backup_restores_into_a_new_folder_and_replace_moves_the_old_vault_aside(
        filled, home):
    cli, client_id = filled
    backup = home / "backups" / "b.zip"
    backup.parent.mkdir()
    assert "Backup written" in cli.ok("backup", "--out", backup).stderr
    cli.ok("client", "add", input=client_json(AMRA))  # made after the backup

    # restore into a new data folder: the client and the note are there, the vault is healthy
    restored = home / "restored"
    assert "Backup restored" in cli.ok("restore", backup, data_dir=restored).stderr
    assert names(cli, restored) == ["Işık Öztürk"]
    notes = cli.ok("note", "list", client_id, "--json", data_dir=restored).json()
    assert [n["text"] for n in notes] == [NOTE]
    cli.ok("check", data_dir=restored)

    # onto an existing vault: refused without --replace, nothing touched
    before = file_bytes(cli.data_dir)
    assert_user_error(cli("restore", backup), "--replace")
    assert file_bytes(cli.data_dir) == before

    # with --replace: the backup's state is back and the old vault is moved aside, still usable
    replaced = cli.ok("restore", backup, "--replace")
    aside = [p for p in cli.data_dir.iterdir() if p.is_dir()]
    assert len(aside) == 1 and aside[0].name.startswith("replaced-")
    assert str(aside[0]) in replaced.stderr
    assert names(cli) == ["Işık Öztürk"]
    assert names(cli, aside[0]) == ["Amra Hodžić", "Işık Öztürk"]
    cli.ok("check")


def test_restore_with_a_wrong_passphrase_restores_nothing(filled, home):
    cli, _ = filled
    backup = home / "b.zip"
    cli.ok("backup", "--out", backup)
    target = home / "restored"
    result = cli("restore", backup, data_dir=target, CONSULTANT_APP_PASSPHRASE=NEW_PASSPHRASE)
    assert_user_error(result, "Wrong passphrase")
    assert not target.exists() or not any(target.iterdir())
    assert sorted(p.name for p in home.iterdir()) == ["b.zip", "vault"]  # no staging left


def test_backup_refuses_to_overwrite_an_existing_file(filled, home):
    cli, _ = filled
    backup = home / "b.zip"
    backup.write_bytes(b"an older backup")
    assert_user_error(cli("backup", "--out", backup), "already exists")
    assert backup.read_bytes() == b"an older backup"


def test_restore_replace_twice_in_one_second_keeps_both_old_vaults(filled, home):
    cli, _ = filled
    backup = home / "b.zip"
    cli.ok("backup", "--out", backup)
    # A `restore --replace` of a moment ago left its folder; one per second for the next
    # minute makes "the same second" certain however slow this machine is.
    now = datetime.now()
    earlier = [cli.data_dir / f"replaced-{now + timedelta(seconds=s):%Y%m%d-%H%M%S}"
               for s in range(60)]
    for folder in earlier:
        folder.mkdir()
        (folder / "marker").write_text("vault replaced a moment ago")
    result = cli("restore", backup, "--replace")
    assert result.returncode == 0, result.describe()
    assert all((f / "marker").exists() for f in earlier)


def test_changed_passphrase_opens_the_vault_and_the_old_one_no_longer_does(filled):
    cli, client_id = filled
    database = (cli.data_dir / "vault.db").read_bytes()
    changed = cli.ok("passphrase", "change", CONSULTANT_APP_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert "Passphrase changed" in changed.stderr
    # re-wrapping the key leaves the encrypted database as it was: not one byte rewritten
    assert (cli.data_dir / "vault.db").read_bytes() == database

    assert_user_error(cli("client", "list"), "Wrong passphrase")
    shown = cli.ok("client", "show", client_id, "--json",
                   CONSULTANT_APP_PASSPHRASE=NEW_PASSPHRASE).json()
    assert (shown["surname"], shown["bsn"]) == ("Öztürk", ISIK["bsn"])


def test_passphrase_change_to_a_short_one_is_refused_and_the_old_one_still_works(filled):
    cli, _ = filled
    keys = (cli.data_dir / "vault.keys").read_bytes()
    result = cli("passphrase", "change", CONSULTANT_APP_NEW_PASSPHRASE="te-kort-123")
    assert_user_error(result, "Passphrase too short", absent=("te-kort-123",))
    assert (cli.data_dir / "vault.keys").read_bytes() == keys
    assert names(cli) == ["Işık Öztürk"]


def test_office_recovers_a_forgotten_passphrase_with_its_recovery_key(home, env, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    cli = Cli(home / "vault", env, tmp_path)
    private, public = office / "priv.pem", office / "pub.pem"
    made = cli.ok("recovery-key", "--private-out", private, "--public-out", public,
                  data_dir=None)
    assert str(private) in made.stderr
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"PUBLIC KEY" in public.read_bytes() and b"PRIVATE KEY" in private.read_bytes()

    # the consultant's laptop: a vault made with the office's public key
    cli.ok("init", "--consultant", "Selma Begović", "--recovery-key", public)
    lower_kdf_to_floor(cli.data_dir)
    client_id = cli.ok("client", "add", input=client_json(AMRA)).stdout.strip()

    # a key of another office does not open it (made in-process: 2048 bits is quicker)
    stranger = office / "other-priv.pem"
    stranger.write_bytes(generate_recovery_keypair(bits=2048)[0])
    assert_user_error(cli("recover", "--org-private-key", stranger,
                          CONSULTANT_APP_PASSPHRASE=None,
                          CONSULTANT_APP_NEW_PASSPHRASE=NEW_PASSPHRASE),
                      "does not belong to this vault")

    # the passphrase is forgotten: the office sets a new one without knowing the old one
    recovered = cli.ok("recover", "--org-private-key", private, CONSULTANT_APP_PASSPHRASE=None,
                       CONSULTANT_APP_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert "Passphrase changed" in recovered.stderr
    shown = cli.ok("client", "show", client_id, "--json",
                   CONSULTANT_APP_PASSPHRASE=NEW_PASSPHRASE).json()
    assert shown["surname"] == "Hodžić"
    assert_user_error(cli("client", "list", CONSULTANT_APP_PASSPHRASE=PASSPHRASE),
                      "Wrong passphrase")


def test_recovery_key_refuses_to_overwrite_existing_key_files(home, env, tmp_path):
    cli = Cli(home / "vault", env, tmp_path)
    private, public = tmp_path / "priv.pem", tmp_path / "pub.pem"
    private.write_text("the office's real key")
    result = cli("recovery-key", "--private-out", private, "--public-out", public, data_dir=None)
    assert_user_error(result, "already exists")
    assert private.read_text() == "the office's real key"
    assert not public.exists()
