"""The case-file service: what a consultant does with clients, contacts and notes.

Both faces (CLI and GUI) call these methods and nothing below them. Each method validates its
input, runs in one transaction (nested calls become savepoints, so an import can batch many), and
writes the access log entry the action requires. Reads of a whole file are logged; lists and
searches are logged without their search terms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from typing import Any

from consultant_app import __version__
from consultant_app.core.domain.model import (
    MISSING, Client, ClientInput, ClientPage, ClientSummary, Contact, Note, Role, check_dates,
    parse_client, parse_contact, parse_follow_up_text, parse_note_text,
)
from consultant_app.core.domain import validation as v
from consultant_app.core.errors import NotFoundError, ValidationError, ValidationErrors
from consultant_app.core.ids import is_uuid
from consultant_app.core.vault.database import transaction
from consultant_app.core.vault import (
    audit, clients, contacts, erasure, follow_ups, notes, records,
)
from consultant_app.core.domain.records import FollowUp
from consultant_app.core.domain.records import NewHousehold
from consultant_app.core.domain.records import NewNote
from consultant_app.core.vault.vault import Vault, utc_now

class CaseFile:
    """Operations on the client files of one unlocked vault."""

    def __init__(self, vault: Vault,
                 on_change: Callable[[str, frozenset[str]], object] | None = None):
        """`on_change(client_id, fields)` hears of each saved change to a client's file (the
        top-level fields that changed; `partner`, `children` for the household) inside the
        change's transaction: the workspace lets the cases record a change the SVB must hear
        of."""
        self.vault = vault
        self.db = vault.db
        self.who = vault.identity
        self.on_change = on_change

    # -- clients -----------------------------------------------------------------------------
    def add_client(self, data: Mapping[str, Any], client_id: str | None = None) -> str:
        return self.add_clients([self.prepare_client(data, client_id)])[0]

    def prepare_client(self, data: Mapping[str, Any],
                       client_id: str | None = None) -> NewHousehold:
        """Validate a new client (and household) without writing anything."""
        parsed = parse_client(data, store_bsn=self.vault.store_bsn)
        _raise_all(check_dates(parsed.fields))
        if client_id is not None and not is_uuid(client_id):
            raise ValidationErrors([ValidationError("bad_id", field="id")])
        members = [(Role.PARTNER, parsed.partner)] if isinstance(parsed.partner, dict) else []
        if isinstance(parsed.children, list):
            members += [(Role.CHILD, child) for child in parsed.children]
        return NewHousehold(parsed.fields, members, client_id)

    def add_clients(self, new: Sequence[NewHousehold]) -> list[str]:
        """Write prepared clients, all or none; an id asked for must be new."""
        wanted = [h.client_id for h in new if h.client_id]
        with transaction(self.db):
            if len(set(wanted)) < len(wanted) or clients.ids_exist(self.db, wanted, True):
                raise ValidationErrors([ValidationError("id_exists", field="id")])
            ids = clients.insert_households(self.db, new, self.who)
            audit.record_many(self.db, self.who, "create", [(i, None) for i in ids])
        return ids

    def update_client(self, client_id: str, data: Mapping[str, Any]) -> bool:
        """Change only the given fields; returns False when nothing actually changed."""
        with transaction(self.db):
            current = clients.get_client(self.db, client_id)
            stored_country = (current.destination or {}).get("country")
            parsed = parse_client(data, partial=True, store_bsn=self.vault.store_bsn,
                                  stored_destination_country=stored_country)
            merged = {**asdict(current), **parsed.fields}
            errors = [ValidationError("required", field=k)
                      for k in ("given_names", "surname", "birth_date") if not merged.get(k)]
            _raise_all(errors + check_dates(merged) + _recheck_bank(current, parsed.fields))
            changed = clients.update_row(self.db, "clients", client_id, parsed.fields, self.who)
            changed |= self._write_household(client_id, parsed, current)
            if changed:
                clients.reindex(self.db, client_id)
                audit.record(self.db, self.who, "update", client_id)
                if self.on_change is not None:
                    self.on_change(client_id, frozenset(changed))
        return bool(changed)

    def _write_household(self, client_id: str, parsed: ClientInput,
                         current: Client | None = None) -> set[str]:
        """Write the partner and children the input mentions; returns which of the two
        changed."""
        changed = set()
        if parsed.partner is not MISSING:  # mentioned in the input
            existing = [current.partner] if current and current.partner else []
            wanted = [parsed.partner] if parsed.partner else []
            if self._sync_members(client_id, Role.PARTNER, existing, wanted,
                                  match_single=True, paths=["partner"]):
                changed.add("partner")
        if parsed.children is not MISSING:
            existing = current.children if current else []
            wanted = parsed.children or []
            if self._sync_members(client_id, Role.CHILD, existing, wanted,
                                  paths=[f"children[{i}]" for i in range(len(wanted))]):
                changed.add("children")
        return changed

    def _sync_members(self, client_id: str, role: Role, existing: list, wanted: list[dict],
                      paths: list[str], match_single: bool = False) -> bool:
        """Make the stored members of `role` match `wanted`: members named by id (or the one
        partner) are updated, new ones added, the others tombstoned. A member keeps names:
        a new one must bring them, a stored one cannot have them emptied."""
        by_id = {m.id: m for m in existing}
        kept, changed = set(), False
        for fields, path in zip(wanted, paths):
            member_id = fields.get("id") or (existing[0].id if match_single and existing else None)
            if member_id is not None and member_id not in by_id:
                raise ValidationErrors([ValidationError("unknown_member", field=path)])
            stored = asdict(by_id[member_id]) if member_id else {}
            _raise_all([ValidationError("required", field=f"{path}.{k}")
                        for k in ("given_names", "surname") if not {**stored, **fields}.get(k)])
            if member_id is None:
                clients.insert_members(self.db, [(client_id, role, fields)], self.who)
                changed = True
            else:
                kept.add(member_id)
                update = {k: val for k, val in fields.items() if k != "id"}
                changed |= bool(clients.update_row(self.db, "household_members", member_id,
                                                   update, self.who))
        for member in existing:
            if member.id not in kept:
                records.delete(self.db, "household_members", member.id, self.who)
                changed = True
        return changed

    def erase_client(self, client_id: str) -> None:
        """Erase a person (AVG art. 17): the file, household, contacts, notes, tasks and letters
        are emptied here now, and on the registry and every device of the team at the next sync.
        The access log keeps that it happened (by id, without content)."""
        with transaction(self.db):
            current = records.get_row(self.db, "clients", client_id)
            # A client the registry never saw needs no erasure there: it is simply not sent.
            known_there = erasure.sent(self.db, client_id)
            erasure.erase_client(self.db, client_id)
            now = utc_now()
            erasure.stamp(self.db, client_id, self.who.consultant, now)
            if known_there:
                records.append_outbox(self.db, "clients", client_id, "delete",
                                      current["version"], {}, now)
            audit.record(self.db, self.who, "delete", client_id, detail="erasure")

    def show_client(self, client_id: str) -> Client:
        """The whole file; logged as a read."""
        with transaction(self.db):
            client = clients.get_client(self.db, client_id)
            audit.record(self.db, self.who, "read", client_id)
        return client

    def reveal_bsn(self, client_id: str) -> str | None:
        """The unmasked BSN for the screen; logged, because a BSN is specially protected."""
        with transaction(self.db):
            client = clients.get_client(self.db, client_id)
            audit.record(self.db, self.who, "reveal", client_id, detail="bsn")
        return client.bsn

    def search_clients(self, query: str, offset: int = 0, limit: int | None = None,
                       log: bool = True) -> ClientPage:
        """Clients by (household) name: the page from `offset` (every match when `limit` is
        None) in rank order, and the number found in all. Find-as-you-type passes log=False for
        each keystroke and calls log_search once the consultant acts on the result."""
        found = clients.search(self.db, query, offset, limit)
        if log:
            self.log_search(found.total)
        return found

    def log_search(self, result_count: int) -> None:
        """An access-log entry for a search: the number of results, never the terms."""
        with transaction(self.db):
            audit.record(self.db, self.who, "search", detail=f"results={result_count}")

    def list_clients(self, offset: int = 0, limit: int | None = None) -> list[ClientSummary]:
        return clients.list_clients(self.db, offset, limit)

    def count_clients(self) -> int:
        return clients.count_clients(self.db)

    # -- contacts ----------------------------------------------------------------------------
    def add_contact(self, client_id: str, data: Mapping[str, Any]) -> str:
        return self.add_contacts([(client_id, data)])[0]

    def add_contacts(self, items: Sequence[tuple[str, Mapping[str, Any]]],
                     ids: Sequence[str | None] | None = None) -> list[str]:
        """Register contacts, all or none (the import writes a batch at once, with the ids
        its lines give, which must be new)."""
        parsed = [(client_id, parse_contact(data)) for client_id, data in items]
        with transaction(self.db):
            self._require_clients({client_id for client_id, _ in parsed})
            self._place_contacts([fields for _, fields in parsed])
            _require_new_ids(self.db, "contacts", ids)
            ids = contacts.add_contacts(self.db, parsed, self.who, ids)
            audit.record_many(self.db, self.who, "create",
                              [(client_id, "contact") for client_id, _ in parsed])
        return ids

    def _place_contacts(self, parsed: Sequence[dict[str, Any]]) -> None:
        """Give each contact both its location's id and name, from whichever it names (the id
        wins); a name the team has no location for yet becomes one (core.office)."""
        from consultant_app.core.office.service import OfficeService

        office, known = OfficeService(self.vault), {}
        for fields in parsed:
            wanted = fields.get("location_id") or fields.get("location")
            if wanted is None:
                continue
            if wanted not in known:
                known[wanted] = office.resolve_location(wanted, fields["date"])
            fields["location_id"], fields["location"] = known[wanted]

    def list_contacts(self, client_id: str) -> list[Contact]:
        self._require_client(client_id)
        return contacts.contacts_for(self.db, client_id)

    def contacts_on(self, day: str, location: str | None = None) -> int:
        return contacts.count_on(self.db, day, location)

    # -- notes -------------------------------------------------------------------------------
    def add_note(self, client_id: str, text: str) -> str:
        return self.add_notes([(client_id, text)])[0]

    def add_notes(self, items: Sequence[tuple[str, str]],
                  ids: Sequence[str | None] | None = None) -> list[str]:
        """Write notes, all or none (the import writes a batch at once, with the ids its lines
        give, which must be new)."""
        new = [NewNote(client_id, parse_note_text(text), id=(ids[i] if ids else None))
               for i, (client_id, text) in enumerate(items)]
        with transaction(self.db):
            self._require_clients({n.client_id for n in new})
            _require_new_ids(self.db, "notes", ids)
            ids = notes.add_notes(self.db, new, self.who)
            audit.record_many(self.db, self.who, "create", [(n.client_id, "note") for n in new])
        return ids

    def amend_note(self, note_id: str, text: str) -> str:
        """A new note amending `note_id`; the original stays exactly as written."""
        text = parse_note_text(text)
        with transaction(self.db):
            original = notes.get_note(self.db, note_id)
            (amendment,) = notes.add_notes(
                self.db, [NewNote(original.client_id, text, amends=original.id)], self.who)
            audit.record(self.db, self.who, "create", original.client_id, detail="amendment")
        return amendment

    def list_notes(self, client_id: str) -> list[Note]:
        self._require_client(client_id)
        return notes.notes_for(self.db, client_id)

    def search_notes(self, query: str, client_id: str | None = None,
                     limit: int = 50) -> list[Note]:
        results = notes.search_notes(self.db, query, client_id, limit)
        with transaction(self.db):
            audit.record(self.db, self.who, "search", client_id,
                         detail=f"notes results={len(results)}")
        return results

    def count_notes(self, query: str, client_id: str | None = None) -> int:
        """How many notes a search finds in all (search_notes shows the newest `limit`)."""
        return notes.count_notes(self.db, query, client_id)

    # -- follow-ups --------------------------------------------------------------------------
    def add_follow_up(self, client_id: str, due_date: str, text: str) -> str:
        due = v.date_value("due_date", due_date).isoformat()
        text = parse_follow_up_text(text)
        with transaction(self.db):
            self._require_client(client_id)
            follow_up_id = follow_ups.add(self.db, client_id, due, text, self.who)
            audit.record(self.db, self.who, "create", client_id, detail="follow_up")
        return follow_up_id

    def complete_follow_up(self, follow_up_id: str) -> FollowUp:
        with transaction(self.db):
            done = follow_ups.complete(self.db, follow_up_id, self.who)
            audit.record(self.db, self.who, "update", done.client_id, detail="follow_up")
        return done

    def reopen_follow_up(self, follow_up_id: str) -> FollowUp:
        """A task marked done by mistake, open again; ValidationError follow_up_not_done when
        it is open."""
        with transaction(self.db):
            if follow_ups.get(self.db, follow_up_id).done_at is None:
                raise ValidationError("follow_up_not_done")
            reopened = follow_ups.reopen(self.db, follow_up_id, self.who)
            audit.record(self.db, self.who, "update", reopened.client_id,
                         detail="follow_up_reopened")
        return reopened

    def list_follow_ups(self, client_id: str) -> list[FollowUp]:
        self._require_client(client_id)
        return follow_ups.for_client(self.db, client_id)

    def due_follow_ups(self, until: str) -> list[FollowUp]:
        """The overview of what is due: open tasks up to and including `until`."""
        return follow_ups.due(self.db, v.date_value("until", until).isoformat())

    # -- access request ----------------------------------------------------------------------
    def export_client(self, client_id: str) -> dict[str, Any]:
        """Everything held about one person (AVG art. 15), as plain JSON-ready data."""
        with transaction(self.db):
            client = clients.get_client(self.db, client_id)
            audit.record(self.db, self.who, "export", client_id)
            return {
                "export_format": 1,
                "exported_at": utc_now(),
                "exported_by": self.who.consultant,
                "app_version": __version__,
                "client": _client_json(client),
                "contacts": [asdict(c) for c in contacts.contacts_for(self.db, client_id)],
                "notes": [asdict(n) for n in notes.notes_for(self.db, client_id)],
                "follow_ups": [asdict(f) for f in follow_ups.for_client(self.db, client_id)],
                "audit": [asdict(a) for a in audit.entries_for(self.db, client_id)],
            }

    def client_json(self, client: Client) -> dict[str, Any]:
        return _client_json(client)

    # -- helpers -----------------------------------------------------------------------------
    def _require_client(self, client_id: str) -> None:
        self._require_clients({client_id})

    def _require_clients(self, client_ids: set[str]) -> None:
        missing = client_ids - clients.ids_exist(self.db, client_ids)
        if missing:
            raise NotFoundError("client_not_found")



def _client_json(client: Client) -> dict[str, Any]:
    """The documented JSON shape, without empty fields."""
    data = asdict(client)
    if client.partner is not None:
        data["partner"] = _member_json(data["partner"])
    data["children"] = [_member_json(c) for c in data["children"]]
    return {k: val for k, val in data.items() if val not in (None, [], {})}


def _member_json(member: dict[str, Any]) -> dict[str, Any]:
    member = {k: val for k, val in member.items() if val not in (None, [], {})}
    member.pop("role", None)
    return member


def _recheck_bank(current: Client, changes: Mapping[str, Any]) -> list[ValidationError]:
    """A new destination country changes what a valid bank account abroad is (IBAN in Turkey,
    RIB in Morocco, account + BIC in Suriname): the stored one is checked against it."""
    destination = changes.get("destination")
    if "bank_abroad" in changes or not current.bank_abroad or not destination:
        return []
    try:
        v.bank_abroad("bank_abroad", current.bank_abroad, destination.get("country"))
    except ValidationErrors as many:
        return many.errors
    except ValidationError as one:
        return [one]
    return []


def _raise_all(errors: list[ValidationError]) -> None:
    if errors:
        raise ValidationErrors(errors)


def _require_new_ids(db, entity: str, ids: Sequence[str | None] | None) -> None:
    """Ids given for new rows: well-formed, not twice, and not taken (ids are never reused)."""
    given = [i for i in ids or () if i is not None]
    if not all(is_uuid(i) for i in given):
        raise ValidationErrors([ValidationError("bad_id", field="id")])
    if len(set(given)) < len(given) or records.existing(db, entity, "id", given):
        raise ValidationErrors([ValidationError("id_exists", field="id")])
