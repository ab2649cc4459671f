"""`report annual` as an office IT person runs it: the figures as JSON, an .xlsx with small counts
suppressed (read back), a year without registration and an existing file refused in one line."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.e2e.spreekuur_e2e import FATIMA, RAMON, assert_user_error, client_json


def test_the_year_as_json_and_as_a_workbook_with_small_counts_suppressed(cli, inputs):
    for person, day in ((FATIMA, "2025-03-04"), (RAMON, "2025-06-30"), (FATIMA, "2024-02-02")):
        client_id = cli.ok("client", "add", input=client_json(person)).stdout.strip()
        cli.ok("contact", "add", client_id, input=client_json(
            {"date": day, "kind": "intake", "location": "Kantoor Utrecht"}))

    shown = cli.ok("report", "annual", "--year", "2025", "--json").json()
    assert (shown["clients"]["total"], shown["previous_year"]["clients"]["total"]) == (2, 1)

    out = inputs / "jaarverslag-2025.xlsx"
    result = cli.ok("report", "annual", "--year", "2025", "--out", out)
    assert "small counts suppressed" in result.stderr
    sheet = load_workbook(out)["Cliënten"]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "<5" in values and 2 not in values  # two clients are a small count: not printed

    assert_user_error(cli("report", "annual", "--year", "2025", "--out", out), "exists")
    assert_user_error(cli("report", "annual", "--year", "1999"), "Nothing registered in 1999")


def test_the_text_is_in_the_consultants_language_and_an_export_english_only_when_asked(
        cli, inputs):
    client_id = cli.ok("client", "add", input=client_json(FATIMA)).stdout.strip()
    cli.ok("contact", "add", client_id, input=client_json(
        {"date": "2025-03-04", "kind": "intake", "location": "Kantoor Utrecht"}))

    english = cli.ok("report", "annual", "--year", "2025").stdout
    assert "# Clients helped by background" in english and "Total clients helped\t1" in english
    dutch = cli.ok("report", "annual", "--year", "2025", CONSULTANT_APP_LANG="nl").stdout
    assert "# Geholpen cliënten naar achtergrond" in dutch and "Totaal geholpen cliënten" in dutch

    funder = inputs / "jaarverslag-2025.xlsx"  # Dutch by default, whatever the terminal
    cli.ok("report", "annual", "--year", "2025", "--out", funder)
    assert load_workbook(funder).sheetnames[:2] == ["Toelichting", "Cliënten"]
    out = inputs / "annual-report-2025.xlsx"
    cli.ok("report", "annual", "--year", "2025", "--out", out, "--language", "en")
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Notes", "Clients"]
    overview = [c for c in book["Notes"]["A"] if c.value]
    assert overview[0].value == "Annual report 2025"
    assert any(c.value.startswith("Not published: figures as registered on ") for c in overview)
