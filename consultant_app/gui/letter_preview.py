"""A rendered letter as simple HTML for the preview: header, paragraphs, tables, footer.

A preview is a reading copy, not a layout copy: it keeps what a consultant checks before handing
a letter over (the text, bold and italic, headings, list bullets, table rows, page breaks as a
rule) and leaves fonts, margins and images to Word. Pure python-docx and no Qt, so it runs in
the worker together with the render.
"""

from __future__ import annotations

import html
import io

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

PAGE_BREAK = '<hr style="border: 0; border-top: 1px dashed #999;">'
MARGIN_STYLE = "color: #595959; font-size: small;"
TABLE_ATTRS = 'cellspacing="0" cellpadding="4" width="100%" style="border-color: #a6a6a6;"'


def docx_to_html(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    # Style names by id, read once: python-docx's paragraph.style looks the style up anew for
    # every paragraph, which made the preview of a long letter take half a second.
    styles = {style.get(qn("w:styleId")): _style_name(style)
              for style in document.styles.element.iter(qn("w:style"))}
    section = document.sections[0] if document.sections else None
    parts: list[str] = []
    if section is not None and not section.header.is_linked_to_previous:
        parts.append(_margin(section.header, styles))
    parts += [_block(block, styles) for block in document.iter_inner_content()]
    if section is not None and not section.footer.is_linked_to_previous:
        parts.append(PAGE_BREAK + _margin(section.footer, styles))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _style_name(style) -> str:
    """The style's built-in name in lower case ("heading 1", "list bullet"): Word keeps it in
    English whatever the language of the Word that made the document (the id may be "Kop1")."""
    name = style.find(qn("w:name"))
    return (name.get(qn("w:val")) if name is not None else "").casefold()


def _margin(container, styles: dict[str, str]) -> str:
    """A header or footer, smaller and greyed: the letterhead is context, not the letter. Its
    tables only place text side by side, so they get no borders."""
    inner = "".join(_block(block, styles, framed=False)
                    for block in container.iter_inner_content())
    return f'<div style="{MARGIN_STYLE}">{inner}</div>'


def _block(block: Paragraph | Table, styles: dict[str, str], framed: bool = True) -> str:
    if isinstance(block, Table):
        return _table(block, styles, framed)
    return _paragraph(block, styles)


def _paragraph(paragraph: Paragraph, styles: dict[str, str]) -> str:
    text = "".join(_run(run) for item in paragraph.iter_inner_content()
                   for run in getattr(item, "runs", [item]))  # a hyperlink holds runs
    before = PAGE_BREAK if _breaks_page(paragraph) else ""
    style = styles.get(paragraph._p.style or "", "")
    if style.startswith(("heading", "title")):
        level = 2 if style == "title" or style.endswith("1") else 3
        return f"{before}<h{level}>{text}</h{level}>"
    if style.startswith("list"):
        text = "\u2022 " + text
    align = {"CENTER": "center", "RIGHT": "right", "JUSTIFY": "justify"}.get(
        paragraph.alignment.name if paragraph.alignment is not None else "", "")
    attrs = f' align="{align}"' if align else ""
    return f"{before}<p{attrs}>{text or '&nbsp;'}</p>"


def _run(run) -> str:
    pieces: list[str] = []
    for child in run._r:
        if child.tag == qn("w:t"):
            pieces.append(html.escape(child.text or ""))
        elif child.tag == qn("w:tab"):
            pieces.append("&emsp;")
        elif child.tag == qn("w:noBreakHyphen"):  # how letters keep "Remigratie-advies" whole
            pieces.append("\u2011")
        elif child.tag == qn("w:br") and child.get(qn("w:type")) != "page":
            pieces.append("<br>")
    text = "".join(pieces)
    if text and run.bold:
        text = f"<b>{text}</b>"
    if text and run.italic:
        text = f"<i>{text}</i>"
    if text and run.underline:
        text = f"<u>{text}</u>"
    return text


def _breaks_page(paragraph: Paragraph) -> bool:
    if paragraph.paragraph_format.page_break_before:
        return True
    return any(br.get(qn("w:type")) == "page" for br in paragraph._p.iter(qn("w:br")))


def _table(table: Table, styles: dict[str, str], framed: bool) -> str:
    rows = []
    for row in table.rows:
        cells, seen = [], []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell comes once per grid column
                continue
            seen.append(cell._tc)
            inner = "".join(_block(block, styles, framed)
                            for block in cell.iter_inner_content())
            cells.append(f"<td>{inner}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    border = 1 if framed else 0
    return f'<table border="{border}" {TABLE_ATTRS}>' + "".join(rows) + "</table>"
