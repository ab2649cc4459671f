"""The client file's *Regeling* tab: the eligibility check per condition for a scheme on a date,
and the client's cases with their events and deadlines (gui/client_file_cases.py).

The tab reads everything in one operation (`read_scheme`), once it is shown: the client's cases
with their derived deadlines, the check of the stored file against the pack on the date (the
chosen date, else the case's application date, else today) and the last check kept in the file.
That check is shown as it stands and kept only when the consultant presses *Toetsen en bewaren*
(EligibilityService.check, which logs it and keeps it with the pack's and the data's hash).
An unknown condition names the missing fields as links that open the field on its tab
(ClientFilePage.focus_field: one mapping from JSON names to widgets); each condition shows its
source, with web addresses clickable. Explanations come from the core's catalogue in the
session's language; the names of the conditions and the tab's own words from the .ts.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from consultant_app.core.errors import RulesError, error_text
from consultant_app.core.messages import translate
from consultant_app.core.rules.evaluate import (
    CLOSED, MET, NOT_MET, UNKNOWN, Check, ConditionResult, evaluate,
)
from consultant_app.gui.client_file_cases import CasesPanel
from consultant_app.gui.client_file_errors import ERROR_STYLE, show
from consultant_app.gui.dates import date_placeholder, long_date, short_date, short_date_time
from consultant_app.gui.forms.ui_scheme_tab import Ui_SchemeTab
from consultant_app.gui.operations import Latest, OpChanges, run_op
from consultant_app.gui.session import Session

DEFAULT_SCHEME = "remigratiewet"
APPLIED = "ingediend"  # the event whose date is the natural date of a case's check
COLOURS = {MET: "#1b7f3a", NOT_MET: "#b00020", UNKNOWN: "#9a5b00"}
MARKS = {MET: "\u2713", NOT_MET: "\u2717", UNKNOWN: "?"}
HINT_STYLE = "color: #5f6368;"
_URL = re.compile(r"https?://[^\s;,)]+")
# The conditions of the shipped packs by id; a pack's own title wins (an office's pack).
CONDITION_NAMES = {
    "age": QT_TRANSLATE_NOOP("SchemeTab", "Leeftijd"),
    "residence": QT_TRANSLATE_NOOP("SchemeTab", "Verblijfsduur"),
    "benefit": QT_TRANSLATE_NOOP("SchemeTab", "Uitkering"),
    "age_at_arrival": QT_TRANSLATE_NOOP("SchemeTab", "Leeftijd bij aankomst"),
    "target_group": QT_TRANSLATE_NOOP("SchemeTab", "Doelgroep"),
    "partner_moves_along": QT_TRANSLATE_NOOP("SchemeTab", "Partner gaat mee"),
    "debts": QT_TRANSLATE_NOOP("SchemeTab", "Schulden aan de staat"),
    "detention": QT_TRANSLATE_NOOP("SchemeTab", "Detentie"),
    "cannot_pay_return": QT_TRANSLATE_NOOP("SchemeTab", "Kan terugkeer niet betalen"),
    "destination": QT_TRANSLATE_NOOP("SchemeTab", "Bestemming"),
    "nationality_not_excluded": QT_TRANSLATE_NOOP("SchemeTab", "Nationaliteit"),
    "no_recent_return_support": QT_TRANSLATE_NOOP("SchemeTab", "Geen eerdere terugkeersteun"),
    "permanent_departure": QT_TRANSLATE_NOOP("SchemeTab", "Vertrek voorgoed"),
    "residence_ends": QT_TRANSLATE_NOOP("SchemeTab", "Verblijf eindigt"),
    "travel_document": QT_TRANSLATE_NOOP("SchemeTab", "Reisdocument"),
}


@dataclass(frozen=True)
class SchemeView:
    """What the tab shows, read in one operation."""

    packs: tuple[tuple[str, str], ...]  # (id, title) of every pack
    scheme: str
    day: dt.date
    day_is_applied: bool                # the date is the case's application date
    check: Check | None
    error: BaseException | None         # why there is no check (a date before any regime)
    titles: dict[str, dict[str, str]]   # condition id -> the pack's title, if it has one
    closed_since: dt.date | None
    closure_source: str
    last_kept: Any                      # the last StoredCheck of the file, or None
    cases: tuple[Any, ...]              # the client's CaseViews with deadlines, in order opened
    case: Any                           # the chosen one of them, or None


def read_scheme(workspace: Any, client: Any, scheme: str | None, day: dt.date | None,
                case_id: str | None, language: str) -> SchemeView:
    """The tab's contents for `client` (run off the GUI thread). The case shown is `case_id`, else
    the latest; the scheme is `scheme`, else the case's, else the Remigratiewet; the date `day`,
    else the case's application date, else today."""
    cases = tuple(workspace.cases.of_client(client.id))
    case = next((c for c in cases if c.case.id == case_id), cases[-1] if cases else None)
    applied = next((e.date for e in reversed(case.case.events) if e.kind == APPLIED),
                   None) if case else None
    scheme = scheme or (case.case.scheme if case else DEFAULT_SCHEME)
    day_is_applied = day is None and applied is not None
    day = day or (dt.date.fromisoformat(applied) if applied else dt.date.today())
    pack = workspace.rules.get(scheme)
    check, error = None, None
    try:
        check = evaluate(pack, client, day)
    except RulesError as refused:
        error = refused
    ends = [a.period.valid_until for a in pack.applications if a.period.valid_until]
    closed = not pack.takes_applications(day) and ends and max(ends) < day
    closure = max(pack.applications, key=lambda a: a.period.valid_until or dt.date.max) \
        if closed else None
    kept = workspace.eligibility.history(client.id)
    return SchemeView(
        tuple((p.id, p.title_in(language)) for p in workspace.rules.listed()), pack.id, day,
        day_is_applied, check, error, {c.id: c.title for c in pack.conditions if c.title},
        max(ends) + dt.timedelta(days=1) if closed else None,
        closure.source if closure else "", kept[-1] if kept else None, cases, case)


def source_html(source: str) -> str:
    """A pack's source as rich text: escaped, each web address a link that shows its site
    ("www.svb.nl/…"), the whole address in the link and its tooltip."""
    parts, last = [], 0
    for found in _URL.finditer(source):
        url = found.group(0).rstrip(".'")
        site = url.split("://", 1)[1].split("/", 1)[0]
        shown = site + ("/\u2026" if url.rstrip("/").count("/") > 2 else "")
        parts.append(html.escape(source[last:found.start()]))
        parts.append(f'<a href="{html.escape(url)}" title="{html.escape(url)}">'
                     f'{html.escape(shown)}</a>')
        last = found.start() + len(url)
    parts.append(html.escape(source[last:]))
    return "".join(parts)


def shown_order(check: Check | None) -> list[ConditionResult]:
    """The conditions as the tab lists them: what blocks first (not met, then unknown), each
    group in the pack's order."""
    rank = {NOT_MET: 0, UNKNOWN: 1, MET: 2}
    return sorted(check.conditions if check else (), key=lambda c: rank.get(c.outcome, 3))


class SchemeTab(QWidget):
    """The *Regeling* tab of a ClientFilePage (`focus_field` and `field_label` are the page's)."""

    def __init__(self, session: Session, focus_field: Callable[[str], bool],
                 field_label: Callable[[str], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._focus_field, self._field_label = focus_field, field_label
        self.ui = Ui_SchemeTab()
        self.ui.setupUi(self)
        self.client: Any = None
        self.view: SchemeView | None = None
        self._scheme: str | None = None
        self._day: dt.date | None = None
        self._case_id: str | None = None
        self._latest = Latest()
        self._stale = False
        self.cases = CasesPanel(self.ui, session, self)
        self.cases.case_chosen.connect(self._choose_case)
        self._style()
        ui = self.ui
        ui.check_button.clicked.connect(self.keep_check)
        ui.scheme_combo.activated.connect(self._choose_scheme)
        ui.check_date_edit.editingFinished.connect(self._choose_date)
        session.changed.connect(self._changed)

    def _style(self) -> None:
        ui = self.ui
        font = QFont(ui.verdict_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        ui.verdict_label.setFont(font)
        ui.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        ui.verdict_label.setOpenExternalLinks(True)
        for label in (ui.last_check_label, ui.check_date_hint_label):
            label.setStyleSheet(HINT_STYLE)
        for label in (ui.scheme_error, ui.case_error):
            label.setStyleSheet(ERROR_STYLE)
            show(label, "")
        ui.check_date_edit.setPlaceholderText(date_placeholder(self.session.language))
        ui.conditions_grid.setColumnStretch(2, 1)
        ui.conditions_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        ui.scheme_splitter.setStretchFactor(0, 3)
        ui.scheme_splitter.setStretchFactor(1, 2)
        ui.scheme_splitter.setSizes([580, 460])  # the conditions get the larger part

    # -- reading -------------------------------------------------------------------------------
    def load(self, client: Any) -> None:
        """Shows the tab for the client file just loaded (None: a new client, nothing to show);
        another client starts again from the defaults."""
        if client is None or self.client is None or client.id != self.client.id:
            self._scheme, self._day, self._case_id = None, None, None
        self.client = client
        self.refresh()

    def _changed(self, changes: OpChanges) -> None:
        if changes.follow_ups and self.client is not None:
            self.refresh()  # a deadline marked done elsewhere (Wat staat er open?)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reads the tab again, when it is shown: opening a file reads (and logs) nothing
        of the scheme until the consultant opens this tab."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        client = self.client
        latest = self._latest.ticket()
        if client is None:
            self._clear()
            return
        scheme, day, case_id, language = self._scheme, self._day, self._case_id, \
            self.session.language
        run_op(self, lambda workspace: read_scheme(workspace, client, scheme, day, case_id,
                                                   language),
               on_success=latest(self._show), on_failure=latest(self._show_failure))

    def _show_failure(self, error: BaseException) -> None:
        show(self.ui.scheme_error, error_text(error, self.session.language))

    def _clear(self) -> None:
        self.view = None
        self.ui.verdict_label.setText("")
        self.ui.last_check_label.setText("")
        self._fill_conditions(None, {})
        self.cases.show(None, ())

    def _choose_scheme(self, index: int) -> None:
        self._scheme = self.ui.scheme_combo.itemData(index)
        self.refresh()

    def _choose_case(self, case_id: str) -> None:
        self._case_id, self._day, self._scheme = case_id, None, None
        self.refresh()

    def _choose_date(self) -> None:
        text = self.ui.check_date_edit.text().strip()
        shown = short_date(self.view.day, self.session.language) if self.view else ""
        if text == shown:
            return
        if not text:
            self._day = None
            self.refresh()
            return
        day = self._parse(text)
        if day is None:
            show(self.ui.scheme_error, self.tr("Schrijf de datum als %1.").replace(
                "%1", date_placeholder(self.session.language)))
            return
        self._day = day
        self.refresh()

    def _parse(self, text: str) -> dt.date | None:
        from consultant_app.gui.dates import parse_date

        try:
            return dt.date.fromisoformat(parse_date(text, self.session.language) or "")
        except ValueError:
            return None

    # -- showing -------------------------------------------------------------------------------
    def _show(self, view: SchemeView) -> None:
        self.view = view
        ui, language = self.ui, self.session.language
        show(ui.scheme_error, error_text(view.error, language) if view.error else "")
        ui.scheme_combo.blockSignals(True)
        ui.scheme_combo.clear()
        for pack_id, title in view.packs:
            ui.scheme_combo.addItem(title, pack_id)
        ui.scheme_combo.setCurrentIndex(max(0, ui.scheme_combo.findData(view.scheme)))
        ui.scheme_combo.blockSignals(False)
        ui.check_date_edit.setText(short_date(view.day, language))
        ui.check_date_hint_label.setText(self.tr("datum van indiening van de zaak")
                                         if view.day_is_applied else "")
        ui.verdict_label.setText(self._verdict_html(view))
        ui.last_check_label.setText(self._last_kept_text(view.last_kept))
        self._fill_conditions(view.check, view.titles)
        self.cases.show(view.case, view.cases)

    def _verdict_html(self, view: SchemeView) -> str:
        check, language = view.check, self.session.language
        if check is None:
            return ""
        colour = {"eligible": COLOURS[MET], "not_eligible": COLOURS[NOT_MET]}.get(
            check.verdict, COLOURS[UNKNOWN])
        text = translate(f"rules_verdict_{check.verdict}", language,
                         date=short_date(check.date, language))
        shown = f'<span style="color:{colour}">{html.escape(text)}</span>'
        if check.verdict == CLOSED and view.closed_since:
            why = self.tr("Sinds %1 worden geen nieuwe aanvragen aangenomen; lopende uitkeringen en "
                     "hun plichten gaan door. Voor een aanvraag van vóór die datum kiest u de "
                     "datum van indiening. Hieronder de voorwaarden zoals ze op de gekozen "
                     "datum zouden gelden.").replace(
                "%1", long_date(view.closed_since, language))
            source = self.tr("Bron")
            shown += (f'<br><span style="font-weight:normal">{html.escape(why)}</span>'
                      f'<br><small style="font-weight:normal">{html.escape(source)}: '
                      f'{source_html(view.closure_source)}</small>')
        return shown

    def _last_kept_text(self, kept: Any) -> str:
        language = self.session.language
        if kept is None:
            return self.tr("Nog geen toets bewaard in dit dossier.")
        return self.tr("Laatst bewaarde toets: %1 door %2, peildatum %3, %4: %5.").replace(
            "%1", short_date_time(kept.created_at, language)).replace(
            "%2", kept.consultant).replace("%3", short_date(kept.check_date, language)).replace(
            "%4", kept.scheme).replace("%5", translate(
                f"rules_verdict_{kept.verdict}", language,
                date=short_date(kept.check_date, language)))

    def _fill_conditions(self, check: Check | None,
                         titles: dict[str, dict[str, str]]) -> None:
        grid = self.ui.conditions_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, condition in enumerate(shown_order(check)):
            for column, label in enumerate(self._condition_labels(condition, titles)):
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)

    def _condition_labels(self, condition: ConditionResult,
                          titles: dict[str, dict[str, str]]) -> list[QLabel]:
        language = self.session.language
        mark = (f'<span style="color:{COLOURS[condition.outcome]}"><b>'
                f'{MARKS[condition.outcome]} '
                f'{html.escape(translate(f"rules_outcome_{condition.outcome}", language))}'
                f'</b></span>')
        if condition.uncertain:
            mark += f'<br><small>({html.escape(translate("rules_uncertain", language))})</small>'
        own = titles.get(condition.id, {})
        name = own.get(language) or own.get("en") or (
            self.tr(CONDITION_NAMES[condition.id]) if condition.id in CONDITION_NAMES
            else condition.id)
        explained = self._explanation_html(condition)
        outcome, title, text = QLabel(mark), QLabel(f"<b>{html.escape(name)}</b>"), \
            QLabel(explained)
        title.setToolTip(condition.source)
        if condition.uncertain and condition.note:
            outcome.setToolTip(condition.note)
        text.setWordWrap(True)
        text.setObjectName(f"condition_{condition.id}")
        outcome.setObjectName(f"outcome_{condition.id}")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.linkActivated.connect(self.follow_link)
        return [outcome, title, text]

    def _explanation_html(self, condition: ConditionResult) -> str:
        language = self.session.language
        missing, source = self.tr("Ontbreekt in het dossier:"), self.tr("Bron")
        lines = []
        if condition.code != "rule_missing":
            lines.append(html.escape(condition.explanation(language)))
        if condition.missing:
            links = ", ".join(self._missing_link(path) for path in condition.missing)
            lines.append(f"{html.escape(missing)} {links}")
        lines.append(f'<small style="color:#5f6368">{html.escape(source)}: '
                     f'{source_html(condition.source)}</small>')
        return "<br>".join(lines)

    def _missing_link(self, path: str) -> str:
        name = self._field_label(path)
        if name is None:  # a fact the form has no field for yet
            absent = self.tr("(geen veld in het dossier)")
            return f"{html.escape(path)} {html.escape(absent)}"
        return f'<a href="field:{html.escape(path)}">{html.escape(name)}</a>'

    def follow_link(self, href: str) -> None:
        """A missing field's link opens the field on its tab; a source's address the browser."""
        if href.startswith("field:"):
            self._focus_field(href.removeprefix("field:"))
        else:
            QDesktopServices.openUrl(QUrl(href))

    # -- keeping -------------------------------------------------------------------------------
    def keep_check(self) -> None:
        """Runs the check on the stored file and keeps it (EligibilityService.check)."""
        view, client = self.view, self.client
        if view is None or client is None or view.check is None:
            return
        scheme, day = view.scheme, view.day

        def kept(result: Any) -> None:
            self.refresh()

        run_op(self, lambda workspace: workspace.eligibility.check(client.id, scheme, day),
               changes=OpChanges(clients=True), on_success=kept,
               on_failure=self._show_failure)

