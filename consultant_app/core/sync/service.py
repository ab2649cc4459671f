"""Sync as the consultant uses it (both faces call this): log in, sync, see the state, resolve
conflicts.

A sync pushes the outbox in batches, then pulls pages since the stored cursor, then compares counts
and checksums with the registry. Each push answer is applied in one local transaction together with
removing the entries it answered; each pulled page together with the new cursor. Cut off anywhere,
the next sync resumes: a push answer that never arrived is sent again and answered as a duplicate,
a page that never arrived is asked for again. Order is the server's sequence, never a clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from consultant_app.core.errors import NotFoundError, SyncError, ValidationError
from consultant_app.core.sync import protocol
from consultant_app.core.sync.credentials import Credentials
from consultant_app.core.sync.transport import Transport, check_server_url
from consultant_app.core.vault import audit, clients, conflicts, records, replica
from consultant_app.core.vault.conflicts import Conflict, Rejected
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault, utc_now

Progress = Callable[[str, int, int | None], None]  # (stage, done, total or None)
STAGES = ("push", "pull", "check")
DEFAULT_WARN_DAYS = 7
# What a login says instead of the sync's words when the registry cannot be reached or answers
# oddly: nothing was being synced, so nothing "resumes" and nothing "was lost".
LOGIN_CODES = {"registry_unreachable": "login_unreachable", "registry_timeout": "login_timeout",
               "registry_status": "login_registry_status",
               "registry_unavailable": "login_unavailable",
               "registry_answer_invalid": "login_answer_invalid"}
CHECK_ROUNDS = 3  # pulls to catch up with colleagues who pushed while we compared
# Payload characters per push: an eighth of the registry's body limit leaves room for JSON
# escaping (a character may take up to 6 bytes as \uXXXX) and the audit entries beside it.
BATCH_CHARS = protocol.MAX_BODY_BYTES // 8


@dataclass(frozen=True)
class Receipt:
    """What one sync did. `checked` tells whether counts and checksums were compared (not when
    changes were made during the sync); `mismatches` names the entities that differ."""

    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    checked: bool = False
    mismatches: tuple[str, ...] = ()
    finished_at: str = ""

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "mismatches": list(self.mismatches)}


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    user: str | None
    logged_in: bool
    last_sync_at: str | None
    waiting: int
    conflicts: int
    rejected: int
    warn_after_days: int = DEFAULT_WARN_DAYS
    last_receipt: dict[str, Any] = field(default_factory=dict)

    def days_since(self, now: datetime | None = None) -> int | None:
        if not self.last_sync_at:
            return None
        then = datetime.fromisoformat(self.last_sync_at)
        return max(((now or datetime.now(timezone.utc)) - then).days, 0)

    @property
    def overdue(self) -> bool:
        """Time to sync: never synced with changes waiting, or longer ago than the setting.
        Not before a registry is set up: an office without one would be warned forever."""
        if self.server is None:
            return False
        days = self.days_since()
        return (self.waiting > 0 and days is None) or (days is not None
                                                       and days >= self.warn_after_days)


class SyncService:
    """Sync for one unlocked vault. `keyring_backend` replaces the OS keyring (tests)."""

    def __init__(self, vault: Vault, *, keyring_backend: Any | None = None):
        self.vault = vault
        self.db = vault.db
        self.credentials = Credentials(vault, keyring_backend)

    # -- login ---------------------------------------------------------------------------------
    def login(self, server: str, user: str, password: str,
              ca_file: Path | None = None) -> str:
        """Log in and keep the refresh token; returns where it is kept (keyring or vault).
        Another server or user than before starts the pull from the beginning."""
        server = check_server_url(server)
        if not user.strip() or not password:
            raise SyncError("login_incomplete")
        try:
            with Transport(server, ca_file=ca_file) as transport:
                answer = transport.login(user.strip(), password, self.vault.identity.device_id,
                                         self.vault.identity.device_name)
        except SyncError as error:  # no sync began: "the next sync resumes" would be wrong
            code = LOGIN_CODES.get(error.code)
            if code is None:
                raise
            raise SyncError(code, **error.params) from None
        if (server, user.strip()) != (self.credentials.server, self.credentials.user):
            self.vault.set_setting("sync_cursor", "0")
        self.vault.set_setting("sync_ca_file", str(ca_file) if ca_file else None)
        self.vault.set_setting("sync_team", str(answer.get("team") or ""))
        return self.credentials.save(server, user.strip(), _text(answer, "refresh_token"))

    def logout(self) -> None:
        token = self.credentials.refresh_token()
        if token and self.credentials.server:
            try:
                with self._transport() as transport:
                    transport.logout(token)
            except SyncError:
                pass  # offline: the token is dropped here and expires there
        self.credentials.forget_token()

    # -- state ---------------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        receipt = self.vault.setting("sync_last_receipt")
        return SyncStatus(
            server=self.credentials.server, user=self.credentials.user,
            logged_in=self.credentials.store is not None,
            last_sync_at=self.vault.setting("sync_last_at"),
            waiting=replica.count_pending(self.db), conflicts=conflicts.count_open(self.db),
            rejected=len(conflicts.rejected(self.db)),
            warn_after_days=_int(self.vault.setting("sync_warn_days"), DEFAULT_WARN_DAYS),
            last_receipt=json.loads(receipt) if receipt else {})

    def set_warn_days(self, days: int) -> None:
        if not 1 <= days <= 365:
            raise ValidationError("sync_warn_days_range", field="sync_warn_days")
        self.vault.set_setting("sync_warn_days", str(days))

    def conflicts(self) -> list[Conflict]:
        return conflicts.open_conflicts(self.db)

    def rejected(self) -> list[Rejected]:
        return conflicts.rejected(self.db)

    # -- sync ----------------------------------------------------------------------------------
    def sync(self, server: str | None = None, progress: Progress | None = None) -> Receipt:
        if server and check_server_url(server) != self.credentials.server:
            raise SyncError("login_other_server")
        if self.credentials.server is None:
            raise SyncError("not_logged_in")
        report = progress or (lambda stage, done, total: None)
        with self._transport() as transport:
            counts = self._push(transport, report)
            counts["pulled"] = self._pull(transport, report)
            checked, mismatches, extra = self._check(transport, report)
            counts["pulled"] += extra
        receipt = Receipt(**counts, checked=checked, mismatches=tuple(mismatches),
                          finished_at=utc_now())
        with transaction(self.db):
            self.vault.set_setting("sync_last_at", receipt.finished_at)
            self.vault.set_setting("sync_last_receipt", json.dumps(receipt.as_json()))
        return receipt

    def _transport(self) -> Transport:
        ca_file = self.vault.setting("sync_ca_file")
        return Transport(self.credentials.server or "", refresh=self._refresh_access,
                         ca_file=Path(ca_file) if ca_file else None)

    def _refresh_access(self) -> str:
        token = self.credentials.refresh_token()
        if not token:
            raise SyncError("login_required")
        with Transport(self.credentials.server or "", ca_file=self._ca_file()) as transport:
            try:
                return _text(transport.refresh_access(token), "access_token")
            except SyncError as error:
                if error.code == "login_required":
                    self.credentials.forget_token()  # expired or revoked: ask for a login
                raise

    def _ca_file(self) -> Path | None:
        ca_file = self.vault.setting("sync_ca_file")
        return Path(ca_file) if ca_file else None

    def _push(self, transport: Transport, report: Progress) -> dict[str, int]:
        counts = {"pushed": 0, "merged": 0, "conflicts": 0, "rejected": 0}
        total = replica.count_pending(self.db)
        audit_cursor = _int(self.vault.setting("sync_audit_cursor"), 0)
        report("push", 0, total)
        while True:
            batch = replica.pending_changes(self.db, protocol.MAX_BATCH, BATCH_CHARS)
            entries = audit.since(self.db, audit_cursor, protocol.MAX_AUDIT)
            if not batch and not entries:
                return counts
            answer = transport.push(self.vault.identity.device_id,
                                    [change.as_json() for change in batch],
                                    [entry for _, entry in entries])
            results = answer.get("results")
            if not isinstance(results, list) or len(results) != len(batch):
                raise SyncError("registry_answer_invalid")
            with transaction(self.db):
                for change, result in zip(batch, results):
                    self._take_result(change, result, counts)
                replica.forget_changes(self.db, [change.seq for change in batch])
                if entries:
                    audit_cursor = entries[-1][0]
                    self.vault.set_setting("sync_audit_cursor", str(audit_cursor))
            report("push", min(counts["pushed"] + counts["rejected"], total), total)

    def _take_result(self, change: replica.OutboxChange, result: dict[str, Any],
                     counts: dict[str, int]) -> None:
        status = result.get("status")
        if status == protocol.STATUS_DUPLICATE:  # our earlier answer was lost on the way
            status = result.get("original_status", protocol.STATUS_APPLIED)
        client_id = replica.client_of(self.db, change.entity, change.row_id)
        if status == protocol.STATUS_REJECTED:
            counts["rejected"] += 1
            conflicts.add_rejected(self.db, change.change_id, change.entity, change.row_id,
                                   client_id, change.op,
                                   {"fields": change.fields, "base": change.base},
                                   str(result.get("reason") or "invalid"))
            return
        counts["pushed"] += 1
        counts["merged"] += status == protocol.STATUS_MERGED
        theirs = {}
        for clash in result.get("conflicts") or []:
            counts["conflicts"] += 1
            conflicts.add(self.db, change.entity, change.row_id, client_id, clash["field"],
                          clash.get("base"), clash.get("mine"), clash.get("theirs"))
            theirs[clash["field"]] = clash.get("theirs")
        if theirs:
            replica.take_theirs(self.db, change.entity, change.row_id, theirs)

    def _pull(self, transport: Transport, report: Progress) -> int:
        """Pull pages until the registry has no more; returns the rows changed here."""
        cursor = _int(self.vault.setting("sync_cursor"), 0)
        changed = received = 0
        # A page may bring a household member before its client row; the keys hold again
        # once the pull is through, and an interrupted pull resumes with the missing rows.
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            while True:
                page = transport.pull(cursor, protocol.MAX_PAGE)
                rows, following = page.get("rows"), page.get("next")
                if (not isinstance(rows, list) or not isinstance(following, int)
                        or not all(_well_formed(row) for row in rows)):
                    raise SyncError("registry_answer_invalid")
                with transaction(self.db):
                    changed += replica.apply_rows(self.db, rows)
                    self.vault.set_setting("sync_cursor", str(following))
                cursor, received = following, received + len(rows)
                report("pull", received, None)
                if not page.get("more"):
                    return changed
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    def _check(self, transport: Transport, report: Progress) -> tuple[bool, list[str], int]:
        """Compare counts and checksums with the registry. Not when changes wait to be sent
        (they would differ by design); pulled again when colleagues pushed meanwhile."""
        pulled = 0
        for _ in range(CHECK_ROUNDS):
            if replica.count_pending(self.db):
                return False, [], pulled
            report("check", 0, None)
            server = transport.summary()
            if _int(server.get("head"), 0) > _int(self.vault.setting("sync_cursor"), 0):
                pulled += self._pull(transport, report)
                continue
            local = replica.summary(self.db)
            theirs = server.get("entities") or {}
            return True, [e for e in protocol.ENTITIES if theirs.get(e) != local[e]], pulled
        return False, [], pulled

    # -- conflicts -----------------------------------------------------------------------------
    def resolve(self, conflict_id: str, keep: str | None = None, value: Any = None) -> None:
        """Settle a conflict: keep "theirs" (already on the row), "mine" (sent as a new change
        on top of theirs), or a new value (a client field only: it is validated like an edit)."""
        with transaction(self.db):
            conflict = conflicts.get_open(self.db, conflict_id)
            if keep == "theirs":
                conflicts.mark_resolved(self.db, conflict.id, "theirs")
                return
            if keep == "mine":
                self._write(conflict, conflict.mine)
                conflicts.mark_resolved(self.db, conflict.id, "mine")
                return
            if conflict.entity != "clients":
                raise ValidationError("conflict_value_clients_only", field=conflict.field)
            from consultant_app.core.casefile import CaseFile

            CaseFile(self.vault).update_client(conflict.row_id, {conflict.field: value})
            conflicts.mark_resolved(self.db, conflict.id, "value")

    def _write(self, conflict: Conflict, value: Any) -> None:
        try:
            records.update(self.db, conflict.entity, conflict.row_id, {conflict.field: value},
                           self.vault.identity)
        except NotFoundError:
            raise NotFoundError("conflict_row_gone") from None
        if conflict.entity in replica.NAMED and conflict.client_id:
            clients.reindex(self.db, conflict.client_id)
        audit.record(self.db, self.vault.identity, "update", conflict.client_id,
                     detail="conflict")


ROW_KEYS = {"row_id": str, "entity": str, "version": int, "deleted": bool, "fields": dict,
            "created_at": str, "created_by": str, "changed_at": str, "changed_by": str}


def _well_formed(row: Any) -> bool:
    """A pulled row has what applying it reads, with the right types (else nothing of the
    page is applied and the sync stops with a clear message)."""
    return isinstance(row, dict) and all(isinstance(row.get(key), kind)
                                         for key, kind in ROW_KEYS.items())


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _text(answer: dict[str, Any], key: str) -> str:
    value = answer.get(key)
    if not isinstance(value, str) or not value:
        raise SyncError("registry_answer_invalid")
    return value
