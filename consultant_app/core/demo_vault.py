"""A vault filled with synthetic clients, for trying the product, demos and benchmarks.

The records come from core.demo (synthetic people only) and go through the same import path as
real data, so a demo vault is indexed, audited and sync-ready exactly like a real one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from consultant_app.core.casefile import CaseFile
from consultant_app.core.demo import generate
from consultant_app.core.importer import import_records
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import Vault

DEMO_CONSULTANT = "Demo-consulent"
DEMO_BATCH = 5000


def fill_demo(data_dir: Path, passphrase: str, clients: int, *, seed: int = 2016,
              progress: Callable[[int], None] = lambda n: None,
              kdf: KdfParams | None = None) -> int:
    """Add `clients` synthetic clients (with households, contacts and notes); returns the
    number of clients now in the vault. The vault is created first when absent."""
    if Vault.exists(data_dir):
        vault = Vault.unlock(data_dir, passphrase)
    else:
        vault = Vault.create(data_dir, DEMO_CONSULTANT, passphrase, kdf=kdf,
                             organisation="Demo")
        vault.set_setting("demo", "yes")
    with vault:
        casefile = CaseFile(vault)
        # Demo records carry ids derived from the seed: a second run on the same vault needs
        # another seed, or every client would clash with the first run's.
        seed += casefile.count_clients()
        result = import_records(casefile, generate(clients, seed=seed), batch_size=DEMO_BATCH,
                                on_commit=progress)
        if result.problems:
            first = result.problems[0]
            raise first.error
        return casefile.count_clients()
