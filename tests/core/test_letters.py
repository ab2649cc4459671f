"""Letters from templates: Word-made templates fill in, bad templates are refused with a reason,
missing data is named before anything is written, and every letter is kept reproducibly."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from datetime import date

import pytest
from docx import Document

from consultant_app.core.errors import LetterError, MissingFieldsError, NotFoundError
from consultant_app.core.fileio import StorageError
from consultant_app.core.letters.library import TemplateLibrary, sha256
from consultant_app.core.letters.lint import check_template
from consultant_app.core.letters.package import check_docx
from consultant_app.core.letters.pdf import find_soffice, to_pdf
from consultant_app.core.letters.render import render_docx
from consultant_app.core.letters.service import LetterService
from consultant_app.core.vault import audit
from tests.conftest import ISIK
from tests.core.word_like import (
    template_of, text_of, word_like_template, write, zip_package,
)

LETTER_DAY = date(2026, 11, 30)
SINGLE = {"given_names": "Ramon", "surname": "Sewdien", "birth_date": "1958-01-17",
          "country_of_birth": "SR", "nationalities": ["NL"],
          "destination": {"country": "SR", "planned_departure": "2027-03-01"},
          "bank_abroad": {"account_number": "0123456789", "bic": "SURBSRPA"}}


@pytest.fixture
def library(tmp_path) -> TemplateLibrary:
    """An office folder of templates written per test (the shipped ones are tested apart)."""
    return TemplateLibrary(tmp_path / "shipped-none", tmp_path / "office")


@pytest.fixture
def letters(vault, library) -> LetterService:
    return LetterService(vault, library, "Stadskantoor Eindhoven")


def add_template(library: TemplateLibrary, tmp_path, data: bytes, template_id: str = "brief",
                 **manifest) -> object:
    source = write(tmp_path / f"{template_id}-source.docx", data)
    return library.import_template(source, template_id, manifest.pop("title", "Brief"),
                                   **manifest)


# -- Word-made templates ----------------------------------------------------------------------
def test_word_template_with_split_placeholders_fills_body_table_header_and_footer(
        casefile, letters, library, tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, word_like_template())

    letter, content = letters.make(client_id, template, LETTER_DAY)

    text = text_of(content)
    assert "Geachte heer/mevrouw Öztürk," in text
    assert "Geboren op 5 maart 1961 (05-03-1961) in Turkije." in text
    assert "Adres: Hoogstraat 12" in text
    assert "Partner: Ayşe Öztürk" in text
    assert "Emre Öztürk | 03-02-2011" in text  # the co-migrating child, in its own row
    assert "Zeynep" not in text  # the daughter who stays is no part of the household leaving
    assert "Stichting Remigratie-advies" in text  # header
    assert "Consulent: Anouk de Vries — 30 november 2026" in text  # footer
    assert "{{" not in text and "{%" not in text and "}}" not in text
    assert letter.template_id == "brief" and letter.letter_date == "2026-11-30"
    assert letter.created_by == "Anouk de Vries"


def test_single_person_letter_leaves_out_the_partner_paragraph_and_child_rows(
        casefile, letters, library, tmp_path):
    client_id = casefile.add_client({**SINGLE, "address": {"street": "Kwattaweg",
                                                           "house_number": "7"}})
    template = add_template(library, tmp_path, word_like_template())

    _, content = letters.make(client_id, template, LETTER_DAY)

    doc = Document(io.BytesIO(content))
    text = text_of(content)
    assert "Partner" not in text and "if partner" not in text
    assert len(doc.tables[0].rows) == 1  # only the header row: no empty rows left behind
    assert "in Suriname." in text


def test_ampersand_angle_brackets_and_quotes_are_written_as_text(
        casefile, letters, library, tmp_path, vault):
    vault.set_setting("organisation", 'Stichting "Terugkeer" & Advies <Zuid>')
    client_id = casefile.add_client({**ISIK, "surname": "O'Neill & <Öztürk>"})
    template = add_template(library, tmp_path, template_of(
        "{{ organisatie.naam }}", "Beste {{ client.achternaam }},"))

    _, content = letters.make(client_id, template, LETTER_DAY)

    assert text_of(content).splitlines()[:2] == [
        'Stichting "Terugkeer" & Advies <Zuid>', "Beste O'Neill & <Öztürk>,"]


# -- preflight --------------------------------------------------------------------------------
def test_missing_fields_are_named_and_nothing_is_kept(casefile, letters, library, tmp_path,
                                                      vault):
    client_id = casefile.add_client({k: v for k, v in ISIK.items() if k != "bsn"})
    template = add_template(library, tmp_path, template_of(
        "BSN: {{ client.bsn }}", "Telefoon: {{ client.telefoon }}",
        "Bank: {{ bank.iban }}", "{% for kind in kinderen %}{{ kind.bsn }}{% endfor %}"))

    assert letters.preflight(client_id, template, LETTER_DAY) == [
        "client.bsn", "bank.iban", "kinderen[0].bsn"]
    with pytest.raises(MissingFieldsError) as refused:
        letters.make(client_id, template, LETTER_DAY)

    assert refused.value.fields == ["client.bsn", "bank.iban", "kinderen[0].bsn"]
    assert "client.bsn, bank.iban, kinderen[0].bsn" in refused.value.message("nl")
    assert letters.list_letters(client_id) == []


def test_fields_behind_an_untaken_condition_are_not_needed(casefile, letters, library, tmp_path):
    client_id = casefile.add_client(SINGLE)
    template = add_template(library, tmp_path, template_of(
        "{%p if partner %}", "BSN partner: {{ partner.bsn }}", "{%p endif %}",
        "{% if client.bsn %}BSN: {{ client.bsn }}{% else %}BSN volgt{% endif %}"))

    assert letters.preflight(client_id, template, LETTER_DAY) == []


def test_filling_in_the_missing_field_lets_the_letter_through(casefile, letters, library,
                                                             tmp_path):
    client_id = casefile.add_client(SINGLE)
    template = add_template(library, tmp_path, template_of("BSN: {{ client.bsn }}"))
    assert letters.preflight(client_id, template, LETTER_DAY) == ["client.bsn"]

    casefile.update_client(client_id, {"bsn": "111222333"})
    _, content = letters.make(client_id, template, LETTER_DAY)

    assert "BSN: 111222333" in text_of(content)


# -- refused templates ------------------------------------------------------------------------
@pytest.mark.parametrize("expression", [
    "{{ client.__class__.__mro__ }}",
    "{{ ''.__class__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ client.update({'bsn': 1}) }}",
])
def test_template_injection_is_refused_by_the_sandbox(casefile, letters, library, tmp_path,
                                                      expression):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of(expression))

    with pytest.raises(LetterError) as refused:
        letters.make(client_id, template, LETTER_DAY)

    assert refused.value.code in ("template_unsafe", "template_unknown_field")
    assert letters.list_letters(client_id) == []


def test_runaway_template_is_stopped_in_time():
    loop = "{% set x = range(100000) %}{% for a in x %}{% for b in x %}{% endfor %}{% endfor %}"
    start = time.monotonic()

    with pytest.raises(LetterError) as stopped:
        render_docx(template_of(loop), {}, seconds=0.5)

    assert stopped.value.code == "render_timeout"
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("expression", [
    "{{ 'x' * 1000000000 }}",
    "{% for a in range(100000) %}{% for b in range(100) %}xxxxxxxxxxxxxxxxxxxxxxxx"
    "{% endfor %}{% endfor %}",
])
def test_template_that_would_fill_memory_is_refused(expression):
    with pytest.raises(LetterError) as refused:
        render_docx(template_of(expression), {})

    assert refused.value.code == "render_too_large"


def test_syntax_error_is_reported_with_the_surrounding_document_text():
    findings = check_template(template_of(
        "Geachte heer/mevrouw,", "{% if client.bsn %}Uw BSN is bekend.", "Met groet"))

    assert [(f.kind, f.part) for f in findings] == [("syntax", "hoofdtekst")]
    assert "endif" in findings[0].detail
    assert "Uw BSN is bekend" in findings[0].context or "Met groet" in findings[0].context


def test_syntax_error_refuses_the_letter(casefile, letters, library, tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("{{ client.achternaam "))

    with pytest.raises(LetterError) as refused:
        letters.make(client_id, template, LETTER_DAY)

    assert refused.value.code == "template_syntax"


def test_check_names_fields_outside_the_catalogue_with_their_text():
    findings = check_template(template_of(
        "Beste {{ client.achternam }},", "{{ kind.bsn }}",
        "{% for kind in kinderen %}{{ kind.voornamen }} {{ kind.schoenmaat }}{% endfor %}",
        "{{ vertrek.datum|dagen_ervoor(5) }} {{ uitkering.instantie }}"))

    assert [(f.kind, f.detail) for f in findings] == [
        ("unknown_field", "client.achternam"), ("unknown_field", "kind.bsn"),
        ("unknown_field", "kind.schoenmaat")]
    assert findings[0].context.startswith("Beste")


def test_check_finds_a_plain_for_loop_across_table_rows_but_not_a_row_loop():
    plain = template_of(table_rows=[["{% for kind in kinderen %}", ""],
                                    ["{{ kind.voornamen }}", "{{ kind.geboortedatum }}"],
                                    ["{% endfor %}", ""]])
    row_loop = template_of(table_rows=[["{%tr for kind in kinderen %}", ""],
                                       ["{{ kind.voornamen }}", "{{ kind.geboortedatum }}"],
                                       ["{%tr endfor %}", ""]])
    in_cell = template_of(table_rows=[["{% for k in kinderen %}{{ k.voornamen }} {% endfor %}",
                                       "x"]])

    assert [f.kind for f in check_template(plain)] == ["loop_in_table"]
    assert check_template(row_loop) == []
    assert check_template(in_cell) == []


def test_check_of_the_word_like_template_is_clean():
    assert check_template(word_like_template()) == []


def test_unknown_filter_is_a_syntax_finding():
    findings = check_template(template_of("{{ vandaag|datum_lang }}"))

    assert [f.kind for f in findings] == ["syntax"]
    assert "datum_lang" in findings[0].detail


# -- unsafe packages --------------------------------------------------------------------------
def minimal_parts(document: bytes = b"<w:document/>") -> dict[str, bytes]:
    return {"[Content_Types].xml": b"<Types/>", "word/document.xml": document}


def test_zip_bomb_is_refused_within_a_second():
    bomb = zip_package({**minimal_parts(), "word/media/image1.png": b"\0" * 60_000_000})
    assert len(bomb) < 200_000
    start = time.monotonic()

    with pytest.raises(LetterError) as refused:
        check_template(bomb)

    assert refused.value.code == "docx_zip_bomb"
    assert time.monotonic() - start < 1.0


def test_package_with_too_many_parts_is_refused():
    parts = {**minimal_parts(), **{f"customXml/item{i}.xml": b"<a/>" for i in range(1001)}}

    with pytest.raises(LetterError) as refused:
        check_docx(zip_package(parts))

    assert refused.value.code == "docx_too_many_parts"


@pytest.mark.parametrize("name", ["../../evil.xml", "/etc/evil.xml", "word/../../evil.xml",
                                  "C:/evil.xml", "word\\..\\evil.xml"])
def test_absolute_or_parent_member_names_are_refused(name):
    with pytest.raises(LetterError) as refused:
        check_docx(zip_package({**minimal_parts(), name: b"x"}))

    assert refused.value.code == "docx_bad_member_name"


@pytest.mark.parametrize("data", [b"", b"not a zip at all", zip_package({"a.txt": b"x"})])
def test_a_file_that_is_no_word_document_is_refused(data):
    with pytest.raises(LetterError) as refused:
        check_template(data)

    assert refused.value.code == "docx_not_a_document"


# -- validity ---------------------------------------------------------------------------------
def test_expired_template_needs_explicit_confirmation(casefile, letters, library, tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("Aan de SVB"), "aanvraag",
                            valid_from=date(2014, 7, 1), valid_until=date(2024, 12, 31))

    with pytest.raises(LetterError) as refused:
        letters.make(client_id, template, date(2025, 1, 2))
    letter, _ = letters.make(client_id, template, date(2025, 1, 2), allow_expired=True)
    before, _ = letters.make(client_id, template, date(2024, 12, 31))

    assert refused.value.code == "template_expired"
    assert "2024-12-31" in refused.value.message("nl")
    assert [x.id for x in letters.list_letters(client_id)] == [before.id, letter.id]


def test_valid_templates_are_listed_first(library, tmp_path):
    add_template(library, tmp_path, template_of("x"), "aanvraag", title="Aanvraag",
                 valid_until=date(2024, 12, 31))
    add_template(library, tmp_path, template_of("x"), "wijziging", title="Wijziging")

    listed = library.listed(LETTER_DAY)

    assert [t.id for t in listed] == ["wijziging", "aanvraag"]
    assert [t.valid_on(LETTER_DAY) for t in listed] == [True, False]


def test_a_broken_manifest_is_reported_not_guessed(library, tmp_path):
    library.office.mkdir(parents=True)
    (library.office / "manifest.json").write_text('{"templates": [{"id": "x"}]}')

    with pytest.raises(LetterError) as refused:
        library.templates()

    assert refused.value.code == "manifest_invalid"


# -- kept letters -----------------------------------------------------------------------------
def test_same_data_and_template_give_the_same_letter(casefile, letters, library, tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, word_like_template())

    first, first_bytes = letters.make(client_id, template, LETTER_DAY)
    second, second_bytes = letters.make(client_id, template, LETTER_DAY)
    casefile.update_client(client_id, {"phone": "06-87654321"})
    third, _ = letters.make(client_id, template, LETTER_DAY)

    assert first_bytes == second_bytes
    assert (first.content_hash, first.data_hash) == (second.content_hash, second.data_hash)
    assert first.template_hash == sha256(template.path.read_bytes())
    assert third.data_hash != first.data_hash  # the data changed, the hash says so


def test_kept_letter_is_encrypted_in_the_vault_and_exported_on_request(
        casefile, letters, library, tmp_path, vault, vault_dir):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("Beste {{ client.voornamen }},"))
    letter, content = letters.make(client_id, template, LETTER_DAY)
    out = tmp_path / "brief.docx"

    letters.export(letter.id, out)

    assert out.read_bytes() == content
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert "Işık".encode() not in (vault_dir / "vault.db").read_bytes()
    actions = [(e.action, e.detail) for e in audit.entries_for(vault.db, client_id)]
    assert ("create", "letter:brief") in actions
    assert ("export", f"letter:{letter.id}") in actions


def test_saving_a_letter_writes_the_file_and_keeps_it_in_one_go(casefile, letters, library,
                                                                tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("Beste {{ client.voornamen }},"))
    draft = letters.draft(client_id, template, LETTER_DAY)
    blocked = tmp_path / "no-such-folder" / "brief.docx"

    with pytest.raises(StorageError):  # the folder does not exist
        letters.save(draft, blocked)
    letter = letters.save(draft, tmp_path / "brief.docx")

    assert [x.id for x in letters.list_letters(client_id)] == [letter.id]  # the failed one: gone
    assert not blocked.exists()


def test_a_pdf_that_libreoffice_cannot_make_leaves_the_docx_kept_and_written(
        casefile, letters, library, tmp_path, monkeypatch):
    from consultant_app.core.errors import PdfNotMadeError
    from consultant_app.core.letters import service as service_module

    def broken(content: bytes, data_dir) -> bytes:
        raise LetterError("pdf_failed")

    monkeypatch.setattr(service_module, "to_pdf", broken)
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("Beste {{ client.voornamen }},"))
    draft = letters.draft(client_id, template, LETTER_DAY)
    out = tmp_path / "brief.docx"

    with pytest.raises(PdfNotMadeError) as missed:
        letters.save(draft, out, tmp_path / "brief.pdf")

    assert out.read_bytes() == draft.content
    assert not (tmp_path / "brief.pdf").exists()
    assert [x.id for x in letters.list_letters(client_id)] == [missed.value.letter_id]
    assert missed.value.message("en") == (
        f"Letter {missed.value.letter_id} kept and written to {out}, but no PDF was made: "
        "LibreOffice could not make a PDF")


def test_missing_organisation_settings_are_told_apart_from_the_clients_file(
        casefile, letters, library, tmp_path):
    client_id = casefile.add_client({k: v for k, v in ISIK.items() if k != "bsn"})
    template = add_template(library, tmp_path, template_of(
        "BSN: {{ client.bsn }}", "Telefoon: {{ organisatie.telefoon }}"))

    with pytest.raises(MissingFieldsError) as refused:
        letters.make(client_id, template, LETTER_DAY)

    assert refused.value.message("nl") == (
        "Deze gegevens ontbreken in het dossier van de cliënt: client.bsn; deze instellingen van "
        "de organisatie ontbreken (gelden voor alle brieven): organisation_phone; stel ze in met "
        "`consultant-app settings NAAM WAARDE`, bijvoorbeeld `consultant-app settings "
        'organisation_phone "+31 30 123 45 67"`; er is niets geschreven')


def test_letters_of_an_unknown_client_say_so(letters):
    with pytest.raises(NotFoundError):
        letters.list_letters("01890a5d-ac96-774b-b9aa-1234567890ab")


# -- PDF --------------------------------------------------------------------------------------
def test_pdf_conversion_through_libreoffice(casefile, letters, library, tmp_path):
    if find_soffice() is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs LibreOffice (libreoffice-writer-nogui): PDF must be tested")
        pytest.skip("LibreOffice is not installed")
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("Beste {{ client.voornamen }},"))
    _, content = letters.make(client_id, template, LETTER_DAY)

    pdf = to_pdf(content, casefile.vault.data_dir)

    assert pdf.startswith(b"%PDF-")
    assert _pdf_text(pdf, tmp_path).strip().startswith("Beste Işık,")


def _pdf_text(pdf: bytes, tmp_path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs poppler-utils (pdftotext)")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = write(tmp_path / "brief.pdf", pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_zip_members_of_a_letter_have_fixed_timestamps(casefile, letters, library, tmp_path):
    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("x"))
    _, content = letters.make(client_id, template, LETTER_DAY)

    with zipfile.ZipFile(io.BytesIO(content)) as package:
        assert {m.date_time for m in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_kept_letter_data_is_the_json_of_what_was_filled_in(casefile, letters, library,
                                                           tmp_path, vault):
    from consultant_app.core.vault.letters import data_of

    client_id = casefile.add_client(ISIK)
    template = add_template(library, tmp_path, template_of("x"))
    letter, _ = letters.make(client_id, template, LETTER_DAY)

    data = json.loads(data_of(vault.db, letter.id))

    assert data["client"]["achternaam"] == "Öztürk"
    assert data["client"]["geboortedatum"] == "1961-03-05"
    assert data["vandaag"] == "2026-11-30"
    assert [k["voornamen"] for k in data["kinderen"]] == ["Emre"]


# -- several clients at once ------------------------------------------------------------------
def test_batch_writes_a_letter_per_client_and_reports_the_ones_lacking_data(
        casefile, letters, library, tmp_path):
    isik = casefile.add_client(ISIK)
    namesake = casefile.add_client({**ISIK, "birth_date": "1970-01-01"})
    without_bsn = casefile.add_client(SINGLE)
    template = add_template(library, tmp_path, template_of("BSN: {{ client.bsn }}"),
                            title="Brief: SVB/aanvraag")
    out = tmp_path / "batch"
    out.mkdir()
    seen = []

    result = letters.make_batch([isik, namesake, without_bsn], template, LETTER_DAY, out,
                                progress=seen.append)

    assert seen == [1, 2, 3]
    assert [c for c, _ in result.written] == [isik, namesake]
    assert sorted(p.name for p in out.iterdir()) == [
        "Brief SVB aanvraag - Öztürk, Işık - 2026-11-30 (2).docx",
        "Brief SVB aanvraag - Öztürk, Işık - 2026-11-30.docx"]
    assert [(c, e.code) for c, e in result.refused] == [(without_bsn, "letter_missing_fields")]
    assert len(letters.list_letters(isik)) == 1 and letters.list_letters(without_bsn) == []


# -- filling in what a letter lacks -----------------------------------------------------------
def test_missing_fields_become_a_form_and_the_answers_land_in_the_file(
        casefile, letters, library, tmp_path, vault):
    from consultant_app.core.letters.preflight import client_changes, describe

    client_id = casefile.add_client({**ISIK, "children": [
        {"given_names": "Zeynep", "surname": "Öztürk", "co_migrates": False},
        {"given_names": "Emre", "surname": "Öztürk", "co_migrates": True}]})
    template = add_template(library, tmp_path, template_of(
        "{{ client.adres.straat }} {{ client.adres.postcode }} {{ bank.iban }}",
        "{{ organisatie.telefoon }} {% for kind in kinderen %}{{ kind.geboortedatum }}"
        "{% endfor %} {{ verklaringen.detentie }}"))
    casefile.update_client(client_id, {"address": {"street": "Hoogstraat"}})
    client = casefile.show_client(client_id)

    fields = describe(letters.preflight(client_id, template, LETTER_DAY), client)

    assert [(f.name, f.kind, f.target, f.path) for f in fields] == [
        ("client.adres.postcode", "text", "client", "address.postcode"),
        ("bank.iban", "text", "client", "bank_abroad.iban"),
        ("organisatie.telefoon", "text", "setting", "organisation_phone"),
        ("kinderen[0].geboortedatum", "date", "client", "children[1].birth_date"),
        ("verklaringen.detentie", "flag", "client", "declarations.detention")]
    assert fields[0].label == "cliënt: postcode (1234 AB)"

    answers = {"address.postcode": "5611 AB", "bank_abroad.iban": "TR330006100519786457841326",
               "children[1].birth_date": "2011-02-03", "declarations.detention": False}
    casefile.update_client(client_id, client_changes(casefile.client_json(client), answers))
    vault.set_setting("organisation_phone", "030 123 45 67")

    assert letters.preflight(client_id, template, LETTER_DAY) == []
    stored = casefile.show_client(client_id)
    assert stored.address["street"] == "Hoogstraat"  # kept beside the new postcode
    assert [c.given_names for c in stored.children] == ["Zeynep", "Emre"]  # nobody dropped


def test_printing_without_libreoffice_is_a_clear_refusal(monkeypatch, tmp_path):
    from consultant_app.core.letters import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)

    with pytest.raises(LetterError) as refused:
        pdf.print_docx(b"not printed", tmp_path)

    assert refused.value.code == "print_no_libreoffice"
    assert "Word" in refused.value.message("nl")
