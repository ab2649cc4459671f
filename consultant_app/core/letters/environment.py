"""The Jinja environment letters render in: sandboxed, autoescaping, strict, and bounded.

Templates are edited by office staff and travel between laptops, so a template is untrusted code:
the immutable sandbox refuses attribute tricks and mutation; autoescape keeps a client named
"Yılmaz & Zn" or "<b>" from breaking the document's XML; StrictUndefined turns a typo into an
error instead of a silently empty line. A template cannot run away either: output per document
part is capped, string and list repetition and powers are capped, and `bounded_time` interrupts a
render that takes too long (loops without output or calls would escape every other check).
"""

from __future__ import annotations

import ctypes
import operator
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import ImmutableSandboxedEnvironment

from consultant_app.core.domain import dates
from consultant_app.core.errors import LetterError
from consultant_app.core.letters.catalogue import LetterDate, Missing

MAX_PART_CHARS = 20_000_000  # rendered XML of one document part (body, a header...)
MAX_SEQUENCE = 100_000  # "x" * n, [..] * n
MAX_POWER = 1_000_000
RENDER_SECONDS = 10.0


# -- filters ------------------------------------------------------------------------------------
def _as_date(value: Any) -> Any:
    if isinstance(value, Missing):
        return value
    if isinstance(value, LetterDate):
        return value
    if isinstance(value, date):
        return LetterDate.of(value, "nl")
    raise LetterError("filter_needs_date")


def short_date(value: Any) -> Any:
    """`{{ client.geboortedatum|kort }}` → 05-03-1961."""
    value = _as_date(value)
    return value if isinstance(value, Missing) else dates.short_date(value)


def _shift(sign: int, unit_days: int):
    def shift(value: Any, count: int) -> Any:
        value = _as_date(value)
        if isinstance(value, Missing):
            return value
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 3660:
            raise LetterError("filter_needs_count")
        return value.shifted(sign * count * unit_days)
    return shift


FILTERS = {
    "kort": short_date,
    "dagen_ervoor": _shift(-1, 1),
    "dagen_erna": _shift(1, 1),
    "weken_ervoor": _shift(-1, 7),
    "weken_erna": _shift(1, 7),
}


# -- the environment ----------------------------------------------------------------------------
class BoundedTemplate(Template):
    """Renders by streaming, so a template that writes too much is stopped early."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        return "".join(_capped(self.generate(*args, **kwargs)))


def _capped(chunks: Iterator[str]) -> Iterator[str]:
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_PART_CHARS:
            raise LetterError("render_too_large")
        yield chunk


class LetterEnvironment(ImmutableSandboxedEnvironment):
    template_class = BoundedTemplate
    intercepted_binops = frozenset(["*", "**"])

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
        self.filters.update(FILTERS)

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and _number(right) and abs(right) > 64 and _number(left) and abs(left) > 1:
            raise LetterError("render_too_large")
        if op == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and _number(count) and \
                        len(seq) * count > MAX_SEQUENCE:
                    raise LetterError("render_too_large")
        return {"*": operator.mul, "**": operator.pow}[op](left, right)


def _number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def make_environment() -> LetterEnvironment:
    return LetterEnvironment()


# -- time bound ---------------------------------------------------------------------------------
class RenderTimeout(Exception):
    """Raised inside the rendering thread when its time is up."""


class bounded_time:
    """`with bounded_time(seconds):` interrupts the block when it runs longer, by raising
    RenderTimeout in this thread (between two Python bytecodes: compiled Jinja templates are
    plain Python, so a runaway loop is stopped). Raises LetterError("render_timeout")."""

    def __init__(self, seconds: float = RENDER_SECONDS):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._armed = self._fired = False

    def __enter__(self) -> bounded_time:
        self._thread_id = threading.get_ident()
        self._armed = True
        self._timer = threading.Timer(self.seconds, self._interrupt)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _interrupt(self) -> None:
        with self._lock:
            if self._armed:
                self._fired = True
                _set_async_exception(self._thread_id, RenderTimeout)

    def __exit__(self, kind: type | None, error: BaseException | None, tb: Any) -> bool:
        try:
            self._timer.cancel()
            with self._lock:
                self._armed = False
                if self._fired:  # delivered or not yet: never let it escape later
                    _set_async_exception(self._thread_id, None)
        except RenderTimeout:
            pass
        if self._fired:
            raise LetterError("render_timeout", seconds=round(self.seconds)) from None
        return False


def _set_async_exception(thread_id: int, kind: type[BaseException] | None) -> None:
    """CPython's documented way to raise in another thread; None clears a pending one."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(kind) if kind else None)
