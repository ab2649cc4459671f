"""Bulk import: bad lines are reported by number and skipped, the rest is committed in batches."""

from __future__ import annotations

import json

from consultant_app.core.importer import import_records
from tests.conftest import ISIK

CLIENT_ID = "01a20000-0000-7000-8000-0000000000c1"


def _lines(*records) -> list[str]:
    return [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]


def test_import_reports_bad_lines_by_number_and_keeps_the_rest(casefile):
    lines = _lines(
        {"type": "client", "id": CLIENT_ID, **ISIK},
        {"type": "note", "client_id": CLIENT_ID, "text": "Eerste gesprek op het stadskantoor."},
        "{not json",
        {"type": "client", "given_names": "Mehmet", "surname": "Yılmaz",
         "birth_date": "1958-01-17", "bsn": "123456789"},
        {"type": "note", "client_id": "01a20000-0000-7000-8000-00000000dead", "text": "weg"},
        {"type": "note", "client_id": CLIENT_ID, "text": "   "},
        {"type": "contact", "client_id": CLIENT_ID, "date": "2026-11-23", "kind": "intake"},
        "",
        {"type": "letter", "client_id": CLIENT_ID},
        {"type": "note", "client_id": CLIENT_ID, "text": "Tweede gesprek."},
    )
    commits, reported = [], []
    result = import_records(casefile, lines, batch_size=2, on_commit=commits.append,
                            on_problem=reported.append)
    assert [(p.line, p.error.message("en").split(":")[0]) for p in reported] == [
        (3, "Not valid JSON"), (4, "bsn"), (5, "client_id"), (6, "text"), (9, "type")]
    assert result.committed == 4 and commits[-1] == 4
    assert commits == sorted(commits)
    notes = [n.text for n in casefile.list_notes(CLIENT_ID)]
    assert notes == ["Eerste gesprek op het stadskantoor.", "Tweede gesprek."]
    assert len(casefile.list_contacts(CLIENT_ID)) == 1
    assert casefile.count_clients() == 1


def test_imported_notes_are_searchable_and_audited_like_typed_ones(casefile):
    lines = _lines({"type": "client", "id": CLIENT_ID, **ISIK},
                   *({"type": "note", "client_id": CLIENT_ID, "text": f"Levensbewijs {i} Kayseri"}
                     for i in range(30)))
    import_records(casefile, lines, batch_size=7)
    assert len(casefile.search_notes("levensbewijs kayseri", limit=100)) == 30
    creates = casefile.db.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'create' AND detail = 'note'").fetchone()
    assert creates[0] == 30
    outbox = casefile.db.execute("SELECT count(*) FROM outbox WHERE entity = 'notes'").fetchone()
    assert outbox[0] == 30
    assert casefile.vault.check() == []


def test_clients_without_ids_all_arrive_and_a_reused_id_is_refused_per_line(casefile):
    people = [{"type": "client", "given_names": g, "surname": "Ramdin", "birth_date": "1950-01-0"
               + str(i)} for i, g in enumerate(["Sita", "Ravi", "Anjali", "Kiran"], start=1)]
    lines = _lines(*people, {"type": "client", "id": CLIENT_ID, **ISIK},
                   {"type": "client", "id": CLIENT_ID, **ISIK})
    result = import_records(casefile, lines, batch_size=100)
    assert [(p.line, p.error.errors[0].field) for p in result.problems] == [(6, "id")]
    again = import_records(casefile, lines[4:5])  # the same line: applied already, not a problem
    assert again.problems == [] and again.already == 1
    other = import_records(casefile, _lines({"type": "client", "id": CLIENT_ID, **ISIK,
                                             "given_names": "Ayşe"}))
    assert [(p.line, p.error.errors[0].field) for p in other.problems] == [(1, "id")]
    assert casefile.count_clients() == 5


def test_the_same_lines_imported_again_add_nothing_and_identical_lines_stay_two(casefile):
    lines = _lines({"type": "client", "given_names": "Sita", "surname": "Ramdin",
                    "birth_date": "1950-01-01"})
    import_records(casefile, lines)
    [client] = casefile.list_clients()
    calls = _lines({"type": "note", "client_id": client.id, "text": "Gebeld, geen gehoor"},
                   {"type": "note", "client_id": client.id, "text": "Gebeld, geen gehoor"},
                   {"type": "contact", "client_id": client.id, "date": "2026-02-04",
                    "kind": "informatie"})

    first = import_records(casefile, calls, batch_size=1)
    again = import_records(casefile, lines + calls)

    assert (first.committed, again.committed, again.already) == (3, 0, 4)
    assert len(casefile.list_clients()) == 1
    assert [n.text for n in casefile.list_notes(client.id)] == ["Gebeld, geen gehoor"] * 2
    assert len(casefile.list_contacts(client.id)) == 1


def test_erasing_a_person_also_forgets_the_fingerprints_of_their_import_lines(casefile):
    import_records(casefile, _lines({"type": "client", "id": CLIENT_ID, **ISIK},
                                    {"type": "note", "client_id": CLIENT_ID, "text": "Intake"}))
    count = "SELECT count(*) FROM import_lines WHERE client_id = ?"
    assert casefile.db.execute(count, [CLIENT_ID]).fetchone()[0] == 2

    casefile.erase_client(CLIENT_ID)

    assert casefile.db.execute(count, [CLIENT_ID]).fetchone()[0] == 0


def test_an_imported_change_may_name_its_fields_and_a_bad_name_is_its_lines_problem(workspace):
    client_id = "0190a0b0-0000-7000-8000-0000000000c1"
    case_id = "0190a0b0-0000-7000-8000-0000000000c2"
    problems = []
    result = import_records(workspace.casefile, _lines(
        {**ISIK, "type": "client", "id": client_id},
        {"type": "case", "id": case_id, "client_id": client_id, "scheme": "remigratiewet",
         "opened_at": "2024-06-03"},
        {"type": "case_event", "case_id": case_id, "kind": "ingediend", "date": "2024-06-10"},
        {"type": "case_event", "case_id": case_id, "kind": "toegekend", "date": "2024-08-31"},
        {"type": "case_event", "case_id": case_id, "kind": "wijziging", "date": "2024-09-02",
         "fields": ["destination", "children"]},
        {"type": "case_event", "case_id": case_id, "kind": "wijziging", "date": "2024-09-03"},
        {"type": "case_event", "case_id": case_id, "kind": "wijziging", "date": "2024-09-04",
         "fields": ["inkomen"]},
    ), cases=workspace.cases, on_problem=problems.append)

    events = workspace.cases.show(case_id).case.events
    assert [(e.kind, e.fields) for e in events][2:] == [
        ("wijziging", ("destination", "children")), ("wijziging", ())]
    assert [(p.line, p.error.errors[0].field) for p in problems] == [(7, "fields")]
    assert result.committed == 6
