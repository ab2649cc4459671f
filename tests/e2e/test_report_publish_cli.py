"""`report publish` as an office runs it at the end of a year: the year is frozen, asking for it
again shows the published figures with a line (Dutch or English) saying who published it, when
and what changed since (an export says so too), publishing twice needs --again, and
`report publications` lists the history."""

from __future__ import annotations

import hashlib
import json

from tests.e2e.spreekuur_e2e import FATIMA, RAMON, assert_user_error, client_json


def _helped(cli, person: dict, day: str) -> None:
    client_id = cli.ok("client", "add", input=client_json(person)).stdout.strip()
    cli.ok("contact", "add", client_id, input=client_json(
        {"date": day, "kind": "intake", "location": "Kantoor Utrecht"}))


def test_a_published_year_stays_as_published_and_says_what_changed(cli, inputs):
    _helped(cli, FATIMA, "2025-03-04")
    before = cli.ok("report", "annual", "--year", "2025", "--json").json()
    done = cli.ok("report", "publish", "--year", "2025")
    sha256 = done.stdout.strip()
    assert sha256 == hashlib.sha256(json.dumps(
        before, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
    assert f"published (publication 1, SHA-256 {sha256})" in done.stderr

    assert_user_error(cli("report", "publish", "--year", "2025"), "published already",
                      "--again")
    assert_user_error(cli("report", "publish", "--year", "2025", CONSULTANT_APP_LANG="nl"),
                      "al gepubliceerd", "--again")

    _helped(cli, RAMON, "2025-06-30")  # registered after publication
    shown = cli.ok("report", "annual", "--year", "2025", "--json").json()
    assert shown["clients"] == before["clients"]  # the published figures
    assert shown["published"]["sha256"] == sha256 and shown["published"]["edition"] == 1
    assert {"path": "clients.total", "published": 1, "now": 2} in shown[
        "changes_since_publication"]

    text = cli.ok("report", "annual", "--year", "2025", CONSULTANT_APP_LANG="nl").stdout
    first = text.splitlines()[0]
    assert first.startswith("# Gepubliceerd op ") and " door " in first
    assert "sindsdien gewijzigd: clients.total 1 → 2" in first
    english = cli.ok("report", "annual", "--year", "2025").stdout.splitlines()[0]
    assert english.startswith("# Published on ") and "changed since: clients.total 1 → 2" in (
        english)

    out = inputs / "jaarverslag-2025.xlsx"
    written = cli.ok("report", "annual", "--year", "2025", "--out", out)
    assert "changed since: clients.total 1 → 2" in written.stderr and out.is_file()

    again = cli.ok("report", "publish", "--year", "2025", "--again", "--json").json()
    assert again["edition"] == 2 and again["sha256"] != sha256
    history = cli.ok("report", "publications", "--json").json()
    assert [(p["year"], p["edition"], p["sha256"], p["current"]) for p in history] == [
        (2025, 1, sha256, False), (2025, 2, again["sha256"], True)]
    listed = cli.ok("report", "publications").stdout.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [["2025", "1"], ["2025", "2"]]
    assert cli.ok("report", "annual", "--year", "2025", "--json").json()[
        "changes_since_publication"] == []


def test_publishing_a_year_without_registration_is_one_line(cli):
    assert_user_error(cli("report", "publish", "--year", "1999"), "Nothing registered in 1999")
    assert "No annual report has been published yet" in cli.ok(
        "report", "publications").stderr
