"""What an installation carries besides the code, and how a build puts it together: the letter
templates, the icons, the scheme packs and the compiled interface translations, copied from the top-level
templates/ and resources/ of a source tree into one folder with the same layout -- the package
data of a wheel (setup.py) and the data of the PyInstaller bundle (build.spec).

Standard library only: setup.py imports it in a bare build environment. core/paths.py finds the
folder again at run time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from consultant_app.core import qm

PACKAGE_DATA = "shipped"  # the folder inside the installed package that a wheel build fills
TEMPLATES = "templates"
RESOURCES = "resources"
ICONS = f"{RESOURCES}/icons"
TRANSLATIONS = f"{RESOURCES}/translations"
RULES = f"{RESOURCES}/rules"
TEMPLATE_FILES = ("*.docx", "manifest.json", "README.md")  # not build.py, their generator
REPORT_TEMPLATES = f"{TEMPLATES}/reports"  # the annual report's Word template: not a letter


def files(source: Path) -> list[tuple[Path, str]]:
    """(file in the source tree, its place in the shipped folder) for what is copied as is."""
    found = [(path, f"{TEMPLATES}/{path.name}") for pattern in TEMPLATE_FILES
             for path in sorted((source / TEMPLATES).glob(pattern))
             if not path.name.startswith("~$")]  # Word's lock files
    found += [(path, f"{REPORT_TEMPLATES}/{path.name}")
              for path in sorted((source / REPORT_TEMPLATES).glob("*.docx"))]
    found += [(path, f"{ICONS}/{path.name}") for path in sorted((source / ICONS).iterdir())
              if path.is_file()]
    found += [(path, f"{RULES}/{path.name}") for path in sorted((source / RULES).glob("*.toml"))]
    return found


def stage(source: Path, target: Path) -> list[Path]:
    """Fill `target` from the source tree: the files of `files` and a .qm compiled from each .ts
    (the .ts itself stays behind). Returns the files written."""
    written = []
    for path, place in files(source):
        destination = target / place
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
        written.append(destination)
    for ts in sorted((source / TRANSLATIONS).glob("*.ts")):
        destination = target / TRANSLATIONS / ts.with_suffix(".qm").name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(qm.compile_ts(ts.read_bytes()))
        written.append(destination)
    return written
