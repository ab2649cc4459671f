"""Working out one pushed batch in memory: each change checked against the rules of the protocol
(teams, append-only notes, immutable columns, required columns; a row of the team such as a
location belongs to the creator's team and to no client) and the row rules the laptops
apply too (core.sync.rows: types, vocabularies, lengths, dates, NFC; a case event or deadline
mark names a live case of the team and of its own client), merged field by field against
the server's row, and given its sequence number and result; erasure of a client with every row
of theirs. No SQL here: registry.sync loads what a batch needs and writes back what it changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from consultant_app.core.sync.protocol import (
    APPEND_ONLY, CLIENTS, ENTITIES, IMMUTABLE, OPS, REQUIRED, STATUS_APPLIED, STATUS_CONFLICT,
    STATUS_DUPLICATE, STATUS_MERGED, STATUS_REJECTED, TEAM_ROWS, UUID, canonical, change_digest,
    check_value, content,
)
from consultant_app.core.sync.rows import CASE_ROWS, RowProblem, case_problem, row_problem
from consultant_app.registry.accounts import Identity

Change = Mapping[str, Any]


@dataclass
class Record:
    """The server's current state of one row."""

    row_id: str
    entity: str
    team: str
    client_id: str
    version: int
    deleted: bool
    fields: dict[str, Any]
    created_at: str
    created_by: str
    changed_at: str
    changed_by: str
    last_seq: int


def _plain(value: Any) -> bool:
    """A storable column value: a scalar the protocol allows, text that is valid UTF-8."""
    if not check_value(value):
        return False
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape
            return False
    return True


def change_problem(change: Change) -> str | None:
    """"invalid" when a change breaks the shape of the protocol, else None."""
    entity = change["entity"]
    if (entity not in ENTITIES or change["op"] not in OPS
            or not UUID.fullmatch(change["row_id"]) or not UUID.fullmatch(change["change_id"])):
        return "invalid"
    columns = ENTITIES[entity]
    for values in (change["fields"], change["base"]):
        if any(key not in columns or not _plain(value) for key, value in values.items()):
            return "invalid"
    client_id = change["fields"].get("client_id")
    if client_id is not None and not (isinstance(client_id, str) and UUID.fullmatch(client_id)):
        return "invalid"
    return None


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON values: 1 and True, or 1 and 1.0, are different answers to a field."""
    return a == b and canonical(a) == canonical(b)


class Batch:
    """One push request, applied change by change over the rows it touches."""

    def __init__(self, who: Identity, device_id: str, head: int, now: str, *,
                 known: dict[str, tuple], records: dict[str, Record],
                 load_client_rows: Callable[[str], list[Record]]):
        self.who = who
        self.device_id = device_id
        self.first_seq = self.seq = head
        self.now = now
        self.known = known                  # change_id -> (digest, seq, version, result JSON)
        self.records = records              # row_id -> Record, as this batch leaves it
        self._load_client_rows = load_client_rows
        self._dirty: dict[str, Record] = {}
        self.new_changes: list[tuple] = []
        self.erased: set[str] = set()       # client ids erased by this batch
        self.clients: set[str] = set()      # client ids this batch changed (for the audit)

    def dirty_records(self) -> list[Record]:
        return list(self._dirty.values())

    def _next_seq(self) -> int:
        self.seq += 1
        return self.seq

    @staticmethod
    def _result(change: Change, status: str, *, seq: int | None = None,
                version: int | None = None, reason: str | None = None,
                conflicts: list | None = None) -> dict[str, Any]:
        return {"change_id": change["change_id"], "status": status, "seq": seq,
                "version": version, "reason": reason, "conflicts": conflicts or []}

    def reject(self, change: Change, reason: str) -> dict[str, Any]:
        return self._result(change, STATUS_REJECTED, reason=reason)

    def _refuse_row(self, change: Change, values: Mapping[str, Any], columns: Any,
                    whole: bool) -> dict[str, Any] | None:
        """Refused as "invalid_row" when the row would break the domain rules (core.sync.rows);
        the answer names the column and the rule, never the value."""
        return self._invalid_row(change, row_problem(change["entity"], values, columns,
                                                     whole=whole))

    def _invalid_row(self, change: Change, problem: RowProblem | None) -> dict[str, Any] | None:
        if problem is None:
            return None
        answer = self.reject(change, "invalid_row")
        answer.update(field=problem.field, problem=problem.problem)
        return answer

    def apply(self, change: Change) -> dict[str, Any]:
        """The result of one valid change, applied to this batch's rows if it may be."""
        digest = change_digest(change["entity"], change["row_id"], change["op"],
                               change["fields"], change["base"])
        stored = self.known.get(change["change_id"])
        if stored is not None:
            return self._replayed(change, digest, *stored)
        record = self.records.get(change["row_id"])
        if change["op"] == "create":
            return self._create(change, record, digest)
        # Unknown and other-team rows get the same answer, so that existence does not leak.
        if record is None or record.team != self.who.team:
            return self.reject(change, "not_permitted")
        if record.entity != change["entity"]:
            return self.reject(change, "invalid")
        if record.deleted:
            return self.reject(change, "row_deleted")
        if record.entity in APPEND_ONLY:
            return self.reject(change, "append_only")
        if change["op"] == "update":
            return self._update(change, record, digest)
        return self._delete(change, record, digest)

    def _replayed(self, change: Change, digest: str, stored_digest: str, seq: int,
                  version: int, result: str) -> dict[str, Any]:
        # An erased change has no digest left to compare; its row is gone, the replay harmless.
        if stored_digest and stored_digest != digest:
            return self.reject(change, "change_id_reused")
        first = json.loads(result)
        answer = self._result(change, STATUS_DUPLICATE, seq=seq, version=version,
                              conflicts=first.get("conflicts", []))
        answer["original_status"] = first.get("status")
        return answer

    def _create(self, change: Change, record: Record | None, digest: str) -> dict[str, Any]:
        entity, fields = change["entity"], change["fields"]
        # The content is judged before the id: a create on another team's id then answers
        # exactly as one on an unknown client's row, whatever it holds.
        refused = self._refuse_row(change, content(entity, fields), None, whole=True)
        if refused is not None:
            return refused
        if record is not None:
            return self.reject(change, "row_exists" if record.team == self.who.team
                               else "not_permitted")
        # A client, and a row of the team (a location, a partner...), stand for themselves.
        client_id = change["row_id"]
        if entity != CLIENTS and entity not in TEAM_ROWS:
            client = self.records.get(fields["client_id"])
            if (client is None or client.entity != CLIENTS or client.team != self.who.team
                    or client.deleted):
                return self.reject(change, "not_permitted")
            client_id = client.row_id
            refused = self._invalid_row(change, self._case_problem(entity, fields))
            if refused is not None:
                return refused
        seq = self._next_seq()
        record = Record(change["row_id"], entity, self.who.team, client_id, 1, False,
                        content(entity, fields), self.now, self.who.user, self.now,
                        self.who.user, seq)
        self.records[record.row_id] = record
        return self._done(change, record, digest, STATUS_APPLIED, [])

    def _case_problem(self, entity: str, fields: Mapping[str, Any]) -> RowProblem | None:
        """A case event or deadline mark needs a live case of this team, of its own client.
        A case of another team is answered as one that does not exist (no existence oracle).
        A mark that reopens another takes back a mark of the same deadline."""
        if entity not in CASE_ROWS:
            return None
        case = self.records.get(fields["case_id"])
        if (case is None or case.entity != "cases" or case.team != self.who.team
                or case.deleted):
            return RowProblem("case_id", "unknown_case")
        if entity == "deadline_marks" and fields.get("reopens") is not None:
            mark = self.records.get(fields["reopens"])
            if (mark is None or mark.entity != "deadline_marks" or mark.team != self.who.team
                    or mark.fields.get("deadline_id") != fields["deadline_id"]):
                return RowProblem("reopens", "reopens_other_deadline")
        return case_problem(entity, fields, case.client_id)

    def _update(self, change: Change, record: Record, digest: str) -> dict[str, Any]:
        fields, base = change["fields"], change["base"]
        if any(column in IMMUTABLE and not _same(value, record.fields.get(column))
               for column, value in fields.items()):
            return self.reject(change, "immutable_field")
        required = REQUIRED[record.entity]
        if any(column in required and value is None for column, value in fields.items()):
            return self.reject(change, "invalid")
        refused = self._refuse_row(change, {**record.fields, **fields},
                                   [c for c, value in fields.items() if value is not None],
                                   whole=False)
        if refused is not None:
            return refused
        merged, conflicts = dict(record.fields), []
        for column, mine in fields.items():
            theirs = record.fields.get(column)
            if _same(theirs, base.get(column)):
                merged[column] = mine
            elif not _same(theirs, mine):
                conflicts.append({"field": column, "base": base.get(column), "mine": mine,
                                  "theirs": theirs})
        status = (STATUS_CONFLICT if conflicts else
                  STATUS_MERGED if record.version != change["base_version"] else STATUS_APPLIED)
        self._touch(record, self._next_seq())
        record.fields = content(record.entity, merged)
        return self._done(change, record, digest, status, conflicts)

    def _delete(self, change: Change, record: Record, digest: str) -> dict[str, Any]:
        status = STATUS_MERGED if record.version != change["base_version"] else STATUS_APPLIED
        if record.entity == CLIENTS:
            self._erase(record)
        self._tombstone(record, self._next_seq())
        return self._done(change, record, digest, status, [])

    def _erase(self, client: Record) -> None:
        """Tombstones for every live row of the client (each with its own sequence number, the
        client's own comes last), so every device of the team erases the person too."""
        for row in self._load_client_rows(client.row_id):
            self.records.setdefault(row.row_id, row)
        for row in list(self.records.values()):
            if row.client_id == client.row_id and not row.deleted and row is not client:
                self._tombstone(row, self._next_seq())
        self.erased.add(client.row_id)

    def _tombstone(self, record: Record, seq: int) -> None:
        self._touch(record, seq)
        record.deleted = True
        record.fields = {}

    def _touch(self, record: Record, seq: int) -> None:
        record.version += 1
        record.changed_at = self.now
        record.changed_by = self.who.user
        record.last_seq = seq
        self._dirty[record.row_id] = record

    def _done(self, change: Change, record: Record, digest: str, status: str,
              conflicts: list[dict[str, Any]]) -> dict[str, Any]:
        """Keep the change (its id, digest and result, for replays) and answer it."""
        self._dirty[record.row_id] = record
        result = canonical({"status": status, "conflicts": conflicts})
        payload = canonical({"base_version": change["base_version"], "fields": change["fields"],
                             "base": change["base"]})
        self.new_changes.append((
            record.last_seq, change["change_id"], record.team, self.who.user, self.device_id,
            record.entity, record.row_id, record.client_id, change["op"], record.version, digest,
            payload, result, self.now))
        self.known[change["change_id"]] = (digest, record.last_seq, record.version, result)
        if record.entity not in TEAM_ROWS:
            self.clients.add(record.client_id)
        return self._result(change, status, seq=record.last_seq, version=record.version,
                            conflicts=conflicts)
