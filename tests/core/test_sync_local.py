"""The device's side of sync that needs no registry: where the login token is kept, which
registry addresses are accepted, and erasing a person from the vault."""

from __future__ import annotations

import pytest
from keyring.backends import null

from consultant_app.core.errors import SyncError
from consultant_app.core.sync.credentials import IN_KEYRING, IN_VAULT, Credentials
from consultant_app.core.sync.transport import check_server_url
from consultant_app.core.vault import conflicts, replica
from tests.conftest import ISIK
from tests.registry.devices import FakeCredentialStore
from tests.registry.plaintext_keyring import PlaintextKeyring

TOKEN = "tok-0123456789abcdefghijklmnopqrstuvwxyz"


def test_with_an_os_credential_store_the_token_stays_out_of_the_vault(vault):
    store = FakeCredentialStore()
    credentials = Credentials(vault, store)
    assert credentials.save("https://registry.example.org", "anouk", TOKEN) == IN_KEYRING
    assert list(store.secrets.values()) == [TOKEN]
    assert vault.setting("sync_refresh_token") is None
    assert Credentials(vault, store).refresh_token() == TOKEN
    credentials.forget_token()
    assert store.secrets == {} and credentials.refresh_token() is None


@pytest.mark.parametrize("backend", [null.Keyring(), PlaintextKeyring()],
                         ids=["none", "plaintext"])
def test_without_a_safe_keyring_the_token_is_kept_inside_the_encrypted_vault(vault, backend,
                                                                               tmp_path,
                                                                               monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    credentials = Credentials(vault, backend)
    assert credentials.save("https://registry.example.org", "anouk", TOKEN) == IN_VAULT
    assert credentials.refresh_token() == TOKEN
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_a_keyring_that_fails_when_writing_falls_back_to_the_vault(vault):
    class LockedStore(FakeCredentialStore):
        def set_password(self, service, username, password):
            raise RuntimeError("collection is locked")

    assert Credentials(vault, LockedStore()).save(
        "https://registry.example.org", "anouk", TOKEN) == IN_VAULT


@pytest.mark.parametrize("url,expected", [
    ("https://registry.example.org/", "https://registry.example.org"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("http://localhost:8765/", "http://localhost:8765"),
    ("http://[::1]:8765", "http://[::1]:8765"),
])
def test_https_anywhere_and_plain_http_only_on_this_machine(url, expected):
    assert check_server_url(url) == expected


@pytest.mark.parametrize("url,code", [
    ("http://registry.example.org", "server_url_insecure"),
    ("http://192.168.1.20:8765", "server_url_insecure"),
    ("ftp://registry.example.org", "server_url_invalid"),
    ("registry.example.org", "server_url_invalid"),
])
def test_other_addresses_are_refused_with_a_reason(url, code):
    with pytest.raises(SyncError) as refused:
        check_server_url(url)
    assert refused.value.code == code


def test_erasing_a_person_empties_every_row_of_theirs_and_waits_as_one_change(casefile, vault):
    client_id = casefile.add_client(ISIK)
    casefile.add_note(client_id, "Gesprek over terugkeer naar Kayseri.")
    casefile.add_follow_up(client_id, "2026-12-01", "Bel Işık terug")
    vault.db.execute("DELETE FROM outbox")  # as after a sync: the registry knows the client

    casefile.erase_client(client_id)
    (change,) = replica.pending_changes(vault.db, 10)
    assert (change.entity, change.row_id, change.op) == ("clients", client_id, "delete")
    assert casefile.search_clients("ozturk").items == [] and casefile.search_notes("kayseri") == []
    for table in ("clients", "household_members", "notes", "follow_ups"):
        rows = vault.db.execute(f"SELECT * FROM {table}").fetchall()
        text = repr(rows)
        assert "Öztürk" not in text and "Kayseri" not in text and "Işık" not in text, table


def test_erasing_a_person_also_empties_what_was_set_aside_of_theirs(casefile, vault):
    """A received row set aside (it broke the row rules) still names the person: erasing them
    takes it away too."""
    client_id = casefile.add_client(ISIK)
    bad = {"seq": 3, "entity": "notes", "row_id": "0190c8a2-0000-7000-8000-0000000000cc",
           "client_id": client_id, "version": 1, "deleted": False,
           "fields": {"client_id": client_id, "text": "Işık Öztürk\x00 belde terug"}}
    conflicts.set_aside(vault.db, [(bad, "text", "control_chars")])
    assert [s.client_id for s in conflicts.set_aside_rows(vault.db)] == [client_id]

    casefile.erase_client(client_id)
    assert conflicts.set_aside_rows(vault.db) == []
    assert "Öztürk" not in repr(vault.db.execute("SELECT * FROM sync_set_aside").fetchall())


def test_erasing_a_person_never_sent_sends_nothing(casefile, vault):
    client_id = casefile.add_client(ISIK)
    casefile.erase_client(client_id)
    assert replica.count_pending(vault.db) == 0


def test_a_ca_file_that_is_no_certificate_is_named(tmp_path):
    from consultant_app.core.sync.transport import Transport

    not_pem = tmp_path / "office-ca.pem"
    not_pem.write_text("dit is geen certificaat")
    with pytest.raises(SyncError) as refused:
        Transport("https://registry.example.org", ca_file=not_pem)
    assert refused.value.code == "ca_file_unreadable"


def test_a_sync_is_overdue_after_the_set_days_and_never_without_a_registry():
    from datetime import datetime, timedelta, timezone

    from consultant_app.core.sync.service import SyncStatus

    def status(server, days_ago, waiting):
        at = None if days_ago is None else (
            datetime.now(timezone.utc) - timedelta(days=days_ago, minutes=1)).isoformat()
        return SyncStatus(server, "anouk", True, at, waiting, 0, 0, warn_after_days=7)

    assert not status(None, None, 300).overdue  # an office without a registry
    assert status("https://registry.example.org", None, 3).overdue  # never synced, work waits
    assert not status("https://registry.example.org", None, 0).overdue
    assert not status("https://registry.example.org", 6, 3).overdue
    assert status("https://registry.example.org", 7, 0).overdue
    assert status("https://registry.example.org", 7, 0).days_since() == 7


def test_every_reason_the_registry_may_give_has_dutch_and_english_text():
    from consultant_app.core.messages import MESSAGES
    from consultant_app.core.sync.protocol import REJECT_REASONS

    for reason in REJECT_REASONS:
        assert set(MESSAGES[f"refused_{reason}"]) == {"nl", "en"}, reason


def _nonsense_registry(page: dict):
    """A broken server (a stand-in: the real registry cannot be made to answer this) that
    answers every GET with `page` and every POST with an empty success."""
    import json
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Nonsense(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers["Content-Length"]))
            self._answer({"access_token": "a", "refresh_token": "r", "team": "t",
                          "results": [], "audit_accepted": 0})

        def do_GET(self):  # noqa: N802
            self._answer(page if self.path.startswith("/v1/sync/changes") else {"head": 0})

    return HTTPServer(("127.0.0.1", 0), Nonsense)


def _sync_with(vault, page: dict):
    import threading

    from consultant_app.core.sync.service import SyncService

    server = _nonsense_registry(page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        service = SyncService(vault, keyring_backend=FakeCredentialStore())
        service.login(f"http://127.0.0.1:{server.server_port}", "anouk", "wachtwoord")
        return service, service.sync()
    finally:
        server.shutdown()


def test_a_page_that_is_no_page_stops_the_sync_and_applies_nothing(vault, casefile):
    with pytest.raises(SyncError) as refused:
        _sync_with(vault, {"rows": {"entity": "clients"}, "next": 9, "more": False})
    assert refused.value.code == "registry_answer_invalid"
    assert vault.setting("sync_cursor") == "0" and casefile.count_clients() == 0


def test_a_row_lacking_its_bookkeeping_is_set_aside_and_the_rest_of_the_page_applies(
        vault, casefile):
    """Before, one such row stopped the sync for good (the page was asked for again and again);
    now it is kept aside with the column it lacks, and the good row beside it arrives."""
    good = {"seq": 8, "entity": "clients", "row_id": "0190c8a2-0000-7000-8000-0000000000aa",
            "client_id": "0190c8a2-0000-7000-8000-0000000000aa", "version": 1,
            "deleted": False, "fields": {"given_names": "Işık", "surname": "Öztürk"},
            "created_at": "2026-03-02T10:00:00.000+00:00", "created_by": "bram",
            "changed_at": "2026-03-02T10:00:00.000+00:00", "changed_by": "bram"}
    service, receipt = _sync_with(vault, {
        "rows": [good, {"entity": "clients", "row_id": "0190c8a2-0000-7000-8000-0000000000bb"}],
        "next": 9, "more": False})

    assert (receipt.pulled, receipt.set_aside) == (1, 1)
    assert vault.setting("sync_cursor") == "9" and casefile.count_clients() == 1
    assert [(r.entity, r.row_id, r.field, r.problem) for r in service.set_aside()] == [
        ("clients", "0190c8a2-0000-7000-8000-0000000000bb", "version", "wrong_type")]
    assert service.status().set_aside == 1


def test_a_registry_that_accepts_but_never_answers_ends_the_call_once_without_retrying():
    """A hung server (a listening socket that never answers: the real registry cannot be made
    to hang on purpose) costs one timeout, not three."""
    import socket
    import time

    import httpx

    from consultant_app.core.sync.transport import Transport

    hung = socket.create_server(("127.0.0.1", 0))
    try:
        transport = Transport(f"http://127.0.0.1:{hung.getsockname()[1]}",
                              timeout=httpx.Timeout(0.3, connect=2.0), refresh=lambda: "token")
        started = time.monotonic()
        with pytest.raises(SyncError) as hung_up:
            transport.pull(0, 10)
        assert hung_up.value.code == "registry_timeout"
        assert "0.3 seconden" in hung_up.value.message("nl")
        assert time.monotonic() - started < 1.5
    finally:
        hung.close()


def test_a_login_to_a_registry_that_is_away_does_not_speak_of_a_sync(vault):
    """No sync began: the message is about the login, never that "the next sync resumes"."""
    import socket

    from consultant_app.core.sync.service import SyncService

    with socket.socket() as probe:  # a port of this machine that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    service = SyncService(vault, keyring_backend=FakeCredentialStore())
    with pytest.raises(SyncError) as refused:
        service.login(f"http://127.0.0.1:{port}", "anouk", "wachtwoord")

    assert refused.value.code == "login_unreachable"
    assert refused.value.message("en").startswith("Login did not succeed: the registry is not")
    assert refused.value.message("nl").startswith("Inloggen lukte niet: de centrale registratie")
    for lang in ("nl", "en"):
        assert "synchronisatie" not in refused.value.message(lang)
        assert "sync" not in refused.value.message(lang)
    assert vault.setting("sync_server") is None


def test_every_way_a_login_can_fail_has_a_message_of_its_own():
    from string import Formatter

    from consultant_app.core.messages import MESSAGES
    from consultant_app.core.sync.service import LOGIN_CODES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name}

    for sync_code, login_code in LOGIN_CODES.items():
        for lang in ("nl", "en"):
            text = MESSAGES[login_code][lang]
            assert "resume" not in text and "gaat verder" not in text, login_code
            assert fields(text) == fields(MESSAGES[sync_code][lang]), login_code
