"""Cases: the state machine (every allowed and every refused step), events kept in the order
they happened, refusals that name the state, the access log, the shared row rules, erasure."""

from __future__ import annotations

import datetime as dt

import pytest

from consultant_app.core.cases import states
from consultant_app.core.errors import CaseError, NotFoundError, RulesError, ValidationError
from consultant_app.core.messages import translate
from consultant_app.core.sync.rows import row_problem
from consultant_app.core.vault import audit
from consultant_app.core.workspace import Workspace
from tests.conftest import ISIK, PASSPHRASE

# Each kind of event and the states it may follow; every other pair is refused.
ALLOWED = {
    ("open", "ingediend"),
    ("ingediend", "toegekend"), ("ingediend", "afgewezen"), ("ingediend", "ingetrokken"),
    ("toegekend", "vertrokken"), ("toegekend", "ingetrokken"),
    ("vertrokken", "geschorst"), ("vertrokken", "ingetrokken"), ("vertrokken", "beeindigd"),
    ("vertrokken", "teruggekeerd"),
    ("geschorst", "ingetrokken"), ("geschorst", "beeindigd"), ("geschorst", "teruggekeerd"),
    # Records while the benefit runs: a change to report, a life certificate received (abroad).
    ("toegekend", "wijziging"), ("vertrokken", "wijziging"), ("geschorst", "wijziging"),
    ("vertrokken", "levensbewijs_ontvangen"), ("geschorst", "levensbewijs_ontvangen"),
}
# A path of events that reaches each state.
PATH = {"open": [], "ingediend": ["ingediend"], "toegekend": ["ingediend", "toegekend"],
        "afgewezen": ["ingediend", "afgewezen"],
        "vertrokken": ["ingediend", "toegekend", "vertrokken"],
        "geschorst": ["ingediend", "toegekend", "vertrokken", "geschorst"],
        "ingetrokken": ["ingediend", "ingetrokken"],
        "beeindigd": ["ingediend", "toegekend", "vertrokken", "beeindigd"],
        "teruggekeerd": ["ingediend", "toegekend", "vertrokken", "teruggekeerd"]}
PAIRS = [(state, kind) for state in states.STATES for kind in states.KINDS]


@pytest.fixture(scope="module")
def vault_dir_module(tmp_path_factory, _template_vault):
    import shutil
    folder = tmp_path_factory.mktemp("cases") / "vault"
    shutil.copytree(_template_vault, folder)
    return folder


@pytest.fixture(scope="module")
def shared(vault_dir_module):
    """One vault for the table of transitions (opening a vault per pair is slow)."""
    with Workspace.unlock(vault_dir_module, PASSPHRASE) as opened:
        yield opened, opened.casefile.add_client(ISIK)


def case_in(workspace, client_id, state):
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2023, 1, 2))
    for n, kind in enumerate(PATH[state]):
        workspace.cases.add_event(case_id, kind, dt.date(2023, 2, 1 + n))
    return case_id


def test_the_table_names_every_allowed_step():
    assert {(s, k) for s, k in PAIRS if s in states.ALLOWED_FROM[k]} == ALLOWED
    assert states.FINAL == {"afgewezen", "ingetrokken", "beeindigd", "teruggekeerd"}


def test_every_step_goes_forward_in_the_order_of_kinds():
    """So events of one date sort as they were taken, on every laptop (a record sorts after
    the step it follows)."""
    rank = {kind: n for n, kind in enumerate(states.KINDS)} | {"open": -1}
    assert all(rank[state] < rank[kind] for state, kind in ALLOWED)


def test_events_of_one_date_come_back_in_the_order_taken_whatever_their_ids(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet")
    for kind in ("ingediend", "toegekend", "vertrokken", "geschorst", "beeindigd"):
        workspace.cases.add_event(case_id, kind, "2024-03-01")
    # Written in one moment, with ids in the opposite order (as other laptops may make them).
    workspace.vault.db.execute("UPDATE case_events SET created_at = '2024-03-01T09:00:00Z', "
                               "id = replace(id, substr(id, 1, 8), printf('%08d', 99999999 - rid))")

    shown = workspace.cases.show(case_id)
    assert [e.kind for e in shown.case.events] == [
        "ingediend", "toegekend", "vertrokken", "geschorst", "beeindigd"]
    assert shown.state == "beeindigd"


@pytest.mark.parametrize("state,kind", PAIRS, ids=[f"{s}-{k}" for s, k in PAIRS])
def test_each_step_is_taken_or_refused_naming_the_state(shared, state, kind):
    workspace, client_id = shared
    case_id = case_in(workspace, client_id, state)
    assert workspace.cases.show(case_id).state == state

    if (state, kind) in ALLOWED:
        workspace.cases.add_event(case_id, kind, dt.date(2023, 3, 1))
        # A step moves the case on; a record leaves it where it was.
        assert workspace.cases.show(case_id).state == (state if kind in states.RECORDS else kind)
        return
    with pytest.raises(CaseError) as refused:
        workspace.cases.add_event(case_id, kind, dt.date(2023, 3, 1))
    assert refused.value.code == "case_event_out_of_order"
    assert refused.value.params["state"] == state
    for lang in ("nl", "en"):
        assert state in refused.value.message(lang) and kind in refused.value.message(lang)
    assert workspace.cases.show(case_id).state == state  # nothing written


def test_a_case_keeps_its_events_in_order_with_its_scheme_and_client(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2023, 1, 2))
    workspace.cases.add_event(case_id, "ingediend", "2023-01-10")
    workspace.cases.add_event(case_id, "toegekend", "2023-04-03")
    workspace.cases.add_event(case_id, "vertrokken", "2023-04-03")  # the same day is fine

    shown = workspace.cases.show(case_id).as_dict()
    assert (shown["client_id"], shown["scheme"], shown["opened_at"], shown["state"]) == (
        client_id, "remigratiewet", "2023-01-02", "vertrokken")
    assert [(e["kind"], e["date"]) for e in shown["events"]] == [
        ("ingediend", "2023-01-10"), ("toegekend", "2023-04-03"), ("vertrokken", "2023-04-03")]
    assert shown["next"] == ["geschorst", "ingetrokken", "beeindigd", "teruggekeerd",
                             "wijziging", "levensbewijs_ontvangen"]
    assert [c.case.id for c in workspace.cases.list("vertrokken")] == [case_id]
    assert workspace.cases.list("ingediend") == []
    logged = [(e.action, e.detail) for e in audit.entries_for(workspace.vault.db, client_id)]
    assert {("create", "case"), ("create", "case_event"), ("read", "case")} <= set(logged)


def test_a_clients_cases_come_with_their_deadlines_and_no_one_elses(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    other_id = workspace.casefile.add_client({**ISIK, "bsn": None, "given_names": "Ayla"})
    first = workspace.cases.open(client_id, "remigratiewet", dt.date(2019, 1, 2))
    workspace.cases.add_event(first, "ingediend", "2019-01-10")
    workspace.cases.add_event(first, "toegekend", "2019-08-31")
    second = workspace.cases.open(client_id, "remigratiewet", dt.date(2020, 1, 2))
    workspace.cases.open(other_id, "remigratiewet")

    found = workspace.cases.of_client(client_id)

    assert [c.case.id for c in found] == [first, second]
    assert [(d.kind, d.due) for d in found[0].deadlines if d.kind == "vertrek_uiterlijk"] == [
        ("vertrek_uiterlijk", dt.date(2020, 2, 29))]
    assert found[0].deadlines == workspace.cases.show(first).deadlines
    assert found[1].state == "open"
    logged = [(e.action, e.detail) for e in audit.entries_for(workspace.vault.db, client_id)]
    assert ("read", "case") in logged


def test_an_event_dated_before_the_last_is_refused(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet")
    workspace.cases.add_event(case_id, "ingediend", "2023-05-10")
    with pytest.raises(CaseError) as refused:
        workspace.cases.add_event(case_id, "toegekend", "2023-05-09")
    assert refused.value.code == "case_event_before_last"
    assert "2023-05-10" in refused.value.message("nl")


def test_bad_input_is_refused_and_nothing_written(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet")
    with pytest.raises(ValidationError) as bad_date:
        workspace.cases.add_event(case_id, "ingediend", "2023-02-30")
    assert bad_date.value.code == "date_impossible"
    with pytest.raises(CaseError) as bad_kind:
        workspace.cases.add_event(case_id, "verhuisd", "2023-02-03")
    assert bad_kind.value.code == "case_unknown_kind"
    with pytest.raises(CaseError) as bad_state:
        workspace.cases.list("verhuisd")
    assert bad_state.value.code == "case_unknown_state"
    with pytest.raises(RulesError):
        workspace.cases.open(client_id, "bijstand")
    with pytest.raises(NotFoundError) as no_client:
        workspace.cases.open("0190a0b0-0000-7000-8000-000000000000", "remigratiewet")
    assert no_client.value.code == "client_not_found"
    with pytest.raises(NotFoundError) as no_case:
        workspace.cases.add_event("0190a0b0-0000-7000-8000-000000000000", "ingediend",
                                  "2023-02-03")
    assert no_case.value.code == "case_not_found"
    assert workspace.vault.db.execute("SELECT count(*) FROM case_events").fetchone()[0] == 0
    assert len(workspace.cases.list()) == 1


def test_cases_and_events_follow_the_shared_row_rules(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = workspace.cases.open(client_id, "remigratiewet", dt.date(2023, 1, 2))
    event_id = workspace.cases.add_event(case_id, "ingediend", "2023-01-10")
    db = workspace.vault.db
    case = dict(zip(("client_id", "scheme", "opened_at"), db.execute(
        "SELECT client_id, scheme, opened_at FROM cases WHERE id = ?", [case_id]).fetchone()))
    event = dict(zip(("case_id", "client_id", "kind", "date"), db.execute(
        "SELECT case_id, client_id, kind, date FROM case_events WHERE id = ?",
        [event_id]).fetchone()))

    assert row_problem("cases", case) is None and row_problem("case_events", event) is None
    assert row_problem("case_events", {**event, "kind": "verhuisd"}).field == "kind"
    assert row_problem("case_events", {**event, "date": "2023-13-01"}).field == "date"
    assert row_problem("case_events", {**event, "case_id": "x"}).field == "case_id"
    assert row_problem("cases", {**case, "opened_at": None}).problem == "required"


def test_an_erased_client_leaves_no_case_content(workspace):
    client_id = workspace.casefile.add_client(ISIK)
    case_id = case_in(workspace, client_id, "vertrokken")

    workspace.casefile.erase_client(client_id)

    db = workspace.vault.db
    assert db.execute("SELECT deleted, scheme, opened_at FROM cases WHERE id = ?",
                      [case_id]).fetchone() == (1, "", "")
    assert set(db.execute("SELECT deleted, kind, date FROM case_events WHERE case_id = ?",
                          [case_id]).fetchall()) == {(1, "", "")}
    assert workspace.cases.list() == []
    with pytest.raises(NotFoundError):
        workspace.cases.show(case_id)


def test_every_case_message_has_dutch_and_english():
    for code in ("case_event_out_of_order", "case_event_before_last", "case_unknown_kind",
                 "case_unknown_state", "case_not_found", "case_event_not_found"):
        for lang in ("nl", "en"):
            assert translate(code, lang) != code
