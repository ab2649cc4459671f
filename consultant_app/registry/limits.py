"""Guards at the edge of the registry's API: a cap on request bodies (checked before anyone has
logged in, so nobody can make the server read gigabytes), and the locations of invalid input
reported without the input itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.exceptions import HTTPException

# The protocol's cap (64 MiB): a full batch of ordinary changes is a few MB, and a device sends
# fewer letters (whose data travels as JSON text) per request. Beyond it: 413 too_large.
from consultant_app.core.sync.protocol import MAX_BODY_BYTES

__all__ = ["BodyLimit", "MAX_BODY_BYTES", "error_locations"]

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
    """ASGI middleware: 413 {"code": "too_large"} for a body over `limit` bytes, whether its
    Content-Length says so up front or the chunks add up to it."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
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
