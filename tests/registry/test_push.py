"""Pushing changes to a real registry: team isolation, idempotent replays, field merges and
conflicts, and the rules of the protocol (append-only notes, immutable and required columns)."""

from __future__ import annotations

import httpx
import pytest

from consultant_app.core.sync.protocol import MAX_BATCH, summarize
from tests.registry.people import (
    AMRA, FATIMA, ISIK, RAMDIN, change, create, delete, new_id, note, pull_all, push, update,
)


def _statuses(answer: dict) -> list[tuple[str, str | None]]:
    return [(r["status"], r["reason"]) for r in answer["results"]]


def _state(registry) -> tuple:
    """Everything a push could change: the rows, the stored changes and the counter."""
    return (registry.sql("SELECT row_id, version, deleted, fields, last_seq FROM records "
                         "ORDER BY row_id"),
            registry.sql("SELECT seq, change_id, digest, payload, result FROM changes "
                         "ORDER BY seq"),
            registry.sql("SELECT value FROM counters"))


def test_colleague_pulls_what_a_consultant_pushed_and_other_team_pulls_nothing(registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", ISIK, client_id), note(client_id, "Eerste gesprek")])

    rows, cursor = pull_all(team.bram)
    assert [(r["entity"], r["client_id"], r["fields"].get("surname")) for r in rows] == [
        ("clients", client_id, "Öztürk"), ("notes", client_id, None)]
    assert cursor == rows[-1]["seq"]

    other, other_cursor = pull_all(team.chantal)
    assert (other, other_cursor) == ([], 0)
    summary = team.chantal.get("/v1/sync/summary").json()
    assert summary["head"] == 0
    assert {e["count"] for e in summary["entities"].values()} == {0}


def test_push_to_another_teams_client_is_refused_and_changes_nothing(registry, team):
    client_id, note_id = new_id(), new_id()
    push(team.anouk, [create("clients", FATIMA, client_id), create(
        "notes", {"client_id": client_id, "text": "Pensioen Marokko"}, note_id)])
    before = _state(registry)

    answer = push(team.chantal, [
        update("clients", client_id, {"phone": "06-99999999"}, {}, 1),
        note(client_id, "Niet van ons team"),
        create("household_members", {"client_id": client_id, "role": "partner", "co_migrates": 0,
                                     "given_names": "Yasmina", "surname": "El Amrani"}),
        delete("clients", client_id, 1),
        delete("notes", note_id, 1),
        create("clients", RAMDIN, client_id),
    ])

    assert _statuses(answer) == [("rejected", "not_permitted")] * 6
    assert all(r["seq"] is None and r["version"] is None for r in answer["results"])
    assert _state(registry) == before


def test_unknown_row_gets_the_same_answer_as_another_teams_row(registry, team):
    answer = push(team.chantal, [update("clients", new_id(), {"phone": "06-1"}, {}, 1),
                                 note(new_id(), "Voor een onbekende cliënt")])
    assert _statuses(answer) == [("rejected", "not_permitted")] * 2


def test_replaying_a_push_changes_nothing_and_answers_the_first_results(registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", ISIK, client_id)])
    push(team.bram, [update("clients", client_id, {"phone": "06-22222222"},
                            {"phone": ISIK["phone"]}, 1)])
    batch = [note(client_id, "Gesprek over remigratie"),
             update("clients", client_id, {"phone": "06-33333333", "surname": "Öztürk-Kaya"},
                    {"phone": ISIK["phone"], "surname": "Öztürk"}, 1)]
    first = push(team.anouk, batch)
    assert _statuses(first) == [("applied", None), ("conflict", None)]
    before = _state(registry)

    again = push(team.anouk, batch)

    assert _statuses(again) == [("duplicate", None)] * 2
    for one, other in zip(first["results"], again["results"]):
        assert (other["seq"], other["version"], other["conflicts"]) == (
            one["seq"], one["version"], one["conflicts"])
    assert _state(registry) == before


def test_same_change_id_with_other_content_is_rejected(registry, team):
    client_id = new_id()
    first = create("clients", AMRA, client_id)
    push(team.anouk, [first])
    before = _state(registry)
    reused = {**first, "fields": {**AMRA, "surname": "Hadžić-Begić"}}

    answer = push(team.anouk, [reused])

    assert _statuses(answer) == [("rejected", "change_id_reused")]
    assert _state(registry) == before


def test_edits_of_different_fields_on_two_devices_merge(registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", ISIK, client_id)])

    mine = push(team.anouk, [update("clients", client_id, {"phone": "06-11111111"},
                                    {"phone": ISIK["phone"]}, 1)])
    theirs = push(team.bram, [update("clients", client_id, {"surname": "Öztürk-Yılmaz"},
                                     {"surname": "Öztürk"}, 1)])

    assert _statuses(mine) == [("applied", None)]
    assert _statuses(theirs) == [("merged", None)]
    assert theirs["results"][0]["version"] == 3
    rows, _ = pull_all(team.anouk)
    assert rows[-1]["fields"]["phone"] == "06-11111111"
    assert rows[-1]["fields"]["surname"] == "Öztürk-Yılmaz"
    assert rows[-1]["version"] == 3


def test_same_field_edited_on_two_devices_is_a_conflict_that_keeps_the_servers_value(
        registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", RAMDIN, client_id)])
    push(team.anouk, [update("clients", client_id, {"phone": "0597-123456"}, {}, 1)])

    answer = push(team.bram, [update("clients", client_id,
                                     {"phone": "+597 8123456", "language": "srn"},
                                     {"phone": None, "language": None}, 1)])

    assert _statuses(answer) == [("conflict", None)]
    assert answer["results"][0]["conflicts"] == [
        {"field": "phone", "base": None, "mine": "+597 8123456", "theirs": "0597-123456"}]
    rows, _ = pull_all(team.bram)
    assert rows[-1]["fields"]["phone"] == "0597-123456"
    assert rows[-1]["fields"]["language"] == "srn"


def test_the_same_new_value_on_two_devices_is_no_conflict(registry, team):
    client_id = new_id()
    push(team.anouk, [create("clients", AMRA, client_id)])
    push(team.anouk, [update("clients", client_id, {"language": "bs"}, {}, 1)])
    answer = push(team.bram, [update("clients", client_id, {"language": "bs"}, {}, 1)])
    assert _statuses(answer) == [("merged", None)]


def test_notes_are_append_only_and_linking_columns_immutable(registry, team):
    client_id, other_client, note_id, member_id = new_id(), new_id(), new_id(), new_id()
    push(team.anouk, [
        create("clients", ISIK, client_id), create("clients", FATIMA, other_client),
        create("notes", {"client_id": client_id, "text": "Afspraak gemaakt"}, note_id),
        create("household_members", {"client_id": client_id, "role": "partner", "co_migrates": 1,
                                     "given_names": "Ayşe", "surname": "Öztürk"}, member_id)])

    answer = push(team.anouk, [
        update("notes", note_id, {"text": "Anders"}, {"text": "Afspraak gemaakt"}, 1),
        delete("notes", note_id, 1),
        update("household_members", member_id, {"client_id": other_client},
               {"client_id": client_id}, 1),
        update("household_members", member_id, {"role": "child"}, {"role": "partner"}, 1),
        update("household_members", member_id, {"role": "partner", "given_names": "Ayşe Nur"},
               {"role": "partner", "given_names": "Ayşe"}, 1),
    ])

    assert _statuses(answer) == [("rejected", "append_only"), ("rejected", "append_only"),
                                 ("rejected", "immutable_field"),
                                 ("rejected", "immutable_field"), ("applied", None)]


def test_malformed_changes_are_rejected_as_invalid_and_the_rest_applies(registry, team):
    client_id = new_id()
    answer = push(team.anouk, [
        create("clients", {"given_names": "Amra"}),                        # no surname
        create("clients", {**AMRA, "favourite_colour": "blauw"}),          # unknown column
        create("pets", {"name": "Pamuk"}),                                 # unknown entity
        change("clients", "not-a-uuid", "create", AMRA),
        {**create("clients", AMRA), "change_id": "1"},
        create("notes", {"client_id": 42, "text": "Geen id"}),
        create("clients", AMRA, client_id),
        update("clients", client_id, {"surname": None}, {"surname": "Hadžić"}, 1),
    ])
    assert _statuses(answer) == [("rejected", "invalid_row")] + [("rejected", "invalid")] * 5 + [
        ("applied", None), ("rejected", "invalid")]
    assert (answer["results"][0]["field"], answer["results"][0]["problem"]) == (
        "surname", "required")


def test_create_of_an_existing_row_and_update_of_a_deleted_row_are_rejected(registry, team):
    client_id, contact_id = new_id(), new_id()
    contact = {"client_id": client_id, "date": "2026-03-02", "kind": "intake"}
    push(team.anouk, [create("clients", RAMDIN, client_id),
                      create("contacts", contact, contact_id), delete("contacts", contact_id, 1)])

    answer = push(team.bram, [create("contacts", contact, contact_id),
                              update("contacts", contact_id, {"kind": "follow_up"}, {}, 2),
                              delete("contacts", contact_id, 2)])

    assert _statuses(answer) == [("rejected", "row_exists"), ("rejected", "row_deleted"),
                                 ("rejected", "row_deleted")]
    rows, _ = pull_all(team.bram)
    assert [(r["row_id"], r["deleted"], r["fields"]) for r in rows if r["entity"] == "contacts"] \
        == [(contact_id, True, {})]


def test_pull_pages_in_sequence_order_and_a_row_changed_twice_arrives_once(registry, team):
    ids = [new_id() for _ in range(5)]
    push(team.anouk, [create("clients", {**AMRA, "phone": f"06-1234567{i}"}, i_d)
                      for i, i_d in enumerate(ids)])
    push(team.anouk, [update("clients", ids[0], {"phone": "06-99999999"},
                             {"phone": "06-12345670"}, 1)])

    rows, cursor = pull_all(team.bram, limit=2)

    assert [r["row_id"] for r in rows] == ids[1:] + ids[:1]
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)
    assert cursor == 6
    page = team.bram.get("/v1/sync/changes", params={"since": cursor}).json()
    assert page == {"rows": [], "next": cursor, "more": False}


def test_summary_matches_counts_and_checksums_computed_from_the_pulled_rows(registry, team):
    client_id, gone = new_id(), new_id()
    push(team.anouk, [create("clients", ISIK, client_id), create("clients", FATIMA, gone),
                      note(client_id, "Een"), note(client_id, "Twee"),
                      create("follow_ups", {"client_id": client_id, "due_date": "2026-04-01",
                                            "text": "Bellen"}),
                      delete("clients", gone, 1)])
    rows, cursor = pull_all(team.bram)
    summary = team.bram.get("/v1/sync/summary").json()

    assert summary["head"] == cursor
    for entity, figures in summary["entities"].items():
        live = [(r["row_id"], r["fields"]) for r in rows
                if r["entity"] == entity and not r["deleted"]]
        assert figures == summarize(entity, live), entity
    assert summary["entities"]["clients"]["count"] == 1


def test_values_that_no_device_could_store_are_refused_without_a_server_error(registry, team):
    def send(text: str) -> httpx.Response:
        return team.anouk.post("/v1/sync/push", content=text,
                               headers={"content-type": "application/json"})

    for value in ("NaN", "Infinity", str(2**64), "1e400"):
        answer = send('{"device_id": "d", "changes": [{"change_id": "%s", "entity": "clients", '
                      '"row_id": "%s", "op": "create", "fields": {"given_names": "Işık", '
                      '"surname": "Öztürk", "phone": %s}}]}' % (new_id(), new_id(), value))
        assert (answer.status_code, answer.json().get("code")) == (422, "invalid"), answer.text
        assert "Öztürk" not in answer.text
    lone = send('{"device_id": "d", "changes": [{"change_id": "%s", "entity": "clients", '
                '"row_id": "%s", "op": "create", "fields": {"given_names": "\\ud800", '
                '"surname": "Öztürk"}}]}' % (new_id(), new_id()))
    assert lone.status_code == 422
    # NUL travels fine in JSON, but no laptop would store it: refused by the shared row rules.
    answer = push(team.anouk, [create("clients", {**ISIK, "phone": "06\x0012"})])
    assert _statuses(answer) == [("rejected", "invalid_row")]
    assert pull_all(team.bram) == ([], 0)


def test_a_version_that_is_not_a_whole_number_is_refused_not_read_as_one(registry, team):
    # JSON true is not version 1 (a lax reader would apply the change on top of version 1).
    for version in ("true", "1.5", '"1"'):
        answer = team.anouk.post(
            "/v1/sync/push", headers={"content-type": "application/json"},
            content='{"device_id": "d", "changes": [{"change_id": "%s", "entity": "clients", '
                    '"row_id": "%s", "op": "update", "base_version": %s, '
                    '"fields": {"surname": "Öztürk"}}]}' % (new_id(), new_id(), version))
        assert (answer.status_code, answer.json().get("code")) == (422, "invalid"), version
    assert registry.sql("SELECT count(*) FROM records") == [(0,)]


def test_a_batch_over_the_limit_is_refused_whole(registry, team):
    changes = [create("clients", AMRA) for _ in range(MAX_BATCH + 1)]
    answer = team.anouk.post("/v1/sync/push", json={"device_id": "d", "changes": changes})
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid"
    assert "Hadžić" not in answer.text
    assert registry.sql("SELECT count(*) FROM records") == [(0,)]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_device_audit_entries_are_kept_once_and_the_api_audit_holds_no_values(registry, team):
    client_id = new_id()
    entry = {"id": new_id(), "at": "2026-03-02T10:00:00.000+00:00", "actor": "Anouk de Vries",
             "on_behalf_of": "Stichting Remigratie-advies", "client_id": client_id,
             "action": "read", "device_id": "laptop-1", "detail": None}
    first = push(team.anouk, [create("clients", ISIK, client_id)], audit=[entry])
    again = push(team.anouk, [], audit=[entry])
    pull_all(team.bram)

    assert (first["audit_accepted"], again["audit_accepted"]) == (1, 1)
    assert registry.sql("SELECT id, user_name, team FROM device_audit") == [
        (entry["id"], "anouk", "noord")]
    audit = registry.sql("SELECT user_name, action, detail FROM api_audit ORDER BY id")
    assert [(user, action) for user, action, _ in audit] == [
        ("anouk", "login"), ("bram", "login"), ("chantal", "login"), ("anouk", "push"),
        ("anouk", "push"), ("bram", "pull")]
    assert client_id in audit[3][2]
    assert not any("Öztürk" in (detail or "") or "Işık" in (detail or "")
                   for _, _, detail in audit)
