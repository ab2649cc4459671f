"""Bulk import of JSON Lines: clients, contacts, notes, cases and case events, and the office's
own registration of earlier years (locations, partners, relation contacts, group sessions),
committed in batches.

Every line is validated on its own as it is read; a bad line is reported with its line number
and skipped while the rest goes on. The valid records of a batch are then written together,
clients first (so contacts, notes and cases may refer to clients of the same batch), then cases,
then their events in the order of the file (each checked by the case's state machine, as one
typed in: an office brings its running cases), after one look-up of the ids they use. The
office's lines are written as they are read (each as if typed in, through core.office), so a
relation or group session may name a partner or location of an earlier line by its `id`, and
a contact a location of an earlier line by its name. A line an earlier run applied (an import interrupted and run again) is
recognised by its fingerprint (core.vault.import_lines) and skipped, so nothing is added twice.
`on_commit(n)` is called after every durable commit with the number of records committed so
far: whatever was announced there survives a crash, because the vault writes with
synchronous=FULL.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import datetime as dt

from consultant_app.core.casefile import CaseFile
from consultant_app.core.domain import validation as v
from consultant_app.core.domain.model import change_fields, parse_contact, parse_note_text
from consultant_app.core.errors import (
    ConsultantAppError, NotFoundError, ValidationError, ValidationErrors,
)
from consultant_app.core.ids import is_uuid
from consultant_app.core.vault import clients, import_lines, records
from consultant_app.core.domain.records import NewCase, NewHousehold
from consultant_app.core.vault.database import transaction

if TYPE_CHECKING:
    from consultant_app.core.cases.service import CaseService
    from consultant_app.core.office.service import OfficeService

DEFAULT_BATCH = 500
OFFICE_LINES = ("location", "partner", "relation", "group_session")
MAX_FILE_KEY = 100  # a key of another system's own for a location or partner line


@dataclass
class ImportProblem:
    line: int
    error: ConsultantAppError


@dataclass
class ImportResult:
    committed: int = 0
    already: int = 0  # lines an earlier run of the import applied
    problems: list[ImportProblem] = field(default_factory=list)


@dataclass
class _Batch:
    """The validated records of one transaction, waiting to be written. Each carries its line
    number and fingerprint; `seen` counts the records met so far in the file."""

    casefile: CaseFile
    seen: Counter
    written: int = 0
    already: int = 0
    clients: list[tuple[int, str, NewHousehold]] = field(default_factory=list)
    contacts: list[tuple[int, str, str, str | None, Mapping[str, Any]]] = field(
        default_factory=list)
    notes: list[tuple[int, str, str, str | None, str]] = field(default_factory=list)
    cases_service: CaseService | None = None
    cases: list[tuple[int, str, NewCase]] = field(default_factory=list)
    events: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    office: OfficeService | None = None
    office_written: int = 0
    applied: list[tuple[str, str]] = field(default_factory=list)
    # A file's own keys of its location and partner lines, (kind, key) -> id, for later lines.
    keys: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return (len(self.clients) + len(self.contacts) + len(self.notes) + len(self.cases)
                + len(self.events) + self.office_written)

    def add(self, line: bytes | str | Mapping[str, Any], number: int) -> None:
        record = _record(line)
        if record is None:
            return
        first = import_lines.fingerprint(record, 1)
        self.seen[first] += 1
        count = self.seen[first]
        mark = first if count == 1 else import_lines.fingerprint(record, count)
        kind = record.pop("type", None)
        if kind == "client":
            client_id = record.pop("id", None)
            self.clients.append((number, mark, self.casefile.prepare_client(record, client_id)))
        elif kind == "contact":
            client_id, row_id = _client_id(record), _row_id(record)
            self.contacts.append((number, mark, client_id, row_id, parse_contact(record)))
        elif kind == "note":
            client_id, row_id, text = _client_id(record), _row_id(record), record.pop("text", None)
            if record:
                raise ValidationErrors([ValidationError("unknown_field", field=k)
                                        for k in record])
            self.notes.append((number, mark, client_id, row_id, parse_note_text(text)))
        elif kind == "case" and self.cases_service is not None:
            self.cases.append((number, mark, _case(record)))
        elif kind == "case_event" and self.cases_service is not None:
            self.events.append((number, mark, *_case_event(record)))
        elif kind in OFFICE_LINES and self.office is not None:
            self._office_line(kind, record, mark)
        else:
            raise ValidationErrors([ValidationError("bad_record_type", field="type")])

    def _office_line(self, kind: str, record: dict[str, Any], mark: str) -> None:
        """Write a location, partner, relation or group session line now (later lines may
        name it), unless an earlier run did.

        A file from another system has keys of its own: a location or partner line's `id`
        that is no UUID is such a key (the record gets a new id, and later lines' `partner_id`
        or `location_id` holding the key mean it); a relation or session may also name its
        partner (`partner`) or location (`location`) by name instead of by id."""
        key = _file_key(kind, record)
        if import_lines.applied(self.casefile.db, [mark]):
            if key is not None:  # what the key stood for in the run that applied the line
                self.keys[key] = import_lines.made_by(self.casefile.db, mark)
            self.already += 1
            return
        row_id, office = _row_id(record), self.office
        with transaction(self.casefile.db):  # a refused line leaves no location it named
            self._resolve_references(kind, record)
            if kind == "location":
                new = office.add_location(record, row_id)
            elif kind == "partner":
                new = office.add_partner(record, row_id)
            elif kind == "relation":
                partner_id = record.pop("partner_id", None)
                if not isinstance(partner_id, str) or not partner_id:
                    raise ValidationErrors([ValidationError("required", field="partner_id")])
                new = office.add_relation(partner_id, record, row_id)
            else:
                new = office.add_group_session(record, row_id)
        if key is not None:
            self.keys[key] = new
        self.applied.append((mark, new))
        self.written += 1
        self.office_written += 1

    def _resolve_references(self, kind: str, record: dict[str, Any]) -> None:
        """A relation's or session's partner and location given by a file key or by name
        become their ids (in place). A location name the team lacks becomes a location, as a
        contact's does; a partner must be there (its kind is not known from a name)."""
        if kind not in ("relation", "group_session"):
            return
        for field_name, named, entity in (("partner_id", "partner", "partner"),
                                          ("location_id", "location", "location")):
            given = record.get(field_name)
            if isinstance(given, str) and (entity, given) in self.keys:
                record[field_name] = self.keys[(entity, given)]
            if named not in record or (kind == "relation" and entity == "location"):
                continue
            name = record.pop(named)
            if field_name in record:
                raise ValidationErrors([ValidationError("unknown_field", field=named)])
            if not isinstance(name, str) or not name.strip():
                raise ValidationErrors([ValidationError("required", field=named)])
            if entity == "partner":
                found = self.office.partner_named(name)
                if found is None:
                    raise NotFoundError("partner_not_found", field=named)
                record[field_name] = found["id"]
            else:
                day = record.get("date")
                day = v.date_value("date", day).isoformat() if day is not None else \
                    dt.date.today().isoformat()
                record[field_name] = self.office.resolve_location(name, day)[0]

    def flush(self) -> list[ImportProblem]:
        """Write what waits and was not applied before; an id already taken, or a client that
        is not there, becomes a problem of that line."""
        self._drop_applied()
        problems = self._write_clients()
        problems += self._write_cases()
        problems += self._write_events()
        wanted = {r[2] for r in self.contacts} | {r[2] for r in self.notes}
        known = clients.ids_exist(self.casefile.db, wanted)
        problems += [ImportProblem(r[0], NotFoundError("client_not_found", field="client_id"))
                     for r in sorted(self.contacts + self.notes) if r[2] not in known]
        for entity, rows, write in (("contacts", self.contacts, self.casefile.add_contacts),
                                    ("notes", self.notes, self.casefile.add_notes)):
            rows = [r for r in rows if r[2] in known]
            problems += self._taken(rows, entity)
            write([(r[2], r[4]) for r in rows], [r[3] for r in rows])
            self.applied += [(r[1], r[2]) for r in rows]
            self.written += len(rows)
        import_lines.remember(self.casefile.db, self.applied)
        return problems

    def _drop_applied(self) -> None:
        marks = [r[1] for r in [*self.clients, *self.contacts, *self.notes, *self.cases,
                                *self.events]]
        done = import_lines.applied(self.casefile.db, marks)
        self.already += len(done)
        self.clients = [r for r in self.clients if r[1] not in done]
        self.contacts = [r for r in self.contacts if r[1] not in done]
        self.notes = [r for r in self.notes if r[1] not in done]
        self.cases = [r for r in self.cases if r[1] not in done]
        self.events = [r for r in self.events if r[1] not in done]

    def _taken(self, rows: list, entity: str) -> list[ImportProblem]:
        """Lines whose id is taken (by another record, or twice in the batch): taken out of
        `rows` in place and returned as problems."""
        given = [r[3] for r in rows if r[3]]
        taken = records.existing(self.casefile.db, entity, "id", given)
        problems, seen = [], set()
        for row in list(rows):
            if row[3] and (row[3] in taken or row[3] in seen):
                problems.append(ImportProblem(row[0], ValidationErrors(
                    [ValidationError("id_exists", field="id")])))
                rows.remove(row)
            seen.add(row[3])
        return problems

    def _write_cases(self) -> list[ImportProblem]:
        """The batch's cases whose scheme is here, whose client is there and whose id is free,
        written at once; the others are problems of their lines."""
        if not self.cases:
            return []
        service, problems, fresh = self.cases_service, [], []
        known = clients.ids_exist(self.casefile.db, {c.client_id for _, _, c in self.cases})
        taken = records.existing(self.casefile.db, "cases", "id",
                                 [c.case_id for _, _, c in self.cases if c.case_id])
        for number, mark, case in self.cases:
            try:
                service.library.get(case.scheme)
            except ConsultantAppError as error:
                problems.append(ImportProblem(number, error))
                continue
            if case.client_id not in known:
                problems.append(ImportProblem(number, NotFoundError("client_not_found",
                                                                    field="client_id")))
            elif case.case_id and case.case_id in taken:
                problems.append(ImportProblem(number, ValidationErrors(
                    [ValidationError("id_exists", field="id")])))
            else:
                taken.add(case.case_id)
                fresh.append((mark, case))
        ids = service.add_many([c for _, c in fresh])
        self.applied += [(mark, case_id) for (mark, _), case_id in zip(fresh, ids)]
        self.written += len(fresh)
        return problems

    def _write_events(self) -> list[ImportProblem]:
        """Each event as if typed in, in the order of the file: one that does not follow its
        case's state (or names no case) is a problem of its line, naming the state."""
        problems = []
        for number, mark, case_id, kind, date, fields in self.events:
            try:
                event_id = self.cases_service.add_event(case_id, kind, date, fields)
            except ConsultantAppError as error:
                problems.append(ImportProblem(number, error))
                continue
            self.applied.append((mark, event_id))
            self.written += 1
        return problems

    def _write_clients(self) -> list[ImportProblem]:
        asked = [h.client_id for _, _, h in self.clients if h.client_id]
        taken = clients.ids_exist(self.casefile.db, asked, include_deleted=True)
        problems, fresh, seen = [], [], set()
        for number, mark, household in self.clients:
            if household.client_id and (household.client_id in taken | seen):
                problems.append(ImportProblem(number, ValidationErrors(
                    [ValidationError("id_exists", field="id")])))
                continue
            seen.add(household.client_id)
            fresh.append((mark, household))
        ids = self.casefile.add_clients([h for _, h in fresh])
        self.applied += [(mark, client_id) for (mark, _), client_id in zip(fresh, ids)]
        self.written += len(fresh)
        return problems


def import_records(
    casefile: CaseFile,
    lines: Iterable[bytes | str | Mapping[str, Any]],
    *,
    cases: CaseService | None = None,
    office: OfficeService | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_commit: Callable[[int], None] = lambda n: None,
    on_problem: Callable[[ImportProblem], None] = lambda p: None,
) -> ImportResult:
    """Import records (JSON lines as bytes or text, or parsed dicts); blank lines are skipped,
    and so are lines an earlier run of the same import applied (counted in `already`). Case
    and case-event lines need `cases` (the workspace's case service); location, partner,
    relation and group-session lines need `office` (its office service)."""
    result = ImportResult()
    iterator = iter(enumerate(lines, start=1))
    seen: Counter = Counter()
    keys: dict[tuple[str, str], str] = {}
    exhausted = False
    while not exhausted:
        batch = _Batch(casefile, seen, cases_service=cases, office=office, keys=keys)
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
        result.already += batch.already
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


def _row_id(record: dict[str, Any]) -> str | None:
    """The id a contact or note line gives itself (optional; a UUID)."""
    row_id = record.pop("id", None)
    if row_id is not None and not (isinstance(row_id, str) and is_uuid(row_id)):
        raise ValidationErrors([ValidationError("bad_id", field="id")])
    return row_id


def _file_key(kind: str, record: dict[str, Any]) -> tuple[str, str] | None:
    """(kind, key) when a location or partner line's `id` is a key of the file's own (text
    that is no UUID; taken out of the record), else None."""
    given = record.get("id")
    if kind not in ("location", "partner") or not isinstance(given, str) or is_uuid(given):
        return None
    if not given.strip() or len(given) > MAX_FILE_KEY:
        raise ValidationErrors([ValidationError("bad_id", field="id")])
    return kind, record.pop("id")


def _case(record: dict[str, Any]) -> NewCase:
    """`{"type": "case", "id", "client_id", "scheme", "opened_at"}`: id (a UUID) and opened_at
    (default: today) may be left out."""
    case_id, client_id = _row_id(record), _client_id(record)
    scheme = record.pop("scheme", None)
    if not isinstance(scheme, str) or not scheme.strip():
        raise ValidationErrors([ValidationError("required", field="scheme")])
    opened = record.pop("opened_at", None)
    opened_at = v.date_value("opened_at", opened) if opened is not None else dt.date.today()
    _no_more(record)
    return NewCase(client_id, scheme.strip(), opened_at.isoformat(), (), case_id)


def _case_event(record: dict[str, Any]) -> tuple[str, str, str, list[str]]:
    """`{"type": "case_event", "case_id", "kind", "date"}`, a `wijziging` optionally with
    `"fields": ["destination", ...]`, as (case id, kind, ISO date, fields)."""
    case_id, kind = record.pop("case_id", None), record.pop("kind", None)
    if not isinstance(case_id, str) or not case_id:
        raise ValidationErrors([ValidationError("required", field="case_id")])
    if not isinstance(kind, str) or not kind:
        raise ValidationErrors([ValidationError("required", field="kind")])
    date = v.date_value("date", record.pop("date", None)).isoformat()
    fields = record.pop("fields", None)
    try:
        fields = [] if fields is None else change_fields("fields", fields)
    except ValidationError as one:
        raise ValidationErrors([one]) from None
    _no_more(record)
    return case_id, kind, date, fields


def _no_more(record: dict[str, Any]) -> None:
    if record:
        raise ValidationErrors([ValidationError("unknown_field", field=k) for k in record])


def _client_id(record: dict[str, Any]) -> str:
    client_id = record.pop("client_id", None)
    if not isinstance(client_id, str) or not client_id:
        raise ValidationErrors([ValidationError("required", field="client_id")])
    return client_id
