"""Bulk import of JSON Lines: clients, contacts and notes, committed in batches.

Each record runs in its own savepoint inside the batch transaction, so one bad line is reported
(with its line number) and skipped while the rest of the batch commits. `on_commit(n)` is called
after every durable commit with the number of records committed so far: whatever was announced
there survives a crash, because the vault writes with synchronous=FULL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from consultant_app.core.casefile import CaseFile
from consultant_app.core.errors import ConsultantAppError, ValidationError, ValidationErrors

DEFAULT_BATCH = 500


@dataclass
class ImportProblem:
    line: int
    error: ConsultantAppError


@dataclass
class ImportResult:
    committed: int = 0
    problems: list[ImportProblem] = field(default_factory=list)


def import_records(
    casefile: CaseFile,
    lines: Iterable[str | Mapping[str, Any]],
    *,
    batch_size: int = DEFAULT_BATCH,
    on_commit: Callable[[int], None] = lambda n: None,
    on_problem: Callable[[ImportProblem], None] = lambda p: None,
) -> ImportResult:
    """Import records (JSON text lines or already-parsed dicts); blank lines are skipped."""
    result = ImportResult()
    db = casefile.db
    pending = 0
    iterator = iter(enumerate(lines, start=1))
    while True:
        with db.atomic():
            for number, line in iterator:
                try:
                    if _import_one(casefile, line):
                        pending += 1
                except ConsultantAppError as error:
                    problem = ImportProblem(number, error)
                    result.problems.append(problem)
                    on_problem(problem)
                if pending >= batch_size:
                    break
            else:
                number = None  # the input is exhausted
        if pending:
            result.committed += pending
            pending = 0
            on_commit(result.committed)
        if number is None:
            return result


def _import_one(casefile: CaseFile, line: str | Mapping[str, Any]) -> bool:
    if isinstance(line, str):
        if not line.strip():
            return False
        try:
            record = json.loads(line)
        except ValueError:
            raise ValidationErrors([ValidationError("bad_json_line")]) from None
    else:
        record = line
    if not isinstance(record, dict):
        raise ValidationErrors([ValidationError("wrong_type", field="record",
                                                expected="a JSON object")])
    record = dict(record)
    kind = record.pop("type", None)
    if kind == "client":
        client_id = record.pop("id", None)
        casefile.add_client(record, client_id=client_id)
    elif kind == "contact":
        casefile.add_contact(_client_id(record), record)
    elif kind == "note":
        text = record.pop("text", None)
        client_id = _client_id(record)
        if record:
            raise ValidationErrors([ValidationError("unknown_field", field=k) for k in record])
        casefile.add_note(client_id, text if isinstance(text, str) else "")
    else:
        raise ValidationErrors([ValidationError("bad_record_type", field="type")])
    return True


def _client_id(record: dict[str, Any]) -> str:
    client_id = record.pop("client_id", None)
    if not isinstance(client_id, str) or not client_id:
        raise ValidationErrors([ValidationError("required", field="client_id")])
    return client_id
