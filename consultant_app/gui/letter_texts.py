"""The words the letter screens share: a template's validity on the letter's date, the template
list with expired ones greyed, and the field catalogue's names as a consultant reads them.

The catalogue's descriptions are written for the office staff who make templates ("kind (in een
lus over kinderen): geboorteland", "naam van de organisatie (instelling: organisation)"); a
consultant asked for a missing value reads "Kind Emre: geboorteland" and "Naam van de
organisatie" instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

from consultant_app.core.letters.catalogue import CATALOGUE, LOOP_ALIASES
from consultant_app.core.letters.library import TemplateInfo
from consultant_app.core.letters.preflight import INDEXED, MissingField
from consultant_app.gui.dates import long_date

# Template-maker hints in the catalogue's descriptions that mean nothing to a consultant.
_HINT = re.compile(r"\s*\((?:[^()]*\|[^()]*|instelling:[^()]*|waar/onwaar|"
                   r"in een lus over \w+)\)|,? (?:als landnamen|Nederlandse naam)\b.*$")
_MEMBER = re.compile(r"^(cliënt|partner|kind)\b[^:]*:\s*")
_STORED_ROW = re.compile(r"^children\[(\d+)\]")


# -- validity ------------------------------------------------------------------------------------
def validity_problem(template: TemplateInfo, day: date, language: str) -> str:
    """Empty when `template` may be used for a letter dated `day`; else why not, in a few words
    ("verlopen: geldig tot en met 31 december 2024")."""
    if template.valid_on(day):
        return ""
    if template.valid_until is not None and day > template.valid_until:
        return QCoreApplication.translate("LetterTexts", "verlopen: geldig tot en met %1").replace(
            "%1", long_date(template.valid_until, language))
    since = template.valid_from or day
    return QCoreApplication.translate("LetterTexts", "nog niet geldig: geldt vanaf %1").replace(
        "%1", long_date(since, language))


def expired_notice(template: TemplateInfo, day: date, language: str) -> str:
    """What the consultant must read before using a template outside its period: the
    template's own notice (why it expired), after the plain fact."""
    fact = validity_problem(template, day, language)
    notice = template.expired_notice.get(language) or template.expired_notice.get("nl") or ""
    head = QCoreApplication.translate("LetterTexts", "Dit sjabloon is %1.").replace("%1", fact)
    return f"{head} {notice}".strip()


def fill_templates(widget: QListWidget, templates: list[TemplateInfo], day: date,
                   language: str) -> None:
    """One item per template, data = its id; those outside their period greyed, with why."""
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                        QPalette.ColorRole.Text)
    widget.clear()
    for template in templates:
        problem = validity_problem(template, day, language)
        text = f"{template.title} — {problem}" if problem else template.title
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, template.id)
        item.setToolTip(template.description)
        if problem:
            item.setForeground(grey)


# -- field names ---------------------------------------------------------------------------------
def form_label(field: MissingField, client_json: Mapping[str, Any]) -> str:
    """The label of a preflight row: whose value and what, in the consultant's words."""
    member = ""
    row = _STORED_ROW.match(field.path or "")
    if row:
        children = client_json.get("children") or []
        index = int(row[1])
        name = children[index].get("given_names") if index < len(children) else None
        member = _child(name or str(index + 1))
    elif field.name.startswith("partner."):
        member = QCoreApplication.translate("LetterTexts", "Partner")
    return _joined(member, field.label)


def catalogue_label(name: str) -> str:
    """The label of a catalogue name as the render reports it ("kinderen[0].bsn"), without a
    client file at hand: list members are numbered as the letter listed them."""
    match = INDEXED.match(name)
    member, key = "", name
    if match:
        plural, index, rest = match.groups()
        key = f"{LOOP_ALIASES.get(plural, plural)}.{rest}"
        member = _child(str(int(index) + 1)) if plural == "kinderen" \
            else f"{plural} {int(index) + 1}"
    elif name.startswith("partner."):
        member = QCoreApplication.translate("LetterTexts", "Partner")
    entry = CATALOGUE.get(key)
    return _joined(member, entry.description if entry else name)


def _child(which: str) -> str:
    return QCoreApplication.translate("LetterTexts", "Kind %1").replace("%1", which)


def _joined(member: str, description: str) -> str:
    text = _HINT.sub("", _MEMBER.sub("", description)).strip()
    return f"{member}: {text}" if member else text[:1].upper() + text[1:]
