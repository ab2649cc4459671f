"""What an office registers besides its client files, so the year's figures are a by-product of
daily work: spreekuur locations, partner organisations and the relation contacts held with them,
group information sessions (not tied to one client), the audiences an office adds to the fixed
list, and external figures a report compares with (entered by hand with their source).

Records come back as plain dicts of their fields plus `id` and `created_by`. Every record is
shared with the team through the registry, so names are not unique by construction: two laptops
may each add "Kantoor Utrecht" before they sync. Where a name (a location's) or a year and key
(a figure's) must pick one row, the row with the lowest id counts — ids are UUIDv7, so that is
the one entered first, and every laptop picks the same one once they have synced; setting a
figure again folds such twins into one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from consultant_app.core.domain import office as fields_of
from consultant_app.core.domain.folding import fold
from consultant_app.core.domain.vocabulary import AUDIENCE_NAMES, AUDIENCES
from consultant_app.core.errors import NotFoundError, ValidationError, ValidationErrors
from consultant_app.core.ids import is_uuid
from consultant_app.core.vault import office as repo
from consultant_app.core.vault import records
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault

Record = dict[str, Any]


def _year_range(year: int | None) -> tuple[str, list[str]]:
    if year is None:
        return "", []
    fields_of.FIGURE_FIELDS["year"]("year", year)
    return "date BETWEEN ? AND ?", [f"{year:04d}-01-01", f"{year:04d}-12-31"]


def _new_id(db: Any, entity: str, row_id: str | None) -> str | None:
    """An id a record brings (an import's) must be a UUID no row has (live or deleted)."""
    if row_id is None:
        return None
    if not is_uuid(row_id):
        raise ValidationErrors([ValidationError("bad_id", field="id")])
    if records.existing(db, entity, "id", [row_id]):
        raise ValidationErrors([ValidationError("id_exists", field="id")])
    return row_id


class OfficeService:
    """The office's own registration in one unlocked vault."""

    def __init__(self, vault: Vault):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity

    # -- locations ---------------------------------------------------------------------------
    def add_location(self, data: Mapping[str, Any], row_id: str | None = None) -> str:
        """A new spreekuur location {name, city, kind, active_from, active_until}; a name the
        team has already is refused (location_exists)."""
        parsed = fields_of.parse("locations", data)
        with transaction(self.db):
            row_id = _new_id(self.db, "locations", row_id)
            if self.location_named(parsed["name"]) is not None:
                raise ValidationErrors([ValidationError("location_exists", field="name")])
            return repo.create(self.db, "locations", parsed, self.who, row_id)

    def update_location(self, location_id: str, data: Mapping[str, Any]) -> bool:
        """Change the given fields of a location (a city found out later, a closing date)."""
        parsed = fields_of.parse("locations", data, partial=True)
        with transaction(self.db):
            current = repo.get(self.db, "locations", location_id)
            merged = {**current, **parsed}
            missing = [k for k in ("name", "kind", "active_from") if not merged.get(k)]
            if missing:
                raise ValidationErrors([ValidationError("required", field=k) for k in missing])
            fields_of.check_period(merged)
            if parsed.get("name"):
                named = self.location_named(parsed["name"])
                if named is not None and named["id"] != location_id:
                    raise ValidationErrors([ValidationError("location_exists", field="name")])
            return repo.update(self.db, "locations", location_id, parsed, self.who)

    def locations(self, on: str | dt.date | None = None) -> list[Record]:
        """Every location (active on the date `on`, when given), by name, each with the number
        of contacts registered there."""
        where, params = "", []
        if on is not None:
            day = fields_of.v.date_value("date", on).isoformat()
            where = "active_from <= ? AND (active_until IS NULL OR active_until >= ?)"
            params = [day, day]
        counts = repo.contacts_per_location(self.db)
        found = repo.rows(self.db, "locations", where, params)
        for location in found:
            location["contacts"] = counts.get(location["id"], 0)
        return found

    def location_named(self, name: str) -> Record | None:
        """The location of this name (compared folded: case, accents and spacing aside); the
        first entered when the team has twins."""
        return self._named("locations", name)

    def _named(self, table: str, name: str) -> Record | None:
        wanted = fold(" ".join(name.split()))
        named = [r for r in repo.rows(self.db, table) if fold(r["name"]) == wanted]
        return min(named, key=lambda r: r["id"]) if named else None

    def location(self, location_id: str) -> Record:
        if not is_uuid(location_id):
            raise NotFoundError("location_not_found", field="location_id")
        return repo.get(self.db, "locations", location_id)

    def resolve_location(self, name_or_id: str, day: str) -> tuple[str, str]:
        """(id, name) of the location a contact names by id or by name. A name the team has no
        location for yet becomes one (kind `overig`, city unknown, active from `day`): a
        consultant's own list of places, or an import's, is kept rather than refused."""
        if is_uuid(name_or_id):
            found = self.location(name_or_id)
            return found["id"], found["name"]
        found = self.location_named(name_or_id)
        if found is not None:
            return found["id"], found["name"]
        parsed = fields_of.parse("locations", {"name": name_or_id, "kind": "overig",
                                               "active_from": day}, partial=True)
        return repo.create(self.db, "locations", parsed, self.who), parsed["name"]

    def location_names(self, extra: Iterable[str] = (), on: str | dt.date | None = None,
                       ) -> list[str]:
        """The names a contact may be registered at: the team's locations active on `on`
        (default today), then the names of `extra` (the laptop's own list) the team does not
        have yet, each once. Such a name becomes a location when first used."""
        on = on or dt.date.today()
        names = list(dict.fromkeys(r["name"] for r in self.locations(on)))
        known = {fold(n) for n in (r["name"] for r in repo.rows(self.db, "locations"))}
        for name in extra:
            if name.strip() and fold(" ".join(name.split())) not in known:
                known.add(fold(" ".join(name.split())))
                names.append(name)
        return names

    # -- partners and relation contacts ------------------------------------------------------
    def add_partner(self, data: Mapping[str, Any], row_id: str | None = None) -> str:
        """A partner organisation {name, kind, city}."""
        parsed = fields_of.parse("partners", data)
        with transaction(self.db):
            return repo.create(self.db, "partners", parsed, self.who,
                               _new_id(self.db, "partners", row_id))

    def partners(self) -> list[Record]:
        return repo.rows(self.db, "partners")

    def partner_named(self, name: str) -> Record | None:
        """The partner of this name, compared as location_named compares."""
        return self._named("partners", name)

    def partner(self, partner_id: str) -> Record:
        if not is_uuid(partner_id):
            raise NotFoundError("partner_not_found", field="partner_id")
        return repo.get(self.db, "partners", partner_id)

    def add_relation(self, partner_id: str, data: Mapping[str, Any],
                     row_id: str | None = None) -> str:
        """A relation contact {date, kind, topics} with a partner organisation."""
        if isinstance(data, Mapping) and "partner_id" in data:
            raise ValidationErrors([ValidationError("unknown_field", field="partner_id")])
        parsed = fields_of.parse("relation_contacts",
                                 {**data, "partner_id": partner_id} if isinstance(data, Mapping)
                                 else data)
        with transaction(self.db):
            self.partner(partner_id)
            return repo.create(self.db, "relation_contacts", parsed, self.who,
                               _new_id(self.db, "relation_contacts", row_id))

    def relations(self, year: int | None = None) -> list[Record]:
        """Relation contacts (of `year`), by date, each with its partner's name."""
        where, params = _year_range(year)
        names = {p["id"]: p["name"] for p in repo.rows(self.db, "partners")}
        found = repo.rows(self.db, "relation_contacts", where, params)
        for relation in found:
            relation["partner"] = names.get(relation["partner_id"])
        return found

    # -- group sessions and audiences --------------------------------------------------------
    def audiences(self) -> list[Record]:
        """The audiences a group session may be for: the fixed list (`builtin`), then the
        office's own, each code once (the first entered counts)."""
        out = [{"code": code, "label": AUDIENCE_NAMES[code]["nl"], "builtin": True}
               for code in AUDIENCES]
        seen = set(AUDIENCES)
        for row in sorted(repo.rows(self.db, "audiences"), key=lambda r: r["id"]):
            if row["code"] not in seen:
                seen.add(row["code"])
                out.append({"code": row["code"], "label": row["label"], "builtin": False,
                            "id": row["id"]})
        return out

    def add_audience(self, code: str, label: str | None = None) -> str:
        """An audience of the office's own; its label defaults to its code."""
        parsed = fields_of.parse("audiences", {"code": code, "label": label or code})
        with transaction(self.db):
            if any(a["code"] == parsed["code"] for a in self.audiences()):
                raise ValidationErrors([ValidationError("audience_exists", field="code")])
            return repo.create(self.db, "audiences", parsed, self.who)

    def add_group_session(self, data: Mapping[str, Any], row_id: str | None = None) -> str:
        """A group information session {date, location_id, audience, partner_id, attendees,
        language, interpreter, topics}; the location, partner and audience must be known."""
        parsed = fields_of.parse("group_sessions", data)
        with transaction(self.db):
            known = [a["code"] for a in self.audiences()]
            if parsed["audience"] not in known:
                raise ValidationErrors([ValidationError("unknown_audience", field="audience",
                                                        known=", ".join(known))])
            self.location(parsed["location_id"])
            if parsed.get("partner_id"):
                self.partner(parsed["partner_id"])
            return repo.create(self.db, "group_sessions", parsed, self.who,
                               _new_id(self.db, "group_sessions", row_id))

    def group_sessions(self, year: int | None = None) -> list[Record]:
        """Group sessions (of `year`), by date, with their location's and partner's names."""
        where, params = _year_range(year)
        places = {r["id"]: r["name"] for r in repo.rows(self.db, "locations")}
        partners = {r["id"]: r["name"] for r in repo.rows(self.db, "partners")}
        found = repo.rows(self.db, "group_sessions", where, params)
        for session in found:
            session["location"] = places.get(session["location_id"])
            session["partner"] = partners.get(session["partner_id"])
        return found

    # -- external figures --------------------------------------------------------------------
    def set_figure(self, year: int, key: str, value: int, source: str) -> str:
        """Set the figure `key` of `year` (one per year and key: setting it again changes it,
        and folds twins two laptops made into the first)."""
        parsed = fields_of.parse("external_figures", {"year": year, "key": key, "value": value,
                                                      "source": source})
        with transaction(self.db):
            twins = repo.rows(self.db, "external_figures", "year = ? AND key = ?",
                              [parsed["year"], parsed["key"]])
            if not twins:
                return repo.create(self.db, "external_figures", parsed, self.who)
            first, *others = sorted(twins, key=lambda r: r["id"])
            repo.update(self.db, "external_figures", first["id"],
                        {"value": parsed["value"], "source": parsed["source"]}, self.who)
            for twin in others:
                repo.delete(self.db, "external_figures", twin["id"], self.who)
            return first["id"]

    def figures(self, year: int | None = None) -> list[Record]:
        """The external figures (of `year`), one per year and key (the first entered counts
        where two laptops made twins)."""
        where, params = ("year = ?", [fields_of.FIGURE_FIELDS["year"]("year", year)]) \
            if year is not None else ("", [])
        out: dict[tuple[int, str], Record] = {}
        for row in sorted(repo.rows(self.db, "external_figures", where, params),
                          key=lambda r: r["id"]):
            out.setdefault((row["year"], row["key"]), row)
        return [out[k] for k in sorted(out)]
