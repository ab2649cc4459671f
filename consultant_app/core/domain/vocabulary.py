"""Fixed vocabularies of contact registration, cases and eligibility checks: the single source
other modules import (the sync row rules as much as the services).

The values are the stored codes (Dutch, as the organisation's own registration names them), not
display text; the faces translate them. Tuples, so no importer can change them by accident.
"""

from __future__ import annotations

# Where a spreekuur takes place. "Telefonisch" stands for contacts without a physical place.
LOCATIONS: tuple[str, ...] = (
    "Stadskantoor Eindhoven",
    "Wijkcentrum Rotterdam-Zuid (Afrikaanderwijk)",
    "Kantoor Utrecht",
    "Buurthuis Amsterdam Nieuw-West",
    "Gemeentehuis Tilburg",
    "Consulaat-generaal Turkije Rotterdam",
    "Telefonisch",
)

# The nature of the service; the annual report counts intake and extended guidance separately.
CONTACT_KINDS: tuple[str, ...] = (
    "intake",
    "uitgebreide_begeleiding",
    "nazorg",
    "reeds_geremigreerd",
    "informatie",
    "groepsvoorlichting",
    "telefonisch",
)

CHANNELS: tuple[str, ...] = ("spreekuur", "telefoon", "e-mail", "huisbezoek", "buitenland")

# The advice topics of DOMAIN.md §1.
TOPICS: tuple[str, ...] = (
    "verblijfsdocumenten",
    "uitkeringen",
    "pensioenen",
    "verzekeringen",
    "voogdij",
    "schulden",
    "zorg",
    "onderwijs",
)

# Conversation languages (ISO 639 codes; "ber" is the collective code for Berber/Tamazight).
LANGUAGES: tuple[str, ...] = ("nl", "tr", "ar", "ber", "bs", "ti", "fa", "so")

# Dutch benefits a client may receive; AOW, Anw, WIA, WAO and Wajong are deducted from the
# remigratie-uitkering (DOMAIN.md §3), the others end on departure.
BENEFIT_TYPES: tuple[str, ...] = (
    "AOW",
    "WIA",
    "WAO",
    "WW",
    "Participatiewet",
    "Anw",
    "Wajong",
    "IOW",
)


# What happens in a case (core/cases/states.py says which may follow which), in the order a case
# usually takes them; the last two are recorded while a benefit runs and leave its state as it
# was: a change in the file the SVB must hear of, and a life certificate received.
CASE_STEP_KINDS: tuple[str, ...] = ("ingediend", "toegekend", "afgewezen", "vertrokken",
                                    "geschorst", "ingetrokken", "beeindigd", "teruggekeerd")
CASE_RECORD_KINDS: tuple[str, ...] = ("wijziging", "levensbewijs_ontvangen")
CASE_EVENT_KINDS: tuple[str, ...] = CASE_STEP_KINDS + CASE_RECORD_KINDS

# The verdict of an eligibility check (core/rules/evaluate.py).
ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, CLOSED = "eligible", "not_eligible", "incomplete", "closed"
VERDICTS: tuple[str, ...] = (ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, CLOSED)
