"""A real registry server on loopback for tests: in a thread of the test process (quick to start)
or as a subprocess `python -m consultant_app registry serve` (for tests that kill it), over a
database URL from the fixtures in conftest.py. Users are made by the real accounts code.

    server = RegistryServer(database_url, mode="process").start()
    server.add_user("anouk", "noord", PASSWORD)
    api = server.session("anouk", PASSWORD)      # httpx.Client with token and protocol header
    api.get("/v1/me").json()
    server.kill(); server.start()                  # same URL, same database
    server.stop()
"""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from consultant_app.core.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from consultant_app.registry import accounts
from consultant_app.registry.store import Store

HOST = "127.0.0.1"
PROTOCOL = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
START_TIMEOUT = 30.0
ROOT = Path(__file__).resolve().parents[2]


_TLS: ssl.SSLContext | None = None


def _tls() -> ssl.SSLContext:
    """One TLS context for every test client: httpx would load the CA bundle for each (~25 ms)."""
    global _TLS
    if _TLS is None:
        _TLS = ssl.create_default_context()
    return _TLS


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class RegistryServer:
    """One registry over one database. `mode` is "thread" (uvicorn in this process; `app_options`
    go to create_app, e.g. access_ttl) or "process" (a subprocess that `kill()` can SIGKILL,
    serving with `workers` processes)."""

    def __init__(self, database_url: str, *, mode: str = "thread", port: int | None = None,
                 log_path: Path | None = None, serve_args: tuple[str, ...] = (),
                 workers: int = 1, **app_options: Any):
        if mode not in ("thread", "process"):
            raise ValueError(mode)
        self.database_url = database_url
        self.mode = mode
        self.port = port or free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log_path = log_path
        self.workers = workers
        self.app_options = app_options
        self.serve_args = serve_args  # more options of `registry serve` (process mode)
        self._store: Store | None = None
        self._process: subprocess.Popen | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> RegistryServer:
        if self.running:
            return self
        if self.mode == "thread":
            self._start_thread()
        else:
            self._start_process()
        return self

    @property
    def running(self) -> bool:
        if self.mode == "thread":
            return self._thread is not None and self._thread.is_alive()
        return self._process is not None and self._process.poll() is None

    def _start_thread(self) -> None:
        import uvicorn

        from consultant_app.registry.app import create_app

        config = uvicorn.Config(create_app(self.database_url, **self.app_options), host=HOST,
                                port=self.port, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True,
                                        name=f"registry:{self.port}")
        self._thread.start()
        self._wait_until_up(lambda: self._thread.is_alive())

    def _start_process(self) -> None:
        env = {**os.environ, "CONSULTANT_APP_LANG": "en",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                           os.environ.get("PYTHONPATH")]))}
        env.pop("CONSULTANT_APP_REGISTRY_DATABASE", None)
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "consultant_app", "registry", "serve", "--database",
                 self.database_url, "--host", HOST, "--port", str(self.port),
                 *(["--workers", str(self.workers)] if self.workers != 1 else []),
                 *self.serve_args],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env, cwd=ROOT)
        finally:
            if log is not subprocess.DEVNULL:
                log.close()
        self._wait_until_up(lambda: self._process.poll() is None)

    def _wait_until_up(self, alive: Any) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if not alive():
                raise RuntimeError(f"registry on port {self.port} exited while starting")
            try:
                socket.create_connection((HOST, self.port), timeout=1.0).close()
                with self.client() as api:
                    if api.get("/v1/health").status_code == 200:
                        return
            except (OSError, httpx.TransportError):
                pass
            time.sleep(0.01)  # polling for the port to open; there is no event to wait on
        raise RuntimeError(f"registry on port {self.port} did not start")

    def stop(self) -> None:
        """A graceful shutdown (SIGTERM for a process); the database stays."""
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._thread = self._server = None
        if self._process is not None:
            if self._process.poll() is None:
                self._process.send_signal(signal.SIGTERM)
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
            self._process = None

    @property
    def pid(self) -> int | None:
        """The process id of a subprocess server."""
        return self._process.pid if self._process is not None else None

    def kill(self) -> None:
        """SIGKILL, mid-request if one is running: nothing gets to clean up (process mode)."""
        if self.mode != "process":
            raise RuntimeError("kill() needs a RegistryServer(mode='process')")
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def close(self) -> None:
        self.stop()
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> RegistryServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- accounts and direct looks at the database --------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.database_url, pool_size=1)
        return self._store

    def add_user(self, name: str, team: str, password: str,
                 role: str = accounts.CONSULTANT) -> None:
        with self.store.connection() as conn:
            accounts.add_user(conn, name, team, password, role)

    def disable_user(self, name: str) -> int:
        with self.store.connection() as conn:
            return accounts.disable_user(conn, name)

    def sql(self, query: str, params: tuple = ()) -> list[tuple]:
        """Rows of a query on the registry database (`?` placeholders in both dialects)."""
        with self.store.connection() as conn:
            return conn.rows(query, params)

    def execute(self, query: str, params: tuple = ()) -> None:
        with self.store.connection() as conn, conn.transaction():
            conn.execute(query, params)

    # -- HTTP ------------------------------------------------------------------------------------
    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client on the server, speaking the protocol version, with a bearer token."""
        headers = dict(PROTOCOL)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        kwargs.setdefault("verify", _tls())
        return httpx.Client(base_url=self.url, headers=headers, timeout=30.0, **kwargs)

    def login(self, name: str, password: str, device_id: str | None = None,
              device_name: str = "test laptop") -> dict[str, Any]:
        """The login answer: {access_token, refresh_token, expires_in, user, team}."""
        with self.client() as api:
            response = api.post("/v1/login", json={
                "user": name, "password": password, "device_id": device_id or str(uuid.uuid4()),
                "device_name": device_name})
        response.raise_for_status()
        return response.json()

    def session(self, name: str, password: str, **kwargs: Any) -> httpx.Client:
        """A client logged in as `name` (its refresh token in `.refresh_token`)."""
        tokens = self.login(name, password, **kwargs)
        api = self.client(tokens["access_token"])
        api.refresh_token = tokens["refresh_token"]  # type: ignore[attr-defined]
        return api
