"""From "this letter lacks client.bsn and kinderen[0].geboortedatum" to a form and back.

The render reports missing fields by catalogue name, with list positions as the letter saw them
(`kinderen[0]` is the first child who moves along). `describe` turns each into something a form
can ask for: a Dutch label, the kind of input, and where the answer goes (the client file, or an
organisation setting). `client_changes` turns the answers into the partial update CaseFile takes,
merged into what is stored: an address gets its postcode without losing its street, and a child
gets a birth date without the other children being dropped from the household.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain.model import Client
from consultant_app.core.errors import MissingFieldsError
from consultant_app.core.letters.catalogue import (
    CATALOGUE, LOOP_ALIASES, ORGANISATION_EXAMPLES, ORGANISATION_SETTINGS,
)

INDEXED = re.compile(r"^(\w+)\[(\d+)\]\.(.+)$")
DATE_NAMES = ("geboortedatum", "aankomstdatum", "geldig_tot", "sinds", "datum")
FLAG_NAMES = ("reist_mee", "schulden_aan_staat", "betalingsregeling", "detentie")


@dataclass(frozen=True)
class MissingField:
    name: str  # as the render reported it: "client.adres.postcode", "kinderen[0].bsn"
    label: str  # the catalogue's Dutch description
    kind: str  # text | date | country | countries | flag
    target: str  # client | setting | none (consultant name, today's location: not asked here)
    path: str | None  # client JSON path ("address.postcode", "children[2].bsn") or setting key


def missing_error(names: list[str]) -> MissingFieldsError:
    """The refusal for a letter that lacks `names`, telling the organisation's settings (with
    how to set them) apart from the client's file."""
    settings = {name: ORGANISATION_SETTINGS[name.split(".", 1)[1]] for name in names
                if name.startswith("organisatie.")}
    first = next(iter(settings.values()), None)
    example = f'{first} "{ORGANISATION_EXAMPLES[first]}"' if first else ""
    return MissingFieldsError(names, settings, example)


def describe(names: list[str], client: Client) -> list[MissingField]:
    return [_describe(name, client) for name in names]


def _describe(name: str, client: Client) -> MissingField:
    catalogue_name, index = _catalogue_name(name)
    entry = CATALOGUE.get(catalogue_name)
    label = entry.description if entry else name
    leaf = catalogue_name.rsplit(".", 1)[-1]
    kind = ("date" if leaf in DATE_NAMES else "flag" if leaf in FLAG_NAMES
            else "countries" if leaf == "nationaliteiten"
            else "country" if leaf in ("geboorteland", "land") else "text")
    if catalogue_name.startswith("organisatie."):
        return MissingField(name, label, kind, "setting",
                            ORGANISATION_SETTINGS[catalogue_name.split(".", 1)[1]])
    source = entry.source if entry else None
    if source is None:
        return MissingField(name, label, kind, "none", None)
    if "[]" in source:  # a list member: the position among those the letter listed
        source = source.replace("[]", f"[{_stored_index(client, source, index or 0)}]")
    return MissingField(name, label, kind, "client", source)


def _catalogue_name(name: str) -> tuple[str, int | None]:
    """`kinderen[1].bsn` -> ("kind.bsn", 1); `client.bsn` -> ("client.bsn", None)."""
    match = INDEXED.match(name)
    if not match:
        return name, None
    plural, index, rest = match.groups()
    return f"{LOOP_ALIASES.get(plural, plural)}.{rest}", int(index)


def _stored_index(client: Client, source: str, index: int) -> int:
    """The letter lists only the children who move along; the file holds all of them."""
    if source.startswith("children"):
        moving = [i for i, child in enumerate(client.children) if child.co_migrates]
        return moving[index]
    return index


def client_changes(client_json: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, Any]:
    """The partial update for CaseFile.update_client that stores `answers` ({client JSON path:
    value}) in the file `client_json` (CaseFile.client_json: the documented shape)."""
    merged = copy.deepcopy(dict(client_json))
    touched: set[str] = set()
    for path, value in answers.items():
        parts = _split(path)
        touched.add(parts[0])
        _put(merged, parts, value)
    changes = {key: merged[key] for key in touched}
    if "children" in changes:  # every child by id, or the update would drop the others
        changes["children"] = [_member_update(c) for c in merged["children"]]
    if "partner" in changes:
        changes["partner"] = _member_update(merged["partner"])
    return changes


def _member_update(member: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in member.items() if k not in ("role", "version")}


def _split(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for piece in path.split("."):
        match = re.fullmatch(r"(\w+)\[(\d+)\]", piece)
        parts += [match.group(1), int(match.group(2))] if match else [piece]
    return parts


def _put(target: Any, parts: list[str | int], value: Any) -> None:
    for here, after in zip(parts, parts[1:]):
        if isinstance(here, int):
            while len(target) <= here:
                target.append({})
            target = target[here]
        else:
            if target.get(here) is None:
                target[here] = [] if isinstance(after, int) else {}
            target = target[here]
    target[parts[-1]] = value
