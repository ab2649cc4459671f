"""The crash test: an import killed with SIGKILL at random moments loses nothing it announced.

`import` prints `committed N` after every durable commit. Whatever the consultant (or a script)
saw announced must be in the vault after the process dies without any chance to clean up, and
the vault must stay healthy. Records are committed in file order and a failed line does not
count, so `committed N` covers exactly the first N good records of the file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.spreekuur_e2e import PASSPHRASE, Cli, command

SEED = 20160701
RECORDS = 3000
BATCH = 50
ROUNDS = 8

GIVEN = ["Mehmet", "Ayşe", "Hatice", "Mustafa", "Işıl", "Mohamed", "Fatima", "Youssef",
         "Khadija", "Ramon", "Sharmila", "Roy", "Emir", "Amra", "Senad", "Tesfay", "Hamid",
         "Farhia"]
SURNAMES = ["Yıldız", "Kaya", "Demir", "El Idrissi", "Bennani", "Ouali", "Sewnarain",
            "Ramdin", "Hodžić", "Begović", "Gebremedhin", "Rezaei", "Warsame"]
COUNTRIES = ["TR", "MA", "SR", "BA", "ER", "AF", "SO"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


@dataclass
class ImportFile:
    """The lines of the file, and for every good record its identity and its line index."""

    lines: list[str] = field(default_factory=list)
    good: list[tuple[str, str]] = field(default_factory=list)  # (kind, identity)
    good_line: list[int] = field(default_factory=list)


def make_import_file(rng: random.Random) -> ImportFile:
    """~3000 lines: clients with explicit ids, contacts and many notes with unique marker texts,
    and about 1 % bad lines (broken JSON, invalid BSN, a note for an unknown client)."""
    data = ImportFile()
    client_ids: list[str] = []

    def good(record: dict, kind: str, identity: str) -> None:
        data.good.append((kind, identity))
        data.good_line.append(len(data.lines))
        data.lines.append(json.dumps(record, ensure_ascii=False))

    for i in range(RECORDS):
        roll = rng.random()
        if not client_ids or roll < 0.12:
            client_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            client_ids.append(client_id)
            good({"type": "client", "id": client_id, "given_names": rng.choice(GIVEN),
                  "surname": rng.choice(SURNAMES),
                  "birth_date": f"{rng.randint(1938, 1990)}-{rng.randint(1, 12):02d}-"
                                f"{rng.randint(1, 28):02d}",
                  "country_of_birth": rng.choice(COUNTRIES)}, "client", client_id)
        elif roll < 0.17:
            location = f"Wijkcentrum markering-{i:05d}"
            good({"type": "contact", "client_id": rng.choice(client_ids),
                  "date": f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "kind": "intake",
                  "location": location}, "contact", location)
        elif roll < 0.173:
            data.lines.append('{"type": "note", "client_id": "' + client_ids[-1])
        elif roll < 0.176:
            data.lines.append(json.dumps({"type": "client", "given_names": "Senad",
                                          "surname": "Hodžić", "birth_date": "1966-06-06",
                                          "bsn": "123456789"}, ensure_ascii=False))
        elif roll < 0.179:
            data.lines.append(json.dumps({"type": "note", "client_id": str(uuid.UUID(int=i)),
                                          "text": f"wees markering-{i:05d}"}))
        else:
            text = f"Notitie markering-{i:05d}: levensbewijs en AOW-korting besproken"
            good({"type": "note", "client_id": rng.choice(client_ids), "text": text},
                 "note", text)
    return data


def vault_contents(data_dir: Path) -> Counter:
    """Every client, contact and note in the vault, opened in-process with the core services."""
    from consultant_app.core.casefile import CaseFile
    from consultant_app.core.vault.vault import Vault

    found: Counter = Counter()
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        casefile = CaseFile(vault)
        for summary in casefile.list_clients():
            found["client", summary.id] += 1
            for contact in casefile.list_contacts(summary.id):
                found["contact", contact.location] += 1
            for note in casefile.list_notes(summary.id):
                found["note", note.text] += 1
    return found


def committed_numbers(text: str) -> list[int]:
    return [int(line.removeprefix("committed ")) for line in text.splitlines()]


def test_import_killed_at_random_moments_keeps_every_announced_record(
        cli: Cli, inputs: Path, tmp_path: Path):
    rng = random.Random(SEED)
    source = make_import_file(rng)
    total = len(source.good)
    in_vault = 0  # the vault holds exactly source.good[:in_vault]
    stderr_log = tmp_path / "import-stderr.txt"

    # Every round continues in the same vault with the rest of the file, as a consultant would
    # re-run the import after a crash: so each new import process starts on a vault whose last
    # writer was killed (a hot WAL, possibly a torn batch), which a fresh copy per round would
    # never exercise. The state right after a kill is inspected on a copy, because opening the
    # vault checkpoints the WAL on close and would tidy up what the next round starts from.
    for round_no in range(ROUNDS):
        first_line = source.good_line[in_vault - 1] + 1 if in_vault else 0
        rest = source.lines[first_line:]
        rest_good = total - in_vault
        batches = -(-rest_good // BATCH)
        if batches < 2:
            break
        # spread the kills over the file: on average the rest divided by the rounds left
        kill_after = rng.randint(1, max(1, min(batches - 1, 2 * batches // (ROUNDS - round_no))))
        part = inputs / f"round-{round_no}.jsonl"
        part.write_text("\n".join(rest) + "\n", encoding="utf-8")

        with stderr_log.open("w", encoding="utf-8") as errors:
            process = subprocess.Popen(
                command(cli.data_dir, "import", part, "--batch-size", str(BATCH)),
                stdout=subprocess.PIPE, stderr=errors, env=cli.env, cwd=cli.cwd,
                encoding="utf-8")
            seen: list[int] = []
            while len(seen) < kill_after:
                line = process.stdout.readline()
                if not line:
                    break
                seen += committed_numbers(line)
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            seen += committed_numbers(process.stdout.read())  # printed before the kill landed
            process.stdout.close()
        assert "Traceback" not in stderr_log.read_text(encoding="utf-8")
        announced = seen[-1] if seen else 0
        where = (f"round {round_no}, seed {SEED}: killed after {kill_after} commit lines, "
                 f"announced {seen}, exit {process.returncode}")
        assert seen and seen == sorted(seen), where

        snapshot = tmp_path / f"after-kill-{round_no}"
        shutil.copytree(cli.data_dir, snapshot)
        check = cli("check", data_dir=snapshot)
        assert check.returncode == 0, f"{where}\n{check.describe()}"

        found = vault_contents(snapshot)
        added = sum(found.values()) - in_vault
        assert max(found.values()) == 1, f"{where}: a record is in the vault twice"
        # exactly a prefix of the good records: nothing announced is missing, nothing skipped
        assert set(found) == set(source.good[:in_vault + added]), where
        # at most the one batch that committed just before its line could be printed is extra
        assert announced <= added <= announced + BATCH, f"{where}: {added} in the vault"
        in_vault += added
        print(f"{where}: vault now holds the first {in_vault} of {total} records")
        shutil.rmtree(snapshot)

    # the last run imports the rest to the end, without a kill
    assert in_vault < total
    first_line = source.good_line[in_vault - 1] + 1 if in_vault else 0
    part = inputs / "rest.jsonl"
    part.write_text("\n".join(source.lines[first_line:]) + "\n", encoding="utf-8")
    final = cli("import", part, "--batch-size", str(BATCH))
    assert final.returncode in (0, 1) and "Traceback" not in final.stderr, final.describe()
    assert committed_numbers(final.stdout)[-1] == total - in_vault, final.describe()
    found = vault_contents(cli.data_dir)
    assert found == Counter(source.good), "after resuming, every record is there exactly once"
    cli.ok("check")
