"""Where things live on disk by default (overridable with --data-dir or CONSULTANT_APP_DATA_DIR)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from consultant_app import APP_ID


def default_data_dir() -> Path:
    override = os.environ.get("CONSULTANT_APP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))
