"""The letters kept for one client, newest first: date, letter, template version, made by and
when. Only the records: a letter's content is read from the vault when it is opened."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.records import Letter
from consultant_app.gui.dates import short_date, short_date_time
from consultant_app.gui.models.rows import RowsModel


class LettersModel(RowsModel):
    CONTEXT = "LettersModel"
    HEADERS = (QT_TRANSLATE_NOOP("LettersModel", "Datum brief"),
               QT_TRANSLATE_NOOP("LettersModel", "Brief"),
               QT_TRANSLATE_NOOP("LettersModel", "Versie"),
               QT_TRANSLATE_NOOP("LettersModel", "Gemaakt door"),
               QT_TRANSLATE_NOOP("LettersModel", "Gemaakt op"))
    TITLE = 1

    def set_letters(self, letters: list[Letter]) -> None:
        self._reset(list(letters))

    def letter(self, row: int) -> Letter | None:
        return self._row(row)

    def sort_value(self, letter: Letter, column: int) -> str:
        return (letter.letter_date, fold(letter.template_title), letter.template_version,
                fold(letter.created_by), letter.created_at)[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        letter = self._row(index.row()) if index.isValid() else None
        if letter is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (short_date(letter.letter_date, self.language), letter.template_title,
                letter.template_version, letter.created_by,
                short_date_time(letter.created_at, self.language))[index.column()]
