"""The annual report's exports, read back as a funder's software reads them: the .xlsx (every
cell of both years, the `<5` and `x` cells, the charts and the ranges they draw), the .docx
(tables, one chart picture per breakdown, the definitions, no template tag left), the PDF
through LibreOffice; and the refusals that leave nothing behind."""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from openpyxl.utils import quote_sheetname

from consultant_app.core.errors import LetterError, ReportError
from consultant_app.core.letters.pdf import find_soffice
from consultant_app.core.paths import templates_dir
from consultant_app.core.reports.docx import template_path
from consultant_app.core.reports.export import report_bytes, write_report
from consultant_app.core.reports.tables import DEFINITIONS, tables
from consultant_app.core.reports.texts import definitions
from tests.core.report_example import example_report

ROOT = Path(__file__).resolve().parents[2]

# Every table as an export prints it: (label, 2024, 2023); the total row last.
EXPECTED = {
    "Cliënten": [("Turkije", 151, 139), ("Marokko", 118, 110), ("Suriname", 64, 71),
                 ("Nederland", 41, 33), ("Bosnië en Herzegovina", 12, 9), ("Irak", 9, "<5"),
                 ("Afghanistan", "x", "<5"), ("Tunesië", "<5", 0), ("Onbekend", 7, 5),
                 ("Totaal geholpen cliënten", 412, 373)],
    "Dienstverlening": [("Intake", 273, 251), ("Uitgebreide begeleiding", 139, 122),
                        ("Totaal geholpen cliënten", 412, 373)],
    "Aanvragen": [("Begeleid door ons", 29, 41), ("Landelijk totaal", 1000, 1210),
                  ("Aandeel begeleid", 0.029, 0.0339)],
    "Groepsvoorlichting": [("Turks", 12, 10), ("Marokkaans", 9, 8), ("Surinaams", 6, 7),
                           ("Professionals", 5, 3), ("Vluchtelingen", 4, 3), ("Gemengd", 2, 0),
                           ("Totaal bijeenkomsten", 38, 31)],
    "Geremigreerden": [("Turkije", 21, 19), ("Marokko", 17, 15), ("Suriname", 9, 11),
                       ("Bosnië en Herzegovina", "<5", "<5"), ("Irak", "<5", 0),
                       ("Onbekend", "<5", "<5"), ("Totaal contacten", 57, 49)],
    "Overige cijfers": [("Vluchtelingen en statushouders (geholpen cliënten)", 31, 24),
                        ("Relatiecontacten met partnerorganisaties", 64, 51)],
    "Locaties": [("Utrecht", 486, 431), ("Amersfoort", 131, 118), ("Nieuwegein", 57, "x"),
                 ("Houten", "x", "<5"), ("Zeist", "<5", 0), ("Totaal contacten", 699, 602)],
}
CHARTS = {"Cliënten", "Dienstverlening", "Groepsvoorlichting", "Geremigreerden", "Locaties"}


def printed(value) -> str:
    """A cell of EXPECTED as the .docx prints it."""
    if isinstance(value, float):
        return f"{value * 100:.1f}%".replace(".", ",")
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else value


def test_the_xlsx_holds_every_cell_of_both_years_with_small_counts_hidden(tmp_path):
    path = write_report(example_report(), tmp_path / "jaarverslag.xlsx")

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Toelichting", *EXPECTED]
    for name, rows in EXPECTED.items():
        sheet = book[name]
        assert [sheet.cell(3, c).value for c in (2, 3)] == ["2024", "2023"]
        found = [tuple(c.value for c in row) for row in
                 sheet.iter_rows(min_row=4, max_row=3 + len(rows), max_col=3)]
        assert found == rows, name
        assert sheet.cell(4 + len(rows), 1).value is None  # nothing after the table
    overview = book["Toelichting"]
    assert overview["A1"].value == "Jaarverslag 2024"
    first = [c.value for c in overview["A"]].index("Wat is geteld") + 2
    terms = [overview.cell(row, 1).value for row in range(first, first + len(DEFINITIONS))]
    assert terms == [term for term, _ in DEFINITIONS]


def test_the_xlsx_has_a_native_bar_chart_over_each_breakdown_without_its_total(tmp_path):
    path = write_report(example_report(), tmp_path / "jaarverslag.xlsx")

    book = openpyxl.load_workbook(path)
    for name, rows in EXPECTED.items():
        charts = book[name]._charts
        if name not in CHARTS:
            assert charts == [], name
            continue
        (chart,) = charts
        last = 3 + len(rows) - 1  # the categories; the total row is not drawn
        quoted = quote_sheetname(name)
        assert chart.type == "bar"
        assert [s.val.numRef.f for s in chart.series] == [
            f"{quoted}!$B$4:$B${last}", f"{quoted}!$C$4:$C${last}"]
        assert [s.tx.strRef.f for s in chart.series] == [f"{quoted}!B3", f"{quoted}!C3"]
        categories = chart.series[0].cat.strRef or chart.series[0].cat.numRef
        assert categories.f == f"{quoted}!$A$4:$A${last}"


def test_the_docx_prints_each_table_a_chart_per_breakdown_and_the_definitions(tmp_path):
    path = write_report(example_report(), tmp_path / "jaarverslag.docx")

    document = Document(str(path))
    tables_found = [[[cell.text for cell in row.cells] for row in table.rows]
                    for table in document.tables]
    assert len(tables_found) == len(EXPECTED)
    for found, (name, rows) in zip(tables_found, EXPECTED.items()):
        assert found[0] == ["", "2024", "2023"], name
        assert found[1:] == [[label, printed(a), printed(b)] for label, a, b in rows], name
    assert len(document.inline_shapes) == len(CHARTS)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Jaarverslag 2024" in text and "{{" not in text and "{%" not in text
    for term, definition in DEFINITIONS:
        assert f"{term}. {definition}" in text
    pictures = [part for part in document.part.package.parts
                if part.partname.endswith(".png")]
    assert len(pictures) == len(CHARTS)
    assert all(part.blob.startswith(b"\x89PNG") for part in pictures)


def test_without_a_previous_year_its_column_says_so_and_the_charts_draw_one_year(tmp_path):
    report = example_report()
    report["previous_year"] = None

    book = openpyxl.load_workbook(io.BytesIO(report_bytes(report, ".xlsx")))
    assert [book["Cliënten"].cell(4, c).value for c in (1, 2, 3)] == ["Turkije", 151, "–"]
    assert len(book["Cliënten"]._charts[0].series) == 1
    document = Document(io.BytesIO(report_bytes(report, ".docx")))
    assert [c.text for c in document.tables[0].rows[1].cells] == ["Turkije", "151", "–"]


def test_the_desktop_tables_show_exact_counts():
    exact = tables(example_report(), suppress=False)

    clients = exact.tables[0]
    assert [(r.label, r.current, r.previous) for r in clients.rows[6:8]] == [
        ("Afghanistan", "7", "2"), ("Tunesië", "3", "0")]


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_the_pdf_is_the_document_through_libreoffice(tmp_path):
    work = tmp_path / "data"
    work.mkdir()
    path = write_report(example_report(), tmp_path / "jaarverslag.pdf", work_dir=work)

    assert path.read_bytes().startswith(b"%PDF")
    assert list(work.iterdir()) == []  # LibreOffice's work folder is gone again
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Jaarverslag 2024" in text and "Geholpen cliënten naar achtergrond" in text
        assert "Tunesië" in text and "Wat is geteld" in text
        pages = text.split("\f")[:-1]  # each page's footer numbers it: "Pagina 2 van 5"
        assert len(pages) > 1
        for number, page in enumerate(pages, start=1):
            assert f"Pagina {number} van {len(pages)}" in page


def test_a_pdf_without_libreoffice_is_refused_with_a_line_and_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr("consultant_app.core.letters.pdf.find_soffice", lambda: None)

    with pytest.raises(LetterError) as caught:
        write_report(example_report(), tmp_path / "jaarverslag.pdf")
    assert caught.value.message("nl").startswith("Voor PDF is LibreOffice nodig")
    assert list(tmp_path.iterdir()) == []


def refusal(report, path: Path) -> ReportError:
    with pytest.raises(ReportError) as caught:
        write_report(report, path)
    return caught.value


def test_an_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "jaarverslag.xlsx"
    path.write_bytes(b"last year's report")

    error = refusal(example_report(), path)

    assert error.message("en") == (f"{path} exists already; nothing was overwritten. "
                                   "Choose another name")
    assert error.message("nl").startswith(f"{path} bestaat al")
    assert path.read_bytes() == b"last year's report"


@pytest.mark.parametrize("name", ["jaarverslag.odt", "jaarverslag"])
def test_an_unknown_extension_is_refused(tmp_path, name):
    error = refusal(example_report(), tmp_path / name)

    assert error.code == "report_unknown_format"
    assert "kies een naam op .xlsx, .docx of .pdf" in error.message("nl")
    assert list(tmp_path.iterdir()) == []


def test_a_report_that_does_not_add_up_is_refused_and_nothing_is_written(tmp_path):
    report = example_report()
    report["clients"]["by_background"]["TR"] += 1

    error = refusal(report, tmp_path / "jaarverslag.docx")

    assert error.message("nl") == ("clients.by_background: de delen tellen op tot 413, "
                                   "het totaal is 412")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path):
    error = refusal(example_report(), tmp_path / "nergens" / "jaarverslag.xlsx")

    assert error.message("en") == f"The folder {tmp_path / 'nergens'} does not exist"


def test_an_office_template_with_a_broken_tag_gives_a_line(tmp_path):
    from docx import Document as New

    broken = New()
    broken.add_paragraph("Jaarverslag {{ jaar ")
    buffer = io.BytesIO()
    broken.save(buffer)

    with pytest.raises(ReportError) as caught:
        write_report(example_report(), tmp_path / "r.docx", template=buffer.getvalue())
    assert caught.value.message("en").startswith("The annual report's template cannot be filled")


def test_the_build_script_reproduces_the_shipped_report_template(tmp_path):
    spec = importlib.util.spec_from_file_location("build_report",
                                                  templates_dir() / "build_report.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    written = build.main(tmp_path / "jaarverslag.docx")

    assert written.read_bytes() == template_path().read_bytes(), \
        "run `python templates/build_report.py` and commit"


def test_the_definitions_on_the_report_are_written_down_in_the_docs():
    docs = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    flat = " ".join(docs.split())

    for term, definition in DEFINITIONS:
        assert f"**{term}**. {definition}" in flat, term


def quiet_year(year: int) -> dict:
    """A year with almost nothing: no sessions, no remigrated contacts, two small places."""
    return {"year": year, "source": "vault",
            "clients": {"total": 3, "by_background": {"TR": 3}},
            "services": {"intake": 3, "uitgebreide_begeleiding": 0},
            "applications": {"guided": 0, "total": None, "share": None},
            "group_sessions": {"total": 0, "by_audience": {}},
            "remigrated_contacts": {"total": 0, "by_country": {}},
            "refugees": 0, "relation_contacts": 0,
            "locations": {"=HYPERLINK(\"http://example.org\")": 2, "Bergen & Zoom": 1}}


def test_a_quiet_year_exports_without_empty_charts_and_names_stay_text(tmp_path):
    report = {**quiet_year(2025), "previous_year": None}

    book = openpyxl.load_workbook(write_report(report, tmp_path / "r.xlsx"))
    clients = book["Cliënten"]
    assert [c.value for c in clients[4]] == ["Turkije", "x", "–"]  # 3 clients: all withheld
    assert [c.value for c in clients[5]] == ["Totaal geholpen cliënten", "<5", "–"]
    assert book["Groepsvoorlichting"]._charts == []  # nothing to draw
    places = book["Locaties"]
    assert places["A4"].value == "=HYPERLINK(\"http://example.org\")"
    assert places["A4"].data_type == "s"  # text, not a formula that runs when opened
    assert "geen balk" in places["A8"].value
    document = Document(str(write_report(report, tmp_path / "r.docx")))
    assert [c.text for c in document.tables[-1].rows[2].cells] == ["Bergen & Zoom", "x", "–"]
    assert [c.text for c in document.tables[2].rows[2].cells] == ["Landelijk totaal", "–", "–"]


def test_an_english_export_has_english_words_and_numbers_throughout(tmp_path):
    book = openpyxl.load_workbook(write_report(example_report(), tmp_path / "r.xlsx",
                                               language="en"))
    assert book.sheetnames[:3] == ["Notes", "Clients", "Services"]
    clients = book["Clients"]
    assert clients["A1"].value == "Clients helped by background"
    assert [clients.cell(r, 1).value for r in (4, 12, 13)] == [
        "Türkiye", "Unknown", "Total clients helped"]
    assert book["Notes"]["A1"].value == "Annual report 2024"
    assert "What was counted" in [c.value for c in book["Notes"]["A"]]

    document = Document(str(write_report(example_report(), tmp_path / "r.docx",
                                         language="en")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.startswith("Annual report 2024\nFigures for 2024, beside those for 2023.")
    assert "What was counted" in text and "Small counts. A count from 1 to 4" in text
    for dutch in ("Wat is geteld", "Cijfers over", "Gepubliceerd", "Totaal", "Turkije"):
        assert dutch not in text
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]]
            for table in document.tables for row in table.rows}
    assert rows["National total"] == ["1,000", "1,210"]
    assert rows["Share guided"] == ["2.9%", "3.4%"]
    footer = " ".join(c.text for t in document.sections[0].footer.tables
                      for c in t.rows[0].cells)
    assert "Annual report 2024 · source: own registration" in footer and "Page" in footer
    fields = document.sections[0].footer._element.xpath(".//w:instrText")
    assert [f.text.strip() for f in fields] == ["PAGE", "NUMPAGES"]  # Word numbers the pages


def test_an_office_template_made_before_the_publication_fields_still_renders(tmp_path):
    from docx import Document as New

    older = New()
    for line in ("Jaarverslag {{ jaar }}", "Cijfers over {{ jaar }}, naast die over "
                 "{{ vorig_jaar }}. Bron: {{ bron }}.", "{%p for tabel in tabellen %}",
                 "{{ tabel.titel }}", "{%p endfor %}", "{%p for definitie in definities %}",
                 "{{ definitie.term }}. {{ definitie.tekst }}", "{%p endfor %}"):
        older.add_paragraph(line)
    buffer = io.BytesIO()
    older.save(buffer)

    path = write_report(example_report(), tmp_path / "r.docx", template=buffer.getvalue())

    lines = [p.text for p in Document(str(path)).paragraphs]
    assert lines[:3] == ["Jaarverslag 2024", "Cijfers over 2024, naast die over 2023. Bron: "
                         "eigen registratie.", "Geholpen cliënten naar achtergrond"]
    assert not any("publiceerd" in line for line in lines)  # it has no place for it: left out


def test_the_english_definitions_are_written_down_in_the_docs_too():
    docs = " ".join((ROOT / "docs" / "report.md").read_text(encoding="utf-8").split())

    for term, definition in definitions("en"):
        assert f"**{term}**. {definition}" in docs, term
