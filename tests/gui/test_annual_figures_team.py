"""The Jaarcijfers screen's *Hele team* choice, against a real registry over HTTP on PostgreSQL:
two laptops' synced registration shows as the team's figures (what the registry computes, not
what this laptop holds) and is exported suppressed; a laptop not logged in cannot choose it and
is told how to log in; a registry out of reach is said in words and the laptop's own figures
are one click away; English reads English."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from consultant_app.core.reports.tables import tables
from consultant_app.gui.dates import long_date
from tests.gui.conftest import wait_for_ops
from tests.gui.test_annual_figures import UTRECHT, _helped, _open
from tests.registry.conftest import (  # noqa: F401 (fixtures)
    _pg_dropper, _quick_argon2, pg_maintenance, pg_url, registry)
from tests.registry.devices import FakeCredentialStore, make_device

PASSWORD = "registry-wachtwoord-1"
TEAM = "eindhoven"


@pytest.fixture
def database_url(pg_url):  # noqa: F811 - the office's registry runs on PostgreSQL
    return pg_url


@pytest.fixture
def anouk(session, registry):  # noqa: F811
    """The consultant at this screen: her laptop logged in to the team's registry."""
    session.keyring_backend = FakeCredentialStore()
    registry.add_user("anouk", TEAM, PASSWORD)
    session.workspace.sync.login(registry.url, "anouk", PASSWORD)
    return session


@pytest.fixture
def team_year(anouk, registry, tmp_path):  # noqa: F811
    """2025: Anouk helped six clients born in Turkey and synced; her colleague Youssef, on his
    own laptop, then helped two born in Morocco and synced. Anouk has not synced since: her
    laptop holds six, the registry eight."""
    workspace = anouk.workspace
    workspace.office.add_location({"name": UTRECHT, "city": "Utrecht", "kind": "kantoor",
                                   "active_from": "2020-01-01"})
    _helped(workspace.casefile, "TR", 6, "2025-04-01")
    workspace.sync.sync()
    registry.add_user("youssef", TEAM, PASSWORD)
    youssef = make_device(tmp_path / "youssef", "youssef")
    try:
        youssef.sync.login(registry.url, "youssef", PASSWORD)
        youssef.sync.sync()
        _helped(youssef.casefile, "MA", 2, "2025-11-11")
        youssef.sync.sync()
    finally:
        youssef.vault.close()
    return anouk


def _counts(dialog, table_id: str) -> list[tuple[str, ...]]:
    _, _, view = dialog.views[table_id]
    return [tuple(view.item(r, c).text() for c in range(3)) for r in range(view.rowCount())]


def _source(dialog) -> str:
    return dialog.findChild(QLabel, "source_label").text()


def _choose(qtbot, radio) -> None:
    radio.click()
    wait_for_ops(qtbot)


def test_the_team_choice_shows_the_registrys_figures_of_both_laptops(qtbot, team_year):
    dialog = _open(qtbot, team_year)
    assert dialog.ui.own_radio.isChecked()
    assert _counts(dialog, "Cliënten")[-1] == ("Totaal geholpen cliënten", "6", "–")
    assert _source(dialog) == "Cijfers van deze laptop."
    assert dialog.ui.team_radio.isEnabled()

    _choose(qtbot, dialog.ui.team_radio)

    expected = tables(team_year.workspace.reports.annual(2025, registry=True), suppress=False)
    assert [(r.label, r.current, r.previous) for r in expected.tables[0].rows
            + [expected.tables[0].total]] == _counts(dialog, "Cliënten")
    assert _counts(dialog, "Cliënten") == [("Turkije", "6", "–"), ("Marokko", "2", "–"),
                                           ("Totaal geholpen cliënten", "8", "–")]
    _, chart, _ = dialog.views["Cliënten"]
    assert [(b.label, b.current) for b in chart.bars] == [("Turkije", 6), ("Marokko", 2)]
    assert _source(dialog) == (f"Cijfers van het hele team ({TEAM}), berekend door de centrale "
                               f"registratie op {long_date(date.today(), 'nl')}.")
    assert dialog.ui.export_button.isEnabled()

    _choose(qtbot, dialog.ui.own_radio)  # and back: this laptop's six
    assert _counts(dialog, "Cliënten")[-1] == ("Totaal geholpen cliënten", "6", "–")
    assert _source(dialog) == "Cijfers van deze laptop."


def test_exporting_the_team_view_writes_the_teams_report_suppressed(qtbot, team_year, tmp_path,
                                                                    monkeypatch):
    dialog = _open(qtbot, team_year)
    _choose(qtbot, dialog.ui.team_radio)
    asked = []

    def save_file_name(parent, caption, suggested, filters, chosen, options):
        asked.append(suggested)
        return str(tmp_path / "team"), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dialog.ui.export_button.click()
    wait_for_ops(qtbot)

    assert asked[0].endswith("Jaarcijfers 2025 hele team.xlsx")
    book = openpyxl.load_workbook(tmp_path / "team.xlsx")
    rows = {row[0]: row[1] for row in book["Cliënten"].iter_rows(min_row=4, max_col=2,
                                                                 values_only=True)}
    assert rows["Totaal geholpen cliënten"] == 8  # the team's total, not this laptop's 6
    assert rows["Marokko"] == "<5"  # suppressed, as `report annual --registry --out`
    overview = [cell for row in book["Toelichting"].iter_rows(values_only=True)
                for cell in row if isinstance(cell, str)]
    assert any("registratie van het hele team" in cell for cell in overview)
    assert dialog.ui.status_label.text().startswith(
        "De cijfers van het hele team zijn geëxporteerd naar team.xlsx")


def test_a_laptop_not_logged_in_cannot_choose_the_team_and_is_told_how(qtbot, session):
    dialog = _open(qtbot, session)

    radio = dialog.ui.team_radio
    assert not radio.isEnabled()
    assert "Inloggen bij de centrale registratie" in radio.toolTip()
    _choose(qtbot, radio)
    assert dialog.ui.own_radio.isChecked()


def test_a_registry_out_of_reach_is_said_and_the_laptops_figures_are_one_click_away(
        qtbot, team_year, registry):  # noqa: F811
    dialog = _open(qtbot, team_year)
    registry.stop()

    _choose(qtbot, dialog.ui.team_radio)

    text = dialog.ui.message_label.text()
    assert dialog.ui.message_label.isVisible()
    assert text.startswith("Centrale registratie niet bereikbaar; de teamcijfers kunnen nu niet")
    assert "Traceback" not in text and "--registry" not in text
    assert not dialog.ui.export_button.isEnabled()
    assert dialog.ui.own_radio.isEnabled() and dialog.ui.team_radio.isEnabled()

    _choose(qtbot, dialog.ui.own_radio)
    assert dialog.ui.tabs.isVisible()
    assert _counts(dialog, "Cliënten")[-1] == ("Totaal geholpen cliënten", "6", "–")
    assert dialog.ui.export_button.isEnabled()


def test_english_says_whose_figures_in_english(qtbot, team_year, english, registry):  # noqa: F811
    dialog = _open(qtbot, team_year)
    assert dialog.ui.scope_label.text() == "Figures of:"
    assert dialog.ui.own_radio.text() == "This &laptop"
    assert dialog.ui.team_radio.text() == "&Whole team (registry)"
    assert _source(dialog) == "Figures of this laptop."

    _choose(qtbot, dialog.ui.team_radio)
    assert _source(dialog) == (f"Figures of the whole team ({TEAM}), computed by the registry "
                               f"on {long_date(date.today(), 'en')}.")
    assert _counts(dialog, "Cliënten")[-1] == ("Total clients helped", "8", "–")

    registry.stop()
    _choose(qtbot, dialog.ui.own_radio)
    _choose(qtbot, dialog.ui.team_radio)
    assert dialog.ui.message_label.text().startswith(
        "Registry not reachable; the team's figures cannot be fetched now")


def test_english_tells_a_laptop_not_logged_in_how_to_log_in(qtbot, session, english):
    dialog = _open(qtbot, session)
    assert dialog.ui.team_radio.toolTip() == (
        "Only when this laptop is logged in to the registry: choose Sync → Log in to the "
        "registry…")
