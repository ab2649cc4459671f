""""Brieven voor meerdere cliënten": one template, the clients listed in the main window (all
ticked to start with), a folder; LetterService.make_batch runs in the background with a progress
bar. Each complete letter is kept in its client's file and written to the folder; a file that
lacks fields is skipped, and the summary names each skipped client with what is missing, in
the consultant's words. The window title never names a client.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget,
)

from consultant_app.core.errors import (
    BenefitContinuesError, ConsultantAppError, LetterError, MissingFieldsError, error_text,
)
from consultant_app.core.letters.library import TemplateInfo, TemplateLibrary
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.dates import date_format
from consultant_app.gui.forms.ui_letter_batch_dialog import Ui_LetterBatchDialog
from consultant_app.gui.letter_texts import catalogue_label, expired_notice, validity_problem
from consultant_app.gui.letter_work import LetterJob
from consultant_app.gui.operations import OpChanges
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog

if TYPE_CHECKING:
    from consultant_app.core.letters.service import BatchResult


class LetterBatchDialog(WorkDialog):
    def __init__(self, session: Session, clients: list[tuple[str, str]], location: str,
                 parent: QWidget | None = None, today: date | None = None):
        """`clients`: (client id, name as listed) of the main window's list."""
        super().__init__(session, parent)
        self.names = dict(clients)
        self.job = LetterJob(location or None)
        self.library = TemplateLibrary.for_data_dir(session.data_dir)
        self.templates: list[TemplateInfo] = []
        self.result: BatchResult | None = None
        self.ui = Ui_LetterBatchDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.general_error.setStyleSheet(ERROR_STYLE)
        show(ui.general_error, "")
        ui.expired_frame.setStyleSheet("#expired_frame { background: #fff4e5; }")
        ui.result_browser.hide()
        ui.progress_bar.hide()  # until there is something to count
        ui.button_box.addButton(ui.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.folder_edit.setText(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        for client_id, name in clients:
            item = QListWidgetItem(name, ui.clients_list)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        ui.letter_date_edit.setDisplayFormat(date_format(session.language))
        ui.letter_date_edit.setDate(QDate(today or date.today()))
        self._connect()
        self._fill_templates()
        self._update()
        if not clients:
            ui.status_label.setText(self.tr("Geen cliënten in de lijst: zoek ze eerst op in het "
                                            "hoofdvenster."))

    def _connect(self) -> None:
        ui = self.ui
        ui.template_combo.currentIndexChanged.connect(lambda _: self._template_chosen())
        ui.letter_date_edit.dateChanged.connect(lambda _: self._fill_templates())
        ui.expired_confirm_check.toggled.connect(lambda _: self._update())
        ui.clients_list.itemChanged.connect(lambda _: self._update())
        ui.check_all_button.clicked.connect(lambda: self._check_all(True))
        ui.check_none_button.clicked.connect(lambda: self._check_all(False))
        ui.choose_folder_button.clicked.connect(self.choose_folder)
        ui.make_button.clicked.connect(self.make)
        ui.button_box.rejected.connect(self.reject)
        self.busy.connect(lambda _: self._update())

    # -- choices -------------------------------------------------------------------------------
    def letter_day(self) -> date:
        return self.ui.letter_date_edit.date().toPython()

    def template(self) -> TemplateInfo | None:
        index = self.ui.template_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def select_template(self, template_id: str) -> None:
        self.ui.template_combo.setCurrentIndex([t.id for t in self.templates].index(template_id))

    def checked_ids(self) -> list[str]:
        items = (self.ui.clients_list.item(row) for row in range(self.ui.clients_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _fill_templates(self) -> None:
        combo, day = self.ui.template_combo, self.letter_day()
        current = self.template()
        try:
            self.templates = self.library.listed(day)
        except LetterError as error:
            self.templates = []
            show(self.ui.general_error, error_text(error, self.session.language))
        grey = QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text)
        combo.blockSignals(True)
        combo.clear()
        for i, template in enumerate(self.templates):
            problem = validity_problem(template, day, self.session.language)
            combo.addItem(f"{template.title} — {problem}" if problem else template.title)
            if problem:
                combo.setItemData(i, grey, Qt.ItemDataRole.ForegroundRole)
        ids = [t.id for t in self.templates]
        combo.setCurrentIndex(ids.index(current.id) if current and current.id in ids else 0)
        combo.blockSignals(False)
        self._template_chosen()

    def _template_chosen(self) -> None:
        self.ui.expired_confirm_check.setChecked(False)
        self._update()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.clients_list.count()):
            self.ui.clients_list.item(row).setCheckState(state)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de brieven"),
                                                  self.ui.folder_edit.text())
        if folder:
            self.ui.folder_edit.setText(folder)

    def _update(self) -> None:
        template, day = self.template(), self.letter_day()
        problem = validity_problem(template, day, self.session.language) if template else ""
        self.ui.expired_frame.setVisible(bool(problem))
        if problem:
            self.ui.expired_label.setText(expired_notice(template, day, self.session.language))
        allowed = template is not None and (
            not problem or self.ui.expired_confirm_check.isChecked())
        busy = self.is_busy()
        self.ui.make_button.setEnabled(allowed and bool(self.checked_ids()) and not busy)
        for widget in (self.ui.template_combo, self.ui.letter_date_edit, self.ui.clients_list,
                       self.ui.folder_edit, self.ui.choose_folder_button,
                       self.ui.expired_confirm_check, self.ui.check_all_button,
                       self.ui.check_none_button):
            widget.setEnabled(not busy)

    # -- making --------------------------------------------------------------------------------
    def make(self) -> None:
        template, ids = self.template(), self.checked_ids()
        folder = Path(self.ui.folder_edit.text().strip()).expanduser()
        if template is None or not ids or self.is_busy():
            return
        if not folder.is_dir():
            show(self.ui.general_error, self.tr("Kies een map die bestaat."))
            return
        show(self.ui.general_error, "")
        day, job = self.letter_day(), self.job
        allow = bool(validity_problem(template, day, self.session.language))
        self.ui.result_browser.hide()
        self.ui.progress_bar.setRange(0, len(ids))
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.show()
        self.ui.status_label.setText(self.tr("De brieven worden gemaakt…"))
        self.run(lambda workspace, progress: job.service(workspace).make_batch(
                     ids, template, day, folder, allow_expired=allow, progress=progress),
                 lambda result: self._done(result, folder), self._failed,
                 self.ui.progress_bar.setValue, changes=OpChanges(letters=True))

    def _done(self, result: BatchResult, folder: Path) -> None:
        self.result = result
        self.ui.progress_bar.setValue(self.ui.progress_bar.maximum())
        self.ui.status_label.setText(self.tr("Klaar."))
        written = self.tr("Brieven geschreven: %1, in %2").replace(
            "%1", str(len(result.written))).replace("%2", html.escape(str(folder)))
        parts = [f"<p><b>{written}</b></p>"]
        if result.refused:
            refused = self.tr("Niet gemaakt: %1").replace("%1", str(len(result.refused)))
            rows = "".join(f"<li>{html.escape(self.names.get(client_id, client_id))}: "
                           f"{html.escape(self.reason(error))}</li>"
                           for client_id, error in result.refused)
            parts.append(f"<p><b>{refused}</b></p><ul>{rows}</ul>")
        self.ui.result_browser.setHtml("".join(parts))
        self.ui.result_browser.show()

    def reason(self, error: ConsultantAppError) -> str:
        if isinstance(error, MissingFieldsError):
            in_file = [name for name in error.fields if name not in error.settings]
            parts = []
            if in_file:
                labels = "; ".join(catalogue_label(name) for name in in_file)
                parts.append(self.tr("ontbreekt in het dossier: %1").replace("%1", labels))
            if error.settings:
                labels = "; ".join(catalogue_label(name) for name in error.settings)
                parts.append(self.tr("ontbreekt in de instellingen van de organisatie: %1")
                             .replace("%1", labels))
            return "; ".join(parts)
        if isinstance(error, BenefitContinuesError):  # without the command line's option
            return error.notice(self.session.language)
        return error_text(error, self.session.language)

    def _failed(self, error: BaseException) -> None:
        self.ui.status_label.clear()
        show(self.ui.general_error, error_text(error, self.session.language))

    def release(self) -> None:
        self.ui.result_browser.clear()
        self.ui.clients_list.clear()
