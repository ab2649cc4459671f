"""Follow-up tasks and a case's deadlines from the command line: a derived deadline is marked
done with `followup done` like a task, and an id that is neither is one line and exit 1."""

from __future__ import annotations

import pytest

from tests.e2e.spreekuur_e2e import Cli, assert_user_error, client_json
from tests.e2e.test_cases_cli import FATIMA, UNKNOWN


@pytest.fixture
def awarded(cli) -> tuple[Cli, str, str]:
    """Fatima's case, awarded on 2024-08-31 (departure due 2025-02-28, BRP 2025-03-15)."""
    client_id = cli.ok("client", "add", input=client_json(FATIMA)).stdout.strip()
    case_id = cli.ok("case", "open", client_id, "--scheme", "remigratiewet",
                     "--date", "2024-05-02").stdout.strip()
    cli.ok("case", "event", case_id, "--kind", "ingediend", "--date", "2024-05-06")
    cli.ok("case", "event", case_id, "--kind", "toegekend", "--date", "2024-08-31")
    return cli, client_id, case_id


def deadlines(cli: Cli, case_id: str) -> dict[str, dict]:
    return {d["kind"]: d for d in cli.ok("case", "show", case_id, "--json").json()["deadlines"]}


def test_followup_done_marks_a_case_deadline_done(awarded):
    cli, _, case_id = awarded
    departure = deadlines(cli, case_id)["vertrek_uiterlijk"]

    done = cli.ok("followup", "done", departure["id"])

    assert done.stdout == ""
    after = deadlines(cli, case_id)
    assert (after["vertrek_uiterlijk"]["status"], after["vertrek_uiterlijk"]["due"]) == (
        "done", "2025-02-28")
    assert after["vertrek_uiterlijk"]["done_at"]
    assert after["brp_uitschrijven"]["status"] == "open"
    cli.ok("followup", "done", departure["id"])  # again: still done, no error
    assert deadlines(cli, case_id)["vertrek_uiterlijk"]["done_at"] == \
        after["vertrek_uiterlijk"]["done_at"]


def test_followup_done_still_marks_a_task(awarded):
    cli, client_id, _ = awarded
    task_id = cli.ok("followup", "add", client_id, "--due", "2025-01-10",
                     "--text", "Bel SVB").stdout.strip()

    cli.ok("followup", "done", task_id)

    assert f"{task_id}\t[x] 2025-01-10" in cli.ok("followup", "list", client_id).stdout


def test_followup_done_with_an_unknown_id_is_one_line_and_exit_1(awarded):
    cli, _, _ = awarded

    assert_user_error(cli("followup", "done", UNKNOWN), "Task not found", absent=(UNKNOWN,))
    assert_user_error(cli("followup", "done", UNKNOWN, LANG="nl_NL.UTF-8"),
                      "Taak niet gevonden")


def test_followup_list_json_holds_tasks_and_open_deadlines_by_date(awarded):
    cli, client_id, case_id = awarded
    task_id = cli.ok("followup", "add", client_id, "--due", "2025-03-01",
                     "--text", "Bel SVB").stdout.strip()
    done_id = cli.ok("followup", "add", client_id, "--due", "2025-01-02",
                     "--text", "Stuur brief").stdout.strip()
    cli.ok("followup", "done", done_id)
    found = deadlines(cli, case_id)

    listed = cli.ok("followup", "list", client_id, "--json").json()

    assert [(i["kind"], i["due"], i["status"]) for i in listed] == [
        ("deadline", "2025-02-28", "open"), ("task", "2025-03-01", "open"),
        ("deadline", "2025-03-15", "open"), ("task", "2025-01-02", "done")]
    departure, task, leave, done = listed
    assert departure == {
        "id": found["vertrek_uiterlijk"]["id"], "client_id": client_id, "kind": "deadline",
        "due": "2025-02-28", "rule": "vertrek_uiterlijk", "text": "Leave at the latest",
        "case_id": case_id, "window_start": None,
        "source": found["vertrek_uiterlijk"]["source"], "status": "open",
        "fields": []}
    assert (leave["rule"], leave["window_start"]) == ("brp_uitschrijven", "2025-03-10")
    assert (task["id"], task["client_id"], task["text"], task["done_at"]) == (
        task_id, client_id, "Bel SVB", None)
    assert done["id"] == done_id and done["done_at"]

    cli.ok("followup", "done", departure["id"])
    by_date = cli.ok("followup", "list", "--due", "2025-03-01", "--json").json()
    assert [(i["kind"], i["id"]) for i in by_date] == [("task", task_id)]


def test_followup_list_text_puts_deadlines_among_the_task_lines_by_date(awarded):
    cli, client_id, _ = awarded
    task_id = cli.ok("followup", "add", client_id, "--due", "2025-03-01",
                     "--text", "Bel SVB").stdout.strip()

    lines = cli.ok("followup", "list", "--due", "2025-03-12").stdout.splitlines()

    assert [line.split("\t")[1:] for line in lines] == [
        ["[ ] 2025-02-28", "Fatima El Idrissi", "Leave at the latest"],
        ["[ ] 2025-03-01", "Fatima El Idrissi", "Bel SVB"]]
    assert lines[1] == f"{task_id}\t[ ] 2025-03-01\tFatima El Idrissi\tBel SVB"
    dutch = cli.ok("followup", "list", "--due", "2025-03-12", LANG="nl_NL.UTF-8").stdout
    assert dutch.splitlines()[0].endswith("\tUiterlijk vertrekken")


def test_followup_undo_reopens_a_deadline_marked_done_by_mistake(awarded):
    cli, client_id, case_id = awarded
    departure = deadlines(cli, case_id)["vertrek_uiterlijk"]
    cli.ok("followup", "done", departure["id"])
    assert departure["id"] not in cli.ok("followup", "list", client_id).stdout

    undone = cli.ok("followup", "undo", departure["id"])

    assert undone.stdout == ""
    after = deadlines(cli, case_id)["vertrek_uiterlijk"]
    assert (after["status"], after["done_at"], after["due"]) == ("open", None, "2025-02-28")
    listed = cli.ok("followup", "list", "--due", "2025-12-31").stdout
    assert f"{departure['id']}\t[ ] 2025-02-28" in listed  # past its date: due again


def test_followup_undo_of_an_unknown_or_unmarked_deadline_is_one_line_and_exit_1(awarded):
    cli, _, case_id = awarded
    departure = deadlines(cli, case_id)["vertrek_uiterlijk"]

    assert_user_error(cli("followup", "undo", UNKNOWN), "Deadline not found", absent=(UNKNOWN,))
    assert_user_error(cli("followup", "undo", UNKNOWN, LANG="nl_NL.UTF-8"),
                      "Termijn niet gevonden")
    assert_user_error(cli("followup", "undo", departure["id"]), "not marked done")
    assert_user_error(cli("followup", "undo", departure["id"], LANG="nl_NL.UTF-8"),
                      "niet als afgerond gemarkeerd")


def test_followup_undo_reopens_a_task_marked_done_by_mistake(cli):
    client_id = cli.ok("client", "add", input=client_json(FATIMA)).stdout.strip()
    task = cli.ok("followup", "add", client_id, "--due", "2026-11-20", "--text",
                  "Kopie paspoort opvragen").stdout.strip()
    assert_user_error(cli("followup", "undo", task), "This task is not done")
    cli.ok("followup", "done", task)

    assert cli.ok("followup", "undo", task).stdout == ""

    assert f"{task}\t[ ] 2026-11-20" in cli.ok("followup", "list", client_id).stdout
