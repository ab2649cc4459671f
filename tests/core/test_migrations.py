"""Vaults made by earlier versions open, migrate, and lose nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from consultant_app.core.casefile import CaseFile
from consultant_app.core.vault import schema
from consultant_app.core.vault.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
FIXTURE_PASSPHRASE = "schema-een-kluis-2026"
ISIK_ID = "01a20000-0000-7000-8000-00000000a001"
EL_AMRANI_ID = "01a20000-0000-7000-8000-00000000a002"


def test_vault_of_the_first_schema_opens_migrates_and_keeps_everything(tmp_path):
    folder = tmp_path / "old-laptop"
    shutil.copytree(FIXTURE, folder)
    with Vault.unlock(folder, FIXTURE_PASSPHRASE) as vault:
        applied = [m.name for m in schema.migrations.applied(vault.db)]
        assert applied[0] == "m001_initial" and len(applied) == len(schema.migrations._migrations)
        assert vault.check() == []
        casefile = CaseFile(vault)
        isik = casefile.show_client(ISIK_ID)
        assert (isik.full_name, isik.bsn, isik.partner.given_names) == ("Işık Öztürk",
                                                                        "123456782", "Ayşe")
        assert len(isik.children) == 2
        notes = casefile.list_notes(ISIK_ID)
        assert notes[0].text == "Cliënt wil in mei terug naar Kayseri."
        assert notes[0].amendments[0].text == "Correctie: vertrek in juni."
        assert {s.id for s in casefile.search_clients("elamrani").items} == {EL_AMRANI_ID}
        assert [n.client_id for n in casefile.search_notes("rabat")] == [EL_AMRANI_ID]
        # Found by their own name first, also a client indexed before the upgrade: the new
        # Aksoy sorts before Öztürk but is found through his child only.
        aksoy = casefile.add_client({"given_names": "Ali", "surname": "Aksoy",
                                     "birth_date": "1962-02-02",
                                     "children": [{"given_names": "Deniz", "surname": "Öztürk"}]})
        assert [s.id for s in casefile.search_clients("ozturk").items] == [ISIK_ID, aksoy]
        assert casefile.list_contacts(ISIK_ID)[0].location == "Stadskantoor Eindhoven"
        # What the new schema adds works on the old data.
        casefile.add_follow_up(ISIK_ID, "2026-12-01", "Bellen over besluit SVB")
        assert [f.text for f in casefile.due_follow_ups("2026-12-31")] == [
            "Bellen over besluit SVB"]
    with Vault.unlock(folder, FIXTURE_PASSPHRASE) as vault:  # a second open migrates nothing
        assert schema.pending(vault.db) == []


def test_the_fixture_is_still_at_the_first_schema(tmp_path):
    # If this fails, the fixture was opened with the current code and migrated: restore it.
    import sqlcipher3
    from consultant_app.core.vault.keys import KeyFile

    assert sorted(p.name for p in FIXTURE.iterdir()) == ["vault.db", "vault.keys"]
    shutil.copy(FIXTURE / "vault.db", tmp_path / "vault.db")  # SQLite may add -wal/-shm files
    key = KeyFile.load(FIXTURE / "vault.keys").unwrap(FIXTURE_PASSPHRASE)
    conn = sqlcipher3.connect(str(tmp_path / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    conn.close()
    assert names == ["m001_initial"]


def _raw(folder: Path):
    """The fixture copy's database opened directly (no migration runs)."""
    import sqlcipher3
    from consultant_app.core.vault.keys import KeyFile

    key = KeyFile.load(folder / "vault.keys").unwrap(FIXTURE_PASSPHRASE)
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def test_every_location_name_of_the_contacts_before_the_upgrade_becomes_a_location(tmp_path):
    from consultant_app.core.office.service import OfficeService

    folder = tmp_path / "old-laptop"
    shutil.copytree(FIXTURE, folder)
    conn = _raw(folder)
    # More contacts as the first schema held them: names the preferences never had, one
    # contact without a location, one deleted contact at a place nobody else used.
    extra = [("01a20000-0000-7000-8000-00000000c101", "2024-11-05", "Moskee Al-Fath, Tilburg", 0),
             ("01a20000-0000-7000-8000-00000000c102", "2025-01-09", "Moskee Al-Fath, Tilburg", 0),
             ("01a20000-0000-7000-8000-00000000c103", "2025-02-01", None, 0),
             ("01a20000-0000-7000-8000-00000000c104", "2025-02-02", "Verwijderd Wijkhuis", 1)]
    conn.executemany(
        "INSERT INTO contacts (id, created_at, created_by, changed_at, changed_by, client_id, "
        "date, location, kind, deleted) VALUES (?, '2025-01-01T00:00:00.000+00:00', 'anouk', "
        "'2025-01-01T00:00:00.000+00:00', 'anouk', ?, ?, ?, 'intake', ?)",
        [(cid, ISIK_ID, day, place, deleted) for cid, day, place, deleted in extra])
    conn.commit()
    before = dict(conn.execute("SELECT id, location FROM contacts WHERE deleted = 0").fetchall())
    names = {name for name in before.values() if name}
    conn.close()
    assert len(names) >= 2

    with Vault.unlock(folder, FIXTURE_PASSPHRASE) as vault:
        locations = OfficeService(vault).locations()
        assert sorted(r["name"] for r in locations) == sorted(names)
        assert all(r["kind"] == "overig" and r["city"] is None for r in locations)
        by_name = {r["name"]: r for r in locations}
        assert by_name["Moskee Al-Fath, Tilburg"]["active_from"] == "2024-11-05"
        assert by_name["Moskee Al-Fath, Tilburg"]["contacts"] == 2
        after = {cid: (place, location_id) for cid, place, location_id in vault.db.execute(
            "SELECT id, location, location_id FROM contacts WHERE deleted = 0").fetchall()}
        # Every contact keeps its name, and points at the location of that name.
        assert {cid: place for cid, (place, _) in after.items()} == before
        assert all(location_id == (by_name[place]["id"] if place else None)
                   for place, location_id in after.values())
        # The registry and the other laptops hear of it at the next sync.
        waiting = dict(((entity, op), n) for entity, op, n in vault.db.execute(
            "SELECT entity, op, count(*) FROM outbox GROUP BY entity, op").fetchall())
        assert waiting[("locations", "create")] == len(names)
        assert waiting[("contacts", "update")] == sum(1 for p in before.values() if p)
        assert vault.check() == []


def test_a_migration_that_fails_names_its_step_and_leaves_the_vault_as_it_was(tmp_path,
                                                                              monkeypatch):
    import pytest

    from consultant_app.core.errors import VaultError

    folder = tmp_path / "old-laptop"
    shutil.copytree(FIXTURE, folder)

    def m099_breaks_on_this_data(db):
        # Writes first, then meets data it cannot take: a later version's bug, say.
        db.execute("UPDATE clients SET surname = 'X'")
        db.execute("INSERT INTO clients (id) VALUES (NULL)")

    failing = schema.migrations._Migration("m099_breaks_on_this_data",
                                           m099_breaks_on_this_data)
    monkeypatch.setattr(schema.migrations, "_migrations",
                        [*schema.migrations._migrations, failing])
    with pytest.raises(VaultError) as refused:
        Vault.unlock(folder, FIXTURE_PASSPHRASE)
    assert (refused.value.code, refused.value.params["step"]) == (
        "vault_upgrade_failed", "m099_breaks_on_this_data")
    conn = _raw(folder)  # every step of this opening rolled back, the earlier ones as well
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == [
            "m001_initial"]
        assert "Öztürk" in {r[0] for r in conn.execute("SELECT surname FROM clients")}
    finally:
        conn.close()
    monkeypatch.undo()  # the version without the faulty step opens it as before
    with Vault.unlock(folder, FIXTURE_PASSPHRASE) as vault:
        assert CaseFile(vault).show_client(ISIK_ID).surname == "Öztürk"


def test_a_vault_a_newer_version_upgraded_is_refused_before_anything_runs(tmp_path):
    import pytest

    from consultant_app.core.errors import VaultError
    
    folder = tmp_path / "old-laptop"
    shutil.copytree(FIXTURE, folder)
    conn = _raw(folder)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('consultant_app.vault', 'm099_from_the_future', '2027-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(VaultError) as refused:
        Vault.unlock(folder, FIXTURE_PASSPHRASE)
    assert refused.value.code == "vault_too_new"
    assert "nieuwere versie" in refused.value.message("nl")
    conn = _raw(folder)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == [
            "m001_initial", "m099_from_the_future"]  # none of this version's steps ran
    finally:
        conn.close()
