"""Small helpers shared by the bench/ scripts (not part of the product, not a test).

Importing this module first also makes sure sqlcipher3 is registered for sqlite_utils the way the
product does it (via consultant_app.core.vault.database), before anything else imports sqlite_utils.
"""

from __future__ import annotations

import contextlib
import math
import os
import platform
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `.venv/bin/python bench/NAME.py` from anywhere
    sys.path.insert(0, str(ROOT))

from consultant_app.core.vault.database import sqlite_utils  # noqa: E402,F401  (order matters)

import sqlcipher3  # noqa: E402

# Benchmark vaults hold synthetic data only; the passphrase is not a secret.
BENCH_PASSPHRASE = "bench-passphrase-synthetic-only"

# The PRAGMAs open_encrypted applies after the key (the raw connections use the same ones so a
# comparison measures code or encryption, not a different cache size).
PRODUCT_PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -32768",
)


def raw_connect(path: Path, key: bytes | None) -> sqlcipher3.Connection:
    """A bare sqlcipher3 connection: keyed with the raw 32-byte key (or unkeyed when None),
    then the product's PRAGMAs. No sqlite-utils, no product code."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in PRODUCT_PRAGMAS:
        conn.execute(pragma)
    return conn


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def finish(figures: dict, report) -> None:
    """End a bench run: the peak memory and the machine's load beside the figures (the machine
    may be shared), the human-readable report, then every figure as one JSON line last."""
    import json
    import os
    import resource

    figures["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures["load"] = [round(x, 1) for x in os.getloadavg()]
    report(figures)
    print(json.dumps(figures, sort_keys=True))


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process from /proc (0.0 when it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def file_mb(path: Path) -> float:
    return path.stat().st_size / 1e6 if path.exists() else 0.0


def machine() -> dict:
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")  # the provider is known once keyed
    provider = conn.execute("PRAGMA cipher_provider").fetchone()
    conn.close()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": os.cpu_count(),
        "sqlite": sqlcipher3.sqlite_version,
        "sqlcipher": cipher,
        "cipher_provider": provider[0] if provider else None,
    }


def table(rows: list[tuple], header: tuple) -> str:
    """A plain fixed-width table; numbers right-aligned."""
    cells = [tuple(str(c) for c in header)] + [tuple(_cell(c) for c in row) for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = [c.rjust(w) if numeric[i] else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def progress(label: str, every: int):
    """An on_commit callback printing to stderr at most every `every` records."""
    state = {"next": every}

    def report(committed: int) -> None:
        if committed >= state["next"]:
            print(f"  {label}: {committed:,} records", file=sys.stderr, flush=True)
            state["next"] = committed + every

    return report


def report_vault_arguments(parser) -> None:
    """The arguments of a bench over a demo vault for the annual report (report_bench,
    registry_report_bench): its size, shape, day and where to keep it."""
    import datetime as dt

    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--contacts-per-client", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2024, 10, 15))
    parser.add_argument("--vault", type=Path, default=None,
                        help="keep the demo vault in this folder (filled when absent, reused "
                             "as it is when present: before/after a change without refilling)")


@contextlib.contextmanager
def report_vault_figures(bench: str, args) -> Iterator[tuple[Path, dict]]:
    """The start every report bench shares: its figures (the machine, size, day and year, the
    seconds the demo vault took to fill) and the filled vault's folder (--vault, or a temporary
    one removed at the end)."""
    figures: dict = {"bench": bench, "machine": machine(), "clients": args.clients,
                     "today": args.today.isoformat(), "year": args.today.year}
    print(f"machine: {figures['machine']}")
    with tempfile.TemporaryDirectory(prefix=f"spreekuur-{bench.replace('_', '-')}-") as tmp:
        folder = args.vault or Path(tmp) / "vault"
        figures["fill_s"] = report_vault(folder, args)
        yield folder, figures


def report_vault(folder: Path, args) -> float:
    """Fill the demo vault of report_vault_arguments in `folder` unless it is there; the seconds
    the filling took (0 when reused)."""
    import time

    from consultant_app.core.demo_vault import fill_demo
    from consultant_app.core.vault.keys import KdfParams
    from consultant_app.core.vault.vault import Vault

    started = time.perf_counter()
    if not Vault.exists(folder):
        fill_demo(folder, BENCH_PASSPHRASE, args.clients, seed=args.seed, kdf=KdfParams(),
                  contacts_per_client=args.contacts_per_client, today=args.today,
                  progress=progress("fill_demo", 50_000))
    return round(time.perf_counter() - started, 1)


def report_counts(product: dict) -> dict:
    """A report's counts of one year in the shape of the report benches' raw statements."""
    return {"by_background": product["clients"]["by_background"],
            "refugees": product["refugees"],
            "extended": product["services"]["uitgebreide_begeleiding"],
            "helped": product["clients"]["total"],
            "guided": product["applications"]["guided"],
            "national": product["applications"]["total"],
            "by_audience": product["group_sessions"]["by_audience"],
            "by_country": product["remigrated_contacts"]["by_country"],
            "relations": product["relation_contacts"],
            "locations": product["locations"]}


def report_counts_agree(raw: dict, product: dict, year: int) -> bool:
    """Whether a report bench's raw statement ({year: counts}) counted what the product did, for
    the year and the year before; both printed when not."""
    import json

    mine = [report_counts(product), report_counts(product["previous_year"])]
    agree = raw[year] == mine[0] and raw[year - 1] == mine[1]
    if not agree:
        print("raw:", json.dumps(raw, sort_keys=True))
        print("product:", json.dumps(mine, sort_keys=True))
    return agree
