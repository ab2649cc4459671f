"""Interface translations: Dutch is the source language of every string in the gui code, English
comes from Qt Linguist files in resources/translations/ (the .ts is committed; a built wheel and
the bundle carry the .qm compiled from it at build time, core/shipped.py).

`install_translator` loads the .qm of an installation, or in a source tree (no .qm there)
compiles the .ts in memory (core/qm.py): nothing is written at start, and a fresh clone shows
English without a build step. `python -m consultant_app.gui.i18n update` extracts the strings of
consultant_app/gui/**/*.py and ui/*.ui into the source tree's .ts files (existing translations
are kept); `... build` writes the .qm next to them, for a look with Qt's own tools.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from consultant_app.core import qm
from consultant_app.core.paths import source_root, translations_dir
from consultant_app.core.shipped import TRANSLATIONS

DOMAIN = "consultant_app"
TRANSLATED = ("en",)  # languages with a .ts file; Dutch needs none
_MARK = "consultant_app_translator"  # objectName of the translators installed here


def ts_file(language: str, folder: Path | None = None) -> Path:
    """The .ts of `language` in `folder`, by default the source tree's (what `update` edits)."""
    return (folder or source_root() / TRANSLATIONS) / f"{DOMAIN}_{language}.ts"


def qm_file(language: str, folder: Path | None = None) -> Path:
    return ts_file(language, folder).with_suffix(".qm")


# -- tools -------------------------------------------------------------------------------------
def _tool(name: str) -> list[str] | None:
    """The command for a Linguist tool next to the interpreter (like forms/__main__.py), or None."""
    if getattr(sys, "frozen", False):
        return None  # sys.executable is the app itself
    script = Path(sys.executable).with_name(f"pyside6-{name}")
    if script.exists():
        return [str(script)]
    if importlib.util.find_spec("PySide6.scripts.pyside_tool") is not None:
        return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]
    return None


def source_files() -> list[Path]:
    """Where interface text lives: gui modules and Designer forms (not the forms generated
    from them, which would only repeat the .ui strings)."""
    root = source_root()
    python = [p for p in sorted((root / "consultant_app" / "gui").rglob("*.py"))
              if not (p.parent.name == "forms" and p.name.startswith("ui_"))]
    return python + sorted((root / "ui").glob("*.ui"))


def update(ts: Path | None = None, language: str = "en") -> Path:
    """Extract the strings into the .ts (or `ts`), keeping every existing translation."""
    command = _tool("lupdate")
    if command is None:
        raise RuntimeError("pyside6-lupdate not found")
    target = ts or ts_file(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*command, "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "nl_NL", "-target-language", _qt_language(language),
                    *map(str, source_files()), "-ts", str(target)],
                   check=True, capture_output=True, text=True)
    return target


def build(language: str = "en") -> Path:
    """Compile the source tree's .ts to the .qm next to it (the app itself never needs it)."""
    target = qm_file(language)
    target.write_bytes(qm.compile_ts(ts_file(language).read_bytes()))
    return target


def _qt_language(language: str) -> str:
    return {"en": "en_GB", "nl": "nl_NL"}.get(language, language)


# -- installing --------------------------------------------------------------------------------
def compiled(language: str) -> bytes | None:
    """The .qm contents for `language`: the installed .qm, or compiled from a source tree's .ts;
    None without either (the interface then stays Dutch)."""
    folder = translations_dir()
    ts, compiled_file = ts_file(language, folder), qm_file(language, folder)
    try:
        if ts.exists():  # a source tree: always as current as the .ts
            return qm.compile_ts(ts.read_bytes())
        return compiled_file.read_bytes() if compiled_file.exists() else None
    except (OSError, ValueError):
        return None


class _Translator(QTranslator):
    """A translator loaded from bytes keeps them: Qt reads them in place for its lifetime."""

    def __init__(self, parent: QCoreApplication, data: bytes) -> None:
        super().__init__(parent)
        self.data = data


def install_translator(app: QCoreApplication, language: str) -> None:
    """Show the interface in `language` ("nl" or "en"): the app's own strings and Qt's (standard
    buttons, context menus). Replaces what an earlier call installed; never raises."""
    remove_translators(app)
    if language in TRANSLATED:
        own = compiled(language)
        if own is None:
            return  # no translation available: Dutch, the source language
        translator = _Translator(app, own)
        _install(app, translator, translator.load(own))
    for path in _qt_base(language):
        translator = QTranslator(app)
        _install(app, translator, translator.load(str(path)))


def _install(app: QCoreApplication, translator: QTranslator, loaded: bool) -> None:
    if loaded:
        translator.setObjectName(_MARK)
        app.installTranslator(translator)
    else:
        translator.deleteLater()


def remove_translators(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _MARK):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _qt_base(language: str) -> list[Path]:
    """Qt's own qtbase_<language>.qm: a copy in resources/translations/ wins, else Qt's folder."""
    for folder in (translations_dir(),
                   Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        candidate = folder / f"qtbase_{language}.qm"
        if candidate.exists():
            return [candidate]
    return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in (["update"], ["build"]):
        print("usage: python -m consultant_app.gui.i18n update|build", file=sys.stderr)
        return 2
    for language in TRANSLATED:
        path = update(language=language) if args == ["update"] else build(language)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
