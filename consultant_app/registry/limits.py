"""Guards at the edge of the registry's API: caps on request bodies per path, enforced while the
body is read (a login is a few hundred bytes, so before anyone has logged in nobody can make the
server read or parse more than a few KiB; only a push, whose token is checked before a byte of its
body is read, may bring up to the protocol's 64 MiB, and only a few pushes per process are read at
once), and the locations of invalid input reported without the input itself.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from starlette.exceptions import HTTPException

# The protocol's cap (64 MiB): a full batch of ordinary changes is a few MB, and a device sends
# fewer letters (whose data travels as JSON text) per request. Beyond it: 413 too_large.
from consultant_app.core.sync.protocol import MAX_BODY_BYTES

__all__ = ["BodyLimit", "MAX_BODY_BYTES", "SMALL_BODY_BYTES", "error_locations"]

# The cap of every request but a push: the largest valid login (a 1024-character password, names
# of 200, every character escaped as \uXXXX: about 9 KiB) stays under it.
SMALL_BODY_BYTES = 16 * 1024
# Large bodies read (and parsed) at once per process: what authenticated pushes may cost in memory.
LARGE_BODY_SLOTS = 2

# Decides, from the headers alone, whether a large body may be read: None admits it, else the ASGI
# app (a response) that answers instead.
Gate = Callable[[dict], Awaitable[Any]]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# The branch of a union pydantic tried ("str", "constrained-int", "function-before[...]"): the
# location ends before it.
_TYPE_TAG = re.compile(r"str|bool|int|float|none|[a-z]+-[a-z-]+(\[.*)?|[a-z]+\[.*")


def error_locations(errors: Iterable[Mapping[str, Any]]) -> list[str]:
    """Dotted locations of validation errors ("body.changes.3.fields"). A dict key the client
    chose is shown only when it looks like a column name: it might be anything else."""
    found = set()
    for error in errors:
        parts = []
        for part in error.get("loc", ()):
            if isinstance(part, str) and _TYPE_TAG.fullmatch(part):
                break
            if isinstance(part, int) or (isinstance(part, str) and _IDENTIFIER.fullmatch(part)):
                parts.append(str(part))
            else:
                parts.append("*")
        found.add(".".join(parts))
    return sorted(found)


class _TooLarge(HTTPException):
    """Raised from inside the body stream: an HTTPException, because FastAPI turns any other
    error while reading a body into a 400; the app's handler answers it as too_large."""

    def __init__(self) -> None:
        super().__init__(413)


class BodyLimit:
    """ASGI middleware: 413 {"code": "too_large"} for a body over its path's cap, whether its
    Content-Length says so up front or the chunks add up to it; answered as soon as that shows,
    without reading the rest. A path in `large` (path -> cap) first passes `gate`, and waits for
    one of `slots` before its body is read."""

    def __init__(self, app: Any, *, small: int = SMALL_BODY_BYTES,
                 large: Mapping[str, int] | None = None, gate: Gate | None = None,
                 slots: int = LARGE_BODY_SLOTS):
        self.app = app
        self.small = small
        self.large = dict(large or {})
        self.gate = gate
        self.slots = asyncio.Semaphore(slots)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.large.get(scope["path"])
        if limit is None:
            await self._limited(scope, receive, send, self.small)
            return
        answer = await self.gate(scope) if self.gate else None
        if answer is not None:
            await answer(scope, receive, send)
            return
        async with self.slots:
            await self._limited(scope, receive, send, limit)

    async def _limited(self, scope: dict, receive: Any, send: Any, limit: int) -> None:
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge()
            return message

        async def watched_send(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    @staticmethod
    async def _refuse(send: Any) -> None:
        body = json.dumps({"code": "too_large"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
