"""The tabs of *Registratie* (gui/office_dialog.py): group sessions, relation contacts, partner
organisations, spreekuur locations and national figures, each a list beside a form.

Dates are typed the Dutch way (gui/dates.py); topics as a comma-separated list. A group session's
location is one of the team's locations active on the session's date; its audience one of the
fixed list or the office's own, and a new one is added from the form (its code made from the
name typed). A location chosen in its list is edited in the form (a city found out later, a
closing date); a figure chosen in its list is set again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox

from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.vocabulary import LOCATION_KINDS, PARTNER_KINDS, RELATION_KINDS
from consultant_app.core.errors import VaultError
from consultant_app.gui import client_file_combos as combos
from consultant_app.gui.client_file_errors import describe, show
from consultant_app.gui.dates import date_placeholder, number_text, parse_date, short_date
from consultant_app.gui.forms.ui_figures_page import Ui_FiguresPage
from consultant_app.gui.forms.ui_group_sessions_page import Ui_GroupSessionsPage
from consultant_app.gui.forms.ui_locations_page import Ui_LocationsPage
from consultant_app.gui.forms.ui_partners_page import Ui_PartnersPage
from consultant_app.gui.forms.ui_relations_page import Ui_RelationsPage
from consultant_app.gui.models.office_model import (
    FIGURE_LABELS, LOCATION_KIND_LABELS, PARTNER_KIND_LABELS, RELATION_KIND_LABELS,
    FiguresModel, GroupSessionsModel, LocationsModel, PartnersModel, RelationsModel,
    audience_label, label,
)
from consultant_app.gui.office_dialog import OFFICE, OfficePage
from consultant_app.gui.operations import run_op

Record = dict[str, Any]


def topics(text: str) -> list[str]:
    """"pensioenen, zorg" as the core's list of topics."""
    return [t.strip() for t in text.split(",") if t.strip()]


def audience_code(name: str) -> str:
    """The stored code of an audience the office adds: its name folded to lower-case letters,
    digits and _ ("Bosnische vrouwen" becomes bosnische_vrouwen)."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40]


def newest_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r["date"], r["id"]), reverse=True)


def fill(combo: QComboBox, items: list[tuple[str, Any]], empty: str | None = None) -> None:
    """Refill `combo` with (text, data) items, after an item `empty` for none when given,
    keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


def choose(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def partner_items(partners: list[Record]) -> list[tuple[str, str]]:
    return [(f"{p['name']} ({p['city']})" if p.get("city") else p["name"], p["id"])
            for p in sorted(partners, key=lambda p: fold(p["name"]))]


def compact(values: Record) -> Record:
    return {k: v for k, v in values.items() if v not in (None, "", [])}


class DatedPage(OfficePage):
    """A page whose list is one year's records (the year picker above the list) and whose form
    has a date, today's by default."""

    def setup(self) -> None:
        ui = self.ui
        ui.list_year_spin.setValue(self.today.year)
        ui.list_year_spin.valueChanged.connect(lambda _: self.load())
        ui.date_edit.setPlaceholderText(date_placeholder(self.session.language))
        ui.date_edit.setText(short_date(self.today, self.session.language))

    def typed_date(self) -> str | None:
        return parse_date(self.ui.date_edit.text(), self.session.language)

    def show_year_of(self) -> None:
        """The list at the year of the date just saved, so the new record is in it."""
        typed = date.fromisoformat(self.typed_date())
        if typed.year != self.ui.list_year_spin.value():
            self.ui.list_year_spin.setValue(typed.year)


class GroupSessionsPage(DatedPage):
    FORM, MODEL = Ui_GroupSessionsPage, GroupSessionsModel

    def setup(self) -> None:
        super().setup()
        ui = self.ui
        self._locations: list[Record] = []
        self._new_audience: str | None = None  # the audience just added, chosen once it is read
        combos.fill_languages(ui.language_combo)
        ui.attendees_spin.setSpecialValueText(" ")  # 0: not filled in yet
        ui.date_edit.textChanged.connect(lambda _: self._offer_locations())
        ui.add_audience_button.clicked.connect(self.add_audience)
        self.model.languages = {ui.language_combo.itemData(i): ui.language_combo.itemText(i)
                                for i in range(1, ui.language_combo.count())}

    def reader(self) -> Callable[[Any], Any]:
        year = self.ui.list_year_spin.value()

        def read(workspace) -> dict[str, Any]:
            office = workspace.office
            return {"sessions": office.group_sessions(year), "locations": office.locations(),
                    "audiences": office.audiences(), "partners": office.partners()}
        return read

    def show_read(self, found: dict[str, Any]) -> None:
        ui = self.ui
        self._locations = found["locations"]
        self._offer_locations()
        audiences = [(audience_label(a, self.session.language), a["code"])
                     for a in found["audiences"]]
        fill(ui.audience_combo, audiences)
        if self._new_audience is not None:
            choose(ui.audience_combo, self._new_audience)
            self._new_audience = None
        fill(ui.partner_combo, partner_items(found["partners"]), empty=self.tr("(geen)"))
        self.model.audiences = {code: text for text, code in audiences}
        sessions = newest_first(found["sessions"])
        attendees = sum(s["attendees"] for s in sessions)
        language = self.session.language
        self.show_rows(sessions, self.tr("Bijeenkomsten in %1: %2, met samen %3 aanwezigen.")
                       .replace("%1", str(ui.list_year_spin.value()))
                       .replace("%2", number_text(len(sessions), language))
                       .replace("%3", number_text(attendees, language)))

    def _offer_locations(self) -> None:
        """The team's locations active on the date typed (today's while it is no date)."""
        typed = self.typed_date() or ""
        try:
            day = date.fromisoformat(typed).isoformat()
        except ValueError:
            day = self.today.isoformat()
        active = [r for r in self._locations
                  if r["active_from"] <= day and (not r.get("active_until")
                                                  or r["active_until"] >= day)]
        fill(self.ui.location_combo, [
            (f"{r['name']} ({r['city']})" if r.get("city") else r["name"], r["id"])
            for r in sorted(active, key=lambda r: fold(r["name"]))])

    def record(self) -> Record:
        ui = self.ui
        return compact({
            "date": self.typed_date(), "location_id": ui.location_combo.currentData(),
            "audience": ui.audience_combo.currentData(),
            "partner_id": ui.partner_combo.currentData(),
            "attendees": ui.attendees_spin.value() or None,
            "language": combos.language_value(ui.language_combo),
            "topics": topics(ui.topics_edit.text()),
        }) | {"interpreter": ui.interpreter_check.isChecked()}

    def store(self, record: Record) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.add_group_session(record)

    def save(self) -> None:
        if self.ui.new_audience_edit.hasFocus() and self.ui.new_audience_edit.text().strip():
            self.add_audience()  # Enter in the new audience's field adds that audience
            return
        super().save()

    def saved(self, _session_id: str) -> None:
        ui = self.ui
        self.say(self.tr("Bijeenkomst opgeslagen."))
        self.show_year_of()
        ui.attendees_spin.setValue(0)
        ui.topics_edit.clear()
        ui.interpreter_check.setChecked(False)
        ui.partner_combo.setCurrentIndex(0)
        ui.date_edit.setFocus()

    def add_audience(self) -> None:
        """The audience typed beside the list, added to the office's own and chosen."""
        name = self.ui.new_audience_edit.text().strip()
        if not name:
            return
        code = audience_code(name)
        show(self.ui.audience_error, "")

        def added(_: str) -> None:
            self._new_audience = code
            self.ui.new_audience_edit.clear()
            self.say(self.tr("Doelgroep %1 toegevoegd.").replace("%1", name))

        def refused(error: BaseException) -> None:
            if not (isinstance(error, VaultError) and error.code == "vault_locked"):
                show(self.ui.audience_error, describe(error, self.session.language))

        run_op(self, lambda workspace: workspace.office.add_audience(code, name),
               changes=OFFICE, on_success=added, on_failure=refused)


class RelationsPage(DatedPage):
    FORM, MODEL = Ui_RelationsPage, RelationsModel

    def setup(self) -> None:
        super().setup()
        for code in RELATION_KINDS:
            self.ui.kind_combo.addItem(label(RELATION_KIND_LABELS, code), code)

    def reader(self) -> Callable[[Any], Any]:
        year = self.ui.list_year_spin.value()
        return lambda workspace: (workspace.office.relations(year), workspace.office.partners())

    def show_read(self, found: tuple[list[Record], list[Record]]) -> None:
        relations, partners = found
        fill(self.ui.partner_combo, partner_items(partners), empty="")
        relations = newest_first(relations)
        self.show_rows(relations, self.tr("Relatiecontacten in %1: %2.")
                       .replace("%1", str(self.ui.list_year_spin.value()))
                       .replace("%2", number_text(len(relations), self.session.language)))

    def record(self) -> Record:
        ui = self.ui
        return compact({"partner_id": ui.partner_combo.currentData(), "date": self.typed_date(),
                        "kind": ui.kind_combo.currentData(),
                        "topics": topics(ui.topics_edit.text())})

    def store(self, record: Record) -> Callable[[Any], Any]:
        partner_id = record.pop("partner_id", None)
        return lambda workspace: workspace.office.add_relation(partner_id, record)

    def saved(self, _relation_id: str) -> None:
        self.say(self.tr("Relatiecontact opgeslagen."))
        self.show_year_of()
        self.ui.topics_edit.clear()


class PartnersPage(OfficePage):
    FORM, MODEL = Ui_PartnersPage, PartnersModel

    def setup(self) -> None:
        for code in PARTNER_KINDS:
            self.ui.kind_combo.addItem(label(PARTNER_KIND_LABELS, code), code)

    def reader(self) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.partners()

    def show_read(self, partners: list[Record]) -> None:
        partners = sorted(partners, key=lambda p: fold(p["name"]))
        self.show_rows(partners, self.tr("Partnerorganisaties: %1.").replace(
            "%1", number_text(len(partners), self.session.language)))

    def record(self) -> Record:
        ui = self.ui
        return compact({"name": ui.name_edit.text().strip(), "kind": ui.kind_combo.currentData(),
                        "city": ui.city_edit.text().strip()})

    def store(self, record: Record) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.add_partner(record)

    def saved(self, _partner_id: str) -> None:
        self.say(self.tr("Partnerorganisatie opgeslagen."))
        self.ui.name_edit.clear()
        self.ui.city_edit.clear()
        self.ui.name_edit.setFocus()


class LocationsPage(OfficePage):
    """New locations, and a location chosen in the list changed (`editing` holds its id)."""

    FORM, MODEL = Ui_LocationsPage, LocationsModel

    def setup(self) -> None:
        ui = self.ui
        self.editing: str | None = None
        for code in LOCATION_KINDS:
            ui.kind_combo.addItem(label(LOCATION_KIND_LABELS, code), code)
        placeholder = date_placeholder(self.session.language)
        ui.active_from_edit.setPlaceholderText(placeholder)
        ui.active_until_edit.setPlaceholderText(placeholder)
        ui.list_view.clicked.connect(lambda index: self.edit(index.row()))
        ui.list_view.activated.connect(lambda index: self.edit(index.row()))
        ui.new_button.clicked.connect(self.new)
        self.new()

    def reader(self) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.locations()

    def show_read(self, locations: list[Record]) -> None:
        today = self.today.isoformat()
        active = [r for r in locations if r["active_from"] <= today
                  and (not r.get("active_until") or r["active_until"] >= today)]
        locations = sorted(locations, key=lambda r: fold(r["name"]))
        language = self.session.language
        self.show_rows(locations, self.tr("Spreekuurlocaties: %1, waarvan %2 nu in gebruik.")
                       .replace("%1", number_text(len(locations), language))
                       .replace("%2", number_text(len(active), language)))

    def new(self) -> None:
        """An empty form for a new location, open from today."""
        ui = self.ui
        self.editing = None
        ui.list_view.clearSelection()
        ui.form_box.setTitle(self.tr("Nieuwe locatie"))
        for edit in (ui.name_edit, ui.city_edit, ui.active_until_edit):
            edit.clear()
        ui.kind_combo.setCurrentIndex(0)
        ui.active_from_edit.setText(short_date(self.today, self.session.language))
        self.errors.clear()
        ui.name_edit.setFocus()

    def edit(self, row: int) -> None:
        """The location of `row` in the form, to be changed."""
        location = self.model.record(row)
        if location is None:
            return
        ui, language = self.ui, self.session.language
        self.editing = location["id"]
        ui.form_box.setTitle(self.tr("Locatie wijzigen: %1").replace("%1", location["name"]))
        ui.name_edit.setText(location["name"])
        ui.city_edit.setText(location.get("city") or "")
        choose(ui.kind_combo, location["kind"])
        ui.active_from_edit.setText(short_date(location["active_from"], language))
        ui.active_until_edit.setText(short_date(location.get("active_until"), language))
        self.errors.clear()
        ui.status_label.clear()

    def record(self) -> Record:
        ui, language = self.ui, self.session.language
        values = {"name": ui.name_edit.text().strip(), "city": ui.city_edit.text().strip(),
                  "kind": ui.kind_combo.currentData(),
                  "active_from": parse_date(ui.active_from_edit.text(), language),
                  "active_until": parse_date(ui.active_until_edit.text(), language)}
        if self.editing is None:
            return compact(values)
        return {k: v if v != "" else None for k, v in values.items()}  # empty clears it

    def store(self, record: Record) -> Callable[[Any], Any]:
        location_id = self.editing
        if location_id is None:
            return lambda workspace: workspace.office.add_location(record)
        return lambda workspace: workspace.office.update_location(location_id, record)

    def saved(self, _result: Any) -> None:
        text = self.tr("Locatie opgeslagen.") if self.editing is None else self.tr(
            "Wijziging opgeslagen.")
        self.new()
        self.say(text)


class FiguresPage(OfficePage):
    FORM, MODEL = Ui_FiguresPage, FiguresModel

    def setup(self) -> None:
        ui = self.ui
        for code in FIGURE_LABELS:
            ui.key_combo.addItem(label(FIGURE_LABELS, code), code)
        ui.list_view.clicked.connect(lambda index: self.edit(index.row()))
        ui.list_view.activated.connect(lambda index: self.edit(index.row()))
        ui.new_button.clicked.connect(self.new)
        ui.value_spin.setGroupSeparatorShown(True)
        self.new()

    def reader(self) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.figures()

    def show_read(self, figures: list[Record]) -> None:
        figures = sorted(figures, key=lambda r: (-r["year"], r["key"]))
        self.show_rows(figures, self.tr("Ingevulde cijfers: %1.").replace(
            "%1", number_text(len(figures), self.session.language)))

    def new(self) -> None:
        """An empty form, at last year (the year a report is made of)."""
        ui = self.ui
        ui.list_view.clearSelection()
        ui.year_spin.setValue(self.today.year - 1)
        ui.key_combo.setCurrentIndex(0)
        ui.value_spin.setValue(0)
        ui.source_edit.clear()
        self.errors.clear()

    def edit(self, row: int) -> None:
        figure = self.model.record(row)
        if figure is None:
            return
        ui = self.ui
        ui.year_spin.setValue(figure["year"])
        choose(ui.key_combo, figure["key"])
        ui.value_spin.setValue(figure["value"])
        ui.source_edit.setText(figure["source"])
        self.errors.clear()
        ui.status_label.clear()

    def record(self) -> Record:
        ui = self.ui
        return {"year": ui.year_spin.value(), "key": ui.key_combo.currentData(),
                "value": ui.value_spin.value(), "source": ui.source_edit.text().strip()}

    def store(self, record: Record) -> Callable[[Any], Any]:
        return lambda workspace: workspace.office.set_figure(
            record["year"], record["key"], record["value"], record["source"])

    def saved(self, _figure_id: str) -> None:
        ui = self.ui
        self.say(self.tr("Cijfer voor %1 opgeslagen.").replace("%1", str(ui.year_spin.value())))
