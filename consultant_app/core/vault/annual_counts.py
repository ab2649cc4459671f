"""The counts of the annual report over the vault: the figures declared once in
core.reports.figures (docs/report.md defines them), run on this vault's own tables. For one
calendar year, the clients helped by background, their deepest service, refugees and asylum
holders, contacts with clients who already remigrated by country, applications guided, the
national total entered by hand, group sessions by audience, relation contacts and contacts per
spreekuur city. Only counts leave this module; an erased client counts nowhere (their rows are
deleted). The registry runs the same figures over its synced rows (registry/reports.py).
"""

from __future__ import annotations

from typing import Any

from consultant_app.core.reports import figures
from consultant_app.core.vault.database import sqlite_utils

SOURCE = "vault"


def _runner(db: sqlite_utils.Database) -> figures.Run:
    return figures.runner(lambda sql, params: db.execute(sql, params).fetchall(),
                          figures.SQLITE)


def year_counts(db: sqlite_utils.Database, year: int) -> dict[str, Any]:
    """The counts of one calendar year, in the report's shape (core.reports.shape) without
    `previous_year`; `source` is "vault"."""
    return figures.year_counts(_runner(db), year, SOURCE)


def has_registration(db: sqlite_utils.Database, year: int) -> bool:
    """Whether anything the report counts was registered in `year`."""
    return figures.has_registration(_runner(db), year)


def registered_years(db: sqlite_utils.Database) -> list[int]:
    """The years in which anything the report counts was registered, oldest first: one
    index seek per table and year found (the first date on or after the next 1 January),
    not a scan of every contact."""
    years: set[int] = set()
    for table in figures.REGISTRATION_TABLES:
        start = "0000-01-01"
        while (row := db.execute(f"SELECT min(date) FROM {table} WHERE deleted = 0 AND "
                                 "date >= ?", [start]).fetchone()) and row[0]:
            year = int(row[0][:4])
            years.add(year)
            start = f"{year + 1:04d}-01-01"
    return sorted(years)
