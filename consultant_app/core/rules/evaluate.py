"""Check one client against a pack on one date, with a trace of how each outcome was reached.

The regime in force on the date and the conditions in force on it are decided one by one
(core.rules.kinds), each with the parameter values it used (value, period, source, uncertain).
The verdict: `closed` when the scheme takes no new applications on the date (the conditions
are still shown), else `not_eligible` when a condition is not met, `incomplete` when none failed
but some are unknown, `eligible` when all are met. The same pack, client data and date always
give the same check; `data_hash` names the client data a check was decided on (only the fields
its conditions read), beside the pack's hash. Beside the conditions, a check names the client's
benefits that the SVB deducts from the remigratie-uitkering (the pack's `benefits_abroad`):
information for the client, not a condition.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from consultant_app.core.domain.vocabulary import (  # noqa: F401 (named here for the faces)
    CLOSED, ELIGIBLE, INCOMPLETE, NOT_ELIGIBLE, VERDICTS,
)
from consultant_app.core.errors import RulesError
from consultant_app.core.messages import translate
from consultant_app.core.rules.benefits import DeductedBenefit, deducted_benefits
from consultant_app.core.rules.kinds import KINDS, MET, NOT_MET, UNKNOWN, Outcome, Reading, value
from consultant_app.core.rules.pack import Condition, Pack, Regime

RECORD_KEEPING = {"id", "version", "created_at", "changed_at", "changed_by"}


@dataclass(frozen=True)
class UsedValue:
    """A parameter value a condition was decided with: the trace's unit."""

    parameter: str
    value: Any
    valid_from: str
    valid_until: str | None
    source: str
    uncertain: bool


@dataclass(frozen=True)
class ConditionResult:
    id: str
    outcome: str
    code: str
    params: dict[str, Any]
    missing: tuple[str, ...]
    source: str
    uncertain: bool
    used: tuple[UsedValue, ...] = ()
    note: str = ""

    def explanation(self, lang: str) -> str:
        return translate(self.code, lang, **self.params)

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {"id": self.id, "outcome": self.outcome, "explanation": self.explanation(lang),
                "missing": list(self.missing), "source": self.source,
                "uncertain": self.uncertain, "note": self.note,
                "parameters": [vars(u) for u in self.used]}


@dataclass(frozen=True)
class Check:
    scheme: str
    rules_version: str
    pack_hash: str
    date: dt.date
    regime: str
    regime_source: str
    verdict: str
    conditions: tuple[ConditionResult, ...] = field(default_factory=tuple)
    data_hash: str = ""  # of the client-file values the conditions read
    deducted: tuple[DeductedBenefit, ...] = ()  # the client's benefits the scheme deducts

    def as_dict(self, client_id: str, lang: str) -> dict[str, Any]:
        return {"client_id": client_id, "scheme": self.scheme, "date": self.date.isoformat(),
                "rules_version": self.rules_version, "pack_hash": self.pack_hash,
                "data_hash": self.data_hash, "regime": self.regime, "verdict": self.verdict,
                "conditions": [c.as_dict(lang) for c in self.conditions],
                "deducted_benefits": [d.as_dict() for d in self.deducted]}


def evaluate(pack: Pack, client: Any, day: dt.date) -> Check:
    """The check of `client` (a core.domain.model.Client, or a mapping shaped like its JSON)
    against `pack` on `day`; RulesError("rules_no_regime_on") for a date no regime covers."""
    return Evaluator(pack, day).check(client)


@dataclass(frozen=True)
class _Step:
    """A condition in force on the day, with what does not depend on the client."""

    condition: Condition
    decide: Callable[[Any, dt.date, Mapping[str, Any]], Outcome]
    values: Mapping[str, Any]
    used: tuple[UsedValue, ...]
    uncertain: bool
    note: str


class Evaluator:
    """A pack on one day, ready to check client after client: the regime, the conditions in
    force and their parameter values (with their trace) are looked up once, not once per
    client (a large share of a check of everyone: bench/rules_bench.py). RulesError as
    `evaluate`, when made."""

    def __init__(self, pack: Pack, day: dt.date):
        self.pack, self.day = pack, day
        self.regime = require_regime(pack, day)
        self.takes_applications = pack.takes_applications(day)
        self.steps = tuple(_step(pack, condition, day) for condition in pack.conditions_on(day))

    def check(self, client: Any) -> Check:
        pack, day = self.pack, self.day
        reading = Reading(client)
        results = []
        for step in self.steps:
            outcome = step.decide(reading, day, step.values)
            results.append(ConditionResult(step.condition.id, outcome.outcome, outcome.code,
                                           outcome.params, outcome.missing,
                                           step.condition.source, step.uncertain, step.used,
                                           step.note))
        deducted = deducted_benefits(pack, reading, day) if pack.benefits_abroad else ()
        return Check(pack.id, pack.version, pack.sha256, day, self.regime.id,
                     self.regime.source,
                     verdict(self.takes_applications, [r.outcome for r in results]),
                     tuple(results), data_hash(client, reading.paths), deducted)


def data_hash(client: Any, paths: set[str]) -> str:
    """SHA-256 of the client-file values a check read (canonical JSON by path): the same data
    gives the same hash, and a change to a field no condition reads (a phone number) does not
    change it. Household members count without their ids and record versions."""
    facts = {path: value(client, path) for path in paths}
    text = _CANONICAL.encode(facts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(found: Any) -> Any:
    """What the JSON encoder cannot write itself: a household member as its fields (without
    record keeping), an enumeration as its value, anything else (a date) as text. The encoder
    walks the rest in C, which made the hash a third of a check's time when done here."""
    if dataclasses.is_dataclass(found) and not isinstance(found, type):
        return {f.name: getattr(found, f.name) for f in dataclasses.fields(found)
                if f.name not in RECORD_KEEPING}
    if isinstance(found, Enum):
        return found.value
    return str(found)


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                              default=_canonical)


def require_regime(pack: Pack, day: dt.date) -> Regime:
    """The regime in force on `day`; RulesError for a date before (or between) regimes."""
    regime = pack.regime_on(day)
    if regime is None:
        raise RulesError("rules_no_regime_on", scheme=pack.id, date=day.isoformat(),
                         first=pack.first_day().isoformat())
    return regime


def verdict(open_for_applications: bool, outcomes: list[str]) -> str:
    if not open_for_applications:
        return CLOSED
    if NOT_MET in outcomes:
        return NOT_ELIGIBLE
    if UNKNOWN in outcomes:
        return INCOMPLETE
    return ELIGIBLE


def _step(pack: Pack, condition: Condition, day: dt.date) -> _Step:
    values: dict[str, Any] = dict(condition.settings)
    used = []
    for name, pid in condition.parameters.items():
        dated = pack.parameters[pid].on(day)
        if dated is None:  # the lint refuses such a pack; an office's edited copy may slip
            raise RulesError("rules_parameter_missing_on", parameter=pid, date=day.isoformat())
        values[name] = dated.value
        used.append(UsedValue(pid, _plain(dated.value), dated.period.valid_from.isoformat(),
                              dated.period.valid_until and dated.period.valid_until.isoformat(),
                              dated.source, dated.uncertain))
    uncertain = condition.uncertain or any(u.uncertain for u in used)
    notes = [condition.note] + [pack.parameters[u.parameter].on(day).note for u in used
                                if u.uncertain]
    return _Step(condition, KINDS[condition.kind].evaluate, values, tuple(used), uncertain,
                 " ".join(n for n in notes if n))


def _plain(value: Any) -> Any:
    """A parameter value as JSON shows it (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


__all__ = ["evaluate", "Evaluator", "require_regime", "verdict", "Check", "ConditionResult", "MET", "NOT_MET",
           "UNKNOWN", "ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "CLOSED"]
