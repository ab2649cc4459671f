"""Registry under attack: what oversized bodies and parallel password guesses cost the server.

A registry is started as `python -m consultant_app registry serve` (production Argon2id) on a free
loopback port over a fresh PostgreSQL database (made on --pg-url's server, dropped at the end).
Requests go over raw sockets: a sender thread writes the whole body while the main thread waits
for the answer, so "answered after" is the time from the first byte sent to the status line,
whether or not the server read the rest. Server memory is the registry process's VmHWM (peak
RSS), reset through /proc/PID/clear_refs before each case; "rss" is VmRSS when the case is over.

  1. one 60 MB login      a JSON login body whose user name is 60 MB of "x"
  2. eight 60 MB logins   eight of them at once
  3. 30 wrong passwords   thirty logins at once for one user: how many 401 (checked) and 429
  4. an 8 x 60 MB push    eight authenticated pushes at once, each of 30 notes of 2 MB text
                          (within the 64 MiB a push may bring): what an authenticated push costs

--root runs the server from another source tree (e.g. an export of an older commit) to compare.
Synthetic data only. The last line of output is one JSON object with every figure.

    .venv/bin/python bench/registry_attack_bench.py
    .venv/bin/python bench/registry_attack_bench.py --root /tmp/older-tree --skip-push
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consultant_app.core.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402

HOST = "127.0.0.1"
PASSWORD = "bench-wachtwoord-synthetisch"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def status(pid: int, field: str) -> float:
    """A VmXXX line of /proc/PID/status, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def send(port: int, path: str, body: bytes, token: str | None = None) -> tuple[float, int]:
    """(seconds until the status line came, status); the body is written by another thread."""
    head = [f"POST {path} HTTP/1.1", f"Host: {HOST}:{port}", "Content-Type: application/json",
            f"Content-Length: {len(body)}", f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}",
            "Connection: close"]
    if token:
        head.append(f"Authorization: Bearer {token}")
    sock = socket.create_connection((HOST, port), timeout=300)

    def write() -> None:
        try:
            sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        except OSError:
            pass  # the server answered and closed before taking it all

    started = time.perf_counter()
    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    received = b""
    while b"\r\n" not in received:
        chunk = sock.recv(65536)
        if not chunk:
            break
        received += chunk
    took = time.perf_counter() - started
    sock.close()
    writer.join(timeout=60)
    return took, int(received.split()[1]) if received else 0


def case(pid: int, name: str, work) -> dict:
    reset_peak(pid)
    started = time.perf_counter()
    result = work()
    figures = {"case": name, "seconds": round(time.perf_counter() - started, 3),
               "server_peak_mb": round(status(pid, "VmHWM"), 1),
               "server_rss_mb": round(status(pid, "VmRSS"), 1), **result}
    print(json.dumps(figures))
    return figures


def login_body(size: int) -> bytes:
    return json.dumps({"user": "x" * size, "password": "p", "device_id": "d",
                       "device_name": "n"}).encode()


def push_body(notes: int, chars: int) -> bytes:
    client_id = str(uuid.uuid4())
    changes = [{"change_id": str(uuid.uuid4()), "entity": "notes", "row_id": str(uuid.uuid4()),
                "op": "create", "base_version": 0, "base": {},
                "fields": {"client_id": client_id, "text": "n" * chars}} for _ in range(notes)]
    return json.dumps({"device_id": "bench", "changes": changes, "audit": []}).encode()


def login(port: int, user: str, password: str) -> tuple[int, dict]:
    import httpx

    response = httpx.post(f"http://{HOST}:{port}/v1/login", timeout=120,
                          headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                          json={"user": user, "password": password, "device_id": "d",
                                "device_name": "bench"})
    return response.status_code, response.json()


def run(port: int, pid: int, skip_push: bool) -> list[dict]:
    token = login(port, "bram", PASSWORD)[1]["access_token"]  # before the guesses block the address
    big = login_body(60_000_000)
    results = [case(pid, "one 60 MB login", lambda: dict(
        zip(("answered_after_s", "status"), send(port, "/v1/login", big))))]

    def eight() -> dict:
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: send(port, "/v1/login", big), range(8)))
        return {"slowest_answer_s": round(max(a[0] for a in answers), 3),
                "statuses": sorted(a[1] for a in answers)}
    results.append(case(pid, "eight 60 MB logins at once", eight))
    big = None  # the 60 MB freed before the next cases (no login sends it any more)

    def guesses() -> dict:
        with ThreadPoolExecutor(30) as pool:
            codes = list(pool.map(lambda i: login(port, "anouk", f"fout-{i}")[0], range(30)))
        return {"checked_401": codes.count(401), "refused_429": codes.count(429),
                "right_password_after": login(port, "anouk", PASSWORD)[0]}
    results.append(case(pid, "30 wrong passwords at once", guesses))

    if not skip_push:
        body = push_body(30, 2_000_000)

        def pushes() -> dict:
            with ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(lambda _: send(port, "/v1/sync/push", body, token),
                                        range(8)))
            return {"body_mb": round(len(body) / 1e6, 1),
                    "slowest_answer_s": round(max(a[0] for a in answers), 3),
                    "statuses": sorted(a[1] for a in answers)}
        results.append(case(pid, "eight 60 MB pushes at once (authenticated)", pushes))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--root", type=Path, default=ROOT, help="source tree of the server")
    parser.add_argument("--skip-push", action="store_true")
    args = parser.parse_args()
    import psycopg

    name = f"spreekuur_bench_{secrets.token_hex(6)}"
    with psycopg.connect(args.pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = args.pg_url.rsplit("/", 1)[0] + f"/{name}"
    env = {**os.environ, "PYTHONPATH": str(args.root), "CONSULTANT_APP_LANG": "en",
           "CONSULTANT_APP_REGISTRY_PASSWORD": PASSWORD}
    for user, team in (("anouk", "noord"), ("bram", "noord")):
        subprocess.run([sys.executable, "-m", "consultant_app", "registry", "user", "add", user,
                        "--team", team, "--database", url], env=env, cwd=args.root, check=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "consultant_app", "registry", "serve",
                               "--database", url, "--port", str(port)], env=env, cwd=args.root)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection((HOST, port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)  # waiting for the port to open
        print(json.dumps({"server_rss_at_start_mb": round(status(server.pid, "VmRSS"), 1)}))
        results = run(port, server.pid, args.skip_push)
    finally:
        server.terminate()
        server.wait(timeout=30)
        with psycopg.connect(args.pg_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print(json.dumps({"root": str(args.root), "results": results}))


if __name__ == "__main__":
    main()
