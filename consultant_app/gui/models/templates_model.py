"""The letter templates as a table for the template manager: id, title, version, the period it
is valid for, and whether it came with the app or is the office's own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from consultant_app.core.letters.library import TemplateInfo
from consultant_app.gui.dates import short_date
from consultant_app.gui.models.rows import RowsModel

ORIGINS = {"shipped": QT_TRANSLATE_NOOP("TemplatesModel", "meegeleverd"),
           "office": QT_TRANSLATE_NOOP("TemplatesModel", "eigen (kantoor)")}


class TemplatesModel(RowsModel):
    CONTEXT = "TemplatesModel"
    HEADERS = (QT_TRANSLATE_NOOP("TemplatesModel", "Id"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Titel"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Versie"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Geldig vanaf"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Geldig tot en met"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Herkomst"))

    def set_templates(self, templates: list[TemplateInfo]) -> None:
        self._reset(list(templates))

    def template(self, row: int) -> TemplateInfo | None:
        return self._row(row)

    def row_of(self, template_id: str) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == template_id), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        template = self._row(index.row()) if index.isValid() else None
        if template is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.description or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        origin = ORIGINS.get(template.origin)
        return (template.id, template.title, template.version,
                _day(template.valid_from, self.language),
                _day(template.valid_until, self.language),
                QCoreApplication.translate(self.CONTEXT, origin) if origin else template.origin
                )[index.column()]


def _day(value, language: str) -> str:
    return short_date(value, language) if value is not None else "—"
