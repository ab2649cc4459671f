"""Registry annual report benchmark: a team's annual report computed by the registry on PostgreSQL
(registry.reports.team_report), next to one raw SQL statement on the same database doing the same
counts straight from the `records` JSON (not part of the product, not a test).

What it measures, for one team of --clients synthetic clients with --contacts-per-client contacts
each on average, shaped like the demo's (core.demo through fill_demo, as bench/report_bench.py
makes them: households, contacts, notes, the demo's remigratie cases, and the office's
registration: locations, partners, relation contacts, group sessions, a fictitious national
total), made as on --today:

  product   team_report(conn, team, year) on a pooled connection of the registry's Store: the
            team's rows copied out of `records` into temporary tables of the vault's shape,
            the figures of core.reports.figures run on them for the year and the year before,
            checked against the report's shape. The first call, then min/median/max of --runs.
            "of which the copy" times the copy statements alone (core.reports.figures
            .scratch_tables) in a transaction of their own.
  raw       One SQL statement over a bare psycopg connection that computes the same counts for
            both years at once from `records` (each row's stored jsonb `document`), read back as
            JSON. min/median/max of --runs. Both sides' counts are compared: they must agree.
  CPU       beside the wall times, the CPU seconds of the PostgreSQL backend doing the work
            (from /proc; the server is on this machine): on a shared machine the wall time
            swings with other load, the CPU time much less. ratio = product / raw.

The registry's rows are not pushed through the sync API (50,000 clients and their rows take
minutes that way; bench/sync_bench.py measures that path): every synced table of the demo vault
is read and written into `records` as the registry's store writes a synced row (registry.sync:
row id, entity, team, the client's id, version, deleted, the synced content as canonical JSON,
who and when, a sequence number; a deleted row as a tombstone with empty fields), with COPY.
The vault's own report of the same rows (core ReportService) is compared with the registry's:
they must agree as well.

A database of its own is made on --pg-url's server (spreekuur_bench_<random>, dropped at the
end). With --vault the demo vault is kept in that folder (filled when absent, reused as it is
when present: before/after a change without refilling). Target of the issue: <= 2 s for 50,000
clients and 250,000 contacts on PostgreSQL.

    .venv/bin/python bench/registry_report_bench.py [--clients 50000] [--contacts-per-client 5]
                                     [--runs 5] [--today 2024-10-15] [--vault DIR] [--pg-url URL]

The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import secrets
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import _util
from _util import BENCH_PASSPHRASE, cpu_seconds, finish, table

import psycopg

from consultant_app.core.domain.entities import ENTITIES, TEAM_ROWS, canonical, content
from consultant_app.core.reports.service import ReportService
from consultant_app.core.vault.vault import DB_NAME, Vault
from consultant_app.registry import reports
from consultant_app.registry.store import Store

TEAM = "bench-team"
TARGET_S = 2.0

# The same definitions as core.reports.figures (docs/report.md), written once as one statement
# over `records`: a row per year with every count as JSON. `destination`, `nationalities` and
# `residence_permit` are JSON text inside the row's JSON, as the vault keeps them.
RAW = """
WITH span(year, start, stop) AS (VALUES (%(year)s, %(start)s, %(stop)s),
                                        (%(year)s - 1, %(pstart)s, %(start)s)),
docs AS MATERIALIZED (
    SELECT row_id, entity, deleted, document AS f FROM records
    WHERE team = %(team)s AND entity IN ('clients', 'contacts', 'cases', 'case_events',
          'group_sessions', 'relation_contacts', 'locations', 'external_figures')),
live AS MATERIALIZED (
    SELECT row_id AS id, f ->> 'country_of_birth' AS born, f ->> 'nationalities' AS nationalities,
           f ->> 'residence_permit' AS permit, f ->> 'destination' AS destination
    FROM docs WHERE entity = 'clients' AND deleted = 0),
k AS MATERIALIZED (
    SELECT s.year, c.client_id, c.kind, c.date, c.location_id
    FROM (SELECT f ->> 'client_id' AS client_id, f ->> 'kind' AS kind, f ->> 'date' AS date,
                 f ->> 'location_id' AS location_id
          FROM docs WHERE entity = 'contacts' AND deleted = 0) c
    JOIN span s ON c.date >= s.start AND c.date < s.stop
    WHERE c.client_id IN (SELECT id FROM live)),
events AS MATERIALIZED (
    SELECT f ->> 'case_id' AS case_id, f ->> 'client_id' AS client_id, f ->> 'kind' AS kind,
           f ->> 'date' AS date
    FROM docs WHERE entity = 'case_events' AND deleted = 0),
cases AS MATERIALIZED (
    SELECT row_id AS id, f ->> 'client_id' AS client_id FROM docs
    WHERE entity = 'cases' AND deleted = 0),
places AS MATERIALIZED (
    SELECT row_id AS id, f ->> 'city' AS city FROM docs WHERE entity = 'locations'),
helped AS MATERIALIZED (
    SELECT year, client_id,
           max(CASE WHEN kind IN ('uitgebreide_begeleiding', 'nazorg') THEN 1 ELSE 0 END)
           AS extended
    FROM k GROUP BY year, client_id),
person AS MATERIALIZED (
    SELECT h.year, l.born, CAST(nullif(l.nationalities, '') AS jsonb) AS nationalities,
           lower(CAST(nullif(l.permit, '') AS jsonb) ->> 'type') AS permit
    FROM helped h JOIN live l ON l.id = h.client_id),
background AS (
    SELECT year, CASE
        WHEN coalesce(born, '') = '' THEN 'unknown'
        WHEN born <> 'NL' THEN born
        ELSE coalesce((SELECT n.value FROM jsonb_array_elements_text(nationalities)
                       WITH ORDINALITY AS n(value, key) WHERE n.value <> 'NL'
                       ORDER BY n.key LIMIT 1), 'NL') END AS bg,
        count(*) AS n,
        sum(CASE WHEN strpos(permit, 'asiel') > 0 OR strpos(permit, 'asylum') > 0
                   OR strpos(permit, 'vluchteling') > 0 OR strpos(permit, 'refugee') > 0
            THEN 1 ELSE 0 END) AS refugees
    FROM person GROUP BY year, bg),
departed AS (
    SELECT client_id, min(date) AS left_on FROM events WHERE kind = 'vertrokken'
    GROUP BY client_id),
remigrated AS (
    SELECT k.year, coalesce(nullif(CAST(nullif(l.destination, '') AS jsonb) ->> 'country', ''),
                            'unknown') AS land, count(*) AS n
    FROM k JOIN live l ON l.id = k.client_id LEFT JOIN departed d ON d.client_id = k.client_id
    WHERE k.kind = 'reeds_geremigreerd' OR k.date > d.left_on GROUP BY k.year, land),
cities AS (
    SELECT k.year, coalesce(nullif(trim(p.city), ''), 'unknown') AS city, count(*) AS n
    FROM k LEFT JOIN places p ON p.id = k.location_id
    WHERE k.location_id IS NOT NULL GROUP BY k.year, 2),
guided AS (
    SELECT s.year, count(DISTINCT e.case_id) AS n
    FROM span s JOIN events e ON e.kind = 'ingediend' AND e.date >= s.start
         AND e.date < s.stop
    JOIN cases c ON c.id = e.case_id JOIN live l ON l.id = c.client_id
    GROUP BY s.year),
sessions AS (
    SELECT s.year, g.f ->> 'audience' AS audience, count(*) AS n
    FROM span s JOIN docs g ON g.entity = 'group_sessions' AND g.deleted = 0
         AND g.f ->> 'date' >= s.start AND g.f ->> 'date' < s.stop
    GROUP BY s.year, 2)
SELECT s.year, jsonb_build_object(
    'by_background', (SELECT coalesce(jsonb_object_agg(bg, n), '{}') FROM background b
                      WHERE b.year = s.year),
    'refugees', (SELECT coalesce(sum(refugees), 0) FROM background b WHERE b.year = s.year),
    'extended', (SELECT coalesce(sum(extended), 0) FROM helped h WHERE h.year = s.year),
    'helped', (SELECT count(*) FROM helped h WHERE h.year = s.year),
    'guided', coalesce((SELECT n FROM guided g WHERE g.year = s.year), 0),
    'national', (SELECT CAST(f ->> 'value' AS bigint) FROM docs
                 WHERE entity = 'external_figures' AND deleted = 0
                   AND CAST(f ->> 'year' AS bigint) = s.year
                   AND f ->> 'key' = 'applications_total' ORDER BY row_id LIMIT 1),
    'by_audience', (SELECT coalesce(jsonb_object_agg(audience, n), '{}') FROM sessions g
                    WHERE g.year = s.year),
    'by_country', (SELECT coalesce(jsonb_object_agg(land, n), '{}') FROM remigrated m
                   WHERE m.year = s.year),
    'relations', (SELECT count(*) FROM docs WHERE entity = 'relation_contacts' AND deleted = 0
                  AND f ->> 'date' >= s.start AND f ->> 'date' < s.stop),
    'locations', (SELECT coalesce(jsonb_object_agg(city, n), '{}') FROM cities p
                  WHERE p.year = s.year))
FROM span s
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    _util.report_vault_arguments(parser)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test",
                        help="a PostgreSQL database to connect to for creating the bench one")
    args = parser.parse_args()
    year = args.today.year
    with _util.report_vault_figures("registry_report_bench", args) as (folder, figures):
        vault = Vault.unlock(folder, BENCH_PASSPHRASE)
        try:
            laptop = ReportService(vault).annual(year)
            with database(args.pg_url) as url:
                store = Store.open(url, pool_size=2)
                try:
                    started = time.perf_counter()
                    figures["content"] = load(store, folder / DB_NAME, vault.data_key)
                    figures["load_s"] = round(time.perf_counter() - started, 1)
                    with psycopg.connect(url, autocommit=True) as admin:
                        admin.execute("VACUUM ANALYZE records")
                        version = admin.execute("SHOW server_version").fetchone()[0]
                    figures["postgresql"] = version.split()[0]
                    print(f"registry records of team {TEAM} (PostgreSQL {figures['postgresql']}"
                          f"): {', '.join(f'{k} {v:,}' for k, v in figures['content'].items())}"
                          f" (demo filled in {figures['fill_s']} s, loaded in "
                          f"{figures['load_s']} s, not timed below)")
                    figures["report"] = measure(store, url, year, args.runs, laptop)
                finally:
                    store.close()
        finally:
            vault.close()
    finish(figures, report)


class database:
    """A PostgreSQL database of its own on the server of `pg_url`, dropped on the way out."""

    def __init__(self, pg_url: str):
        self.pg_url = pg_url
        self.name = f"spreekuur_bench_{secrets.token_hex(4)}"

    def __enter__(self) -> str:
        with psycopg.connect(self.pg_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {self.name}")
        return urlsplit(self.pg_url)._replace(path=f"/{self.name}").geturl()

    def __exit__(self, *exc: object) -> None:
        with psycopg.connect(self.pg_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


def load(store: Store, path: Path, key: bytes) -> dict[str, int]:
    """Every synced row of the vault into `records`, as the registry keeps a synced row."""
    raw = _util.raw_connect(path, key)
    counts, seq = {}, 0
    try:
        with store.connection() as conn, conn.raw.cursor() as cursor:
            with cursor.copy("COPY records (row_id, entity, team, client_id, version, deleted, "
                             "fields, created_at, created_by, changed_at, changed_by, last_seq) "
                             "FROM STDIN") as copy:
                for entity, columns in ENTITIES.items():
                    own = entity == "clients" or entity in TEAM_ROWS
                    counts[entity] = 0
                    rows = raw.execute(
                        f"SELECT id, version, deleted, created_at, created_by, changed_at, "
                        f"changed_by, {', '.join(columns)} FROM {entity} ORDER BY rid")
                    for row in rows:
                        values = dict(zip(columns, row[7:]))
                        seq += 1
                        client_id = row[0] if own else values["client_id"]
                        fields = {} if row[2] else content(entity, values)
                        copy.write_row((row[0], entity, TEAM, client_id, row[1], row[2],
                                        canonical(fields), *row[3:7], seq))
                        counts[entity] += 1
            conn.execute("UPDATE counters SET value = ? WHERE name = 'seq'", [seq])
    finally:
        raw.close()
    return {entity: n for entity, n in counts.items() if n}


class DatabaseCpu:
    """CPU seconds the PostgreSQL backends serving the measured work spent (read from /proc:
    the server runs on this machine), beside the wall time: less swayed by other load."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    @contextlib.contextmanager
    def of(self, backend_pid: int) -> Iterator[None]:
        before = cpu_seconds(backend_pid)
        yield
        self.seconds.append(cpu_seconds(backend_pid) - before)


def product_report(store: Store, year: int, cpu: DatabaseCpu) -> dict:
    with store.connection() as conn, cpu.of(conn.raw.info.backend_pid):
        return reports.team_report(conn, TEAM, year)


def copy_only(store: Store, year: int, cpu: DatabaseCpu) -> None:
    """The copy into temporary tables alone (what team_report does before the figures)."""
    with store.connection() as conn, cpu.of(conn.raw.info.backend_pid), conn.scratch():
        reports.copy_team(conn, TEAM, year)


def raw_report(conn: psycopg.Connection, year: int, cpu: DatabaseCpu) -> dict[int, dict]:
    span = {"year": year, "start": f"{year:04d}-01-01", "stop": f"{year + 1:04d}-01-01",
            "pstart": f"{year - 1:04d}-01-01", "team": TEAM}
    with cpu.of(conn.info.backend_pid), conn.transaction():
        conn.execute("SET LOCAL work_mem = '64MB'")  # as the product's transaction
        # The planner cannot know how many rows a CTE's filter keeps (it guesses 1) and would
        # join 50,000 by 50,000 in nested loops; hash joins are what this statement needs. (Off
        # is a huge cost, which would make PostgreSQL spend a second compiling it: no JIT.)
        conn.execute("SET LOCAL enable_nestloop = off")
        conn.execute("SET LOCAL jit = off")
        return {y: found for y, found in conn.execute(RAW, span).fetchall()}


def timed(work, runs: int) -> tuple[list[float], object]:
    seconds, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def spread(seconds: list[float]) -> dict[str, float]:
    return {"min": round(min(seconds), 3), "median": round(statistics.median(seconds), 3),
            "max": round(max(seconds), 3)}


def measure(store: Store, url: str, year: int, runs: int, laptop: dict) -> dict:
    started = time.perf_counter()
    product = product_report(store, year, DatabaseCpu())
    first_s = time.perf_counter() - started
    cpu = {"product": DatabaseCpu(), "copy": DatabaseCpu(), "raw": DatabaseCpu()}
    warm, _ = timed(lambda: product_report(store, year, cpu["product"]), runs)
    copying, _ = timed(lambda: copy_only(store, year, cpu["copy"]), runs)
    with psycopg.connect(url, autocommit=True) as conn:
        plain, found = timed(lambda: raw_report(conn, year, cpu["raw"]), runs)
    agree = _util.report_counts_agree(found, product, year)
    as_laptop = {**product, "source": laptop["source"],
                 "previous_year": {**product["previous_year"], "source": laptop["source"]}}
    laptop_agrees = as_laptop == laptop
    if not laptop_agrees:
        print("laptop:", json.dumps(laptop, sort_keys=True))
        print("registry:", json.dumps(product, sort_keys=True))
    product_s, raw_s = statistics.median(warm), statistics.median(plain)
    return {"first_s": round(first_s, 3), "product_s": spread(warm), "copy_s": spread(copying),
            "raw_s": spread(plain), "ratio": round(product_s / raw_s, 2), "runs": runs,
            "db_cpu_s": {name: spread(c.seconds) for name, c in cpu.items()},
            "counts_agree": agree, "laptop_agrees": laptop_agrees,
            "helped": product["clients"]["total"],
            "contacts_in_year": sum(product["locations"].values())}


def report(f: dict) -> None:
    r = f["report"]
    p, c, w = r["product_s"], r["copy_s"], r["raw_s"]
    db = r["db_cpu_s"]
    cpu_ratio = round(db["product"]["median"] / db["raw"]["median"], 2)
    print()
    print(table([
        ("team report, first call", r["first_s"], "", "", "", "s"),
        (f"team report (of {r['runs']})", p["min"], p["median"], p["max"], r["ratio"], "s"),
        ("  of which the copy (alone)", c["min"], c["median"], c["max"], "", "s"),
        (f"raw SQL on records (of {r['runs']})", w["min"], w["median"], w["max"], "", "s"),
        ("team report: PostgreSQL CPU", *db["product"].values(), cpu_ratio, "s"),
        ("  of which the copy (alone)", *db["copy"].values(), "", "s"),
        ("raw SQL: PostgreSQL CPU", *db["raw"].values(), "", "s"),
    ], ("figure", "min", "median", "max", "ratio", "unit")))
    print(f"clients helped in {f['year']}: {r['helped']:,}; contacts at a location: "
          f"{r['contacts_in_year']:,}; counts agree with raw: {r['counts_agree']}; "
          f"with the laptop's own report of the same rows: {r['laptop_agrees']}")
    verdict = "meets" if p["median"] <= TARGET_S else "MISSES"
    print(f"target: <= {TARGET_S:g} s on PostgreSQL: median {p['median']} s {verdict} it "
          f"(ratio to raw {r['ratio']}); load average {f['load']}; max RSS {f['max_rss_mb']} MB")


if __name__ == "__main__":
    main()
