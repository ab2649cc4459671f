"""The counts of the annual report, each one SQL query over the vault (docs/report.md defines
them; core.reports.annual shapes them into the report): for one calendar year, the clients
helped by background, their deepest service, refugees and asylum holders, contacts with clients
who already remigrated by country, applications guided, the national total entered by hand,
group sessions by audience, relation contacts and contacts per spreekuur city. Only counts
leave this module; an erased client counts nowhere (their rows are deleted).
"""

from __future__ import annotations

from typing import Any

from consultant_app.core.domain.vocabulary import ASYLUM_WORDS
from consultant_app.core.vault.database import sqlite_utils

UNKNOWN = "unknown"
# The deepest service a client can have in a year, from the contact kinds: extended guidance
# (and the aftercare of a running benefit) before everything else, which counts as intake.
EXTENDED = ("uitgebreide_begeleiding", "nazorg")
REMIGRATED_KIND = "reeds_geremigreerd"

_HELPED = """
    SELECT c.id, c.country_of_birth, c.nationalities, c.residence_permit, c.destination
    FROM clients c
    WHERE c.deleted = 0 AND c.id IN (
        SELECT client_id FROM contacts WHERE deleted = 0 AND date >= :start AND date < :end)
"""
_BACKGROUND = f"""
    WITH helped AS ({_HELPED})
    SELECT CASE
        WHEN coalesce(country_of_birth, '') = '' THEN '{UNKNOWN}'
        WHEN country_of_birth != 'NL' THEN country_of_birth
        ELSE coalesce((SELECT value FROM json_each(helped.nationalities)
                       WHERE value != 'NL' ORDER BY key LIMIT 1), 'NL')
    END AS background, count(*)
    FROM helped GROUP BY background
"""
_SERVICES = f"""
    SELECT max(kind IN ({", ".join(f"'{k}'" for k in EXTENDED)})) AS extended, client_id
    FROM contacts
    WHERE deleted = 0 AND date >= :start AND date < :end
      AND client_id IN (SELECT id FROM clients WHERE deleted = 0)
    GROUP BY client_id
"""
_REFUGEES = f"""
    WITH helped AS ({_HELPED})
    SELECT count(*) FROM helped
    WHERE {" OR ".join(f"lower(json_extract(residence_permit, '$.type')) LIKE '%{word}%'"
                       for word in ASYLUM_WORDS)}
"""
# A contact with someone who already remigrated: registered as such, or made after the client
# left under a case; counted by the country the client lives in now.
_REMIGRATED = f"""
    SELECT coalesce(nullif(json_extract(c.destination, '$.country'), ''), '{UNKNOWN}') AS land,
           count(*)
    FROM contacts k JOIN clients c ON c.id = k.client_id AND c.deleted = 0
    WHERE k.deleted = 0 AND k.date >= :start AND k.date < :end
      AND (k.kind = '{REMIGRATED_KIND}' OR k.date > (
            SELECT min(e.date) FROM case_events e
            WHERE e.client_id = k.client_id AND e.deleted = 0 AND e.kind = 'vertrokken'))
    GROUP BY land
"""
_APPLICATIONS = """
    SELECT count(DISTINCT e.case_id) FROM case_events e
    JOIN cases s ON s.id = e.case_id AND s.deleted = 0
    JOIN clients c ON c.id = s.client_id AND c.deleted = 0
    WHERE e.deleted = 0 AND e.kind = 'ingediend' AND e.date >= :start AND e.date < :end
"""
# Two laptops may enter the same year's figure before they sync: the first entered counts
# (the lowest id), as everywhere the office's rows meet (core.vault.office).
_NATIONAL = """
    SELECT value FROM external_figures
    WHERE deleted = 0 AND year = :year AND key = 'applications_total'
    ORDER BY id LIMIT 1
"""
_SESSIONS = """
    SELECT audience, count(*) FROM group_sessions
    WHERE deleted = 0 AND date >= :start AND date < :end GROUP BY audience
"""
_RELATIONS = """
    SELECT count(*) FROM relation_contacts
    WHERE deleted = 0 AND date >= :start AND date < :end
"""
_LOCATIONS = f"""
    SELECT coalesce(nullif(trim(l.city), ''), '{UNKNOWN}') AS city, count(*)
    FROM contacts k
    JOIN clients c ON c.id = k.client_id AND c.deleted = 0
    LEFT JOIN locations l ON l.id = k.location_id
    WHERE k.deleted = 0 AND k.date >= :start AND k.date < :end AND k.location_id IS NOT NULL
    GROUP BY city
"""


def year_counts(db: sqlite_utils.Database, year: int) -> dict[str, Any]:
    """The counts of one calendar year, in the report's shape (core.reports.shape) without
    `previous_year`; `source` is "vault"."""
    span = {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01", "year": year}

    def rows(sql: str) -> dict[str, int]:
        return {key: count for key, count in db.execute(sql, span).fetchall()}

    def one(sql: str) -> int | None:
        found = db.execute(sql, span).fetchone()
        return found[0] if found else None

    backgrounds = rows(_BACKGROUND)
    services = db.execute(_SERVICES, span).fetchall()
    extended = sum(1 for is_extended, _ in services if is_extended)
    guided = one(_APPLICATIONS) or 0
    national = one(_NATIONAL)
    sessions = rows(_SESSIONS)
    remigrated = rows(_REMIGRATED)
    return {
        "year": year, "source": "vault",
        "clients": {"total": sum(backgrounds.values()), "by_background": backgrounds},
        "services": {"intake": len(services) - extended, "uitgebreide_begeleiding": extended},
        "applications": {"guided": guided, "total": national,
                         "share": round(guided / national, 6) if national else None},
        "group_sessions": {"total": sum(sessions.values()), "by_audience": sessions},
        "remigrated_contacts": {"total": sum(remigrated.values()), "by_country": remigrated},
        "refugees": one(_REFUGEES) or 0,
        "relation_contacts": one(_RELATIONS) or 0,
        "locations": rows(_LOCATIONS),
    }


_REGISTERED = ("contacts", "group_sessions", "relation_contacts", "case_events")


def has_registration(db: sqlite_utils.Database, year: int) -> bool:
    """Whether anything the report counts was registered in `year`."""
    span = {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01"}
    return any(db.execute(f"SELECT 1 FROM {table} WHERE deleted = 0 AND date >= :start AND "
                          "date < :end LIMIT 1", span).fetchone()
               for table in _REGISTERED)


def registered_years(db: sqlite_utils.Database) -> list[int]:
    """The years in which anything the report counts was registered, oldest first: one
    index seek per table and year found (the first date on or after the next 1 January),
    not a scan of every contact."""
    years: set[int] = set()
    for table in _REGISTERED:
        start = "0000-01-01"
        while (row := db.execute(f"SELECT min(date) FROM {table} WHERE deleted = 0 AND "
                                 "date >= ?", [start]).fetchone()) and row[0]:
            year = int(row[0][:4])
            years.add(year)
            start = f"{year + 1:04d}-01-01"
    return sorted(years)
