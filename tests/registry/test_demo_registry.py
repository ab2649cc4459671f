"""Demo data stays with demo registries: a demo vault (synthetic people) logs in and syncs only
with a registry that is itself a demo, a real vault only with a real one; the refusal says what is
wrong and nothing is sent. Two demo vaults made with the default seed sync side by side."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from consultant_app.core.demo_vault import fill_demo
from consultant_app.core.errors import SyncError
from consultant_app.core.vault.vault import Vault
from consultant_app.registry import RegistryError
from consultant_app.registry import app as app_module
from consultant_app.registry.app import create_app
from tests.conftest import FAST_KDF, ISIK, PASSPHRASE
from tests.registry.devices import Device, make_device
from tests.registry.server import ROOT, RegistryServer

PASSWORD = "registry-wachtwoord-1"
DEMO_CLIENTS = 25


def demo_device(folder, name: str) -> Device:
    fill_demo(folder, PASSPHRASE, DEMO_CLIENTS, kdf=FAST_KDF)
    return Device(name, Vault.unlock(folder, PASSPHRASE))


def registry_rows(server: RegistryServer) -> tuple[int, int]:
    """(changes, records) the registry holds."""
    return (server.sql("SELECT count(*) FROM changes")[0][0],
            server.sql("SELECT count(*) FROM records")[0][0])


@pytest.fixture
def real_registry(pg_url):
    """A real (not demo) registry on PostgreSQL, with one account."""
    with RegistryServer(pg_url) as server:
        server.add_user("anouk", "noord", PASSWORD)
        yield server


@pytest.fixture
def demo_registry(database_url):
    with RegistryServer(database_url, demo=True) as server:
        server.add_user("anouk", "noord", PASSWORD)
        server.add_user("bram", "noord", PASSWORD)
        yield server


def test_a_demo_vault_cannot_log_in_to_a_real_registry(real_registry, tmp_path):
    laptop = demo_device(tmp_path / "demo", "anouk")
    try:
        with pytest.raises(SyncError) as refused:
            laptop.sync.login(real_registry.url, "anouk", PASSWORD)
        assert refused.value.code == "registry_real_for_demo_vault"
        assert "demo vault" in refused.value.message("en")
        dutch = refused.value.message("nl")
        assert dutch.startswith("Dit is een demokluis") and "centrale registratie" in dutch
        assert "registry " not in dutch.replace("registry serve", "")
        assert laptop.sync.status().server is None  # nothing kept: no sync can follow
        with pytest.raises(SyncError):
            laptop.sync.sync()
    finally:
        laptop.vault.close()
    assert registry_rows(real_registry) == (0, 0)
    # the session the refused login opened is closed again
    assert real_registry.sql("SELECT count(*) FROM tokens WHERE kind = 'refresh' "
                             "AND revoked = 0")[0][0] == 0


def test_a_vault_logged_in_before_it_was_a_demo_pushes_nothing(real_registry, tmp_path):
    """The check is made at every sync, before the first push (a session from before)."""
    laptop = make_device(tmp_path / "laptop", "anouk")
    try:
        laptop.sync.login(real_registry.url, "anouk", PASSWORD)
        laptop.casefile.add_client(ISIK)
        laptop.vault.set_setting(Vault.DEMO_SETTING, "yes")
        with pytest.raises(SyncError) as refused:
            laptop.sync.sync()
        assert refused.value.code == "registry_real_for_demo_vault"
        assert laptop.sync.status().waiting > 0  # still here, not sent
    finally:
        laptop.vault.close()
    assert registry_rows(real_registry) == (0, 0)


def test_a_real_vault_cannot_log_in_to_a_demo_registry(demo_registry, tmp_path):
    laptop = make_device(tmp_path / "laptop", "anouk")
    try:
        laptop.casefile.add_client(ISIK)
        with pytest.raises(SyncError) as refused:
            laptop.sync.login(demo_registry.url, "anouk", PASSWORD)
        assert refused.value.code == "registry_demo_for_real_vault"
        assert refused.value.message("nl").startswith(
            "De centrale registratie is een demo; deze kluis is echt")
        assert "organisation's registry" in refused.value.message("en")
    finally:
        laptop.vault.close()
    assert registry_rows(demo_registry) == (0, 0)


def test_two_demo_vaults_with_the_default_seed_sync_with_a_demo_registry(demo_registry, tmp_path):
    first = demo_device(tmp_path / "first", "anouk")
    second = demo_device(tmp_path / "second", "bram")
    try:
        for laptop in (first, second):
            laptop.sync.login(demo_registry.url, laptop.name, PASSWORD)
        assert first.sync.sync().rejected == 0
        receipt = second.sync.sync()
        assert receipt.rejected == 0 and receipt.pulled > 0
        assert receipt.checked and receipt.mismatches == ()
        again = first.sync.sync()
        assert again.checked and again.mismatches == ()
        assert first.count("clients") == second.count("clients") == 2 * DEMO_CLIENTS
    finally:
        first.vault.close()
        second.vault.close()


def test_health_says_whether_the_registry_is_a_demo(real_registry, sqlite_url):
    with RegistryServer(sqlite_url, demo=True) as demo, demo.client() as api:
        assert api.get("/v1/health").json()["demo"] is True
    with real_registry.client() as api:
        assert api.get("/v1/health").json()["demo"] is False


def older_registry(app):
    """The registry as a version before demo registries answered: no `demo` field anywhere."""
    async def older(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        held = {}

        async def strip(message):
            if message["type"] == "http.response.start":
                held.update(message)
                return
            body = message.get("body", b"")
            if body.startswith(b"{"):
                answer = json.loads(body)
                answer.pop("demo", None)
                body = json.dumps(answer).encode()
            headers = [(k, v) for k, v in held["headers"] if k != b"content-length"]
            await send({**held, "headers": [*headers, (b"content-length", b"%d" % len(body))]})
            await send({**message, "body": body})
        return await app(scope, receive, strip)
    return older


def test_a_registry_that_does_not_say_is_a_real_one(sqlite_url, tmp_path, monkeypatch):
    """An older registry's answers have no `demo` field: it is a real one, so a demo vault
    cannot log in there, and a real vault can."""
    monkeypatch.setattr(app_module, "create_app",
                        lambda url, **options: older_registry(create_app(url, **options)))
    with RegistryServer(sqlite_url) as server:
        server.add_user("anouk", "noord", PASSWORD)
        with server.client() as api:
            assert "demo" not in api.get("/v1/health").json()
        laptop = demo_device(tmp_path / "demo", "anouk")
        real = make_device(tmp_path / "real", "anouk")
        try:
            with pytest.raises(SyncError) as refused:
                laptop.sync.login(server.url, "anouk", PASSWORD)
            assert refused.value.code == "registry_real_for_demo_vault"
            real.sync.login(server.url, "anouk", PASSWORD)
            real.casefile.add_client(ISIK)
            assert real.sync.sync().pushed > 0
        finally:
            laptop.vault.close()
            real.vault.close()


def test_a_registry_with_data_does_not_become_a_demo(real_registry, tmp_path):
    laptop = make_device(tmp_path / "laptop", "anouk")
    try:
        laptop.sync.login(real_registry.url, "anouk", PASSWORD)
        laptop.casefile.add_client(ISIK)
        laptop.sync.sync()
    finally:
        laptop.vault.close()
    with pytest.raises(RegistryError) as refused:
        create_app(real_registry.database_url, demo=True)
    assert refused.value.code == "registry_demo_has_data"
    done = subprocess.run(
        [sys.executable, "-m", "consultant_app", "registry", "serve", "--demo", "--database",
         real_registry.database_url, "--port", "1"], capture_output=True, text=True, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "CONSULTANT_APP_LANG": "nl", "PYTHONPATH": str(ROOT)},
        timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "bevat al gegevens" in done.stderr
    with real_registry.client() as api:
        assert api.get("/v1/health").json()["demo"] is False


def test_a_demo_registry_stays_a_demo_when_served_again(sqlite_url):
    with RegistryServer(sqlite_url, demo=True) as server, server.client() as api:
        assert api.get("/v1/health").json()["demo"] is True
    with RegistryServer(sqlite_url) as server, server.client() as api:
        assert api.get("/v1/health").json()["demo"] is True


def test_registry_serve_demo_marks_the_database_and_says_so(sqlite_url, tmp_path):
    log = tmp_path / "registry.log"
    with RegistryServer(sqlite_url, mode="process", log_path=log,
                        serve_args=("--demo",)) as server, server.client() as api:
        assert api.get("/v1/health").json()["demo"] is True
    assert "Demo: only demo vaults can sync with this registry" in log.read_text()
