"""Rules benchmark: eligibility checks and case deadlines on a demo vault, next to plain
sqlcipher3 with the same date arithmetic written inline (not part of the product, not a test).

What it measures, on a demo vault of --clients synthetic clients (core.demo through fill_demo:
households, contacts, notes and the demo's remigratie cases), checked on --day (a day the scheme
took applications, so the verdicts are not all `closed`):

  one check   EligibilityService.check for --runs clients (median): look up the pack, read the
              file with its household, decide the conditions, keep the check, log the read and
              the check. Raw: one SELECT of the columns the conditions read and one of the
              partner, the eight conditions of the 2014 regime decided inline, and a result row,
              an outbox row and two access-log rows written in one transaction.
  all clients EligibilityService.check_all over every client (one pass, files read a chunk at a
              time, each read logged, nothing kept). Raw: the same columns of all clients in one
              SELECT, the partners in another, decided inline, one access-log row per client.
              Target of the issue: <= 10 s for 50,000 clients. The per-client path (the single
              check times the number of clients) is printed beside it.
  deadlines   CaseService.deadlines over every case after a pack change (a copy of the shipped
              pack with another version and another departure term): the first overview with
              the changed pack (it is read and linted then), and the median of --runs after.
              Raw: cases, events and planned departures read with three SELECTs and the
              deadlines (award + term, departure + 1 year, planned departure - 5 days) computed
              inline. The counts of both sides are printed: they must agree.

    .venv/bin/python bench/rules_bench.py [--clients 50000] [--runs 20] [--day 2024-06-03]

The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import _util
from _util import BENCH_PASSPHRASE, finish, table

from consultant_app.core.cases.service import CaseService
from consultant_app.core.demo_vault import fill_demo
from consultant_app.core.paths import resources_dir
from consultant_app.core.rules.checks import EligibilityService
from consultant_app.core.rules.library import RuleLibrary
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import DB_NAME, Vault

SCHEME = "remigratiewet"
CHANGED_TERM = "7 months"  # the departure term in the changed pack (shipped: 6 months)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--day", type=dt.date.fromisoformat, default=dt.date(2024, 6, 3))
    args = parser.parse_args()
    figures: dict = {"bench": "rules_bench", "machine": _util.machine(),
                     "clients": args.clients, "day": args.day.isoformat()}
    print(f"machine: {figures['machine']}")
    with tempfile.TemporaryDirectory(prefix="spreekuur-rules-bench-") as tmp:
        work = Path(tmp)
        folder = work / "vault"
        started = time.perf_counter()
        fill_demo(folder, BENCH_PASSPHRASE, args.clients, seed=args.seed, kdf=KdfParams(),
                  progress=_util.progress("fill_demo", 10_000))
        figures["fill_s"] = round(time.perf_counter() - started, 1)
        vault = Vault.unlock(folder, BENCH_PASSPHRASE)
        raw = _util.raw_connect(folder / DB_NAME, vault.data_key)
        try:
            library = RuleLibrary.for_data_dir(folder)
            pack = library.get(SCHEME)
            counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("clients", "household_members", "contacts", "notes", "cases",
                                "case_events")}
            figures["content"] = counts
            print(f"demo vault: {', '.join(f'{k} {v:,}' for k, v in counts.items())} "
                  f"(filled in {figures['fill_s']} s, not timed below)")
            params = Params.of(pack, args.day)
            figures["one"] = one_check(vault, raw, library, params, args)
            figures["all"] = all_clients(vault, raw, library, params, args)
            figures["deadlines"] = deadlines(vault, raw, work, args.runs)
        finally:
            raw.close()
            vault.close()
    finish(figures, report)


# -- the raw side: the 2014 regime's conditions, decided inline ------------------------------------
class Params:
    """The parameter values in force on the day, taken from the parsed pack (data, not work)."""

    def __init__(self, day: dt.date, values: dict):
        self.day = day
        self.iso = day.isoformat()
        self.v = values

    @classmethod
    def of(cls, pack, day: dt.date) -> Params:
        return cls(day, {name: p.on(day).value for name, p in pack.parameters.items()
                         if p.on(day) is not None})


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def date_of(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def raw_verdict(row: tuple, co_migrates, p: Params) -> str:
    """eligible / not_eligible / incomplete from (birth_date, country_of_birth, nationalities,
    arrival_date, residence_permit, benefits, declarations) as stored (JSON text)."""
    birth, born_in, nats, arrival, permit, benefits, declarations = row
    day, v = p.day, p.v
    nats = json.loads(nats) if nats else []
    permit = json.loads(permit) if permit else None
    benefits = json.loads(benefits) if benefits else []
    declarations = json.loads(declarations) if declarations else {}
    born, arrived = date_of(birth), date_of(arrival)
    outcomes = []
    # age
    outcomes.append(None if born is None else age_on(born, day) >= v["min_age"])
    # residence
    if arrived is None:
        outcomes.append(None)
    elif arrived > add_months(day, -12 * v["residence_years"]):
        outcomes.append(False)
    elif "NL" in nats:
        outcomes.append(True)
    elif not permit:
        outcomes.append(None)
    else:
        until = date_of(permit.get("valid_until"))
        outcomes.append(None if until is not None and until < day else True)
    # benefit
    since = sorted(d for d in (date_of(b.get("since")) for b in benefits) if d is not None)
    outcomes.append(True if since and since[0] <= add_months(day, -v["benefit_months"])
                    else None)
    # age at arrival
    outcomes.append(None if born is None or arrived is None
                    else age_on(born, arrived) >= v["min_age_at_arrival"])
    # target group (first generation)
    countries = v["countries_of_origin"]
    asylum = any(w in str((permit or {}).get("type") or "").casefold()
                 for w in ("asiel", "asylum", "vluchteling", "refugee"))
    if not born_in:
        outcomes.append(None)
    elif born_in in countries:
        outcomes.append(True if born_in in nats else None)
    elif asylum:
        before = v["refugee_permit_before"]
        outcomes.append(False if arrived is not None and arrived >= before else None)
    elif arrived is not None and arrived.year in v["moluccan_arrival_years"]:
        outcomes.append(None)
    elif not permit:
        outcomes.append(None)
    else:
        outcomes.append(False)
    # partner, debts, detention
    outcomes.append(True if co_migrates is None else bool(co_migrates))
    debts = declarations.get("debts_to_state")
    if debts is None:
        outcomes.append(None)
    elif not debts:
        outcomes.append(True)
    else:
        arrangement = declarations.get("payment_arrangement")
        outcomes.append(None if arrangement is None else bool(arrangement))
    detention = declarations.get("detention")
    outcomes.append(None if detention is None else not detention)
    if False in outcomes:
        return "not_eligible"
    return "incomplete" if None in outcomes else "eligible"


RAW_COLUMNS = ("birth_date, country_of_birth, nationalities, arrival_date, residence_permit, "
               "benefits, declarations")
AUDIT = ("INSERT INTO audit_log (id, at, actor, on_behalf_of, client_id, action, device_id, "
         "detail) VALUES (?, ?, 'bench', NULL, ?, ?, 'bench', 'eligibility')")


def raw_one(raw, client_id: str, p: Params) -> str:
    row = raw.execute(f"SELECT {RAW_COLUMNS} FROM clients WHERE id = ? AND deleted = 0",
                      [client_id]).fetchone()
    partner = raw.execute("SELECT co_migrates FROM household_members WHERE client_id = ? "
                          "AND role = 'partner' AND deleted = 0", [client_id]).fetchone()
    verdict = raw_verdict(row, partner[0] if partner else None, p)
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    check_id = str(uuid.uuid4())
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("INSERT INTO bench_checks VALUES (?, ?, ?, ?, ?)",
                [check_id, client_id, p.iso, verdict, now])
    raw.execute("INSERT INTO outbox (change_id, entity, row_id, op, base_version, payload, "
                "created_at) VALUES (?, 'bench_checks', ?, 'create', NULL, ?, ?)",
                [str(uuid.uuid4()), check_id, json.dumps({"verdict": verdict}), now])
    raw.executemany(AUDIT, [(str(uuid.uuid4()), now, client_id, action)
                            for action in ("read", "create")])
    raw.execute("COMMIT")
    return verdict


def raw_all(raw, p: Params) -> Counter:
    raw.execute("BEGIN")
    partners = dict(raw.execute("SELECT client_id, co_migrates FROM household_members "
                                "WHERE role = 'partner' AND deleted = 0"))
    found: Counter = Counter()
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    cursor = raw.execute(f"SELECT id, {RAW_COLUMNS} FROM clients WHERE deleted = 0")
    while rows := cursor.fetchmany(500):
        for row in rows:
            found[raw_verdict(row[1:], partners.get(row[0]), p)] += 1
        raw.executemany(AUDIT, [(str(uuid.uuid4()), now, row[0], "read") for row in rows])
    raw.execute("COMMIT")
    return found


# -- the figures ---------------------------------------------------------------------------------
def one_check(vault, raw, library, p: Params, args) -> dict:
    raw.execute("CREATE TABLE IF NOT EXISTS bench_checks (id TEXT, client_id TEXT, day TEXT, "
                "verdict TEXT, at TEXT)")
    ids = [r[0] for r in raw.execute("SELECT id FROM clients WHERE deleted = 0")]
    chosen = random.Random(args.seed).sample(ids, args.runs + 1)
    service = EligibilityService(vault, library)
    product, plain, agree = [], [], 0
    for n, client_id in enumerate(chosen):
        started = time.perf_counter()
        _, check = service.check(client_id, SCHEME, p.day)
        middle = time.perf_counter()
        verdict = raw_one(raw, client_id, p)
        ended = time.perf_counter()
        if n:  # the first of each is a warm-up
            product.append(middle - started)
            plain.append(ended - middle)
        agree += check.verdict == verdict
    product_ms, raw_ms = statistics.median(product) * 1e3, statistics.median(plain) * 1e3
    return {"product_ms": round(product_ms, 3), "raw_ms": round(raw_ms, 3),
            "ratio": round(product_ms / raw_ms, 2), "runs": args.runs,
            "verdicts_agree": f"{agree}/{len(chosen)}"}


def all_clients(vault, raw, library, p: Params, args) -> dict:
    service = EligibilityService(vault, library)
    started, cpu = time.perf_counter(), time.process_time()
    product = Counter(check.verdict for _, check in service.check_all(SCHEME, p.day))
    product_s, product_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    plain = raw_all(raw, p)
    raw_s, raw_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"product_s": round(product_s, 2), "raw_s": round(raw_s, 2),
            "product_cpu_s": round(product_cpu, 2), "raw_cpu_s": round(raw_cpu, 2),
            "ratio": round(product_s / raw_s, 2), "clients": sum(product.values()),
            "per_client_us": round(product_s / max(1, sum(product.values())) * 1e6),
            "verdicts": dict(product), "raw_verdicts": dict(plain),
            "verdicts_agree": product == plain}


def changed_library(work: Path) -> RuleLibrary:
    """The shipped packs, with the Remigratiewet changed: another version, another term."""
    shipped = work / "changed-rules"
    shutil.copytree(resources_dir() / "rules", shipped)
    path = shipped / f"{SCHEME}.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count('offset = "6 months"') == 1, "the bench expects one six-month term"
    text = text.replace('offset = "6 months"', f'offset = "{CHANGED_TERM}"')
    text = text.replace('\nversion = "', '\nversion = "bench-', 1)
    path.write_text(text, encoding="utf-8")
    return RuleLibrary(shipped, work / "office-rules")


def raw_deadlines(raw, term_months: int) -> int:
    """The derived kinds of every case, inline: award + term, departure + 1 year, the BRP
    deregistration window of the planned departure, a report 4 or 6 weeks after each change
    made while the benefit ran, and the next life certificate a year after the last one (or
    the departure) while abroad (refused/withdrawn: none)."""
    since = "2014-07-01"  # the deadline rules' valid_from
    records = ("wijziging", "levensbewijs_ontvangen")
    events = defaultdict(list)
    for case_id, kind, day in raw.execute("SELECT case_id, kind, date FROM case_events "
                                          "WHERE deleted = 0 ORDER BY date"):
        events[case_id].append((kind, day))
    planned = dict(raw.execute(
        "SELECT id, json_extract(destination, '$.planned_departure') FROM clients "
        "WHERE deleted = 0 AND id IN (SELECT client_id FROM cases WHERE deleted = 0)"))
    found = []
    for case_id, client_id in raw.execute("SELECT id, client_id FROM cases WHERE deleted = 0"):
        if client_id not in planned:
            continue
        history = events[case_id]
        steps = [kind for kind, _ in history if kind not in records]
        state = steps[-1] if steps else "open"
        if state in ("afgewezen", "ingetrokken"):
            continue
        when = {kind: day for kind, day in history if kind not in records}
        if when.get("toegekend", "") >= since:
            found.append(add_months(dt.date.fromisoformat(when["toegekend"]), term_months))
        if when.get("vertrokken", "") >= since:
            found.append(add_months(dt.date.fromisoformat(when["vertrokken"]), 12))
        departure = planned[client_id]
        if departure and departure >= since:
            day = dt.date.fromisoformat(departure)
            found.append((day - dt.timedelta(days=5), day))
        current = "open"
        for kind, day in history:
            if kind == "wijziging" and day >= since and current in (
                    "toegekend", "vertrokken", "geschorst"):
                weeks = 4 if current == "toegekend" else 6
                found.append(dt.date.fromisoformat(day) + dt.timedelta(weeks=weeks))
            current = current if kind in records else kind
        received = [day for kind, day in history if kind == "levensbewijs_ontvangen"]
        start = received[-1] if received else when.get("vertrokken")
        if state in ("vertrokken", "geschorst") and start and start >= since:
            found.append(add_months(dt.date.fromisoformat(start), 12))
    return len(found)


def deadlines(vault, raw, work: Path, runs: int) -> dict:
    shipped = CaseService(vault, RuleLibrary.for_data_dir(None)).deadlines()
    changed = CaseService(vault, changed_library(work))
    started = time.perf_counter()
    after = changed.deadlines()
    first_s = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        changed.deadlines()
        warm.append(time.perf_counter() - started)
    plain = []
    for _ in range(runs):
        started = time.perf_counter()
        raw_count = raw_deadlines(raw, int(CHANGED_TERM.split()[0]))
        plain.append(time.perf_counter() - started)
    moved = sum(a.deadline.due != b.deadline.due for a, b in zip(
        sorted(shipped, key=lambda d: d.deadline.id), sorted(after, key=lambda d: d.deadline.id)))
    product_s, raw_s = statistics.median(warm), statistics.median(plain)
    cases = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    return {"cases": cases, "deadlines": len(after), "raw_deadlines": raw_count,
            "moved_by_the_change": moved, "first_after_change_ms": round(first_s * 1e3, 1),
            "product_ms": round(product_s * 1e3, 1), "raw_ms": round(raw_s * 1e3, 1),
            "ratio": round(product_s / raw_s, 2), "runs": runs}


def report(f: dict) -> None:
    one, every, due = f["one"], f["all"], f["deadlines"]
    print()
    print(table([
        ("one check (median)", one["product_ms"], one["raw_ms"], one["ratio"], "ms"),
        (f"all {every['clients']:,} clients", every["product_s"], every["raw_s"],
         every["ratio"], "s"),
        ("  of which CPU time of this process", every["product_cpu_s"], every["raw_cpu_s"],
         round(every["product_cpu_s"] / every["raw_cpu_s"], 2), "s"),
        (f"  the per-client path x {every['clients']:,}",
         round(one["product_ms"] * every["clients"] / 1e3, 1), "", "", "s"),
        (f"deadlines of {due['cases']:,} cases, first after the change",
         due["first_after_change_ms"], "", "", "ms"),
        (f"deadlines of {due['cases']:,} cases (median)", due["product_ms"], due["raw_ms"],
         due["ratio"], "ms"),
    ], ("figure", "product", "raw", "ratio", "unit")))
    print(f"verdicts on {f['day']}: {every['verdicts']} (raw agrees: {every['verdicts_agree']}; "
          f"one check agrees {one['verdicts_agree']})")
    print(f"deadlines: {due['deadlines']:,} (raw {due['raw_deadlines']:,}), "
          f"{due['moved_by_the_change']:,} moved by the change of the term")
    print(f"target: all clients <= 10 s: {every['product_s']} s "
          f"({every['product_cpu_s']} s CPU); load average {f['load']}; "
          f"max RSS {f['max_rss_mb']} MB")


if __name__ == "__main__":
    main()
