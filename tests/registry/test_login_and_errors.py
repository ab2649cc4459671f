"""Logging in to the registry (failures that look alike, rate limiting that holds across
servers) and the shape of every refusal: protocol mismatch, invalid input never echoed, unknown
paths, oversized bodies."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

import pytest

from consultant_app.core.sync.protocol import PROTOCOL_HEADER
from consultant_app.registry import accounts
from tests.registry.people import ISIK, NOORD, PASSWORD, ZUID, create
from tests.registry.server import RegistryServer

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


class Clock:
    """A clock the test moves: the rate-limit window passes without waiting 15 minutes."""

    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


def _login(server: RegistryServer, user: str, password: str):
    with server.client() as api:
        return api.post("/v1/login", json={"user": user, "password": password,
                                            "device_id": "laptop-1", "device_name": "laptop"})


def _code(response) -> tuple[int, str | None]:
    return response.status_code, response.json().get("code")


@pytest.fixture
def clocked(database_url):
    clock = Clock()
    server = RegistryServer(database_url, clock=clock).start()
    server.clock = clock
    yield server
    server.close()


def test_a_wrong_password_an_unknown_user_and_a_disabled_user_get_the_same_answer(registry):
    registry.add_user("anouk", NOORD, PASSWORD)
    registry.add_user("daan", NOORD, PASSWORD)
    registry.disable_user("daan")
    answers = [_code(_login(registry, "anouk", "verkeerd-wachtwoord")),
               _code(_login(registry, "onbekend", PASSWORD)),
               _code(_login(registry, "daan", PASSWORD))]
    assert answers == [(401, "login_failed")] * 3
    assert _code(_login(registry, "anouk", PASSWORD)) == (200, None)


def test_after_five_failures_even_the_right_password_waits_for_the_window(clocked, database_url):
    clocked.add_user("anouk", NOORD, PASSWORD)
    clocked.add_user("chantal", ZUID, PASSWORD)
    failures = [_code(_login(clocked, "anouk", f"fout-{i}"))[0] for i in range(5)]

    refused = _login(clocked, "anouk", PASSWORD)

    assert failures == [401] * 5
    assert _code(refused) == (429, "too_many_attempts")
    assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
    assert _code(_login(clocked, "chantal", PASSWORD)) == (200, None)  # others log in
    # The count lives in the database: a second server over it refuses too.
    with RegistryServer(database_url).start() as other:
        assert _code(_login(other, "anouk", PASSWORD)) == (429, "too_many_attempts")
    clocked.clock.now += int(refused.headers["Retry-After"])
    assert _code(_login(clocked, "anouk", PASSWORD)) == (200, None)


def test_thirty_parallel_wrong_passwords_get_at_most_five_password_checks(registry, monkeypatch):
    registry.add_user("anouk", NOORD, PASSWORD)
    checks: list[str] = []
    lock = threading.Lock()
    release = threading.Event()
    verify = accounts._verify

    def counted(hashed: str, password: str) -> bool:
        # Every check waits until the refusals are all in (or one check too many came): an
        # attempt counted only after its check would let all thirty through to here.
        with lock:
            checks.append(password)
            if len(checks) > accounts.USER_LIMIT:
                release.set()
        release.wait(timeout=60)
        return verify(hashed, password)

    monkeypatch.setattr(accounts, "_verify", counted)
    answers = []
    with ThreadPoolExecutor(30) as pool:
        futures = [pool.submit(_login, registry, "anouk", f"fout-{i}") for i in range(30)]
        for future in as_completed(futures):
            answers.append(_code(future.result()))
            if answers.count((429, "too_many_attempts")) == 30 - accounts.USER_LIMIT:
                release.set()

    assert len(checks) == accounts.USER_LIMIT
    assert answers.count((401, "login_failed")) == accounts.USER_LIMIT
    assert answers.count((429, "too_many_attempts")) == 30 - accounts.USER_LIMIT
    assert _code(_login(registry, "anouk", PASSWORD)) == (429, "too_many_attempts")
    assert len(checks) == accounts.USER_LIMIT


class _Arrivals(threading.BoundedSemaphore):
    """The registry's semaphore of password checks, telling `all_there` once `expected` logins
    have come to it."""

    def __init__(self, value: int, expected: int, all_there: threading.Event):
        super().__init__(value)
        self.arrived = 0
        self.expected = expected
        self.all_there = all_there
        self.counting = threading.Lock()

    def acquire(self, *args, **kwargs) -> bool:
        with self.counting:
            self.arrived += 1
            if self.arrived == self.expected:
                self.all_there.set()
        return super().acquire(*args, **kwargs)

    __enter__ = acquire


def test_password_checks_of_many_names_run_a_few_at_a_time(registry, monkeypatch):
    names = [f"collega{i}" for i in range(12)]  # under the 20 failures an address may make
    for name in names:
        registry.add_user(name, NOORD, PASSWORD)
    release = threading.Event()
    lock = threading.Lock()
    active = peak = 0
    verify = accounts._verify

    def held(hashed: str, password: str) -> bool:
        # Each check waits until every login has reached the checks (or one check too many
        # runs): without a bound all twelve would be in here at once, each with 64 MiB.
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
            if active > accounts.PARALLEL_CHECKS:
                release.set()
        release.wait(timeout=60)
        with lock:
            active -= 1
        return verify(hashed, password)

    monkeypatch.setattr(accounts, "_verify", held)
    monkeypatch.setattr(accounts, "_CHECKS", _Arrivals(accounts.PARALLEL_CHECKS, len(names),
                                                       release), raising=False)
    with ThreadPoolExecutor(len(names)) as pool:
        answers = list(pool.map(lambda name: _code(_login(registry, name, "fout")), names))

    assert answers == [(401, "login_failed")] * len(names)
    assert peak == accounts.PARALLEL_CHECKS


def test_twenty_failures_from_one_address_refuse_every_name_from_it(clocked):
    for name in ("anouk", "bram", "chantal", "daan", "emre"):
        clocked.add_user(name, NOORD, PASSWORD)
    for name in ("anouk", "bram", "chantal", "daan", "emre"):
        for attempt in range(4):
            assert _code(_login(clocked, name, f"fout-{attempt}")) == (401, "login_failed")

    refused = _login(clocked, "emre", PASSWORD)

    assert _code(refused) == (429, "too_many_attempts")
    assert "Retry-After" in refused.headers


def test_a_device_of_another_protocol_version_is_told_so(registry):
    registry.add_user("anouk", NOORD, PASSWORD)
    token = registry.login("anouk", PASSWORD)["access_token"]
    calls = [("POST", "/v1/login", {"user": "anouk", "password": PASSWORD, "device_id": "d",
                                    "device_name": "n"}),
             ("POST", "/v1/sync/push", {"device_id": "d", "changes": []}),
             ("GET", "/v1/sync/changes", None), ("GET", "/v1/sync/summary", None),
             ("GET", "/v1/me", None)]
    for version in (None, "2", "one"):
        with registry.client(token) as api:
            if version is None:
                del api.headers[PROTOCOL_HEADER]
            else:
                api.headers[PROTOCOL_HEADER] = version
            for method, path, body in calls:
                response = api.request(method, path, json=body)
                assert (response.status_code, response.json()) == (
                    409, {"code": "protocol_mismatch", "server_protocol": 1}), (path, version)
            assert api.get("/v1/health").json()["protocol"] == 1


def test_invalid_input_is_refused_without_echoing_it(registry, team):
    with registry.client() as api:
        response = api.post("/v1/login", json={"user": ["Işık Öztürk"], "password": 12,
                                                "device_id": "d", "device_name": "n"})
    assert response.status_code == 422
    assert response.json() == {"code": "invalid", "fields": ["body.password", "body.user"]}
    bad_change = {**create("clients", ISIK), "op": "rename", "fields": {"Öztürk": ["Işık"]}}
    response = team.anouk.post("/v1/sync/push", json={"device_id": "d", "changes": [bad_change]})
    assert response.status_code == 422
    assert "Öztürk" not in response.text and "Işık" not in response.text
    assert response.json()["fields"] == ["body.changes.0.fields.*", "body.changes.0.op"]
    for params in ({"since": -1}, {"since": 2**70}, {"limit": 0}, {"limit": 100_000},
                   {"since": "Işık"}):
        response = team.anouk.get("/v1/sync/changes", params=params)
        assert _code(response) == (422, "invalid"), params
        assert "Işık" not in response.text


def test_unknown_paths_methods_and_oversized_bodies_get_codes(database_url):
    with RegistryServer(database_url, max_body_bytes=10_000).start() as server:
        with server.client() as api:
            assert _code(api.get("/v1/nothing")) == (404, "not_found")
            assert _code(api.get("/v1/login")) == (405, "method_not_allowed")
            big = {"user": "x" * 20_000, "password": "p", "device_id": "d", "device_name": "n"}
            assert _code(api.post("/v1/login", json=big)) == (413, "too_large")

            def chunks():  # no Content-Length: the size shows only while reading
                for _ in range(20):
                    yield b" " * 1000

            response = api.post("/v1/login", content=chunks(),
                                headers={"content-type": "application/json"})
            assert _code(response) == (413, "too_large")


def test_the_registry_answers_503_while_its_database_is_away_and_recovers(registry, team,
                                                                         pg_maintenance):
    import psycopg

    assert team.anouk.get("/v1/sync/summary").status_code == 200
    # Cut every connection of the server to its database, as a PostgreSQL restart would.
    name = registry.database_url.rsplit("/", 1)[1]
    admin_url = pg_maintenance
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", [name])
    assert team.anouk.get("/v1/sync/summary").status_code == 200  # pooled ones are replaced
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", [name])
        try:
            assert _code(team.anouk.get("/v1/sync/summary")) == (503, "unavailable")
        finally:
            admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    assert team.anouk.get("/v1/sync/summary").status_code == 200
