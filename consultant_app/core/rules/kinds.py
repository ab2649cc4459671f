"""The condition kinds a pack may use, and how each is decided for one client on one date.

A kind names the dated parameters it reads (`parameters`, each the id of a parameter of the
pack) and the fixed settings it takes (`settings`, literal values in the pack), and decides
`met`, `not_met` or `unknown` from the client file. A fact the file does not hold is `unknown`
and names the client-file field (its JSON name) that would decide it; it is never `not_met`.
Where the file holds a proxy rather than the fact itself (lawful residence since the arrival
date), the explanation says which assumption was made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from consultant_app.core.domain.vocabulary import ASYLUM_WORDS
from consultant_app.core.domain.dates import add_months, add_years, age_on, as_date
from consultant_app.core.domain.vocabulary import MET, NOT_MET, UNKNOWN



@dataclass(frozen=True)
class Outcome:
    """One condition decided: the outcome, the message (code and parameters) that explains it,
    and the client-file fields whose absence left it unknown."""

    outcome: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    missing: tuple[str, ...] = ()


def _missing(*fields: str) -> Outcome:
    return Outcome(UNKNOWN, "rule_missing", {"fields": ", ".join(fields)}, tuple(fields))


class Reading:
    """A client seen through a check: the paths the conditions read are noted, so the check can
    name (and hash) exactly the data it was decided on."""

    def __init__(self, client: Any):
        self.client = client
        self.paths: set[str] = set()


def value(client: Any, path: str) -> Any:
    """A client-file value by its JSON path (`declarations.detention`, `partner.co_migrates`);
    None when it or anything on the way is absent or empty."""
    if isinstance(client, Reading):
        client.paths.add(path)
        client = client.client
    current = client
    for part in path.split("."):
        if current is None:
            return None
        # a plain dict first: the ABC check of Mapping is the slow part of a check of everyone
        current = current.get(part) if type(current) is dict or isinstance(current, Mapping) \
            else getattr(current, part, None)
    return None if current in ("", [], {}) else current


# -- the kinds ------------------------------------------------------------------------------------
def min_age(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    born = as_date(value(client, "birth_date"))
    if born is None:
        return _missing("birth_date")
    age, least = age_on(born, day), p["min_age"]
    turns = add_years(born, least)
    if turns.day != born.day:  # born on 29 February: a year older on 1 March in common years
        turns += dt.timedelta(days=1)
    params = {"age": age, "date": day.isoformat(), "min_age": least,
              "birthday": turns.isoformat()}
    return Outcome(MET if age >= least else NOT_MET,
                   "rule_age_met" if age >= least else "rule_age_not_met", params)


def min_residence_years(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    """Lawful residence without a break is not a field of the file: the arrival date gives
    the longest it can have lasted, and Dutch nationality or a current permit is taken as
    lawful residence since then, which the explanation says. With `dutch_exempt` (the regime
    until 2014) a Dutch national needs no minimum."""
    arrival = as_date(value(client, "arrival_date"))
    if arrival is None:
        return _missing("arrival_date")
    years = p["years"]
    params = {"arrival": arrival.isoformat(), "years": years, "date": day.isoformat()}
    if p.get("dutch_exempt") and "NL" in (value(client, "nationalities") or []):
        return Outcome(MET, "rule_residence_dutch_exempt", params)
    if arrival > add_years(day, -years):
        return Outcome(NOT_MET, "rule_residence_too_short", params)
    if "NL" in (value(client, "nationalities") or []):
        return Outcome(MET, "rule_residence_met_dutch", params)
    permit = value(client, "residence_permit")
    if permit is None:
        return Outcome(UNKNOWN, "rule_residence_no_permit", params, ("residence_permit",))
    until = as_date(value(permit, "valid_until"))
    if until is not None and until < day:
        return Outcome(UNKNOWN, "rule_residence_permit_expired",
                       {**params, "until": until.isoformat()}, ("residence_permit.valid_until",))
    return Outcome(MET, "rule_residence_met", params)


def min_benefit_months(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    """The file lists the benefits a client receives, each with its start (`since`) and no
    end: the longest-running one counts. A shorter one may follow on an earlier benefit the
    file does not list, so a short run is unknown, never not_met."""
    benefits = value(client, "benefits")
    if not benefits:
        return _missing("benefits")
    started = sorted((as_date(value(b, "since")), str(value(b, "type") or "?"))
                     for b in benefits if as_date(value(b, "since")) is not None)
    if not started:
        return _missing("benefits.since")
    since, kind = started[0]
    months = p["months"]
    params = {"type": kind, "since": since.isoformat(), "months": months,
              "date": day.isoformat()}
    if since <= add_months(day, -months):
        return Outcome(MET, "rule_benefit_met", params)
    return Outcome(UNKNOWN, "rule_benefit_short", params, ("benefits",))


def min_age_at_arrival(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    born = as_date(value(client, "birth_date"))
    arrival = as_date(value(client, "arrival_date"))
    absent = [name for name, v in (("birth_date", born), ("arrival_date", arrival)) if v is None]
    if absent:
        return _missing(*absent)
    age, least = age_on(born, arrival), p["min_age"]
    params = {"age": age, "arrival": arrival.isoformat(), "min_age": least}
    return Outcome(MET if age >= least else NOT_MET,
                   "rule_arrival_age_met" if age >= least else "rule_arrival_age_not_met", params)


def origin_group(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    """The target groups: born in a country of origin and has or had its nationality (first
    generation), or, with `generation = "first_or_second"`, also a parent's nationality; a
    recognised refugee (asylum permit, for the later regime obtained before a date); a Moluccan
    of the 1951-52 group (the Rietkerk register is not in the file)."""
    countries = set(p["countries"])
    born_in = value(client, "country_of_birth")
    nationalities = set(value(client, "nationalities") or [])
    permit_type = str(value(client, "residence_permit.type") or "").casefold()
    asylum = any(word in permit_type for word in ASYLUM_WORDS)
    arrival = as_date(value(client, "arrival_date"))
    if p.get("generation") == "first_or_second":
        if born_in in countries or nationalities & countries:
            if born_in in countries:
                return Outcome(MET, "rule_origin_born", {"country": born_in})
            return Outcome(MET, "rule_origin_nationality",
                           {"country": min(nationalities & countries)})
        if asylum:
            return Outcome(MET, "rule_origin_refugee", {})
        if born_in is None and not nationalities:
            return _missing("country_of_birth", "nationalities")
        return Outcome(UNKNOWN, "rule_origin_second_generation", {}, ("parents_nationalities",))
    if born_in is None:
        return _missing("country_of_birth")
    if born_in in countries:
        if not nationalities:
            return _missing("nationalities")
        if born_in in nationalities:
            return Outcome(MET, "rule_origin_met", {"country": born_in})
        return Outcome(UNKNOWN, "rule_origin_nationality_unknown", {"country": born_in},
                       ("nationalities",))
    if asylum:
        before = p.get("refugee_permit_before")
        params = {"before": before.isoformat() if before else "?"}
        if before is not None and arrival is not None and arrival >= before:
            return Outcome(NOT_MET, "rule_refugee_too_late", params)
        return Outcome(UNKNOWN, "rule_refugee_permit_date", params, ("residence_permit.granted",))
    if arrival is not None and arrival.year in (p.get("moluccan_arrival_years") or ()):
        return Outcome(UNKNOWN, "rule_origin_moluccan", {}, ("rietkerk_register",))
    if value(client, "residence_permit") is None:
        return Outcome(UNKNOWN, "rule_origin_other_groups", {"country": born_in},
                       ("residence_permit",))
    return Outcome(NOT_MET, "rule_origin_not_met", {"country": born_in})


def partner_moves_along(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    partner = value(client, "partner")
    if partner is None:
        return Outcome(MET, "rule_partner_none")
    if value(partner, "co_migrates"):
        return Outcome(MET, "rule_partner_moves")
    return Outcome(NOT_MET, "rule_partner_stays")


def no_state_debts(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    debts = value(client, "declarations.debts_to_state")
    if debts is None:
        return _missing("declarations.debts_to_state")
    if not debts:
        return Outcome(MET, "rule_debts_none")
    arrangement = value(client, "declarations.payment_arrangement")
    if arrangement is None:
        return _missing("declarations.payment_arrangement")
    return Outcome(MET, "rule_debts_arrangement") if arrangement else \
        Outcome(NOT_MET, "rule_debts_no_arrangement")


def not_detained(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    detention = value(client, "declarations.detention")
    if detention is None:
        return _missing("declarations.detention")
    return Outcome(NOT_MET, "rule_detention_yes") if detention else \
        Outcome(MET, "rule_detention_no")


def fact(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    """A yes/no fact of the file (or, with `outside_file`, one the file has no field for yet,
    which stays unknown and names the field that would hold it)."""
    found = value(client, p["field"])
    if found is None:
        return _missing(p["field"])
    if found == p["expected"]:
        return Outcome(MET, "rule_fact_met", {"field": p["field"]})
    return Outcome(NOT_MET, "rule_fact_not_met", {"field": p["field"]})


def field_present(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    if value(client, p["field"]) is None:
        return _missing(p["field"])
    return Outcome(MET, "rule_field_present", {"field": p["field"]})


def nationality_not_in(client: Any, day: dt.date, p: Mapping[str, Any]) -> Outcome:
    nationalities = set(value(client, "nationalities") or [])
    if not nationalities:
        return _missing("nationalities")
    excluded = sorted(nationalities & set(p["countries"]))
    if excluded:
        return Outcome(NOT_MET, "rule_nationality_excluded", {"countries": ", ".join(excluded)})
    return Outcome(MET, "rule_nationality_not_excluded")


@dataclass(frozen=True)
class Kind:
    """A condition kind: the dated parameters it reads (name → expected type) and its fixed
    settings (name → type; those with a default in `defaults` may be left out)."""

    evaluate: Callable[[Any, dt.date, Mapping[str, Any]], Outcome]
    parameters: dict[str, type | tuple[type, ...]] = field(default_factory=dict)
    settings: dict[str, type | tuple[type, ...]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    optional: frozenset[str] = frozenset()  # parameters a pack may leave out


KINDS: dict[str, Kind] = {
    "min_age": Kind(min_age, {"min_age": int}),
    "min_residence_years": Kind(min_residence_years, {"years": int},
                                {"dutch_exempt": bool}, {"dutch_exempt": False}),
    "min_benefit_months": Kind(min_benefit_months, {"months": int}),
    "min_age_at_arrival": Kind(min_age_at_arrival, {"min_age": int}),
    "origin_group": Kind(origin_group,
                         {"countries": list, "refugee_permit_before": dt.date,
                          "moluccan_arrival_years": list},
                         {"generation": str}, {"generation": "first"},
                         frozenset({"refugee_permit_before", "moluccan_arrival_years"})),
    "partner_moves_along": Kind(partner_moves_along),
    "no_state_debts": Kind(no_state_debts),
    "not_detained": Kind(not_detained),
    "fact": Kind(fact, settings={"field": str, "expected": (bool, str)}),
    "field_present": Kind(field_present, settings={"field": str}),
    "nationality_not_in": Kind(nationality_not_in, {"countries": list}),
}
GENERATIONS = ("first", "first_or_second")
