"""The registry database: URLs of both engines, the schema created once and versioned, a newer
schema refused, and concurrent pushes that never let a puller skip a row."""

from __future__ import annotations

import threading

import pytest

from consultant_app.registry import RegistryError
from consultant_app.registry.store import SCHEMA_VERSION, Store, parse_url
from tests.registry.people import (
    AMRA, FATIMA, NOORD, PASSWORD, RAMDIN, create, pull_all, push,
)


def test_database_urls_of_both_engines_are_understood():
    assert parse_url("postgresql://registry@db.example.org/spreekuur")[0] == "postgresql"
    assert parse_url("sqlite:////var/lib/spreekuur/registry.db") == (
        "sqlite", "/var/lib/spreekuur/registry.db")
    for wrong in ("sqlite:///", "mysql://db/spreekuur", "registry.db", ""):
        with pytest.raises(RegistryError) as refused:
            parse_url(wrong)
        assert refused.value.code == "registry_database_url"


def test_the_schema_is_made_once_and_a_newer_one_is_refused(database_url):
    Store.open(database_url).close()
    store = Store.open(database_url)
    with store.connection() as conn:
        assert conn.rows("SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
        assert conn.rows("SELECT name, value FROM counters") == [("seq", 0)]
        with conn.transaction():
            conn.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    store.close()
    with pytest.raises(RegistryError) as refused:
        Store.open(database_url)
    assert refused.value.code == "registry_schema_newer"


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_servers_starting_together_on_an_empty_database_make_one_schema(database_url):
    errors = []

    def start() -> None:
        try:
            Store.open(database_url).close()
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_concurrent_pushes_never_let_a_puller_skip_a_row(registry, team):
    """Commit order must be sequence order: a puller that saw sequence N never gets a row with a
    lower one later. Three colleagues push small batches at once while a fourth pulls."""
    registry.add_user("daan", NOORD, PASSWORD)
    pushers = {"anouk": team.anouk, "bram": team.bram, "chantal": team.chantal,
               "daan": registry.session("daan", PASSWORD)}
    created: dict[str, list[str]] = {name: [] for name in pushers}
    seqs: list[int] = []
    rounds, size = 15, 4

    def pushing(name: str) -> None:
        for round_ in range(rounds):
            batch = [create("clients", {**person, "phone": f"06-{round_:04d}{i:04d}"})
                     for i, person in enumerate((AMRA, FATIMA, RAMDIN, AMRA)[:size])]
            answer = push(pushers[name], batch, device_id=f"laptop-{name}")
            created[name] += [c["row_id"] for c in batch]
            seqs.extend(r["seq"] for r in answer["results"])

    threads = [threading.Thread(target=pushing, args=(name,)) for name in pushers]
    seen, cursor = [], 0
    with registry.client(registry.login("bram", PASSWORD)["access_token"]) as puller:
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            # Each pull reaches the head, where a batch committed out of order would show.
            page = puller.get("/v1/sync/changes", params={"since": cursor}).json()
            seen += page["rows"]
            cursor = page["next"]
        for thread in threads:
            thread.join()
        rest, _ = pull_all(puller, since=cursor)
    seen += rest
    pushers["daan"].close()

    assert sorted(seqs) == list(range(1, len(pushers) * rounds * size + 1))
    assert [r["seq"] for r in seen] == sorted(r["seq"] for r in seen)
    assert sorted(r["row_id"] for r in seen) == sorted(
        created["anouk"] + created["bram"] + created["daan"])
    assert registry.sql("SELECT value FROM counters") == [(len(seqs),)]


def test_an_older_registry_gets_each_synced_rows_document_when_it_upgrades(database_url):
    # A registry of schema 2 holds synced rows; the upgrade gives each its document (the
    # fields as PostgreSQL's binary JSON, which the annual report reads) without a push.
    store = Store.open(database_url)
    with store.connection() as conn, conn.transaction():
        conn.execute(
            "INSERT INTO records (row_id, entity, team, client_id, version, deleted, fields, "
            "created_at, created_by, changed_at, changed_by, last_seq) "
            "VALUES (?, 'contacts', 'noord', ?, 1, 0, ?, '2026-01-05', 'amra', '2026-01-05', "
            "'amra', 1)", ["01a2-contact", "01a2-client",
                           '{"client_id":"01a2-client","date":"2026-01-05","kind":"intake"}'])
        conn.execute("ALTER TABLE records DROP COLUMN document")
        conn.execute("UPDATE schema_version SET version = 2")
    store.close()
    store = Store.open(database_url)
    with store.connection() as conn:
        assert conn.rows("SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
        read = ("document ->> 'date'" if conn.dialect == "postgresql"
                else "json_extract(document, '$.date')")
        assert conn.rows(f"SELECT {read} FROM records") == [("2026-01-05",)]
    store.close()


def test_a_row_holding_a_nul_is_stored_and_counted_in_the_team_report(database_url):
    # jsonb cannot hold \u0000; a row stored before the row rules refused one (or planted)
    # must neither fail its write nor drop out of the team's figures.
    from consultant_app.registry.reports import team_report

    store = Store.open(database_url)
    rows = [("01a2-client", "clients", '{"country_of_birth":"TR","given_names":"I\\u0000k",'
                                        '"nationalities":"[\\"TR\\"]"}'),
            ("01a2-contact", "contacts", '{"client_id":"01a2-client","date":"2026-03-04",'
                                         '"kind":"intake","summary":"a\\u0000b"}'),
            # a backslash typed before "u0000": text, no NUL, and valid JSON either way
            ("01a2-contact2", "contacts", '{"client_id":"01a2-client","date":"2026-05-06",'
                                          '"kind":"intake","summary":"c:\\\\u0000"}')]
    with store.connection() as conn:
        with conn.transaction():
            for row_id, entity, fields in rows:
                conn.execute(
                    "INSERT INTO records (row_id, entity, team, client_id, version, deleted, "
                    "fields, created_at, created_by, changed_at, changed_by, last_seq) "
                    "VALUES (?, ?, 'noord', '01a2-client', 1, 0, ?, '2026-03-04', 'amra', "
                    "'2026-03-04', 'amra', 1)", [row_id, entity, fields])
        report = team_report(conn, "noord", 2026)
    store.close()
    assert report["clients"] == {"total": 1, "by_background": {"TR": 1}}
    assert report["services"] == {"intake": 1, "uitgebreide_begeleiding": 0}
