"""Where things live on disk: the user's data folder (overridable with --data-dir or
CONSULTANT_APP_DATA_DIR), and the folders shipped beside the package (resources/, templates/),
which PyInstaller puts in the bundle's own folder when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from consultant_app import APP_ID


def default_data_dir() -> Path:
    override = os.environ.get("CONSULTANT_APP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def install_root() -> Path:
    """The folder holding resources/ and templates/: the bundle when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return install_root() / "resources"


def templates_dir() -> Path:
    return install_root() / "templates"
