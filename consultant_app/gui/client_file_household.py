"""The household tab: the partner (or none) and the children, each with "co-migrates".

Out of the form come `partner` (a dict, or None when there is none) and `children` (the whole
list, stored members with their id) in the shape of docs/schema.md: the service updates members
named by id, adds the others and removes the ones missing from the list. Also the benefits
table of the residence tab, which is the same kind of list.
"""

from __future__ import annotations

from typing import Any

from consultant_app.core.domain.model import Client, HouseholdMember
from consultant_app.core.errors import ValidationError
from consultant_app.gui.client_file_tables import CHECK, DATE, TEXT, RowsTable
from consultant_app.gui.dates import parse_date, short_date

PARTNER_TEXT = ("given_names", "surname", "birth_date")  # birth_date written as a date
CHILD_COLUMNS = (("given_names", TEXT), ("surname", TEXT), ("birth_date", DATE),
                 ("co_migrates", CHECK))
BENEFIT_COLUMNS = (("type", TEXT), ("payer", TEXT), ("since", DATE))
REQUIRED_NAMES = ("given_names", "surname")


class Household:
    def __init__(self, ui: Any, language: str = "nl"):
        self.ui, self.language = ui, language
        self.children = RowsTable(ui.children_table, CHILD_COLUMNS, language)
        self.benefits = RowsTable(ui.benefits_table, BENEFIT_COLUMNS, language)
        self.child_rows: list[int] = []  # table row of each child sent, for error messages
        self.benefit_rows: list[int] = []
        ui.add_child_button.clicked.connect(self.children.add_and_edit)
        ui.remove_child_button.clicked.connect(self.children.remove_current)
        ui.add_benefit_button.clicked.connect(self.benefits.add_and_edit)
        ui.remove_benefit_button.clicked.connect(self.benefits.remove_current)
        ui.remove_partner_button.clicked.connect(self.clear_partner)

    # -- into the form ---------------------------------------------------------------------------
    def load(self, client: Client | None) -> None:
        partner = client.partner if client else None
        for key in PARTNER_TEXT:
            value = getattr(partner, key, None) or ""
            if key == "birth_date" and value:
                value = short_date(value, self.language)
            getattr(self.ui, f"partner_{key}_edit").setText(value)
        self.ui.partner_co_migrates_check.setChecked(bool(partner and partner.co_migrates))
        self.children.load([_member_values(c) for c in (client.children if client else [])])
        self.benefits.load((client.benefits if client else None) or [])

    def clear_partner(self) -> None:
        """Empties the partner fields; saving then removes the stored partner."""
        for key in PARTNER_TEXT:
            getattr(self.ui, f"partner_{key}_edit").clear()
        self.ui.partner_co_migrates_check.setChecked(False)

    # -- out of the form -------------------------------------------------------------------------
    def commit_edits(self) -> None:
        self.children.commit_edit()
        self.benefits.commit_edit()

    def values(self) -> dict[str, Any]:
        children = self.children.rows()
        benefits = self.benefits.rows()
        self.child_rows = [row for row, _ in children]
        self.benefit_rows = [row for row, _ in benefits]
        return {"partner": self._partner(),
                "children": [values for _, values in children],
                "benefits": [{k: v for k, v in values.items() if v is not None}
                             for _, values in benefits] or None}

    def _partner(self) -> dict[str, Any] | None:
        values: dict[str, Any] = {
            key: getattr(self.ui, f"partner_{key}_edit").text().strip() or None
            for key in PARTNER_TEXT}
        if not any(values.values()):
            return None  # no partner (any more): the service removes a stored one
        values["birth_date"] = parse_date(values["birth_date"] or "", self.language)
        values["co_migrates"] = self.ui.partner_co_migrates_check.isChecked()
        return values

    def missing_names(self, values: dict[str, Any]) -> list[ValidationError]:
        """Names a member cannot do without. The service checks them for a new member only;
        emptying the name of a stored member would otherwise store a nameless person."""
        errors = []
        if values["partner"]:
            errors += [ValidationError("required", field=f"partner.{key}")
                       for key in REQUIRED_NAMES if not values["partner"].get(key)]
        for i, child in enumerate(values["children"]):
            errors += [ValidationError("required", field=f"children[{i}].{key}")
                       for key in REQUIRED_NAMES if not child.get(key)]
        return errors


def _member_values(member: HouseholdMember) -> dict[str, Any]:
    return {"id": member.id, "given_names": member.given_names, "surname": member.surname,
            "birth_date": member.birth_date, "co_migrates": member.co_migrates}
