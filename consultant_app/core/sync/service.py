"""Sync as the consultant uses it (both faces call this): log in, sync, see the state, resolve
conflicts.

A sync pushes the outbox in batches, then pulls pages since the stored cursor, then compares counts
and checksums with the registry. A pulled row this device cannot store (it breaks the row rules
both sides share, core.sync.rows) is set aside with its reason; the rest of its page applies and
the sync goes on. The comparison counts a set-aside row as the registry holds it, so it is
reported once, as set aside, and not a second time as a difference. Each push answer is applied
in one local transaction together with removing the entries it answered; each pulled page
together with the new cursor. Cut off anywhere, the next sync resumes: a push answer that never
arrived is sent again and answered as a duplicate, a page that never arrived is asked for again.
Order is the server's sequence, never a clock.

The same session asks the registry for the annual report's figures (counts only): the user's
team's, another team's or every team's at once (the last two for a coordinator), with the
refusals said in the report's words (REPORT_CODES).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from consultant_app.core.errors import NotFoundError, ReportError, SyncError, ValidationError
from consultant_app.core.vault.settings import SETTINGS
from consultant_app.core.sync import protocol, rows as row_rules
from consultant_app.core.sync.credentials import Credentials
from consultant_app.core.sync.transport import Transport, check_server_url
from consultant_app.core.vault import audit, clients, conflicts, records, replica
from consultant_app.core.domain.records import Conflict, Rejected, SetAside
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault.vault import Vault, utc_now

Progress = Callable[[str, int, int | None], None]  # (stage, done, total or None)
STAGES = ("push", "pull", "check")
DEFAULT_WARN_DAYS = SETTINGS["sync_warn_days"].default
# What a login says instead of the sync's words when the registry cannot be reached or answers
# oddly: nothing was being synced, so nothing "resumes" and nothing "was lost".
LOGIN_CODES = {"registry_unreachable": "login_unreachable", "registry_timeout": "login_timeout",
               "registry_status": "login_registry_status",
               "registry_unavailable": "login_unavailable",
               "registry_answer_invalid": "login_answer_invalid"}
# What asking the registry for a report says instead of the sync's words: nothing was being
# synced, so nothing "resumes".
REPORT_CODES = {"registry_unreachable": "report_registry_unreachable",
                "registry_timeout": "report_registry_timeout",
                "registry_forbidden": "report_registry_forbidden",
                "registry_status": "report_registry_status",
                "registry_unavailable": "report_registry_unavailable",
                "not_logged_in": "report_registry_not_logged_in"}
CHECK_ROUNDS = 3  # pulls to catch up with colleagues who pushed while we compared
# Payload characters per push: an eighth of the registry's body limit leaves room for JSON
# escaping (a character may take up to 6 bytes as \uXXXX) and the audit entries beside it.
BATCH_CHARS = protocol.MAX_BODY_BYTES // 8


@dataclass(frozen=True)
class Receipt:
    """What one sync did. `checked` tells whether counts and checksums were compared (not when
    changes were made during the sync); `mismatches` names the entities that differ;
    `set_aside` counts pulled rows this device could not store (kept aside, see set_aside())."""

    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    set_aside: int = 0
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
    set_aside: int = 0
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
        self.settings = vault.settings
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
                try:
                    self._same_kind(answer)
                except SyncError:
                    _end_session(transport, answer)
                    raise
        except SyncError as error:  # no sync began: "the next sync resumes" would be wrong
            code = LOGIN_CODES.get(error.code)
            if code is None:
                raise
            raise SyncError(code, **error.params) from None
        if (server, user.strip()) != (self.credentials.server, self.credentials.user):
            self.settings.set("sync_cursor", 0)
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
            set_aside=conflicts.count_set_aside(self.db),
            warn_after_days=self.settings.get("sync_warn_days"),
            last_receipt=json.loads(receipt) if receipt else {})

    def set_warn_days(self, days: int) -> None:
        self.settings.set("sync_warn_days", days)

    def conflicts(self) -> list[Conflict]:
        return conflicts.open_conflicts(self.db)

    def rejected(self) -> list[Rejected]:
        return conflicts.rejected(self.db)

    def set_aside(self) -> list[SetAside]:
        return conflicts.set_aside_rows(self.db)

    # -- sync ----------------------------------------------------------------------------------
    def sync(self, server: str | None = None, progress: Progress | None = None) -> Receipt:
        if server and check_server_url(server) != self.credentials.server:
            raise SyncError("login_other_server")
        if self.credentials.server is None:
            raise SyncError("not_logged_in")
        report = progress or (lambda stage, done, total: None)
        with self._transport() as transport:
            counts = self._push(transport, report)
            counts["pulled"] = counts["set_aside"] = 0
            self._pull(transport, report, counts)
            checked, mismatches = self._check(transport, report, counts)
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
                answer = transport.refresh_access(token)
            except SyncError as error:
                if error.code == "login_required":
                    self.credentials.forget_token()  # expired or revoked: ask for a login
                raise
        self._same_kind(answer)  # before the first push of every sync
        return _text(answer, "access_token")

    def _same_kind(self, answer: dict[str, Any]) -> None:
        """A demo vault (synthetic people) syncs only with a demo registry, a real vault only
        with a real one. A registry that does not say (an older one) is a real one."""
        registry_is_demo = answer.get("demo") is True
        if registry_is_demo != self.vault.demo:
            raise SyncError("registry_real_for_demo_vault" if self.vault.demo
                            else "registry_demo_for_real_vault")

    def _ca_file(self) -> Path | None:
        ca_file = self.vault.setting("sync_ca_file")
        return Path(ca_file) if ca_file else None

    def _push(self, transport: Transport, report: Progress) -> dict[str, int]:
        counts = {"pushed": 0, "merged": 0, "conflicts": 0, "rejected": 0}
        total = replica.count_pending(self.db)
        audit_cursor = self.settings.get("sync_audit_cursor")
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
                    self.settings.set("sync_audit_cursor", audit_cursor)
            report("push", min(counts["pushed"] + counts["rejected"], total), total)

    def _take_result(self, change: replica.OutboxChange, result: dict[str, Any],
                     counts: dict[str, int]) -> None:
        status = result.get("status")
        if status == protocol.STATUS_DUPLICATE:  # our earlier answer was lost on the way
            status = result.get("original_status", protocol.STATUS_APPLIED)
        client_id = replica.client_of(self.db, change.entity, change.row_id)
        if status == protocol.STATUS_REJECTED:
            counts["rejected"] += 1
            field = result.get("field")
            conflicts.add_rejected(self.db, change.change_id, change.entity, change.row_id,
                                   client_id, change.op,
                                   {"fields": change.fields, "base": change.base},
                                   str(result.get("reason") or "invalid"),
                                   field if isinstance(field, str) else None)
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

    def _pull(self, transport: Transport, report: Progress, counts: dict[str, int]) -> None:
        """Pull pages until the registry has no more; counts the rows changed here ("pulled")
        and those set aside."""
        cursor = self.settings.get("sync_cursor")
        received = 0
        # A page may bring a household member before its client row; the keys hold again
        # once the pull is through, and an interrupted pull resumes with the missing rows.
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            while True:
                page = transport.pull(cursor, protocol.MAX_PAGE)
                rows, following = page.get("rows"), page.get("next")
                if not isinstance(rows, list) or not isinstance(following, int):
                    raise SyncError("registry_answer_invalid")
                good, bad = _sort_out(rows, lambda ids: replica.case_clients(self.db, ids))
                with transaction(self.db):
                    counts["pulled"] += replica.apply_rows(self.db, good)
                    conflicts.forget_set_aside(self.db, [row["row_id"] for row in good])
                    conflicts.set_aside(self.db, bad)
                    self.settings.set("sync_cursor", following)
                counts["set_aside"] += len(bad)
                cursor, received = following, received + len(rows)
                report("pull", received, None)
                if not page.get("more"):
                    return
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    def _check(self, transport: Transport, report: Progress,
               counts: dict[str, int]) -> tuple[bool, list[str]]:
        """Compare counts and checksums with the registry. Not when changes wait to be sent
        (they would differ by design); pulled again when colleagues pushed meanwhile."""
        for _ in range(CHECK_ROUNDS):
            if replica.count_pending(self.db):
                return False, []
            report("check", 0, None)
            server = transport.summary()
            if _int(server.get("head"), 0) > self.settings.get("sync_cursor"):
                self._pull(transport, report, counts)
                continue
            local = replica.summary(self.db)
            theirs = server.get("entities") or {}
            return True, [e for e in protocol.ENTITIES if theirs.get(e) != local[e]]
        return False, []

    # -- the team's figures -------------------------------------------------------------------
    def annual_report(self, year: int, team: str | None = None) -> dict[str, Any]:
        """The annual report of this user's team (or, for a coordinator, of `team`) computed
        by the registry: counts only, in the shape of core.reports.shape. ReportError
        report_no_data when the team registered nothing in `year`; SyncError with one of
        REPORT_CODES when the registry cannot be asked."""
        return self._ask_for_report(year, lambda transport: transport.annual_report(year, team))

    def annual_reports(self, year: int) -> dict[str, Any]:
        """Every team's annual report computed by the registry, for a coordinator:
        {year, source, teams: {team: report or None}}. SyncError report_all_teams_forbidden
        for anyone else, or one of REPORT_CODES when the registry cannot be asked."""
        return self._ask_for_report(year, lambda transport: transport.annual_reports(year),
                                    forbidden="report_all_teams_forbidden")

    def _ask_for_report(self, year: int, ask: Callable[[Transport], dict[str, Any]], *,
                        forbidden: str = "report_registry_forbidden") -> dict[str, Any]:
        try:
            if self.credentials.server is None:
                raise SyncError("not_logged_in")
            with self._transport() as transport:
                return ask(transport)
        except SyncError as error:
            if error.code == "registry_report_no_data":
                raise ReportError("report_no_data", year=year) from None
            code = forbidden if error.code == "registry_forbidden" else REPORT_CODES.get(
                error.code)
            if code is None:
                raise
            raise SyncError(code, **error.params) from None

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


def _sort_out(rows: list[Any], case_clients: Callable[[list[str]], dict[str, str]]
              ) -> tuple[list[dict[str, Any]], list[tuple[Any, str, str]]]:
    """The rows of a page this device can store, and (row, field, problem) for the others.
    A case event or deadline mark whose case is another client's (as this device or the page
    knows the case) is set aside too: stored, it would change that client's case. One whose
    case is not known yet is kept: the case may come in a later page."""
    good, bad = [], []
    for row in rows:
        problem = row_rules.pulled_row_problem(row)
        if problem is None:
            good.append(row)
        else:
            bad.append((row, problem.field, problem.problem))
    naming = [row for row in good if row["entity"] in row_rules.CASE_ROWS and not row["deleted"]]
    if not naming:
        return good, bad
    owners = case_clients(sorted({row["fields"]["case_id"] for row in naming}))
    owners.update({row["row_id"]: row["fields"]["client_id"] for row in good
                   if row["entity"] == "cases" and not row["deleted"]})
    kept = []
    for row in good:
        problem = (None if row["deleted"] else row_rules.case_problem(
            row["entity"], row["fields"], owners.get(row["fields"].get("case_id"))))
        if problem is None:
            kept.append(row)
        else:
            bad.append((row, problem.field, problem.problem))
    return kept, bad


def _end_session(transport: Transport, answer: dict[str, Any]) -> None:
    """Log out a session that will not be used (the registry is of the other kind)."""
    token = answer.get("refresh_token")
    if isinstance(token, str) and token:
        try:
            transport.logout(token)
        except SyncError:
            pass  # it expires there on its own


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
