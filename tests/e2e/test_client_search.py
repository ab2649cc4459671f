"""`client search` never hides a match without saying so: every match by default, and with
`--limit N` the first N and a line on stderr with how many more there are; `note search` shows
the newest 50 (or --limit) and says the same. Search texts longer than the limit are refused
with one line."""

from __future__ import annotations

import json

from tests.e2e.spreekuur_e2e import assert_user_error

FAMILIES = 60  # more than the 50 the search used to print


def _fill(cli, inputs) -> None:
    people = [{"type": "client", "given_names": f"Emre {i:02d}", "surname": "Kaya",
               "birth_date": "1970-01-01"} for i in range(FAMILIES)]
    people.append({"type": "client", "given_names": "Ali", "surname": "Aksoy",
                   "birth_date": "1965-03-03",
                   "children": [{"given_names": "Deniz", "surname": "Kaya"}]})
    source = inputs / "kaya.jsonl"
    source.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in people),
                      encoding="utf-8")
    cli.ok("import", source)


def test_search_prints_every_match_and_a_limit_says_how_many_more(cli, inputs):
    _fill(cli, inputs)
    every = cli.ok("client", "search", "kaya")
    lines = every.stdout.splitlines()
    assert len(lines) == FAMILIES + 1 and every.stderr == ""
    # own name first (in name order), the family found through a child last
    assert [line.split("\t")[1] for line in lines] == [
        *(f"Emre {i:02d} Kaya" for i in range(FAMILIES)), "Ali Aksoy"]

    limited = cli.ok("client", "search", "kaya", "--limit", "10")
    assert limited.stdout.splitlines() == lines[:10]
    assert limited.stderr_lines == ["And 51 more found (use a higher --limit to see them)"]
    dutch = cli.ok("client", "search", "kaya", "--limit", "10", CONSULTANT_APP_LANG="nl")
    assert dutch.stderr_lines == [
        "En nog 51 gevonden (gebruik een hogere --limit om ze te zien)"]
    assert cli.ok("client", "search", "kaya", "--limit", "61").stderr == ""

    # JSON stays the list `client list --json` prints: all of it, or the limited part (and
    # the count of the rest on stderr, apart from the JSON)
    assert len(cli.ok("client", "search", "--json", "kaya").json()) == FAMILIES + 1
    some = cli.ok("client", "search", "--json", "kaya", "--limit", "5")
    assert [s["full_name"] for s in some.json()] == [f"Emre {i:02d} Kaya" for i in range(5)]
    assert some.stderr_lines == ["And 56 more found (use a higher --limit to see them)"]

    assert_user_error(cli("client", "search", "kaya", "--limit", "0"),
                      "The value of --limit must be at least 1")


def test_a_search_text_over_the_limit_is_refused_with_one_line(cli, inputs):
    _fill(cli, inputs)
    pasted = "levensbewijs " * 300  # a pasted page, not a search
    for command in (["client", "search"], ["note", "search"]):
        assert_user_error(cli(*command, pasted), "Search text too long: at most 200 characters")
        assert_user_error(cli(*command, pasted, CONSULTANT_APP_LANG="nl"),
                          "Zoektekst te lang: maximaal 200 tekens")
    assert cli.ok("note", "search", "levensbewijs " * 15).stdout == ""  # 195 characters


def test_note_search_says_how_many_notes_it_did_not_show(cli, inputs):
    _fill(cli, inputs)
    (client,) = cli.ok("client", "search", "--json", "emre 07").json()
    notes = inputs / "notes.jsonl"
    notes.write_text("".join(json.dumps({"type": "note", "client_id": client["id"],
                                         "text": f"Levensbewijs {i} ontvangen"}) + "\n"
                             for i in range(55)), encoding="utf-8")
    cli.ok("import", notes)

    newest = cli.ok("note", "search", "levensbewijs")
    assert len(newest.stdout.splitlines()) == 50
    assert newest.stdout.splitlines()[0].endswith("\tLevensbewijs 54 ontvangen")
    assert newest.stderr_lines == ["And 5 more found (use a higher --limit to see them)"]
    assert len(cli.ok("note", "search", "--json", "levensbewijs", "--limit", "3").json()) == 3
    every = cli.ok("note", "search", "--client", client["id"], "levensbewijs", "--limit", "55")
    assert len(every.stdout.splitlines()) == 55 and every.stderr == ""
