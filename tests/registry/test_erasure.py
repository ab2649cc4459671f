"""Deleting a client erases the person on the registry: every row of theirs becomes a tombstone
for the team's devices, and nothing about them stays in any table, stored changes included."""

from __future__ import annotations

from tests.registry.people import (
    FATIMA, ISIK, create, delete, new_id, note, pull_all, push, update,
)

TRACES = ("Öztürk", "Işık", "Ayşe", "Kayseri", "06-12345678", "06-11111111", "06-22222222",
          "verhuizing naar Kayseri")


def _everything(registry) -> str:
    """Every value of every table of the registry database, as one text to search in."""
    if registry.store.dialect == "postgresql":
        tables = [t for (t,) in registry.sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    else:
        tables = [t for (t,) in registry.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"records", "changes", "api_audit", "device_audit", "tokens"} <= set(tables)
    return "\n".join(repr(row) for table in tables
                     for row in registry.sql(f"SELECT * FROM {table}"))


def test_erasing_a_client_leaves_tombstones_and_no_trace_of_the_person(registry, team):
    isik, fatima, partner, contact = new_id(), new_id(), new_id(), new_id()
    first_note = note(isik, "Gesprek over verhuizing naar Kayseri")
    push(team.anouk, [
        create("clients", ISIK, isik), create("clients", FATIMA, fatima),
        create("household_members", {"client_id": isik, "role": "partner", "co_migrates": 1,
                                     "given_names": "Ayşe", "surname": "Öztürk"}, partner),
        create("contacts", {"client_id": isik, "date": "2026-03-02", "kind": "intake",
                            "location": "Kayseri"}, contact),
        first_note, note(fatima, "Pensioen Marokko")])
    # A conflict stores the values of both sides with the change: those must go too.
    push(team.anouk, [update("clients", isik, {"phone": "06-11111111"},
                             {"phone": ISIK["phone"]}, 1)])
    conflict = push(team.bram, [update("clients", isik, {"phone": "06-22222222"},
                                       {"phone": ISIK["phone"]}, 1)])
    assert conflict["results"][0]["status"] == "conflict"
    _, cursor = pull_all(team.bram)

    erased = push(team.bram, [delete("clients", isik, 3)])

    assert erased["results"][0]["status"] == "applied"
    rows, _ = pull_all(team.anouk, since=cursor)
    assert {r["row_id"]: (r["deleted"], r["fields"]) for r in rows} == {
        isik: (True, {}), partner: (True, {}), contact: (True, {}),
        first_note["row_id"]: (True, {})}
    assert rows[-1]["row_id"] == isik  # the client's tombstone comes after those of its rows
    assert len({r["seq"] for r in rows}) == 4
    everything = _everything(registry)
    assert [trace for trace in TRACES if trace in everything] == []
    assert "El Amrani" in everything and "Pensioen Marokko" in everything


def test_changes_to_an_erased_client_are_rejected_and_a_replay_is_harmless(registry, team):
    isik = new_id()
    created = create("clients", ISIK, isik)
    push(team.anouk, [created])
    push(team.anouk, [delete("clients", isik, 1)])
    before = registry.sql("SELECT value FROM counters")

    answer = push(team.bram, [
        update("clients", isik, {"phone": "06-2"}, {"phone": ISIK["phone"]}, 1),
        note(isik, "Na het wissen"),
        create("clients", ISIK, isik),
        delete("clients", isik, 2),
        created,
    ])

    assert [(r["status"], r["reason"]) for r in answer["results"]] == [
        ("rejected", "row_deleted"), ("rejected", "not_permitted"), ("rejected", "row_exists"),
        ("rejected", "row_deleted"), ("duplicate", None)]
    assert registry.sql("SELECT value FROM counters") == before
    summary = team.bram.get("/v1/sync/summary").json()
    assert summary["entities"]["clients"]["count"] == 0
