"""Sync from the command line, the way an office IT person or a consultant runs it: login, sync
with its receipt, sync status, conflicts, and what happens when the registry is away."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from consultant_app.core.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.e2e.spreekuur_e2e import (
    ISIK, Cli, assert_user_error, client_json, command,
)

from tests.registry.devices import LAPTOP_PASSWORD as PASSWORD, make_device


def _login(cli: Cli, url: str, **env: str):
    return cli("login", "--server", url, "--user", "anouk",
               CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD, **env)


def test_login_then_sync_prints_a_receipt_and_status_shows_nothing_waiting(laptop, registry_process):
    laptop.ok("client", "add", input=client_json(ISIK))
    login = _login(laptop, registry_process.url)
    assert login.returncode == 0, login.describe()
    assert "encrypted in the vault" in login.stderr  # the null keyring is no keyring

    receipt = laptop.ok("sync")
    assert receipt.stdout.strip() == \
        "Pushed 4, pulled 0, merged 0, conflicts 0, rejected 0"
    assert "Counts and checksums match the registry" in receipt.stderr
    status = laptop.ok("sync", "status", "--json").json()
    assert status["waiting"] == 0 and status["days_since"] == 0
    assert status["last_receipt"]["pushed"] == 4
    text = laptop.ok("sync", "status", LANG="nl_NL.UTF-8").stdout
    assert "Wijzigingen wachten: 0" in text and registry_process.url in text


def test_the_token_is_never_written_in_plaintext(laptop, registry_process, tmp_path):
    env = {"PYTHON_KEYRING_BACKEND": "tests.registry.plaintext_keyring.PlaintextKeyring",
           "PYTHONPATH": str(_repo_root())}
    login = _login(laptop, registry_process.url, **env)
    assert login.returncode == 0, login.describe()
    assert "encrypted in the vault" in login.stderr
    assert not (tmp_path / "home" / "keyring_pass.cfg").exists()
    with Vault.unlock(laptop.data_dir, PASSPHRASE) as vault:
        token = vault.setting("sync_refresh_token")
    assert token and len(token) >= 22
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    assert laptop.ok("sync", **env).stdout.startswith("Pushed 0")


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring",
                                     "tests.registry.plaintext_keyring.PlaintextKeyring"])
def test_doctor_says_what_login_does_without_a_keyring(laptop, registry_process, backend):
    """No usable keyring: doctor tells that the token goes into the vault and sync does not ask
    again; login puts it there, and sync then runs with no password and nothing on stdin."""
    env = {"PYTHON_KEYRING_BACKEND": backend, "PYTHONPATH": str(_repo_root())}
    keyring_line = next(line for line in laptop.ok("doctor", **env).stdout.splitlines()
                        if line.startswith("keyring: "))
    assert "the login token is kept encrypted in the vault; sync does not ask again" \
        in keyring_line.replace(", sync", "; sync")
    assert "ask for credentials" not in keyring_line

    assert "encrypted in the vault" in _login(laptop, registry_process.url, **env).stderr
    with Vault.unlock(laptop.data_dir, PASSPHRASE) as vault:
        assert vault.setting("sync_token_store") == "vault"
    assert laptop.ok("sync", input="", **env).stdout.startswith("Pushed 0")


def test_an_unreachable_registry_is_one_line_and_loses_nothing(laptop, registry_process):
    laptop.ok("client", "add", input=client_json(ISIK))
    assert _login(laptop, registry_process.url).returncode == 0
    registry_process.kill()
    line = assert_user_error(laptop("sync"), "Registry not reachable", "nothing was lost")
    assert "Öztürk" not in line
    assert laptop.ok("sync", "status", "--json").json()["waiting"] == 4
    registry_process.start()
    assert laptop.ok("sync").stdout.startswith("Pushed 4")


def test_a_wrong_password_and_a_plain_http_address_are_refused(laptop, registry_process):
    assert_user_error(laptop("login", "--server", registry_process.url, "--user", "anouk",
                             CONSULTANT_APP_REGISTRY_PASSWORD="niet-het-goede-1"),
                      "User name or password incorrect")
    assert_user_error(laptop("login", "--server", "http://registry.example.org",
                             "--user", "anouk", CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD),
                      "Only https")
    assert_user_error(laptop("sync"), "Not logged in")


def test_a_login_while_the_registry_is_away_is_told_as_a_failed_login(laptop, registry_process):
    registry_process.kill()
    line = assert_user_error(_login(laptop, registry_process.url),
                             "Login did not succeed: the registry is not reachable",
                             absent=("resumes", "next sync", "nothing was lost"))
    assert line.startswith("consultant-app: ")
    line = assert_user_error(_login(laptop, registry_process.url, LANG="nl_NL.UTF-8"),
                             "Inloggen lukte niet", absent=("gaat verder", "registry"))
    assert_user_error(laptop("sync"), "Not logged in")


def test_conflicts_are_listed_and_resolved_from_the_command_line(laptop, registry_process, tmp_path):
    client_id = laptop.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    assert _login(laptop, registry_process.url).returncode == 0
    laptop.ok("sync")
    registry_process.add_user("youssef", "eindhoven", PASSWORD)
    colleague_dir = tmp_path / "colleague" / "vault"
    Vault.create(colleague_dir, "Youssef Amrani", PASSPHRASE, kdf=FAST_KDF).close()
    colleague = Cli(colleague_dir, laptop.env, tmp_path)
    colleague("login", "--server", registry_process.url, "--user", "youssef",
              CONSULTANT_APP_REGISTRY_PASSWORD=PASSWORD)
    colleague.ok("sync")
    colleague.ok("client", "update", client_id, input='{"phone": "06-11112222"}')
    colleague.ok("sync")
    laptop.ok("client", "update", client_id, input='{"phone": "06-99998888"}')

    receipt = laptop.ok("sync")
    assert "conflicts 1" in receipt.stdout and "conflicts list" in receipt.stderr
    (conflict,) = laptop.ok("conflicts", "list", "--json").json()
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "phone", "+31699998888", "+31611112222")
    assert conflict["client_name"] == "Işık Öztürk"
    assert_user_error(laptop("conflicts", "resolve", conflict["id"]), "--keep mine")
    laptop.ok("conflicts", "resolve", conflict["id"], "--keep", "mine")
    assert laptop.ok("conflicts", "list", "--json").json() == []
    laptop.ok("sync")
    colleague.ok("sync")
    shown = json.loads(colleague.ok("client", "show", client_id, "--json").stdout)
    assert shown["phone"] == "+31699998888"


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_laptop_killed_mid_pull_resumes_without_loss_or_duplicates(laptop, registry_process,
                                                                      tmp_path):
    colleague = make_device(tmp_path / "colleague", "youssef")
    registry_process.add_user("youssef", "eindhoven", PASSWORD)
    try:
        colleague.sync.login(registry_process.url, "youssef", PASSWORD)
        colleague.casefile.add_clients([colleague.casefile.prepare_client(
            {**ISIK, "given_names": f"Işık {i}", "partner": None, "children": []})
            for i in range(12000)])
        colleague.sync.sync()
    finally:
        colleague.vault.close()
    assert _login(laptop, registry_process.url).returncode == 0

    env = {**laptop.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    sync = subprocess.Popen(command(laptop.data_dir, "sync"), env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The laptop asks for the next page only after the last one is committed: once the
    # registry has been asked for the third page, two pages are in and one may be half done.
    deadline = time.monotonic() + 60
    while _pulls(registry_process) < 3 and sync.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # polling the registry's log: there is no event to wait on
    sync.send_signal(signal.SIGKILL)
    sync.wait()
    assert sync.returncode == -signal.SIGKILL, "the sync ended before it could be killed"

    with Vault.unlock(laptop.data_dir, PASSPHRASE) as vault:
        partial = vault.db.execute("SELECT count(*) FROM clients").fetchone()[0]
    assert 0 < partial < 12000
    receipt = laptop.ok("sync", "--json").json()
    assert receipt["pulled"] == 12000 - partial and receipt["checked"]
    assert receipt["mismatches"] == []
    with Vault.unlock(laptop.data_dir, PASSPHRASE) as vault:
        assert vault.check() == []
        assert vault.db.execute("SELECT count(*), count(DISTINCT id) FROM clients "
                                "WHERE deleted = 0").fetchone() == (12000, 12000)


def _pulls(server) -> int:
    return server.sql("SELECT count(*) FROM api_audit WHERE action = 'pull' "
                      "AND user_name = 'anouk'")[0][0]


def _client_of_another_team(registry_process, tmp_path) -> str:
    """The id of a client that Sanne of team Tilburg has synced to the registry."""
    registry_process.add_user("sanne", "tilburg", PASSWORD)
    other_team = make_device(tmp_path / "sanne", "sanne")
    try:
        other_team.sync.login(registry_process.url, "sanne", PASSWORD)
        client_id = other_team.casefile.add_client(ISIK)
        other_team.sync.sync()
    finally:
        other_team.vault.close()
    return client_id


def test_refused_changes_are_listed_with_the_registrys_reason(laptop, registry_process, tmp_path):
    foreign_id = _client_of_another_team(registry_process, tmp_path)
    with Vault.unlock(laptop.data_dir, PASSPHRASE) as vault:  # an id learnt some other way
        from consultant_app.core.vault import notes

        vault.db.execute("PRAGMA foreign_keys = OFF")
        notes.add_notes(vault.db, [notes.NewNote(foreign_id, "Poging.")], vault.identity)
    assert _login(laptop, registry_process.url).returncode == 0

    assert "rejected 1" in laptop.ok("sync").stdout
    (line,) = laptop.ok("sync", "refused").stdout.splitlines()
    assert line.endswith("notes\tcreate\tnot permitted (another team's client, or unknown)")
    assert f"\t(client not on this device)\t{foreign_id}\t" in line
    assert laptop.ok("sync", "status", "--json").json()["rejected"] == 1


def test_refused_changes_name_the_client_of_this_vault(laptop, registry_process, tmp_path):
    """The consultant's own client is named beside the id (an id alone says nothing to them)."""
    taken_id = _client_of_another_team(registry_process, tmp_path)
    # the same id, by chance, for one of Anouk's own clients (as two demo vaults once had)
    records = tmp_path / "clients.jsonl"
    records.write_text(json.dumps({"type": "client", "id": taken_id, "given_names": "Amra",
                                   "surname": "Hodžić", "birth_date": "1970-02-03"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    laptop.ok("import", records)
    assert _login(laptop, registry_process.url).returncode == 0

    assert "rejected 1" in laptop.ok("sync").stdout
    (line,) = laptop.ok("sync", "refused").stdout.splitlines()
    assert f"\tAmra Hodžić\t{taken_id}\tclients\tcreate\t" in line


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_contact_dated_garbage_is_set_aside_and_contact_list_still_works(
        laptop, registry_process):
    """An older registry let in a contact dated "garbage": it used to stop `contact list` for
    everyone who pulled it. Now the sync sets it aside, says so, and the good contact arrives."""
    from tests.registry.malformed import plant, valid_rows
    from tests.registry.people import new_id

    client_id, good_id, bad_id = new_id(), new_id(), new_id()
    rows = valid_rows(client_id)
    plant(registry_process, "eindhoven", [
        ("clients", client_id, client_id, rows["clients"]),
        ("contacts", bad_id, client_id, {**rows["contacts"], "date": "garbage"}),
        ("contacts", good_id, client_id, rows["contacts"])])
    assert _login(laptop, registry_process.url).returncode == 0

    receipt = laptop.ok("sync")
    assert receipt.stdout.strip() == "Pushed 0, pulled 2, merged 0, conflicts 0, rejected 0"
    assert "1 record(s) from the registry set aside" in receipt.stderr
    assert "Counts and checksums match the registry" in receipt.stderr
    listed = laptop.ok("sync", "set-aside").stdout.strip().split("\t")
    assert listed[1:] == [client_id, "contacts", bad_id, "date", "date_format"]
    assert "garbage" not in laptop.ok("sync", "set-aside", "--json").stdout
    assert "Apart gezet bij het ophalen: 1" in laptop.ok("sync", "status",
                                                         LANG="nl_NL.UTF-8").stdout
    contacts = laptop.ok("contact", "list", client_id, "--json").json()
    assert [c["id"] for c in contacts] == [good_id]
