"""A vault filled with synthetic clients, for trying the product, demos and benchmarks.

The records come from core.demo (synthetic people only) and go through the same import path as
real data, so a demo vault is indexed, audited and sync-ready exactly like a real one; the
remigratie cases among them (in every state) come in as `case` and `case_event` lines, checked
by the same state machine as a case typed in. A demo vault also gets the office's own
registration the annual report counts, once (core.demo.office: spreekuur locations with their
cities, partner organisations and relation contacts, group sessions; and a national total of
applications marked as a fictitious demo figure), so the report is not empty on a fresh start.
A vault
made here carries the setting `demo` = "yes" (sync then talks only to a demo registry) and an
organisation with a name, address and phone, so letters open on a preview at once. Synthetic
people go into a vault without that mark only when the user confirms it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path

from consultant_app.core.demo import generate, office, office_figures
from consultant_app.core.errors import VaultError
from consultant_app.core.importer import import_records
from consultant_app.core.vault.keys import KdfParams
from consultant_app.core.vault.vault import Vault
from consultant_app.core.workspace import Workspace

DEMO_CONSULTANT = "Demo-consulent"
DEMO_BATCH = 5000
# A made-up organisation, so letters have a sender without anyone filling in a form first.
DEMO_ORGANISATION = {
    "organisation": "Stichting Voorbeeld Remigratie-advies",
    "organisation_address": "Postbus 2016, 3500 GA Utrecht",
    "organisation_phone": "030 799 00 00",
}


def fill_demo(data_dir: Path, passphrase: str, clients: int, *, seed: int = 2016,
              progress: Callable[[int], None] = lambda n: None,
              kdf: KdfParams | None = None,
              confirm_real_vault: Callable[[], bool] = lambda: False,
              contacts_per_client: float = 2.0, today: datetime.date | None = None) -> int:
    """Add `clients` synthetic clients (with households, contacts, notes and, for a few, a
    remigratie case); returns the number of clients now in the vault. The vault is created
    first when absent (and marked as a demo); an existing vault without the mark is refused
    unless `confirm_real_vault()` says yes (a flag or a question at the terminal). Dates are
    relative to `today` (default: the real today); `contacts_per_client` is the mean number of
    contacts per client (benchmarks ask for more)."""
    if Vault.exists(data_dir):
        vault = Vault.unlock(data_dir, passphrase)
        if not vault.demo and not confirm_real_vault():
            vault.close()
            raise VaultError("demo_into_real_vault")
        if vault.demo:
            _complete_organisation(vault)
    else:
        vault = _create(data_dir, passphrase, kdf)
    with vault:
        workspace = Workspace(vault)
        casefile = workspace.casefile
        # The content follows the seed; the ids are salted with the vault's own id, so two
        # vaults filled with the same seed never share a client. A second run on the same vault
        # moves the seed along, or its clients would repeat the first run's ids.
        salt = vault.setting("vault_id") or ""
        registration = _office(workspace, clients, seed, today, salt) if vault.demo else ()
        seed += casefile.count_clients()
        records = generate(clients, seed=seed, id_salt=salt, cases=True, today=today,
                           contacts_per_client=contacts_per_client)
        result = import_records(casefile, chain(registration, records), cases=workspace.cases,
                                office=workspace.office, batch_size=DEMO_BATCH,
                                on_commit=progress)
        if result.problems:
            first = result.problems[0]
            raise first.error
        return casefile.count_clients()


def _office(workspace: Workspace, clients: int, seed: int, today: datetime.date | None,
            salt: str) -> Iterator[dict]:
    """The office's demo registration for a vault that has none yet (a second fill adds
    clients, not another year of sessions); the national figures are set beside it. A place
    the vault knows already (a demo vault made before it had this registration made its
    locations from the contacts' names) is kept, given its city when it has none, and the
    sessions refer to it."""
    service = workspace.office
    if service.partners() or service.group_sessions() or service.relations():
        return
    for figure in office_figures(seed=seed, today=today):
        service.set_figure(figure["year"], figure["key"], figure["value"], figure["source"])
    known: dict[str, str] = {}
    for line in office(clients, seed=seed, today=today, id_salt=salt):
        if line["type"] == "location":
            found = service.location_named(line["name"])
            if found is not None:
                known[line["id"]] = found["id"]
                if not found.get("city"):
                    service.update_location(found["id"], {"city": line["city"]})
                continue
        elif line["type"] == "group_session":
            line["location_id"] = known.get(line["location_id"], line["location_id"])
        yield line


def _complete_organisation(vault: Vault) -> None:
    """A demo vault made before demo vaults had an organisation gets one (its name was the
    bare word "Demo", which letters printed as "Demo mag: ...")."""
    for key, value in DEMO_ORGANISATION.items():
        if vault.setting(key) in (None, "", "Demo"):
            vault.set_setting(key, value)


def _create(data_dir: Path, passphrase: str, kdf: KdfParams | None) -> Vault:
    vault = Vault.create(data_dir, DEMO_CONSULTANT, passphrase, kdf=kdf,
                         organisation=DEMO_ORGANISATION["organisation"])
    vault.settings.set(Vault.DEMO_SETTING, True)
    for key, value in DEMO_ORGANISATION.items():  # as written, the way a letter shows them
        vault.set_setting(key, value)
    return vault
