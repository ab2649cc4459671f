"""Annual report benchmark: `report annual` over a large demo vault, next to the same counts done
by one raw SQL query over plain sqlcipher3 (not part of the product, not a test).

What it measures, on a demo vault of --clients synthetic clients with --contacts-per-client
contacts each on average (core.demo through fill_demo: households, contacts, notes, the demo's
remigratie cases, and the office's registration: locations, partners, relation contacts, group
sessions, a fictitious national total), made as on --today (a day the scheme took applications,
so every table of the report is filled):

  product   ReportService.annual(year): the counts of the year and the year before
            (core.vault.annual_counts, one query per count), checked against the report's
            shape, the request logged. The first call (cold caches) and the median of --runs.
  raw       One SQL statement over a bare sqlcipher3 connection (same key, same PRAGMAs) that
            computes the same counts for both years at once, read back as JSON. Median of
            --runs. Both sides' counts are compared: they must agree.

With --plans, EXPLAIN QUERY PLAN of every product query is printed (to find a scan where an
index would do). Target of the issue: <= 2 s for 50,000 clients and 250,000 contacts.

    .venv/bin/python bench/report_bench.py [--clients 50000] [--contacts-per-client 5]
                                           [--runs 5] [--today 2024-10-15] [--plans]

The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import _util
from _util import BENCH_PASSPHRASE, finish, table

from consultant_app.core.reports.service import ReportService
from consultant_app.core.reports import figures as figures_sql
from consultant_app.core.vault.vault import DB_NAME, Vault

# The same definitions as core.vault.annual_counts (docs/report.md), written once as a single
# statement: a row per year with every count as JSON.
RAW = """
WITH span(year, start, stop) AS (VALUES (:year, :start, :stop), (:year - 1, :pstart, :start)),
live AS (SELECT id, country_of_birth, nationalities, residence_permit, destination
         FROM clients WHERE deleted = 0),
k AS MATERIALIZED (SELECT s.year, k.client_id, k.kind, k.date, k.location_id
      FROM span s JOIN contacts k ON k.date >= s.start AND k.date < s.stop AND k.deleted = 0
      JOIN live c ON c.id = k.client_id),
helped AS MATERIALIZED (SELECT year, client_id,
                  max(kind IN ('uitgebreide_begeleiding', 'nazorg')) AS extended
           FROM k GROUP BY year, client_id),
background AS MATERIALIZED (
    SELECT h.year, CASE
        WHEN coalesce(c.country_of_birth, '') = '' THEN 'unknown'
        WHEN c.country_of_birth != 'NL' THEN c.country_of_birth
        ELSE coalesce((SELECT value FROM json_each(c.nationalities)
                       WHERE value != 'NL' ORDER BY key LIMIT 1), 'NL') END AS bg,
        count(*) AS n,
        sum(lower(json_extract(c.residence_permit, '$.type')) LIKE '%asiel%'
            OR lower(json_extract(c.residence_permit, '$.type')) LIKE '%asylum%'
            OR lower(json_extract(c.residence_permit, '$.type')) LIKE '%vluchteling%'
            OR lower(json_extract(c.residence_permit, '$.type')) LIKE '%refugee%') AS refugees
    FROM helped h JOIN live c ON c.id = h.client_id GROUP BY h.year, bg),
departed AS (SELECT client_id, min(date) AS left_on FROM case_events
             WHERE deleted = 0 AND kind = 'vertrokken' GROUP BY client_id),
remigrated AS (
    SELECT k.year, coalesce(nullif(json_extract(c.destination, '$.country'), ''), 'unknown')
           AS land, count(*) AS n
    FROM k JOIN live c ON c.id = k.client_id LEFT JOIN departed d ON d.client_id = k.client_id
    WHERE k.kind = 'reeds_geremigreerd' OR k.date > d.left_on GROUP BY k.year, land),
places AS (
    SELECT k.year, coalesce(nullif(trim(l.city), ''), 'unknown') AS city, count(*) AS n
    FROM k LEFT JOIN locations l ON l.id = k.location_id
    WHERE k.location_id IS NOT NULL GROUP BY k.year, city),
sessions AS (
    SELECT s.year, g.audience, count(*) AS n FROM span s JOIN group_sessions g
    ON g.deleted = 0 AND g.date >= s.start AND g.date < s.stop GROUP BY s.year, g.audience)
SELECT s.year, json_object(
    'by_background', (SELECT json_group_object(bg, n) FROM background b WHERE b.year = s.year),
    'refugees', (SELECT coalesce(sum(refugees), 0) FROM background b WHERE b.year = s.year),
    'extended', (SELECT coalesce(sum(extended), 0) FROM helped h WHERE h.year = s.year),
    'helped', (SELECT count(*) FROM helped h WHERE h.year = s.year),
    'guided', (SELECT count(DISTINCT e.case_id) FROM case_events e
               JOIN cases c ON c.id = e.case_id AND c.deleted = 0
               JOIN live l ON l.id = c.client_id
               WHERE e.deleted = 0 AND e.kind = 'ingediend'
                 AND e.date >= s.start AND e.date < s.stop),
    'national', (SELECT value FROM external_figures WHERE deleted = 0 AND year = s.year
                 AND key = 'applications_total' ORDER BY id LIMIT 1),
    'by_audience', (SELECT json_group_object(audience, n) FROM sessions g
                    WHERE g.year = s.year),
    'by_country', (SELECT json_group_object(land, n) FROM remigrated r WHERE r.year = s.year),
    'relations', (SELECT count(*) FROM relation_contacts WHERE deleted = 0
                  AND date >= s.start AND date < s.stop),
    'locations', (SELECT json_group_object(city, n) FROM places p WHERE p.year = s.year))
FROM span s
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    _util.report_vault_arguments(parser)
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN")
    args = parser.parse_args()
    year = args.today.year
    with _util.report_vault_figures("report_bench", args) as (folder, figures):
        started = time.perf_counter()
        vault = Vault.unlock(folder, BENCH_PASSPHRASE)  # migrations a reused vault lacks run here
        figures["unlock_s"] = round(time.perf_counter() - started, 1)
        raw = _util.raw_connect(folder / DB_NAME, vault.data_key)
        try:
            counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("clients", "household_members", "contacts", "notes", "cases",
                                "case_events", "locations", "partners", "relation_contacts",
                                "group_sessions")}
            figures["content"] = counts
            print(f"demo vault: {', '.join(f'{k} {v:,}' for k, v in counts.items())} "
                  f"(filled in {figures['fill_s']} s, unlocked in {figures['unlock_s']} s, "
                  "not timed below)")
            if args.plans:
                plans(vault.db, year)
            figures["report"] = measure(vault, raw, year, args.runs)
        finally:
            raw.close()
            vault.close()
    finish(figures, report)


def raw_report(raw, year: int) -> dict[int, dict]:
    span = {"year": year, "start": f"{year:04d}-01-01", "stop": f"{year + 1:04d}-01-01",
            "pstart": f"{year - 1:04d}-01-01"}
    return {y: json.loads(text) for y, text in raw.execute(RAW, span)}


def measure(vault, raw, year: int, runs: int) -> dict:
    service = ReportService(vault)
    started = time.perf_counter()
    product = service.annual(year)
    first_s = time.perf_counter() - started
    warm, warm_cpu = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        service.annual(year)
        warm.append(time.perf_counter() - started)
        warm_cpu.append(time.process_time() - cpu)
    plain, plain_cpu = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        found = raw_report(raw, year)
        plain.append(time.perf_counter() - started)
        plain_cpu.append(time.process_time() - cpu)
    agree = _util.report_counts_agree(found, product, year)
    per_query = time_queries(vault.db, year)
    product_s, raw_s = statistics.median(warm), statistics.median(plain)
    return {"first_s": round(first_s, 3), "product_s": round(product_s, 3),
            "raw_s": round(raw_s, 3), "ratio": round(product_s / raw_s, 2), "runs": runs,
            "product_cpu_s": round(statistics.median(warm_cpu), 3),
            "raw_cpu_s": round(statistics.median(plain_cpu), 3),
            "counts_agree": agree, "per_query_ms": per_query,
            "helped": product["clients"]["total"],
            "contacts_in_year": sum(product["locations"].values())}


# The product's queries as the vault runs them (core.reports.figures, rendered for SQLite).
QUERIES = {name: figures_sql.render(figure, figures_sql.SQLITE)
           for name, figure in figures_sql.FIGURES.items()}


def time_queries(db, year: int) -> dict[str, float]:
    """Each product query of one year on its own, in ms (which one the time goes to)."""
    span = {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01", "year": year}
    out = {}
    for name, sql in QUERIES.items():
        started = time.perf_counter()
        db.execute(sql, span).fetchall()
        out[name] = round((time.perf_counter() - started) * 1e3, 1)
    return out


def plans(db, year: int) -> None:
    span = {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01", "year": year}
    for name, sql in QUERIES.items():
        print(f"-- {name}")
        for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", span).fetchall():
            print("  ", row[-1])


def report(f: dict) -> None:
    r = f["report"]
    print()
    print(table([
        ("annual report, first call", r["first_s"], "", "", "s"),
        (f"annual report (median of {r['runs']})", r["product_s"], r["raw_s"], r["ratio"], "s"),
        ("  of which CPU time of this process", r["product_cpu_s"], r["raw_cpu_s"],
         round(r["product_cpu_s"] / r["raw_cpu_s"], 2), "s"),
    ], ("figure", "product", "raw", "ratio", "unit")))
    print(f"per query ({f['year']}, ms): {r['per_query_ms']}")
    print(f"clients helped in {f['year']}: {r['helped']:,}; contacts at a location: "
          f"{r['contacts_in_year']:,}; counts agree with raw: {r['counts_agree']}")
    print(f"target: <= 2 s: {r['product_s']} s (first {r['first_s']} s, "
          f"{r['product_cpu_s']} s CPU); "
          f"load average {f['load']}; max RSS {f['max_rss_mb']} MB")


if __name__ == "__main__":
    main()
