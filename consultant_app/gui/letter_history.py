"""The "Eerdere brieven" tab of the letter dialog: the letters kept for this client, newest
first, each to open in Word (a temporary copy) or to save as a file again. The list is read in
the background like every letter step; opening or saving is logged by the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QHeaderView

from consultant_app.core.errors import error_text
from consultant_app.core.fileio import safe_file_name
from consultant_app.core.domain.records import Letter
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.letter_output import LetterOutput
from consultant_app.gui.letter_work import LetterJob
from consultant_app.gui.operations import OpChanges
from consultant_app.gui.models.letters_model import LettersModel
from consultant_app.gui.window_state import remember_sort
from consultant_app.gui.work_dialog import WorkDialog


class EarlierLetters(QObject):
    def __init__(self, ui: Any, dialog: WorkDialog, job: LetterJob, client_id: str,
                 client_name: str):
        super().__init__(dialog)
        self.ui, self.dialog, self.job = ui, dialog, job
        self.client_id, self.client_name = client_id, client_name
        self.model = LettersModel(self, language=dialog.session.language)
        view = ui.letters_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LettersModel.TITLE, QHeaderView.ResizeMode.Stretch)
        remember_sort(view, dialog.session, "letters")
        ui.history_error.setStyleSheet(ERROR_STYLE)
        show(ui.history_error, "")
        self.output = LetterOutput(dialog, job, self._report,
                                   lambda text: show(ui.history_error, text))
        ui.history_pdf_check.setVisible(self.output.can_convert())
        ui.open_letter_button.clicked.connect(self.open_selected)
        ui.export_letter_button.clicked.connect(self.save_selected)
        view.activated.connect(lambda _: self.open_selected())
        view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        dialog.busy.connect(lambda _: self._enable())
        dialog.session.changed.connect(self._changed)
        self._enable()

    def _changed(self, changes: OpChanges) -> None:
        if changes.letters:  # a letter kept here, or in a batch
            self.refresh()

    def refresh(self) -> None:
        client_id, job = self.client_id, self.job
        self.dialog.run(lambda workspace: job.service(workspace).list_letters(client_id),
                        self._show, lambda error: show(self.ui.history_error, error_text(
                            error, self.dialog.session.language)))

    def _show(self, letters: list[Letter]) -> None:
        self.model.set_letters(letters)
        count = len(letters)
        self.ui.tabs.setTabText(1, self.tr("&Eerdere brieven (%1)").replace("%1", str(count)))
        if count and not self.ui.letters_view.currentIndex().isValid():
            self.ui.letters_view.selectRow(0)
        self._enable()

    def selected(self) -> Letter | None:
        index: QModelIndex = self.ui.letters_view.currentIndex()
        return self.model.letter(index.row()) if index.isValid() else None

    def _file_name(self, letter: Letter) -> str:
        return safe_file_name(f"{letter.template_title} - {self.client_name} - "
                              f"{letter.letter_date}", ".docx")

    def open_selected(self) -> None:
        letter = self.selected()
        if letter is not None and not self.dialog.is_busy():
            show(self.ui.history_error, "")
            self.output.open_in_word(None, letter.id, self._file_name(letter), lambda _: None)

    def save_selected(self) -> None:
        letter = self.selected()
        if letter is not None and not self.dialog.is_busy():
            show(self.ui.history_error, "")
            self.output.save_as(None, letter.id, self._file_name(letter),
                                self.ui.history_pdf_check.isChecked(), lambda _: None)

    def _report(self, text: str) -> None:
        show(self.ui.history_error, "")
        self.ui.history_status_label.setText(text)

    def _enable(self) -> None:
        ready = self.selected() is not None and not self.dialog.is_busy()
        self.ui.open_letter_button.setEnabled(ready)
        self.ui.export_letter_button.setEnabled(ready)
