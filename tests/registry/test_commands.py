"""The registry's command line, run as a subprocess: `registry user add|list|disable` and
`registry serve` (refusing plain HTTP off loopback, one clear line for every error), and a served
registry that is killed and started again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from consultant_app.cli.registry import MAX_WORKERS
from consultant_app.core.messages import translate
from tests.registry.people import ISIK, NOORD, PASSWORD, create, new_id, pull_all, push
from tests.registry.server import ROOT, RegistryServer

DATABASE_ENV = "CONSULTANT_APP_REGISTRY_DATABASE"
PASSWORD_ENV = "CONSULTANT_APP_REGISTRY_PASSWORD"


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in (DATABASE_ENV, PASSWORD_ENV)}
    environ.update(CONSULTANT_APP_LANG="en", **env)
    return subprocess.run([sys.executable, "-m", "consultant_app", *args], cwd=ROOT, env=environ,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)


def refused(result: subprocess.CompletedProcess, code: str, **params: object) -> bool:
    """Exit 1 with the one line `consultant-app: <message>`, no traceback."""
    return (result.returncode == 1 and result.stdout == ""
            and result.stderr == f"consultant-app: {translate(code, 'en', **params)}\n")


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_users_are_added_listed_and_disabled_from_the_command_line(registry):
    url = registry.database_url
    added = cli("registry", "user", "add", "anouk", "--team", NOORD, "--database", url,
                **{PASSWORD_ENV: PASSWORD})
    again = cli("registry", "user", "add", "anouk", "--team", NOORD,
                **{DATABASE_ENV: url, PASSWORD_ENV: PASSWORD})
    assert added.returncode == 0, added.stderr
    assert refused(again, "registry_user_exists")
    listed = cli("registry", "user", "list", "--database", url).stdout
    assert listed == f"anouk\t{NOORD}\t{translate('registry_user_state_active', 'en')}\n"
    api = registry.session("anouk", PASSWORD)
    assert api.get("/v1/me").status_code == 200

    disabled = cli("registry", "user", "disable", "anouk", **{DATABASE_ENV: url})

    assert disabled.returncode == 0, disabled.stderr
    assert api.get("/v1/me").status_code == 401
    listed = json.loads(cli("registry", "user", "list", "--json", "--database", url).stdout)
    assert listed == [{"name": "anouk", "team": NOORD, "disabled": True}]
    assert refused(cli("registry", "user", "disable", "niemand", "--database", url),
                   "registry_user_unknown")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_user_needs_a_long_enough_password_from_somewhere(database_url):
    short = cli("registry", "user", "add", "bram", "--team", NOORD, "--database", database_url,
                **{PASSWORD_ENV: "kort"})
    missing = cli("registry", "user", "add", "bram", "--team", NOORD, "--database", database_url)
    bad_name = cli("registry", "user", "add", "Işık Öztürk", "--team", NOORD,
                   "--database", database_url, **{PASSWORD_ENV: PASSWORD})
    assert short.returncode == 1 and "kort" not in short.stderr
    assert short.stderr.count("\n") == 1 and "Traceback" not in short.stderr
    assert refused(missing, "registry_no_password", env=PASSWORD_ENV)
    assert refused(bad_name, "registry_user_name_invalid")
    assert cli("registry", "user", "list", "--json", "--database", database_url).stdout == "[]\n"


def test_serve_refuses_plain_http_on_a_public_address():
    for host in ("0.0.0.0", "192.0.2.10", "registry.example.org"):
        assert refused(cli("registry", "serve", "--host", host, "--database", "sqlite:///x.db"),
                       "registry_insecure_host"), host
    assert refused(cli("registry", "serve", "--host", "0.0.0.0", "--certfile", "cert.pem"),
                   "registry_certificate_incomplete")


def test_database_problems_are_one_clear_line(tmp_path):
    assert refused(cli("registry", "user", "list"), "registry_database_missing", env=DATABASE_ENV)
    assert refused(cli("registry", "user", "list", "--database", "mysql://localhost/registry"),
                   "registry_database_url")
    assert refused(cli("registry", "user", "list", "--database",
                       "postgresql://postgres@127.0.0.1:1/registry"),
                   "registry_database_unreachable")
    assert refused(cli("registry", "serve", "--database",
                       f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}"),
                   "registry_database_unreachable")


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_killed_registry_starts_again_with_everything_it_had_committed(registry_process):
    registry_process.add_user("anouk", NOORD, PASSWORD)
    api = registry_process.session("anouk", PASSWORD)
    client_id = new_id()
    push(api, [create("clients", ISIK, client_id)])

    registry_process.kill()
    registry_process.start()

    rows, cursor = pull_all(api)
    assert [(r["row_id"], r["fields"]["surname"]) for r in rows] == [(client_id, "Öztürk")]
    assert push(api, [create("clients", ISIK, new_id())])["results"][0]["seq"] == cursor + 1
    api.close()


def _worker_processes(pid: int) -> list[int]:
    """The uvicorn worker processes under a serving process (multiprocessing's spawned
    children; its resource tracker is not one)."""
    workers = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue  # a process that ended meanwhile
        if parent == pid and b"spawn_main" in command:
            workers.append(int(stat.parent.name))
    return workers


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_serve_with_two_workers_shares_sessions_rows_and_the_login_limit(database_url, tmp_path):
    with RegistryServer(database_url, mode="process", workers=2,
                        log_path=tmp_path / "registry.log").start() as server:
        assert len(_worker_processes(server.pid)) == 2
        server.add_user("anouk", NOORD, PASSWORD)
        server.add_user("bram", NOORD, PASSWORD)
        with server.session("anouk", PASSWORD) as anouk, \
                server.session("bram", PASSWORD) as bram:
            with ThreadPoolExecutor(8) as pool:  # spread over both workers
                answers = list(pool.map(lambda _: anouk.get("/v1/me").status_code, range(16)))
            assert answers == [200] * 16
            client_id = new_id()
            push(anouk, [create("clients", ISIK, client_id)])
            rows, _ = pull_all(bram)
            assert [r["row_id"] for r in rows] == [client_id]

        # Thirty wrong passwords at once, checked by two processes: five checks, then 429.
        def wrong(attempt: int) -> int:
            with server.client() as api:
                return api.post("/v1/login", json={
                    "user": "anouk", "password": f"fout-{attempt}", "device_id": "d",
                    "device_name": "n"}).status_code

        with ThreadPoolExecutor(30) as pool:
            statuses = list(pool.map(wrong, range(30)))
        assert sorted(statuses) == [401] * 5 + [429] * 25
        with server.client() as api:
            assert api.post("/v1/login", json={"user": "anouk", "password": PASSWORD,
                                               "device_id": "d", "device_name": "n"}
                            ).status_code == 429


def test_several_workers_need_postgresql_and_a_sensible_number(tmp_path):
    sqlite = f"sqlite:///{tmp_path / 'registry.db'}"
    assert refused(cli("registry", "serve", "--database", sqlite, "--workers", "2"),
                   "registry_workers_sqlite")
    assert refused(cli("registry", "serve", "--database", sqlite, "--workers", "0"),
                   "registry_workers_invalid", max=MAX_WORKERS)
