"""Work files that carry the id of the process that made them, so that what a killed process
(kill -9, a power cut, a crash) could not remove is recognised and swept at the next start.

A name made by `owned_name(prefix)` reads `<prefix><pid>-<rest>`; `sweep(folder, prefix)`
removes every file or folder of that form whose process is gone, and never one of a process
that still runs (the desktop app and a command can work at the same time). The letters for
Word (gui.temp_copies), LibreOffice's work folders (core.letters.pdf) and the temporary files
of the vault's own writes (key file, backup) all go through here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def owned_name(prefix: str) -> str:
    """The start of a name that ties a file or folder to this process: `<prefix><pid>-`."""
    return f"{prefix}{os.getpid()}-"


def orphans(folder: Path, prefix: str, suffix: str = "") -> list[Path]:
    """The files and folders `<prefix><pid>-...<suffix>` in `folder` whose process is gone.
    A folder that cannot be listed has none."""
    try:
        found = sorted(Path(folder).glob(f"{prefix}*{suffix}"))
    except OSError:
        return []
    return [path for path in found
            if (pid := path.name[len(prefix):].split("-", 1)[0]).isdigit()
            and not pid_alive(int(pid))]


def sweep(folder: Path, prefix: str, suffix: str = "") -> list[Path]:
    """Remove the orphans `<prefix><pid>-...<suffix>` in `folder`; returns what was removed."""
    removed = []
    for path in orphans(folder, prefix, suffix):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                path.unlink()
            except OSError:
                pass
        if not path.exists():
            removed.append(path)
    return removed


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end it; Windows refuses to delete files still open
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not ours to judge
        return True
    return True
