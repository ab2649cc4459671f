"""`import FILE.jsonl`: clients, contacts and notes from another system, committed in batches,
with every bad line named by its number while the rest goes in."""

from __future__ import annotations

import json
import os
import signal
import subprocess

import pytest

from tests.e2e.spreekuur_e2e import FATIMA, PASSPHRASE, RAMON, assert_user_error, command

FATIMA_ID = "01900000-0000-7000-8000-00000000f001"
RAMON_ID = "01900000-0000-7000-8000-00000000f002"
UNKNOWN_ID = "01900000-0000-7000-8000-00000000dead"


def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


MIXED = jsonl(
    {"type": "client", "id": FATIMA_ID, **FATIMA},                                   # 1
    {"type": "contact", "client_id": FATIMA_ID, "date": "2026-01-12", "kind": "intake",
     "location": "Wijkcentrum Rotterdam-Zuid (Afrikaanderwijk)", "language": "ber"},  # 2
    {"type": "note", "client_id": FATIMA_ID, "text": "Eerste gesprek over de AOW-korting"},  # 3
    '{"type": "client", "given_names": "Ramon", "surname": "Sewn',                   # 4
    {"type": "client", **RAMON, "bsn": "123456789"},                                 # 5
    {"type": "client", "id": RAMON_ID, **RAMON},                                     # 6
    {"type": "note", "client_id": UNKNOWN_ID, "text": "Wees zonder dossier"},         # 7
    "",                                                                              # 8
    {"type": "note", "client_id": RAMON_ID, "text": "Rekening bij De Surinaamsche Bank"},  # 9
    {"type": "contact", "client_id": RAMON_ID, "date": "2026-02-03", "kind": "informatie",
     "channel": "telefoon"},                                                         # 10
    {"type": "note", "client_id": FATIMA_ID, "text": "Levensbewijs via consulaat Nador"},  # 11
)


def test_import_commits_batches_reports_bad_lines_and_imports_the_rest(cli, inputs):
    source = inputs / "overdracht.jsonl"
    source.write_text(MIXED, encoding="utf-8")

    result = cli("import", source, "--batch-size", "3")

    assert result.returncode == 1, result.describe()
    # 7 good records, announced after each commit of at most 3 of them, in order
    committed = [int(line.removeprefix("committed ")) for line in result.stdout.splitlines()]
    assert result.stdout == "".join(f"committed {n}\n" for n in committed)
    steps = [b - a for a, b in zip([0, *committed], committed)]
    assert committed[-1] == 7 and all(0 < step <= 3 for step in steps), committed
    lines = result.stderr_lines
    assert lines[0] == "Line 4: Not valid JSON"
    assert lines[1].startswith("Line 5: bsn: ")
    assert lines[2].startswith("Line 7: ") and lines[2].endswith("client_id: Client not found")
    assert lines[3] == "consultant-app: 3 line(s) not imported, 7 imported"
    assert len(lines) == 4
    assert "Traceback" not in result.stderr
    for value in ("123456789", "Sewnarain", "Wees zonder dossier"):
        assert value not in result.stderr

    listed = cli.ok("client", "list").stdout.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [
        [FATIMA_ID, "Fatima Zahra El Amrani"], [RAMON_ID, "Ramon Sewnarain"]]
    fatima_notes = cli.ok("note", "list", FATIMA_ID, "--json").json()
    assert [n["text"] for n in fatima_notes] == [
        "Eerste gesprek over de AOW-korting", "Levensbewijs via consulaat Nador"]
    ramon_contacts = cli.ok("contact", "list", RAMON_ID, "--json").json()
    assert [(c["kind"], c["channel"]) for c in ramon_contacts] == [("informatie", "telefoon")]
    assert len(cli.ok("contact", "list", FATIMA_ID).stdout.splitlines()) == 1
    cli.ok("check")


def test_import_of_a_clean_file_exits_0_with_nothing_on_stderr(cli, inputs):
    source = inputs / "schoon.jsonl"
    source.write_text(jsonl(
        {"type": "client", "id": RAMON_ID, **RAMON},
        {"type": "note", "client_id": RAMON_ID, "text": "Pensioen SVB aangevraagd"},
    ), encoding="utf-8")
    result = cli.ok("import", source, "--batch-size", "3")
    assert result.stdout == "committed 2\n"
    assert result.stderr == ""


def test_import_problems_are_told_in_dutch_under_a_dutch_setting(cli, inputs):
    source = inputs / "kapot.jsonl"
    source.write_text(jsonl("{kapot", {"type": "brief"}), encoding="utf-8")
    result = cli("import", source, CONSULTANT_APP_LANG="nl")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr_lines == [
        "Regel 1: Geen geldige JSON",
        "Regel 2: type: Moet client, contact, note, case of case_event zijn",
        "consultant-app: 2 regel(s) niet geïmporteerd, 0 wel",
    ]


@pytest.mark.parametrize("bad", [
    '{"type": "note", "client_id": "' + RAMON_ID + '", "text": '
    + "[" * 100_000 + "]" * 100_000 + "}",
    '{"type": "note", "client_id": "' + RAMON_ID + '", "text": ' + "9" * 5_000 + "}",
], ids=["nested-100000-deep", "number-of-5000-digits"])
def test_a_line_beyond_what_python_parses_is_refused_and_the_rest_imported(cli, inputs, bad):
    source = inputs / "diep.jsonl"
    source.write_text(jsonl(
        {"type": "client", "id": RAMON_ID, **RAMON},
        bad,
        {"type": "note", "client_id": RAMON_ID, "text": "Pensioen SVB aangevraagd"},
    ), encoding="utf-8")

    result = cli("import", source)

    assert result.returncode == 1, result.describe()
    assert result.stderr_lines == ["Line 2: Not valid JSON",
                                   "consultant-app: 1 line(s) not imported, 2 imported"]
    assert [n["text"] for n in cli.ok("note", "list", RAMON_ID, "--json").json()] == [
        "Pensioen SVB aangevraagd"]


def test_import_of_a_missing_file_is_one_error_line(cli, inputs):
    assert_user_error(cli("import", inputs / "bestaat-niet.jsonl"), "Cannot read input file",
                      "bestaat-niet.jsonl: file does not exist")


def test_import_accepts_a_file_saved_with_a_utf8_byte_order_mark(cli, inputs):
    source = inputs / "notepad.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + jsonl(
        {"type": "client", "id": RAMON_ID, **RAMON},
        {"type": "note", "client_id": RAMON_ID, "text": "Opgeslagen met Kladblok"},
    ).replace("\n", "\r\n").encode("utf-8"))
    result = cli("import", source)
    assert result.returncode == 0, result.describe()
    assert result.stdout == "committed 2\n"


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name == "nt", reason="POSIX signals")
def test_ctrl_c_during_an_import_keeps_what_was_announced_and_says_so(cli, inputs):
    texts = [f"Notitie {i:04d}: pensioenopbouw Suriname nagevraagd" for i in range(2000)]
    source = inputs / "groot.jsonl"
    source.write_text(jsonl({"type": "client", "id": RAMON_ID, **RAMON},
                            *({"type": "note", "client_id": RAMON_ID, "text": t}
                              for t in texts)), encoding="utf-8")
    process = subprocess.Popen(command(cli.data_dir, "import", source, "--batch-size", "50"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env,
                               cwd=cli.cwd, encoding="utf-8")
    first = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=60)

    assert process.returncode == 1, (first, rest, errors)
    assert errors == "consultant-app: Interrupted; what was confirmed is kept\n"
    announced = [int(line.removeprefix("committed ")) for line in (first + rest).splitlines()]
    notes = cli.ok("note", "list", RAMON_ID, "--json").json()
    kept = len(notes) + 1  # the client is a record too
    assert announced[-1] <= kept <= announced[-1] + 50, (announced, kept)
    assert [n["text"] for n in notes] == texts[:len(notes)]


def test_import_of_a_windows_1252_file_names_the_encoding_problem(cli, inputs):
    source = inputs / "excel.jsonl"
    source.write_bytes(jsonl(
        {"type": "client", "id": RAMON_ID, **RAMON},
        {"type": "client", "id": FATIMA_ID, **FATIMA, "surname": "Öztürk"},
    ).encode("cp1252"))
    result = cli("import", source)
    assert result.returncode == 1
    assert "unexpected error" not in result.stderr, result.describe()
    assert "UTF-8" in result.stderr, result.describe()


def _rerun_file() -> tuple[str, int]:
    """Clients with and without ids, contacts and notes with and without ids, and the same
    note twice on purpose (two identical calls are two notes); and how many records it holds."""
    lines = []
    for c in range(12):
        client_id = f"01900000-0000-7000-8000-0000000c{c:04d}"
        person = {"type": "client", "given_names": "Ramon", "surname": f"Sewnarain {c}",
                  "birth_date": "1955-12-01"}
        lines.append({**person, "id": client_id})
        lines.append({**person, "surname": f"Ramdin {c}"})  # no id: known by its content
        lines.append({"type": "contact", "client_id": client_id, "date": "2026-02-03",
                      "kind": "informatie", "id": f"01900000-0000-7000-8000-0000000d{c:04d}"})
        lines.append({"type": "contact", "client_id": client_id, "date": "2026-02-04",
                      "kind": "informatie"})
        for n in range(4):
            lines.append({"type": "note", "client_id": client_id, "text": f"Notitie {n}"})
        lines.append({"type": "note", "client_id": client_id, "text": "Gebeld, geen gehoor"})
        lines.append({"type": "note", "client_id": client_id, "text": "Gebeld, geen gehoor"})
        lines.append({"type": "note", "client_id": client_id, "text": "Met id",
                      "id": f"01900000-0000-7000-8000-0000000e{c:04d}"})
    return jsonl(*lines), len(lines)


def _holdings(cli) -> tuple[int, int, int]:
    """Clients, contacts and notes in the vault, counted in-process with the core services."""
    from consultant_app.core.casefile import CaseFile
    from consultant_app.core.vault.vault import Vault

    with Vault.unlock(cli.data_dir, PASSPHRASE) as vault:
        casefile = CaseFile(vault)
        ids = [summary.id for summary in casefile.list_clients()]
        return (len(ids), sum(len(casefile.list_contacts(i)) for i in ids),
                sum(len(casefile.list_notes(i)) for i in ids))


def test_an_interrupted_import_run_again_adds_nothing_twice(cli, inputs):
    source = inputs / "overdracht.jsonl"
    text, records = _rerun_file()
    source.write_text(text, encoding="utf-8")
    process = subprocess.Popen(command(cli.data_dir, "import", source, "--batch-size", "20"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env,
                               cwd=cli.cwd, encoding="utf-8")
    assert process.stdout.readline().startswith("committed ")
    os.kill(process.pid, signal.SIGKILL)  # after the first batch, before the last
    process.communicate(timeout=60)

    again = cli("import", source, "--batch-size", "20")

    assert again.returncode == 0, again.describe()
    committed = [int(line.removeprefix("committed ")) for line in again.stdout.splitlines()]
    already = records - committed[-1]
    assert already >= 20 and again.stderr_lines == [
        f"{already} line(s) were imported before and are skipped"]
    assert _holdings(cli) == (24, 24, 12 * 7)
    rerun = cli.ok("import", source)
    assert rerun.stdout == "" and f"{records} line(s)" in rerun.stderr
    assert _holdings(cli) == (24, 24, 12 * 7)
    cli.ok("check")


CASE_ID = "01900000-0000-7000-8000-0000000ca5e1"
RUNNING_CASES = jsonl(
    {"type": "client", "id": RAMON_ID, **RAMON},
    {"type": "case", "id": CASE_ID, "client_id": RAMON_ID, "scheme": "remigratiewet",
     "opened_at": "2019-01-07"},
    {"type": "case_event", "case_id": CASE_ID, "kind": "ingediend", "date": "2019-01-14"},
    {"type": "case_event", "case_id": CASE_ID, "kind": "vertrokken", "date": "2019-05-01"},
    {"type": "case_event", "case_id": CASE_ID, "kind": "toegekend", "date": "2019-04-30"},
    {"type": "case_event", "case_id": CASE_ID, "kind": "vertrokken", "date": "2019-09-02"},
    {"type": "case", "client_id": RAMON_ID, "scheme": "remigratiewet-oud"},
    {"type": "case_event", "case_id": "01900000-0000-7000-8000-0000000ca5e9",
     "kind": "ingediend", "date": "2020-01-01"},
    {"type": "case_event", "case_id": CASE_ID, "kind": "levensbewijs_ontvangen",
     "date": "2020-31-12"},
)


def test_an_office_brings_its_running_cases_and_bad_lines_are_named(cli, inputs):
    source = inputs / "zaken.jsonl"
    source.write_text(RUNNING_CASES, encoding="utf-8")

    result = cli("import", source)

    assert result.returncode == 1
    assert result.stderr_lines == [
        "Line 4: The case is at ingediend: vertrokken cannot follow now (possible: toegekend, "
        "afgewezen, ingetrokken)",
        "Line 7: Unknown scheme remigratiewet-oud (see `rules list`)",
        "Line 8: Case not found",
        "Line 9: date: Not a real calendar date",
        "consultant-app: 4 line(s) not imported, 5 imported"]
    shown = cli.ok("case", "show", CASE_ID, "--json").json()
    assert (shown["client_id"], shown["opened_at"], shown["state"]) == (
        RAMON_ID, "2019-01-07", "vertrokken")
    assert [(e["kind"], e["date"]) for e in shown["events"]] == [
        ("ingediend", "2019-01-14"), ("toegekend", "2019-04-30"), ("vertrokken", "2019-09-02")]
    assert {d["kind"] for d in shown["deadlines"]} >= {"terugkeer_termijn", "levensbewijs"}

    again = cli("import", source)  # run again: nothing twice, the same lines refused
    assert cli.ok("case", "show", CASE_ID, "--json").json()["events"] == shown["events"]
    assert again.stderr_lines[-1] == "consultant-app: 4 line(s) not imported, 0 imported"
