"""Builds the annual report's Word template, reports/jaarverslag.docx, with the letters' house
style (build.py's helpers). Run it from the repository root after changing a text here:
`python templates/build_report.py`; the output is reproducible, so a test rebuilds and compares.

The report is not a letter: it has no client, no validity period and no place in the letters'
manifest (the letters' list, lint and preflight know nothing of it). It lives beside them, in
reports/, and an office restyles it in Word like a letter: fonts, colours, a logo in the header,
an introduction. The fields it is filled with (core/reports/docx.py):

    jaar, vorig_jaar (empty without a previous year), bron, vorig_jaar_kop
    titel, inleiding, kop_definities, voettekst, pagina, van: the report's words in its
              language (core/reports/texts.py)
    publicatie: published when, by whom, edition and SHA-256, or "Niet gepubliceerd: ..."
    wijzigingen_kop (empty when nothing changed since publication), wijzigingen: the places
    vorig_jaar_publicatie: that the year before is the published one (or empty)
    tabellen: titel, rijen (label, dit_jaar, vorig_jaar), totaal (the same, or empty),
              grafiek (the bar chart picture, or empty)
    definities: term, tekst
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from build import Letter  # noqa: E402  (the letters' builder: the house style and its helpers)

TARGET = HERE / "reports" / "jaarverslag.docx"
WIDTHS = (10.5, 3.0, 3.0)  # cm: label, this year, last year


class Report(Letter):
    """A Letter without letterhead: a plain running footer with the year and the page."""

    def _header_and_footer(self) -> None:
        footer = self.doc.sections[0].footer
        self._footer(footer, "{{ voettekst }}", rule_space_after=None)
        words = {"Pagina ": "{{ pagina }} ", " van ": " {{ van }} "}  # "Pagina 1 van 2"
        for run in footer.tables[0].rows[0].cells[1].paragraphs[0].runs:
            if run.text in words:  # only those: setting a run's text empties a field's run
                run.text = words[run.text]

    def numbers_right_and_together(self) -> None:
        """The count columns of the last table right-aligned, like figures in a ledger, and the
        table kept on one page with its chart, when it has one. The space after the table is
        kept with the chart only then: kept always, a table without a chart would drag the
        next section along and leave half a page empty."""
        for row in self.doc.tables[-1].rows:
            for index, cell in enumerate(row.cells):
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
                    if index:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        spacer = self.doc.paragraphs[-1]._p  # the grid table's space after it
        spacer.getparent().remove(spacer)
        self.tag("{%p if tabel.grafiek %}")
        self.space(4)
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        chart = self.para("{{ tabel.grafiek }}", after=10)
        chart.alignment = WD_ALIGN_PARAGRAPH.LEFT
        self.tag("{%p else %}")
        self.space(4)
        self.tag("{%p endif %}")


def jaarverslag() -> Report:
    report = Report("Jaarverslag")
    report.heading("{{ titel }}")
    report.para("{{ inleiding }}")
    report.para("**{{ publicatie }}**", after=2)
    report.tag("{%p if wijzigingen_kop %}")
    report.para("{{ wijzigingen_kop }}", after=2)
    report.tag("{%p endif %}")
    report.tag("{%p for wijziging in wijzigingen %}")
    report.para("– {{ wijziging }}", after=0, indent=0.5)
    report.tag("{%p endfor %}")
    report.tag("{%p if vorig_jaar_publicatie %}")
    report.para("{{ vorig_jaar_publicatie }}", after=2)
    report.tag("{%p endif %}")
    report.space()
    report.tag("{%p for tabel in tabellen %}")
    report.heading("{{ tabel.titel }}", level=2)
    report.grid_table(
        ("", "{{ jaar }}", "{{ vorig_jaar_kop }}"),
        ["{%tr for rij in tabel.rijen %}",
         ("{{ rij.label }}", "{{ rij.dit_jaar }}", "{{ rij.vorig_jaar }}"),
         "{%tr endfor %}",
         "{%tr if tabel.totaal %}",
         ("**{{ tabel.totaal.label }}**", "**{{ tabel.totaal.dit_jaar }}**",
          "**{{ tabel.totaal.vorig_jaar }}**"),
         "{%tr endif %}"],
        WIDTHS)
    report.numbers_right_and_together()
    report.tag("{%p endfor %}")
    report.heading("{{ kop_definities }}", level=2, new_page=True)
    report.tag("{%p for definitie in definities %}")
    report.para("**{{ definitie.term }}**. {{ definitie.tekst }}")
    report.tag("{%p endfor %}")
    return report


def main(target: Path = TARGET) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    jaarverslag().save(target)
    return target


if __name__ == "__main__":
    print(main().relative_to(HERE))
