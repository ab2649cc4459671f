"""Fixtures of the registry tests: a fresh PostgreSQL database per test (`pg_url`), a SQLite file
(`sqlite_url`), both behind `database_url`, and a real registry server on loopback over it
(`registry`: uvicorn in a thread; `registry_process`: a subprocess that can be killed).

PostgreSQL is expected on 127.0.0.1:5432 with trust authentication (user postgres, else the
current user; CONSULTANT_APP_TEST_POSTGRES overrides the maintenance URL). When it is not there
the tests that need it are skipped, unless CONSULTANT_APP_REQUIRE_POSTGRES=1 (CI) fails them.
"""

from __future__ import annotations

import os
import queue
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from argon2 import PasswordHasher

from consultant_app.registry import accounts

from tests.registry.people import CONSULTANTS, PASSWORD
from tests.registry.server import RegistryServer

MAINTENANCE_URLS = ("postgresql://postgres@127.0.0.1:5432/test",
                    "postgresql://127.0.0.1:5432/test",
                    "postgresql://postgres@127.0.0.1:5432/postgres")


def _maintenance_url() -> str | None:
    import psycopg

    candidates = [os.environ["CONSULTANT_APP_TEST_POSTGRES"]] if os.environ.get(
        "CONSULTANT_APP_TEST_POSTGRES") else MAINTENANCE_URLS
    for url in candidates:
        try:
            psycopg.connect(url, connect_timeout=3).close()
            return url
        except psycopg.Error:
            continue
    return None


# Argon2id at a low cost for the servers and accounts of this process (a subprocess server keeps
# the production cost): the same code paths, without 90 ms per hash and per login.
QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@pytest.fixture(autouse=True)
def _quick_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_hasher", QUICK_HASHER)


@pytest.fixture(scope="session")
def pg_maintenance() -> str:
    """A URL of a database on the PostgreSQL server from which test databases are made."""
    url = _maintenance_url()
    if url is None:
        message = "PostgreSQL is not reachable on 127.0.0.1:5432"
        if os.environ.get("CONSULTANT_APP_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return url


class _Dropper:
    """Drops the test databases in a background thread, so no test waits for it."""

    def __init__(self, maintenance: str):
        self.maintenance = maintenance
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True, name="drop-databases")
        self.thread.start()

    def _run(self) -> None:
        import psycopg

        while (name := self.queue.get()) is not None:
            with psycopg.connect(self.maintenance, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()


@pytest.fixture(scope="session")
def _pg_dropper(pg_maintenance: str) -> Iterator[_Dropper]:
    dropper = _Dropper(pg_maintenance)
    yield dropper
    dropper.close()


@pytest.fixture
def pg_url(pg_maintenance: str, _pg_dropper: _Dropper) -> Iterator[str]:
    """A new, empty PostgreSQL database for this test, dropped afterwards."""
    import psycopg

    name = f"spreekuur_test_{secrets.token_hex(6)}"
    with psycopg.connect(pg_maintenance, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield urlsplit(pg_maintenance)._replace(path=f"/{name}").geturl()
    _pg_dropper.queue.put(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'registry.db'}"


@pytest.fixture(params=["postgresql", "sqlite"])
def database_url(request: pytest.FixtureRequest) -> str:
    """The registry database, once over PostgreSQL and once over SQLite."""
    return request.getfixturevalue("pg_url" if request.param == "postgresql" else "sqlite_url")


@pytest.fixture
def registry(database_url: str) -> Iterator[RegistryServer]:
    """A registry server in a thread of this process, over `database_url`."""
    server = RegistryServer(database_url, mode="thread").start()
    yield server
    server.close()


@pytest.fixture
def registry_process(database_url: str, tmp_path: Path) -> Iterator[RegistryServer]:
    """A registry server as a subprocess (`.kill()` sends SIGKILL; `.start()` brings it back
    on the same port over the same database)."""
    server = RegistryServer(database_url, mode="process",
                            log_path=tmp_path / "registry.log").start()
    yield server
    server.close()


class Team:
    """Logged-in API clients of the consultants in people.CONSULTANTS (anouk and bram of team
    noord, chantal of team zuid), e.g. `team.anouk.get("/v1/me")`."""

    def __init__(self, server: RegistryServer):
        self.server = server
        self.clients = {}
        for name, team in CONSULTANTS.items():
            server.add_user(name, team, PASSWORD)
            self.clients[name] = server.session(name, PASSWORD)

    def __getattr__(self, name: str):
        try:
            return self.__dict__["clients"][name]
        except KeyError:
            raise AttributeError(name) from None

    def close(self) -> None:
        for api in self.clients.values():
            api.close()


@pytest.fixture
def team(registry: RegistryServer) -> Iterator[Team]:
    sessions = Team(registry)
    yield sessions
    sessions.close()


@pytest.fixture
def laptop(tmp_path, registry_process):
    """A fresh vault and the command line on it, with Anouk's registry account."""
    from tests.registry.devices import LAPTOP_PASSWORD, cli_laptop

    registry_process.add_user("anouk", "eindhoven", LAPTOP_PASSWORD)
    return cli_laptop(tmp_path)
