"""Row rules benchmark: the cost of core.sync.rows, which the registry runs on every pushed change
and a laptop on every pulled row (not part of the product, not a test).

Synthetic rows only: a demo vault (core.demo, via fill_demo) of --clients clients is made in a temp
dir; every create waiting in its outbox (clients, household members, contacts, notes) is checked
with row_problem(), as the registry checks a push. Prints rows, how many the rules refused (0
expected: the laptop's own rows pass), total and per-row time, and what that means for a full push
batch (500 changes) and a full pull page (2,000 rows).

  .venv/bin/python bench/row_rules_bench.py --clients 1000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import _util  # noqa: F401  (sys.path and sqlcipher registration first)

from consultant_app.core.demo_vault import fill_demo
from consultant_app.core.sync.protocol import MAX_BATCH, MAX_PAGE, content
from consultant_app.core.sync.rows import row_problem
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import Vault

PASSPHRASE = "bench-wachtwoord-lang-genoeg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp()) / "vault"
    fill_demo(folder, PASSPHRASE, args.clients, kdf=KdfParams())  # the Argon2id floor
    with Vault.unlock(folder, PASSPHRASE) as vault:
        rows = [(entity, content(entity, json.loads(payload)["fields"]))
                for entity, op, payload in vault.db.execute(
                    "SELECT entity, op, payload FROM outbox").fetchall() if op == "create"]
    started = time.perf_counter()
    refused = sum(row_problem(entity, row) is not None for entity, row in rows)
    seconds = time.perf_counter() - started
    per_row = seconds / len(rows)
    print(f"{len(rows)} rows checked, {refused} refused, {seconds:.2f} s, "
          f"{per_row * 1e6:.0f} µs per row")
    print(f"a push batch of {MAX_BATCH}: {per_row * MAX_BATCH * 1000:.0f} ms; "
          f"a pull page of {MAX_PAGE}: {per_row * MAX_PAGE * 1000:.0f} ms")


if __name__ == "__main__":
    main()
