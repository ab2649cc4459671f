"""The header over the client file's tabs: whose file is open, always in view.

It shows the stored file (not what is being typed): full name, age in years (from the birth date
and today), the masked BSN (last three digits, as in the BSN field), the language of the
conversations, and a place for the case state and the next deadline, hidden while empty. A new
client that is not stored yet says so instead. The window title never names the client; this
header is inside the page, which a lock hides.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont

from consultant_app.core.domain import dates
from consultant_app.core.domain.model import Client
from consultant_app.gui.client_file_combos import LANGUAGE_LABELS
from consultant_app.gui.client_file_fields import MASK

class ClientHeader(QObject):
    """Fills the header labels of a Ui_ClientFile."""

    def __init__(self, ui: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        font = QFont(ui.header_name_label.font())
        font.setBold(True)
        ui.header_name_label.setFont(font)
        self.show_case("")

    def show_client(self, client: Client | None, today: date | None = None) -> None:
        ui = self.ui
        details = (ui.header_age_label, ui.header_bsn_label, ui.header_language_label)
        if client is None:
            ui.header_name_label.setText(self.tr("Nieuwe cliënt, nog niet opgeslagen"))
            for label in details:
                label.clear()
                label.hide()
            return
        ui.header_name_label.setText(f"{client.given_names} {client.surname}")
        ui.header_age_label.setText(self.age_text(client.birth_date, today or date.today()))
        ui.header_bsn_label.setText(self.bsn_text(client.bsn))
        ui.header_language_label.setText(self.language_text(client.language))
        for label in details:
            label.show()

    def show_case(self, text: str) -> None:
        """The case state and next deadline ("Aanvraag ingediend · uiterlijk 07-01-2027");
        hidden while there is none."""
        self.ui.header_case_label.setText(text)
        self.ui.header_case_label.setVisible(bool(text))

    # -- the words -------------------------------------------------------------------------------
    def age_text(self, birth_date: str | None, today: date) -> str:
        """"67 jaar", or that the age is unknown (no or an unreadable birth date)."""
        born = dates.as_date(birth_date)
        if born is None or born > today:
            return self.tr("Leeftijd onbekend")
        return self.tr("%n jaar", "", dates.age_on(born, today))

    def bsn_text(self, bsn: str | None) -> str:
        return self.tr("BSN %1").replace("%1", MASK + bsn[-3:]) if bsn else self.tr("Geen BSN")

    def language_text(self, code: str | None) -> str:
        if not code:
            return self.tr("Gesprekstaal onbekend")
        name = LANGUAGE_LABELS.get(code)
        label = QCoreApplication.translate("LanguageLabels", name) if name else code
        return self.tr("Gesprekstaal: %1").replace("%1", label)
