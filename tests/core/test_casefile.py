"""What a consultant does with a file: add, change, find, register contacts, write notes, export."""

from __future__ import annotations

import json

import pytest

from consultant_app.core.errors import NotFoundError, ValidationError, ValidationErrors
from consultant_app.core.vault.vault import Vault
from tests.conftest import ISIK, PASSPHRASE

HOUSEHOLDS = [
    ISIK,
    {"given_names": "Mehmet", "surname": "Yılmaz", "birth_date": "1958-01-17"},
    {"given_names": "Fatima Zahra", "surname": "El Amrani", "birth_date": "1960-06-01"},
    {"given_names": "Mohammed", "surname": "El-Amrani", "birth_date": "1957-12-24"},
    {"given_names": "Rabindra", "surname": "Jagessar", "birth_date": "1955-04-04",
     "partner": {"given_names": "Sita", "surname": "Ramdin", "co_migrates": True}},
    {"given_names": "Selma", "surname": "Hodžić", "birth_date": "1966-08-08",
     "children": [{"given_names": "Emir", "surname": "Begić", "co_migrates": True}]},
    {"given_names": "Tesfay", "surname": "Haile", "birth_date": "1968-02-02"},
]


@pytest.fixture
def filled(casefile):
    ids = {f"{c['given_names']} {c['surname']}": casefile.add_client(c) for c in HOUSEHOLDS}
    return casefile, ids


def found(casefile, query) -> set[str]:
    return {s.full_name for s in casefile.search_clients(query).items}


@pytest.mark.parametrize("query", ["isik", "IŞIK", "Işı", "ozturk", "Öztü", "öztürk", "isik ozt"])
def test_typing_finds_isik_ozturk_however_it_is_typed(filled, query):
    casefile, _ = filled
    assert found(casefile, query) == {"Işık Öztürk"}


def test_yilmaz_finds_yilmaz_and_not_ozturk(filled):
    casefile, _ = filled
    # Zeynep Öztürk-Yılmaz is Işık's daughter: her name leads to her father's file.
    assert found(casefile, "yilmaz") == {"Mehmet Yılmaz", "Işık Öztürk"}
    assert found(casefile, "mehmet yilmaz") == {"Mehmet Yılmaz"}


@pytest.mark.parametrize("query", ["elamrani", "el-amrani", "el amrani", "El Amr", "EL-AMRANI"])
def test_el_amrani_spellings_find_both_families(filled, query):
    casefile, _ = filled
    assert found(casefile, query) == {"Fatima Zahra El Amrani", "Mohammed El-Amrani"}


@pytest.mark.parametrize("query,expected", [
    ("sita", "Rabindra Jagessar"), ("ramdin", "Rabindra Jagessar"),
    ("emir begic", "Selma Hodžić"), ("hodzic", "Selma Hodžić"), ("ayse", "Işık Öztürk"),
])
def test_household_names_lead_to_the_client(filled, query, expected):
    casefile, _ = filled
    assert found(casefile, query) == {expected}


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "NEAR(", "a AND", "-x", "col:x", "zzzq"])
def test_odd_search_input_finds_nothing_and_never_fails(filled, query):
    casefile, _ = filled
    assert found(casefile, query) <= {c for c in found(casefile, query)}  # no exception
    if query.strip(' "*(:-') in ("", "zzzq"):
        assert found(casefile, query) == set()


def test_renamed_client_is_found_by_the_new_name_only(filled):
    casefile, ids = filled
    casefile.update_client(ids["Tesfay Haile"], {"surname": "Tesfamariam"})
    assert found(casefile, "haile") == set()
    assert found(casefile, "tesfam") == {"Tesfay Tesfamariam"}


def test_search_results_mask_the_bsn(filled):
    casefile, _ = filled
    (summary,) = casefile.search_clients("isik").items
    assert summary.bsn_masked == "******782"
    assert "123456782" not in json.dumps(summary.__dict__)


def test_client_round_trips_all_documented_fields(casefile):
    full = dict(ISIK)
    full.update(
        email="isik.ozturk@example.org", language="tr",
        residence_permit={"type": "verblijfsvergunning regulier onbepaalde tijd",
                          "number": "V1234567", "valid_until": "2029-01-31"},
        benefits=[{"type": "WIA", "payer": "UWV", "since": "2019-04-01"}],
        bank_abroad={"iban": "TR33 0006 1005 1978 6457 8413 26"},
        declarations={"debts_to_state": True, "payment_arrangement": True, "detention": False},
    )
    client_id = casefile.add_client(full)
    shown = casefile.client_json(casefile.show_client(client_id))
    assert shown["address"]["postcode"] == "5611 AB"
    assert shown["phone"] == "+31612345678"
    assert shown["bank_abroad"] == {"iban": "TR330006100519786457841326"}
    assert shown["declarations"]["debts_to_state"] is True
    assert shown["benefits"][0]["payer"] == "UWV"
    assert shown["partner"]["given_names"] == "Ayşe" and shown["partner"]["co_migrates"] is True
    assert [c["given_names"] for c in shown["children"]] == ["Zeynep", "Emre"]  # by birth date


def test_invalid_input_names_every_bad_field_and_saves_nothing(casefile):
    bad = dict(ISIK, bsn="123456789", birth_date="2023-02-30",
               address={"postcode": "1234 SA"}, partner={"surname": "Öztürk"})
    with pytest.raises(ValidationErrors) as errors:
        casefile.add_client(bad)
    fields = {e.field for e in errors.value.errors}
    assert {"bsn", "birth_date", "address.postcode", "partner.given_names"} <= fields
    assert "123456789" not in errors.value.message("en")
    assert casefile.count_clients() == 0


def test_arrival_before_birth_is_refused(casefile):
    with pytest.raises(ValidationErrors) as errors:
        casefile.add_client(dict(ISIK, arrival_date="1950-01-01"))
    assert [e.field for e in errors.value.errors] == ["arrival_date"]


def test_moroccan_account_must_be_a_rib_not_an_iban(casefile):
    client = {"given_names": "Mohammed", "surname": "Bouzid", "birth_date": "1956-05-05",
              "destination": {"country": "MA"},
              "bank_abroad": {"iban": "MA64011519000001205000534921"}}
    with pytest.raises(ValidationErrors) as errors:
        casefile.add_client(client)
    assert "RIB" in errors.value.message("en")
    client["bank_abroad"] = {"account_number": "011 519 0000012050005349 21"}
    casefile.add_client(client)


def test_update_changes_only_given_fields_and_bumps_the_version(casefile):
    client_id = casefile.add_client(ISIK)
    assert casefile.update_client(client_id, {"phone": "+90 532 123 45 67"})
    client = casefile.show_client(client_id)
    assert client.phone == "+905321234567" and client.surname == "Öztürk" and client.version == 2
    assert not casefile.update_client(client_id, {"phone": "+905321234567"})  # same value


def test_update_cannot_remove_a_required_field(casefile):
    client_id = casefile.add_client(ISIK)
    with pytest.raises(ValidationErrors) as errors:
        casefile.update_client(client_id, {"surname": None})
    assert [e.field for e in errors.value.errors] == ["surname"]


def test_household_update_adds_changes_and_removes_members(casefile):
    client_id = casefile.add_client(ISIK)
    client = casefile.show_client(client_id)
    emre = next(c for c in client.children if c.given_names == "Emre")
    casefile.update_client(client_id, {
        "partner": {"given_names": "Ayşe Nur"},
        "children": [{"id": emre.id, "co_migrates": False},
                     {"given_names": "Elif", "surname": "Öztürk", "birth_date": "2014-09-09"}],
    })
    client = casefile.show_client(client_id)
    assert client.partner.given_names == "Ayşe Nur" and client.partner.surname == "Öztürk"
    assert sorted(c.given_names for c in client.children) == ["Elif", "Emre"]
    assert next(c for c in client.children if c.id == emre.id).co_migrates is False
    assert found(casefile, "zeynep") == set()
    casefile.update_client(client_id, {"partner": None})
    assert casefile.show_client(client_id).partner is None


def test_bsn_policy_off_refuses_a_bsn_with_a_message(vault, casefile):
    vault.set_setting("store_bsn", "no")
    with pytest.raises(ValidationErrors) as errors:
        casefile.add_client(ISIK)
    assert errors.value.errors[0].field == "bsn"
    assert "BSN" in errors.value.message("en")
    casefile.add_client({k: v for k, v in ISIK.items() if k != "bsn"})


def test_notes_are_append_only_and_amendments_keep_the_original(casefile):
    client_id = casefile.add_client(ISIK)
    first = casefile.add_note(client_id, "Cliënt wil in mei terug naar Kayseri.")
    casefile.amend_note(first, "Correctie: vertrek in juni, niet in mei.")
    casefile.add_note(client_id, "Kopie paspoort ontvangen.")
    notes = casefile.list_notes(client_id)
    assert [n.text for n in notes] == ["Cliënt wil in mei terug naar Kayseri.",
                                       "Kopie paspoort ontvangen."]
    assert [a.text for a in notes[0].amendments] == ["Correctie: vertrek in juni, niet in mei."]
    with pytest.raises(Exception, match="append-only"):
        casefile.db.execute("UPDATE notes SET text = 'weg' WHERE id = ?", [first])


def test_note_search_finds_words_across_files_folded(casefile):
    a = casefile.add_client(ISIK)
    b = casefile.add_client(HOUSEHOLDS[2])
    casefile.add_note(a, "Levensbewijs via het consulaat in Kayseri verstuurd.")
    casefile.add_note(b, "Doorverwezen naar het UWV voor beëindiging WIA.")
    assert [n.client_id for n in casefile.search_notes("levensbewijs kayseri")] == [a]
    assert [n.client_id for n in casefile.search_notes("beeindiging")] == [b]
    assert casefile.search_notes("uwv", client_id=a) == []


def test_contacts_are_registered_and_counted_per_day(casefile):
    client_id = casefile.add_client(ISIK)
    casefile.add_contact(client_id, {
        "date": "2026-11-23", "location": "Stadskantoor Eindhoven", "kind": "intake",
        "channel": "spreekuur", "topics": ["uitkeringen", "verblijfsdocumenten"],
        "duration_minutes": 30, "language": "tr", "interpreter": True})
    with pytest.raises(ValidationErrors) as errors:
        casefile.add_contact(client_id, {"date": "2026-11-23", "kind": "koffie"})
    assert errors.value.errors[0].field == "kind"
    (contact,) = casefile.list_contacts(client_id)
    assert contact.topics == ["uitkeringen", "verblijfsdocumenten"] and contact.interpreter
    assert casefile.contacts_on("2026-11-23") == 1
    assert casefile.contacts_on("2026-11-23", "Kantoor Utrecht") == 0


def test_unknown_client_is_not_found(casefile):
    with pytest.raises(NotFoundError):
        casefile.add_note("01a20000-0000-7000-8000-000000000000", "tekst")


def test_every_change_leaves_an_outbox_entry_in_the_same_transaction(casefile):
    client_id = casefile.add_client(ISIK)
    casefile.update_client(client_id, {"phone": "+31612345679"})
    rows = casefile.db.execute(
        "SELECT entity, op, base_version, payload FROM outbox ORDER BY seq").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("clients", "create"), ("household_members", "create"),
                                            ("household_members", "create"),
                                            ("household_members", "create"),
                                            ("clients", "update")]
    update = json.loads(rows[-1][3])
    assert rows[-1][2] == 1
    assert update == {"fields": {"phone": "+31612345679"}, "base": {"phone": "+31612345678"}}
    with pytest.raises(ValidationErrors):
        casefile.update_client(client_id, {"bsn": "123456789"})
    assert casefile.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 5


def test_reads_exports_and_reveals_are_in_the_append_only_audit_log(casefile):
    client_id = casefile.add_client(ISIK)
    casefile.show_client(client_id)
    casefile.reveal_bsn(client_id)
    casefile.search_clients("isik")
    export = casefile.export_client(client_id)
    actions = [a["action"] for a in export["audit"]]
    assert actions == ["create", "read", "reveal", "export"]
    assert all(a["actor"] == "Anouk de Vries" and a["device_id"] for a in export["audit"])
    searches = casefile.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'search'").fetchall()
    assert searches and all("isik" not in (d[0] or "") for d in searches)
    with pytest.raises(Exception, match="append-only"):
        casefile.db.execute("DELETE FROM audit_log")


def test_export_holds_everything_about_the_person(casefile):
    client_id = casefile.add_client(ISIK)
    note = casefile.add_note(client_id, "Eerste gesprek.")
    casefile.amend_note(note, "Aanvulling.")
    casefile.add_contact(client_id, {"date": "2026-11-02", "kind": "nazorg"})
    export = casefile.export_client(client_id)
    assert export["client"]["bsn"] == "123456782"
    assert len(export["client"]["children"]) == 2
    assert export["notes"][0]["amendments"][0]["text"] == "Aanvulling."
    assert export["contacts"][0]["kind"] == "nazorg"
    json.dumps(export)  # serialisable as is


def test_saved_client_survives_reopening(vault_dir):
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        from consultant_app.core.casefile import CaseFile
        client_id = CaseFile(vault).add_client(ISIK)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        from consultant_app.core.casefile import CaseFile
        assert CaseFile(vault).show_client(client_id).full_name == "Işık Öztürk"


def test_follow_ups_show_in_the_due_overview_until_done(casefile):
    client_id = casefile.add_client(ISIK)
    early = casefile.add_follow_up(client_id, "2026-11-20", "Kopie verblijfsvergunning opvragen")
    casefile.add_follow_up(client_id, "2027-01-15", "Levensbewijs herinneren")
    due = casefile.due_follow_ups("2026-11-23")
    assert [(f.text, f.client_name) for f in due] == [
        ("Kopie verblijfsvergunning opvragen", "Işık Öztürk")]
    casefile.complete_follow_up(early)
    assert casefile.due_follow_ups("2026-11-23") == []
    assert [f.done_at is not None for f in casefile.list_follow_ups(client_id)] == [False, True]
    with pytest.raises(ValidationError) as impossible:
        casefile.add_follow_up(client_id, "2026-02-30", "onmogelijke datum")
    assert impossible.value.message("en") == "due_date: Not a real calendar date"


def test_a_task_marked_done_by_mistake_opens_again(casefile):
    client_id = casefile.add_client(ISIK)
    task = casefile.add_follow_up(client_id, "2026-11-20", "Kopie verblijfsvergunning opvragen")
    casefile.complete_follow_up(task)
    with pytest.raises(ValidationError) as open_already:
        casefile.reopen_follow_up(casefile.add_follow_up(client_id, "2026-12-01", "Bellen"))
    assert open_already.value.code == "follow_up_not_done"

    reopened = casefile.reopen_follow_up(task)

    assert reopened.done_at is None
    assert [f.text for f in casefile.due_follow_ups("2026-11-23")] == [
        "Kopie verblijfsvergunning opvragen"]
    with pytest.raises(NotFoundError):
        casefile.reopen_follow_up("01900000-0000-7000-8000-000000000999")


def test_lists_sort_by_folded_name_so_ozturk_is_among_the_o(filled):
    casefile, _ = filled
    names = [s.full_name for s in casefile.list_clients()]
    assert names == ["Fatima Zahra El Amrani", "Mohammed El-Amrani", "Tesfay Haile",
                     "Selma Hodžić", "Rabindra Jagessar", "Işık Öztürk", "Mehmet Yılmaz"]
    casefile.update_client(next(s.id for s in casefile.list_clients()
                                if s.full_name == "Tesfay Haile"), {"surname": "Zerai"})
    assert [s.full_name for s in casefile.list_clients()][-1] == "Tesfay Zerai"


def test_own_name_matches_come_before_household_matches(filled):
    casefile, _ = filled
    # Zeynep Öztürk-Yılmaz is Işık's daughter; Mehmet Yılmaz is a client himself.
    assert [s.full_name for s in casefile.search_clients("yilmaz").items] == [
        "Mehmet Yılmaz", "Işık Öztürk"]
    assert [s.full_name for s in casefile.search_clients("elamrani").items] == [
        "Fatima Zahra El Amrani", "Mohammed El-Amrani"]


def test_household_members_keep_their_names_and_errors_name_the_member(casefile):
    client_id = casefile.add_client(ISIK)
    with pytest.raises(ValidationErrors) as emptied:
        casefile.update_client(client_id, {"partner": {"given_names": ""}})
    assert [e.field for e in emptied.value.errors] == ["partner.given_names"]
    with pytest.raises(ValidationErrors) as nameless:
        casefile.update_client(client_id, {"children": [{"birth_date": "2015-01-01"}]})
    assert [e.field for e in nameless.value.errors] == ["children[0].given_names",
                                                         "children[0].surname"]
    assert casefile.show_client(client_id).partner.given_names == "Ayşe"


def test_a_new_destination_rechecks_the_stored_bank_account(casefile):
    client_id = casefile.add_client(dict(ISIK, bank_abroad={"iban": "TR330006100519786457841326"}))
    with pytest.raises(ValidationErrors) as errors:
        casefile.update_client(client_id, {"destination": {"country": "MA"}})
    assert "RIB" in errors.value.message("en")
    casefile.update_client(client_id, {"destination": {"country": "MA"},
                                       "bank_abroad": {"account_number": "011519000001205000534921"}})


def test_a_task_needs_text(casefile):
    client_id = casefile.add_client(ISIK)
    with pytest.raises(ValidationError) as empty:
        casefile.add_follow_up(client_id, "2026-12-01", "   ")
    assert empty.value.field == "text"
