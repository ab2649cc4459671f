""""Brief maken": a letter for the open client, from choosing the template to handing it out.

The consultant picks a template (valid ones first; one outside its period is greyed, and using
it needs its notice read and a deliberate tick) and the letter's date. The letter is rendered in
the background; when the client file lacks fields it prints, a preflight form asks for them
instead of the preview, stores the answers in the file ("Opslaan in dossier en verder") and
renders again. A letter that stops a benefit which goes on in the client's destination country
(the core's `draft.continuing`) shows that notice in the same frame as an expired template's,
and its preview only after the same deliberate tick. A complete letter can be saved as a file,
opened in Word as a temporary copy or printed; each keeps it in the vault (once). The second tab lists the letters kept earlier.
The window title never names the client.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from consultant_app.core.errors import LetterError, ValidationError, ValidationErrors, error_text
from consultant_app.core.letters.catalogue import organisation_value
from consultant_app.core.letters.library import TemplateInfo, TemplateLibrary
from consultant_app.core.letters.preflight import client_changes
from consultant_app.core.domain.records import Letter
from consultant_app.gui import letter_work
from consultant_app.gui.client_file_errors import ERROR_STYLE, field_errors, show
from consultant_app.gui.dates import date_format, locale
from consultant_app.gui.forms.ui_letter_dialog import Ui_LetterDialog
from consultant_app.gui.letter_history import EarlierLetters
from consultant_app.gui.letter_output import LetterOutput
from consultant_app.gui.letter_preflight import PreflightForm
from consultant_app.gui.letter_texts import expired_notice, fill_templates, validity_problem
from consultant_app.gui.letter_work import LetterJob, RenderResult
from consultant_app.gui.operations import OpChanges
from consultant_app.gui.session import Session
from consultant_app.gui.work_dialog import WorkDialog

if TYPE_CHECKING:
    from consultant_app.core.letters.service import Draft


class LetterDialog(WorkDialog):
    client_changed = Signal(str)  # the preflight form stored answers in this client's file

    def __init__(self, session: Session, client_id: str, client_name: str, location: str,
                 parent: QWidget | None = None, today: date | None = None):
        super().__init__(session, parent)
        self.client_id = client_id
        self.job = LetterJob(location or None)
        self.library = TemplateLibrary.for_data_dir(session.data_dir)
        self.templates: list[TemplateInfo] = []
        self.draft: Draft | None = None
        self.letter_id: str | None = None  # the draft as kept in the vault, once it is
        self.render_seconds: float | None = None
        self._client_json: dict = {}
        self._seq = 0  # a render started before the latest choice is dropped when it reports
        self._note = ""  # said again with the next render's result ("Opgeslagen in het dossier.")
        self._confirmed = ""  # the notice the consultant ticked "read" for (see _rendered)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.preflight = PreflightForm(self.ui.preflight_fields, self.ui.preflight_error,
                                       session.language, self)
        self.output = LetterOutput(self, self.job, self._report, self._fail)
        self.history = EarlierLetters(self.ui, self, self.job, client_id, client_name)
        self.ui.letter_date_edit.setDisplayFormat(date_format(session.language))
        self.ui.letter_date_edit.setDate(QDate(today or date.today()))
        self._style()
        self._connect()
        self._fill_templates(None, first=True)
        self._refresh()
        self.history.refresh()
        self.ui.templates_list.setFocus()

    def _style(self) -> None:
        ui = self.ui
        for label in (ui.general_error, ui.preflight_error):
            label.setStyleSheet(ERROR_STYLE)
            show(label, "")
        ui.expired_frame.setStyleSheet("#expired_frame { background: #fff4e5; }")
        ui.description_label.setEnabled(False)  # greyed: explanation, not data
        ui.splitter.setSizes([330, 730])
        ui.pdf_check.setVisible(self.output.can_convert())
        ui.save_as_button.setToolTip(self.tr("Bewaren in het dossier en opslaan als bestand "
                                             "(Ctrl+S)"))
        ui.open_word_button.setToolTip(self.tr("Bewaren in het dossier en een tijdelijke kopie "
                                               "openen in Word"))
        ui.print_button.setToolTip(self.tr("Bewaren in het dossier en afdrukken op de "
                                           "standaardprinter (Ctrl+P)"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))

    def _connect(self) -> None:
        ui = self.ui
        # The selection, not the current item: focus alone makes an item current without
        # selecting it, and the preview must be of the template that is highlighted.
        ui.templates_list.itemSelectionChanged.connect(self._template_chosen)
        ui.letter_date_edit.dateChanged.connect(lambda _: self._date_changed())
        ui.expired_confirm_check.toggled.connect(self._confirm_toggled)
        ui.preflight_save_button.clicked.connect(self.save_preflight)
        ui.save_as_button.clicked.connect(self.save_as)
        ui.open_word_button.clicked.connect(self.open_in_word)
        ui.print_button.clicked.connect(self.print_letter)
        ui.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_letter)
        self.busy.connect(lambda _: self._enable())
        self.session.unlocked.connect(self._on_unlocked)

    def _on_unlocked(self) -> None:
        # A render cut off by the lock reported "vault locked"; the letter is made again.
        if self.isVisible() and self.draft is None and self.template() is not None:
            self._refresh()

    # -- choosing ------------------------------------------------------------------------------
    def letter_day(self) -> date:
        return self.ui.letter_date_edit.date().toPython()

    def template(self) -> TemplateInfo | None:
        """The selected template (the one highlighted in the list), or None."""
        items = self.ui.templates_list.selectedItems()
        template_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((t for t in self.templates if t.id == template_id), None)

    def select_template(self, template_id: str) -> None:
        ids = [t.id for t in self.templates]
        self.ui.templates_list.setCurrentRow(ids.index(template_id))

    def _fill_templates(self, keep: str | None, first: bool = False) -> None:
        """The list for the letter's date (validity, and so the order, depend on it), with
        `keep` selected again, or (`first`) the first template, which is a valid one."""
        day = self.letter_day()
        try:
            self.templates = self.library.listed(day)
        except LetterError as error:
            self.templates = []
            self._fail(error_text(error, self.session.language))
        widget = self.ui.templates_list
        widget.blockSignals(True)
        fill_templates(widget, self.templates, day, self.session.language)
        ids = [t.id for t in self.templates]
        row = ids.index(keep) if keep in ids else (0 if first and ids else -1)
        widget.setCurrentRow(row)  # selects it too (single selection)
        if row < 0:
            widget.clearSelection()
        widget.blockSignals(False)

    def _template_chosen(self) -> None:
        self._uncheck()  # a new choice, a new confirmation
        self._refresh()

    def _uncheck(self) -> None:
        self._confirmed = ""
        self.ui.expired_confirm_check.blockSignals(True)
        self.ui.expired_confirm_check.setChecked(False)
        self.ui.expired_confirm_check.blockSignals(False)

    def _confirm_toggled(self, checked: bool) -> None:
        self._confirmed = self.ui.expired_label.text() if checked else ""
        self._refresh()

    def _date_changed(self) -> None:
        current = self.template()
        self._fill_templates(current.id if current else None)
        self._refresh()

    # -- rendering -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Show what the current choice leads to: a prompt, the expired notice, or a render."""
        self._seq += 1
        self.draft, self.letter_id, self._note = None, None, ""
        show(self.ui.general_error, "")
        self.ui.status_label.clear()
        template, day = self.template(), self.letter_day()
        self.ui.description_label.setText(template.description if template else "")
        problem = validity_problem(template, day, self.session.language) if template else ""
        self.ui.expired_frame.setVisible(bool(problem))
        if template is None:
            self._message(self.tr("Kies links een sjabloon."))
        elif problem and not self.ui.expired_confirm_check.isChecked():
            self.ui.expired_label.setText(expired_notice(template, day, self.session.language))
            self._message(self.tr("Lees eerst de melding hierboven: met dit sjabloon maak je "
                                  "alleen bewust een brief."))
        else:
            self._render(template, day, allow_expired=bool(problem))
        self._enable()

    def _render(self, template: TemplateInfo, day: date, allow_expired: bool) -> None:
        seq, job, client_id = self._seq, self.job, self.client_id
        self._message(self.tr("De brief wordt gemaakt…"))
        self.run(lambda workspace: letter_work.render(
                     workspace, job, client_id, template, day, allow_expired),
                 lambda result: self._rendered(seq, result),
                 lambda error: self._render_failed(seq, error))

    def _rendered(self, seq: int, result: RenderResult) -> None:
        if seq != self._seq:
            return
        if result.draft.continuing and not self._benefit_confirmed(result.draft):
            return
        self.draft, self.letter_id = result.draft, None
        self.render_seconds = result.seconds
        if result.missing:
            self._client_json = result.client_json
            self.preflight.show_fields(result.missing, result.client_json)
            self.ui.preflight_save_button.setEnabled(self.preflight.can_answer())
            self.ui.letter_stack.setCurrentWidget(self.ui.preflight_page)
            self._status(self.tr("Ontbrekende gegevens: %1.").replace(
                "%1", str(len(result.missing))))
            first = next(iter(self.preflight.editors.values()), None)
            if first is not None:
                first.setFocus()
        else:
            self.ui.preview_browser.setHtml(result.html or "")
            self.ui.letter_stack.setCurrentWidget(self.ui.preview_page)
            seconds = locale(self.session.language).toString(result.seconds, "f", 2)
            self._status(self.tr("Voorbeeld, gemaakt in %1 s.").replace("%1", seconds))
        self._enable()

    def _benefit_confirmed(self, draft: Draft) -> bool:
        """Whether the consultant ticked "read" for the notice this draft brings (a benefit it
        stops goes on abroad, with the expired template's notice before it when there is one);
        if not, the notice is shown with the tick and the preview waits."""
        language = self.session.language
        problem = validity_problem(draft.template, draft.letter_date, language)
        parts = [expired_notice(draft.template, draft.letter_date, language)] if problem else []
        parts += [notice.notice(language) for notice in draft.continuing]
        text = "\n\n".join(parts)
        ui = self.ui
        ui.expired_label.setText(text)
        ui.expired_frame.setVisible(True)
        if ui.expired_confirm_check.isChecked() and self._confirmed == text:
            return True
        self._uncheck()
        self._message(self.tr("Lees eerst de melding hierboven: deze brief maak je alleen "
                              "bewust."))
        self._enable()
        return False

    def _render_failed(self, seq: int, error: BaseException) -> None:
        if seq == self._seq:
            self._message("")
            self._fail(error_text(error, self.session.language))

    def _message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.letter_stack.setCurrentWidget(self.ui.message_page)

    # -- the preflight form ----------------------------------------------------------------------
    def save_preflight(self) -> None:
        """Store the answers (the client file, the organisation settings) as one operation and
        render again; a refusal stays in the form, next to its field."""
        client, settings = self.preflight.answers()
        if not client and not settings:
            show(self.ui.preflight_error, self.tr("Vul eerst de ontbrekende gegevens in."))
            return
        self.preflight.clear_errors()
        try:
            settings = _checked_settings(settings)
        except Exception as error:  # noqa: BLE001 - every refusal is shown, the form stays
            self._preflight_refused(error)
            return
        client_id = self.client_id
        changes = client_changes(self._client_json, client) if client else None

        def work(workspace: Any) -> None:
            if changes is not None:
                workspace.casefile.update_client(client_id, changes)
            if settings:
                workspace.settings.set_many(settings)

        def stored(_: None) -> None:
            if client:
                self.client_changed.emit(client_id)
            self._refresh()
            self._note = self.tr("Opgeslagen in het dossier.")
            self._status("")

        self.run(work, stored, self._preflight_refused,
                 changes=OpChanges(clients=bool(client), settings=bool(settings)))

    def _preflight_refused(self, error: BaseException) -> None:
        errors = field_errors(error)
        if errors is None:
            show(self.ui.preflight_error, error_text(error, self.session.language))
            return
        first = self.preflight.show_errors(errors)
        if first is not None:
            first.setFocus()

    # -- handing it out ------------------------------------------------------------------------
    def ready(self) -> bool:
        return self.draft is not None and not self.draft.rendered.missing and not self.is_busy()

    def save_as(self) -> None:
        if self.ready():
            pdf = self.ui.pdf_check.isVisible() and self.ui.pdf_check.isChecked()
            self.output.save_as(self.draft, self.letter_id, self.draft.file_name, pdf,
                                self._kept(self.draft))

    def open_in_word(self) -> None:
        if self.ready():
            self.output.open_in_word(self.draft, self.letter_id, self.draft.file_name,
                                     self._kept(self.draft))

    def print_letter(self) -> None:
        if self.ready():
            self.output.print_letter(self.draft, self.letter_id, self._kept(self.draft))

    def _kept(self, draft: Draft):
        def done(letter: Letter) -> None:
            if self.draft is draft:  # later steps for this draft use the letter kept now
                self.letter_id = letter.id
        return done

    def _enable(self) -> None:
        ready = self.ready()
        for button in (self.ui.save_as_button, self.ui.open_word_button, self.ui.print_button):
            button.setEnabled(ready)
        self.ui.preflight_save_button.setEnabled(not self.is_busy()
                                                 and self.preflight.can_answer())

    def _status(self, text: str) -> None:
        self.ui.status_label.setText(" ".join(filter(None, [self._note, text])))

    def _report(self, text: str) -> None:
        show(self.ui.general_error, "")
        self.ui.status_label.setText(text)

    def _fail(self, text: str) -> None:
        self.ui.status_label.clear()
        show(self.ui.general_error, text)

    def release(self) -> None:
        self._seq += 1
        self.draft, self.letter_id, self._client_json = None, None, {}
        self.ui.preview_browser.clear()
        self.preflight.show_fields([], {})


def _checked_settings(settings: dict[str, str]) -> dict[str, str]:
    """The organisation's answers, checked and normalised like a client's phone and address;
    every refusal at once, each under its own row."""
    checked, errors = {}, []
    for key, value in settings.items():
        try:
            checked[key] = organisation_value(key, value)
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    return checked
