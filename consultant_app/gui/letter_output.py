"""Handing a letter out of the vault: "Opslaan als…" (a .docx, and a PDF beside it when
LibreOffice is there), "Openen in Word" (a temporary copy, see temp_copies.py) and "Afdrukken"
(LibreOffice to the default printer).

Works for a fresh draft (kept in the vault first, once) and for a letter kept earlier. The vault
work runs in the background with its own connection (letter_work.py); file dialogs, the copy for
Word and the messages stay on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from consultant_app.core.errors import error_text
from consultant_app.core.letters.pdf import find_soffice
from consultant_app.core.domain.records import Letter
from consultant_app.gui import letter_work
from consultant_app.gui.letter_work import LetterJob
from consultant_app.gui.operations import OpChanges
from consultant_app.gui.work_dialog import WorkDialog

if TYPE_CHECKING:
    from consultant_app.core.letters.service import Draft

Done = Callable[[Letter], None]


class LetterOutput(QObject):
    """The three ways out, for one dialog. `report(text)` shows progress and results,
    `fail(text)` a refusal; `done(letter)` tells the dialog which letter was kept."""

    def __init__(self, dialog: WorkDialog, job: LetterJob, report: Callable[[str], None],
                 fail: Callable[[str], None]):
        super().__init__(dialog)
        self.dialog, self.job = dialog, job
        self.report, self.fail = report, fail
        self.folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    @staticmethod
    def can_convert() -> bool:
        """LibreOffice is there: PDF copies and printing work."""
        return find_soffice() is not None

    # -- save as -------------------------------------------------------------------------------
    def save_as(self, draft: Draft | None, letter_id: str | None, file_name: str, pdf: bool,
                done: Done) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.dialog, self.tr("Brief opslaan als"), str(self.folder / file_name),
            self.tr("Word-document (*.docx)"))
        if not chosen:  # cancelled: nothing is kept, and an earlier "Opgeslagen" must go
            self.report(self.tr("Niet opgeslagen: er is geen bestand gekozen."))
            return
        out = Path(chosen)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        self.folder = out.parent
        pdf_out = out.with_suffix(".pdf") if pdf else None
        job = self.job

        def work(workspace) -> Letter:
            service = job.service(workspace)
            if draft is None:
                if pdf_out is not None:
                    service.export(letter_id, pdf_out, pdf=True)
                return service.export(letter_id, out)
            return letter_work.save_as(service, draft, letter_id, out, pdf_out)

        def saved(letter: Letter) -> None:
            done(letter)
            names = out.name if pdf_out is None else f"{out.name}, {pdf_out.name}"
            self.report(self.tr("Opgeslagen: %1 (bevat persoonsgegevens)").replace("%1", names))

        self.report(self.tr("Bezig met opslaan…") if pdf_out is None
                    else self.tr("Bezig met opslaan en PDF maken…"))
        self.dialog.run(work, saved, self._failed, changes=_keeps(draft))

    # -- Word ----------------------------------------------------------------------------------
    def open_in_word(self, draft: Draft | None, letter_id: str | None, file_name: str,
                     done: Done) -> None:
        job = self.job

        def work(workspace) -> tuple[Letter, bytes]:
            service = job.service(workspace)
            if draft is None:
                return service.content(letter_id, "read")
            return letter_work.kept(service, draft, letter_id)

        def opened(result: tuple[Letter, bytes]) -> None:
            letter, content = result
            done(letter)
            copies = self.dialog.session.temp_copies
            try:
                path = copies.write(file_name, content)
            except OSError as error:
                self.fail(error_text(error, self.dialog.session.language))
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                path.unlink(missing_ok=True)
                self.fail(self.tr("Er is geen programma gevonden dat een Word-document opent."))
                return
            self.report(self.tr("Geopend in Word als tijdelijke kopie: die verdwijnt bij "
                                "vergrendelen en afsluiten. Wil je een blijvend bestand, "
                                "gebruik dan Opslaan als."))

        self.dialog.run(work, opened, self._failed, changes=_keeps(draft))

    # -- print ---------------------------------------------------------------------------------
    def print_letter(self, draft: Draft, letter_id: str | None, done: Done) -> None:
        if not self.can_convert():
            self.fail(self.tr("Afdrukken vanuit Spreekuur gaat via LibreOffice, en dat is hier "
                              "niet geïnstalleerd. Open de brief in Word en druk daar af."))
            return
        job = self.job

        def work(workspace) -> Letter:
            return letter_work.print_letter(job.service(workspace), draft, letter_id)

        def printed(letter: Letter) -> None:
            done(letter)
            self.report(self.tr("Naar de standaardprinter gestuurd."))

        self.report(self.tr("Bezig met afdrukken…"))
        self.dialog.run(work, printed, self._failed, changes=_keeps(draft))

    def _failed(self, error: BaseException) -> None:
        self.fail(error_text(error, self.dialog.session.language))


def _keeps(draft: Draft | None) -> OpChanges:
    """Handing out a draft keeps it in the vault (the earlier letters list it)."""
    return OpChanges(letters=draft is not None)
