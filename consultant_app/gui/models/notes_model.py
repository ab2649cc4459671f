"""A client's notes as a table: newest note first, its amendments right under it.

Notes are append-only (an amendment is a new note pointing at the one it amends), so the rows
are a flattened tree: each note, then its amendments in the order written. Search results come
as a flat list; an amendment among them is marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from consultant_app.core.domain.model import Note
from consultant_app.gui.dates import short_date_time
from consultant_app.gui.models.rows import RowsModel

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
ROOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Row:
    note: Note
    root_id: str  # the original note: amendments are always added to it, never to an amendment

    @property
    def is_amendment(self) -> bool:
        return self.note.amends is not None


HEADERS = (QT_TRANSLATE_NOOP("NotesModel", "Datum"), QT_TRANSLATE_NOOP("NotesModel", "Door"),
           QT_TRANSLATE_NOOP("NotesModel", "Notitie"))


class NotesModel(RowsModel):
    CONTEXT, HEADERS = "NotesModel", HEADERS
    DATE, AUTHOR, TEXT = range(3)

    def set_notes(self, notes: list[Note]) -> None:
        """The client's notes as CaseFile.list_notes gives them (oldest first, amendments
        attached)."""
        rows: list[_Row] = []
        for note in reversed(notes):
            rows.append(_Row(note, note.id))
            rows += [_Row(a, note.id) for a in _flatten(note.amendments)]
        self._reset(rows)

    def set_results(self, notes: list[Note]) -> None:
        """Search results as CaseFile.search_notes gives them (newest first, flat)."""
        self._reset([_Row(n, n.amends or n.id) for n in notes])

    def root_id(self, row: int) -> str | None:
        row_ = self._row(row)
        return row_.root_id if row_ else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.is_amendment:
            font = QFont()
            font.setItalic(True)
            return font
        if role == NOTE_ID_ROLE:
            return row.note.id
        if role == ROOT_ID_ROLE:
            return row.root_id
        return None

    def _text(self, row: _Row, column: int) -> str:
        if column == self.DATE:
            return short_date_time(row.note.created_at, self.language)
        if column == self.AUTHOR:
            return row.note.created_by or ""
        if row.is_amendment:
            prefix = QCoreApplication.translate("NotesModel", "↳ Aanvulling:")
            return f"{prefix} {row.note.text}"
        return row.note.text



def _flatten(amendments: list[Note]) -> list[Note]:
    """Amendments in the order written, including any amendment of an amendment."""
    out: list[Note] = []
    for amendment in amendments:
        out.append(amendment)
        out += _flatten(amendment.amendments)
    return out
