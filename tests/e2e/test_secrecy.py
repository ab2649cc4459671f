"""The secrecy test: after a consultant's whole path, and an import killed so that its write-ahead
log was never checkpointed, no file the app wrote holds a name, a BSN or a note in the clear.

Read are all files below HOME (the data folder with vault.db, -wal, -shm, vault.keys and
unlock.attempts; the backup; a restored vault and the one it replaced) and below TMPDIR. Not
read is `inputs/`: the test's own plaintext input and the export the consultant asked for.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import unicodedata
from pathlib import Path

import pytest

from consultant_app.core.domain.folding import fold
from tests.e2e.spreekuur_e2e import (
    AMRA, FATIMA, ISIK, RAMON, TESFAY, Cli, assert_user_error, client_json, command,
)

NOTES = [
    "Vertrouwelijk: schuldsanering bij Kredietbank Eindhoven loopt nog tot 2027.",
    "Zoon Emre heeft een taalachterstand; schoolinschrijving Kayseri uitzoeken.",
    "Correctie: de psychiater in Kayseri is dr. Karaosmanoğlu, niet Karaoğlu.",
]
IMPORT_NOTE = "Gevoelig: asielrelaas besproken met tolk Tigrinya, zie dossiernummer"
PEOPLE = [ISIK, AMRA, FATIMA, RAMON, TESFAY]
MIN_NEEDLE_BYTES = 6  # shorter strings turn up by chance in a few MB of ciphertext


def secrets() -> set[str]:
    values: set[str] = set()
    persons = [*PEOPLE, ISIK["partner"], *ISIK["children"]]
    for person in persons:
        full = f"{person['given_names']} {person['surname']}"
        values |= {person["given_names"], person["surname"], full, fold(full)}
        if person.get("bsn"):
            values.add(person["bsn"])
    values |= {"Hoogstraat", "Atatürk Cad", "TR330006100519786457841326",
               "BA391290079401028494", IMPORT_NOTE, fold(IMPORT_NOTE)}
    for note in NOTES:
        values |= {note, fold(note), *(w for w in note.split() if len(w) >= 10)}
    return values


def needles() -> dict[bytes, str]:
    """Each secret as UTF-8 (composed and decomposed) and UTF-16-LE bytes."""
    out: dict[bytes, str] = {}
    for value in secrets():
        for form in {unicodedata.normalize("NFC", value), unicodedata.normalize("NFD", value)}:
            for encoding in ("utf-8", "utf-16-le"):
                raw = form.encode(encoding)
                if len(raw) >= MIN_NEEDLE_BYTES:
                    out[raw] = f"{value!r} as {encoding}"
    return out


def walk_the_path(cli: Cli, inputs: Path, home: Path) -> str:
    """The consultant's path of test_consultant_journey, in short, leaving its traces."""
    ids = {p["surname"]: cli.ok("client", "add", input=client_json(p)).stdout.strip()
           for p in PEOPLE}
    isik = ids["Öztürk"]
    cli.ok("client", "update", isik, input=json.dumps({"phone": "+90 352 222 12 34"}))
    cli.ok("contact", "add", isik, input=json.dumps(
        {"date": "2026-03-02", "kind": "intake", "location": "Stadskantoor Eindhoven",
         "interpreter": True}))
    first = cli.ok("note", "add", isik, input=NOTES[0]).stdout.strip()
    second = cli.ok("note", "add", isik, "--text", NOTES[1]).stdout.strip()
    cli.ok("note", "amend", second, "--text", NOTES[2])
    cli.ok("note", "list", isik)
    assert first in cli.ok("note", "search", "schuldsanering").stdout
    assert isik in cli.ok("client", "search", "isik ozturk").stdout
    cli.ok("client", "show", isik)
    cli.ok("export", isik, "--out", inputs / "inzage.json")  # plaintext by explicit request
    cli.ok("check")
    backup = home / "backups" / "spreekuur.zip"
    backup.parent.mkdir()
    cli.ok("backup", "--out", backup)
    restored = home / "restored"
    cli.ok("restore", backup, data_dir=restored)
    cli.ok("restore", backup, "--replace", data_dir=restored)
    return isik


def kill_an_import_mid_way(cli: Cli, inputs: Path, client_id: str) -> None:
    """SIGKILL an import right after its first commit: the write-ahead log stays behind."""
    lines = [client_json({**person, "type": "client"}) for person in PEOPLE]
    lines += [json.dumps({"type": "note", "client_id": client_id,
                          "text": f"{IMPORT_NOTE} {i:05d}"}) for i in range(2000)]
    source = inputs / "bulk.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        command(cli.data_dir, "import", source, "--batch-size", "50"),
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=cli.env, cwd=cli.cwd,
        encoding="utf-8")
    try:
        first = process.stdout.readline()
        assert first.startswith("committed "), first
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        process.stdout.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_no_file_the_app_writes_holds_names_bsns_or_notes_in_the_clear(
        cli, inputs, home, tmp_path):
    isik = walk_the_path(cli, inputs, home)
    kill_an_import_mid_way(cli, inputs, isik)
    assert_user_error(cli("client", "list", CONSULTANT_APP_PASSPHRASE="verkeerd-wachtwoord"),
                      "Wrong passphrase")

    data_dir = cli.data_dir
    wal = data_dir / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the killed import left no WAL to read"
    files = [p for root in (home, tmp_path / "tmp") for p in sorted(root.rglob("*"))
             if p.is_file()]
    names = {str(p.relative_to(home)) for p in files if p.is_relative_to(home)}
    assert {"vault/vault.db", "vault/vault.db-wal", "vault/vault.db-shm", "vault/vault.keys",
            "vault/unlock.attempts", "backups/spreekuur.zip", "restored/vault.db"} <= names
    assert any(n.startswith("restored/replaced-") for n in names)

    leaks, wanted = [], needles()
    for path in files:
        content = path.read_bytes()
        leaks += [f"{path}: {what}" for raw, what in wanted.items() if raw in content]
    assert not leaks, "\n".join(leaks)

    for database in (data_dir / "vault.db", home / "restored" / "vault.db"):
        assert not database.read_bytes().startswith(b"SQLite format 3")
    # the needles are real: the same search finds them in the export the consultant asked for
    export = (inputs / "inzage.json").read_bytes()
    found = {what for raw, what in wanted.items() if raw in export}
    assert {f"{v!r} as utf-8" for v in ("Öztürk", ISIK["bsn"], NOTES[0])} <= found
