"""The receipt of one sync: how many changes went out, came in, were merged, clashed or were
refused, and whether the counts and checksums matched the registry's afterwards. With open
conflicts it offers "Conflicten bekijken". Nothing in it names a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from consultant_app.core.messages import translate
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.forms.ui_sync_receipt_dialog import Ui_SyncReceiptDialog
from consultant_app.gui.sync_banner import number_text

if TYPE_CHECKING:
    from consultant_app.core.sync.service import Receipt

_GOOD_STYLE = "color: #1b6e20;"
ENTITY_NAMES = {
    "clients": QT_TRANSLATE_NOOP("SyncReceiptDialog", "cliënten"),
    "household_members": QT_TRANSLATE_NOOP("SyncReceiptDialog", "partners en kinderen"),
    "contacts": QT_TRANSLATE_NOOP("SyncReceiptDialog", "contacten"),
    "notes": QT_TRANSLATE_NOOP("SyncReceiptDialog", "notities"),
    "follow_ups": QT_TRANSLATE_NOOP("SyncReceiptDialog", "taken"),
    "letters": QT_TRANSLATE_NOOP("SyncReceiptDialog", "brieven"),
}


class SyncReceiptDialog(QDialog):
    conflicts_requested = Signal()

    def __init__(self, receipt: Receipt, open_conflicts: int, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.receipt = receipt
        self.ui = Ui_SyncReceiptDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.button_box.rejected.connect(self.reject)
        ui.conflicts_button.clicked.connect(self._conflicts)
        ui.headline_label.setText(
            self.tr("De synchronisatie met de centrale registratie is klaar."))
        font = ui.headline_label.font()
        font.setBold(True)
        ui.headline_label.setFont(font)
        for name in ("pushed", "pulled", "merged", "conflicts", "rejected"):
            getattr(ui, f"{name}_value").setText(number_text(getattr(receipt, name), language))
        self._show_check(language)
        advice = []
        if open_conflicts:
            advice.append(self.tr("Open conflicten: %1. Kies per gegeven welke waarde blijft.")
                          .replace("%1", number_text(open_conflicts, language)))
        if receipt.rejected:
            advice.append(self.tr("De centrale registratie weigerde %1 wijziging(en); ze blijven "
                                  "op deze computer bewaard. Meld dit aan de beheerder.")
                          .replace("%1", number_text(receipt.rejected, language)))
        if receipt.set_aside:
            advice.append(self.tr("%1 ontvangen gegeven(s) apart gezet: deze app kan ze niet "
                                  "opslaan, de rest is verwerkt. Meld dit aan de beheerder.")
                          .replace("%1", number_text(receipt.set_aside, language)))
        show(ui.advice_label, " ".join(advice))
        ui.conflicts_button.setVisible(open_conflicts > 0)
        (ui.conflicts_button if open_conflicts else
         ui.button_box.button(QDialogButtonBox.StandardButton.Close)).setDefault(True)

    def _show_check(self, language: str) -> None:
        receipt = self.receipt
        if receipt.mismatches:
            names = ", ".join(QCoreApplication.translate("SyncReceiptDialog", ENTITY_NAMES[e])
                              if e in ENTITY_NAMES else e for e in receipt.mismatches)
            text, style = translate("sync_mismatch", language, entities=names), ERROR_STYLE
        elif receipt.checked:
            text, style = translate("sync_checked", language), _GOOD_STYLE
        else:
            text, style = translate("sync_not_checked", language), ""
        text = text[:1].upper() + text[1:]  # the catalogue's texts continue a CLI line
        self.ui.check_label.setStyleSheet(style)
        self.ui.check_label.setText(f"✓ {text}" if receipt.checked and not receipt.mismatches
                                    else text)

    def check_text(self) -> str:
        return self.ui.check_label.text()

    def _conflicts(self) -> None:
        self.accept()
        self.conflicts_requested.emit()

    def done(self, result: int) -> None:  # noqa: N802 (Qt override)
        super().done(result)
        self.deleteLater()
