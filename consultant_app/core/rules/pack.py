"""A scheme pack as the program holds it: its regimes, dated parameters, conditions, the periods
in which the scheme takes applications, and its deadline rules; every dated item with its
period and its source (a law article or a public page), and `uncertain` where the pack's maker
could not source it.

Model: OpenFisca's parameters, whose every value has its own start date and reference. A pack is
read from TOML by `load_pack`, which refuses it with the lint report (core.rules.lint) when any
value is undated or unsourced, periods overlap or a condition kind is unknown.

`benefits_abroad` says, per Dutch benefit and period, whether it goes on when the client moves
abroad (`yes`, `reduced`, `treaty_countries_only` with the countries where that is sourced,
`no`, or `unknown` where no public text was found) and whether the SVB deducts it from the
remigratie-uitkering; core.rules.benefits reads it for a client and a destination.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from consultant_app.core.errors import RulesError

PACK_KINDS = ("eligibility", "referral_prescreen")
# The office settings a deadline rule may take its length from, in months (core.vault.settings
# declares them): the life-certificate cycle differs per country and is the office's to set.
OFFICE_SETTINGS = ("life_certificate_cycle_months",)
# Whether a benefit goes on after emigration: everywhere in full, everywhere but possibly
# lower, only in the countries of a treaty (EU/EEA and treaty states), not at all, or not known.
CONTINUES = ("yes", "reduced", "treaty_countries_only", "no", "unknown")


@dataclass(frozen=True)
class Period:
    valid_from: dt.date
    valid_until: dt.date | None = None  # None: open end

    def contains(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def as_dict(self) -> dict[str, str | None]:
        return {"valid_from": self.valid_from.isoformat(),
                "valid_until": self.valid_until and self.valid_until.isoformat()}


@dataclass(frozen=True)
class Sourced:
    """What every dated item carries: its period, its source, and whether it is uncertain."""

    period: Period
    source: str
    uncertain: bool = False
    note: str = ""


@dataclass(frozen=True)
class DatedValue(Sourced):
    value: Any = None


@dataclass(frozen=True)
class Parameter:
    id: str
    values: tuple[DatedValue, ...]
    unit: str = ""

    def on(self, day: dt.date) -> DatedValue | None:
        return next((v for v in self.values if v.period.contains(day)), None)


@dataclass(frozen=True)
class Regime(Sourced):
    id: str = ""
    title: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Condition(Sourced):
    id: str = ""
    kind: str = ""
    parameters: dict[str, str] = field(default_factory=dict)  # kind's name → parameter id
    settings: dict[str, Any] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DeadlineRule(Sourced):
    """A deadline that follows from a case (derived by core.cases.deadlines). `kind`:

    - `after_event`: the anchor event's date plus `offset`;
    - `window_before`: a client-file date plus `offset`, opening `window` before it;
    - `after_change`: each anchor event (a `wijziging` recorded while the case was in one of
      `while_states`) plus `offset`; `fields` names the client-file fields whose change is
      recorded as such an event;
    - `cycle`: the last anchor event (or, before the first, the `start` event) plus `offset`
      (or the office's `office_setting` in months), while the case is in `while_states`.

    `anchor` is `event:<case event>` or `field:<client field>`; `met_by` an event that fulfils
    the deadline (leaving in time is met by `vertrokken`); `title` the words the faces show;
    `term` marks a period that simply ends (past it, it has expired, nobody is late)."""

    id: str = ""
    kind: str = ""
    anchor: str = ""
    offset: str = ""
    window: str = ""
    office_setting: str = ""
    title: dict[str, str] = field(default_factory=dict)
    met_by: str = ""
    start: str = ""
    while_states: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    term: bool = False  # a period that ends (the return term), not a duty: past it, it expired

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title.get("en") or self.id


@dataclass(frozen=True)
class BenefitAbroad(Sourced):
    """A Dutch benefit after emigration, in a period: `continues` one of CONTINUES;
    `countries` (ISO 3166 alpha-2) where a `treaty_countries_only` benefit is known to go on;
    `deducted` when the SVB deducts it from the remigratie-uitkering."""

    benefit: str = ""
    continues: str = ""
    countries: tuple[str, ...] = ()
    deducted: bool = False


@dataclass(frozen=True)
class Pack:
    id: str
    kind: str
    version: str
    title: dict[str, str]
    regimes: tuple[Regime, ...]
    parameters: dict[str, Parameter]
    conditions: tuple[Condition, ...]
    applications: tuple[Sourced, ...]
    deadlines: tuple[DeadlineRule, ...]
    sha256: str
    notes: tuple[Sourced, ...] = ()
    origin: str = "shipped"  # shipped | office | file
    benefits_abroad: tuple[BenefitAbroad, ...] = ()

    def regime_on(self, day: dt.date) -> Regime | None:
        return next((r for r in self.regimes if r.period.contains(day)), None)

    def conditions_on(self, day: dt.date) -> list[Condition]:
        return [c for c in self.conditions if c.period.contains(day)]

    def takes_applications(self, day: dt.date) -> bool:
        return any(p.period.contains(day) for p in self.applications)

    def benefit_abroad_on(self, benefit: str, day: dt.date) -> BenefitAbroad | None:
        """What the pack says about `benefit` (a vocabulary kind: "AOW") on `day`."""
        return next((b for b in self.benefits_abroad
                     if b.benefit == benefit and b.period.contains(day)), None)

    def first_day(self) -> dt.date:
        return min(r.period.valid_from for r in self.regimes)

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title.get("en") or self.id


def pack_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_pack(data: bytes, name: str, origin: str = "file") -> Pack:
    """The pack in `data` (a TOML file's bytes, `name` for messages); RulesError
    ("rules_pack_invalid") with every finding when it fails its lint."""
    from consultant_app.core.rules.lint import read_pack

    pack, findings = read_pack(data, name, origin)
    if findings or pack is None:
        raise RulesError("rules_pack_invalid", findings=findings, file=name,
                         count=len(findings))
    return pack
