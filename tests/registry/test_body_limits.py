"""Request bodies under attack: each path has its own cap, enforced while the body arrives. A login
(a few hundred bytes) that announces or streams more is refused before the server has read it; a
push may be large, but only once its token has been checked, before a byte of its body is read.

The requests here go over a raw socket that sends the head and only the first part of a body: the
answer arriving while most of the body is still to come shows the server did not wait for it (a
server that reads it all would wait until the socket's timeout, and the test fails)."""

from __future__ import annotations

import json
import socket

import pytest

from consultant_app.core.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.registry.people import ISIK, NOORD, PASSWORD, create, note, push
from tests.registry.server import HOST, RegistryServer

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

ANNOUNCED = 60_000_000  # bytes a request says it will send: under the push cap of 64 MiB


def _head(server: RegistryServer, path: str, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: {HOST}:{server.port}",
             "Content-Type: application/json", f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}",
             *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _answer_before_the_end(server: RegistryServer, path: str, headers: dict[str, str],
                           first_part: bytes) -> tuple[int, dict]:
    """Send the head and the first part of a body that is never finished; the status and JSON
    of the answer."""
    with socket.create_connection((HOST, server.port), timeout=20) as sock:
        sock.sendall(_head(server, path, headers) + first_part)
        received = b""
        while b"\r\n\r\n" not in received:
            received += sock.recv(65536)
        head, _, body = received.partition(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        while len(body) < length:
            body += sock.recv(65536)
    return int(head.split()[1]), json.loads(body)


def _chunks(count: int, size: int = 1000) -> bytes:
    """`count` chunks of a chunked body (40 make 40 kB: more than a login may bring)."""
    return b"".join(b"%x\r\n%s\r\n" % (size, b" " * size) for _ in range(count))


def test_an_oversized_login_is_refused_before_it_is_read(registry):
    largest_valid = json.dumps({"user": "é" * 200, "password": "é" * 1024, "device_id": "é" * 64,
                                "device_name": "é" * 200})  # each é spelt \u00e9: 6 bytes
    with registry.client() as api:
        answer = api.post("/v1/login", content=largest_valid,
                          headers={"content-type": "application/json"})
    assert (answer.status_code, answer.json()) == (401, {"code": "login_failed"})
    announced = _answer_before_the_end(registry, "/v1/login",
                                       {"Content-Length": str(ANNOUNCED)}, b"{" + b" " * 1000)
    assert announced == (413, {"code": "too_large"})
    # Without a Content-Length the bytes are counted as they come.
    streamed = _answer_before_the_end(registry, "/v1/login", {"Transfer-Encoding": "chunked"},
                                      _chunks(40))
    assert streamed == (413, {"code": "too_large"})
    token = _answer_before_the_end(registry, "/v1/token", {"Transfer-Encoding": "chunked"},
                                   _chunks(40))
    assert token == (413, {"code": "too_large"})


def test_a_push_without_a_valid_token_is_refused_before_its_body_is_read(registry):
    registry.add_user("anouk", NOORD, PASSWORD)
    expired = registry.login("anouk", PASSWORD)["access_token"]
    registry.disable_user("anouk")
    for headers in ({}, {"Authorization": "Bearer not-a-token"},
                    {"Authorization": f"Bearer {expired}"}):
        answer = _answer_before_the_end(registry, "/v1/sync/push",
                                        {**headers, "Content-Length": str(ANNOUNCED)}, b"{")
        assert answer == (401, {"code": "unauthorized"}), headers
    streamed = _answer_before_the_end(registry, "/v1/sync/push", {"Transfer-Encoding": "chunked"},
                                      _chunks(50))
    assert streamed == (401, {"code": "unauthorized"})


def test_a_push_may_be_larger_than_a_login_up_to_its_own_cap(database_url):
    with RegistryServer(database_url, max_body_bytes=200_000).start() as server:
        server.add_user("anouk", NOORD, PASSWORD)
        api = server.session("anouk", PASSWORD)
        with api:
            client = create("clients", ISIK)
            # five notes as long as a note may be (20,000 characters): about 100 kB in all
            long_notes = [note(client["row_id"], "Lang gesprek. " * 1400) for _ in range(5)]
            results = push(api, [client, *long_notes])["results"]
            assert [r["status"] for r in results] == ["applied"] * 6

            too_long = note(client["row_id"], "Lang gesprek. " * 20_000)  # 280 kB
            response = api.post("/v1/sync/push", json={"device_id": "d", "changes": [too_long]})
            assert (response.status_code, response.json()) == (413, {"code": "too_large"})
            token = api.headers["Authorization"]
            over = _answer_before_the_end(server, "/v1/sync/push",
                                          {"Authorization": token, "Content-Length": "300000"},
                                          b"{")
            assert over == (413, {"code": "too_large"})
