"""Two consultants' laptops syncing through a real registry (HTTP on loopback, PostgreSQL or
SQLite behind it): they converge, clashes become conflicts shown to a person, a cut-off sync
resumes without loss or duplicates, an erasure reaches every device, and teams stay apart."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from consultant_app.core.errors import LetterError, SyncError
from consultant_app.core.sync.protocol import ENTITIES
from consultant_app.core.vault import replica
from tests.conftest import ISIK
from tests.registry.devices import LAPTOP_PASSWORD as PASSWORD, make_device
from tests.registry.proxy import CuttingProxy



@contextlib.contextmanager
def _laptops(server, tmp_path):
    """Anouk and Youssef of team Eindhoven, each on a laptop logged in to the registry."""
    devices = []
    try:
        for user in ("anouk", "youssef"):
            server.add_user(user, "eindhoven", PASSWORD)
            devices.append(make_device(tmp_path / user, user))
            devices[-1].sync.login(server.url, user, PASSWORD)
        yield devices
    finally:
        for device in devices:
            device.vault.close()


@pytest.fixture
def team(registry, tmp_path):
    with _laptops(registry, tmp_path) as devices:
        yield devices


@pytest.fixture
def killable_team(registry_process, tmp_path):
    """The same laptops, with a registry process that can be killed."""
    with _laptops(registry_process, tmp_path) as devices:
        yield devices


def _file_with_notes(device, count: int) -> str:
    """Işık's file with `count` notes of distinct text (so a duplicate would show)."""
    client_id = device.casefile.add_client(ISIK)
    device.casefile.add_notes([(client_id, f"Notitie {i} over de aanvraag.")
                               for i in range(count)])
    return client_id


def _sync_all(*devices):
    return [device.sync.sync() for device in devices]


def test_a_colleague_receives_the_whole_household_and_finds_it_by_name(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.casefile.add_note(client_id, "Levensbewijs besproken, tolk Turks aanwezig.")
    first = anouk.sync.sync()
    assert first.pushed == 5 and first.rejected == 0  # client, partner, 2 children, note

    receipt = youssef.sync.sync()
    assert receipt.pulled == 5
    assert receipt.checked and receipt.mismatches == ()
    client = youssef.casefile.show_client(client_id)
    assert (client.given_names, client.surname, client.bsn) == ("Işık", "Öztürk", "123456782")
    assert client.partner.given_names == "Ayşe"
    assert sorted(c.given_names for c in client.children) == ["Emre", "Zeynep"]
    assert [s.id for s in youssef.casefile.search_clients("isik ozturk").items] == [client_id]
    assert [s.id for s in youssef.casefile.search_clients("zeynep").items] == [client_id]
    assert [n.text for n in youssef.casefile.list_notes(client_id)] == [
        "Levensbewijs besproken, tolk Turks aanwezig."]
    assert [n.id for n in youssef.casefile.search_notes("levensbewijs")]


def test_notes_from_both_sides_arrive_once_and_different_fields_merge(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    _sync_all(anouk, youssef)
    anouk.casefile.add_note(client_id, "Spreekuur Woensel: formulier M1 meegegeven.")
    youssef.casefile.add_note(client_id, "Belde over de huurachterstand.")
    anouk.casefile.update_client(client_id, {"phone": "06-11112222"})
    youssef.casefile.update_client(client_id, {"email": "isik.ozturk@example.org"})

    _, second, _ = _sync_all(anouk, youssef, anouk)
    assert second.merged == 1 and second.conflicts == 0

    for device in (anouk, youssef):
        notes = [n.text for n in device.casefile.list_notes(client_id)]
        assert sorted(notes) == ["Belde over de huurachterstand.",
                                 "Spreekuur Woensel: formulier M1 meegegeven."]
        client = device.casefile.show_client(client_id)
        assert (client.phone, client.email) == ("+31611112222", "isik.ozturk@example.org")
    assert replica.summary(anouk.vault.db) == replica.summary(youssef.vault.db)


def test_the_same_field_edited_on_both_laptops_is_one_conflict_keeping_both(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    _sync_all(anouk, youssef)
    anouk.casefile.update_client(client_id, {"phone": "06-11112222"})
    youssef.casefile.update_client(client_id, {"phone": "06-99998888"})
    anouk.sync.sync()

    receipt = youssef.sync.sync()
    assert receipt.conflicts == 1 and receipt.pushed == 1
    (conflict,) = youssef.sync.conflicts()
    assert (conflict.client_name, conflict.field) == ("Işık Öztürk", "phone")
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        "+31612345678", "+31699998888", "+31611112222")
    # Until Youssef chooses, his laptop shows what the registry holds.
    assert youssef.casefile.show_client(client_id).phone == "+31611112222"

    youssef.sync.resolve(conflict.id, keep="mine")
    assert youssef.sync.conflicts() == []
    _sync_all(youssef, anouk)
    assert anouk.casefile.show_client(client_id).phone == "+31699998888"
    assert anouk.sync.conflicts() == []


def test_a_sync_cut_off_mid_push_resumes_without_loss_or_duplicates(registry, team, tmp_path):
    anouk, youssef = team
    client_id = _file_with_notes(anouk, 1200)
    proxy = CuttingProxy(registry.port)
    try:
        anouk.sync.login(proxy.url, "anouk", PASSWORD)
        # token, first batch, second batch: that reaches the registry, its answer does not,
        # nor those of the two tries after it
        proxy.cut_after_request(3, times=3)
        with pytest.raises(SyncError) as cut:
            anouk.sync.sync()
        assert cut.value.code == "registry_unreachable" and proxy.cut.is_set()
        assert 0 < replica.count_pending(anouk.vault.db) < 1205
        receipt = anouk.sync.sync()
    finally:
        proxy.close()
    assert receipt.checked and receipt.mismatches == () and receipt.rejected == 0
    assert replica.count_pending(anouk.vault.db) == 0
    youssef.sync.sync()
    texts = [n.text for n in youssef.casefile.list_notes(client_id)]
    assert len(texts) == 1200 == len(set(texts))


def test_a_lost_answer_on_a_flaky_link_is_asked_again_within_the_same_sync(registry, team):
    anouk, youssef = team
    client_id = _file_with_notes(anouk, 1200)
    proxy = CuttingProxy(registry.port)
    try:
        anouk.sync.login(proxy.url, "anouk", PASSWORD)
        youssef.sync.login(proxy.url, "youssef", PASSWORD)
        proxy.cut_after_request(3)  # the second batch is applied; its answer is lost once
        receipt = anouk.sync.sync()
        assert proxy.cut.is_set()
        assert receipt.pushed == 1204 and receipt.checked and not receipt.mismatches
        proxy.cut_after_request(3)  # and a page of the colleague's pull, once
        assert youssef.sync.sync().pulled == 1204
    finally:
        proxy.close()
    texts = [n.text for n in youssef.casefile.list_notes(client_id)]
    assert len(texts) == 1200 == len(set(texts))


def test_a_sync_cut_off_mid_pull_resumes_where_it_stopped(registry, team):
    anouk, youssef = team
    anouk.casefile.add_clients([anouk.casefile.prepare_client(
        {**ISIK, "given_names": f"Işık {i}", "partner": None, "children": []})
        for i in range(4500)])
    anouk.sync.sync()
    proxy = CuttingProxy(registry.port)
    try:
        youssef.sync.login(proxy.url, "youssef", PASSWORD)
        proxy.cut_after_request(3, times=3)  # token, page 1, page 2: the second page is lost
        with pytest.raises(SyncError):
            youssef.sync.sync()
        partial = youssef.count("clients")
        assert 0 < partial < 4500
        receipt = youssef.sync.sync()
    finally:
        proxy.close()
    assert receipt.pulled == 4500 - partial
    assert youssef.count("clients") == 4500 and receipt.checked and not receipt.mismatches


def test_a_killed_registry_loses_nothing_and_the_next_sync_delivers(registry_process,
                                                                    killable_team):
    anouk, youssef = killable_team
    registry = registry_process
    client_id = anouk.casefile.add_client(ISIK)
    registry.kill()
    with pytest.raises(SyncError) as down:
        anouk.sync.sync()
    assert down.value.code == "registry_unreachable"
    assert replica.count_pending(anouk.vault.db) == 4
    registry.start()
    assert anouk.sync.sync().pushed == 4
    youssef.sync.sync()
    assert youssef.casefile.show_client(client_id).surname == "Öztürk"


def test_erasing_a_person_removes_them_from_every_laptop(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.casefile.add_note(client_id, "Gesprek over terugkeer naar Kayseri.")
    _sync_all(anouk, youssef)

    anouk.casefile.erase_client(client_id)
    _sync_all(anouk, youssef)
    for device in (anouk, youssef):
        assert device.casefile.search_clients("ozturk").items == []
        assert device.casefile.search_notes("kayseri") == []
        assert device.count("clients") == device.count("notes") == 0
        assert not _text_anywhere(device.vault.db, "Öztürk")
        assert not _text_anywhere(device.vault.db, "Kayseri")


def _text_anywhere(db, needle: str) -> bool:
    """Any table cell holding `needle` (the FTS tables hold only folded text, checked too)."""
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]
        for column in columns:
            hit = db.execute(f"SELECT 1 FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE ? "
                             "LIMIT 1", [f"%{needle}%"]).fetchone()
            if hit:
                return True
    return False


def test_another_team_receives_nothing_and_cannot_write_into_the_file(registry, team, tmp_path):
    anouk, _ = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.sync.sync()
    registry.add_user("sanne", "tilburg", PASSWORD)
    sanne = make_device(tmp_path / "sanne", "sanne")
    try:
        sanne.sync.login(registry.url, "sanne", PASSWORD)
        assert sanne.sync.sync().pulled == 0
        assert sanne.count("clients") == 0
        # A note written under a client id learnt some other way is refused, and kept here.
        sanne.vault.db.execute("PRAGMA foreign_keys = OFF")
        from consultant_app.core.vault import notes
        from consultant_app.core.domain.records import NewNote

        notes.add_notes(sanne.vault.db, [NewNote(client_id, "Poging.")], sanne.vault.identity)
        receipt = sanne.sync.sync()
        assert receipt.rejected == 1
        assert receipt.checked and receipt.mismatches == ()  # explained by the refusal
        assert [r.reason for r in sanne.sync.rejected()] == ["not_permitted"]
    finally:
        sanne.vault.close()
    anouk.sync.sync()
    assert [n.text for n in anouk.casefile.list_notes(client_id)] == []


def test_counts_and_checksums_match_for_every_entity_after_sync(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.casefile.add_contact(client_id, {"date": "2026-11-02", "kind": "intake",
                                           "location": "Wijkcentrum Woensel"})
    anouk.casefile.add_follow_up(client_id, "2026-12-01", "Bel terug na besluit SVB")
    anouk.casefile.add_note(client_id, "Aanvraag besproken.")
    anouk.eligibility.check(client_id, "remigratiewet", dt.date(2024, 6, 3))
    case_id = anouk.cases.open(client_id, "remigratiewet")
    anouk.cases.add_event(case_id, "ingediend", "2024-06-10")
    anouk.cases.mark_done(anouk.cases.show(case_id).deadlines[0].id)
    office = anouk.workspace.office  # the team's own records (the contact made a location)
    partner = office.add_partner({"name": "Gemeente Eindhoven", "kind": "gemeente",
                                  "city": "Eindhoven"})
    office.add_relation(partner, {"date": "2026-11-03", "kind": "overleg"})
    office.add_audience("eritrees")
    office.add_group_session({"date": "2026-11-04", "audience": "eritrees", "attendees": 8,
                              "location_id": office.location_named("Wijkcentrum Woensel")["id"]})
    office.set_figure(2026, "applications_total", 1480, "SVB")
    anouk.workspace.reports.publish(2026)
    _sync_all(anouk, youssef)
    assert replica.summary(youssef.vault.db) == replica.summary(anouk.vault.db)
    assert all(replica.summary(youssef.vault.db)[e]["count"] for e in ENTITIES
               if e not in ("letters",))


def test_a_letter_made_on_one_laptop_opens_on_the_other_byte_for_byte(team, tmp_path):
    from datetime import date

    from consultant_app.core.letters.library import TemplateLibrary
    from consultant_app.core.letters.service import LetterService
    from consultant_app.core.paths import templates_dir

    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    library = TemplateLibrary(templates_dir())
    anouk.vault.set_setting("organisation_address", "Postbus 1234, 3500 AA Utrecht")
    anouk.vault.set_setting("organisation_phone", "030 123 45 67")
    made = LetterService(anouk.vault, library, "Stadskantoor Eindhoven")
    template = next(t for t in library.listed(date(2026, 11, 30))
                    if not made.preflight(client_id, t, date(2026, 11, 30)))
    letter, content = made.make(client_id, template, date(2026, 11, 30))
    _sync_all(anouk, youssef)

    there = LetterService(youssef.vault, TemplateLibrary(templates_dir()), "Woensel")
    (received,) = there.list_letters(client_id)
    assert received.id == letter.id
    assert there.content(letter.id)[1] == content
    # Without the template, the other laptop says where the letter can be opened.
    youssef.vault.db.execute("DELETE FROM letter_blobs")
    bare = LetterService(youssef.vault, TemplateLibrary(tmp_path / "none"), "Woensel")
    with pytest.raises(LetterError) as elsewhere:
        bare.content(letter.id)
    assert elsewhere.value.code == "letter_template_elsewhere"


def test_a_disabled_account_stops_the_next_sync_and_asks_for_a_login(registry, team):
    anouk, _ = team
    anouk.casefile.add_client(ISIK)
    anouk.sync.sync()
    anouk.casefile.add_note(anouk.casefile.list_clients()[0].id, "Na de diefstal van de laptop.")
    registry.disable_user("anouk")  # the laptop was stolen
    with pytest.raises(SyncError) as refused:
        anouk.sync.sync()
    assert refused.value.code == "login_required"
    assert replica.count_pending(anouk.vault.db) == 1
    assert anouk.sync.status().logged_in is False


def test_another_protocol_version_is_named_in_the_message(team, monkeypatch):
    from consultant_app.core.sync import transport

    anouk, _ = team
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", 2)
    with pytest.raises(SyncError) as mismatch:
        anouk.sync.sync()
    assert mismatch.value.code == "protocol_mismatch"
    assert "protocolversie 1, deze app versie 2" in mismatch.value.message("nl")


def test_a_note_written_offline_about_a_person_erased_meanwhile_goes_with_them(team):
    anouk, youssef = team
    client_id = anouk.casefile.add_client(ISIK)
    _sync_all(anouk, youssef)
    youssef.casefile.add_note(client_id, "Offline geschreven: bezoek in Kayseri gepland.")
    anouk.casefile.erase_client(client_id)
    anouk.sync.sync()

    receipt = youssef.sync.sync()
    assert receipt.rejected == 1 and receipt.checked and not receipt.mismatches
    assert youssef.sync.rejected() == []  # the refused note left with the person
    assert not _text_anywhere(youssef.vault.db, "Kayseri")
    assert youssef.count("clients") == 0


def test_the_laptops_access_log_reaches_the_registry_once(registry, team):
    anouk, _ = team
    client_id = anouk.casefile.add_client(ISIK)
    anouk.casefile.reveal_bsn(client_id)
    anouk.sync.sync()
    anouk.sync.sync()  # nothing new: nothing sent twice
    logged = registry.sql("SELECT action, client_id, detail FROM device_audit WHERE "
                          "device_id = ? ORDER BY at", (anouk.vault.identity.device_id,))
    assert logged == [("create", client_id, None), ("reveal", client_id, "bsn")]
