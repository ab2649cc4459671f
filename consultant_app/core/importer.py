"""Bulk import of JSON Lines: clients, contacts and notes, committed in batches.

Every line is validated on its own as it is read; a bad line is reported with its line number
and skipped while the rest goes on. The valid records of a batch are then written together,
clients first (so contacts and notes may refer to clients of the same batch), after one look-up
of the ids they use.
`on_commit(n)` is called after every durable commit with the number of records committed so
far: whatever was announced there survives a crash, because the vault writes with
synchronous=FULL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from consultant_app.core.casefile import CaseFile
from consultant_app.core.domain.model import parse_contact, parse_note_text
from consultant_app.core.errors import (
    ConsultantAppError, NotFoundError, ValidationError, ValidationErrors,
)
from consultant_app.core.vault import clients
from consultant_app.core.vault.clients import NewHousehold
from consultant_app.core.vault.database import transaction

DEFAULT_BATCH = 500


@dataclass
class ImportProblem:
    line: int
    error: ConsultantAppError


@dataclass
class ImportResult:
    committed: int = 0
    problems: list[ImportProblem] = field(default_factory=list)


@dataclass
class _Batch:
    """The validated records of one transaction, waiting to be written."""

    casefile: CaseFile
    written: int = 0
    clients: list[tuple[int, NewHousehold]] = field(default_factory=list)
    contacts: list[tuple[int, str, Mapping[str, Any]]] = field(default_factory=list)
    notes: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.clients) + len(self.contacts) + len(self.notes)

    def add(self, line: bytes | str | Mapping[str, Any], number: int) -> None:
        record = _record(line)
        if record is None:
            return
        kind = record.pop("type", None)
        if kind == "client":
            client_id = record.pop("id", None)
            self.clients.append((number, self.casefile.prepare_client(record, client_id)))
        elif kind == "contact":
            client_id = _client_id(record)
            self.contacts.append((number, client_id, parse_contact(record)))
        elif kind == "note":
            client_id, text = _client_id(record), record.pop("text", None)
            if record:
                raise ValidationErrors([ValidationError("unknown_field", field=k)
                                        for k in record])
            self.notes.append((number, client_id, parse_note_text(text)))
        else:
            raise ValidationErrors([ValidationError("bad_record_type", field="type")])

    def flush(self) -> list[ImportProblem]:
        """Write what waits; an id already taken, or a client that is not there, becomes a
        problem of that line."""
        problems = self._write_clients()
        wanted = {c for _, c, _ in self.contacts} | {c for _, c, _ in self.notes}
        known = clients.ids_exist(self.casefile.db, wanted)
        problems += [ImportProblem(number, NotFoundError("client_not_found", field="client_id"))
                     for number, client_id, _ in sorted(self.contacts + self.notes)
                     if client_id not in known]
        contacts = [(c, data) for _, c, data in self.contacts if c in known]
        notes = [(c, text) for _, c, text in self.notes if c in known]
        self.casefile.add_contacts(contacts)
        self.casefile.add_notes(notes)
        self.written += len(contacts) + len(notes)
        return problems

    def _write_clients(self) -> list[ImportProblem]:
        asked = [h.client_id for _, h in self.clients if h.client_id]
        taken = clients.ids_exist(self.casefile.db, asked, include_deleted=True)
        problems, fresh, seen = [], [], set()
        for number, household in self.clients:
            if household.client_id and (household.client_id in taken | seen):
                problems.append(ImportProblem(number, ValidationErrors(
                    [ValidationError("id_exists", field="id")])))
                continue
            seen.add(household.client_id)
            fresh.append(household)
        self.casefile.add_clients(fresh)
        self.written += len(fresh)
        return problems


def import_records(
    casefile: CaseFile,
    lines: Iterable[bytes | str | Mapping[str, Any]],
    *,
    batch_size: int = DEFAULT_BATCH,
    on_commit: Callable[[int], None] = lambda n: None,
    on_problem: Callable[[ImportProblem], None] = lambda p: None,
) -> ImportResult:
    """Import records (JSON lines as bytes or text, or parsed dicts); blank lines are skipped."""
    result = ImportResult()
    iterator = iter(enumerate(lines, start=1))
    exhausted = False
    while not exhausted:
        batch = _Batch(casefile)
        problems: list[ImportProblem] = []
        with transaction(casefile.db):
            exhausted = True
            for number, line in iterator:
                try:
                    batch.add(line, number)
                except ConsultantAppError as error:
                    problems.append(ImportProblem(number, error))
                if batch.size >= batch_size:
                    exhausted = False
                    break
            problems += batch.flush()
        for problem in sorted(problems, key=lambda p: p.line):
            result.problems.append(problem)
            on_problem(problem)
        if batch.written:
            result.committed += batch.written
            on_commit(result.committed)
    return result


def _record(line: bytes | str | Mapping[str, Any]) -> dict[str, Any] | None:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationErrors([ValidationError("not_utf8_line")]) from None
    if isinstance(line, str):
        line = line.lstrip("\ufeff")  # a byte order mark, as Windows editors write it
        if not line.strip():
            return None
        try:
            line = json.loads(line)
        except (ValueError, RecursionError):  # also a 5,000-digit number, or deep nesting
            raise ValidationErrors([ValidationError("bad_json_line")]) from None
    if not isinstance(line, Mapping):
        raise ValidationErrors([ValidationError("wrong_type", field="record",
                                                expected="a JSON object")])
    return dict(line)


def _client_id(record: dict[str, Any]) -> str:
    client_id = record.pop("client_id", None)
    if not isinstance(client_id, str) or not client_id:
        raise ValidationErrors([ValidationError("required", field="client_id")])
    return client_id
