"""The sync banner at the top of the main window: "Laatst gesynchroniseerd 9 dagen geleden, 12
wijzigingen wachten", with a warning look once the consultant's setting says it has been too
long, the progress of a running sync, and why the last one failed; buttons lead to the open
conflicts and the refused changes. It only shows what the controller gives it
(gui/sync_controller.py); it never reads the vault itself.

Counts are written as the interface language writes numbers ("27.417" in Dutch, "27,417" in
English) by `number_text`, the one helper every sync screen uses for that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QStyle, QWidget

from consultant_app.gui.dates import number_text
from consultant_app.gui.forms.ui_sync_banner import Ui_SyncBanner

if TYPE_CHECKING:  # the main window is built before any vault is open: nothing heavy here
    from consultant_app.core.sync.service import SyncStatus

STAGES = {
    "push": QT_TRANSLATE_NOOP("SyncBanner", "wijzigingen verzenden"),
    "pull": QT_TRANSLATE_NOOP("SyncBanner", "wijzigingen van collega's ontvangen"),
    "check": QT_TRANSLATE_NOOP("SyncBanner", "vergelijken met de centrale registratie"),
}
# The red of client_file_errors, not imported from there: it brings the core's catalogue along.
ERROR_STYLE = "color: #b00020;"
_PLAIN_STYLE = "#sync_banner { background: palette(base); }"
_WARNING_STYLE = ("#sync_banner { background: #fff4e5; border: 1px solid #e8a33d; "
                  "border-radius: 3px; }")


class SyncBanner(QFrame):
    sync_requested = Signal()
    conflicts_requested = Signal()
    refused_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language  # how numbers are written
        self.ui = Ui_SyncBanner()
        self.ui.setupUi(self)
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        show(self.ui.error_label, "")
        self.ui.progress_bar.hide()
        self.ui.conflicts_button.hide()
        self.ui.refused_button.hide()
        self.ui.refused_button.setToolTip(
            self.tr("Wijzigingen die de centrale registratie weigerde"))
        self.ui.sync_button.setToolTip(self.tr("Synchroniseren met de centrale registratie (F5)"))
        self.ui.sync_button.clicked.connect(self.sync_requested)
        self.ui.conflicts_button.clicked.connect(self.conflicts_requested)
        self.ui.refused_button.clicked.connect(self.refused_requested)
        self._set_warning(False)

    # -- what it shows -------------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        """The state after unlocking, a change, or a sync."""
        language = self.language
        sentence = (f"{last_sync_text(status.days_since(), language)}, "
                    f"{waiting_text(status.waiting, language)}.")
        extra = []
        if status.server is None:
            extra.append(self.tr("Nog niet ingesteld: kies Synchroniseren om in te loggen bij "
                                 "de centrale registratie."))
        elif not status.logged_in:
            extra.append(self.tr("Opnieuw inloggen nodig."))
        if status.rejected:
            extra.append(self.tr("Door de centrale registratie geweigerd: %1 (ze blijven hier "
                                 "bewaard).")
                         .replace("%1", number_text(status.rejected, language)))
        if status.set_aside:
            extra.append(self.tr("Apart gezet bij het ophalen: %1 (deze app kan ze niet "
                                 "opslaan; meld dit aan beheer).")
                         .replace("%1", number_text(status.set_aside, language)))
        if status.overdue and status.last_sync_at:
            extra.append(self.tr("Langer dan %1 dagen niet gesynchroniseerd.")
                         .replace("%1", number_text(status.warn_after_days, language)))
        self.ui.message_label.setText(" ".join([sentence, *extra]))
        self.ui.conflicts_button.setVisible(status.conflicts > 0)
        self.ui.conflicts_button.setText(self.tr("Conflicten bekijken (%1)")
                                         .replace("%1", number_text(status.conflicts, language)))
        self.ui.refused_button.setVisible(status.rejected > 0)
        self.ui.refused_button.setText(self.tr("Geweigerd (%1)")
                                       .replace("%1", number_text(status.rejected, language)))
        where = (self.tr("Centrale registratie: %1 (gebruiker %2)").replace("%1", status.server)
                 .replace("%2", status.user or "") if status.server else "")
        self.setToolTip(where)
        self._set_warning(status.overdue)

    def show_progress(self, stage: str, done: int, total: int | None) -> None:
        self.ui.message_label.setText(stage_text(stage, done, total, self.language))
        bar = self.ui.progress_bar
        bar.setRange(0, total or 0)  # no total: a busy bar
        if total:
            bar.setValue(min(done, total))
        bar.show()

    def show_error(self, text: str) -> None:
        show(self.ui.error_label, self.tr("Synchroniseren lukte niet: %1").replace("%1", text)
             if text else "")

    def set_busy(self, busy: bool) -> None:
        self.ui.sync_button.setEnabled(not busy)
        self.ui.progress_bar.setVisible(busy)
        if busy:
            self.show_error("")
            self.ui.progress_bar.setRange(0, 0)

    def clear(self) -> None:
        """Nothing of the vault while it is locked."""
        self.ui.message_label.clear()
        self.ui.conflicts_button.hide()
        self.ui.refused_button.hide()
        self.show_error("")
        self.setToolTip("")

    # -- look ------------------------------------------------------------------------------------
    def is_warning(self) -> bool:
        return bool(self.property("warning"))

    def _set_warning(self, warning: bool) -> None:
        self.setProperty("warning", warning)
        self.setStyleSheet(_WARNING_STYLE if warning else _PLAIN_STYLE)
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning if warning else \
            QStyle.StandardPixmap.SP_BrowserReload
        size = self.ui.message_label.fontMetrics().height() + 4
        self.ui.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(size, size))




# Dutch is the source language and Qt applies plural forms only through a translation, so one
# day and one change have sentences of their own.
def last_sync_text(days: int | None, language: str) -> str:
    if days is None:
        return QCoreApplication.translate("SyncBanner", "Nog nooit gesynchroniseerd")
    if days == 0:
        return QCoreApplication.translate("SyncBanner", "Vandaag gesynchroniseerd")
    if days == 1:
        return QCoreApplication.translate("SyncBanner",
                                          "Gisteren voor het laatst gesynchroniseerd")
    return _fill(QCoreApplication.translate("SyncBanner",
                                            "Laatst gesynchroniseerd %1 dagen geleden"),
                 number_text(days, language))


def waiting_text(count: int, language: str) -> str:
    if count == 0:
        return QCoreApplication.translate("SyncBanner", "geen wijzigingen wachten")
    if count == 1:
        return QCoreApplication.translate("SyncBanner", "1 wijziging wacht")
    return _fill(QCoreApplication.translate("SyncBanner", "%1 wijzigingen wachten"),
                 number_text(count, language))


def stage_text(stage: str, done: int, total: int | None, language: str) -> str:
    what = QCoreApplication.translate("SyncBanner", STAGES[stage]) if stage in STAGES else stage
    if total:
        return _fill(QCoreApplication.translate("SyncBanner", "Synchroniseren: %1 (%2 van %3)…"),
                     what, number_text(done, language), number_text(total, language))
    if stage == "pull" and done:
        return _fill(QCoreApplication.translate("SyncBanner", "Synchroniseren: %1 (%2)…"),
                     what, number_text(done, language))
    return _fill(QCoreApplication.translate("SyncBanner", "Synchroniseren: %1…"), what)


def _fill(text: str, *values: object) -> str:
    """Qt's %1, %2... filled in (QString.arg, which Python strings lack)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
