"""One bad row must not stop a team: the registry refuses every malformed row of the corpus
(tests/registry/malformed.py) pushed past a laptop's own validation, and laptops that still
receive such rows (planted in the registry's database, as an older registry let them in) set
them aside, apply the rest of the page and keep syncing. On a real registry over PostgreSQL."""

from __future__ import annotations

import json

import pytest

from consultant_app.core.sync.protocol import canonical
from tests.conftest import ISIK
from tests.registry.malformed import HUGE, bad_changes, case_of, corpus, plant, valid_rows
from tests.registry.people import change, create, new_id, pull_all, push
from tests.registry.test_sync_devices import _laptops

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def test_every_malformed_row_pushed_with_a_valid_token_is_refused_with_its_column(registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", valid_rows(client_id)["clients"], client_id)])
    bad = corpus(client_id)
    good = [create(entity, fields, case_of(client_id) if entity == "cases" else None)
            for entity, fields in valid_rows(client_id).items() if entity != "clients"]
    small = [b for b in bad if b.kind != "oversized"]

    answer = push(team.anouk, [create(b.entity, b.fields) for b in small] + good)
    results = answer["results"]
    for one, result in zip(small, results):
        assert (result["status"], result["reason"], result["field"]) == (
            "rejected", "invalid_row", one.column), (one.entity, one.kind, one.column)
        assert isinstance(result["problem"], str) and result["seq"] is None
    assert [r["status"] for r in results[len(small):]] == ["applied"] * len(good)
    for value in ("emperor", "garbage", "never", "31-02-1999", "\\u0000", "12345", "verhuisd",
                  "misschien", "gisteren"):
        assert value not in json.dumps(answer), value
    for one in (b for b in bad if b.kind == "oversized"):
        result = push(team.anouk, [create(one.entity, one.fields)])["results"][0]
        assert (result["reason"], result["field"], result["problem"]) == (
            "invalid_row", one.column, "too_long")

    rows, _ = pull_all(team.bram)
    assert sorted(r["entity"] for r in rows) == sorted(valid_rows(client_id))
    assert registry.sql("SELECT count(*) FROM records") == [(len(good) + 1,)]


def test_updates_are_held_to_the_same_rules_and_name_only_the_column(registry, team):
    client_id, member_id = new_id(), new_id()
    rows = valid_rows(client_id)
    push(team.anouk, [create("clients", rows["clients"], client_id),
                      create("household_members", rows["household_members"], member_id)])

    answer = push(team.bram, [
        {**create("clients", {}), "op": "update", "row_id": client_id, "base_version": 1,
         "fields": {"given_names": 42}},
        {**create("household_members", {}), "op": "update", "row_id": member_id,
         "base_version": 1, "fields": {"co_migrates": None}},
        {**create("clients", {}), "op": "update", "row_id": client_id, "base_version": 1,
         "fields": {"birth_date": "31-02-1999"}},
    ])

    assert [(r["reason"], r.get("field")) for r in answer["results"]] == [
        ("invalid_row", "given_names"), ("invalid", None), ("invalid_row", "birth_date")]
    assert "31-02-1999" not in json.dumps(answer)


def test_changes_that_move_a_case_row_or_edit_an_append_only_one_are_refused(registry, team):
    """Cases, case events, deadline marks and eligibility checks once stored: none moves to
    another client or case, a check or a mark is never edited or deleted, an edit keeps the
    row rules; each refusal has its reason and the row stays as it was."""
    client_id, other_client = new_id(), new_id()
    rows, other = valid_rows(client_id), valid_rows(other_client)
    ids = {entity: case_of(client_id) if entity == "cases" else new_id()
           for entity in ("eligibility_checks", "cases", "case_events", "deadline_marks")}
    push(team.anouk, [create("clients", rows["clients"], client_id),
                      create("clients", other["clients"], other_client),
                      create("cases", other["cases"], case_of(other_client)),
                      *(create(entity, rows[entity], row_id) for entity, row_id in ids.items())])
    before = registry.sql("SELECT row_id, version, fields FROM records ORDER BY row_id")
    bad = bad_changes(other_client, case_of(other_client))

    answer = push(team.bram, [
        change(one.entity, ids[one.entity], one.op, one.fields,
               {column: rows[one.entity].get(column) for column in one.fields}, 1)
        for one in bad])

    assert [(r["status"], r["reason"], r.get("field")) for r in answer["results"]] == [
        ("rejected", one.reason, one.column) for one in bad]
    assert registry.sql("SELECT row_id, version, fields FROM records ORDER BY row_id") == before
    assert "verhuisd" not in json.dumps(answer)


def test_a_create_on_another_teams_id_answers_as_any_refused_create(registry, team):
    """No existence oracle: what a create of team zuid hears about an id of team noord is what
    it hears about an id nobody has, for a bad row and for a good one alike."""
    theirs = new_id()
    push(team.anouk, [create("clients", valid_rows(theirs)["clients"], theirs)])
    unknown_client = new_id()

    def answers(row_id: str, client_id: str) -> list[tuple]:
        rows = valid_rows(client_id)
        result = push(team.chantal, [
            create("notes", {**rows["notes"], "text": 5}, row_id),
            create("notes", rows["notes"], row_id),
            create("household_members", {**rows["household_members"], "role": "emperor"},
                   row_id)])["results"]
        return [(r["status"], r["reason"], r["field"], r["problem"], r["seq"], r["version"])
                for r in result]

    taken = answers(theirs, unknown_client)  # the id exists, in another team
    free = answers(new_id(), unknown_client)  # the id exists nowhere
    assert taken == free
    assert [reason for _, reason, *_ in taken] == ["invalid_row", "not_permitted", "invalid_row"]


def test_device_audit_entries_about_another_teams_client_are_refused(registry, team):
    theirs, ours = new_id(), new_id()
    push(team.anouk, [create("clients", valid_rows(theirs)["clients"], theirs)])

    def entry(client_id: str) -> dict:
        return {"id": new_id(), "at": "2026-03-02T10:00:00.000+00:00", "actor": "Chantal",
                "on_behalf_of": None, "client_id": client_id, "action": "read",
                "device_id": "laptop-zuid", "detail": None}

    answer = push(team.chantal, [create("clients", valid_rows(ours)["clients"], ours)],
                  audit=[entry(theirs), entry(ours), entry(new_id())])

    assert (answer["audit_accepted"], answer["audit_refused"]) == (2, 1)
    stored = registry.sql("SELECT client_id, team FROM device_audit")
    assert theirs not in {client_id for client_id, _ in stored}
    assert (ours, "zuid") in stored and len(stored) == 2


def test_two_laptops_set_aside_planted_bad_rows_take_the_good_ones_and_keep_syncing(
        registry, tmp_path):
    with _laptops(registry, tmp_path) as (anouk, youssef):
        client_id = anouk.casefile.add_client(ISIK)
        anouk.sync.sync()
        bad = corpus(client_id)
        good = valid_rows(client_id)
        planted = []
        for i, one in enumerate(bad):  # good rows in between, in the same page
            row_id = new_id()
            planted.append((one.entity, row_id, row_id if one.entity == "clients"
                            else client_id, one.fields))
            if i % 30 == 0:
                entity = list(good)[(i // 30) % len(good)]
                good_id = new_id()
                planted.append((entity, good_id, good_id if entity == "clients" else client_id,
                                good[entity]))
        plant(registry, "eindhoven", planted)
        good_count = len(planted) - len(bad)

        receipts = [device.sync.sync() for device in (youssef, anouk)]

        for device, receipt in zip((youssef, anouk), receipts):
            assert receipt.set_aside == len(bad)
            assert receipt.checked and receipt.mismatches == ()
            assert device.sync.status().set_aside == len(bad)
            aside = device.sync.set_aside()
            assert sorted((a.entity, a.field) for a in aside) == sorted(
                (b.entity, b.column) for b in bad)
            assert device.vault.setting("sync_cursor") == str(
                registry.sql("SELECT value FROM counters")[0][0])
        assert receipts[0].pulled == 4 + good_count  # Işık, partner, two children; the good rows
        # Nothing of a bad row is in a vault; what it holds can be listed and read again.
        for device in (youssef, anouk):
            names = {c.full_name for c in device.casefile.list_clients()}
            assert not any(HUGE[:1000] in name or "\x00" in name for name in names)
            device.casefile.list_contacts(client_id)
            device.casefile.list_notes(client_id)
            device.casefile.list_follow_ups(client_id)

        # The team keeps working: a new note reaches the colleague, the check still agrees.
        note_id = anouk.casefile.add_note(client_id, "Na het incident: gesprek gaat door.")
        anouk.sync.sync()
        later = youssef.sync.sync()
        assert later.pulled == 1 and later.set_aside == 0
        assert later.checked and later.mismatches == ()
        assert note_id in {n.id for n in youssef.casefile.list_notes(client_id)}

        # A bad row put right at the registry arrives and is no longer aside.
        entity, row_id, owner, _ = next(p for p in planted if p[0] == "notes"
                                        and p[3].get("text") == 12345)
        (head,) = registry.sql("SELECT value FROM counters WHERE name = 'seq'")[0]
        registry.execute("UPDATE records SET fields = ?, version = 2, last_seq = ? "
                         "WHERE row_id = ?", (canonical(good["notes"]), head + 1, row_id))
        registry.execute("UPDATE counters SET value = ? WHERE name = 'seq'", (head + 1,))
        fixed = youssef.sync.sync()
        assert fixed.pulled == 1 and fixed.checked and fixed.mismatches == ()
        assert youssef.sync.status().set_aside == len(bad) - 1
        assert row_id in {n.id for n in youssef.casefile.list_notes(client_id)}
