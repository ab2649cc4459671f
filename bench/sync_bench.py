"""Sync benchmark: push, pull and a new device's first sync against a real registry on loopback,
with PostgreSQL and with SQLite as the registry's database (issue 6, "Figures to report").

Per engine a fresh registry database is made (PostgreSQL: a database spreekuur_bench_<random> on
--pg-url's server, dropped at the end; SQLite: a file in a temp dir), the registry is started as
`python -m consultant_app registry serve` on a free loopback port (HTTP), and devices are real
vaults (SQLCipher, Argon2id at its floor) running the real SyncService over httpx. Synthetic people
only (core.demo: Turkish, Moroccan, Surinamese, Bosnian and refugee-background names).

  1. 10,000 changes  device A writes clients with their households and notes through CaseFile
     (add_clients, add_notes) until the outbox holds exactly --changes entries, then sync():
     "push" is the push stage (batches of 500 changes, plus the audit entries the writes made),
     then A pulls its own rows back ("pull (own rows back)", nothing changes locally) and compares
     checksums ("check"). Device B of the same team then does its first sync(): pull of all rows
     in pages of 2,000, applied and indexed in the vault, then the check. Target: A's sync + B's
     sync <= 10 s (the verdict uses the whole syncs; the stage rows show push and pull alone).
  2. new device      device S seeds a team of --clients clients, each with one partner (and
     --notes-per-client notes), and pushes them (that seeding sync is itself a push figure). Then
     a NEW device's first sync, run in a child process of this script so its memory is its own:
     seconds (target <= 60 s), rows/s, and RSS (VmRSS) sampled after every pulled page: printed
     at 10%, 50% and 100% of the rows (and every 10%); "growth" is RSS at 100% minus RSS at 10%.
     Flat memory here means bounded: the vault's SQLCipher page cache (PRAGMA cache_size, 32 MiB)
     fills while the vault grows and then stays, so the verdict "bounded" allows that cap plus
     16 MB; more than that would be memory growing with the rows. "peak in sync" is VmHWM reset
     right before sync() (the Argon2id 64 MiB of creating the vault is not in it); ru_maxrss is
     the whole child's life. Then the same device syncs once more with nothing new: the floor
     of every later sync in a team this size (the check still checksums every row, both sides).
  3. raw baseline    the same rows (row id, entity, team, client id, version, the fields as JSON
     text, seq) inserted with the bare driver -- psycopg executemany on the same PostgreSQL
     database, stdlib sqlite3 (WAL, synchronous=FULL like the registry) for SQLite -- in
     transactions of 500 rows (the push batch), then read back in keyset pages of 2,000 (the pull
     page) from a table with a primary key and a (team, seq) index.

How to read it: every stage row gives wall seconds and rows/s, "HTTP" (time inside the device's
Transport calls: request and answer JSON, loopback, and everything the server does), "device"
(wall minus HTTP: reading the outbox, applying rows, SQLCipher writes, search index, checksums)
and "server CPU" (CPU seconds of the registry process during the stage: FastAPI/pydantic
validation, merge checks, JSON, and for SQLite the database work). The line under each table
splits a whole sync the same way, with the device process's CPU and, for PostgreSQL, the CPU of
the database backends serving the registry (read from /proc). ratio = product / raw: the product
does far more than the bare driver (HTTP and JSON both ways, validation, per-change merge and
idempotency checks with a stored history of every change, an API audit row per request, the
device's encrypted SQLCipher vault with its outbox, audit log and search index, checksums after
the sync), so the ratio is the price of all that, not an inefficiency by itself. Other users of
the same PostgreSQL server (other tests) make the PostgreSQL figures noisier. The last line of
output is one JSON object with every figure.

    .venv/bin/python bench/sync_bench.py --clients 2000                  # quick
    .venv/bin/python bench/sync_bench.py                                 # real: 50,000 clients
    .venv/bin/python bench/sync_bench.py --engine sqlite --clients 50000
    .venv/bin/python bench/sync_bench.py --engine postgresql --notes-per-client 4  # ~300,000 rows
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import _util
from _util import cpu_seconds, table

import httpx
from keyring.backends import null

from consultant_app.core.casefile import CaseFile
from consultant_app.core.demo import generate
from consultant_app.core.errors import ConsultantAppError
from consultant_app.core.sync import protocol
from consultant_app.core.sync.protocol import canonical
from consultant_app.core.sync.service import SyncService
from consultant_app.core.sync.transport import Transport
from consultant_app.core.vault import replica
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import DB_NAME, Vault

ROOT = _util.ROOT
ENGINES = ("postgresql", "sqlite")
PASSWORD = "bench-registry-password-synthetic"  # for throw-away bench accounts only
TEN_K_TARGET_S = 10.0
NEW_DEVICE_TARGET_S = 60.0
FLAT_SLACK_MB = 16  # allocator slack, page JSON, FTS buffers on top of the page cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=(*ENGINES, "both"), default="both")
    parser.add_argument("--changes", type=int, default=10_000,
                        help="outbox changes pushed and pulled in part 1 (10000)")
    parser.add_argument("--clients", type=int, default=50_000,
                        help="clients in the team a new device joins in part 2 (50000)")
    parser.add_argument("--notes-per-client", type=float, default=0.0,
                        help="mean notes per seeded client in part 2 (0: client + partner only)")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test",
                        help="a PostgreSQL database to connect to for creating the bench one")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--device-child", help=argparse.SUPPRESS)  # internal: the new device
    args = parser.parse_args()
    if args.device_child:
        device_child(json.loads(args.device_child))
        return

    engines = ENGINES if args.engine == "both" else (args.engine,)
    figures: dict[str, Any] = {
        "bench": "sync_bench", "machine": _util.machine(),
        "args": {"changes": args.changes, "clients": args.clients,
                 "notes_per_client": args.notes_per_client, "seed": args.seed},
        "engines": {}}
    figures["load_before"] = [round(x, 2) for x in os.getloadavg()]
    print(f"machine: {figures['machine']}   load average before: {figures['load_before']}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="spreekuur-syncbench-") as tmp:
        for engine in engines:
            figures["engines"][engine] = run_engine(engine, args, Path(tmp) / engine)
    figures["run_s"] = round(time.perf_counter() - started, 1)
    figures["load_after"] = [round(x, 2) for x in os.getloadavg()]

    print()
    print_summary(figures)
    print()
    print(json.dumps(figures, separators=(",", ":")))


# --- one engine -----------------------------------------------------------------------------------
def run_engine(engine: str, args: argparse.Namespace, folder: Path) -> dict:
    folder.mkdir(parents=True)
    out: dict[str, Any] = {}
    with Registry(engine, folder, args.pg_url) as registry:
        out["database"] = registry.describe
        print()
        print(f"=== {registry.describe} -- registry {registry.url} (pid {registry.pid}) ===")
        out["ten_k"] = ten_thousand(registry, folder, args)
        out["new_device"] = new_device(registry, folder, args)
    return out


# --- part 1: 10,000 changes pushed and pulled -----------------------------------------------------
def ten_thousand(registry: Registry, folder: Path, args: argparse.Namespace) -> dict:
    team, user_a, user_b = "bench-10k", "bench-a", "bench-b"
    registry.add_user(user_a, team)
    registry.add_user(user_b, team)
    device_a = make_device(folder / "a", user_a, registry.url)
    device_b = make_device(folder / "b", user_b, registry.url)
    try:
        print(f"\n1. {args.changes:,} changes pushed by device A, pulled by device B (team {team})",
              file=sys.stderr, flush=True)
        start = time.perf_counter()
        made = write_changes(device_a, args.changes, args.seed)
        made["write_s"] = round(time.perf_counter() - start, 2)
        pending = replica.count_pending(device_a.db)
        if pending != args.changes:
            raise SystemExit(f"outbox holds {pending:,} changes, wanted {args.changes:,}")
        made["audit_entries"] = device_a.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        rows = raw_rows(device_a.db, team)

        push = timed_sync(device_a, registry)
        pull = timed_sync(device_b, registry)
    finally:
        device_a.vault.close()
        device_b.vault.close()
    raw = raw_baseline(registry, rows, folder / "raw-10k.db")
    out = {"data": made, "push_sync": push, "pull_sync": pull, "raw": raw}
    both = push["seconds"] + pull["seconds"]
    stages = push["stages"]["push"]["seconds"] + pull["stages"]["pull"]["seconds"]
    out["push_plus_pull_s"] = round(both, 2)
    out["push_plus_pull_stages_s"] = round(stages, 2)
    out["meets_target"] = both <= TEN_K_TARGET_S
    out["ratio"] = ratios(push["stages"]["push"]["seconds"], pull["stages"]["pull"]["seconds"], raw)
    out["ok"] = (push["receipt"]["pushed"] == args.changes and push["receipt"]["rejected"] == 0
                 and pull["receipt"]["pulled"] == args.changes and pull["receipt"]["checked"]
                 and not pull["receipt"]["mismatches"])

    print()
    print(f"1. {args.changes:,} changes pushed and pulled -- {registry.engine_name}")
    print(f"   data on A: {made['clients']:,} clients + {made['members']:,} household members + "
          f"{made['notes']:,} notes = {args.changes:,} outbox changes (+ {made['audit_entries']:,} "
          f"audit entries), written through CaseFile in {made['write_s']:.2f} s")
    print(table(stage_rows("A sync()", push, "pull (own rows back)")
                + stage_rows("B first sync()", pull), STAGE_HEADER))
    verdict = "meets" if out["meets_target"] else "MISSES"
    print(f"   A sync + B sync = {both:.2f} s {verdict} the target of {TEN_K_TARGET_S:g} s "
          f"(push stage + pull stage alone {stages:.2f} s); receipts: A {brief(push['receipt'])}; "
          f"B {brief(pull['receipt'])}")
    print_shares(push, "A")
    print_shares(pull, "B")
    print_raw(raw, push["stages"]["push"]["seconds"], pull["stages"]["pull"]["seconds"],
              out["ratio"], registry)
    return out


def write_changes(device: Device, wanted: int, seed: int) -> dict:
    """Clients (with their demo households) and their notes until the outbox holds exactly
    `wanted` changes: a household that would overshoot is skipped, notes fill the rest."""
    casefile = CaseFile(device.vault)
    households, notes = [], []
    total = members = skipped = 0
    keep_notes = False
    for record in generate(wanted, seed=seed, notes_per_client=4.0, contacts_per_client=0.0):
        if total == wanted:
            break
        record = dict(record)  # the generator reads the id back after yielding
        kind = record.pop("type")
        if kind == "client":
            client_id = record.pop("id")
            try:
                household = casefile.prepare_client(record, client_id)
            except ConsultantAppError:
                skipped += 1
                keep_notes = False
                continue
            size = 1 + len(household.members)
            keep_notes = total + size <= wanted
            if keep_notes:
                households.append(household)
                total += size
                members += len(household.members)
        elif kind == "note" and keep_notes:
            notes.append((record["client_id"], record["text"]))
            total += 1
    if total != wanted:
        raise SystemExit(f"the demo generator ran out at {total:,} of {wanted:,} changes")
    for start in range(0, len(households), 500):
        casefile.add_clients(households[start:start + 500])
    for start in range(0, len(notes), 2000):
        casefile.add_notes(notes[start:start + 2000])
    return {"clients": len(households), "members": members, "notes": len(notes),
            "skipped_invalid": skipped}


# --- part 2: a new device joins a big team --------------------------------------------------------
def new_device(registry: Registry, folder: Path, args: argparse.Namespace) -> dict:
    team, seeder, newcomer = f"bench-team-{args.clients}", "bench-seed", "bench-new"
    registry.add_user(seeder, team)
    registry.add_user(newcomer, team)
    print(f"\n2. seeding team {team}: {args.clients:,} clients with a partner ...",
          file=sys.stderr, flush=True)
    device = make_device(folder / "seed", seeder, registry.url)
    try:
        start = time.perf_counter()
        made = seed_team(device, args.clients, args.notes_per_client, args.seed + 1)
        made["write_s"] = round(time.perf_counter() - start, 2)
        expected = replica.count_pending(device.db)
        made["changes"] = expected
        rows = raw_rows(device.db, team)
        seed_sync = timed_sync(device, registry)
    finally:
        device.vault.close()

    print(f"2. new device's first sync of {expected:,} rows (child process) ...",
          file=sys.stderr, flush=True)
    spec = {"url": registry.url, "user": newcomer, "folder": str(folder / "new"),
            "expected": expected, "server_pid": registry.pid, "out": str(folder / "child.json")}
    db_before = registry.db_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--device-child",
                    json.dumps(spec)], check=True)
    child_wall = time.perf_counter() - start
    first = json.loads(Path(spec["out"]).read_text())
    first["db_cpu_s"] = cpu_delta(db_before, registry.db_cpu())  # includes the child's login
    first["child_wall_s"] = round(child_wall, 2)
    raw = raw_baseline(registry, rows, folder / "raw-team.db")

    out = {"data": made, "seed_sync": seed_sync, "first_sync": first, "raw": raw,
           "meets_target": first["seconds"] <= NEW_DEVICE_TARGET_S,
           "ratio": ratios(seed_sync["stages"]["push"]["seconds"],
                           first["stages"]["pull"]["seconds"], raw)}
    out["ok"] = (seed_sync["receipt"]["pushed"] == expected
                 and seed_sync["receipt"]["rejected"] == 0
                 and first["receipt"]["pulled"] == expected and first["receipt"]["checked"]
                 and not first["receipt"]["mismatches"])

    print()
    print(f"2. first sync of a new device into a team of {args.clients:,} clients -- "
          f"{registry.engine_name}")
    print(f"   seeded by device S: {made['clients']:,} clients + {made['members']:,} partners + "
          f"{made['notes']:,} notes = {expected:,} changes, written through CaseFile in "
          f"{made['write_s']:.1f} s")
    print(table(stage_rows("S seeding sync()", seed_sync, "pull (own rows back)")
                + stage_rows("new device sync()", first), STAGE_HEADER))
    verdict = "meets" if out["meets_target"] else "MISSES"
    print(f"   new device: {first['seconds']:.1f} s {verdict} the target of "
          f"{NEW_DEVICE_TARGET_S:g} s; {first['rows_per_s']:,} rows/s over the whole sync; "
          f"receipts: S {brief(seed_sync['receipt'])}; new {brief(first['receipt'])}")
    print_shares(seed_sync, "S")
    print_shares(first, "new device")
    second = first["second_sync"]
    print(f"   the same device syncing again, nothing new: {second['seconds']:.2f} s (check "
          f"{second['stages']['check']['seconds']:.2f} s: both sides checksum all "
          f"{expected:,} rows; registry {second['server_cpu_s']:.2f} s CPU, device "
          f"{second['device_cpu_s']:.2f} s CPU)")
    m = first["memory"]
    print(table([(label, s["rows"], s["rss_mb"]) for label, s in m["samples"].items()]
                + [("peak in sync() (VmHWM reset before it)", "", m["peak_in_sync_mb"]),
                   ("ru_maxrss, whole child (incl. Argon2id 64 MiB)", "", m["ru_maxrss_mb"])],
                ("new device memory", "rows pulled", "RSS MB")))
    m["bounded"] = m["growth_mb"] <= m["page_cache_cap_mb"] + FLAT_SLACK_MB
    verdict = "bounded" if m["bounded"] else "GROWING"
    print(f"   RSS every 10% of rows: {', '.join(f'{r:.0f}' for r in m['every_10pct_mb'])} MB")
    print(f"   growth 10% -> 100%: {m['growth_mb']:+.1f} MB "
          f"(10->50% {m['growth_first_half_mb']:+.1f}, 50->100% "
          f"{m['growth_second_half_mb']:+.1f}); {verdict}: the vault's SQLCipher page cache may "
          f"fill up to its cap of {m['page_cache_cap_mb']:.0f} MiB (PRAGMA cache_size) as the "
          f"vault grows to {m['vault_mb']:.0f} MB -- the verdict allows that cap + "
          f"{FLAT_SLACK_MB} MB")
    print_raw(raw, seed_sync["stages"]["push"]["seconds"], first["stages"]["pull"]["seconds"],
              out["ratio"], registry)
    return out


def seed_team(device: Device, count: int, notes_per_client: float, seed: int) -> dict:
    """`count` demo clients, each with exactly one partner (a demo client without one borrows a
    demo partner, without a BSN), no children; notes as the generator makes them."""
    casefile = CaseFile(device.vault)
    pool = [dict(r["partner"]) for r in generate(300, seed=seed + 1000, contacts_per_client=0.0,
                                                  notes_per_client=0.0)
            if r["type"] == "client" and r.get("partner")]
    for partner in pool:
        partner.pop("bsn", None)
    households, notes = [], []
    made = Counter()

    def report(written: int) -> None:
        if written % 10_000 == 0:
            print(f"  seeding: {written:,} clients written", file=sys.stderr, flush=True)

    def flush() -> None:
        if households:
            casefile.add_clients(households)
        if notes:
            casefile.add_notes(notes)
        households.clear()
        notes.clear()

    ok = False
    for record in generate(count, seed=seed, notes_per_client=notes_per_client,
                           contacts_per_client=0.0):
        record = dict(record)  # the generator reads the id back after yielding
        kind = record.pop("type")
        if kind == "client":
            if len(households) >= 1000:
                flush()
                report(made["clients"])
            client_id = record.pop("id")
            record.pop("children", None)
            if not record.get("partner"):
                record["partner"] = dict(pool[made["clients"] % len(pool)])
            try:
                households.append(casefile.prepare_client(record, client_id))
            except ConsultantAppError:
                made["skipped_invalid"] += 1
                ok = False
                continue
            ok = True
            made["clients"] += 1
            made["members"] += len(households[-1].members)
        elif kind == "note" and ok:
            notes.append((record["client_id"], record["text"]))
            made["notes"] += 1
    flush()
    return {"clients": made["clients"], "members": made["members"], "notes": made["notes"],
            "skipped_invalid": made["skipped_invalid"]}


def device_child(spec: dict) -> None:
    """The new device, in a process of its own: create the vault, log in, reset the RSS peak,
    sync while sampling RSS after every pulled page, sync once more (nothing new), and write the
    figures to spec["out"]."""
    clock = HttpClock()
    device = make_device(Path(spec["folder"]), spec["user"], spec["url"])
    expected = spec["expected"]
    samples: list[tuple[int, float]] = []

    def on_page(stage: str, done: int, total: int | None) -> None:
        if stage == "pull":
            samples.append((done, rss_mb()))
            if len(samples) % 10 == 0:
                print(f"  new device: {done:,} / {expected:,} rows, RSS {samples[-1][1]:.0f} MB",
                      file=sys.stderr, flush=True)

    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS from here on
    except OSError:
        pass
    before = rss_mb()
    with clock.installed():
        result = timed_sync(device, None, clock=clock, server_pid=spec["server_pid"],
                            on_progress=on_page)
        after = rss_mb()
        peak = status_kb("VmHWM") / 1024
        # The same device again with nothing new: what every later sync of a team this size
        # costs at least (push and pull are empty, the check still covers every row).
        result["second_sync"] = timed_sync(device, None, clock=clock,
                                           server_pid=spec["server_pid"])
    cache = device.db.execute("PRAGMA cache_size").fetchone()[0]
    page_size = device.db.execute("PRAGMA page_size").fetchone()[0]
    device.vault.close()

    def at(share: int) -> tuple[int, float]:
        return next(((n, r) for n, r in samples if n >= share / 100 * expected),
                    samples[-1] if samples else (0, before))

    picked = {"before sync()": (0, before)}
    for share in (10, 50, 100):
        picked[f"at {share}% of rows"] = at(share)
    picked["after sync() (check done)"] = (result["receipt"]["pulled"], after)
    at10, at50, at100 = at(10)[1], at(50)[1], at(100)[1]
    cache_mb = (-cache * 1024 if cache < 0 else cache * page_size) / 2**20
    result["memory"] = {
        "samples": {k: {"rows": n, "rss_mb": round(r, 1)} for k, (n, r) in picked.items()},
        "every_10pct_mb": [round(at(p)[1], 1) for p in range(10, 101, 10)],
        "growth_mb": round(at100 - at10, 1), "growth_first_half_mb": round(at50 - at10, 1),
        "growth_second_half_mb": round(at100 - at50, 1),
        "growth_total_mb": round(after - before, 1),
        "page_cache_cap_mb": round(cache_mb, 1),
        "peak_in_sync_mb": round(peak, 1),
        "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pages": len(samples),
        "vault_mb": round(_util.file_mb(Path(spec["folder"]) / DB_NAME)
                          + _util.file_mb(Path(spec["folder"]) / (DB_NAME + "-wal")), 1)}
    result["rows_per_s"] = round(result["receipt"]["pulled"] / result["seconds"])
    Path(spec["out"]).write_text(json.dumps(result))


# --- timing one sync ------------------------------------------------------------------------------
class HttpClock:
    """Seconds spent inside Transport._call per path (request JSON, loopback, the server's work,
    the answer's JSON), installed by wrapping the method for the duration of a bench."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter = Counter()

    @contextmanager
    def installed(self):
        original = Transport._call

        def timed(transport, method, path, *args, **kwargs):
            start = time.perf_counter()
            try:
                return original(transport, method, path, *args, **kwargs)
            finally:
                self.seconds[path] += time.perf_counter() - start
                self.calls[path] += 1

        Transport._call = timed
        try:
            yield self
        finally:
            Transport._call = original

    def snapshot(self) -> tuple[dict, Counter]:
        return dict(self.seconds), Counter(self.calls)


CLOCK = HttpClock()
STAGE_PATHS = {"push": ("/v1/sync/push", "/v1/token"), "pull": ("/v1/sync/changes",),
               "check": ("/v1/sync/summary",)}


def timed_sync(device: Device, registry: Registry | None, *, clock: HttpClock | None = None,
               server_pid: int | None = None, on_progress=None) -> dict:
    """device.sync.sync() with wall time per stage (from the progress callback), HTTP time per
    stage, server CPU per stage, device CPU, and (PostgreSQL) the database backends' CPU."""
    clock = clock or CLOCK
    server_pid = server_pid if server_pid is not None else registry.pid
    marks: list[tuple[str, int, float, float]] = []  # (stage, done, t, server cpu)

    def progress(stage: str, done: int, total: int | None) -> None:
        marks.append((stage, done, time.perf_counter(), cpu_seconds(server_pid)))
        if on_progress:
            on_progress(stage, done, total)

    http0, calls0 = clock.snapshot()
    db0 = registry.db_cpu() if registry else None
    cpu0, server0 = time.process_time(), cpu_seconds(server_pid)
    start = time.perf_counter()
    receipt = device.sync.sync(progress=progress)
    end = time.perf_counter()
    cpu1, server1 = time.process_time(), cpu_seconds(server_pid)
    http1, calls1 = clock.snapshot()

    def http(stage: str) -> tuple[float, int]:
        paths = STAGE_PATHS[stage]
        return (sum(http1.get(p, 0.0) - http0.get(p, 0.0) for p in paths),
                sum(calls1[p] - calls0[p] for p in paths))

    push_marks = [m for m in marks if m[0] == "push"]
    pull_marks = [m for m in marks if m[0] == "pull"]
    check_marks = [m for m in marks if m[0] == "check"]
    t_push, s_push = (push_marks[-1][2], push_marks[-1][3]) if push_marks else (start, server0)
    t_check, s_check = (check_marks[0][2], check_marks[0][3]) if check_marks else (end, server1)
    bounds = {"push": (start, t_push, server0, s_push, receipt.pushed + receipt.rejected),
              "pull": (t_push, t_check, s_push, s_check, _pulled_rows(pull_marks, t_check)),
              "check": (t_check, end, s_check, server1, None)}
    stages = {}
    for stage, (t0, t1, c0, c1, rows) in bounds.items():
        seconds = t1 - t0
        http_s, requests = http(stage)
        stages[stage] = {"seconds": round(seconds, 3), "rows": rows,
                         "rows_per_s": round(rows / seconds) if rows and seconds > 0 else None,
                         "http_s": round(http_s, 3), "device_s": round(seconds - http_s, 3),
                         "server_cpu_s": round(c1 - c0, 2), "requests": requests}
    seconds = end - start
    return {"seconds": round(seconds, 3), "stages": stages,
            "device_cpu_s": round(cpu1 - cpu0, 2), "server_cpu_s": round(server1 - server0, 2),
            "db_cpu_s": cpu_delta(db0, registry.db_cpu()) if registry else None,
            "http_s": round(sum(v - http0.get(k, 0.0) for k, v in http1.items()), 3),
            "receipt": receipt.as_json()}


def _pulled_rows(pull_marks: list, t_check: float) -> int:
    """Rows received in the pull stage (before the check; a catch-up pull after it is not)."""
    before = [m for m in pull_marks if m[2] <= t_check]
    return before[-1][1] if before else 0


STAGE_HEADER = ("sync / stage", "seconds", "rows", "rows/s", "HTTP s", "device s",
                "server CPU s", "requests")


def stage_rows(label: str, result: dict, pull: str = "pull") -> list[tuple]:
    names = {"push": "push", "pull": pull, "check": "check (summary)"}
    rows = [(label, result["seconds"], "", "", result["http_s"],
             round(result["seconds"] - result["http_s"], 3), result["server_cpu_s"], "")]
    for stage, s in result["stages"].items():
        rows.append((f"  {names[stage]}", s["seconds"], s["rows"] if s["rows"] is not None else "",
                     s["rows_per_s"] if s["rows_per_s"] is not None else "", s["http_s"],
                     s["device_s"], s["server_cpu_s"], s["requests"]))
    return rows


def print_shares(result: dict, who: str) -> None:
    wall = result["seconds"]
    db = (f", database backends {result['db_cpu_s']:.2f} s CPU"
          if result.get("db_cpu_s") is not None else "")
    print(f"   {who}: of {wall:.2f} s, {result['http_s']:.2f} s ({share(result['http_s'], wall)}) "
          f"inside HTTP calls; registry process {result['server_cpu_s']:.2f} s CPU "
          f"({share(result['server_cpu_s'], wall)}){db}; device process "
          f"{result['device_cpu_s']:.2f} s CPU")


def share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole > 0 else "-"


def brief(receipt: dict) -> str:
    return (f"pushed {receipt['pushed']:,} pulled {receipt['pulled']:,} rejected "
            f"{receipt['rejected']} conflicts {receipt['conflicts']} checked "
            f"{'yes' if receipt['checked'] else 'NO'}"
            + (f" MISMATCHES {receipt['mismatches']}" if receipt["mismatches"] else ""))


# --- raw baseline ---------------------------------------------------------------------------------
def raw_rows(db, team: str) -> list[tuple]:
    """What the registry stores per row, from the outbox before it is pushed: (row_id, entity,
    team, client_id, version, fields JSON, seq)."""
    out = []
    for seq, entity, row_id, payload in db.execute(
            "SELECT seq, entity, row_id, payload FROM outbox ORDER BY seq").fetchall():
        fields = json.loads(payload).get("fields", {})
        client_id = row_id if entity == "clients" else fields.get("client_id", row_id)
        out.append((row_id, entity, team, client_id, 1,
                    canonical(protocol.content(entity, fields)), seq))
    return out


RAW_DDL = ("CREATE TABLE raw_bench (row_id TEXT PRIMARY KEY, entity TEXT NOT NULL, "
           "team TEXT NOT NULL, client_id TEXT NOT NULL, version BIGINT NOT NULL, "
           "fields TEXT NOT NULL, seq BIGINT NOT NULL)",
           "CREATE INDEX raw_bench_team_seq ON raw_bench (team, seq)")


def raw_baseline(registry: Registry, rows: list[tuple], sqlite_path: Path) -> dict:
    """The same rows through the bare driver: insert in transactions of MAX_BATCH, read back in
    keyset pages of MAX_PAGE."""
    team = rows[0][2] if rows else ""
    if registry.engine == "postgresql":
        import psycopg

        conn = psycopg.connect(registry.db_url, autocommit=True)
        mark, begin, commit = "%s", None, None
    else:
        conn = sqlite3.connect(sqlite_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        mark, begin, commit = "?", "BEGIN IMMEDIATE", "COMMIT"
    try:
        conn.execute("DROP TABLE IF EXISTS raw_bench")
        for ddl in RAW_DDL:
            conn.execute(ddl)
        insert = f"INSERT INTO raw_bench VALUES ({', '.join([mark] * 7)})"
        start = time.perf_counter()
        for first in range(0, len(rows), protocol.MAX_BATCH):
            batch = rows[first:first + protocol.MAX_BATCH]
            if registry.engine == "postgresql":
                with conn.transaction():
                    conn.cursor().executemany(insert, batch)
            else:
                conn.execute(begin)
                conn.executemany(insert, batch)
                conn.execute(commit)
        insert_s = time.perf_counter() - start
        select = ("SELECT seq, entity, row_id, client_id, version, fields FROM raw_bench "
                  f"WHERE team = {mark} AND seq > {mark} ORDER BY seq LIMIT {mark}")
        start = time.perf_counter()
        since, read = 0, 0
        while True:
            page = conn.execute(select, (team, since, protocol.MAX_PAGE)).fetchall()
            if not page:
                break
            read += len(page)
            since = page[-1][0]
        read_s = time.perf_counter() - start
        conn.execute("DROP TABLE raw_bench")
    finally:
        conn.close()
    sqlite_path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(sqlite_path) + suffix).unlink(missing_ok=True)
    return {"driver": "psycopg" if registry.engine == "postgresql" else "sqlite3",
            "rows": len(rows), "read_rows": read, "insert_s": round(insert_s, 3),
            "insert_rows_per_s": round(len(rows) / insert_s) if insert_s else None,
            "read_s": round(read_s, 3), "read_rows_per_s": round(read / read_s) if read_s else None}


def ratios(push_s: float, pull_s: float, raw: dict) -> dict:
    return {"push_vs_insert": round(push_s / raw["insert_s"], 1),
            "pull_vs_read": round(pull_s / raw["read_s"], 1),
            "push_pull_vs_raw": round((push_s + pull_s) / (raw["insert_s"] + raw["read_s"]), 1)}


def print_raw(raw: dict, push_s: float, pull_s: float, ratio: dict, registry: Registry) -> None:
    print(table([
        ("insert, transactions of 500", raw["insert_s"], raw["insert_rows_per_s"], push_s,
         ratio["push_vs_insert"]),
        ("read back, pages of 2,000", raw["read_s"], raw["read_rows_per_s"], pull_s,
         ratio["pull_vs_read"]),
        ("both", round(raw["insert_s"] + raw["read_s"], 3), "", round(push_s + pull_s, 3),
         ratio["push_pull_vs_raw"]),
    ], (f"raw {raw['driver']} ({raw['rows']:,} rows, {registry.engine_name})", "seconds",
        "rows/s", "product s (stage)", "x product/raw")))


# --- summary --------------------------------------------------------------------------------------
def print_summary(figures: dict) -> None:
    engines = figures["engines"]
    names = list(engines)
    rows = []
    n = f"{figures['args']['changes']:,}"

    def add(label, pick, target=""):
        rows.append((label, *[pick(engines[e]) for e in names], target))

    add(f"{n}: A sync + B sync s", lambda e: e["ten_k"]["push_plus_pull_s"], "<= 10")
    add(f"{n}: push stage changes/s",
        lambda e: e["ten_k"]["push_sync"]["stages"]["push"]["rows_per_s"])
    add(f"{n}: pull stage rows/s",
        lambda e: e["ten_k"]["pull_sync"]["stages"]["pull"]["rows_per_s"])
    add(f"{n}: product / raw (push+pull)", lambda e: e["ten_k"]["ratio"]["push_pull_vs_raw"])
    add("team: seeding push stage changes/s",
        lambda e: e["new_device"]["seed_sync"]["stages"]["push"]["rows_per_s"])
    add("team: new device first sync s",
        lambda e: e["new_device"]["first_sync"]["seconds"], "<= 60")
    add("team: new device rows/s", lambda e: e["new_device"]["first_sync"]["rows_per_s"])
    add("team: RSS growth 10%->100% MB",
        lambda e: e["new_device"]["first_sync"]["memory"]["growth_mb"], "<= cache cap + 16")
    add("team: second sync, nothing new s",
        lambda e: e["new_device"]["first_sync"]["second_sync"]["seconds"])
    add("team: peak RSS in sync MB",
        lambda e: e["new_device"]["first_sync"]["memory"]["peak_in_sync_mb"])
    add("team: product / raw (push+pull)", lambda e: e["new_device"]["ratio"]["push_pull_vs_raw"])
    add("receipts and checksums all correct",
        lambda e: "yes" if e["ten_k"]["ok"] and e["new_device"]["ok"] else "NO")
    print(table(rows, ("summary", *[engines[e]["database"].split(" (")[0] for e in names],
                       "target")))
    print(f"run time {figures['run_s']:.0f} s; load average (1, 5, 15 min) before "
          f"{figures['load_before']}, after {figures['load_after']} on {os.cpu_count()} CPUs "
          "(other work on this machine makes every figure slower)")


# --- devices --------------------------------------------------------------------------------------
class Device:
    def __init__(self, vault: Vault):
        self.vault = vault
        self.db = vault.db
        # No OS keyring here: the null backend is refused, so the token is kept in the vault.
        self.sync = SyncService(vault, keyring_backend=null.Keyring())


def make_device(folder: Path, user: str, url: str) -> Device:
    vault = Vault.create(folder, user, _util.BENCH_PASSPHRASE, kdf=KdfParams(),
                         organisation="Bench")
    device = Device(vault)
    device.sync.login(url, user, PASSWORD)
    return device


# --- the registry under test ----------------------------------------------------------------------
class Registry:
    """A fresh registry database and the registry server on a free loopback port."""

    def __init__(self, engine: str, folder: Path, pg_url: str):
        self.engine = engine
        self.folder = folder
        self.pg_url = pg_url
        self.dbname = f"spreekuur_bench_{secrets.token_hex(4)}"
        self.process: subprocess.Popen | None = None
        self._monitor = None
        self._created = False

    @property
    def engine_name(self) -> str:
        return "PostgreSQL" if self.engine == "postgresql" else "SQLite"

    def __enter__(self) -> Registry:
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        if self.engine == "postgresql":
            import psycopg

            with psycopg.connect(self.pg_url, autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {self.dbname}")
                self._created = True
            parts = urlsplit(self.pg_url)
            self.db_url = urlunsplit(parts._replace(path=f"/{self.dbname}"))
            self._monitor = psycopg.connect(self.db_url, autocommit=True)
            version = self._monitor.execute("SHOW server_version").fetchone()[0]
            self.describe = f"PostgreSQL {version.split()[0]} (database {self.dbname})"
        else:
            self.db_url = f"sqlite:///{self.folder / 'registry.db'}"
            self.describe = f"SQLite {sqlite3.sqlite_version} (stdlib sqlite3, {self.db_url})"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.log = self.folder / "registry.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "consultant_app", "registry", "serve", "--database",
                 self.db_url, "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        self.pid = self.process.pid
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"the registry stopped at start-up:\n{self.log.read_text()}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"the registry did not answer /v1/health:\n{self.log.read_text()}")
            time.sleep(0.1)

    def add_user(self, name: str, team: str) -> None:
        env = {**os.environ, "CONSULTANT_APP_REGISTRY_PASSWORD": PASSWORD}
        done = subprocess.run(
            [sys.executable, "-m", "consultant_app", "registry", "user", "add", name, "--team",
             team, "--database", self.db_url], cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"registry user add {name} failed: {done.stdout}{done.stderr}")

    def db_cpu(self) -> dict[int, float] | None:
        """CPU seconds of the PostgreSQL backends connected to this database (not ours)."""
        if self._monitor is None:
            return None
        pids = self._monitor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [self.dbname]).fetchall()
        return {pid: cpu_seconds(pid) for (pid,) in pids}

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._monitor is not None:
            self._monitor.close()
        if self._created:
            import psycopg

            with psycopg.connect(self.pg_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {self.dbname} WITH (FORCE)")
        shutil.rmtree(self.folder, ignore_errors=True)


# --- process figures ------------------------------------------------------------------------------
def cpu_delta(before: dict | None, after: dict | None) -> float | None:
    if before is None or after is None:
        return None
    return round(sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items()), 2)


def status_kb(key: str) -> int:
    match = re.search(rf"^{key}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    return int(match.group(1)) if match else 0


def rss_mb() -> float:
    return status_kb("VmRSS") / 1024


if __name__ == "__main__":
    if "--device-child" not in sys.argv:
        with CLOCK.installed():
            main()
    else:
        main()
