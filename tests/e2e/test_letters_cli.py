"""Letters and templates from the command line, as an office IT person and a consultant use them:
real processes, real vaults, real .docx files read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from tests.core.test_shipped_templates import HOUSEHOLD
from tests.core.word_like import template_of, text_of, word_like_template, zip_package
from tests.e2e.spreekuur_e2e import (
    AMRA, ISIK, Cli, assert_user_error, cli_env, client_json,
)

APPLICATION = "aanvraag-remigratie-uitkering"
COMPLETE = {**HOUSEHOLD, "bsn": ISIK["bsn"]}  # all that the shipped templates print


@pytest.fixture(scope="module")
def filled_template(template_vault, tmp_path_factory) -> tuple[Path, str, str]:
    """A vault with Işık Öztürk's complete file and Amra Hodžić's sparse one."""
    root = tmp_path_factory.mktemp("letters")
    folder = root / "vault"
    shutil.copytree(template_vault, folder)
    cli = Cli(folder, cli_env(root / "home", root / "tmp"), root)
    isik = cli.ok("client", "add", input=client_json(COMPLETE)).stdout.strip()
    amra = cli.ok("client", "add", input=client_json(AMRA)).stdout.strip()
    cli.ok("settings", "organisation_address", "Postbus 1234, 3500 AA Utrecht")
    cli.ok("settings", "organisation_phone", "030 123 45 67")
    return folder, isik, amra


@pytest.fixture
def filled(filled_template, home, env, tmp_path) -> tuple[Cli, str, str]:
    folder = home / "vault"
    shutil.copytree(filled_template[0], folder)
    return Cli(folder, env, tmp_path), filled_template[1], filled_template[2]


def test_consultant_renders_lists_and_exports_a_letter(filled, inputs):
    cli, isik, _ = filled
    out = inputs / "checklist.docx"

    made = cli.ok("letter", "render", isik, "--template", "checklist-vertrek", "--out", out)
    letter_id = made.stdout.strip()
    listed = cli.ok("letter", "list", isik).stdout.splitlines()
    again = inputs / "again.docx"
    cli.ok("letter", "export", letter_id, "--out", again)

    text = text_of(out.read_bytes())
    assert "Işık Öztürk" in text and "Stichting Remigratie-advies" in text
    assert "{{" not in text and "{%" not in text
    assert f"Brief {letter_id}" in made.stderr or f"Letter {letter_id}" in made.stderr
    assert len(listed) == 1 and listed[0].startswith(f"{letter_id}\t")
    assert "\tchecklist-vertrek\t" in listed[0]
    assert again.read_bytes() == out.read_bytes()
    assert out.stat().st_mode & 0o777 == 0o600


def test_missing_fields_are_named_and_no_file_is_written(filled, inputs):
    cli, _, amra = filled
    out = inputs / "machtiging.docx"

    result = cli("letter", "render", amra, "--template", "machtiging", "--out", out,
                 LANG="nl_NL.UTF-8")

    line = assert_user_error(result, "ontbreken", "client.adres.straat", "client.adres.plaats",
                             absent=("Hodžić", "Amra"))
    assert "er is niets geschreven" in line
    assert not out.exists()
    assert cli.ok("letter", "list", amra).stdout == ""


def test_expired_application_needs_allow_expired(filled, inputs):
    cli, isik, _ = filled
    out = inputs / "aanvraag.docx"

    refused = cli("letter", "render", isik, "--template", APPLICATION, "--out", out,
                  "--date", "2025-02-03", LANG="nl_NL.UTF-8")
    line = assert_user_error(refused, "2024-12-31", "geen nieuwe aanvragen", "--allow-expired")
    assert not out.exists()

    cli.ok("letter", "render", isik, "--template", APPLICATION, "--out", out,
           "--date", "2025-02-03", "--allow-expired")
    assert "Sociale Verzekeringsbank" in text_of(out.read_bytes())
    assert line.startswith("consultant-app: Dit sjabloon geldt tot en met 2024-12-31")


def test_letter_from_a_template_file_outside_the_library(filled, inputs):
    cli, isik, _ = filled
    template = inputs / "eigen brief.docx"
    template.write_bytes(word_like_template())
    out = inputs / "eigen.docx"

    cli.ok("letter", "render", isik, "--template", template, "--out", out, "--date",
           "2026-11-30")

    text = text_of(out.read_bytes())
    assert "Geachte heer/mevrouw Öztürk," in text
    assert "30 november 2026" in text


@pytest.mark.parametrize("args, expected", [
    (("--template", "bestaat-niet"), "Template not found"),
    (("--template", APPLICATION, "--date", "2024-02-30"), "Not a real calendar date"),
    (("--template", APPLICATION, "--date", "3-2-2024"), "YYYY-MM-DD"),
])
def test_bad_letter_input_gets_one_line_and_no_file(filled, inputs, args, expected):
    cli, isik, _ = filled
    out = inputs / "x.docx"

    assert_user_error(cli("letter", "render", isik, "--out", out, *args), expected)
    assert not out.exists()


def test_existing_output_file_is_never_overwritten(filled, inputs):
    cli, isik, _ = filled
    out = inputs / "bestaat.docx"
    out.write_bytes(b"keep me")

    assert_user_error(cli("letter", "render", isik, "--template", "checklist-vertrek",
                          "--out", out), "already exists")
    assert out.read_bytes() == b"keep me"


def test_unknown_client_or_letter_is_not_found(filled, inputs):
    cli, _, _ = filled
    unknown = "01890a5d-ac96-774b-b9aa-1234567890ab"

    assert_user_error(cli("letter", "list", unknown), "Client not found")
    assert_user_error(cli("letter", "export", unknown, "--out", inputs / "x.docx"),
                      "Letter not found")


# -- template check / list / import, without a vault ---------------------------------------------
def test_template_check_is_clean_for_a_word_template_and_needs_no_vault(home, env, tmp_path,
                                                                      inputs):
    cli = Cli(home / "no-vault-here", env, tmp_path)
    path = inputs / "brief.docx"
    path.write_bytes(word_like_template())

    result = cli.ok("template", "check", path)

    assert result.stdout == ""
    assert result.stderr.strip() == "No problems found"


def test_template_check_reports_each_finding_with_document_text_and_exits_1(home, env, tmp_path,
                                                                            inputs):
    cli = Cli(home / "vault", env, tmp_path)
    path = inputs / "fouten.docx"
    path.write_bytes(template_of(
        "Beste {{ client.achternam }},",
        table_rows=[["{% for kind in kinderen %}", ""], ["{{ kind.voornamen }}", ""],
                    ["{% endfor %}", ""]]))

    result = cli("template", "check", path, LANG="nl_NL.UTF-8")

    assert result.returncode == 1, result.describe()
    assert sorted(result.stdout.splitlines()) == [
        "hoofdtekst: veld niet in de catalogus: client.achternam "
        "— “Beste {{ client.achternam }}, {% for kind in kinderen %}”",
        "hoofdtekst: {% for %} over tabelrijen laat lege rijen achter: gebruik {%tr for %} "
        "— “{% for kind in kinderen %}”"]
    assert result.stderr_lines == ["consultant-app: Problemen gevonden: 2"]


def test_template_check_of_a_syntax_error_quotes_the_document(home, env, tmp_path, inputs):
    cli = Cli(home / "vault", env, tmp_path)
    path = inputs / "syntax.docx"
    path.write_bytes(template_of("Geachte {{ client.achternaam }},",
                                 "{% if partner %}Uw partner gaat mee.", "Groet"))

    result = cli("template", "check", path)

    assert result.returncode == 1
    assert result.stdout.startswith("hoofdtekst: syntax error: ")
    assert "Uw partner gaat mee" in result.stdout or "Groet" in result.stdout


@pytest.mark.parametrize("content, expected", [
    (zip_package({"[Content_Types].xml": b"<T/>", "word/document.xml": b"<d/>",
                  "word/media/big.bin": b"\0" * 40_000_000}), "zip bomb"),
    (zip_package({"[Content_Types].xml": b"<T/>", "word/document.xml": b"<d/>",
                  "../../evil": b"x"}), "unsafe file name"),
    (b"%PDF-1.4 not a docx", "Not a Word document"),
])
def test_template_check_refuses_unsafe_files_in_one_line(home, env, tmp_path, inputs, content,
                                                         expected):
    cli = Cli(home / "vault", env, tmp_path)
    path = inputs / "verdacht.docx"
    path.write_bytes(content)

    assert_user_error(cli("template", "check", path), expected)


def test_template_list_shows_valid_templates_first(home, env, tmp_path):
    cli = Cli(home / "vault", env, tmp_path)

    lines = cli.ok("template", "list", "--date", "2026-11-30").stdout.splitlines()
    listed = cli.ok("template", "list", "--date", "2024-06-01", "--json").json()

    assert len(lines) == 7
    assert lines[-1].startswith(f"{APPLICATION}\t1.1\texpired\t")
    assert all("\tvalid\t" in line for line in lines[:-1])
    assert {t["id"]: t["valid"] for t in listed}[APPLICATION] is True


def test_office_imports_its_own_template_and_uses_it(filled, inputs):
    cli, isik, _ = filled
    source = inputs / "Brief huisvesting.docx"
    source.write_bytes(template_of("Beste {{ client.voornamen }}, uw vertrek naar "
                                   "{{ vertrek.land }}."))
    broken = inputs / "kapot.docx"
    broken.write_bytes(template_of("{{ client.achternam }}"))

    cli.ok("template", "import", source, "--id", "huisvesting", "--title", "Brief huisvesting")
    refused = cli("template", "import", broken, "--id", "kapot", "--title", "Kapot")
    out = inputs / "huisvesting.docx"
    cli.ok("letter", "render", isik, "--template", "huisvesting", "--out", out)

    assert refused.returncode == 1 and "client.achternam" in refused.stdout
    ids = [line.split("\t")[0] for line in cli.ok("template", "list").stdout.splitlines()]
    assert "huisvesting" in ids and "kapot" not in ids
    assert Document(out).paragraphs[0].text == "Beste Işık, uw vertrek naar Turkije."


# A stand-in for LibreOffice, used only to choose the moment: it writes the PDF beside the
# .docx as LibreOffice does, then sends the command that started it the signal under test.
# SIGKILL leaves the command no chance to clean up; SIGTERM and SIGHUP do.
SOFFICE_STUB = """#!/bin/sh
for arg; do source=$arg; done
cp "$source" "${source%.docx}.pdf"
kill -$SPREEKUUR_TEST_SIGNAL $PPID
[ "$SPREEKUUR_TEST_SIGNAL" = KILL ] && exit 0
exec sleep 600
"""


def _work_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*")
                  if p.name.startswith((".office-", "spreekuur-office-"))
                  or p.name in ("brief.docx", "brief.pdf"))


@pytest.mark.parametrize("signal_name", ["KILL", "TERM", "HUP"])
def test_no_plain_letter_outlives_a_signal_during_the_pdf(filled, inputs, tmp_path, signal_name):
    cli, isik, _ = filled
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "soffice").write_text(SOFFICE_STUB, encoding="utf-8")
    (stubs / "soffice").chmod(0o755)
    env = {"PATH": f"{stubs}:{cli.env['PATH']}", "SPREEKUUR_TEST_SIGNAL": signal_name}

    result = cli("letter", "render", isik, "--template", "checklist-vertrek",
                 "--out", inputs / "checklist.docx", "--pdf", **env)

    outside = [p for p in _work_files(tmp_path) if cli.data_dir not in p.parents]
    assert outside == [], result.describe()  # never in TMPDIR, HOME or anywhere else
    # the .docx asked for is written (and the letter kept) before the PDF begins; no PDF
    assert [p.name for p in inputs.iterdir()] == ["checklist.docx"]
    if signal_name == "KILL":
        assert result.returncode == -9
        left = _work_files(cli.data_dir)
        assert left and all(p.stat().st_mode & 0o077 == 0 for p in left)  # private meanwhile
        cli.ok("client", "list")  # the next start sweeps what the killed one left
    else:
        assert_user_error(result, "Interrupted")
    assert _work_files(tmp_path) == []


# -- every problem at once; the .docx when only the PDF cannot be made ----------------------------
def _no_libreoffice(tmp_path: Path) -> str:
    """A PATH on which neither soffice nor libreoffice can be found (pdf.find_soffice looks
    on PATH, then in the Windows and macOS install folders, which this machine lacks)."""
    empty = tmp_path / "bin-without-libreoffice"
    empty.mkdir(exist_ok=True)
    return str(empty)


def test_every_problem_of_a_render_is_told_in_one_line(filled, inputs, tmp_path):
    """An expired template, fields missing from the file, an organisation setting missing and no
    LibreOffice for the PDF: one line says all four, and nothing is kept or written."""
    cli, _, amra = filled
    _blank_setting(cli, "organisation_address")
    out = inputs / "aanvraag.docx"

    line = assert_user_error(
        cli("letter", "render", amra, "--template", APPLICATION, "--out", out, "--pdf",
            "--date", "2025-02-03", PATH=_no_libreoffice(tmp_path)),
        "valid until 2024-12-31", "missing from the client's file: ", "client.adres.straat",
        "settings of the organisation are missing (they apply to every letter): "
        "organisation_address;",
        'consultant-app settings organisation_address "Postbus 1234, 3500 AA Utrecht"',
        "PDF needs LibreOffice", absent=("Hodžić", "Amra"))
    in_file = line.split("missing from the client's file: ")[1].split(";")[0]
    assert "organisatie" not in in_file
    assert line.endswith("; nothing was written")
    assert not out.exists() and not out.with_suffix(".pdf").exists()
    assert cli.ok("letter", "list", amra).stdout == ""


def _blank_setting(cli: Cli, key: str) -> None:
    from consultant_app.core.vault.vault import Vault
    from tests.e2e.spreekuur_e2e import PASSPHRASE

    with Vault.unlock(cli.data_dir, PASSPHRASE) as vault:
        vault.set_setting(key, None)


@pytest.mark.parametrize(("lang", "expected"), [
    ("C.UTF-8", "but no PDF was made: PDF needs LibreOffice"),
    ("nl_NL.UTF-8", "maar er is geen PDF gemaakt: Voor PDF is LibreOffice nodig"),
])
def test_without_libreoffice_the_docx_is_kept_and_written_and_the_pdf_is_missed(
        filled, inputs, tmp_path, lang, expected):
    cli, isik, _ = filled
    out = inputs / "checklist.docx"

    result = cli("letter", "render", isik, "--template", "checklist-vertrek", "--out", out,
                 "--pdf", PATH=_no_libreoffice(tmp_path), LANG=lang)

    assert result.returncode == 1, result.describe()
    letter_id = result.stdout.strip()
    assert result.stderr_lines == [f"consultant-app: {result.stderr_lines[0].split(': ', 1)[1]}"]
    assert expected in result.stderr and letter_id in result.stderr and str(out) in result.stderr
    assert "Işık Öztürk" in text_of(out.read_bytes())
    assert not out.with_suffix(".pdf").exists()
    listed = cli.ok("letter", "list", isik).stdout.splitlines()
    assert [row.split("\t")[0] for row in listed] == [letter_id]
