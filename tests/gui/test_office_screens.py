"""Registratie: the office's own registration on the desktop. Each kind is typed into its tab,
saved off the GUI thread and read back from the vault; a refused field is explained next to it
in the interface language and nothing typed is lost; the lists and the Jaarcijfers screen
follow a save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from consultant_app.core.messages import translate
from consultant_app.gui import office_dialog
from consultant_app.gui.office_dialog import OfficeDialog
from tests.gui.conftest import wait_for_ops
from tests.gui.keyboard import type_text

TODAY = date(2026, 3, 2)
WIJKCENTRUM = "Wijkcentrum Işıklar"


@pytest.fixture
def office(session):
    """A team with two locations (one closed at the end of 2025) and one partner."""
    office = session.workspace.office
    ids = {
        "wijkcentrum": office.add_location({"name": WIJKCENTRUM, "city": "Den Haag",
                                            "kind": "buurthuis", "active_from": "2020-01-01"}),
        "closed": office.add_location({"name": "Bibliotheek Overvecht", "city": "Utrecht",
                                       "kind": "bibliotheek", "active_from": "2019-01-01",
                                       "active_until": "2025-12-31"}),
        "svb": office.add_partner({"name": "SVB Leeuwarden", "kind": "uitvoeringsinstantie",
                                   "city": "Leeuwarden"}),
    }
    return ids


def _open(qtbot, session, tab: str) -> OfficeDialog:
    dialog = OfficeDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show_tab(tab)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    return dialog


def _retype(qtbot, edit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def _save(qtbot, page) -> None:
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _cells(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_group_session_typed_with_non_ascii_text_is_stored_and_listed(qtbot, session, office):
    dialog = _open(qtbot, session, "sessions")
    page = dialog.sessions
    ui = page.ui
    assert dialog.ui.tabs.currentWidget() is dialog.ui.sessions_tab
    # only the locations active on the session's date are offered
    offered = [ui.location_combo.itemText(i) for i in range(ui.location_combo.count())]
    assert offered == [f"{WIJKCENTRUM} (Den Haag)"]

    _retype(qtbot, ui.date_edit, "12-02-2026")
    _choose(ui.audience_combo, "turks")
    _choose(ui.partner_combo, office["svb"])
    ui.attendees_spin.setFocus()
    ui.attendees_spin.selectAll()
    qtbot.keyClicks(ui.attendees_spin, "23")
    ui.language_combo.setCurrentIndex(ui.language_combo.findData("tr"))
    ui.interpreter_check.setChecked(True)
    type_text(qtbot, ui.topics_edit, "pensioenen, terugkeer naar Türkiye")
    _save(qtbot, page)

    [stored] = session.workspace.office.group_sessions(2026)
    assert {k: stored[k] for k in ("date", "location", "audience", "partner", "attendees",
                                   "language", "interpreter", "topics")} == {
        "date": "2026-02-12", "location": WIJKCENTRUM, "audience": "turks",
        "partner": "SVB Leeuwarden", "attendees": 23, "language": "tr", "interpreter": True,
        "topics": ["pensioenen", "terugkeer naar Türkiye"]}
    assert _cells(page) == [["12-02-2026", WIJKCENTRUM, "Turks", "23", "Turks, met tolk",
                             "SVB Leeuwarden", "pensioenen, terugkeer naar Türkiye"]]
    assert page.ui.count_label.text() == "Bijeenkomsten in 2026: 1, met samen 23 aanwezigen."
    assert ui.status_label.text() == "Bijeenkomst opgeslagen."
    assert ui.topics_edit.text() == "" and ui.date_edit.text() == "12-02-2026"


def test_a_session_on_a_date_the_location_was_open_offers_it_and_lists_that_year(
        qtbot, session, office):
    dialog = _open(qtbot, session, "sessions")
    ui = dialog.sessions.ui

    _retype(qtbot, ui.date_edit, "03-11-2025")
    assert ui.location_combo.findData(office["closed"]) >= 0
    _choose(ui.location_combo, office["closed"])
    _choose(ui.audience_combo, "vluchtelingen")
    ui.attendees_spin.setValue(8)
    _save(qtbot, dialog.sessions)

    assert [s["location"] for s in session.workspace.office.group_sessions(2025)] == [
        "Bibliotheek Overvecht"]
    assert ui.list_year_spin.value() == 2025  # the list went to the session's year
    assert [row[0] for row in _cells(dialog.sessions)] == ["03-11-2025"]


def test_a_session_without_attendees_or_with_a_bad_date_is_explained_and_kept(
        qtbot, session, office):
    dialog = _open(qtbot, session, "sessions")
    ui = dialog.sessions.ui

    _retype(qtbot, ui.date_edit, "31-02-2026")
    type_text(qtbot, ui.topics_edit, "zorg in Türkiye")
    _save(qtbot, dialog.sessions)

    assert ui.date_error.isVisible()
    assert ui.date_error.text() == translate("date_impossible", "nl")  # no 31 February
    assert ui.attendees_error.text() == translate("required", "nl")
    assert ui.date_edit.text() == "31-02-2026"
    assert ui.topics_edit.text() == "zorg in Türkiye"
    assert session.workspace.office.group_sessions() == []


def test_a_new_audience_is_added_from_the_form_and_chosen(qtbot, session, office):
    dialog = _open(qtbot, session, "sessions")
    ui = dialog.sessions.ui

    type_text(qtbot, ui.new_audience_edit, "Bosnische vrouwen")
    qtbot.mouseClick(ui.add_audience_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)

    codes = [a["code"] for a in session.workspace.office.audiences()]
    assert "bosnische_vrouwen" in codes
    assert ui.audience_combo.currentData() == "bosnische_vrouwen"
    assert ui.audience_combo.currentText() == "Bosnische vrouwen"
    assert ui.new_audience_edit.text() == ""

    type_text(qtbot, ui.new_audience_edit, "Turks")  # the fixed list has it
    qtbot.mouseClick(ui.add_audience_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert ui.audience_error.text() == translate("audience_exists", "nl")
    assert ui.new_audience_edit.text() == "Turks"


def test_a_partner_name_with_an_email_address_is_refused_and_kept(qtbot, session):
    dialog = _open(qtbot, session, "partners")
    page = dialog.partners
    ui = page.ui

    type_text(qtbot, ui.name_edit, "Stichting Aydın, info@aydin.example")
    _choose(ui.kind_combo, "maatschappelijke_organisatie")
    type_text(qtbot, ui.city_edit, "Zaandam")
    _save(qtbot, page)

    assert ui.name_error.isVisible()
    assert ui.name_error.text() == translate("personal_data", "nl")
    assert ui.name_edit.text() == "Stichting Aydın, info@aydin.example"
    assert ui.city_edit.text() == "Zaandam"
    assert ui.kind_combo.currentData() == "maatschappelijke_organisatie"
    assert session.workspace.office.partners() == []

    _retype(qtbot, ui.name_edit, "Stichting Aydın")
    _save(qtbot, page)

    assert not ui.name_error.isVisible()
    assert [(p["name"], p["kind"], p["city"]) for p in session.workspace.office.partners()] \
        == [("Stichting Aydın", "maatschappelijke_organisatie", "Zaandam")]
    assert _cells(page) == [["Stichting Aydın", "Maatschappelijke organisatie", "Zaandam"]]
    assert ui.count_label.text() == "Partnerorganisaties: 1."
    # the other tabs offer the new partner at once
    relation_partners = dialog.relations.ui.partner_combo
    assert "Stichting Aydın (Zaandam)" in [relation_partners.itemText(i)
                                           for i in range(relation_partners.count())]


def test_a_relation_contact_is_stored_with_its_partner(qtbot, session, office):
    dialog = _open(qtbot, session, "relations")
    page = dialog.relations
    ui = page.ui

    _save(qtbot, page)  # no partner chosen
    assert ui.partner_id_error.text() == translate("required", "nl")

    _choose(ui.partner_combo, office["svb"])
    _retype(qtbot, ui.date_edit, "15-01-2026")
    _choose(ui.kind_combo, "overleg")
    type_text(qtbot, ui.topics_edit, "levensbewijzen")
    _save(qtbot, page)

    [stored] = session.workspace.office.relations(2026)
    assert (stored["partner_id"], stored["date"], stored["kind"], stored["topics"]) == (
        office["svb"], "2026-01-15", "overleg", ["levensbewijzen"])
    assert _cells(page) == [["15-01-2026", "SVB Leeuwarden", "Overleg", "levensbewijzen"]]
    assert ui.count_label.text() == "Relatiecontacten in 2026: 1."
    assert not ui.partner_id_error.isVisible()


def test_a_long_list_shows_the_newest_and_says_how_many_more(qtbot, session, office,
                                                             monkeypatch):
    for day in ("2026-01-05", "2026-02-10", "2026-01-20"):
        session.workspace.office.add_relation(office["svb"], {"date": day, "kind": "netwerk"})
    monkeypatch.setattr(office_dialog, "LIMIT", 2)

    dialog = _open(qtbot, session, "relations")

    assert [row[0] for row in _cells(dialog.relations)] == ["10-02-2026", "20-01-2026"]
    assert dialog.relations.ui.count_label.text() == (
        "Relatiecontacten in 2026: 3. De nieuwste 2 staan in de lijst, nog 1 meer.")


def test_a_location_is_added_and_later_closed(qtbot, session):
    dialog = _open(qtbot, session, "locations")
    page = dialog.locations
    ui = page.ui

    type_text(qtbot, ui.name_edit, "Moskee Selimiye")
    type_text(qtbot, ui.city_edit, "Zaanstad")
    _choose(ui.kind_combo, "religieus")
    _retype(qtbot, ui.active_from_edit, "01-02-2025")
    _save(qtbot, page)

    [stored] = session.workspace.office.locations()
    assert (stored["name"], stored["city"], stored["kind"], stored["active_from"],
            stored["active_until"]) == ("Moskee Selimiye", "Zaanstad", "religieus",
                                        "2025-02-01", None)
    assert _cells(page) == [["Moskee Selimiye", "Zaanstad", "Gebedshuis", "01-02-2025", "",
                             "0"]]

    page.edit(0)
    assert ui.form_box.title() == "Locatie wijzigen: Moskee Selimiye"
    type_text(qtbot, ui.active_until_edit, "31-12-2024")  # before it opened
    _save(qtbot, page)
    assert ui.active_until_error.text() == translate("until_before_from", "nl")
    assert ui.active_until_edit.text() == "31-12-2024"

    _retype(qtbot, ui.active_until_edit, "30-06-2026")
    _save(qtbot, page)

    [stored] = session.workspace.office.locations()
    assert stored["active_until"] == "2026-06-30"
    assert session.workspace.office.locations("2026-07-01") == []
    assert ui.form_box.title() == "Nieuwe locatie"
    assert ui.status_label.text() == "Wijziging opgeslagen."
    # a group session after the closing date no longer offers it
    sessions = dialog.sessions.ui
    _retype(qtbot, sessions.date_edit, "01-07-2026")
    assert sessions.location_combo.count() == 0


def test_a_national_figure_is_set_with_its_source_and_set_again(qtbot, session):
    dialog = _open(qtbot, session, "figures")
    page = dialog.figures
    ui = page.ui
    assert ui.year_spin.value() == 2025  # last year
    assert ui.key_combo.currentData() == "applications_total"

    ui.year_spin.setValue(2024)
    ui.value_spin.setValue(1234)
    _save(qtbot, page)  # no source
    assert ui.source_error.text() == translate("required", "nl")

    type_text(qtbot, ui.source_edit, "SVB, jaarverslag 2024")
    _save(qtbot, page)
    page.edit(0)
    ui.value_spin.setValue(1250)
    _save(qtbot, page)

    [stored] = session.workspace.office.figures(2024)
    assert (stored["key"], stored["value"], stored["source"]) == (
        "applications_total", 1250, "SVB, jaarverslag 2024")
    assert _cells(page) == [["2024", "Landelijk totaal aanvragen remigratie-uitkering", "1.250",
                             "SVB, jaarverslag 2024"]]


def test_a_saved_session_is_counted_by_the_open_jaarcijfers_screen(qtbot, session, office):
    from consultant_app.gui.annual_figures_dialog import AnnualFiguresDialog

    workspace = session.workspace
    client = workspace.casefile.add_client({"given_names": "Ayşe", "surname": "Öztürk",
                                            "birth_date": "1958-04-01",
                                            "country_of_birth": "TR"})
    workspace.casefile.add_contact(client, {"date": "2025-05-01", "kind": "intake",
                                            "location": WIJKCENTRUM})
    figures = AnnualFiguresDialog(session, today=TODAY)
    qtbot.addWidget(figures)
    figures.show()
    wait_for_ops(qtbot)
    dialog = _open(qtbot, session, "sessions")
    ui = dialog.sessions.ui

    _retype(qtbot, ui.date_edit, "10-10-2025")
    _choose(ui.audience_combo, "marokkaans")
    ui.attendees_spin.setValue(31)
    _save(qtbot, dialog.sessions)

    _, _, view = figures.views["Groepsvoorlichting"]
    rows = [tuple(view.item(r, c).text() for c in range(3)) for r in range(view.rowCount())]
    assert ("Marokkaans", "1", "–") in rows  # nothing registered in 2024


def test_registratie_menu_opens_the_tab_asked_for(qtbot, session, office):
    from consultant_app.gui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)

    assert window.ui.menu_registration.title() == "Re&gistratie"
    window.ui.action_locations.trigger()
    dialog = window.findChild(OfficeDialog)
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.locations_tab
    type_text(qtbot, dialog.locations.ui.name_edit, "Buurthuis De Kolk")
    dialog.reject()

    window.ui.action_national_figures.trigger()
    assert window.findChildren(OfficeDialog) == [dialog]  # the same dialog, as it was left
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.figures_tab
    assert dialog.locations.ui.name_edit.text() == "Buurthuis De Kolk"

    dialog.show_tab("locations")  # saved: the spreekuur bar offers it at once
    type_text(qtbot, dialog.locations.ui.city_edit, "Amsterdam")
    _save(qtbot, dialog.locations)
    bar = window.ui.location_combo
    assert "Buurthuis De Kolk" in [bar.itemText(i) for i in range(bar.count())]


def test_english_shows_english(qtbot, session, office, english):
    dialog = _open(qtbot, session, "partners")
    page = dialog.partners

    assert dialog.windowTitle() == "Office registration"
    assert [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())] == [
        "&Group sessions", "&Relation contacts", "&Partners", "&Consultation locations",
        "&National figures"]
    assert page.ui.kind_combo.itemText(0) == "Municipality"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    type_text(qtbot, page.ui.name_edit, "Consulaat 030 1234 5678")
    type_text(qtbot, page.ui.city_edit, "Rotterdam")
    _save(qtbot, page)
    assert page.ui.name_error.text() == translate("personal_data", "en")
    assert dialog.sessions.ui.date_edit.text() == "02/03/2026"
    assert dialog.sessions.ui.audience_combo.itemText(0) == "Turkish"
