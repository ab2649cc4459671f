"""The annual report's figures, each declared once as SQL over the vault's tables, and rendered
for the three databases that run them: a laptop's vault (SQLite), the registry on PostgreSQL and
the registry's SQLite demo. docs/report.md defines the figures in words; this module is where
they are counted.

A figure is written against the vault's table and column names (`clients`, `contacts`,
`case_events`...). The vault runs it as it stands. The registry keeps every synced row in one
table, `records`, with the row's columns as a JSON object in `fields`; there the team's rows that
the two years counted need (KEEP) are first copied into temporary tables of the vault's shape
(scratch_tables: each JSON document read once), so the very same figure runs on them. The little
that differs between SQLite and PostgreSQL (reading a value out of JSON text, the first element
of a JSON list, a substring test) is said by a Dialect. `year_counts` turns the figures' rows into the
report's shape (core.reports.shape) whichever database ran them: only counts leave it.

No Qt and no vault import here: the registry runs this module too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from consultant_app.core.domain.vocabulary import ASYLUM_WORDS

UNKNOWN = "unknown"
# The deepest service a client can have in a year, from the contact kinds: extended guidance
# (and the aftercare of a running benefit) before everything else, which counts as intake.
EXTENDED = ("uitgebreide_begeleiding", "nazorg")
REMIGRATED_KIND = "reeds_geremigreerd"
# Tables whose dated rows make a year "registered" (a report of a year without any is refused).
REGISTRATION_TABLES = ("contacts", "group_sessions", "relation_contacts", "case_events")

# The columns of the vault's tables the figures read, in the registry's terms: the JSON type of
# each (text, or an integer). `id` and `deleted` come with every table.
COLUMNS: dict[str, dict[str, str]] = {
    "clients": {"country_of_birth": "text", "nationalities": "text",
                "residence_permit": "text", "destination": "text"},
    "contacts": {"client_id": "text", "date": "text", "kind": "text", "location_id": "text"},
    "cases": {"client_id": "text"},
    "case_events": {"client_id": "text", "case_id": "text", "kind": "text", "date": "text"},
    "external_figures": {"year": "integer", "key": "text", "value": "integer"},
    "group_sessions": {"date": "text", "audience": "text"},
    "relation_contacts": {"date": "text"},
    "locations": {"city": "text"},
}

# What the figures join on.
INDEXED = {"clients": ("id",), "cases": ("id",), "locations": ("id",)}


# -- dialects ----------------------------------------------------------------------------------
class Dialect:
    """SQLite's spelling (the vault's and the registry demo's); PostgreSQL overrides it."""

    name = "sqlite"

    def json_get(self, expr: str, key: str) -> str:
        """The text (or number) under `key` of a JSON object held as text in `expr`."""
        return f"json_extract({expr}, '$.{key}')"

    def first_other(self, expr: str, excluded: str) -> str:
        """The first element, in list order, of a JSON list held as text, that is not
        `excluded` (NULL when there is none)."""
        return (f"(SELECT value FROM json_each({expr}) WHERE value != '{excluded}' "
                "ORDER BY key LIMIT 1)")

    def contains(self, expr: str, word: str) -> str:
        """`expr` holds `word` (lower-case ASCII) somewhere."""
        return f"{expr} LIKE '%{word}%'"

    def field(self, column: str, kind: str) -> str:
        """A column of a registry row, read from its `fields` JSON."""
        return f"json_extract(fields, '$.{column}')"

    def rows_of(self, columns: str, record_filter: str, where: str | None = None) -> str:
        """`columns` of the registry's rows that pass `record_filter` (on the columns of
        `records`) and `where` (on the row's fields, as `field` reads them)."""
        return f"SELECT {columns} FROM records WHERE {record_filter}" + (
            f" AND ({where})" if where else "")

    def analyze(self, table: str) -> list[str]:
        """What makes the planner know a new temporary table (SQLite plans without)."""
        return []

    def settings(self) -> list[str]:
        """Settings for the transaction the registry counts in."""
        return []


class PostgreSQL(Dialect):
    """PostgreSQL's spelling (the registry in production). Literal `%` is avoided: the
    registry's driver reads it as a placeholder."""

    name = "postgresql"

    @staticmethod
    def _jsonb(expr: str) -> str:
        return f"CAST(nullif({expr}, '') AS jsonb)"

    def json_get(self, expr: str, key: str) -> str:
        return f"({self._jsonb(expr)} ->> '{key}')"

    def first_other(self, expr: str, excluded: str) -> str:
        return (f"(SELECT n.value FROM jsonb_array_elements_text({self._jsonb(expr)}) "
                f"WITH ORDINALITY AS n(value, key) WHERE n.value <> '{excluded}' "
                "ORDER BY n.key LIMIT 1)")

    def contains(self, expr: str, word: str) -> str:
        return f"strpos({expr}, '{word}') > 0"

    def field(self, column: str, kind: str) -> str:
        value = f"(f ->> '{column}')"
        return f"CAST({value} AS bigint)" if kind == "integer" else value

    def rows_of(self, columns: str, record_filter: str, where: str | None = None) -> str:
        # `document`: the row's fields as stored jsonb (registry.store), read without parsing.
        # OFFSET 0 keeps the planner from pulling the expressions up into every column.
        return (f"SELECT {columns} FROM (SELECT row_id, deleted, document AS f "
                f"FROM records WHERE {record_filter} OFFSET 0) r"
                + (f" WHERE {where}" if where else ""))

    def analyze(self, table: str) -> list[str]:
        # Autovacuum never looks at a temporary table: without this, joins are planned blind.
        return [f"ANALYZE {table}"]

    def settings(self) -> list[str]:
        # For this transaction only: grouping 50,000 clients spills to disk at the default
        # 4 MB of work_mem; compiling the statements (JIT, above its cost threshold at that
        # size) took longer than it saved (0.4 s of 2.8 s in bench/registry_report_bench.py);
        # and ANALYZE of the copies needs row counts and rough distinct counts only, which a
        # sample of 3,000 rows gives as well as one of 30,000 (0.1 s less).
        return ["SET LOCAL work_mem = '64MB'", "SET LOCAL jit = off",
                "SET LOCAL default_statistics_target = 10"]


SQLITE = Dialect()
POSTGRES = PostgreSQL()
DIALECTS = {SQLITE.name: SQLITE, POSTGRES.name: POSTGRES}


# -- the registry's rows as the vault's tables -------------------------------------------------
@dataclass(frozen=True)
class Keep:
    """Which of a team's rows of a table the copy for a report keeps: `where`, a condition on
    the row's columns (None: all), and `ids`, a query over the tables copied before it giving
    the row ids to keep (None: any)."""

    where: Callable[[Dialect], str] | None = None
    ids: str | None = None


def _in_span(d: Dialect) -> str:
    date = d.field("date", "text")
    return f"{date} >= :start AND {date} < :end"


def _in_span_or_departure(d: Dialect) -> str:
    return f"({_in_span(d)}) OR {d.field('kind', 'text')} = 'vertrokken'"


# What the copy for the report of a year keeps (`:start` to `:end` spanning the year asked and
# the year before, the two years `annual` counts), in the order it copies: the registration
# dated in those years; every departure (`vertrokken`) whatever its date, because a contact
# counts as one with someone who already remigrated when it was made after the client's first
# departure, which may lie years before; the cases of the copied events; the clients the copied
# contacts and cases name (every figure about a client starts from a contact of the year or,
# for applications, from a case); the office's few locations and external figures whole. Every
# figure reads only these rows (a test checks that registration outside the two years and an
# old departure leave the counts as they are).
KEEP: dict[str, Keep] = {
    "contacts": Keep(_in_span),
    "group_sessions": Keep(_in_span),
    "relation_contacts": Keep(_in_span),
    "case_events": Keep(_in_span_or_departure),
    "cases": Keep(ids="SELECT case_id FROM case_events"),
    "clients": Keep(ids="SELECT client_id FROM contacts UNION SELECT client_id FROM cases"),
    "locations": Keep(),
    "external_figures": Keep(),
}
assert set(KEEP) == set(COLUMNS)


def copy_span(year: int, **extra: Any) -> dict[str, Any]:
    """The parameters of scratch_tables for the report of `year` (with the year before)."""
    return {"start": span(year - 1)["start"], "end": span(year)["end"], **extra}


def scratch_tables(d: Dialect) -> list[str]:
    """The statements that copy what one team's (`:team`) report of a year needs out of the
    registry's `records` into temporary tables of the vault's shape (`id`, `deleted` and the
    columns in COLUMNS, deleted rows included as the vault keeps them, so far as KEEP keeps
    them), with the indexes the figures join on; `:start` and `:end` are copy_span's. Each
    JSON document is read once here, not once per figure; the caller runs them in a
    transaction it throws away."""
    statements = d.settings()
    for table, keep in KEEP.items():
        columns = COLUMNS[table]
        selected = ", ".join(["row_id AS id", "deleted"] + [
            f"{d.field(column, kind)} AS {column}" for column, kind in columns.items()])
        record_filter = f"entity = '{table}' AND team = :team" + (
            f" AND row_id IN ({keep.ids})" if keep.ids else "")
        rows = d.rows_of(selected, record_filter, keep.where(d) if keep.where else None)
        statements.append(f"CREATE TEMP TABLE {table} AS {rows}")
        statements += [f"CREATE INDEX {table}_{column} ON {table} ({column})"
                       for column in INDEXED.get(table, ())]
        statements += d.analyze(table)
    return statements


# -- the figures -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One count: its query and the named sets it uses (`WITH name AS ...`, in order), written
    against the vault's tables (COLUMNS lists what they read), with `:start`, `:end` (the year
    as a half-open range of ISO dates) and `:year`."""

    name: str
    body: Callable[[Dialect], str]
    sets: tuple[str, ...] = ()


def _helped(d: Dialect) -> str:
    """The clients helped in the year: at least one contact in it."""
    return """
    SELECT c.id, c.country_of_birth, c.nationalities, c.residence_permit, c.destination
    FROM clients c
    WHERE c.deleted = 0 AND c.id IN (
        SELECT client_id FROM contacts WHERE deleted = 0 AND date >= :start AND date < :end)"""


def _departed(d: Dialect) -> str:
    """Each client who left under a case, with the first day they left (once per client, not
    looked up again for each contact)."""
    return """
    SELECT client_id, min(date) AS left_on FROM case_events
    WHERE deleted = 0 AND kind = 'vertrokken' GROUP BY client_id"""


SETS: dict[str, Callable[[Dialect], str]] = {"helped": _helped, "departed": _departed}


def _background(d: Dialect) -> str:
    """Born abroad: the country of birth; born in the Netherlands: the first other
    nationality, else NL; no country of birth: unknown."""
    return f"""
    SELECT background, count(*) FROM (
        SELECT CASE
            WHEN coalesce(country_of_birth, '') = '' THEN '{UNKNOWN}'
            WHEN country_of_birth != 'NL' THEN country_of_birth
            ELSE coalesce({d.first_other("helped.nationalities", "NL")}, 'NL')
        END AS background
        FROM helped) b
    GROUP BY background"""


def _services(d: Dialect) -> str:
    """Per client helped, whether any contact of the year was extended guidance."""
    extended = ", ".join(f"'{kind}'" for kind in EXTENDED)
    return f"""
    SELECT count(*) - sum(extended), sum(extended) FROM (
        SELECT max(CASE WHEN kind IN ({extended}) THEN 1 ELSE 0 END) AS extended
        FROM contacts
        WHERE deleted = 0 AND date >= :start AND date < :end
          AND client_id IN (SELECT id FROM clients WHERE deleted = 0)
        GROUP BY client_id) s"""


def _refugees(d: Dialect) -> str:
    permit = f"lower({d.json_get('residence_permit', 'type')})"
    return f"""
    SELECT count(*) FROM helped
    WHERE {" OR ".join(d.contains(permit, word) for word in ASYLUM_WORDS)}"""


def _remigrated(d: Dialect) -> str:
    """A contact with someone who already remigrated: registered as such, or made after the
    client left under a case; counted by the country the client lives in now."""
    return f"""
    SELECT coalesce(nullif({d.json_get('c.destination', 'country')}, ''), '{UNKNOWN}') AS land,
           count(*)
    FROM contacts k JOIN clients c ON c.id = k.client_id AND c.deleted = 0
    LEFT JOIN departed v ON v.client_id = k.client_id
    WHERE k.deleted = 0 AND k.date >= :start AND k.date < :end
      AND (k.kind = '{REMIGRATED_KIND}' OR k.date > v.left_on)
    GROUP BY 1"""


def _applications(d: Dialect) -> str:
    return """
    SELECT count(DISTINCT e.case_id) FROM case_events e
    JOIN cases s ON s.id = e.case_id AND s.deleted = 0
    JOIN clients c ON c.id = s.client_id AND c.deleted = 0
    WHERE e.deleted = 0 AND e.kind = 'ingediend' AND e.date >= :start AND e.date < :end"""


def _national(d: Dialect) -> str:
    """Two laptops may enter the same year's figure before they sync: the first entered counts
    (the lowest id), as everywhere the office's rows meet (core.vault.office)."""
    return """
    SELECT value FROM external_figures
    WHERE deleted = 0 AND year = :year AND key = 'applications_total'
    ORDER BY id LIMIT 1"""


def _sessions(d: Dialect) -> str:
    return """
    SELECT audience, count(*) FROM group_sessions
    WHERE deleted = 0 AND date >= :start AND date < :end GROUP BY 1"""


def _relations(d: Dialect) -> str:
    return """
    SELECT count(*) FROM relation_contacts
    WHERE deleted = 0 AND date >= :start AND date < :end"""


def _locations(d: Dialect) -> str:
    return f"""
    SELECT coalesce(nullif(trim(l.city), ''), '{UNKNOWN}') AS city, count(*)
    FROM contacts k
    JOIN clients c ON c.id = k.client_id AND c.deleted = 0
    LEFT JOIN locations l ON l.id = k.location_id
    WHERE k.deleted = 0 AND k.date >= :start AND k.date < :end AND k.location_id IS NOT NULL
    GROUP BY 1"""


FIGURES: dict[str, Figure] = {f.name: f for f in (
    Figure("backgrounds", _background, ("helped",)),
    Figure("services", _services),
    Figure("refugees", _refugees, ("helped",)),
    Figure("remigrated", _remigrated, ("departed",)),
    Figure("applications", _applications),
    Figure("national", _national),
    Figure("sessions", _sessions),
    Figure("relations", _relations),
    Figure("locations", _locations),
)}


def _registered(table: str) -> Figure:
    return Figure(f"registered_{table}", lambda d: (
        f"SELECT 1 FROM {table} WHERE deleted = 0 AND date >= :start AND date < :end LIMIT 1"))


REGISTERED = tuple(_registered(table) for table in REGISTRATION_TABLES)


# -- rendering and running ---------------------------------------------------------------------
_PARAM = re.compile(r"(?<![:\w]):(start|end|year|team)\b")


def render(figure: Figure, d: Dialect) -> str:
    """The figure's SQL in dialect `d`, with named parameters (:start, :end, :year)."""
    ctes = [f"{name} AS ({SETS[name](d)})" for name in figure.sets]
    body = figure.body(d)
    return f"WITH {', '.join(ctes)} {body}" if ctes else body


def positional(sql: str, values: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """Named parameters as `?` with their values in order (the registry's SQL)."""
    order: list[Any] = []

    def mark(match: re.Match) -> str:
        order.append(values[match.group(1)])
        return "?"
    return _PARAM.sub(mark, sql), order


# Runs one figure's SQL with the year's named values and returns its rows.
Run = Callable[[Figure, Mapping[str, Any]], list[tuple]]


@cache
def _sql(figure: Figure, d: Dialect) -> str:
    return render(figure, d)


def runner(execute: Callable[[str, Any], list[tuple]], d: Dialect, *,
           named: bool = True) -> Run:
    """A Run over a database: `execute(sql, params)` returns the rows; `named` parameters as
    a mapping (sqlite3's `:name`), else `?` with a list (the registry's SQL)."""
    def run(figure: Figure, values: Mapping[str, Any]) -> list[tuple]:
        if named:
            return execute(_sql(figure, d), dict(values))
        return execute(*positional(_sql(figure, d), values))
    return run


def span(year: int, **extra: Any) -> dict[str, Any]:
    return {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01", "year": year,
            **extra}


def has_registration(run: Run, year: int, **extra: Any) -> bool:
    """Whether anything the report counts was registered in `year`."""
    values = span(year, **extra)
    return any(run(figure, values) for figure in REGISTERED)


def year_counts(run: Run, year: int, source: str, **extra: Any) -> dict[str, Any]:
    """The counts of one calendar year in the report's shape (core.reports.shape) without
    `previous_year`; `extra` holds further parameters (the registry's `team`)."""
    values = span(year, **extra)

    def rows(name: str) -> dict[str, int]:
        return {key: int(count) for key, count in run(FIGURES[name], values)}

    def one(name: str) -> Any:
        found = run(FIGURES[name], values)
        return found[0][0] if found else None

    backgrounds = rows("backgrounds")
    intake, extended = run(FIGURES["services"], values)[0]
    guided = int(one("applications") or 0)
    national = one("national")
    national = int(national) if national is not None else None
    sessions = rows("sessions")
    remigrated = rows("remigrated")
    return {
        "year": year, "source": source,
        "clients": {"total": sum(backgrounds.values()), "by_background": backgrounds},
        "services": {"intake": int(intake or 0), "uitgebreide_begeleiding": int(extended or 0)},
        "applications": {"guided": guided, "total": national,
                         "share": round(guided / national, 6) if national else None},
        "group_sessions": {"total": sum(sessions.values()), "by_audience": sessions},
        "remigrated_contacts": {"total": sum(remigrated.values()), "by_country": remigrated},
        "refugees": int(one("refugees") or 0),
        "relation_contacts": int(one("relations") or 0),
        "locations": rows("locations"),
    }


def annual(run: Run, year: int, source: str, **extra: Any) -> dict[str, Any] | None:
    """The report of `year` with `previous_year` (None when nothing was registered then);
    None when nothing the report counts was registered in `year`."""
    if not has_registration(run, year, **extra):
        return None
    report = year_counts(run, year, source, **extra)
    report["previous_year"] = (year_counts(run, year - 1, source, **extra)
                               if has_registration(run, year - 1, **extra) else None)
    return report
