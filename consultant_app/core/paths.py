"""Where things live on disk: the user's data folder (overridable with --data-dir or
CONSULTANT_APP_DATA_DIR), and the one answer to where the shipped files are -- templates/ and
resources/ (icons, translations, scheme packs) -- in the three ways the app runs: from a source
tree (also an editable install), from an installed wheel (the package data core/shipped.py
stages), and frozen by PyInstaller (the bundle's own folder)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from consultant_app import APP_ID
from consultant_app.core import shipped

PACKAGE = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    override = os.environ.get("CONSULTANT_APP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def source_root() -> Path:
    """The checkout the package was imported from (holding templates/, resources/, ui/)."""
    return PACKAGE.parent


def install_root() -> Path:
    """The folder holding templates/ and resources/: the bundle when frozen, the package data of
    an installed wheel, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    package_data = PACKAGE / shipped.PACKAGE_DATA
    if package_data.is_dir():
        return package_data
    return source_root()


def resources_dir() -> Path:
    return install_root() / shipped.RESOURCES


def templates_dir() -> Path:
    return install_root() / shipped.TEMPLATES


def translations_dir() -> Path:
    """The interface translations: .ts files in a source tree, compiled .qm files installed."""
    return install_root() / shipped.TRANSLATIONS
