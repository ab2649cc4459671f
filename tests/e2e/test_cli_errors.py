"""Exit codes and error lines of the command line, as a script or a consultant meets them.

0 done; 2 wrong usage; 1 an error the user can fix, told in exactly one line on stderr that
starts with `consultant-app: `, never a traceback and never the personal value that was typed.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.e2e.spreekuur_e2e import (
    FATIMA, ISIK, PASSPHRASE, TIMEOUT, assert_user_error, client_json, command, file_bytes,
)

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
ISIK_VALUES = ("Işık", "Öztürk", ISIK["bsn"])
MEHMET_CP1252 = client_json({"given_names": "Mehmet", "surname": "Öztürk",
                             "birth_date": "1969-05-05"}).encode("cp1252")


def test_adding_a_client_exits_0_and_prints_only_the_new_id(cli):
    result = cli.ok("client", "add", input=client_json(ISIK))
    assert UUID.fullmatch(result.stdout.strip()), result.describe()
    assert result.stderr == ""


@pytest.mark.parametrize("args", [
    ["client"],
    ["client", "show"],
    ["clients", "list"],
    ["import", "records.jsonl", "--batch-size", "many"],
    ["export", "01900000-0000-7000-8000-000000000001"],
], ids=["no-action", "missing-id", "unknown-command", "bad-number",
        "missing-out"])
def test_wrong_usage_exits_2_with_usage_text_and_touches_nothing(cli, home, args):
    untouched = home / "never-created"
    result = cli(*args, data_dir=untouched)
    assert result.returncode == 2, result.describe()
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not untouched.exists()


def test_wrong_passphrase_is_refused_and_only_the_attempt_counter_changes(cli, vault_dir):
    cli.ok("client", "add", input=client_json(ISIK))
    before = file_bytes(vault_dir)

    result = cli("client", "add", input=client_json(ISIK, surname="Yılmaz"),
                 CONSULTANT_APP_PASSPHRASE="herfst-spreekuur-2026")

    line = assert_user_error(result, "Wrong passphrase",
                             absent=("herfst-spreekuur-2026", PASSPHRASE))
    assert line == "consultant-app: Wrong passphrase"
    after = file_bytes(vault_dir)
    counter = after.pop("unlock.attempts")
    assert after == before
    assert json.loads(counter) == {"failures": 1}


@pytest.mark.parametrize("language", [{"CONSULTANT_APP_LANG": "nl"}, {"LANG": "nl_NL.UTF-8"}],
                         ids=["CONSULTANT_APP_LANG", "LANG"])
def test_wrong_passphrase_is_told_in_dutch_under_a_dutch_setting(cli, language):
    result = cli("client", "list", CONSULTANT_APP_PASSPHRASE="herfst-spreekuur-2026", **language)
    assert assert_user_error(result) == "consultant-app: Onjuiste wachtwoordzin"


def test_invalid_bsn_names_the_field_but_not_the_digits(cli, vault_dir):
    before = file_bytes(vault_dir)
    result = cli("client", "add", input=client_json(ISIK, bsn="123456789"))
    assert_user_error(result, "bsn:", "eleven test", absent=("123456789", *ISIK_VALUES))
    assert file_bytes(vault_dir) == before


def test_impossible_birth_date_names_the_field_but_not_the_date(cli, vault_dir):
    before = file_bytes(vault_dir)
    result = cli("client", "add", input=client_json(ISIK, birth_date="2023-02-30"))
    assert_user_error(result, "birth_date:", "Not a real calendar date",
                      absent=("2023-02-30", *ISIK_VALUES))
    assert file_bytes(vault_dir) == before


def test_every_problem_of_a_client_is_listed_in_the_one_line(cli):
    result = cli("client", "add",
                 input=client_json(ISIK, bsn="123456789", birth_date="2023-02-30"))
    line = assert_user_error(result, "bsn:", "birth_date:", absent=ISIK_VALUES)
    assert "; " in line


def test_unknown_client_id_is_reported_as_not_found(cli):
    unknown = "01900000-0000-7000-8000-000000000042"
    for args in (["client", "show", unknown], ["note", "add", unknown, "--text", "Tolk nodig"],
                 ["contact", "list", unknown]):
        assert_user_error(cli(*args), "not found", absent=("Tolk nodig",))


def test_name_typed_instead_of_an_id_is_not_repeated_in_the_error(cli):
    cli.ok("client", "add", input=client_json(ISIK))
    result = cli("client", "show", "Işık Öztürk")
    assert_user_error(result, "not found", absent=ISIK_VALUES)


def test_missing_vault_is_reported_and_no_folder_is_created(cli, home):
    nowhere = home / "no-vault-here"
    assert_user_error(cli("client", "list", data_dir=nowhere), "No vault", "'init'")
    assert not nowhere.exists()


def test_init_on_an_existing_vault_refuses_and_changes_nothing(cli, vault_dir):
    cli.ok("client", "add", input=client_json(ISIK))
    before = file_bytes(vault_dir)
    result = cli("init", "--consultant", "Mirsad Hodžić")
    assert_user_error(result, "already exists", "nothing was changed", absent=("Hodžić",))
    assert file_bytes(vault_dir) == before


def test_init_refuses_a_passphrase_shorter_than_12_characters(cli, home):
    folder = home / "new-vault"
    result = cli("init", "--consultant", "Anouk de Vries", data_dir=folder,
                 CONSULTANT_APP_PASSPHRASE="elf-tekens!")  # 11 characters
    assert_user_error(result, "Passphrase too short", "12", absent=("elf-tekens!",))
    assert not folder.exists() or not any(folder.iterdir())


def test_export_refuses_to_overwrite_an_existing_file(cli, inputs):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    target = inputs / "inzage.json"
    target.write_text("eerdere export", encoding="utf-8")
    result = cli("export", client_id, "--out", target)
    assert_user_error(result, "already exists", "nothing was overwritten", absent=ISIK_VALUES)
    assert target.read_text(encoding="utf-8") == "eerdere export"


@pytest.mark.parametrize("text", [
    '{"given_names": "Işık", "surname": "Öztürk",',
    "given_names=Işık surname=Öztürk",
], ids=["truncated", "not-json"])
def test_malformed_json_on_stdin_is_refused_without_echoing_it(cli, vault_dir, text):
    before = file_bytes(vault_dir)
    assert_user_error(cli("client", "add", input=text), "Not valid JSON", absent=ISIK_VALUES)
    assert file_bytes(vault_dir) == before


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    '{"given_names": "Işık", "surname": ' + "7" * 5_000 + "}",
], ids=["nested-100000-deep", "number-of-5000-digits"])
def test_json_beyond_what_python_parses_is_not_valid_json(cli, vault_dir, text):
    before = file_bytes(vault_dir)
    line = assert_user_error(cli("client", "add", input=text), absent=ISIK_VALUES)
    assert "not valid json" in line.lower() and "unexpected" not in line
    assert file_bytes(vault_dir) == before


def test_a_reader_that_stops_early_is_not_a_disk_error(cli):
    for person in (ISIK, FATIMA):
        cli.ok("client", "add", input=client_json(person))
    # `client list | head -1`, with the reader gone before the first line is written
    process = subprocess.Popen(command(cli.data_dir, "client", "list"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=cli.env, cwd=cli.cwd)
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=TIMEOUT) == 1
    assert stderr == b""


def test_empty_stdin_is_reported_as_no_input(cli):
    assert_user_error(cli("client", "add", input=""), "No input")


def test_missing_passphrase_without_a_terminal_names_the_variable(cli):
    result = cli("client", "list", input="", CONSULTANT_APP_PASSPHRASE=None)
    assert_user_error(result, "CONSULTANT_APP_PASSPHRASE")


def test_passphrase_file_is_used_when_the_variable_is_absent(cli, inputs):
    secret = inputs / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cli.ok("--passphrase-file", secret, "client", "list", CONSULTANT_APP_PASSPHRASE=None)


def test_damaged_vault_file_is_reported_as_damaged_in_one_line(cli, vault_dir):
    cli.ok("client", "add", input=client_json(ISIK))
    data = bytearray((vault_dir / "vault.db").read_bytes())
    data[5000:5100] = bytes(100)  # wipe part of an encrypted page
    (vault_dir / "vault.db").write_bytes(bytes(data))
    for args in (["check"], ["client", "list"]):
        assert_user_error(cli(*args), "damaged", "restore a backup")


def test_an_empty_note_is_refused_rather_than_stored_for_ever(cli):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    assert_user_error(cli("note", "add", client_id, input=""), "text:")
    assert_user_error(cli("note", "add", client_id, "--text", "  \n "), "text:")
    assert cli.ok("note", "list", client_id).stdout == ""


def test_an_invalid_required_field_is_not_also_called_missing(cli):
    result = cli("client", "add", input=client_json(ISIK, birth_date="2023-02-30"))
    assert_user_error(result, "birth_date: Not a real calendar date",
                      absent=("Required field is missing",))


def test_json_on_stdin_that_is_not_utf8_is_reported_as_such(cli):
    assert_user_error(cli("client", "add", input=MEHMET_CP1252), "not UTF-8")


def test_json_file_that_is_not_utf8_is_reported_as_such(cli, inputs):
    source = inputs / "client.json"
    source.write_bytes(MEHMET_CP1252)
    assert_user_error(cli("client", "add", "--json", source), "not UTF-8")


@pytest.mark.parametrize("args", [
    ["client", "add", "--json", "missing.json"],
    ["client", "update", "01900000-0000-7000-8000-000000000001", "--json", "missing.json"],
    ["import", "missing.json"],
    ["template", "check", "missing.json"],
], ids=["client-add", "client-update", "import", "template-check"])
def test_an_input_file_that_is_not_there_is_named_with_the_cause(cli, args):
    line = assert_user_error(cli(*args), "missing.json")
    assert line == "consultant-app: Cannot read input file missing.json: file does not exist"


def test_an_unreadable_input_file_is_told_in_dutch(cli):
    line = assert_user_error(cli("client", "add", "--json", "missing.json", LANG="nl_NL.UTF-8"))
    assert line == "consultant-app: Kan invoerbestand missing.json niet lezen: bestand bestaat niet"


def test_a_folder_given_as_input_file_is_called_a_folder(cli, inputs):
    line = assert_user_error(cli("client", "add", "--json", inputs))
    assert line == f"consultant-app: Cannot read input file {inputs}: this is a folder, not a file"


def test_an_input_file_without_read_permission_says_so(cli, inputs):
    import os

    source = inputs / "client.json"
    source.write_text(client_json(ISIK), encoding="utf-8")
    source.chmod(0)
    if os.access(source, os.R_OK):
        pytest.skip("file modes do not stop this user (root)")
    line = assert_user_error(cli("client", "add", "--json", source))
    assert line.endswith("client.json: no permission to read it")


@pytest.mark.parametrize(("lang", "yes", "no"), [("nl_NL.UTF-8", "ja", "nee"),
                                                 ("en_GB.UTF-8", "yes", "no")])
def test_client_show_says_yes_and_no_in_the_readers_language(cli, lang, yes, no):
    client = {**ISIK, "declarations": {"debts_to_state": True, "detention": False},
              "partner": {**ISIK["partner"], "co_migrates": False}}
    client_id = cli.ok("client", "add", input=client_json(client)).stdout.strip()

    tree = cli.ok("client", "show", client_id, LANG=lang).stdout.splitlines()

    assert f"  debts_to_state: {yes}" in tree and f"  detention: {no}" in tree
    assert f"  co_migrates: {no}" in tree
    assert not any(line.endswith((": True", ": False", ": None")) for line in tree), tree


def test_organisation_phone_and_address_are_checked_like_a_clients(cli):
    assert_user_error(cli("settings", "organisation_phone", "abc"),
                      "organisation_phone: Phone number must start with")
    assert_user_error(cli("settings", "organisation_address", "Hoofdstraat 1"),
                      "organisation_address: A postal address on one line with postcode")
    assert_user_error(cli("settings", "organisation_address", "Postbus 1, 3500 SS Utrecht"),
                      "Postcodes with the letters SA, SD or SS do not exist")

    cli.ok("settings", "organisation_phone", "030 123 45 67")
    cli.ok("settings", "organisation_address", "Postbus 1234, 3500aa Utrecht")

    shown = dict(line.split("\t") for line in cli.ok("settings").stdout.splitlines())
    assert shown["organisation_phone"] == "+31301234567"
    assert shown["organisation_address"] == "Postbus 1234, 3500 AA Utrecht"
