"""The letters handed to Word: plain copies outside the vault, so they are kept in one place and
removed together when the vault locks and when the app ends.

A copy sits in a private folder (mode 0700, made by mkdtemp) in a folder of its own, so it keeps
the readable name the consultant sees in Word's title bar and two copies never collide; the file
itself is mode 0600. Word on Windows keeps an open file locked: what cannot be removed yet stays
registered and is tried again at the next lock or at exit. Copies left by an app that was killed
(kill -9, a power cut) are swept at the next start: the folder names carry the owning process id.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from consultant_app.core import leftovers

PREFIX = "spreekuur-word-"


class TempCopies:
    """The registry of temporary letter copies of one session."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._at_exit = False

    @property
    def folder(self) -> Path | None:
        return self._folder

    def write(self, name: str, content: bytes) -> Path:
        """A new private file `name` holding `content`; removed by remove_all."""
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix=leftovers.owned_name(PREFIX)))
        if not self._at_exit:
            # The last resort when the app ends without its normal exit (an exception in the
            # event loop): lock and aboutToQuit remove the copies first in the normal case.
            atexit.register(self.remove_all)
            self._at_exit = True
        path = Path(tempfile.mkdtemp(dir=self._folder)) / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        return path

    def files(self) -> list[Path]:
        if self._folder is None or not self._folder.is_dir():
            return []
        return sorted(p for p in self._folder.rglob("*") if p.is_file())

    def remove_all(self) -> bool:
        """Remove every copy; False when some could not be removed yet (open in Word)."""
        if self._folder is None:
            return True
        shutil.rmtree(self._folder, ignore_errors=True)
        if self._folder.exists():
            return False
        self._folder = None
        return True


def sweep_leftovers(tmp: Path | None = None) -> list[Path]:
    """Remove the copy folders of app processes that are gone; returns what was removed."""
    return leftovers.sweep(Path(tmp or tempfile.gettempdir()), PREFIX)
