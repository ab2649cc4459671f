"""Builds the shipped letter templates in this folder (one .docx per template id) with python-docx.

Run it from the repository root after changing a text here: `python templates/build.py`. The output
is reproducible: the same script gives the same bytes (the zip package goes through
`package.normalised`, and the document properties carry fixed dates), so a test can rebuild and
compare. Offices do not run this: they copy a template and edit their copy in Word.

The letters use only the names of the field catalogue (consultant_app/core/letters/catalogue.py,
listed in README.md) and the letter filters (`kort`, `dagen_ervoor(n)`, ...). Table rows repeat
with `{%tr for %}`, optional paragraphs sit between `{%p if %}` and `{%p endif %}` paragraphs.
The helpers below keep each placeholder inside one run, so Word and docxtpl read it whole.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing the package

from consultant_app.core.letters.catalogue import KNOWN_ADDRESSES  # noqa: E402
from consultant_app.core.letters.package import normalised  # noqa: E402

# -- house style ----------------------------------------------------------------------------------
FONT = "Calibri"
SIZE = Pt(11)
SYMBOL_FONT = "Segoe UI Symbol"  # has the ☐; LibreOffice falls back to a font that has it
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue for the letterhead and headings
GREY = RGBColor(0x59, 0x59, 0x59)
TAG_GREY = RGBColor(0x80, 0x80, 0x80)  # paragraphs and rows that only hold a {%p %} / {%tr %} tag
BORDER = "A6A6A6"
SHADE = "E8EDF3"  # label column and header rows
PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)  # A4
LEFT, RIGHT = Cm(2.5), Cm(2.0)
TEXT_WIDTH = 16.5  # cm between the margins
FIXED_DATE = datetime(2014, 7, 1)  # document properties: fixed, so rebuilding is reproducible

CHECKBOX = "☐"
LEADER = "…"
BLANK = LEADER * 14  # to fill in by hand or in Word
DATE_LINE = "Datum: …………………………"  # under a signature
SVB = KNOWN_ADDRESSES["SVB"].lines
LEADER_EM = 0.6904  # advance of "…" in Calibri (and in Carlito, its metric twin), in em
CELL_MARGINS = 0.38  # cm: Word's default cell margins, left and right together


def blank_for(width_cm: float) -> str:
    """A dotted line that fits on one line of a table column `width_cm` wide at the body size
    (the full BLANK wraps in a narrow column), one leader short of full for safety."""
    room = Cm(width_cm - CELL_MARGINS).pt / (LEADER_EM * SIZE.pt)
    return LEADER * min(len(BLANK), int(room) - 1)


def or_blank(name: str, width_cm: float | None = None) -> str:
    """A field some files lack on purpose (the BSN when the organisation does not store it, a
    phone number): print it when present, else a dotted line to fill in, fitted to the table
    column it stands in when `width_cm` is given."""
    blank = BLANK if width_cm is None else blank_for(width_cm)
    return f"{{% if {name} %}}{{{{ {name} }}}}{{% else %}}{blank}{{% endif %}}"


def yes_no(name: str) -> str:
    """A declaration as ja / nee; an unknown one prints the field, so the preflight asks for it."""
    return (f"{{% if {name} %}}ja{{% elif {name} == false %}}nee"
            f"{{% else %}}{{{{ {name} }}}}{{% endif %}}")


def permit(person: str) -> str:
    """A residence permit in one line, or "niet van toepassing" (a Dutch national has none)."""
    p = f"{person}.verblijfsvergunning"
    return (f"{{% if {p}.soort %}}{{{{ {p}.soort }}}}, nummer {{{{ {p}.nummer }}}}, "
            f"geldig tot {{{{ {p}.geldig_tot }}}}{{% else %}}niet van toepassing{{% endif %}}")


CLIENT_LINE = ("{{ client.volledige_naam }}, geboren op {{ client.geboortedatum }}"
               "{% if client.bsn %}, BSN {{ client.bsn }}{% endif %}")
CLIENT_ADDRESS = ("{{ client.adres.straat }} {{ client.adres.huisnummer }}, "
                  "{{ client.adres.postcode }} {{ client.adres.plaats }}")
# a signature block: label, lines under the line, and optionally the condition for showing it
Signer = tuple[str, Sequence[str]] | tuple[str, Sequence[str], str]
CONSULTANT: Signer = ("De consulent:", ("{{ consulent.naam }}", "{{ organisatie.naam }}"))
CONTACT = ("Heeft u vragen? Neem dan contact op met {{ consulent.naam }} van "
           "{{ organisatie.naam }}, telefoon {{ organisatie.telefoon }}.")


# -- low-level XML helpers ------------------------------------------------------------------------
def _set(parent, tag: str, **attrs: str):
    """The child `tag` of `parent` (made if absent) with the given w: attributes."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    for key, value in attrs.items():
        child.set(qn(f"w:{key}"), value)
    return child


def _border(element, side: str, size: int = 4, color: str = BORDER, val: str = "single"):
    _set(element, f"w:{side}", val=val, sz=str(size), space="1" if val != "nil" else "0",
         color=color)


def paragraph_border(paragraph: Paragraph, side: str = "bottom", size: int = 6,
                     color: str = BORDER) -> None:
    borders = _set(paragraph._p.get_or_add_pPr(), "w:pBdr")
    _border(borders, side, size, color)


# Word refuses a document whose property elements are out of schema order; the helpers above
# append, so `schema_order` puts each property list back in order before saving.
ORDER = {
    "w:tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook"),
    "w:tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"),
    "w:pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
              "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
              "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
              "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"),
}


def schema_order(root) -> None:
    for tag, order in ORDER.items():
        rank = {qn(f"w:{name}"): index for index, name in enumerate(order)}
        for properties in root.iter(qn(tag)):
            children = sorted(properties, key=lambda child: rank.get(child.tag, len(rank)))
            for child in children:
                properties.append(child)  # re-appending moves it: the list ends up sorted


def cell_shading(cell: _Cell, fill: str) -> None:
    _set(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)


def cell_borders(cell: _Cell, **sides: str) -> None:
    """e.g. cell_borders(cell, bottom="single", top="nil")."""
    tcPr = cell._tc.get_or_add_tcPr()
    borders = _set(tcPr, "w:tcBorders")
    for side, val in sides.items():
        _border(borders, side, 4, BORDER, val)


def table_borders(table: Table, val: str = "single") -> None:
    tblPr = table._tbl.tblPr
    borders = _set(tblPr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _border(borders, side, 4, BORDER, val)


def column_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Fixed layout with these widths, in the grid (LibreOffice) and per cell (Word)."""
    table.autofit = False
    _set(table._tbl.tblPr, "w:tblLayout", type="fixed")
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def repeat_header(row) -> None:
    _set(row._tr.get_or_add_trPr(), "w:tblHeader")


def keep_row_together(row) -> None:
    _set(row._tr.get_or_add_trPr(), "w:cantSplit")


def row_height(row, height_cm: float) -> None:
    _set(row._tr.get_or_add_trPr(), "w:trHeight", val=str(int(Cm(height_cm).twips)),
         hRule="atLeast")


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when showing the page."""
    def run_with(element):
        run = paragraph.add_run()
        run._r.append(element)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, size: Pt | None = None,
             color: RGBColor | None = None) -> None:
    """Text with **bold** parts. A placeholder never straddles a ** mark, so it stays in one run."""
    for index, part in enumerate(re.split(r"\*\*", text)):
        if not part:
            continue
        run = paragraph.add_run(part)
        run.bold = bold or index % 2 == 1
        if size is not None:
            run.font.size = size
        if color is not None:
            run.font.color.rgb = color


def symbol_run(paragraph: Paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    fonts = _set(run._r.get_or_add_rPr(), "w:rFonts")
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), SYMBOL_FONT)


def tight(paragraph: Paragraph, after: float = 0) -> Paragraph:
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


# -- the document and its styles ------------------------------------------------------------------
def new_document(title: str) -> DocumentObject:
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = LEFT, RIGHT
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
    properties = doc.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = "Spreekuur"
    properties.comments = ""
    properties.language = "nl-NL"
    properties.created = properties.modified = FIXED_DATE
    properties.revision = 1
    _drop_thumbnail(doc)
    # python-docx's starting document may hold an empty paragraph: start from an empty body
    for paragraph in list(doc.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return doc


def _drop_thumbnail(doc: DocumentObject) -> None:
    """python-docx's default package carries its own thumbnail picture; a letter needs none."""
    package = doc.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(key)


def _styles(doc: DocumentObject) -> None:
    styles_element = doc.styles.element
    defaults = styles_element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # theme fonts would win over the explicit name
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), FONT)
    _set(defaults, "w:lang", val="nl-NL", eastAsia="nl-NL", bidi="ar-SA")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = SIZE
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, before in (("Heading 1", 15, 0), ("Heading 2", 12, 12)):
        style = doc.styles[name]
        rPr = style.element.get_or_add_rPr()
        for child in list(rPr):
            if child.tag in (qn("w:rFonts"), qn("w:color")):
                rPr.remove(child)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = ACCENT
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(8.5)
        doc.styles[name].font.color.rgb = GREY


# -- building blocks ------------------------------------------------------------------------------
class Letter:
    """One template under construction: the document plus the blocks its letters are made of."""

    def __init__(self, title: str):
        self.doc = new_document(title)
        self._header_and_footer()

    # header and footer: letterhead on the first page, a short running head after it
    def _header_and_footer(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        self._letterhead(section.first_page_header)
        self._running_head(section.header)
        self._footer(section.first_page_footer)
        self._footer(section.footer)

    def _letterhead(self, header) -> None:
        """Organisation name left, address and phone right, a rule below."""
        rule = tight(header.paragraphs[0])  # a new header holds one empty paragraph
        table = header.add_table(1, 2, Cm(TEXT_WIDTH))
        table_borders(table, "nil")
        column_widths(table, (8.5, 8.0))
        name, address = table.rows[0].cells
        add_text(tight(name.paragraphs[0]), "{{ organisatie.naam }}", bold=True, size=Pt(15),
                 color=ACCENT)
        for index, text in enumerate(("{{ organisatie.adres }}",
                                      "Telefoon {{ organisatie.telefoon }}")):
            paragraph = tight(address.paragraphs[0] if index == 0 else address.add_paragraph())
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_text(paragraph, text, size=Pt(9), color=GREY)
        header._element.append(rule._p)  # below the table
        paragraph_border(rule, "bottom", 8, "1F3A5F")

    def _running_head(self, header) -> None:
        paragraph = tight(header.paragraphs[0])
        add_text(paragraph, "{{ organisatie.naam }}\t\t{{ client.volledige_naam }}")
        paragraph_border(paragraph, "bottom", 4)

    def _footer(self, footer, left_text: str = "{{ organisatie.naam }} · "
                "{{ organisatie.adres }} · telefoon\u00a0{{ organisatie.telefoon }}",
                rule_space_after: int | None = 3) -> None:
        """A rule, then `left_text` (organisation and phone) left, "Pagina 1 van 2" right."""
        rule = tight(footer.paragraphs[0])  # a new footer holds one empty paragraph
        paragraph_border(rule, "bottom", 4)
        if rule_space_after is not None:
            rule.paragraph_format.space_after = Pt(rule_space_after)
        table = footer.add_table(1, 2, Cm(TEXT_WIDTH))
        table_borders(table, "nil")
        column_widths(table, (13.5, 3.0))
        left, right = table.rows[0].cells
        add_text(tight(left.paragraphs[0]), left_text, size=Pt(8), color=GREY)
        paragraph = tight(right.paragraphs[0])
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(paragraph, "Pagina ")
        add_field(paragraph, "PAGE")
        add_text(paragraph, " van ")
        add_field(paragraph, "NUMPAGES")
        for run in paragraph.runs:
            run.font.size, run.font.color.rgb = Pt(8), GREY
        tight(footer.add_paragraph())  # Word wants a paragraph after a table

    # text
    def heading(self, text: str, level: int = 1, new_page: bool = False) -> Paragraph:
        paragraph = self.doc.add_heading(level=level)
        add_text(paragraph, text)
        paragraph.paragraph_format.page_break_before = new_page
        return paragraph

    def para(self, text: str = "", *, after: float | None = None, indent: float = 0,
             keep_with_next: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        add_text(paragraph, text)
        if after is not None:
            paragraph.paragraph_format.space_after = Pt(after)
        if indent:
            paragraph.paragraph_format.left_indent = Cm(indent)
        paragraph.paragraph_format.keep_with_next = keep_with_next or None
        return paragraph

    def tag(self, tag: str) -> None:
        """A paragraph that holds only a `{%p ... %}` tag: docxtpl removes it when rendering."""
        add_text(tight(self.doc.add_paragraph()), tag, size=Pt(8), color=TAG_GREY)

    def bullets(self, items: Sequence[str]) -> None:
        for index, item in enumerate(items):
            paragraph = self.doc.add_paragraph(style="List Bullet")
            add_text(paragraph, item)
            paragraph.paragraph_format.space_after = Pt(8 if index == len(items) - 1 else 2)

    def space(self, points: float = 6) -> None:
        tight(self.doc.add_paragraph()).paragraph_format.space_after = Pt(points)

    # the top of a letter
    def addressee(self, lines: Sequence[str]) -> None:
        """The addressee's lines; a line that is a `{%p %}` tag chooses between sets of lines."""
        self.space(12)
        for line in lines:
            if line.startswith("{%p "):
                self.tag(line)
            else:
                tight(self.doc.add_paragraph()).add_run(line)
        self.space(18)

    def meta(self, rows: Sequence[tuple[str, str]]) -> None:
        """"Datum: ...", "Betreft: ..." lines, wrapped text aligned under the value."""
        for label, value in rows:
            paragraph = tight(self.doc.add_paragraph(), after=2)
            paragraph.paragraph_format.left_indent = Cm(3.0)
            paragraph.paragraph_format.first_line_indent = Cm(-3.0)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
            add_text(paragraph, f"**{label}**\t{value}")
        self.space(12)

    def begin(self, to: Sequence[str], subject: str, about: tuple[str, str] | None = None) -> None:
        """The head of a letter to an authority: addressee, date, subject, whom it is about
        (the client unless said otherwise), and the salutation."""
        self.addressee(to)
        self.meta([("Datum:", "{{ vandaag }}"), ("Betreft:", subject),
                   about or ("Cliënt:", CLIENT_LINE)])
        self.para("Geachte heer, mevrouw,")

    # the end of a letter
    def signatures(self, blocks: Sequence[Signer | None], greeting: bool = True) -> None:
        """Signature blocks side by side, each (label, lines under the signature line) or
        (label, lines, condition) for a signer who is not always there, such as a partner; None
        leaves a place empty."""
        if greeting:
            self.para("Met vriendelijke groet,", keep_with_next=True)
        table = self.doc.add_table(1, len(blocks))
        table_borders(table, "nil")
        column_widths(table, [TEXT_WIDTH / len(blocks)] * len(blocks))
        keep_row_together(table.rows[0])
        for cell, block in zip(table.rows[0].cells, blocks):
            if block is not None:
                self._signature(cell, *block)
        self.space(6)

    @staticmethod
    def _signature(cell: _Cell, label: str, lines: Sequence[str],
                   condition: str | None = None) -> None:
        first = tight(cell.paragraphs[0])
        if condition:  # the block between {%p if %} and {%p endif %} paragraphs in the cell
            add_text(first, f"{{%p if {condition} %}}", size=Pt(8), color=TAG_GREY)
            first = tight(cell.add_paragraph())
        add_text(tight(first, 2), label, size=Pt(9.5), color=GREY)
        line = tight(cell.add_paragraph(), 2)
        line.paragraph_format.space_before = Pt(32)
        line.paragraph_format.right_indent = Cm(0.8)
        paragraph_border(line, "bottom", 6, "404040")
        for index, text in enumerate(lines):
            add_text(tight(cell.add_paragraph(), 8 if index == len(lines) - 1 else 0), text,
                     bold=index == 0)
        if condition:
            add_text(tight(cell.add_paragraph()), "{%p endif %}", size=Pt(8), color=TAG_GREY)
            tight(cell.add_paragraph())  # a table cell must keep one paragraph

    def consultant_and_client(self, client_label: str = "Voor akkoord, de cliënt:",
                              partner_if: str | None = None) -> None:
        """The consultant signs left, the client next to it; `partner_if` adds a third place
        for the partner, filled when that condition holds (e.g. "partner and
        partner.reist_mee")."""
        blocks: list[Signer | None] = [
            CONSULTANT, (client_label, ("{{ client.volledige_naam }}", DATE_LINE))]
        if partner_if:
            blocks.append(("Handtekening partner:",
                           ("{{ partner.volledige_naam }}", DATE_LINE), partner_if))
        self.signatures(blocks)

    # tables
    def _table(self, rows: int, widths: Sequence[float]) -> Table:
        table = self.doc.add_table(rows, len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table_borders(table)
        column_widths(table, widths)
        margins = _set(table._tbl.tblPr, "w:tblCellMar")
        for side in ("top", "bottom"):
            _set(margins, f"w:{side}", w="45", type="dxa")
        return table

    def _tag_row(self, table: Table, row_index: int, tag: str) -> None:
        """A row that holds only a `{%tr ... %}` tag (merged over the row): docxtpl replaces the
        whole row by the tag, so the rows between repeat or disappear as a whole."""
        cells = table.rows[row_index].cells
        merged = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
        add_text(tight(merged.paragraphs[0]), tag, size=Pt(8), color=TAG_GREY)

    def data_table(self, rows: Sequence[tuple[str, str] | str], label_width: float = 5.5) -> None:
        """Two columns, label | value; a plain string in `rows` is a `{%tr %}` tag row."""
        table = self._table(len(rows), (label_width, TEXT_WIDTH - label_width))
        for index, row in enumerate(rows):
            if isinstance(row, str):
                self._tag_row(table, index, row)
                continue
            label, value = table.rows[index].cells
            cell_shading(label, SHADE)
            add_text(tight(label.paragraphs[0]), row[0])
            add_text(tight(value.paragraphs[0]), row[1])
            keep_row_together(table.rows[index])
        self.space(4)

    def grid_table(self, headers: Sequence[str], rows: Sequence[Sequence[str] | str],
                   widths: Sequence[float], first_column: Callable | None = None) -> None:
        """A header row, then rows of cells; a plain string in `rows` is a `{%tr %}` tag row."""
        table = self._table(len(rows) + 1, widths)
        for cell, text in zip(table.rows[0].cells, headers):
            cell_shading(cell, SHADE)
            add_text(tight(cell.paragraphs[0]), text, bold=True)
        repeat_header(table.rows[0])
        for index, row in enumerate(rows, start=1):
            if isinstance(row, str):
                self._tag_row(table, index, row)
                continue
            keep_row_together(table.rows[index])
            for column, (cell, text) in enumerate(zip(table.rows[index].cells, row)):
                paragraph = tight(cell.paragraphs[0])
                if column == 0 and first_column is not None:
                    first_column(paragraph, text)
                else:
                    add_text(paragraph, text)
        self.space(4)

    def checklist(self, rows: Sequence[Sequence[str] | str], headers: Sequence[str],
                  widths: Sequence[float]) -> None:
        """A table with a checkbox column first; the rows give the other columns."""
        def box(paragraph: Paragraph, _text: str) -> None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            symbol_run(paragraph, CHECKBOX)

        full = [row if isinstance(row, str) else ("", *row) for row in rows]
        self.grid_table(("", *headers), full, (1.0, *widths), first_column=box)

    def boxes(self, items: Sequence[str]) -> None:
        """Checkbox lines without a table (a few choices in running text)."""
        for item in items:
            paragraph = tight(self.doc.add_paragraph(), 3)
            paragraph.paragraph_format.left_indent = Cm(0.6)
            symbol_run(paragraph, CHECKBOX + " ")
            add_text(paragraph, item)

    def fill_lines(self, count: int) -> None:
        """Empty ruled lines to write on by hand, or to type on in Word."""
        table = self._table(count, (TEXT_WIDTH,))
        table_borders(table, "nil")
        for row in table.rows:
            row_height(row, 0.85)
            cell_borders(row.cells[0], bottom="single")
        self.space(6)

    def save(self, path: Path) -> None:
        section = self.doc.sections[0]
        for part in (self.doc.element, section.header._element, section.footer._element,
                     section.first_page_header._element, section.first_page_footer._element):
            schema_order(part)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.write_bytes(normalised(buffer.getvalue()))


# -- 1. the application for a remigratie-uitkering ------------------------------------------------
def aanvraag_remigratie_uitkering() -> Letter:
    letter = Letter("Aanvraag remigratie-uitkering (SVB)")
    letter.begin(SVB, "Aanvraag remigratie-uitkering", ("Aanvrager:", CLIENT_LINE))
    letter.para("Namens {{ client.volledige_naam }} sturen wij u een aanvraag voor een "
                "remigratie-uitkering. {{ organisatie.naam }} heeft de aanvrager geholpen bij "
                "deze aanvraag.")
    letter.para("De aanvrager wil op {{ vertrek.datum }} naar {{ vertrek.land }} vertrekken en "
                "daar gaan wonen."
                "{% if partner and partner.reist_mee %} De partner, {{ partner.volledige_naam }}, "
                "gaat mee.{% elif partner %} De partner, {{ partner.volledige_naam }}, woont al in "
                "{{ vertrek.land }}.{% endif %}"
                "{% if kinderen|length == 1 %} Er gaat 1 kind mee."
                "{% elif kinderen %} Er gaan {{ kinderen|length }} kinderen mee.{% endif %}")
    letter.para("Bij deze brief zitten:", after=2, keep_with_next=True)
    letter.bullets([
        "het aanvraagformulier, ingevuld en ondertekend door de aanvrager;",
        "een overzicht van de gegevens van de aanvrager en het gezin;",
        "kopieën van de documenten die bij de aanvraag horen;",
        "een machtiging: daarmee mag {{ organisatie.naam }} namens de aanvrager contact met u "
        "opnemen over deze aanvraag.",
    ])
    letter.para("Wilt u uw beslissing naar de aanvrager sturen? Wij ontvangen graag een kopie.")
    letter.para(CONTACT)
    letter.consultant_and_client("Voor akkoord, de aanvrager:")

    letter.heading("Overzicht van de gegevens", new_page=True)
    letter.para("Dit overzicht hoort bij de aanvraag voor een remigratie-uitkering van "
                "{{ client.volledige_naam }}. De aanvrager heeft de gegevens gecontroleerd.")
    letter.heading("Aanvrager", 2)
    letter.data_table([
        ("Achternaam", "{{ client.achternaam }}"),
        ("Voornamen", "{{ client.voornamen }}"),
        ("Geboortedatum", "{{ client.geboortedatum }}"),
        ("Geboorteland", "{{ client.geboorteland }}"),
        ("Nationaliteit(en)", "{{ client.nationaliteiten }}"),
        ("Burgerservicenummer (BSN)", or_blank("client.bsn")),
        ("In Nederland sinds", "{{ client.aankomstdatum }}"),
        ("Verblijfsvergunning", permit("client")),
        ("Adres in Nederland", CLIENT_ADDRESS),
        ("Telefoon", or_blank("client.telefoon")),
        ("E-mail", or_blank("client.email")),
    ])
    letter.heading("Uitkering in Nederland", 2)
    letter.grid_table(("Soort uitkering", "Betaald door", "Sinds"), [
        "{%tr for uitkering in uitkeringen %}",
        ("{{ uitkering.soort }}", "{{ uitkering.instantie }}", "{{ uitkering.sinds }}"),
        # no benefit in the file: print the (empty) fields, so the preflight asks for them
        "{%tr else %}",
        ("{{ uitkering.soort }}", "{{ uitkering.instantie }}", "{{ uitkering.sinds }}"),
        "{%tr endfor %}",
    ], (6.0, 6.5, 4.0))
    letter.heading("Vertrek", 2)
    letter.data_table([
        ("Land", "{{ vertrek.land }}"),
        ("Vertrekdatum", "{{ vertrek.datum }}"),
        ("Adres in {{ vertrek.land }}", "{{ vertrek.adres }}"),
        ("Nationaliteit van {{ vertrek.land }}",
         "{% if vertrek.eigen_nationaliteit %}ja{% else %}nee: een toelatingsbewijs is "
         "nodig{% endif %}"),
    ])
    letter.heading("Bankrekening in {{ vertrek.land }}", 2)
    letter.data_table([
        "{%tr if bank.gebruikt_iban %}",
        ("IBAN", "{{ bank.iban }}"),
        ("BIC (SWIFT-code)", "{{ bank.bic or '—' }}"),
        "{%tr else %}",
        ("Rekeningnummer", "{{ bank.rekeningnummer }}"),
        ("BIC (SWIFT-code)", "{{ bank.bic }}"),
        "{%tr endif %}",
    ])
    letter.tag("{%p if partner %}")
    letter.heading("Partner", 2)
    letter.data_table([
        ("Achternaam", "{{ partner.achternaam }}"),
        ("Voornamen", "{{ partner.voornamen }}"),
        ("Geboortedatum", "{{ partner.geboortedatum }}"),
        ("Geboorteland", "{{ partner.geboorteland }}"),
        ("Nationaliteit(en)", "{{ partner.nationaliteiten }}"),
        ("Gaat mee naar {{ vertrek.land }}",
         "{% if partner.reist_mee %}ja{% else %}nee, woont al in {{ vertrek.land }}{% endif %}"),
        "{%tr if partner.reist_mee %}",
        ("Burgerservicenummer (BSN)", or_blank("partner.bsn")),
        ("In Nederland sinds", or_blank("partner.aankomstdatum")),
        ("Verblijfsvergunning", permit("partner")),
        "{%tr endif %}",
    ])
    letter.tag("{%p endif %}")
    letter.heading("Kinderen die meegaan", 2)
    letter.tag("{%p if kinderen %}")
    letter.grid_table(("Naam", "Geboortedatum", "Geboorteland", "Nationaliteit(en)", "BSN"), [
        "{%tr for kind in kinderen %}",
        ("{{ kind.volledige_naam }}", "{{ kind.geboortedatum|kort }}", "{{ kind.geboorteland }}",
         "{{ kind.nationaliteiten }}", or_blank("kind.bsn", 3.0)),
        "{%tr endfor %}",
    ], (4.0, 3.1, 2.8, 3.6, 3.0))
    letter.tag("{%p else %}")
    letter.para("Er gaan geen kinderen mee.")
    letter.tag("{%p endif %}")
    letter.heading("Verklaringen", 2)
    letter.data_table([
        ("Schulden aan de Nederlandse staat", yes_no("verklaringen.schulden_aan_staat")),
        "{%tr if verklaringen.schulden_aan_staat %}",
        ("Betalingsregeling getroffen", yes_no("verklaringen.betalingsregeling")),
        "{%tr endif %}",
        ("In detentie (gevangenis)", yes_no("verklaringen.detentie")),
    ], label_width=7.0)
    letter.para("Ik verklaar dat de gegevens in dit overzicht juist en volledig zijn.",
                keep_with_next=True)
    letter.signatures([("Handtekening aanvrager:",
                        ("{{ client.volledige_naam }}", DATE_LINE)), None],
                      greeting=False)

    letter.heading("Checklist: wat moet er bij de aanvraag?", new_page=True)
    letter.para("Deze pagina is voor u. U hoeft deze pagina niet naar de SVB te sturen. "
                "Zet een kruisje in het vakje als u het stuk heeft. Stuur alleen kopieën, "
                "geen originele documenten.")
    letter.checklist([
        ("Het aanvraagformulier van de SVB, ingevuld en ondertekend",),
        ("Een kopie van uw eigen paspoort of ID-kaart ({{ client.volledige_naam }})",),
        "{%tr if partner and partner.reist_mee %}",
        ("Een kopie van het paspoort of de ID-kaart van uw partner, "
         "{{ partner.volledige_naam }}",),
        "{%tr endif %}",
        "{%tr for kind in kinderen %}",
        ("Een kopie van het paspoort of de ID-kaart van {{ kind.volledige_naam }}",),
        "{%tr endfor %}",
        ("Heeft u of iemand die meegaat twee nationaliteiten? Stuur dan van beide paspoorten "
         "een kopie.",),
        ("Een kopie van de verblijfsvergunning (voorkant en achterkant) van iedereen die "
         "meegaat en niet de Nederlandse nationaliteit heeft",),
        "{%tr if not vertrek.eigen_nationaliteit %}",
        ("Een **toelatingsbewijs**: een bewijs dat u minstens 1 jaar in {{ vertrek.land }} mag "
         "wonen. U heeft dit nodig omdat u niet de nationaliteit van {{ vertrek.land }} heeft.",),
        "{%tr endif %}",
        "{%tr if partner and not partner.reist_mee %}",
        ("Als uw partner al in {{ vertrek.land }} woont: een **levensbewijs** van "
         "{{ partner.volledige_naam }} en een bewijs van uw huwelijk (bijvoorbeeld een "
         "huwelijksakte)",),
        "{%tr endif %}",
        ("Is uw naam of geboortedatum ooit veranderd? Stuur dan een bewijs daarvan mee.",),
        ("De machtiging voor {{ organisatie.naam }}, ondertekend",),
    ], ("Wat moet erbij?",), (TEXT_WIDTH - 1.0,))
    letter.para(CONTACT)
    return letter


# -- 2. authorisation -----------------------------------------------------------------------------
def machtiging() -> Letter:
    letter = Letter("Machtiging contact SVB")
    letter.heading("Machtiging voor contact met de SVB")
    letter.para("**Ik, ondergetekende,**", after=3, keep_with_next=True)
    letter.data_table([
        ("Naam", "{{ client.volledige_naam }}"),
        ("Geboortedatum", "{{ client.geboortedatum }}"),
        ("Burgerservicenummer (BSN)", or_blank("client.bsn")),
        ("Adres", "{{ client.adres.straat }} {{ client.adres.huisnummer }}"),
        ("Postcode en woonplaats", "{{ client.adres.postcode }} {{ client.adres.plaats }}"),
    ])
    letter.para("**geef toestemming aan**", after=3, keep_with_next=True)
    letter.data_table([
        ("Naam consulent", "{{ consulent.naam }}"),
        ("Organisatie", "{{ organisatie.naam }}, {{ organisatie.adres }}"),
    ])
    letter.para("om namens mij contact te hebben met de Sociale Verzekeringsbank (SVB) over mijn "
                "remigratie-uitkering. "
                "{{ organisatie.naam }} mag:", after=2, keep_with_next=True)
    letter.bullets([
        "vragen stellen over mijn aanvraag en mijn uitkering;",
        "informatie over mij krijgen van de SVB, ook kopieën van brieven;",
        "gegevens en documenten aan de SVB geven, zoals wijzigingen en mijn levensbewijs.",
    ])
    letter.tag("{%p if partner %}")
    letter.para("Mijn partner, {{ partner.volledige_naam }}, geeft deze toestemming ook voor de "
                "eigen gegevens, en tekent hieronder mee.")
    letter.tag("{%p endif %}")
    letter.para("**Wat mag niet?** {{ organisatie.naam }} mag het aanvraagformulier niet voor mij "
                "ondertekenen. Dat doe ik zelf.")
    letter.para("**Hoe lang geldt de machtiging?** Vanaf de datum hieronder, tot ik de machtiging "
                "intrek. Ik kan de machtiging altijd intrekken. Dat laat ik dan schriftelijk weten "
                "aan {{ organisatie.naam }} en aan de SVB.")
    letter.para("**Wat gebeurt er met mijn gegevens?** {{ organisatie.naam }} gebruikt mijn "
                "gegevens alleen om mij te helpen, en gaat er zorgvuldig mee om.")
    letter.para(f"Datum: {{{{ vandaag }}}}          Plaats: {BLANK}", keep_with_next=True)
    letter.signatures([
        ("Handtekening cliënt:", ("{{ client.volledige_naam }}",)),
        ("Handtekening partner:", ("{{ partner.volledige_naam }}",), "partner"),
        ("De consulent, voor ontvangst:", ("{{ consulent.naam }}", "{{ organisatie.naam }}")),
    ], greeting=False)
    return letter


# -- 3. report of departure to the municipality ---------------------------------------------------
def melding_vertrek() -> Letter:
    letter = Letter("Melding vertrek naar het buitenland (gemeente)")
    letter.begin(("Gemeente {{ client.adres.plaats }}", "Afdeling Burgerzaken", BLANK, BLANK),
                 "Melding van vertrek naar het buitenland (emigratie)")
    letter.para("Namens {{ client.volledige_naam }} melden wij dat deze personen naar het "
                "buitenland vertrekken:", keep_with_next=True)
    letter.grid_table(("Naam", "Geboortedatum", "BSN"), [
        ("{{ client.volledige_naam }}", "{{ client.geboortedatum }}", or_blank("client.bsn", 4.5)),
        "{%tr if partner and partner.reist_mee %}",
        ("{{ partner.volledige_naam }}", "{{ partner.geboortedatum }}",
         or_blank("partner.bsn", 4.5)),
        "{%tr endif %}",
        "{%tr for kind in kinderen %}",
        ("{{ kind.volledige_naam }}", "{{ kind.geboortedatum }}", or_blank("kind.bsn", 4.5)),
        "{%tr endfor %}",
    ], (7.5, 4.5, 4.5))
    letter.data_table([
        ("Datum van vertrek", "{{ vertrek.datum }}"),
        ("Naar", "{{ vertrek.land }}"),
        ("Nieuw adres", "{{ vertrek.adres }}"),
        ("Adres in Nederland", CLIENT_ADDRESS),
    ], label_width=4.5)
    letter.para("Wilt u deze personen per {{ vertrek.datum }} uitschrijven uit de Basisregistratie "
                "Personen (BRP), met het nieuwe adres in {{ vertrek.land }}? Bij deze brief zitten "
                "kopieën van de paspoorten of ID-kaarten van de personen die vertrekken.")
    letter.para(CONTACT)
    letter.consultant_and_client("Handtekening cliënt:", partner_if="partner and partner.reist_mee")

    letter.heading("Uitleg voor u", new_page=True)
    letter.para("Deze pagina is voor u. U hoeft deze pagina niet aan de gemeente te geven.")
    letter.heading("Wanneer?", 2)
    letter.para("U kunt dit vertrek melden vanaf {{ vertrek.datum|dagen_ervoor(5) }}. "
                "Dat is 5 dagen voor uw vertrek. Eerder kan niet.")
    letter.heading("Hoe?", 2)
    letter.para("Maak een afspraak bij de gemeente {{ client.adres.plaats }}. Neem deze brief mee, "
                "en het paspoort of de ID-kaart van iedereen die vertrekt.")
    letter.heading("Wat stopt er?", 2)
    letter.para("Op de dag van uw vertrek stoppen uw toeslagen en uw Nederlandse zorgverzekering. "
                "Vaak stopt dan ook uw uitkering. Regel dit op tijd. Uw consulent helpt u daarbij.")
    letter.heading("Vragen?", 2)
    letter.para("Bel {{ consulent.naam }} van {{ organisatie.naam }}: {{ organisatie.telefoon }}.")
    return letter


# -- 4. ending the benefit ------------------------------------------------------------------------
def beeindiging_uitkering() -> Letter:
    letter = Letter("Stoppen uitkering bij vertrek")
    # the payer's postal address when Spreekuur knows it (the SVB), else lines to fill in
    letter.begin(("{%p if uitkering.postadres %}", "{{ uitkering.postadres }}", "{%p else %}",
                  "{{ uitkering.instantie }}", BLANK, BLANK, "{%p endif %}"),
                 "Stoppen uitkering ({{ uitkering.soort }}) per {{ vertrek.datum }}")
    letter.para("Onze cliënt {{ client.volledige_naam }} vertrekt op {{ vertrek.datum }} naar "
                "{{ vertrek.land }} en gaat daar wonen. Onze cliënt krijgt van u een uitkering "
                "({{ uitkering.soort }}){% if uitkering.sinds %}, sinds {{ uitkering.sinds }}"
                "{% endif %}.")
    letter.para("**Wilt u deze uitkering stoppen per {{ vertrek.datum }}?**")
    letter.para("Wilt u uw brieven na {{ vertrek.datum }} naar het nieuwe adres sturen? "
                "Dat is:", after=2, keep_with_next=True)
    letter.para("{{ vertrek.adres }}", after=0, indent=1.0, keep_with_next=True)
    letter.para("{{ vertrek.land }}", indent=1.0)
    letter.para("Moet er nog iets betaald of terugbetaald worden? Stuur dan een overzicht naar het "
                "nieuwe adres, en een kopie aan ons. Onze cliënt heeft deze brief zelf ook "
                "ondertekend.")
    letter.para(CONTACT)
    letter.consultant_and_client("Handtekening cliënt:")
    return letter


# -- 5. aftercare: reporting a change to the SVB --------------------------------------------------
def wijziging_svb() -> Letter:
    letter = Letter("Wijziging doorgeven aan de SVB")
    letter.begin(SVB, "Wijziging doorgeven, remigratie-uitkering")
    letter.para("Namens {{ client.volledige_naam }} geven wij een wijziging door voor de "
                "remigratie-uitkering. Hieronder staan eerst de gegevens uit ons dossier. Daarna "
                "staat wat er veranderd is.")
    letter.heading("Huidige gegevens", 2)
    letter.data_table([
        ("Naam", "{{ client.volledige_naam }}"),
        ("Geboortedatum", "{{ client.geboortedatum }}"),
        ("Burgerservicenummer (BSN)", or_blank("client.bsn")),
        ("Woonland", "{{ vertrek.land }}"),
        ("Adres", "{{ vertrek.adres }}"),
        "{%tr if bank.gebruikt_iban %}",
        ("IBAN", "{{ bank.iban }}"),
        ("BIC (SWIFT-code)", "{{ bank.bic or '—' }}"),
        "{%tr else %}",
        ("Rekeningnummer", "{{ bank.rekeningnummer }}"),
        ("BIC (SWIFT-code)", "{{ bank.bic }}"),
        "{%tr endif %}",
    ])
    letter.heading("Gezin", 2)
    letter.grid_table(("Naam", "Wie", "Geboortedatum"), [
        "{%tr if partner %}",
        ("{{ partner.volledige_naam }}", "partner", "{{ partner.geboortedatum }}"),
        "{%tr endif %}",
        "{%tr for kind in kinderen %}",
        ("{{ kind.volledige_naam }}", "kind", "{{ kind.geboortedatum }}"),
        "{%tr endfor %}",
        "{%tr if not partner and not kinderen %}",
        ("Geen partner of kinderen in ons dossier", "", ""),
        "{%tr endif %}",
    ], (8.0, 3.5, 5.0))
    letter.heading("Wat is er veranderd:", 2, new_page=True)
    letter.boxes(("adres", "bankrekening", "gezin (bijvoorbeeld trouwen, scheiden, overlijden)",
                  "inkomen, andere uitkering of pensioen", "iets anders"))
    letter.para(f"Datum van de wijziging: {BLANK}", after=0)
    letter.fill_lines(6)
    letter.para("Als er een bewijs van de wijziging is, zit een kopie bij deze brief.")
    letter.para(CONTACT)
    letter.consultant_and_client("Handtekening cliënt:")

    letter.heading("Uitleg voor u", new_page=True)
    letter.para("Deze pagina is voor u. U hoeft deze pagina niet naar de SVB te sturen.")
    letter.para("**Wijzigingen moet u binnen 6 weken doorgeven** aan de SVB. Bijvoorbeeld als:",
                after=2, keep_with_next=True)
    letter.bullets([
        "u verhuist;",
        "u een andere bankrekening krijgt;",
        "uw gezin verandert: u trouwt of gaat scheiden, iemand overlijdt, of een kind gaat "
        "ergens anders wonen;",
        "u een andere uitkering of een pensioen krijgt.",
    ])
    letter.para("Geeft u een wijziging te laat door? Dan moet u misschien geld terugbetalen.")
    letter.para(CONTACT)
    return letter


# -- 6. aftercare: cover letter for the yearly life certificate -----------------------------------
def levensbewijs_begeleidend() -> Letter:
    letter = Letter("Begeleidende brief levensbewijs (SVB)")
    letter.begin(SVB, "Levensbewijs, remigratie-uitkering")
    letter.para("Namens {{ client.volledige_naam }} sturen wij u het levensbewijs voor de "
                "remigratie-uitkering. {{ client.volledige_naam }} woont in {{ vertrek.land }}, "
                "op dit adres:", after=2, keep_with_next=True)
    letter.para("{{ vertrek.adres }}", after=0, indent=1.0, keep_with_next=True)
    letter.para("{{ vertrek.land }}", indent=1.0)
    letter.para("Het levensbewijs is in {{ vertrek.land }} ondertekend door:", after=3,
                keep_with_next=True)
    letter.boxes(("de gemeente of een andere lokale overheid",
                  "de Nederlandse ambassade",
                  "het Nederlandse consulaat",
                  f"iemand anders, namelijk: {BLANK}"))
    letter.space(4)
    letter.para("Bij deze brief zitten:", after=3, keep_with_next=True)
    letter.checklist([
        ("het levensbewijs van {{ client.volledige_naam }}",),
        "{%tr if partner %}",
        ("het levensbewijs van de partner, {{ partner.volledige_naam }}",),
        "{%tr endif %}",
    ], ("Bijlage",), (TEXT_WIDTH - 1.0,))
    letter.para("Ontbreekt er iets? Neem dan contact op met {{ consulent.naam }} van "
                "{{ organisatie.naam }}, telefoon {{ organisatie.telefoon }}.")
    letter.consultant_and_client("Handtekening cliënt:")
    return letter


# -- 7. checklist for the client before and after departure ---------------------------------------
def checklist_vertrek() -> Letter:
    letter = Letter("Checklist voor het vertrek")
    letter.space(12)
    letter.heading("Checklist voor uw vertrek")
    letter.meta([("Voor:", "{{ client.volledige_naam }}"),
                 ("Vertrek:", "{{ vertrek.datum }} naar {{ vertrek.land }}"),
                 ("Datum:", "{{ vandaag }}"),
                 ("Uw consulent:", "{{ consulent.naam }}, telefoon {{ organisatie.telefoon }}")])
    letter.para("Op deze lijst staat wat u moet regelen voor en na uw vertrek. Zet een kruisje in "
                "het vakje als het klaar is. Heeft u vragen? Bel dan uw consulent.")
    headers, widths = ("Wat moet u doen?", "Wanneer?"), (11.0, 4.5)
    letter.heading("Vóór uw vertrek", 2)
    letter.checklist([
        ("**DigiD**: vraag een DigiD aan als u die nog niet heeft. De brief met de code komt "
         "naar uw adres in Nederland. Met DigiD regelt u later zaken met de SVB en de "
         "Belastingdienst.", "vóór {{ vertrek.datum|weken_ervoor(4) }}"),
        ("**Nederlandse nationaliteit**: heeft u ook de Nederlandse nationaliteit? Dan moet u "
         "daar afstand van doen. U krijgt hierover een brief van de SVB. Met die brief gaat u "
         "naar de gemeente.", "vóór {{ vertrek.datum }}"),
        "{%tr if not vertrek.eigen_nationaliteit %}",
        ("**Toelatingsbewijs**: een bewijs dat u minstens 1 jaar in {{ vertrek.land }} mag "
         "wonen. De SVB vraagt hierom.", "zo snel mogelijk"),
        "{%tr endif %}",
        ("**Op tijd vertrekken**: na de toekenning van de remigratie-uitkering moeten u en "
         "iedereen die meegaat binnen 6 maanden vertrokken zijn.",
         "{% if zaak.vertrek_uiterlijk %}uiterlijk {{ zaak.vertrek_uiterlijk }}{% else %}binnen "
         "6 maanden na de toekenning{% endif %}"),
        "{%tr for uitkering in uitkeringen %}",
        ("**Uitkering**: laat {{ uitkering.instantie }} weten dat u vertrekt "
         "({{ uitkering.soort }}). Vraag of deze uitkering stopt of doorgaat in "
         "{{ vertrek.land }}.", "vóór {{ vertrek.datum }}"),
        "{%tr endfor %}",
        ("**Toeslagen**: stop uw toeslagen, zoals zorgtoeslag en huurtoeslag, bij Dienst "
         "Toeslagen van de Belastingdienst.", "per {{ vertrek.datum }}"),
        "{%tr if kinderen %}",
        ("**Kinderbijslag**: krijgt u kinderbijslag? Geef dan aan de SVB door dat uw kinderen "
         "meegaan.", "vóór {{ vertrek.datum }}"),
        "{%tr endif %}",
        ("**Zorgverzekering**: zeg uw Nederlandse zorgverzekering op. Krijgt u na uw vertrek "
         "ook AOW of een andere Nederlandse uitkering, en gaat u naar een verdragsland zoals "
         "Turkije of Marokko? Dan regelt het CAK uw zorgverzekering. Vraag uw consulent wat voor "
         "u geldt.", "per {{ vertrek.datum }}"),
        ("**Huis en abonnementen**: zeg uw huur, energie, water, telefoon, internet en andere "
         "abonnementen op. Let op de opzegtermijn.",
         "uiterlijk {{ vertrek.datum|weken_ervoor(5) }}"),
        ("**Bankrekening**: zorg voor een bankrekening in {{ vertrek.land }}. De SVB betaalt de "
         "uitkering op die rekening.", "vóór {{ vertrek.datum }}"),
        ("**Gemeente**: meld uw vertrek bij de gemeente {{ client.adres.plaats }}. Dat kan niet "
         "eerder dan 5 dagen voor uw vertrek.",
         "vanaf {{ vertrek.datum|dagen_ervoor(5) }}"),
        ("**Papieren**: neem uw belangrijke papieren mee, zoals paspoorten, akten, diploma's en "
         "de brieven van de SVB.", "op {{ vertrek.datum }}"),
    ], headers, widths)
    letter.heading("Na uw vertrek", 2)
    letter.checklist([
        ("**Adres en bank**: geef uw adres in {{ vertrek.land }} en uw bankrekening door aan de "
         "SVB, als dat nog niet gebeurd is.", "uiterlijk {{ vertrek.datum|weken_erna(6) }}"),
        ("**Veranderingen**: wijzigingen moet u binnen 6 weken doorgeven aan de SVB. Bijvoorbeeld "
         "een nieuw adres, een andere bankrekening, trouwen, scheiden, of een andere uitkering of "
         "pensioen.", "binnen 6 weken na de wijziging"),
        ("**Belastingaangifte**: doe aangifte over het jaar van uw vertrek met het M-biljet "
         "(emigratie-aangifte) van de Belastingdienst.", "in het jaar na uw vertrek"),
        ("**Levensbewijs**: de SVB stuurt u elk jaar een levensbewijs. Laat het ondertekenen "
         "door de gemeente, de Nederlandse ambassade of het consulaat in {{ vertrek.land }}. "
         "Stuur het daarna terug naar de SVB.", "elk jaar"),
        ("**Terug naar Nederland?** Wilt u binnen een jaar terug? Neem dan eerst contact op met "
         "uw consulent. U kunt dan via de IND terugkomen, maar u verliest de "
         "remigratie-uitkering.", "binnen 1 jaar na vertrek"),
    ], headers, widths)
    letter.heading("Uw termijnen", 2)
    letter.para("{% if termijnen %}Deze data volgen uit uw remigratie-uitkering (de toekenning, "
                "uw vertrek en wat u doorgaf). Houd ze aan.{% else %}Er staan nu geen termijnen "
                "van de SVB open.{% endif %}")
    letter.checklist([
        "{%tr for termijn in termijnen %}",
        ("**{{ termijn.titel }}**",
         "{% if termijn.vanaf %}{{ termijn.vanaf|kort }} tot en met {% else %}uiterlijk "
         "{% endif %}{{ termijn.uiterlijk|kort }}"),
        "{%tr endfor %}",
    ], headers, widths)
    letter.para("Vragen? Bel {{ consulent.naam }} van {{ organisatie.naam }}: "
                "{{ organisatie.telefoon }}.")
    return letter


TEMPLATES: dict[str, Callable[[], Letter]] = {
    "aanvraag-remigratie-uitkering": aanvraag_remigratie_uitkering,
    "machtiging": machtiging,
    "melding-vertrek": melding_vertrek,
    "beeindiging-uitkering": beeindiging_uitkering,
    "wijziging-svb": wijziging_svb,
    "levensbewijs-begeleidend": levensbewijs_begeleidend,
    "checklist-vertrek": checklist_vertrek,
}


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for template_id, make in TEMPLATES.items():
        path = folder / f"{template_id}.docx"
        make().save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for written in build():
        print(written.name)
