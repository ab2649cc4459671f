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
