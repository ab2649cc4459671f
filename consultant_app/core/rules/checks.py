"""The eligibility service: check a client of the vault against a scheme pack on a date and keep
the check in the client file, in one transaction with its access-log entries (the file was read
for eligibility, and a check was added to it). The same client data, pack and date give the same
verdict and data hash however often the check runs; each run is kept as a row of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from consultant_app.core.domain.records import StoredCheck
from consultant_app.core.rules.evaluate import Check, evaluate, require_regime
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
            check_id = eligibility_checks.add_check(self.db, {
                "client_id": client_id, "scheme": result.scheme,
                "rules_version": result.rules_version, "pack_hash": result.pack_hash,
                "data_hash": result.data_hash, "check_date": day.isoformat(),
                "regime": result.regime, "verdict": result.verdict,
                "conditions": outcomes(result), "consultant": self.who.consultant,
            }, self.who)
            audit.record(self.db, self.who, "read", client_id, detail=AUDIT_DETAIL)
            audit.record(self.db, self.who, "create", client_id, detail=AUDIT_DETAIL)
        return check_id, result

    def history(self, client_id: str) -> list[StoredCheck]:
        """The checks kept in the client's file, oldest first (logged as a read)."""
        with transaction(self.db):
            clients.get_client(self.db, client_id)
            found = eligibility_checks.checks_for(self.db, client_id)
            audit.record(self.db, self.who, "read", client_id, detail=AUDIT_DETAIL)
        return found
