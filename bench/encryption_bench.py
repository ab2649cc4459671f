"""Encryption cost: the same import into an encrypted vault and into a plain SQLite file.

What it measures:

  product path   generate(N) synthetic records once (outside any timing), then import them with
                 CaseFile + import_records (the product's bulk path, batches of --batch records,
                 synchronous=FULL commits) into
                   (a) a real vault (SQLCipher, keyed with a random 32-byte data key), and
                   (b) the same schema in a plain, unkeyed SQLite file: Vault.create runs with
                       consultant_app.core.vault.vault.open_encrypted monkeypatched to open
                       sqlcipher3 WITHOUT `PRAGMA key` but with the same PRAGMAs.
                 Timed: import_records only; closing the vault (final WAL checkpoint) is
                 reported on its own.
  raw library    the same number of rows, note-like (uuid, client id, timestamp, note text from
                 the generated notes), INSERTed with executemany in the same batch size into one
                 table on a keyed vs an unkeyed bare sqlcipher3 connection (same PRAGMAs): the
                 encryption cost with no product code around it.

Each pair runs --repeat times, alternating which side goes first; the table shows the median
(all runs are in the JSON). How to read it: "ratio" = encrypted / plain time; the target for the
product path is <= 1.3x. Sizes are after close. The script also checks the file headers: a plain
SQLite file starts with b"SQLite format 3", an encrypted one must not.

    .venv/bin/python bench/encryption_bench.py                    # quick: 2,000 clients
    .venv/bin/python bench/encryption_bench.py --clients 10000
    .venv/bin/python bench/encryption_bench.py --clients 50000    # real figures (~350k records)

With --vault DIR the work folders are created inside DIR (and kept); otherwise a temp dir is used
and removed at the end. The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import _util
import sqlcipher3
from _util import BENCH_PASSPHRASE, PRODUCT_PRAGMAS, table

import consultant_app.core.vault.vault as vault_module
from consultant_app.core.casefile import CaseFile
from consultant_app.core.demo import generate
from consultant_app.core.demo_vault import DEMO_BATCH
from consultant_app.core.ids import uuid7
from consultant_app.core.importer import import_records
from consultant_app.core.vault.database import sqlite_utils
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import DB_NAME, Vault

SQLITE_HEADER = b"SQLite format 3\x00"
RAW_TABLE = ("CREATE TABLE notes (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
             "client_id TEXT NOT NULL, created_at TEXT NOT NULL, text TEXT NOT NULL)")
RAW_INSERT = "INSERT INTO notes (id, client_id, created_at, text) VALUES (?, ?, ?, ?)"


def open_plain(path: Path, data_key: bytes) -> sqlite_utils.Database:
    """open_encrypted's stand-in for the plain run: same connection flags and PRAGMAs, no key."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRODUCT_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def storage(kind: str):
    """Within this block, vaults are created encrypted (the product) or plain (patched)."""
    if kind == "encrypted":
        yield
        return
    original = vault_module.open_encrypted
    vault_module.open_encrypted = open_plain
    try:
        yield
    finally:
        vault_module.open_encrypted = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=2000, help="clients to import (2000)")
    parser.add_argument("--vault", type=Path, help="folder for the work files (default: temp)")
    parser.add_argument("--batch", type=int, default=DEMO_BATCH,
                        help=f"records per commit (fill_demo's {DEMO_BATCH})")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side (3)")
    parser.add_argument("--seed", type=int, default=2016)
    args = parser.parse_args()
    if args.vault:
        args.vault.mkdir(parents=True, exist_ok=True)
        run(args, Path(tempfile.mkdtemp(prefix="encryption-bench-", dir=args.vault)))
    else:
        with tempfile.TemporaryDirectory(prefix="spreekuur-bench-") as tmp:
            run(args, Path(tmp))


def run(args: argparse.Namespace, work: Path) -> None:
    figures: dict = {"bench": "encryption_bench", "machine": _util.machine(),
                     "clients": args.clients, "batch": args.batch, "repeat": args.repeat}
    print(f"work dir: {work}   machine: {figures['machine']}")
    start = time.perf_counter()
    records = list(generate(args.clients, seed=args.seed))
    figures["records"] = len(records)
    figures["generate_s"] = round(time.perf_counter() - start, 2)
    print(f"generated {len(records):,} records for {args.clients:,} clients in "
          f"{figures['generate_s']:.1f} s (not timed below)")

    # Warm-up on both sides (module imports, lazily filled folding tables, statement caches of a
    # fresh process), so neither measured side pays for it.
    for kind in ("plain", "encrypted"):
        product_import(kind, work / f"warmup-{kind}", records[:300], args.batch)

    product = {"encrypted": [], "plain": []}
    raw = {"encrypted": [], "plain": []}
    rows = raw_rows(records, len(records))
    for r in range(args.repeat):
        order = ("encrypted", "plain") if r % 2 == 0 else ("plain", "encrypted")
        for kind in order:
            print(f"  run {r + 1}/{args.repeat}: product import, {kind} ...", file=sys.stderr,
                  flush=True)
            product[kind].append(product_import(kind, work / f"product-{kind}-{r}", records,
                                                args.batch))
        for kind in order:
            raw[kind].append(raw_insert(kind, work / f"raw-{kind}-{r}.db", rows, args.batch))

    figures["product"] = summarise(product)
    figures["raw"] = summarise(raw)
    p, q = figures["product"], figures["raw"]

    print()
    print(table([
        ("product import, plain", p["plain"]["seconds"], p["plain"]["rate"],
         p["plain"]["close_s"], p["plain"]["size_mb"], "", p["plain"]["header"]),
        ("product import, encrypted", p["encrypted"]["seconds"], p["encrypted"]["rate"],
         p["encrypted"]["close_s"], p["encrypted"]["size_mb"], f"{p['ratio']:.2f}x",
         p["encrypted"]["header"]),
        ("raw executemany, plain", q["plain"]["seconds"], q["plain"]["rate"],
         q["plain"]["close_s"], q["plain"]["size_mb"], "", q["plain"]["header"]),
        ("raw executemany, encrypted", q["encrypted"]["seconds"], q["encrypted"]["rate"],
         q["encrypted"]["close_s"], q["encrypted"]["size_mb"], f"{q['ratio']:.2f}x",
         q["encrypted"]["header"]),
    ], ("median of runs", "time s", "records/s", "close s", "size MB", "enc/plain",
        "file header")))
    print()
    if p["plain"].get("problems") or p["encrypted"].get("problems"):
        print(f"NOTE: the importer rejected {p['encrypted']['problems']} (encrypted) / "
              f"{p['plain']['problems']} (plain) of {len(records):,} generated records, first "
              f"{p['encrypted'].get('first_problem')}; both sides committed "
              f"{p['encrypted']['committed']:,} / {p['plain']['committed']:,} (a demo generator "
              "bug, not an encryption effect)")
    verdict = "meets" if p["ratio"] <= 1.3 else "MISSES"
    print(f"product path: encrypted/plain = {p['ratio']:.2f}x ({verdict} the target of <= 1.3x); "
          f"raw library: {q['ratio']:.2f}x")
    print("runs (s): product plain " + _runs(product["plain"]) + "; product encrypted "
          + _runs(product["encrypted"]) + "; raw plain " + _runs(raw["plain"])
          + "; raw encrypted " + _runs(raw["encrypted"]))
    headers_ok = (p["plain"]["plain_header"] and q["plain"]["plain_header"]
                  and not p["encrypted"]["plain_header"] and not q["encrypted"]["plain_header"])
    figures["headers_ok"] = headers_ok
    print("file headers: plain files start with b'SQLite format 3': "
          f"{p['plain']['plain_header'] and q['plain']['plain_header']}; encrypted files do: "
          f"{p['encrypted']['plain_header'] or q['encrypted']['plain_header']} -> "
          + ("OK" if headers_ok else "UNEXPECTED"))
    print()
    print(json.dumps(figures, separators=(",", ":")))


# --- the product path --------------------------------------------------------------------------
def product_import(kind: str, folder: Path, records: list[dict], batch: int) -> dict:
    data = copy.deepcopy(records)  # the importer must not see records another run touched
    with storage(kind):
        # The cheapest allowed Argon2id: creating the vault is not what is measured.
        vault = Vault.create(folder, "Bench", BENCH_PASSPHRASE, kdf=KdfParams(),
                             organisation="Bench")
        try:
            casefile = CaseFile(vault)
            start = time.perf_counter()
            result = import_records(casefile, data, batch_size=batch)
            seconds = time.perf_counter() - start
        finally:
            close_start = time.perf_counter()
            vault.close()
            close_s = time.perf_counter() - close_start
    out = measure_files(folder / DB_NAME, seconds, close_s, result.committed)
    # Rejected records cost the same on both sides (validated, reported, skipped); they are
    # counted so the two sides can be seen to have done the same work.
    out["problems"] = len(result.problems)
    if result.problems:
        first = result.problems[0]
        details = [(e.field, e.code) for e in getattr(first.error, "errors", [first.error])]
        out["first_problem"] = f"record {first.line}: {details}"
    return out


# --- the raw library ---------------------------------------------------------------------------
def raw_rows(records: list[dict], count: int) -> list[tuple]:
    """`count` note-like rows made from the generated notes (ids made here, outside timing)."""
    notes = [(r["client_id"], r["text"]) for r in records if r.get("type") == "note"]
    now = "2025-01-01T12:00:00.000+00:00"
    rows = []
    for i in range(count):
        client_id, text = notes[i % len(notes)]
        rows.append((uuid7(), client_id, now, text))
    return rows


def raw_insert(kind: str, path: Path, rows: list[tuple], batch: int) -> dict:
    conn = _util.raw_connect(path, os.urandom(32) if kind == "encrypted" else None)
    conn.execute(RAW_TABLE)
    start = time.perf_counter()
    for first in range(0, len(rows), batch):
        conn.execute("BEGIN")
        conn.executemany(RAW_INSERT, rows[first:first + batch])
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    close_start = time.perf_counter()
    conn.close()
    close_s = time.perf_counter() - close_start
    return measure_files(path, seconds, close_s, len(rows))


# --- figures -----------------------------------------------------------------------------------
def measure_files(db: Path, seconds: float, close_s: float, records: int) -> dict:
    with open(db, "rb") as handle:
        head = handle.read(16)
    wal = db.with_name(db.name + "-wal")
    return {"seconds": seconds, "close_s": close_s, "records": records,
            "size_mb": _util.file_mb(db) + _util.file_mb(wal),
            "plain_header": head.startswith(b"SQLite format 3"), "header": _show(head)}


def summarise(runs: dict[str, list[dict]]) -> dict:
    out: dict = {}
    for kind, items in runs.items():
        seconds = statistics.median(i["seconds"] for i in items)
        out[kind] = {
            "seconds": round(seconds, 3),
            "runs_s": [round(i["seconds"], 3) for i in items],
            "rate": round(items[0]["records"] / seconds),
            "close_s": round(statistics.median(i["close_s"] for i in items), 3),
            "size_mb": round(items[-1]["size_mb"], 2),
            "plain_header": all(i["plain_header"] for i in items),
            "header": items[-1]["header"],
            "committed": items[-1]["records"],
        }
        if "problems" in items[-1]:
            out[kind]["problems"] = items[-1]["problems"]
            if items[-1]["problems"]:
                out[kind]["first_problem"] = items[-1]["first_problem"]
    out["ratio"] = round(out["encrypted"]["seconds"] / out["plain"]["seconds"], 3)
    out["size_ratio"] = round(out["encrypted"]["size_mb"] / max(out["plain"]["size_mb"], 1e-9), 3)
    return out


def _show(head: bytes) -> str:
    if head.startswith(b"SQLite format 3"):
        return "'SQLite format 3'"
    return head[:8].hex(" ") + " ..."


def _runs(items: list[dict]) -> str:
    return "/".join(f"{i['seconds']:.2f}" for i in items)


if __name__ == "__main__":
    main()
