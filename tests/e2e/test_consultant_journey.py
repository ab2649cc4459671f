"""The path a consultant walks on the command line: make a vault, open a client's file, keep it
up to date, register contacts, write and correct notes, find things again, hand over everything
on an access request, and see that the vault is healthy."""

from __future__ import annotations

import copy
import json
import re
import stat

from tests.e2e.spreekuur_e2e import (
    AMRA, CONSULTANT, ISIK, ISIK_STORED, ORGANISATION, Cli, client_json, lower_kdf_to_floor,
)

BOOKKEEPING = ("id", "version", "created_at", "changed_at", "changed_by")
NOTE_1 = "Levensbewijs SVB besproken.\nTolk Turks geregeld voor het volgende spreekuur."
NOTE_2 = "Zoon Emre gaat mee; schoolinschrijving in Kayseri uitzoeken."
AMENDMENT = "Correctie: de tolk komt op 12 maart, niet op 5 maart."
INTAKE = {"date": "2026-03-02", "kind": "intake", "location": "Stadskantoor Eindhoven",
          "channel": "spreekuur", "topics": ["pensioenen", "uitkeringen"],
          "duration_minutes": 45, "language": "tr", "interpreter": True}
CALL = {"date": "2026-03-09", "kind": "uitgebreide_begeleiding", "location": "Telefonisch",
        "channel": "telefoon", "topics": ["verblijfsdocumenten"], "duration_minutes": 15}


def member(data: dict) -> dict:
    return {k: data[k] for k in ("given_names", "surname", "birth_date", "co_migrates")}


def test_a_consultants_day_from_init_to_export_and_check(home, inputs, env, tmp_path):
    data_dir = home / "vault"
    cli = Cli(data_dir, env, tmp_path)

    # -- init: the real command, with Argon2 calibration ----------------------------------------
    init = cli.ok("init", "--consultant", CONSULTANT, "--organisation", ORGANISATION)
    assert "Vault created" in init.stderr
    assert {p.name for p in data_dir.iterdir()} >= {"vault.db", "vault.keys"}
    lower_kdf_to_floor(data_dir)

    # -- client add: JSON on stdin, the new id on stdout ----------------------------------------
    client_id = cli.ok("client", "add", input=client_json(ISIK)).stdout.strip()
    other_id = cli.ok("client", "add", input=client_json(AMRA)).stdout.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", client_id) and client_id != other_id

    # -- client show --json: the documented fields come back, normalised ------------------------
    shown = cli.ok("client", "show", client_id, "--json").json()
    assert shown["id"] == client_id and shown["version"] == 1
    assert {k: shown.get(k) for k in ISIK_STORED} == ISIK_STORED
    assert member(shown["partner"]) == ISIK["partner"]
    assert sorted(map(member, shown["children"]), key=lambda c: c["given_names"]) == \
        ISIK["children"]

    # ...and feeding that JSON back as an update changes nothing (a true round trip)
    round_trip = copy.deepcopy({k: v for k, v in shown.items() if k not in BOOKKEEPING})
    for person in [round_trip["partner"], *round_trip["children"]]:
        person.pop("version")
    (inputs / "round-trip.json").write_text(json.dumps(round_trip, ensure_ascii=False),
                                            encoding="utf-8")
    unchanged = cli.ok("client", "update", client_id, "--json", inputs / "round-trip.json")
    assert "Nothing changed" in unchanged.stderr

    # -- client show (text): the same file as a readable tree -----------------------------------
    tree = cli.ok("client", "show", client_id).stdout.splitlines()
    for line in ("given_names: Işık", "surname: Öztürk", "bsn: 725763863",
                 "  postcode: 5611 AB", "  iban: TR330006100519786457841326", "partner:",
                 "children:", "nationalities: TR, NL"):
        assert line in tree, line

    # -- client update: only the changed fields; everything else stays --------------------------
    changes = {"phone": "+90 352 222 12 34",
               "destination": {"country": "TR", "address": "Atatürk Cad. No 12, Kayseri",
                               "planned_departure": "2027-06-15"}}
    cli.ok("client", "update", client_id, input=json.dumps(changes, ensure_ascii=False))
    updated = cli.ok("client", "show", client_id, "--json").json()
    assert updated["version"] == 2
    assert updated["phone"] == "+903522221234"
    assert updated["destination"]["planned_departure"] == "2027-06-15"
    for key in ("bsn", "address", "bank_abroad", "nationalities", "partner", "children"):
        assert updated[key] == shown[key], key

    # -- client search: id<TAB>name<TAB>birth date; JSON masks the BSN ---------------------------
    found = cli.ok("client", "search", "isik").stdout
    assert found == f"{client_id}\tIşık Öztürk\t1961-03-05\n"
    assert cli.ok("client", "search", "yilmaz").stdout == found  # a child's name finds the family
    as_json = cli.ok("client", "search", "--json", "isik")
    assert as_json.json() == [{"id": client_id, "full_name": "Işık Öztürk",
                               "birth_date": "1961-03-05", "bsn_masked": "******863"}]
    assert ISIK["bsn"] not in as_json.stdout
    listed = cli.ok("client", "list", "--json")
    assert ISIK["bsn"] not in listed.stdout and AMRA["bsn"] not in listed.stdout

    # -- contacts ------------------------------------------------------------------------------
    contact_ids = [cli.ok("contact", "add", client_id, input=json.dumps(c)).stdout.strip()
                   for c in (CALL, INTAKE)]
    contacts = cli.ok("contact", "list", client_id).stdout.splitlines()
    assert contacts == [  # by date, not by the order they were typed in
        f"{contact_ids[1]}\t2026-03-02\tintake\tStadskantoor Eindhoven\tpensioenen, uitkeringen",
        f"{contact_ids[0]}\t2026-03-09\tuitgebreide_begeleiding\tTelefonisch\t"
        "verblijfsdocumenten",
    ]

    # -- notes: stdin and --text, an amendment that leaves the original as written ---------------
    first = cli.ok("note", "add", client_id, input=NOTE_1).stdout.strip()
    second = cli.ok("note", "add", client_id, "--text", NOTE_2).stdout.strip()
    amendment = cli.ok("note", "amend", first, "--text", AMENDMENT).stdout.strip()
    assert len({first, second, amendment}) == 3

    notes = cli.ok("note", "list", client_id, "--json").json()
    assert [(n["id"], n["text"]) for n in notes] == [(first, NOTE_1), (second, NOTE_2)]
    assert [(a["id"], a["text"], a["amends"]) for a in notes[0]["amendments"]] == \
        [(amendment, AMENDMENT, first)]
    assert notes[1]["amendments"] == []
    assert all(n["created_by"] == CONSULTANT for n in notes)

    text = cli.ok("note", "list", client_id).stdout.splitlines()
    assert text[0].startswith(f"{first}\t") and text[0].endswith(f"\t{CONSULTANT}")
    assert text[1:3] == ["    " + line for line in NOTE_1.splitlines()]
    assert text[3].startswith(f"    ~ {amendment}\t")
    assert text[4] == "        " + AMENDMENT
    assert text[5].startswith(f"{second}\t")
    assert text[6] == "    " + NOTE_2

    # -- note search: folded words, across files and within one ---------------------------------
    hits = cli.ok("note", "search", "levensbewijs").stdout.splitlines()
    assert [h.split("\t")[:2] for h in hits] == [[first, client_id]]
    assert hits[0].split("\t")[3] == NOTE_1.replace("\n", " ")[:100]
    by_client = cli.ok("note", "search", "--json", "--client", client_id, "KAYSERİ").json()
    assert [n["id"] for n in by_client] == [second]

    # -- export: everything about the person, readable only by the user --------------------------
    out = inputs / "inzage-verzoek.json"
    exported = cli.ok("export", client_id, "--out", out)
    assert "contains personal data" in exported.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["client"]["id"] == client_id
    assert data["client"]["phone"] == "+903522221234"
    assert data["client"]["partner"]["given_names"] == "Ayşe"
    assert sorted(c["id"] for c in data["contacts"]) == sorted(contact_ids)
    assert [n["text"] for n in data["notes"]] == [NOTE_1, NOTE_2]
    assert [a["text"] for a in data["notes"][0]["amendments"]] == [AMENDMENT]
    actions = [entry["action"] for entry in data["audit"]]
    assert {"create", "read", "update", "search", "export"} <= set(actions)
    assert actions[-1] == "export"
    assert all(entry["client_id"] == client_id for entry in data["audit"])
    assert all(entry["actor"] == CONSULTANT and entry["on_behalf_of"] == ORGANISATION
               for entry in data["audit"])
    details = " ".join(str(entry["detail"]) for entry in data["audit"]).lower()
    assert "kayseri" not in details and "isik" not in details  # no search terms in the log

    # -- check ---------------------------------------------------------------------------------
    assert "Vault is healthy" in cli.ok("check").stderr
