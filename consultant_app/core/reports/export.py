"""Writing an annual report to a file a funder reads, the format chosen by the file's extension:
`.xlsx` (a sheet per table with native charts), `.docx` (from the Word template) or `.pdf` (that
document through LibreOffice, core/letters/pdf.py).

Every export suppresses small cells (suppress.py) and is refused before anything is made when
the report does not have the documented shape (shape.py), the extension is unknown, the folder
does not exist or the file exists already: an export never overwrites. The file is written
atomically (core/fileio.py): it is either absent or complete.
"""

from __future__ import annotations

from pathlib import Path

from consultant_app.core.errors import ReportError
from consultant_app.core.fileio import atomic_write_bytes
from consultant_app.core.reports.tables import tables
from consultant_app.core.reports.texts import DEFAULT

FORMATS = (".xlsx", ".docx", ".pdf")


def report_bytes(report: dict, suffix: str, *, work_dir: Path | None = None,
                 template: bytes | None = None, language: str = DEFAULT) -> bytes:
    """The exported report in the format of `suffix`; `work_dir` is where LibreOffice may work
    for a PDF (a private folder is made inside and removed again); `template` an office's own
    Word template; `language` the report's words (Dutch unless asked: it goes to funders)."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise ReportError("report_unknown_format", suffix=suffix)
    shown = tables(report, suppress=True, language=language)
    if suffix == ".xlsx":
        from consultant_app.core.reports.xlsx import workbook_bytes

        return workbook_bytes(shown)
    from consultant_app.core.reports.docx import document_bytes

    document = document_bytes(shown, template)
    if suffix == ".docx":
        return document
    from consultant_app.core.letters.pdf import to_pdf

    if work_dir is None:
        raise ReportError("report_pdf_needs_folder")
    return to_pdf(document, work_dir)


def write_report(report: dict, path: Path, *, work_dir: Path | None = None,
                 template: bytes | None = None, language: str = DEFAULT) -> Path:
    """Write the report to `path` (format by its extension); refuses an existing file. A PDF is
    made in `work_dir` (the vault's data folder), or beside the file when none is given."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ReportError("report_unknown_format", suffix=path.suffix or path.name)
    _refuse_existing(path)
    content = report_bytes(report, suffix, work_dir=work_dir or path.parent, template=template,
                           language=language)
    _refuse_existing(path)  # made in the meantime (LibreOffice can take a while)
    atomic_write_bytes(path, content)
    return path


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise ReportError("report_file_exists", path=path)
    if not path.parent.is_dir():
        raise ReportError("report_folder_missing", path=path.parent)
