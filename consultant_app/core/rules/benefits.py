"""Dutch benefits after emigration, read from a scheme pack's `benefits_abroad` for one client.

Two questions are answered here, for both faces: does a benefit go on in the country the client
moves to (a letter asking the payer to stop it would cost the client that income), and which of
the client's benefits the SVB deducts from the remigratie-uitkering (the eligibility check names
them). The client file writes a benefit as free text ("AOW", "WIA (IVA)", "bijstand");
`benefit_kind` maps it to the vocabulary's kind, and a text it cannot map is left alone rather
than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from consultant_app.core.domain.vocabulary import BENEFIT_TYPES
from consultant_app.core.rules.kinds import value
from consultant_app.core.rules.pack import BenefitAbroad, Pack

# Other names a client file uses for a kind of the vocabulary (the Participatiewet's benefit is
# what people call bijstand; the Wet werk en bijstand was its name until 2015).
ALIASES = {"bijstand": "Participatiewet", "bijstandsuitkering": "Participatiewet",
           "wwb": "Participatiewet", "toeslagenwet": "TW", "toeslag": "TW"}
_FIRST_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+")

CONTINUES, MAY_CONTINUE = "continues", "may_continue"


def benefit_kind(text: Any) -> str | None:
    """The vocabulary kind of a benefit as the file writes it: its first word, any case
    ("aow", "WIA (IVA)", "AOW-pensioen"), or a known other name; None when unknown."""
    if not isinstance(text, str):
        return None
    match = _FIRST_WORD.search(text)
    if match is None:
        return None
    word = match.group(0).casefold()
    for kind in BENEFIT_TYPES:
        if kind.casefold() == word:
            return kind
    return ALIASES.get(word)


@dataclass(frozen=True)
class AbroadOutcome:
    """A benefit that goes on (`continues`) or may go on (`may_continue`: the pack's country
    list is marked incomplete, or it has none) in `country`, with the pack's entry."""

    benefit: str  # as the client file writes it
    kind: str
    country: str
    outcome: str
    entry: BenefitAbroad


def continues_abroad(pack: Pack, benefit: Any, country: Any,
                     day: dt.date) -> AbroadOutcome | None:
    """Whether `benefit` goes on when the client lives in `country` (ISO code) on `day`; None
    when it ends there, when the pack says nothing about it, or when the benefit or the
    country is not known."""
    kind = benefit_kind(benefit)
    if kind is None or not isinstance(country, str) or not country.strip():
        return None
    entry = pack.benefit_abroad_on(kind, day)
    if entry is None:
        return None
    code = country.strip().upper()
    if entry.continues in ("yes", "reduced"):
        outcome = CONTINUES
    elif entry.continues == "treaty_countries_only":
        if code in entry.countries:
            outcome = CONTINUES
        elif entry.uncertain or not entry.countries:
            outcome = MAY_CONTINUE
        else:
            return None
    else:  # no, unknown
        return None
    return AbroadOutcome(str(benefit), kind, code, outcome, entry)


@dataclass(frozen=True)
class DeductedBenefit:
    benefit: str  # as the client file writes it
    kind: str
    source: str
    uncertain: bool
    note: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "benefit": self.benefit, "source": self.source,
                "uncertain": self.uncertain, "note": self.note}


def deducted_benefits(pack: Pack, client: Any, day: dt.date) -> tuple[DeductedBenefit, ...]:
    """The client's current benefits (`benefits[].type`) that the pack says are deducted from
    the remigratie-uitkering on `day`, in the file's order, each kind once."""
    found: list[DeductedBenefit] = []
    for benefit in value(client, "benefits") or []:
        text = benefit.get("type") if isinstance(benefit, dict) else getattr(benefit, "type", None)
        kind = benefit_kind(text)
        entry = pack.benefit_abroad_on(kind, day) if kind else None
        if entry is not None and entry.deducted and all(d.kind != kind for d in found):
            found.append(DeductedBenefit(str(text), kind, entry.source, entry.uncertain,
                                         entry.note))
    return tuple(found)
