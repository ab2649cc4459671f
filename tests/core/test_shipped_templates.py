"""The templates shipped in templates/: each is listed in the manifest, lints clean, renders for a
whole household and for a single person, and is rebuilt byte for byte by templates/build.py. The
print layout is checked too: what must stay on one line does (through LibreOffice and pdftotext),
and known postal addresses are printed where the letter would otherwise leave dotted lines."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from docx import Document
from docx.shared import Cm

from consultant_app.core.letters.catalogue import KNOWN_ADDRESSES, payer_address
from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.core.letters.lint import check_template
from consultant_app.core.letters.pdf import find_soffice, to_pdf
from consultant_app.core.letters.service import LetterService
from consultant_app.core.paths import templates_dir
from tests.conftest import ISIK
from tests.core.word_like import text_of

IDS = ["aanvraag-remigratie-uitkering", "machtiging", "melding-vertrek", "beeindiging-uitkering",
       "wijziging-svb", "levensbewijs-begeleidend", "checklist-vertrek"]
LETTER_DAY = date(2024, 11, 4)  # the application was still open then
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")

HOUSEHOLD = {
    **ISIK,
    "bank_abroad": {"iban": "TR33 0006 1005 1978 6457 8413 26"},
    "email": "isik.ozturk@example.org",
    "benefits": [{"type": "WW", "payer": "UWV", "since": "2023-02-01"}],
    "declarations": {"debts_to_state": False, "payment_arrangement": False, "detention": False},
    "residence_permit": {"type": "regulier onbepaalde tijd", "number": "X1234567",
                         "valid_until": "2029-01-31"},
    "partner": {**ISIK["partner"], "country_of_birth": "TR", "nationalities": ["TR"],
                "bsn": "111222333", "arrival_date": "1988-06-01"},
    "children": [{**ISIK["children"][0], "country_of_birth": "NL", "nationalities": ["TR", "NL"]},
                 ISIK["children"][1]],
}
SINGLE = {  # Surinamese, no partner, no children, an account number and BIC instead of an IBAN
    "given_names": "Ramon", "surname": "Sewnarain", "birth_date": "1955-12-01",
    "country_of_birth": "SR", "nationalities": ["NL"], "arrival_date": "1975-10-20",
    "address": {"street": "Zuidplein", "house_number": "101-B", "postcode": "3083 CW",
                "city": "Rotterdam"},
    "phone": "010-4123456",
    "benefits": [{"type": "bijstand", "payer": "gemeente Rotterdam", "since": "2019-05-01"}],
    "destination": {"country": "SR", "address": "Kwattaweg 12, Paramaribo",
                    "planned_departure": "2025-03-01"},
    "bank_abroad": {"account_number": "0123456789", "bic": "SURBSRPA"},
    "declarations": {"debts_to_state": True, "payment_arrangement": True, "detention": False},
}


@pytest.fixture
def letters(vault) -> LetterService:
    vault.set_setting("organisation_address", "Postbus 1234, 3500 AA Utrecht")
    vault.set_setting("organisation_phone", "030 123 45 67")
    return LetterService(vault, TemplateLibrary(templates_dir()), "Stadskantoor Eindhoven")


def letter_text(casefile, letters, person: dict, template_id: str) -> str:
    """Make the letter for a new client file of `person` and read back what a reader sees,
    which must hold no template tag any more."""
    client_id = casefile.add_client(person)
    _, content = letters.make(client_id, letters.library.get(template_id), LETTER_DAY)
    text = text_of(content)
    assert not LEFTOVER.search(text), LEFTOVER.search(text)
    return text


def test_every_shipped_template_is_in_the_manifest_and_checks_clean(letters):
    templates = letters.library.templates()

    assert sorted(templates) == sorted(IDS)
    for template in templates.values():
        assert check_template(template.read()) == [], template.id
        assert template.language == "nl" and template.version


def test_the_svb_application_is_valid_only_until_the_end_of_2024(letters):
    application = letters.library.get("aanvraag-remigratie-uitkering")

    assert application.valid_on(date(2024, 12, 31))
    assert not application.valid_on(date(2025, 1, 1))
    assert "geen nieuwe aanvragen" in application.expired_notice["nl"]
    assert [t.id for t in letters.library.listed(date(2026, 11, 30))][-1] == application.id


@pytest.mark.parametrize("template_id", IDS)
def test_shipped_template_renders_for_a_whole_household(casefile, letters, template_id):
    text = letter_text(casefile, letters, HOUSEHOLD, template_id)

    assert "Öztürk" in text and "Stichting Remigratie-advies" in text
    if template_id in ("aanvraag-remigratie-uitkering", "melding-vertrek"):
        assert "Ayşe" in text and "Emre" in text  # partner and the child who move along
        assert "Zeynep" not in text  # the adult daughter stays
    if template_id == "aanvraag-remigratie-uitkering":
        assert "TR330006100519786457841326" in text
        assert "Sociale Verzekeringsbank" in text and "Postbus 18603" in text
        assert "5 maart 1961" in text


@pytest.mark.parametrize("template_id", IDS)
def test_shipped_template_renders_for_a_single_person(casefile, letters, template_id):
    text = letter_text(casefile, letters, SINGLE, template_id)

    assert "Sewnarain" in text
    assert "Partner" not in text.replace("partner", "")  # no partner block or row
    if template_id == "aanvraag-remigratie-uitkering":
        assert "0123456789" in text and "SURBSRPA" in text


def test_departure_dates_are_computed_from_the_planned_departure(casefile, letters):
    client_id = casefile.add_client(SINGLE)  # leaves on 1 March 2025

    _, notice = letters.make(client_id, letters.library.get("melding-vertrek"), LETTER_DAY)
    _, checklist = letters.make(client_id, letters.library.get("checklist-vertrek"), LETTER_DAY)

    assert "24 februari 2025" in text_of(notice)  # no earlier than 5 days before leaving
    assert "12 april 2025" in text_of(checklist)  # changes within 6 weeks after leaving


def test_an_empty_file_gets_the_list_of_what_the_application_needs(casefile, letters):
    client_id = casefile.add_client({"given_names": "Tesfay", "surname": "Gebremedhin",
                                     "birth_date": "1984-06-30"})
    template = letters.library.get("aanvraag-remigratie-uitkering")

    missing = letters.preflight(client_id, template, LETTER_DAY)

    assert {"client.geboorteland", "client.adres.postcode", "vertrek.land", "vertrek.datum",
            "uitkering.instantie"} <= set(missing)
    assert "partner.bsn" not in missing  # no partner: nothing asked about one


def test_build_script_reproduces_the_committed_templates(tmp_path):
    spec = importlib.util.spec_from_file_location("build_templates", templates_dir() / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    written = build.build(tmp_path)

    assert sorted(p.stem for p in written) == sorted(IDS)
    stale = [p.name for p in written if p.read_bytes() != (templates_dir() / p.name).read_bytes()]
    assert stale == [], f"run `python templates/build.py` and commit: {stale}"


# -- print layout: what the page shows ----------------------------------------------------------
LEADER = "…"
LEADER_EM = 0.6904  # advance of "…" in Calibri and in Carlito, its metric twin
CELL_MARGINS_PT = Cm(0.38).pt  # Word's default cell margins, left and right together
NO_BSN = {**HOUSEHOLD, "partner": {k: v for k, v in HOUSEHOLD["partner"].items() if k != "bsn"}}


def package_xml(content: bytes) -> dict[str, str]:
    """The body, headers and footers of a letter as XML text, by part name."""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        return {name: package.read(name).decode("utf-8") for name in package.namelist()
                if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name)}


def pdf_layout(content: bytes, tmp_path) -> list[str]:
    """The letter printed through LibreOffice, as pdftotext lays out its lines."""
    if find_soffice() is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs LibreOffice and poppler-utils: the print layout is tested")
        pytest.skip("LibreOffice or pdftotext is not installed")
    path = tmp_path / "brief.pdf"
    path.write_bytes(to_pdf(content, tmp_path))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [line.replace("\u00a0", " ") for line in text.splitlines()]


def make_letter(casefile, letters, person: dict, template_id: str) -> bytes:
    client_id = casefile.add_client(person)
    return letters.make(client_id, letters.library.get(template_id), LETTER_DAY)[1]


@pytest.fixture
def long_letterhead(letters):
    """An organisation whose details fill the footer line, with a hyphen in its name."""
    letters.vault.set_setting("organisation", "Stichting Remigratie-advies Zuidoost-Brabant")
    letters.vault.set_setting("organisation_address",
                              "Stationsplein 12 (3e etage), 5611 AB Eindhoven")
    letters.vault.set_setting("organisation_phone", "+31 40 123 45 67")
    return letters


def test_the_footer_prints_the_phone_number_on_one_line(casefile, long_letterhead, tmp_path):
    content = make_letter(casefile, long_letterhead, HOUSEHOLD, "melding-vertrek")

    footers = [xml for name, xml in package_xml(content).items() if "footer" in name]
    assert footers and all("+31\u00a040\u00a0123\u00a045\u00a067" in xml for xml in footers)
    lines = pdf_layout(content, tmp_path)
    assert any("telefoon +31 40 123 45 67" in line for line in lines), lines[-8:]


def test_the_organisation_name_does_not_break_at_its_hyphen(casefile, long_letterhead,
                                                            tmp_path):
    content = make_letter(casefile, long_letterhead, HOUSEHOLD, "melding-vertrek")

    for name, xml in package_xml(content).items():
        assert "Zuidoost-Brabant" not in xml, name  # a plain hyphen may break the line
    body = package_xml(content)["word/document.xml"]
    assert re.search(r"Zuidoost</w:t><w:noBreakHyphen/><w:t[^>]*>Brabant", body)
    assert "Stichting Remigratie-advies Zuidoost-Brabant" in text_of(content)  # Word reads "-"
    lines = pdf_layout(content, tmp_path)
    assert not [line for line in lines if line.rstrip().endswith(("Zuidoost-", "Remigratie-"))]


@pytest.mark.parametrize("template_id", ["aanvraag-remigratie-uitkering", "melding-vertrek"])
def test_an_empty_bsn_leaves_a_dotted_line_that_fits_its_table_cell(casefile, letters,
                                                                    template_id):
    document = Document(io.BytesIO(make_letter(casefile, letters, NO_BSN, template_id)))

    leaders = [cell for table in document.tables for row in table.rows for cell in row.cells
               if cell.text and set(cell.text) == {LEADER}]
    assert leaders  # the partner's and the child's BSN
    for cell in leaders:
        room = cell.width.pt - CELL_MARGINS_PT
        assert len(cell.text) * LEADER_EM * 11 <= room, (len(cell.text), cell.width.cm)


def test_the_childs_empty_bsn_stays_on_its_row_in_print(casefile, letters, tmp_path):
    content = make_letter(casefile, letters, NO_BSN, "aanvraag-remigratie-uitkering")

    lines = pdf_layout(content, tmp_path)
    row = next(i for i, line in enumerate(lines) if line.startswith("Emre Öztürk"))
    assert LEADER in lines[row] and LEADER not in lines[row + 1], lines[row:row + 2]


def test_the_letter_to_the_municipality_leaves_lines_for_its_postal_address(casefile, letters):
    document = Document(io.BytesIO(make_letter(casefile, letters, HOUSEHOLD, "melding-vertrek")))

    texts = [p.text for p in document.paragraphs]
    at = texts.index("Afdeling Burgerzaken")
    assert texts[at - 1] == "Gemeente Eindhoven"
    assert [set(t) for t in texts[at + 1:at + 3]] == [{LEADER}, {LEADER}]


def test_a_benefit_paid_by_the_svb_is_stopped_by_a_letter_to_its_known_address(casefile,
                                                                                letters):
    person = {**SINGLE, "benefits": [{"type": "AOW", "payer": "SVB", "since": "2020-12-01"}]}
    document = Document(io.BytesIO(make_letter(casefile, letters, person,
                                               "beeindiging-uitkering")))

    texts = [p.text for p in document.paragraphs]
    address = "Sociale Verzekeringsbank\nPostbus 18603\n3501 CR Utrecht"
    assert address in texts
    before_date = texts[:next(i for i, t in enumerate(texts) if t.startswith("Datum:"))]
    assert not [t for t in before_date if LEADER in t]  # no lines to fill in by hand


@pytest.mark.parametrize("payer", ["UWV", "gemeente Rotterdam"])
def test_a_payer_without_a_sourced_address_gets_lines_to_fill_in(casefile, letters, payer):
    person = {**SINGLE, "benefits": [{"type": "WW", "payer": payer, "since": "2024-01-01"}]}
    document = Document(io.BytesIO(make_letter(casefile, letters, person,
                                               "beeindiging-uitkering")))

    texts = [p.text for p in document.paragraphs]
    at = texts.index(payer)
    assert [set(t) for t in texts[at + 1:at + 3]] == [{LEADER}, {LEADER}]


def test_known_payer_addresses_are_matched_by_name_and_carry_their_source():
    assert payer_address(" sociale  Verzekeringsbank ") == payer_address("SVB")
    assert payer_address("SVB").splitlines() == ["Sociale Verzekeringsbank", "Postbus 18603",
                                                 "3501 CR Utrecht"]
    assert payer_address("UWV") is None  # no sourced postal address (see templates/README.md)
    assert payer_address("gemeente Rotterdam") is None and payer_address(None) is None
    assert all(address.source for address in KNOWN_ADDRESSES.values())
    assert KNOWN_ADDRESSES["UWV"].source.startswith("unsourced")


def test_the_authorisation_names_the_partner_without_guessing_a_gender(casefile, letters):
    text = text_of(make_letter(casefile, letters, HOUSEHOLD, "machtiging"))

    assert "zijn of haar" not in text and "hem of haar" not in text
    assert "Mijn partner, Ayşe Öztürk, geeft deze toestemming ook" in text


def test_the_checklist_prints_the_case_deadlines_and_says_so_when_there_is_no_case(workspace):
    """The departure deadline and the open deadlines come from the client's case (the
    workspace's letters ask the case service); without a case the checklist says the rule."""
    workspace.settings.set_many({"organisation_address": "Postbus 1234, 3500 AA Utrecht",
                                 "organisation_phone": "030 123 45 67"})
    with_case = workspace.casefile.add_client(SINGLE)  # leaves on 1 March 2025
    case_id = workspace.cases.open(with_case, "remigratiewet", date(2024, 2, 1))
    workspace.cases.add_event(case_id, "ingediend", "2024-02-05")
    workspace.cases.add_event(case_id, "toegekend", "2024-08-31")
    without_case = workspace.casefile.add_client(SINGLE)
    template = workspace.letters.library.get("checklist-vertrek")

    _, ours = workspace.letters.make(with_case, template, LETTER_DAY)
    _, plain = workspace.letters.make(without_case, template, LETTER_DAY)

    text = text_of(ours)
    assert "uiterlijk 28 februari 2025" in text  # award + 6 months, clamped to February's end
    assert "binnen 6 maanden na de toekenning" not in text
    # The open deadlines in date order: deregistering (a window) and leaving at the latest.
    assert re.search(r"Uitschrijven bij de gemeente \(BRP\)\W+24-02-2025 tot en met "
                     r"01-03-2025", text)
    assert re.search(r"Uiterlijk vertrekken\W+uiterlijk 28-02-2025", text)
    assert "Er staan nu geen termijnen" not in text
    assert "binnen 6 maanden na de toekenning" in text_of(plain)
    assert "Er staan nu geen termijnen van de SVB open." in text_of(plain)
    assert "{{" not in text and "{%" not in text
