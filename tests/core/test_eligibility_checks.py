"""Eligibility checks kept in the client file: each run is stored with the pack and data it was
decided on, logged, the same on the same data, refused edits, synced shape, gone on erasure."""

from __future__ import annotations

import datetime as dt

import pytest

from consultant_app.core.errors import NotFoundError, RulesError
from consultant_app.core.sync.rows import row_problem
from consultant_app.core.vault import audit
from tests.conftest import MEHMET

DAY = dt.date(2024, 6, 3)


def test_a_check_is_kept_with_pack_data_hash_verdict_and_outcomes(workspace):
    client_id = workspace.casefile.add_client(MEHMET)

    check_id, check = workspace.eligibility.check(client_id, "remigratiewet", DAY)

    [kept] = workspace.eligibility.history(client_id)
    assert kept.id == check_id
    assert (kept.scheme, kept.rules_version, kept.pack_hash, kept.data_hash) == (
        "remigratiewet", check.rules_version, check.pack_hash, check.data_hash)
    assert (kept.check_date, kept.verdict, kept.regime) == ("2024-06-03", "eligible", "2014")
    assert kept.consultant == "Anouk de Vries" and kept.created_at
    assert [(c["id"], c["outcome"]) for c in kept.conditions] == [
        (c.id, c.outcome) for c in check.conditions]
    assert all(c["code"] for c in kept.conditions)


def test_running_the_check_again_on_the_same_data_gives_the_same_result(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    first_id, _ = workspace.eligibility.check(client_id, "remigratiewet", DAY)
    workspace.casefile.update_client(client_id, {"phone": "06-99988877"})  # read by no rule
    second_id, _ = workspace.eligibility.check(client_id, "remigratiewet", DAY)

    first, second = workspace.eligibility.history(client_id)
    assert (first.id, second.id) == (first_id, second_id)
    assert (first.verdict, first.data_hash, first.conditions) == (
        second.verdict, second.data_hash, second.conditions)
    workspace.casefile.update_client(client_id, {"arrival_date": "2020-03-01"})
    workspace.eligibility.check(client_id, "remigratiewet", DAY)
    third = workspace.eligibility.history(client_id)[-1]
    assert third.verdict == "not_eligible" and third.data_hash != first.data_hash


def test_a_check_is_in_the_access_log_and_in_the_outbox(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    check_id, _ = workspace.eligibility.check(client_id, "remigratiewet", DAY)

    logged = [(e.action, e.detail) for e in audit.entries_for(workspace.vault.db, client_id)]
    assert ("read", "eligibility") in logged and ("create", "eligibility") in logged
    payload = workspace.vault.db.execute(
        "SELECT payload FROM outbox WHERE entity = 'eligibility_checks' AND row_id = ?",
        [check_id]).fetchone()
    assert payload is not None


def test_a_kept_check_follows_the_shared_row_rules(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    check_id, _ = workspace.eligibility.check(client_id, "remigratiewet", DAY)
    columns = ("client_id", "scheme", "rules_version", "pack_hash", "data_hash", "check_date",
               "regime", "verdict", "conditions", "consultant")
    row = dict(zip(columns, workspace.vault.db.execute(
        f"SELECT {', '.join(columns)} FROM eligibility_checks WHERE id = ?",
        [check_id]).fetchone()))

    assert row_problem("eligibility_checks", row) is None
    assert row_problem("eligibility_checks", {**row, "verdict": "maybe"}).field == "verdict"
    not_a_list = {**row, "conditions": '{"id": "age"}'}
    assert row_problem("eligibility_checks", not_a_list).field == "conditions"
    assert row_problem("eligibility_checks", {**row, "check_date": "2024-02-30"}).field == (
        "check_date")
    assert row_problem("eligibility_checks", {**row, "pack_hash": None}).problem == "required"


def test_a_kept_check_cannot_be_edited(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    check_id, _ = workspace.eligibility.check(client_id, "remigratiewet", DAY)

    with pytest.raises(Exception, match="append-only"):
        workspace.vault.db.execute(
            "UPDATE eligibility_checks SET verdict = 'eligible' WHERE id = ?", [check_id])


def test_an_erased_client_leaves_no_check_content(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    workspace.eligibility.check(client_id, "remigratiewet", DAY)

    workspace.casefile.erase_client(client_id)

    rows = workspace.vault.db.execute(
        "SELECT deleted, scheme, pack_hash, data_hash, check_date, regime, verdict, "
        "conditions, consultant FROM eligibility_checks WHERE client_id = ?",
        [client_id]).fetchall()
    assert rows and all(row[0] == 1 and not any(row[1:]) for row in rows)
    assert workspace.vault.db.execute(
        "SELECT count(*) FROM outbox WHERE entity = 'eligibility_checks'").fetchone()[0] == 0


def test_bad_input_writes_nothing(workspace):
    client_id = workspace.casefile.add_client(MEHMET)
    with pytest.raises(RulesError):
        workspace.eligibility.check(client_id, "remigratie", DAY)
    with pytest.raises(RulesError):
        workspace.eligibility.check(client_id, "remigratiewet", dt.date(1990, 1, 1))
    with pytest.raises(NotFoundError):
        workspace.eligibility.check("0190a0b0-0000-7000-8000-000000000000", "remigratiewet",
                                    DAY)
    assert workspace.vault.db.execute(
        "SELECT count(*) FROM eligibility_checks").fetchone()[0] == 0


def test_checking_every_client_gives_each_the_verdict_of_its_own_check(workspace):
    """One pass over all files (read a chunk at a time) decides as the single check does; the
    household counts (a partner who stays makes Mehmet not eligible); nothing is kept in the
    files unless asked, and every file read is in the access log."""
    staying = {**MEHMET, "given_names": "Ali",
               "partner": {**MEHMET["partner"], "co_migrates": False}}
    late = {**MEHMET, "given_names": "Hasan", "arrival_date": "2020-03-01"}
    ids = [workspace.casefile.add_client(c) for c in (MEHMET, staying, late, MEHMET)]
    expected = {}
    for client_id in ids:
        _, check = workspace.eligibility.check(client_id, "remigratiewet", DAY)
        expected[client_id] = (check.verdict, check.data_hash)
    kept_before = workspace.vault.db.execute(
        "SELECT count(*) FROM eligibility_checks").fetchone()[0]

    found = {client_id: (check.verdict, check.data_hash) for client_id, check in
             workspace.eligibility.check_all("remigratiewet", DAY, chunk=3)}

    assert found == expected
    assert sorted(v for v, _ in found.values()) == [
        "eligible", "eligible", "not_eligible", "not_eligible"]
    db = workspace.vault.db
    assert db.execute("SELECT count(*) FROM eligibility_checks").fetchone()[0] == kept_before
    for client_id in ids:
        reads = [e for e in audit.entries_for(db, client_id)
                 if (e.action, e.detail) == ("read", "eligibility")]
        assert len(reads) == 2  # its own check, then the pass over everyone

    list(workspace.eligibility.check_all("remigratiewet", DAY, keep=True))
    assert [len(workspace.eligibility.history(i)) for i in ids] == [2, 2, 2, 2]
    assert workspace.eligibility.history(ids[1])[-1].verdict == "not_eligible"


def test_checking_every_client_refuses_an_unknown_scheme_before_reading(workspace):
    with pytest.raises(RulesError):
        next(workspace.eligibility.check_all("geen-regeling", DAY))


def test_the_data_hash_of_the_same_file_stays_the_same_across_versions(workspace):
    """A kept check names the data it was decided on by this hash: a later version of the
    program must hash the same file (with a partner, whose record ids do not count) alike, or
    every kept check would seem decided on other data."""
    client_id = workspace.casefile.add_client(MEHMET)
    _, check = workspace.eligibility.check(client_id, "remigratiewet", DAY)
    assert check.data_hash == "1b0a9887f28fd396a2012f2072ce225c50debf18a02b797468aaac088c7efdbe"
