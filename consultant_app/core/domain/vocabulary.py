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

# Dutch benefits a client may receive; AOW, Anw, WIA, WAO, WAZ, Wajong and TW (Toeslagenwet)
# are deducted from the remigratie-uitkering where they are paid (DOMAIN.md §3), the others end
# on departure. What each does abroad is the scheme pack's `benefits_abroad`.
BENEFIT_TYPES: tuple[str, ...] = (
    "AOW",
    "WIA",
    "WAO",
    "WW",
    "Participatiewet",
    "Anw",
    "Wajong",
    "IOW",
    "WAZ",
    "TW",
)


# What happens in a case (core/cases/states.py says which may follow which), in the order a case
# usually takes them; the last two are recorded while a benefit runs and leave its state as it
# was: a change in the file the SVB must hear of, and a life certificate received.
CASE_STEP_KINDS: tuple[str, ...] = ("ingediend", "toegekend", "afgewezen", "vertrokken",
                                    "geschorst", "ingetrokken", "beeindigd", "teruggekeerd")
CASE_RECORD_KINDS: tuple[str, ...] = ("wijziging", "levensbewijs_ontvangen")
CASE_CHANGE = "wijziging"  # the one event that names the client-file fields it is about
CASE_EVENT_KINDS: tuple[str, ...] = CASE_STEP_KINDS + CASE_RECORD_KINDS

# The outcome of one condition of an eligibility check (core/rules/kinds.py), as a kept check
# records it.
MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
OUTCOMES: tuple[str, ...] = (MET, NOT_MET, UNKNOWN)

# The verdict of an eligibility check (core/rules/evaluate.py).
ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, CLOSED = "eligible", "not_eligible", "incomplete", "closed"
VERDICTS: tuple[str, ...] = (ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, CLOSED)


# -- the office's own registration (core/office): what the annual report counts ----------------
# What kind of place a spreekuur location is.
LOCATION_KINDS: tuple[str, ...] = ("gemeentehuis", "buurthuis", "bibliotheek", "kantoor",
                                   "religieus", "overig")
# The kind of partner organisation relation contacts are held with.
PARTNER_KINDS: tuple[str, ...] = ("gemeente", "maatschappelijke_organisatie", "consulaat",
                                  "uitvoeringsinstantie", "overig")
# What a relation-management contact with a partner was.
RELATION_KINDS: tuple[str, ...] = ("overleg", "voorlichting", "doorverwijzing", "netwerk",
                                   "overig")
# Who a group information session was for, with the names the report and the screens print;
# an office adds its own audiences (the synced `audiences` table, with a label of their own),
# which are valid beside these.
AUDIENCE_NAMES: dict[str, dict[str, str]] = {
    "turks": {"nl": "Turks", "en": "Turkish"},
    "marokkaans": {"nl": "Marokkaans", "en": "Moroccan"},
    "surinaams": {"nl": "Surinaams", "en": "Surinamese"},
    "vluchtelingen": {"nl": "Vluchtelingen", "en": "Refugees"},
    "professionals": {"nl": "Professionals", "en": "Professionals"},
    "gemengd": {"nl": "Gemengd", "en": "Mixed"},
    "overig": {"nl": "Overig", "en": "Other"},
}
AUDIENCES: tuple[str, ...] = tuple(AUDIENCE_NAMES)

# Words in a residence permit's type that make it an asylum permit (the file holds the type as
# written: "verblijfsvergunning asiel bepaalde tijd"): the eligibility check's target group and
# the annual report's refugees and asylum holders read it alike.
ASYLUM_WORDS: tuple[str, ...] = ("asiel", "asylum", "vluchteling", "refugee")
