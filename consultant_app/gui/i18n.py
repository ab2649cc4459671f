"""Interface translations: Dutch is the source language of every string in the gui code, English
comes from Qt Linguist files in resources/translations/ (the .ts is committed, the .qm is built).

`python -m consultant_app.gui.i18n update` extracts the strings of consultant_app/gui/**/*.py and
ui/*.ui into the .ts files (existing translations are kept); `... build` compiles them to .qm.
`install_translator` builds a missing or stale .qm itself when the Linguist tools are at hand, so
a fresh clone shows English without a build step; without them it stays Dutch, silently.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

import consultant_app

DOMAIN = "consultant_app"
TRANSLATED = ("en",)  # languages with a .ts file; Dutch needs none
_MARK = "consultant_app_translator"  # objectName of the translators installed here


def translations_dir() -> Path:
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return bundle / "resources" / "translations"
    return Path(consultant_app.__file__).resolve().parent.parent / "resources" / "translations"


def ts_file(language: str) -> Path:
    return translations_dir() / f"{DOMAIN}_{language}.ts"


def qm_file(language: str) -> Path:
    return ts_file(language).with_suffix(".qm")


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
    package = Path(consultant_app.__file__).resolve().parent
    python = [p for p in sorted((package / "gui").rglob("*.py"))
              if not (p.parent.name == "forms" and p.name.startswith("ui_"))]
    return python + sorted((package.parent / "ui").glob("*.ui"))


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
    """Compile the .ts to the .qm next to it."""
    command = _tool("lrelease")
    if command is None:
        raise RuntimeError("pyside6-lrelease not found")
    subprocess.run([*command, "-silent", str(ts_file(language)), "-qm", str(qm_file(language))],
                   check=True, capture_output=True, text=True)
    return qm_file(language)


def _qt_language(language: str) -> str:
    return {"en": "en_GB", "nl": "nl_NL"}.get(language, language)


def _ensure_qm(language: str) -> Path | None:
    """The .qm for `language`, built first when it is missing or older than its .ts."""
    ts, qm = ts_file(language), qm_file(language)
    stale = not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime)
    if stale and ts.exists() and _tool("lrelease") is not None:
        try:
            build(language)
        except (OSError, subprocess.SubprocessError):
            pass
    return qm if qm.exists() else None


# -- installing --------------------------------------------------------------------------------
def install_translator(app: QCoreApplication, language: str) -> None:
    """Show the interface in `language` ("nl" or "en"): the app's own strings and Qt's (standard
    buttons, context menus). Replaces what an earlier call installed; never raises."""
    remove_translators(app)
    files: list[Path] = []
    if language in TRANSLATED:
        qm = _ensure_qm(language)
        if qm is None:
            return  # no translation available: Dutch, the source language
        files.append(qm)
    files += _qt_base(language)
    for path in files:
        translator = QTranslator(app)
        translator.setObjectName(_MARK)
        if translator.load(str(path)):
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
