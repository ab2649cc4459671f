"""What the letter screens do off the GUI thread, each step an operation on the worker's own
workspace (gui/operations.py): render a draft with its preview or preflight, keep it, save it,
hand its content out for Word or the printer. No widgets here.

One rule for the letter screens: every vault call, read or write, runs in the worker; the
preflight form's answers (the client file and the organisation settings) too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app.core.domain.records import Letter
from consultant_app.core.letters.library import TemplateInfo
from consultant_app.core.letters.pdf import print_docx
from consultant_app.core.letters.preflight import MissingField, describe

if TYPE_CHECKING:
    from consultant_app.core.letters.service import Draft, LetterService
    from consultant_app.core.workspace import Workspace


@dataclass(frozen=True)
class LetterJob:
    """Where letters are made: the location of the spreekuur when the screen opened (printed in
    letters); the templates are the workspace's (shipped, and the office's own)."""

    location: str | None

    def service(self, workspace: Workspace) -> LetterService:
        return workspace.letters_at(self.location)


@dataclass(frozen=True)
class RenderResult:
    draft: Draft
    html: str | None  # the preview, when nothing is missing
    missing: list[MissingField] = field(default_factory=list)
    client_json: dict[str, Any] = field(default_factory=dict)  # for client_changes
    seconds: float = 0.0  # render and preview together, as the consultant waits for them


def render(workspace: Workspace, job: LetterJob, client_id: str, template: TemplateInfo, day: date,
           allow_expired: bool) -> RenderResult:
    """A draft and what the dialog shows for it: the preview, or the preflight form's rows."""
    from consultant_app.gui.letter_preview import docx_to_html

    start = time.perf_counter()
    draft = job.service(workspace).draft(client_id, template, day, allow_expired=allow_expired)
    if not draft.rendered.missing:
        html = docx_to_html(draft.content)
        return RenderResult(draft, html, seconds=time.perf_counter() - start)
    # The form names the household member and merges into the stored file: that is a read
    # of the file, and logged as one.
    casefile = workspace.casefile
    client = casefile.show_client(client_id)
    return RenderResult(draft, None, describe(draft.rendered.missing, client),
                        casefile.client_json(client), time.perf_counter() - start)


def kept(service: LetterService, draft: Draft, letter_id: str | None,
         action: str = "read") -> tuple[Letter, bytes]:
    """The draft kept in the vault (once: a letter already kept is read back, logged as
    `action`), and its content."""
    if letter_id is None:
        return service.keep(draft)
    return service.content(letter_id, action)


def save_as(service: LetterService, draft: Draft, letter_id: str | None, out: Path,
            pdf_out: Path | None) -> Letter:
    if letter_id is None:
        return service.save(draft, out, pdf_out)
    if pdf_out is not None:  # first, as the slow step that is likeliest to fail
        service.export(letter_id, pdf_out, pdf=True)
    return service.export(letter_id, out)


def print_letter(service: LetterService, draft: Draft, letter_id: str | None) -> Letter:
    """Keep the letter, log the print, and send it to the default printer."""
    if letter_id is None:
        letter_id = service.keep(draft)[0].id
    letter, content = service.content(letter_id, "print")
    print_docx(content, service.vault.data_dir)
    return letter
