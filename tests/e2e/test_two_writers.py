"""Two writers on one vault take turns: a CLI import while the desktop app runs, two `note add`
at once. Every write transaction asks for the write lock when it begins and waits for its turn
within the busy timeout; only a writer that outlasts the timeout gets "the vault is busy".
"""

from __future__ import annotations

import subprocess

from tests.e2e.spreekuur_e2e import (
    ISIK, PASSPHRASE, TIMEOUT, assert_user_error, client_json, command,
)

WRITERS = 16


def test_sixteen_note_adds_at_once_all_succeed(cli):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    processes = [
        subprocess.Popen(command(cli.data_dir, "note", "add", client_id,
                                 "--text", f"Gelijktijdige notitie {n:02d}"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env,
                         cwd=cli.cwd, encoding="utf-8")
        for n in range(WRITERS)]
    outcomes = [(p.communicate(timeout=TIMEOUT), p.returncode) for p in processes]

    failed = [(code, err) for (_, err), code in outcomes if code != 0]
    assert failed == [], failed
    notes = cli.ok("note", "list", client_id, "--json").json()
    assert sorted(n["text"] for n in notes) == [
        f"Gelijktijdige notitie {n:02d}" for n in range(WRITERS)]


HOLD_WRITE_LOCK = """
import sys
from consultant_app.core.vault.vault import Vault
from consultant_app.core.vault.database import transaction
with Vault.unlock(sys.argv[1], sys.argv[2]) as vault, transaction(vault.db):
    vault.db.execute("UPDATE settings SET value = value WHERE key = 'consultant'")
    print("holding", flush=True)
    sys.stdin.readline()
"""

# A note written the way `note add` writes it, telling when it is about to begin its write.
WRITE_NOTE = """
import sys
from consultant_app.core.casefile import CaseFile
from consultant_app.core.vault.vault import Vault
with Vault.unlock(sys.argv[1], sys.argv[2]) as vault:
    casefile = CaseFile(vault)
    print("writing", flush=True)
    casefile.add_note(sys.argv[3], "Na de ander")
"""


def _python(cli, script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*command(None)[:1], "-c", script, str(cli.data_dir), PASSPHRASE, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env,
        cwd=cli.cwd, encoding="utf-8")


def _holder(cli) -> subprocess.Popen:
    """Another process (the desktop app, say) in the middle of a write transaction."""
    holder = _python(cli, HOLD_WRITE_LOCK)
    assert holder.stdout.readline() == "holding\n"
    return holder


def test_a_write_waits_for_the_other_writer_to_finish(cli):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    holder = _holder(cli)
    writer = _python(cli, WRITE_NOTE, client_id)
    assert writer.stdout.readline() == "writing\n"
    # The writer asks for the lock while the other still holds it, and gets it when it ends.
    holder.communicate("done\n", timeout=TIMEOUT)
    _, err = writer.communicate(timeout=TIMEOUT)
    assert holder.returncode == 0 and writer.returncode == 0, err
    assert [n["text"] for n in cli.ok("note", "list", client_id, "--json").json()] == [
        "Na de ander"]


def test_a_writer_that_outlasts_the_busy_timeout_is_told_the_vault_is_busy(cli):
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    holder = _holder(cli)
    try:
        result = cli("note", "add", client_id, "--text", "Te laat")
    finally:
        holder.communicate("done\n", timeout=TIMEOUT)
    line = assert_user_error(result)
    assert "vault is busy" in line.lower()
    assert cli.ok("note", "list", client_id).stdout == ""
