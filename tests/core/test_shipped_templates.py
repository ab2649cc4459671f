"""The templates shipped in templates/: each is listed in the manifest, lints clean, renders for a
whole household and for a single person, and is rebuilt byte for byte by templates/build.py."""

from __future__ import annotations

import importlib.util
import re
from datetime import date

import pytest

from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.core.letters.lint import check_template
from consultant_app.core.letters.service import LetterService
from consultant_app.core.paths import templates_dir
from tests.conftest import ISIK
from tests.core.word_like import text_of

IDS = ["aanvraag-remigratie-uitkering", "machtiging", "melding-vertrek", "beeindiging-uitkering",
       "wijziging-svb", "levensbewijs-begeleidend", "checklist-vertrek"]
LETTER_DAY = date(2024, 11, 4)  # the application was still open then
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")

HOUSEHOLD = {
    **ISIK,
    "bank_abroad": {"iban": "TR33 0006 1005 1978 6457 8413 26"},
    "email": "isik.ozturk@example.org",
    "benefits": [{"type": "WW", "payer": "UWV", "since": "2023-02-01"}],
    "declarations": {"debts_to_state": False, "payment_arrangement": False, "detention": False},
    "residence_permit": {"type": "regulier onbepaalde tijd", "number": "X1234567",
                         "valid_until": "2029-01-31"},
    "partner": {**ISIK["partner"], "country_of_birth": "TR", "nationalities": ["TR"],
                "bsn": "111222333", "arrival_date": "1988-06-01"},
    "children": [{**ISIK["children"][0], "country_of_birth": "NL", "nationalities": ["TR", "NL"]},
                 ISIK["children"][1]],
}
SINGLE = {  # Surinamese, no partner, no children, an account number and BIC instead of an IBAN
    "given_names": "Ramon", "surname": "Sewnarain", "birth_date": "1955-12-01",
    "country_of_birth": "SR", "nationalities": ["NL"], "arrival_date": "1975-10-20",
    "address": {"street": "Zuidplein", "house_number": "101-B", "postcode": "3083 CW",
                "city": "Rotterdam"},
    "phone": "010-4123456",
    "benefits": [{"type": "bijstand", "payer": "gemeente Rotterdam", "since": "2019-05-01"}],
    "destination": {"country": "SR", "address": "Kwattaweg 12, Paramaribo",
                    "planned_departure": "2025-03-01"},
    "bank_abroad": {"account_number": "0123456789", "bic": "SURBSRPA"},
    "declarations": {"debts_to_state": True, "payment_arrangement": True, "detention": False},
}


@pytest.fixture
def letters(vault) -> LetterService:
    vault.set_setting("organisation_address", "Postbus 1234, 3500 AA Utrecht")
    vault.set_setting("organisation_phone", "030 123 45 67")
    return LetterService(vault, TemplateLibrary(templates_dir()), "Stadskantoor Eindhoven")


def letter_text(casefile, letters, person: dict, template_id: str) -> str:
    """Make the letter for a new client file of `person` and read back what a reader sees,
    which must hold no template tag any more."""
    client_id = casefile.add_client(person)
    _, content = letters.make(client_id, letters.library.get(template_id), LETTER_DAY)
    text = text_of(content)
    assert not LEFTOVER.search(text), LEFTOVER.search(text)
    return text


def test_every_shipped_template_is_in_the_manifest_and_checks_clean(letters):
    templates = letters.library.templates()

    assert sorted(templates) == sorted(IDS)
    for template in templates.values():
        assert check_template(template.read()) == [], template.id
        assert template.language == "nl" and template.version


def test_the_svb_application_is_valid_only_until_the_end_of_2024(letters):
    application = letters.library.get("aanvraag-remigratie-uitkering")

    assert application.valid_on(date(2024, 12, 31))
    assert not application.valid_on(date(2025, 1, 1))
    assert "geen nieuwe aanvragen" in application.expired_notice["nl"]
    assert [t.id for t in letters.library.listed(date(2026, 11, 30))][-1] == application.id


@pytest.mark.parametrize("template_id", IDS)
def test_shipped_template_renders_for_a_whole_household(casefile, letters, template_id):
    text = letter_text(casefile, letters, HOUSEHOLD, template_id)

    assert "Öztürk" in text and "Stichting Remigratie-advies" in text
    if template_id in ("aanvraag-remigratie-uitkering", "melding-vertrek"):
        assert "Ayşe" in text and "Emre" in text  # partner and the child who move along
        assert "Zeynep" not in text  # the adult daughter stays
    if template_id == "aanvraag-remigratie-uitkering":
        assert "TR330006100519786457841326" in text
        assert "Sociale Verzekeringsbank" in text and "Postbus 18603" in text
        assert "5 maart 1961" in text


@pytest.mark.parametrize("template_id", IDS)
def test_shipped_template_renders_for_a_single_person(casefile, letters, template_id):
    text = letter_text(casefile, letters, SINGLE, template_id)

    assert "Sewnarain" in text
    assert "Partner" not in text.replace("partner", "")  # no partner block or row
    if template_id == "aanvraag-remigratie-uitkering":
        assert "0123456789" in text and "SURBSRPA" in text


def test_departure_dates_are_computed_from_the_planned_departure(casefile, letters):
    client_id = casefile.add_client(SINGLE)  # leaves on 1 March 2025

    _, notice = letters.make(client_id, letters.library.get("melding-vertrek"), LETTER_DAY)
    _, checklist = letters.make(client_id, letters.library.get("checklist-vertrek"), LETTER_DAY)

    assert "24 februari 2025" in text_of(notice)  # no earlier than 5 days before leaving
    assert "12 april 2025" in text_of(checklist)  # changes within 6 weeks after leaving


def test_an_empty_file_gets_the_list_of_what_the_application_needs(casefile, letters):
    client_id = casefile.add_client({"given_names": "Tesfay", "surname": "Gebremedhin",
                                     "birth_date": "1984-06-30"})
    template = letters.library.get("aanvraag-remigratie-uitkering")

    missing = letters.preflight(client_id, template, LETTER_DAY)

    assert {"client.geboorteland", "client.adres.postcode", "vertrek.land", "vertrek.datum",
            "uitkering.instantie"} <= set(missing)
    assert "partner.bsn" not in missing  # no partner: nothing asked about one


def test_build_script_reproduces_the_committed_templates(tmp_path):
    spec = importlib.util.spec_from_file_location("build_templates", templates_dir() / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    written = build.build(tmp_path)

    assert sorted(p.stem for p in written) == sorted(IDS)
    stale = [p.name for p in written if p.read_bytes() != (templates_dir() / p.name).read_bytes()]
    assert stale == [], f"run `python templates/build.py` and commit: {stale}"
