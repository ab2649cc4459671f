"""The eligibility service: check a client of the vault against a scheme pack on a date and keep
the check in the client file, in one transaction with its access-log entries (the file was read
for eligibility, and a check was added to it). The same client data, pack and date give the same
verdict and data hash however often the check runs; each run is kept as a row of its own. All
clients can be checked in one pass (`check_all`), their files read once, without keeping a
check in each file unless asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from consultant_app.core.domain.records import StoredCheck
from consultant_app.core.rules.evaluate import Check, Evaluator, evaluate, require_regime
from consultant_app.core.rules.library import RuleLibrary
from consultant_app.core.vault import audit, clients, eligibility_checks
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault

AUDIT_DETAIL = "eligibility"


def outcomes(check: Check) -> list[dict[str, Any]]:
    """Per condition what a kept check records: no translated text, so any face can explain it
    again in its own language from the code and its parameters."""
    return [{"id": c.id, "outcome": c.outcome, "code": c.code, "params": c.params,
             "missing": list(c.missing), "uncertain": c.uncertain} for c in check.conditions]


class EligibilityService:
    """Eligibility checks of the clients of one unlocked vault."""

    def __init__(self, vault: Vault, library: RuleLibrary):
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.library = library

    def check(self, client_id: str, scheme: str, day: dt.date) -> tuple[str, Check]:
        """Check the client on `day` and keep it; returns (the kept check's id, the check).
        RulesError for an unknown scheme or a date before its first regime (nothing read or
        written then); NotFoundError("client_not_found") for an unknown client."""
        pack = self.library.get(scheme)
        require_regime(pack, day)
        with transaction(self.db):
            client = clients.get_client(self.db, client_id)
            result = evaluate(pack, client, day)
            check_id = eligibility_checks.add_check(self.db, self._kept(client_id, result),
                                                    self.who)
            audit.record(self.db, self.who, "read", client_id, detail=AUDIT_DETAIL)
            audit.record(self.db, self.who, "create", client_id, detail=AUDIT_DETAIL)
        return check_id, result

    def check_all(self, scheme: str, day: dt.date, keep: bool = False,
                  chunk: int = 500) -> Iterator[tuple[str, Check]]:
        """Every client checked on `day`: (client id, check) in client-id order, the files read
        once, a chunk at a time (core.vault.clients.each_client), so a pass over 50,000 clients
        holds one chunk. Each file read is logged as one check's is; the checks are kept in the
        files only with `keep` (then each as `check` keeps it). Errors as `check`, raised before
        anything is read. Run the iterator to its end: the pass is one transaction."""
        evaluator = Evaluator(self.library.get(scheme), day)
        with transaction(self.db):
            done: list[tuple[str, Check]] = []
            for client in clients.each_client(self.db, chunk=chunk):
                result = evaluator.check(client)
                done.append((client.id, result))
                yield client.id, result
                if len(done) >= chunk:
                    self._record(done, keep)
                    done = []
            self._record(done, keep)

    def _record(self, done: list[tuple[str, Check]], keep: bool) -> None:
        if keep:
            eligibility_checks.add_checks(
                self.db, [self._kept(client_id, result) for client_id, result in done], self.who)
        audit.record_many(self.db, self.who, "read",
                          [(client_id, AUDIT_DETAIL) for client_id, _ in done])
        if keep:
            audit.record_many(self.db, self.who, "create",
                              [(client_id, AUDIT_DETAIL) for client_id, _ in done])

    def _kept(self, client_id: str, result: Check) -> dict[str, Any]:
        """A check as the client file keeps it."""
        return {"client_id": client_id, "scheme": result.scheme,
                "rules_version": result.rules_version, "pack_hash": result.pack_hash,
                "data_hash": result.data_hash, "check_date": result.date.isoformat(),
                "regime": result.regime, "verdict": result.verdict,
                "conditions": outcomes(result), "consultant": self.who.consultant}

    def history(self, client_id: str) -> list[StoredCheck]:
        """The checks kept in the client's file, oldest first (logged as a read)."""
        with transaction(self.db):
            clients.get_client(self.db, client_id)
            found = eligibility_checks.checks_for(self.db, client_id)
            audit.record(self.db, self.who, "read", client_id, detail=AUDIT_DETAIL)
        return found
