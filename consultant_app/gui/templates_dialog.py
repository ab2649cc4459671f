""""Sjablonen beheren": the letter templates of this computer, and adding the office's own.

"Sjabloon importeren…" checks the chosen .docx in the background (core.letters.lint, the same
check as `consultant-app template check`) and shows each finding: the document part, the kind
of problem, the detail and the document's own text around it, so whoever made the template in
Word can find the spot. Only a clean template can be added: then the dialog asks for an id
(suggested from the file name) and a title, and imports it into the office's folder.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from consultant_app.core.errors import LetterError, error_text
from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.core.letters.lint import Finding
from consultant_app.core.messages import translate
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.forms.ui_templates_dialog import Ui_TemplatesDialog
from consultant_app.gui.models.templates_model import TemplatesModel
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog

HINT_STYLE = "color: #8a5a00;"


def suggested_id(path: Path) -> str:
    """Lower-case letters, digits and hyphens, from the file name (as the library's ids)."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.casefold()).strip("-")[:64] or "sjabloon"


class TemplatesDialog(WorkDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(session, parent)
        self.library = TemplateLibrary.for_data_dir(session.data_dir)
        self.today = today or date.today()
        self.source: Path | None = None  # the checked, clean .docx waiting for id and title
        self.findings: list[Finding] = []
        self.folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self.model = TemplatesModel(self, language=session.language)
        self._prepare()
        self.refresh()

    def _prepare(self) -> None:
        ui = self.ui
        view = ui.templates_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for label in (ui.general_error, ui.title_error):
            label.setStyleSheet(ERROR_STYLE)
            show(label, "")
        show(ui.template_id_error, "")
        ui.check_group.hide()
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.import_button.clicked.connect(self.choose_file)
        ui.add_button.clicked.connect(self.add)
        ui.template_id_edit.textChanged.connect(lambda _: self._hint_existing())
        ui.button_box.rejected.connect(self.reject)
        self.busy.connect(lambda busy: ui.import_button.setEnabled(not busy))

    def refresh(self, select: str | None = None) -> None:
        try:
            templates = self.library.listed(self.today)
        except LetterError as error:
            templates = []
            self.ui.status_label.setText(error_text(error, self.session.language))
        self.model.set_templates(templates)
        if select is not None and self.model.row_of(select) >= 0:
            self.ui.templates_view.selectRow(self.model.row_of(select))

    # -- checking ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Sjabloon kiezen"),
                                                str(self.folder),
                                                self.tr("Word-document (*.docx)"))
        if chosen:
            self.folder = Path(chosen).parent
            self.check(Path(chosen))

    def check(self, path: Path) -> None:
        """Lint `path` in the background (no vault needed) and show the report."""
        from consultant_app.core.letters.lint import check_template

        ui = self.ui
        self.source, self.findings = None, []
        ui.check_group.show()
        ui.check_group.setTitle(self.tr("Controle van %1").replace("%1", path.name))
        ui.verdict_label.setText(self.tr("Bezig met controleren…"))
        ui.findings_browser.hide()
        ui.import_form_box.hide()
        show(ui.general_error, "")
        self.run(lambda progress: check_template(path.read_bytes()),
                 lambda findings: self._checked(path, findings), self._check_failed,
                 vault=False)

    def _checked(self, path: Path, findings: list[Finding]) -> None:
        ui = self.ui
        self.findings = findings
        if findings:
            ui.verdict_label.setText(self.tr(
                "Gevonden problemen: %1. Dit sjabloon kan pas worden toegevoegd als ze in Word "
                "zijn opgelost; kies het daarna opnieuw.").replace("%1", str(len(findings))))
            ui.findings_browser.setHtml(self.report(findings))
            ui.findings_browser.show()
            return
        self.source = path
        ui.verdict_label.setText(self.tr("Geen problemen gevonden. Geef het sjabloon een id en "
                                         "een titel om het toe te voegen."))
        ui.template_id_edit.setText(suggested_id(path))
        ui.title_edit.setText(path.stem)
        show(ui.title_error, "")
        ui.import_form_box.show()
        ui.title_edit.setFocus()
        ui.title_edit.selectAll()

    def report(self, findings: list[Finding]) -> str:
        """One paragraph per finding: where, what kind, the detail, the quoted text."""
        language = self.session.language
        rows = []
        for finding in findings:
            kind = translate(f"finding_{finding.kind}", language)
            quote = (f"<br><i>“{html.escape(finding.context)}”</i>"
                     if finding.context else "")
            rows.append(f"<p><b>{html.escape(finding.part)}</b> — {html.escape(kind)}: "
                        f"<code>{html.escape(finding.detail)}</code>{quote}</p>")
        return "".join(rows)

    def _check_failed(self, error: BaseException) -> None:
        self.ui.verdict_label.setText(self.tr("Dit bestand kan niet als sjabloon dienen."))
        show(self.ui.general_error, error_text(error, self.session.language))

    # -- adding --------------------------------------------------------------------------------
    def _hint_existing(self) -> None:
        template_id = self.ui.template_id_edit.text().strip()
        taken = self.model.row_of(template_id) >= 0
        self.ui.template_id_error.setStyleSheet(HINT_STYLE)
        show(self.ui.template_id_error, self.tr(
            "Er is al een sjabloon met dit id: toevoegen vervangt het.") if taken else "")

    def add(self) -> None:
        if self.source is None:
            return
        ui = self.ui
        template_id, title = ui.template_id_edit.text().strip(), ui.title_edit.text().strip()
        show(ui.general_error, "")
        show(ui.title_error, "")
        try:
            info = self.library.import_template(self.source, template_id, title)
        except Exception as error:  # noqa: BLE001 - shown next to its field, the form stays
            self._show_add_error(error)
            return
        self.source = None
        ui.check_group.hide()
        self.refresh(select=info.id)
        ui.status_label.setText(self.tr("Toegevoegd: %1").replace("%1", info.title))

    def _show_add_error(self, error: BaseException) -> None:
        text = error_text(error, self.session.language)
        code = getattr(error, "code", "")
        if code == "template_bad_id":
            self.ui.template_id_error.setStyleSheet(ERROR_STYLE)
            show(self.ui.template_id_error, text)
            self.ui.template_id_edit.setFocus()
        elif code == "template_title_required":
            show(self.ui.title_error, text)
            self.ui.title_edit.setFocus()
        else:
            show(self.ui.general_error, text)
