"""Letters on the command line: `letter render|list|export` (a client's letters, kept in the
vault) and `template list|check|import`. Template commands need no vault: an office IT person
can check a template made in Word before anyone uses it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.cli.common import CliError, print_json, read_file, say, with_workspace
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    letter = sub.add_parser("letter", help="letters from templates").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = letter.add_parser("render", help="make a letter for a client and keep it in the vault")
    p.add_argument("client_id")
    p.add_argument("--template", required=True, help="template id (see `template list`) or .docx")
    p.add_argument("--out", type=Path, required=True, help="the .docx to write")
    p.add_argument("--pdf", action="store_true", help="also write a PDF beside it (LibreOffice)")
    p.add_argument("--date", help="the letter's date, YYYY-MM-DD (default: today)")
    p.add_argument("--allow-expired", action="store_true",
                   help="use a template outside its validity period, deliberately")
    p.add_argument("--allow-continuing-benefit", action="store_true",
                   help="stop a benefit that continues in the destination country, deliberately")
    p.set_defaults(handler=with_workspace(cmd_letter_render))
    p = letter.add_parser("list", help="a client's letters")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_letter_list))
    p = letter.add_parser("export", help="write a kept letter to a file")
    p.add_argument("letter_id")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--pdf", action="store_true", help="write a PDF instead of the .docx")
    p.set_defaults(handler=with_workspace(cmd_letter_export))
    _register_templates(sub)


def _register_templates(sub: argparse._SubParsersAction) -> None:
    template = sub.add_parser("template", help="letter templates").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = template.add_parser("list", help="the templates, valid ones first")
    p.add_argument("--date", help="validity on this date, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_template_list)
    p = template.add_parser("check", help="lint a .docx template (no vault needed)")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=cmd_template_check)
    p = template.add_parser("import", help="add an office template (checked first)")
    p.add_argument("path", type=Path)
    p.add_argument("--id", required=True, dest="template_id")
    p.add_argument("--title", required=True)
    p.add_argument("--version", default="1")
    p.add_argument("--valid-from")
    p.add_argument("--valid-until")
    p.set_defaults(handler=cmd_template_import)


# -- letters ------------------------------------------------------------------------------------
def cmd_letter_render(workspace: Workspace, args: argparse.Namespace) -> int:
    """Every problem of the letter in one line and nothing written; when only the PDF cannot
    be made, the .docx is kept and written, its id printed, and exit 1 says there is no PDF."""
    from consultant_app.core.errors import LetterProblems, PdfNotMadeError

    out = args.out
    pdf_out = out.with_suffix(".pdf") if args.pdf else None
    for path in filter(None, (out, pdf_out)):
        if path.exists():
            raise CliError("file_exists", path=path)
    service = workspace.letters
    template = service.library.resolve(args.template)
    draft, problems = service.check(args.client_id, template, _date(args.date),
                                    allow_expired=args.allow_expired, pdf=args.pdf,
                                    allow_continuing_benefit=args.allow_continuing_benefit)
    no_pdf = [p for p in problems if p.code == "pdf_no_libreoffice"]
    if len(problems) > len(no_pdf):
        raise LetterProblems(problems)
    try:
        letter = service.save(draft, out, None if no_pdf else pdf_out)
    except PdfNotMadeError as error:
        print(error.letter_id)
        raise
    print(letter.id)
    if no_pdf:
        raise PdfNotMadeError(letter.id, out, no_pdf[0])
    say("letter_written", id=letter.id, path=out if pdf_out is None else f"{out}, {pdf_out}")
    return 0


def cmd_letter_list(workspace: Workspace, args: argparse.Namespace) -> int:
    letters = workspace.letters.list_letters(args.client_id)
    if args.json:
        print_json([vars(letter) for letter in letters])
    else:
        for letter in letters:
            print(f"{letter.id}\t{letter.letter_date}\t{letter.template_id}\t"
                  f"{letter.template_version}\t{letter.template_title}")
    return 0


def cmd_letter_export(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.out.exists():
        raise CliError("file_exists", path=args.out)
    workspace.letters.export(args.letter_id, args.out, pdf=args.pdf)
    say("letter_exported", path=args.out)
    return 0


# -- templates ----------------------------------------------------------------------------------
def _library(args: argparse.Namespace):
    from consultant_app.core.letters.library import TemplateLibrary

    return TemplateLibrary.for_data_dir(args.data_dir)


def cmd_template_list(args: argparse.Namespace) -> int:
    day = _date(args.date)
    templates = _library(args).listed(day)
    if args.json:
        print_json([{"id": t.id, "title": t.title, "version": t.version,
                     "valid_from": t.valid_from, "valid_until": t.valid_until,
                     "valid": t.valid_on(day), "language": t.language, "scheme": t.scheme,
                     "origin": t.origin} for t in templates])
        return 0
    lang = cli_language()
    for t in templates:
        state = translate("valid_now" if t.valid_on(day) else "expired_now", lang)
        print(f"{t.id}\t{t.version}\t{state}\t{t.title}")
    return 0


def cmd_template_check(args: argparse.Namespace) -> int:
    from consultant_app.core.letters.lint import check_template

    return _report(check_template(read_file(args.path)))


def cmd_template_import(args: argparse.Namespace) -> int:
    from consultant_app.core.letters.lint import check_template

    findings = check_template(read_file(args.path))
    if findings:
        return _report(findings)
    info = _library(args).import_template(
        args.path, args.template_id, args.title, version=args.version,
        valid_from=_optional_date("--valid-from", args.valid_from),
        valid_until=_optional_date("--valid-until", args.valid_until))
    print(info.id)
    return 0


def _report(findings: list) -> int:
    """Each finding on stdout; the verdict as the one line on stderr; exit 1 when any."""
    lang = cli_language()
    for finding in findings:
        detail = f": {finding.detail}" if finding.detail else ""
        where = f" — “{finding.context}”" if finding.context else ""
        print(f"{finding.part}: {translate(f'finding_{finding.kind}', lang)}{detail}{where}")
    if findings:
        raise CliError("check_findings", count=len(findings))
    say("check_clean")
    return 0


def _date(text: str | None) -> date:
    """--date: the letter's date (validity is judged on it); today when not given."""
    return date.today() if text is None else _parse_date("--date", text)


def _optional_date(option: str, text: str | None) -> date | None:
    return None if text is None else _parse_date(option, text)


def _parse_date(option: str, text: str) -> date:
    from consultant_app.core.domain.validation import date_value

    return date_value(option, text)
