"""The annual report as a Word document, filled from the shipped template
templates/reports/jaarverslag.docx (built by templates/build_report.py; its fields are listed
there), or from an office's restyled copy of it: a table per section, a bar chart picture per
breakdown (chart.py), and the definitions at the end. Its words come from texts.py in the
report's language; what the file says about its publication is in the fields `publicatie`,
`wijzigingen_kop`, `wijzigingen` and `vorig_jaar_publicatie`. An office's copy made before a
field existed simply does not print it: every field it has is still filled in.

The template is filled in the letters' sandboxed, autoescaping, time-bounded Jinja environment
(core/letters/environment.py) after the letters' package check (zip bomb, odd member names): an
office edits it in Word, so it is treated as untrusted like a letter template.
"""

from __future__ import annotations

import io
from pathlib import Path

from jinja2 import TemplateError

from consultant_app.core.errors import LetterError, ReportError
from consultant_app.core.letters.environment import RENDER_SECONDS, bounded_time, make_environment
from consultant_app.core.letters.package import check_docx
from consultant_app.core.paths import templates_dir
from consultant_app.core.reports.chart import Bar, bar_chart
from consultant_app.core.reports.tables import ReportTables, Row

TEMPLATE = Path("reports") / "jaarverslag.docx"  # inside the templates folder
CHART_WIDTH_CM = 14.0


def template_path() -> Path:
    return templates_dir() / TEMPLATE


def document_bytes(report: ReportTables, template: bytes | None = None) -> bytes:
    """The filled-in report; `template` is an office's own version of the shipped one."""
    from docx.shared import Cm
    from docxtpl import DocxTemplate, InlineImage

    template = template_path().read_bytes() if template is None else template
    check_docx(template)
    document = DocxTemplate(io.BytesIO(template))

    def picture(table) -> object:
        if not table.chart or not table.rows:
            return ""
        bars = [Bar(row.label, _drawn(row.current_value), row.current,
                    _drawn(row.previous_value), row.previous) for row in table.rows]
        png = bar_chart(bars, report.year, report.previous_year)
        return InlineImage(document, io.BytesIO(png), width=Cm(CHART_WIDTH_CM))

    publication = report.publication
    context = {
        "jaar": report.year,
        "vorig_jaar": report.previous_year or "",
        "vorig_jaar_kop": report.previous_year or "",
        "bron": report.source,
        "titel": report.text("report_title", year=report.year),
        "inleiding": introduction(report),
        "publicatie": publication.status if publication else "",
        "wijzigingen_kop": (publication.changed if publication else None) or "",
        "wijzigingen": publication.changes if publication else [],
        "vorig_jaar_publicatie": (publication.previous if publication else None) or "",
        "tabellen": [{"titel": table.title, "rijen": [_row(r) for r in table.rows],
                      "totaal": _row(table.total) if table.total else "",
                      "grafiek": picture(table)} for table in report.tables],
        "kop_definities": report.text("counted"),
        "definities": [{"term": term, "tekst": text} for term, text in report.definitions],
        "voettekst": report.text("footer", year=report.year, source=report.source),
        "pagina": report.text("page"),
        "van": report.text("page_of"),
    }
    out = io.BytesIO()
    try:
        with bounded_time(RENDER_SECONDS):
            document.render(context, jinja_env=make_environment(), autoescape=True)
            document.save(out)
    except LetterError:
        raise
    except TemplateError as error:
        raise ReportError("report_template_broken", detail=type(error).__name__) from None
    return out.getvalue()


def introduction(report: ReportTables) -> str:
    """What the figures are, where they come from and how small counts are shown."""
    compared = (report.text("compared", year=report.year, previous=report.previous_year)
                if report.previous_year else report.text("not_compared", year=report.year))
    return " ".join([f"{compared}.", f"{report.text('source', source=report.source)}.",
                     report.text("introduction")])


def _row(row: Row) -> dict[str, str]:
    return {"label": row.label, "dit_jaar": row.current, "vorig_jaar": row.previous}


def _drawn(value: int | float | None) -> int | None:
    """The length of a bar: a count; none for a hidden count or a year without figures."""
    return None if value is None else int(value)
