"""A TCP proxy on loopback that can cut a sync off mid-request, the way a train's Wi-Fi or a
pulled cable does: it forwards to the real registry until told to drop a connection.

`cut_after_request(n, times)`: the n-th request from now, and the `times - 1` after it, are
forwarded whole (the registry does the work) but the connection is reset before any of the answer
reaches the device. The app tries a sync call three times, so `times=3` ends a sync.
"""

from __future__ import annotations

import socket
import struct
import threading


class CuttingProxy:
    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._countdown: int | None = None
        self._times = 0
        self.cut = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut_after_request(self, n: int = 1, times: int = 1) -> None:
        with self._lock:
            self._countdown = n
            self._times = times
            self.cut.clear()

    def close(self) -> None:
        self._listener.close()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        try:
            while True:
                request = _read_http_message(client)
                if request is None:
                    return
                upstream.sendall(request)
                answer = _read_http_message(upstream)
                if answer is None:
                    return
                if self._should_cut():
                    # RST instead of FIN: the device sees "connection reset by peer"
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                      struct.pack("ii", 1, 0))
                    self.cut.set()
                    return
                client.sendall(answer)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    def _should_cut(self) -> bool:
        with self._lock:
            if self._countdown is None:
                return False
            self._countdown -= 1
            if self._countdown > 0:
                return False
            self._times -= 1
            self._countdown = 1 if self._times > 0 else None
            return True


def _read_http_message(sock: socket.socket) -> bytes | None:
    """One HTTP/1.1 message (headers + Content-Length body or chunked body), or None at EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    headers = head.decode("latin-1").lower()
    if "transfer-encoding: chunked" in headers:
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                return None
            body += chunk
        return head + b"\r\n\r\n" + body
    length = 0
    for line in headers.split("\r\n"):
        if line.startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body
