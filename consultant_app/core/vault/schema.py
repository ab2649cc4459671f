"""The vault's schema as an ordered list of sqlite-utils migrations; never edit an applied one.

Syncable tables share one shape: an integer `rid` (stable rowid for the FTS indexes, which VACUUM
would otherwise renumber), a UUIDv7 `id`, `version`, who/when created and changed, and `deleted`
(a tombstone, so a delete can travel to other devices). Nested parts of a client (address,
permit, benefits...) are JSON columns: sync merges and conflicts work per column.
The search indexes are contentless FTS5 tables holding only folded text, keyed by `rid`.
"""

from __future__ import annotations

from consultant_app.core.errors import VaultError
from consultant_app.core.vault.database import (DatabaseError, as_vault_error, sqlite_utils,
                                                transaction)

migrations = sqlite_utils.migrations.Migrations("consultant_app.vault")

SYNC_COLUMNS = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

PERSON_COLUMNS = """
    given_names TEXT NOT NULL,
    surname TEXT NOT NULL,
    birth_date TEXT,
    bsn TEXT,
    country_of_birth TEXT,
    nationalities TEXT,
    arrival_date TEXT,
    residence_permit TEXT
"""


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(f"""
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);

    CREATE TABLE clients (
        {SYNC_COLUMNS},
        {PERSON_COLUMNS},
        address TEXT, phone TEXT, email TEXT, language TEXT, benefits TEXT,
        destination TEXT, bank_abroad TEXT, declarations TEXT
    );
    CREATE INDEX clients_name ON clients (surname, given_names);

    CREATE TABLE household_members (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        role TEXT NOT NULL CHECK (role IN ('partner', 'child')),
        co_migrates INTEGER NOT NULL DEFAULT 0,
        {PERSON_COLUMNS}
    );
    CREATE INDEX household_client ON household_members (client_id);

    CREATE TABLE contacts (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        date TEXT NOT NULL, location TEXT, kind TEXT NOT NULL, channel TEXT,
        topics TEXT, duration_minutes INTEGER, language TEXT, interpreter INTEGER
    );
    CREATE INDEX contacts_client ON contacts (client_id, date);
    CREATE INDEX contacts_date ON contacts (date);

    -- Notes are append-only: an amendment is a new row pointing at the note it amends.
    CREATE TABLE notes (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        amends TEXT REFERENCES notes (id),
        text TEXT NOT NULL
    );
    CREATE INDEX notes_client ON notes (client_id, rid);
    CREATE TRIGGER notes_text_immutable BEFORE UPDATE OF text, client_id, amends ON notes
    WHEN OLD.deleted = 0 AND NEW.deleted = 0
    BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;

    -- Every local change, in the transaction of the change itself, waiting to be pushed.
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
        base_version INTEGER,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
    );

    -- NEN 7513-style access log; rows can be added, never changed or removed.
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        on_behalf_of TEXT,
        client_id TEXT,
        action TEXT NOT NULL CHECK (action IN
            ('create', 'read', 'update', 'delete', 'search', 'export', 'print', 'reveal')),
        device_id TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX audit_client ON audit_log (client_id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

    CREATE VIRTUAL TABLE client_search USING fts5 (
        names, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
    );
    CREATE VIRTUAL TABLE note_search USING fts5 (
        body, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
    );
    """)


@migrations()
def m002_follow_ups(db: sqlite_utils.Database) -> None:
    """Follow-up tasks with a due date ("bel terug na besluit SVB"), per client."""
    db.executescript(f"""
    CREATE TABLE follow_ups (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        due_date TEXT NOT NULL,
        text TEXT NOT NULL,
        done_at TEXT
    );
    CREATE INDEX follow_ups_due ON follow_ups (done_at, due_date);
    CREATE INDEX follow_ups_client ON follow_ups (client_id);
    """)


@migrations()
def m003_client_sort_key(db: sqlite_utils.Database) -> None:
    """A folded "surname given names" key, so Öztürk sorts with the O's and not after Z.

    Derived from the names (like the search index), kept up to date by clients.reindex and
    never synced."""
    from consultant_app.core.domain.folding import sort_key

    db.execute("ALTER TABLE clients ADD COLUMN sort_key TEXT")
    rows = db.execute("SELECT rid, surname, given_names FROM clients").fetchall()
    db.conn.executemany("UPDATE clients SET sort_key = ? WHERE rid = ?",
                        [(sort_key(surname, given), rid) for rid, surname, given in rows])
    db.execute("CREATE INDEX clients_sort ON clients (sort_key) WHERE deleted = 0")
    db.execute("DROP INDEX clients_name")  # binary order, replaced by the folded key


@migrations()
def m004_letters(db: sqlite_utils.Database) -> None:
    """Generated letters: which template (id, version, hash), the data used (as JSON, and its
    hash), the letter's date and who made it. The .docx itself and the template it came from
    are kept beside it, so any letter can be shown again and reproduced exactly."""
    db.executescript(f"""
    CREATE TABLE letters (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        template_id TEXT NOT NULL,
        template_title TEXT NOT NULL,
        template_version TEXT NOT NULL,
        template_hash TEXT NOT NULL,
        letter_date TEXT NOT NULL,
        data TEXT NOT NULL,
        data_hash TEXT NOT NULL,
        content_hash TEXT NOT NULL
    );
    CREATE INDEX letters_client ON letters (client_id, rid);

    -- Local content, addressed by hash: a letter's .docx and each template version used.
    CREATE TABLE letter_blobs (hash TEXT PRIMARY KEY, content BLOB NOT NULL);
    """)


@migrations()
def m005_sync(db: sqlite_utils.Database) -> None:
    """What sync keeps on the device: conflicts waiting for the consultant (base, mine and
    theirs of one field), changes the registry refused (with its reason; the local data stays),
    and, in settings, the pull cursor and the audit entries already sent."""
    db.executescript("""
    CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        client_id TEXT,
        field TEXT NOT NULL,
        base TEXT,
        mine TEXT,
        theirs TEXT,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
    );
    CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, detected_at);

    CREATE TABLE sync_rejected (
        change_id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        client_id TEXT,
        op TEXT NOT NULL,
        payload TEXT NOT NULL,
        reason TEXT NOT NULL,
        rejected_at TEXT NOT NULL
    );
    """)


@migrations()
def m006_sync_set_aside(db: sqlite_utils.Database) -> None:
    """Rows a pull brought that this device cannot store (they break its domain rules): kept
    aside as the registry sent them, with the column and the rule, while the rest of the page
    applies; and, for a change the registry refused as an invalid row, the column it named."""
    db.executescript("""
    ALTER TABLE sync_rejected ADD COLUMN field TEXT;

    CREATE TABLE sync_set_aside (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        client_id TEXT,
        seq INTEGER,
        field TEXT NOT NULL,
        problem TEXT NOT NULL,
        row TEXT NOT NULL,
        set_aside_at TEXT NOT NULL
    );
    CREATE INDEX sync_set_aside_row ON sync_set_aside (row_id);
    CREATE INDEX sync_set_aside_client ON sync_set_aside (client_id);
    """)


@migrations()
def m007_own_name_search(db: sqlite_utils.Database) -> None:
    """The folded names of the client alone (not of partner and children), indexed like
    client_search and keyed by the same rid: the same MATCH on both tells in SQL whether a
    client was found by their own name, so search results are ranked, counted and paged in one
    query over every match. Derived from the names and never synced, like client_search."""
    from consultant_app.core.domain.folding import index_text

    db.execute("CREATE VIRTUAL TABLE own_name_search USING fts5 ("
               "names, content = '', contentless_delete = 1, "
               "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')")
    rows = db.execute("SELECT rid, given_names, surname FROM clients WHERE deleted = 0").fetchall()
    db.conn.executemany("INSERT INTO own_name_search (rowid, names) VALUES (?, ?)",
                        [(rid, index_text(given, surname)) for rid, given, surname in rows])


@migrations()
def m008_import_lines(db: sqlite_utils.Database) -> None:
    """The fingerprints of import lines already applied (see import_lines.py)."""
    db.executescript("""
    CREATE TABLE import_lines (
        line_hash TEXT PRIMARY KEY,
        client_id TEXT,
        imported_at TEXT NOT NULL
    );
    CREATE INDEX import_lines_client ON import_lines (client_id);
    """)



@migrations()
def m009_eligibility_checks(db: sqlite_utils.Database) -> None:
    """Eligibility checks kept in the client file: which pack (id, version, hash) decided on
    which client data (its hash), for which date, the verdict and every condition's outcome
    (as JSON: ids, outcomes, explanation codes, missing fields; no translated text), and the
    consultant. Append-only like notes: a check is never edited, a new run is a new row."""
    db.executescript(f"""
    CREATE TABLE eligibility_checks (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        scheme TEXT NOT NULL,
        rules_version TEXT NOT NULL,
        pack_hash TEXT NOT NULL,
        data_hash TEXT NOT NULL,
        check_date TEXT NOT NULL,
        regime TEXT NOT NULL,
        verdict TEXT NOT NULL,
        conditions TEXT NOT NULL,
        consultant TEXT NOT NULL
    );
    CREATE INDEX eligibility_checks_client ON eligibility_checks (client_id, rid);
    CREATE TRIGGER eligibility_checks_immutable BEFORE UPDATE OF client_id, scheme,
        rules_version, pack_hash, data_hash, check_date, regime, verdict, conditions,
        consultant ON eligibility_checks
    WHEN OLD.deleted = 0 AND NEW.deleted = 0
    BEGIN SELECT RAISE(ABORT, 'eligibility checks are append-only'); END;
    """)



@migrations()
def m010_cases(db: sqlite_utils.Database) -> None:
    """Cases: a client's application under a scheme (`scheme` names the pack), and its dated
    events (`kind` one of core.cases.states.KINDS). A case's state is not stored: it is read
    from its events, so two laptops adding events agree on it once they have synced. Deadlines
    are derived from the events, the client file and the pack, and not stored either."""
    db.executescript(f"""
    CREATE TABLE cases (
        {SYNC_COLUMNS},
        client_id TEXT NOT NULL REFERENCES clients (id),
        scheme TEXT NOT NULL,
        opened_at TEXT NOT NULL
    );
    CREATE INDEX cases_client ON cases (client_id, rid);

    CREATE TABLE case_events (
        {SYNC_COLUMNS},
        case_id TEXT NOT NULL REFERENCES cases (id),
        client_id TEXT NOT NULL REFERENCES clients (id),
        kind TEXT NOT NULL,
        date TEXT NOT NULL
    );
    CREATE INDEX case_events_case ON case_events (case_id, date);
    CREATE INDEX case_events_client ON case_events (client_id);
    """)


@migrations()
def m011_deadline_marks(db: sqlite_utils.Database) -> None:
    """A derived deadline marked done: a synced row of its own naming the deadline's id (a
    UUIDv5 of case, rule and anchor, core.cases.deadlines), its case and client, when it was
    done, and the due date (and window) it had then, so a done deadline stays as it was when
    its anchor moves later. Who marked it is the row's created_by. Append-only: two laptops
    marking the same deadline give two marks, and the earliest counts."""
    db.executescript(f"""
    CREATE TABLE deadline_marks (
        {SYNC_COLUMNS},
        deadline_id TEXT NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id),
        client_id TEXT NOT NULL REFERENCES clients (id),
        due TEXT NOT NULL,
        window_start TEXT,
        done_at TEXT NOT NULL
    );
    CREATE INDEX deadline_marks_case ON deadline_marks (case_id);
    CREATE INDEX deadline_marks_client ON deadline_marks (client_id);
    """)


@migrations()
def m012_office_records(db: sqlite_utils.Database) -> None:
    """The office's own registration, shared with the team (core.office): spreekuur locations,
    partner organisations and relation contacts with them, group information sessions, the
    audiences an office adds, and external figures. None names a client.

    Locations were free text on each contact (and a list in the laptop's preferences): each
    distinct name the contacts hold becomes a location (kind `overig`, city unknown, active
    from its first contact), and every contact gains the `location_id` of its name while
    keeping the name. Both are changes like any other, with their outbox entries, so the
    registry and the other laptops get them at the next sync."""
    db.executescript(f"""
    CREATE TABLE locations (
        {SYNC_COLUMNS},
        name TEXT NOT NULL,
        city TEXT,
        kind TEXT NOT NULL,
        active_from TEXT NOT NULL,
        active_until TEXT
    );
    CREATE TABLE audiences (
        {SYNC_COLUMNS},
        code TEXT NOT NULL,
        label TEXT NOT NULL
    );
    CREATE TABLE partners (
        {SYNC_COLUMNS},
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        city TEXT
    );
    CREATE TABLE relation_contacts (
        {SYNC_COLUMNS},
        partner_id TEXT NOT NULL REFERENCES partners (id),
        date TEXT NOT NULL,
        kind TEXT NOT NULL,
        topics TEXT
    );
    CREATE INDEX relation_contacts_date ON relation_contacts (date);
    CREATE TABLE group_sessions (
        {SYNC_COLUMNS},
        date TEXT NOT NULL,
        location_id TEXT NOT NULL REFERENCES locations (id),
        audience TEXT NOT NULL,
        partner_id TEXT REFERENCES partners (id),
        attendees INTEGER NOT NULL,
        language TEXT,
        interpreter INTEGER,
        topics TEXT
    );
    CREATE INDEX group_sessions_date ON group_sessions (date);
    CREATE TABLE external_figures (
        {SYNC_COLUMNS},
        year INTEGER NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        source TEXT NOT NULL
    );
    CREATE INDEX external_figures_year ON external_figures (year, key);

    ALTER TABLE contacts ADD COLUMN location_id TEXT;
    CREATE INDEX contacts_location ON contacts (location_id);
    """)
    _locations_from_contacts(db)


@migrations()
def m013_report_publications(db: sqlite_utils.Database) -> None:
    """Published annual reports (core.reports.publication), rows of the team: the year, which
    publication of that year this is (`edition`, 1 upwards: `report publish --again` adds one
    and keeps the earlier), the report's JSON as published (`snapshot`, counts only) with the
    SHA-256 of its canonical JSON, and who published it when. Append-only."""
    db.executescript(f"""
    CREATE TABLE report_publications (
        {SYNC_COLUMNS},
        year INTEGER NOT NULL,
        edition INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL
    );
    CREATE INDEX report_publications_year ON report_publications (year, edition);
    """)


@migrations()
def m014_report_indexes(db: sqlite_utils.Database) -> None:
    """Indexes the annual report's counts (core.vault.annual_counts) read without touching the
    tables: over 50,000 clients and 250,000 contacts the report took 15-23 s, the time going to
    row look-ups in contacts and clients for a date, a kind or the `deleted` flag
    (bench/report_bench.py). Each contacts index takes the place of the one it extends (same
    leading columns), so a contact is written to as many indexes as before."""
    db.executescript("""
    CREATE INDEX contacts_year ON contacts (date, client_id, kind, location_id, deleted);
    DROP INDEX contacts_date;
    CREATE INDEX contacts_client_kind ON contacts (client_id, date, kind, deleted);
    DROP INDEX contacts_client;
    CREATE INDEX clients_live ON clients (id, deleted);
    """)


@migrations()
def m015_deadline_reopens(db: sqlite_utils.Database) -> None:
    """A deadline marked done by mistake is reopened by another row of `deadline_marks`, not by
    changing or deleting the mark: `reopens` names the mark it takes back (NULL on a mark that
    marks done). Rows stay append-only creates, so two laptops reopening, or one marking and
    one reopening, never meet in a conflict or a refused delete (core.vault.deadline_marks)."""
    db.execute("ALTER TABLE deadline_marks ADD COLUMN reopens TEXT")


@migrations()
def m016_change_fields(db: sqlite_utils.Database) -> None:
    """What a `wijziging` event is about: the top-level client-file fields whose change it
    records (`["destination", "partner"]`, JSON), names only, never values. NULL on every other
    event and on changes recorded before this column (and on one entered without names)."""
    db.execute("ALTER TABLE case_events ADD COLUMN changed_fields TEXT")


def _locations_from_contacts(db: sqlite_utils.Database) -> None:
    """m012's move of the contacts' location names into location rows (see there)."""
    import json

    from consultant_app.core.ids import uuid7
    from consultant_app.core.vault.vault import utc_now

    setting = db.execute("SELECT value FROM settings WHERE key = 'consultant'").fetchone()
    who = (setting[0] if setting else None) or "migratie"
    now = utc_now()
    names = db.execute("SELECT location, min(date) FROM contacts WHERE deleted = 0 AND "
                       "trim(coalesce(location, '')) != '' GROUP BY location "
                       "ORDER BY min(date), location").fetchall()
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    outbox = []
    for name, first in names:
        location_id = uuid7()
        fields = {"name": name, "kind": "overig", "active_from": first}
        db.execute("INSERT INTO locations (id, created_at, created_by, changed_at, changed_by, "
                   "name, kind, active_from) VALUES (?, ?, ?, ?, ?, ?, 'overig', ?)",
                   [location_id, now, who, now, who, name, first])
        outbox.append((uuid7(), "locations", location_id, "create", None,
                       encode({"fields": fields}), now))
        contacts = db.execute("SELECT id, version FROM contacts WHERE deleted = 0 AND "
                              "location = ?", [name]).fetchall()
        db.conn.execute("UPDATE contacts SET location_id = ?, version = version + 1, "
                        "changed_at = ?, changed_by = ? WHERE deleted = 0 AND location = ?",
                        [location_id, now, who, name])
        change = encode({"fields": {"location_id": location_id}, "base": {"location_id": None}})
        outbox += [(uuid7(), "contacts", contact_id, "update", version, change, now)
                   for contact_id, version in contacts]
    db.conn.executemany("INSERT INTO outbox (change_id, entity, row_id, op, base_version, "
                        "payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", outbox)


def pending(db: sqlite_utils.Database) -> list[str]:
    return [migration.name for migration in migrations.pending(db)]


def unknown(db: sqlite_utils.Database) -> list[str]:
    """Migrations the vault has that this version does not know: a newer Spreekuur made them."""
    known = {migration.name for migration in migrations._migrations}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def apply(db: sqlite_utils.Database) -> None:
    """Apply what is pending, as one writer: two processes opening an older vault at once
    take turns, and the second finds nothing left to do.

    All pending migrations run in one transaction, one at a time, so a failing one names
    itself and leaves the vault exactly as it was (VaultError "vault_upgrade_failed"; a full
    disk, a busy or read-only vault keep their own codes). A vault a newer version has
    migrated is refused before anything runs ("vault_too_new"): this version would write rows
    without the columns the newer one relies on."""
    newer = unknown(db)
    if newer:
        raise VaultError("vault_too_new", step=newer[-1])
    steps = [migration.name for migration in migrations.pending(db)]
    if not steps and db[migrations.migrations_table].exists():
        return
    with transaction(db):
        steps = [migration.name for migration in migrations.pending(db)]  # now as one writer
        for step, following in zip(steps, [*steps[1:], None]):
            try:
                migrations.apply(db, stop_before=following)
            except VaultError:
                raise
            except DatabaseError as error:
                typed = as_vault_error(error)
                if typed.code in ("disk_full", "vault_busy", "vault_not_writable"):
                    raise typed from None
                raise VaultError("vault_upgrade_failed", step=step) from None
            except Exception:
                raise VaultError("vault_upgrade_failed", step=step) from None
