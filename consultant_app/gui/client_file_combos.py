"""Combo boxes over the fixed vocabularies: countries (Dutch names, stored as alpha-2 codes) and
conversation languages (names shown, ISO codes stored, anything else typed kept as typed).

Shared by the client file and the contact dialog, so both show and store the same values.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from consultant_app.core.domain.countries import COUNTRIES, country_name
from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.vocabulary import LANGUAGES

LANGUAGE_LABELS = {
    "nl": QT_TRANSLATE_NOOP("LanguageLabels", "Nederlands"),
    "tr": QT_TRANSLATE_NOOP("LanguageLabels", "Turks"),
    "ar": QT_TRANSLATE_NOOP("LanguageLabels", "Arabisch"),
    "ber": QT_TRANSLATE_NOOP("LanguageLabels", "Berbers (Tamazight)"),
    "bs": QT_TRANSLATE_NOOP("LanguageLabels", "Bosnisch"),
    "ti": QT_TRANSLATE_NOOP("LanguageLabels", "Tigrinya"),
    "fa": QT_TRANSLATE_NOOP("LanguageLabels", "Perzisch"),
    "so": QT_TRANSLATE_NOOP("LanguageLabels", "Somalisch"),
}


def fill_countries(combo: QComboBox, language: str) -> None:
    """An empty first entry (not known yet), then every country by name; the data is the code."""
    combo.clear()
    combo.addItem("", None)
    # Folded sort key, so Ålandseilanden and Île... sort among their plain letters.
    for code in sorted(COUNTRIES, key=lambda c: fold(country_name(c, language))):
        combo.addItem(country_name(code, language), code)
    combo.setMaxVisibleItems(20)


def set_country(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code.upper()) if code else 0
    combo.setCurrentIndex(max(index, 0))


def country_value(combo: QComboBox) -> str | None:
    return combo.currentData() or None


def fill_languages(combo: QComboBox) -> None:
    combo.clear()
    combo.addItem("", None)
    for code in LANGUAGES:
        combo.addItem(QCoreApplication.translate("LanguageLabels", LANGUAGE_LABELS[code]), code)
    # A typed language that is not in the list is a value, not a new list entry.
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)


def set_language(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(value or "")


def language_value(combo: QComboBox) -> str | None:
    """The code of a listed language (matched on its shown name), else the typed text."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text)
    if index > 0:
        return combo.itemData(index)
    return text
