"""The letter service: make a letter for a client from a template, keep it, hand it out.

Both faces call these methods. A letter is made in one go: the template's period is checked
(the SVB application is closed to new applications after 2024-12-31 unless explicitly allowed),
the context is built from the client file, the template rendered, and a letter that lacks a
field it prints is refused with the list of those fields (the preflight). Only a complete letter
is stored: encrypted in the vault with template id, version and hash, the data used and its hash,
date and consultant, and an access-log entry. Writing it to a file is an export (logged too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from consultant_app.core.errors import (
    ConsultantAppError, LetterError, NotFoundError, PdfNotMadeError,
)
from consultant_app.core.fileio import atomic_write_bytes, safe_file_name
from consultant_app.core.letters.catalogue import (
    CaseFacts, LetterSender, build_context,
)
from consultant_app.core.letters.library import TemplateInfo, TemplateLibrary, sha256
from consultant_app.core.letters.pdf import find_soffice, to_pdf
from consultant_app.core.letters.preflight import missing_error
from consultant_app.core.letters.render import (
    Rendered, context_from_json, context_json, render_docx,
)
from consultant_app.core.vault import audit, clients, letters
from consultant_app.core.vault.database import transaction
from consultant_app.core.domain.records import Letter
from consultant_app.core.vault.vault import Vault


@dataclass(frozen=True)
class Draft:
    """A rendered letter not yet kept: what a preview shows."""

    client_id: str
    template: TemplateInfo
    template_bytes: bytes
    letter_date: date
    rendered: Rendered
    data: str
    client_name: str  # "Öztürk, Işık": for the file name a consultant is offered

    @property
    def content(self) -> bytes:
        return self.rendered.content

    @property
    def file_name(self) -> str:
        return safe_file_name(f"{self.template.title} - {self.client_name} - "
                              f"{self.letter_date.isoformat()}", ".docx")


@dataclass
class BatchResult:
    written: list[tuple[str, Path]] = field(default_factory=list)  # (client id, file)
    refused: list[tuple[str, ConsultantAppError]] = field(default_factory=list)


class LetterService:
    def __init__(self, vault: Vault, library: TemplateLibrary, location: str | None = None,
                 cases: Callable[[str, str], CaseFacts | None] | None = None):
        """`cases(client_id, scheme)` gives what a letter may print of the client's case under
        a template's scheme (the workspace asks the case service)."""
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.library = library
        self.location = location
        self.cases = cases

    def sender(self, today: date) -> LetterSender:
        return LetterSender(self.who.consultant, self.vault.settings.organisation(),
                            self.location, today)

    # -- making ------------------------------------------------------------------------------
    def draft(self, client_id: str, template: TemplateInfo, today: date, *,
              allow_expired: bool = False) -> Draft:
        """Render without keeping anything; the draft's `rendered.missing` is the preflight."""
        template.require_valid_on(today, allow_expired)
        return self._draft(client_id, template, template.read(), today)

    def _draft(self, client_id: str, template: TemplateInfo, template_bytes: bytes,
               today: date) -> Draft:
        client = clients.get_client(self.db, client_id)
        case = self.cases(client_id, template.scheme) if self.cases and template.scheme else None
        context = build_context(client, self.sender(today), template.language, case)
        rendered = render_docx(template_bytes, context)
        return Draft(client_id, template, template_bytes, today, rendered,
                     context_json(context), f"{client.surname}, {client.given_names}")

    def check(self, client_id: str, template: TemplateInfo, today: date, *,
              allow_expired: bool = False, pdf: bool = False) -> tuple[Draft, list[LetterError]]:
        """The draft and every reason it cannot be made now, all at once: the template's
        period, the fields it lacks, and (when a PDF is wanted) no LibreOffice to make it."""
        problems: list[LetterError] = []
        try:
            template.require_valid_on(today, allow_expired)
        except LetterError as error:
            problems.append(error)
        draft = self._draft(client_id, template, template.read(), today)
        if draft.rendered.missing:
            problems.append(missing_error(draft.rendered.missing))
        if pdf and find_soffice() is None:
            problems.append(LetterError("pdf_no_libreoffice"))
        return draft, problems

    def preflight(self, client_id: str, template: TemplateInfo, today: date) -> list[str]:
        """The catalogue fields this template prints that this client file lacks."""
        return self.draft(client_id, template, today, allow_expired=True).rendered.missing

    def make(self, client_id: str, template: TemplateInfo, today: date, *,
             allow_expired: bool = False) -> tuple[Letter, bytes]:
        """Render, refuse if fields are missing, and keep the letter; returns it and its bytes."""
        return self.keep(self.draft(client_id, template, today, allow_expired=allow_expired))

    def keep(self, draft: Draft) -> tuple[Letter, bytes]:
        if draft.rendered.missing:
            raise missing_error(draft.rendered.missing)
        template_hash = sha256(draft.template_bytes)
        fields = {
            "client_id": draft.client_id, "template_id": draft.template.id,
            "template_title": draft.template.title,
            "template_version": draft.template.version, "template_hash": template_hash,
            "letter_date": draft.letter_date.isoformat(), "data": draft.data,
            "data_hash": draft.rendered.data_hash, "content_hash": draft.rendered.content_hash,
        }
        blobs = {template_hash: draft.template_bytes,
                 draft.rendered.content_hash: draft.content}
        with transaction(self.db):
            letter_id = letters.add(self.db, fields, self.who, blobs)
            audit.record(self.db, self.who, "create", draft.client_id,
                         f"letter:{draft.template.id}")
            return letters.get(self.db, letter_id), draft.content

    def save(self, draft: Draft, out: Path, pdf_out: Path | None = None) -> Letter:
        """Keep the letter and write it to `out` (all or nothing), then its PDF to `pdf_out`.
        A PDF that cannot be made does not undo the letter: PdfNotMadeError says it was kept
        and written, and why there is no PDF."""
        written: list[Path] = []
        try:
            with transaction(self.db):
                letter, content = self.keep(draft)
                atomic_write_bytes(out, content)
                written.append(out)
                audit.record(self.db, self.who, "export", draft.client_id, f"letter:{letter.id}")
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        if pdf_out is not None:
            try:
                atomic_write_bytes(pdf_out, to_pdf(content, self.vault.data_dir))
            except LetterError as error:
                raise PdfNotMadeError(letter.id, out, error) from None
        return letter

    def make_batch(self, client_ids: Sequence[str], template: TemplateInfo, today: date,
                   folder: Path, *, allow_expired: bool = False,
                   progress: Callable[[int], None] | None = None) -> BatchResult:
        """One letter per client into `folder`, each kept and written on its own: a client
        whose file lacks a field is reported and skipped, the others go on."""
        template.require_valid_on(today, allow_expired)
        template_bytes = template.read()
        result = BatchResult()
        taken: set[str] = set()
        for done, client_id in enumerate(client_ids, start=1):
            try:
                draft = self._draft(client_id, template, template_bytes, today)
                path = folder / _unused_name(draft.file_name, taken, folder)
                self.save(draft, path)
                result.written.append((client_id, path))
            except (LetterError, NotFoundError) as error:
                result.refused.append((client_id, error))
            if progress is not None:
                progress(done)
        return result

    # -- reading and handing out ---------------------------------------------------------------
    def list_letters(self, client_id: str) -> list[Letter]:
        clients.get_client(self.db, client_id)  # a wrong id says so instead of listing nothing
        return letters.for_client(self.db, client_id)

    def content(self, letter_id: str, action: str = "read") -> tuple[Letter, bytes]:
        """A kept letter's bytes; `action` is what the access log records (read, export, print)."""
        letter = letters.get(self.db, letter_id)
        content = letters.blob(self.db, letter.content_hash)
        if content is None:
            content = self._reproduce(letter)
        if sha256(content) != letter.content_hash:
            raise LetterError("letter_content_damaged")
        with transaction(self.db):
            audit.record(self.db, self.who, action, letter.client_id, f"letter:{letter.id}")
        return letter, content

    def _reproduce(self, letter: Letter) -> bytes:
        """A letter made on a colleague's laptop arrives by sync without its document (only the
        record travels): it is made again from the same template version and the same data,
        which gives the same bytes, and kept here."""
        template = letters.blob(self.db, letter.template_hash)
        if template is None:
            template = next((info.read() for info in self.library.templates().values()
                             if _same_file(info, letter.template_hash)), None)
        if template is None:
            raise LetterError("letter_template_elsewhere")
        rendered = render_docx(template, context_from_json(letters.data_of(self.db, letter.id)))
        if rendered.content_hash != letter.content_hash:
            raise LetterError("letter_content_damaged")
        with transaction(self.db):
            letters.store_blobs(self.db, {letter.template_hash: template,
                                          letter.content_hash: rendered.content})
        return rendered.content

    def export(self, letter_id: str, out: Path, *, pdf: bool = False) -> Letter:
        """Write a kept letter to `out` (.docx, or a PDF with `pdf`), mode 0600."""
        letter, content = self.content(letter_id, "export")
        atomic_write_bytes(out, to_pdf(content, self.vault.data_dir) if pdf else content)
        return letter



def _same_file(info: TemplateInfo, wanted_hash: str) -> bool:
    try:
        return sha256(info.read()) == wanted_hash
    except (OSError, LetterError):
        return False


def _unused_name(name: str, taken: set[str], folder: Path) -> str:
    """`name`, or `name (2)`, ... when a namesake already has it in this batch or folder."""
    stem, suffix = name.rsplit(".", 1)
    candidate, n = name, 1
    while candidate.casefold() in taken or (folder / candidate).exists():
        n += 1
        candidate = f"{stem} ({n}).{suffix}"
    taken.add(candidate.casefold())
    return candidate
