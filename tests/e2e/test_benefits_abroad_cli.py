"""Benefits abroad on the command line: `letter render` of the end-of-benefit letter for a client
whose AOW goes on in Turkey is one refusal line naming the benefit, the country and the source
(nothing written) until the consultant confirms it deliberately; `eligibility check` names the
benefits the SVB deducts from the remigratie-uitkering, in its JSON and its text, in Dutch and
English."""

from __future__ import annotations

from docx import Document

from tests.e2e.spreekuur_e2e import ISIK, assert_user_error, client_json

AOW_TO_TURKEY = {
    **ISIK,
    "bsn": ISIK["bsn"],
    "benefits": [{"type": "AOW", "payer": "SVB", "since": "2026-01-05"},
                 {"type": "bijstand", "payer": "gemeente Eindhoven", "since": "2019-05-01"}],
    "destination": {"country": "TR", "address": "Atatürk Cad. No 12, Kayseri",
                    "planned_departure": "2027-05-01"},
}


def _office(cli) -> str:
    cli.ok("settings", "organisation_address", "Postbus 1234, 3500 AA Utrecht")
    cli.ok("settings", "organisation_phone", "030 123 45 67")
    return cli.ok("client", "add", input=client_json(AOW_TO_TURKEY)).stdout.strip()


def test_stopping_aow_for_turkey_is_one_refusal_line_until_confirmed(cli, inputs):
    client_id = _office(cli)
    out = inputs / "stop.docx"

    refused = cli("letter", "render", client_id, "--template", "beeindiging-uitkering",
                  "--out", out, "--date", "2026-12-07", CONSULTANT_APP_LANG="nl")

    assert_user_error(refused, "AOW", "Turkije", "svb.nl", "--allow-continuing-benefit")
    assert not out.exists()
    assert cli.ok("letter", "list", client_id).stdout == ""

    cli.ok("letter", "render", client_id, "--template", "beeindiging-uitkering", "--out", out,
           "--date", "2026-12-07", "--allow-continuing-benefit")
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "Stoppen uitkering (AOW)" in text


def test_eligibility_json_and_text_name_the_deducted_benefits(cli):
    client_id = _office(cli)

    data = cli.ok("eligibility", "check", client_id, "--date", "2024-06-01", "--json").json()
    dutch = cli.ok("eligibility", "check", client_id, "--date", "2024-06-01",
                   CONSULTANT_APP_LANG="nl").stdout
    english = cli.ok("eligibility", "check", client_id, "--date", "2024-06-01",
                     CONSULTANT_APP_LANG="en").stdout

    assert [d["kind"] for d in data["deducted_benefits"]] == ["AOW"]  # bijstand is not
    assert "wat-gaat-er-van-uw-remigratie-uitkering-af" in data["deducted_benefits"][0]["source"]
    assert "Let op: AOW gaat af van de remigratie-uitkering zolang die in het nieuwe woonland " \
           "betaald wordt" in dutch
    assert "Note: AOW is deducted from the remigration benefit while it is paid in the new " \
           "country" in english
    assert "bijstand gaat af" not in dutch
