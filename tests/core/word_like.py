"""Templates as Word saves them, for tests: placeholders split over runs with other formatting,
spell-check marks and bookmarks inside them, in the body, a table, a header and a footer; and
raw zip packages (bombs, unsafe names) that no Word would write.

Word splits `{{ client.achternaam }}` wherever the typing paused, autocorrect struck or a
spelling mark starts; python-docx writes the same XML elements Word does (w:r, w:proofErr,
w:bookmarkStart), so a document built here looks to docxtpl exactly as a document from Word.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PROOF_START, PROOF_END, BOOKMARK = "<proof>", "</proof>", "<bookmark>"


def split(paragraph, *pieces: str) -> None:
    """Append runs to a paragraph: text pieces alternate plain and bold; the markers insert a
    spell-check start/end or a bookmark between runs, as Word does."""
    bold = False
    for piece in pieces:
        if piece in (PROOF_START, PROOF_END):
            mark = OxmlElement("w:proofErr")
            mark.set(qn("w:type"), "spellStart" if piece == PROOF_START else "spellEnd")
            paragraph._p.append(mark)
        elif piece == BOOKMARK:
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), "0")
            start.set(qn("w:name"), "_GoBack")
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), "0")
            paragraph._p.append(start)
            paragraph._p.append(end)
        else:
            paragraph.add_run(piece).bold = bold
            bold = not bold


def word_like_template() -> bytes:
    doc = Document()
    section = doc.sections[0]
    split(section.header.paragraphs[0], "{", "{ organisatie.", PROOF_START, "naam", PROOF_END,
          " }}")
    split(section.footer.paragraphs[0], "Consulent: {{ consulent.", "naam }} — {{ van",
          BOOKMARK, "daag }}")
    split(doc.add_paragraph(), "Geachte heer/mevrouw {{ client.", PROOF_START, "achter",
          PROOF_END, "naam }},")
    split(doc.add_paragraph(), "Geboren op {{ client.geboortedatum }} (", "{{ client.geboorte",
          BOOKMARK, "datum|kort }}) in {{ client.geboorteland }}.")
    split(doc.add_paragraph(), "Adres: {{ client.adres.straat }} {{ client.adres.huisnummer }}")
    split(doc.add_paragraph(), "{%p if ", "partner %}")
    split(doc.add_paragraph(), "Partner: {{ partner.volledige_", PROOF_START, "naam }}",
          PROOF_END)
    split(doc.add_paragraph(), "{%p endif %}")
    table = doc.add_table(rows=4, cols=2)
    split(table.cell(0, 0).paragraphs[0], "Kind")
    split(table.cell(0, 1).paragraphs[0], "Geboren")
    split(table.cell(1, 0).paragraphs[0], "{%tr for kind in ", "kinderen %}")
    split(table.cell(2, 0).paragraphs[0], "{{ kind.voor", PROOF_START, "namen }} {{ kind.",
          "achternaam }}")
    split(table.cell(2, 1).paragraphs[0], "{{ kind.geboortedatum", BOOKMARK, "|kort }}")
    split(table.cell(3, 0).paragraphs[0], "{%tr end", "for %}")
    split(doc.add_paragraph(), "Met vriendelijke groet, {{ consulent.naam }}")
    return save(doc)


def template_of(*paragraphs: str, table_rows: list[list[str]] | None = None) -> bytes:
    """A plain template: one paragraph per string, and optionally a table."""
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if table_rows:
        table = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, text in enumerate(row):
                table.cell(r, c).paragraphs[0].add_run(text)
    return save(doc)


def save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def text_of(data: bytes) -> str:
    """All text a reader sees: body paragraphs, table cells, headers and footers."""
    doc = Document(io.BytesIO(data))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    for section in doc.sections:
        lines += [p.text for p in section.header.paragraphs]
        lines += [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def zip_package(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
