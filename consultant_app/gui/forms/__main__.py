"""Regenerate consultant_app/gui/forms/ui_*.py from ui/*.ui (python -m consultant_app.gui.forms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent


def compile_form(ui_file: Path) -> str:
    """The Python pyside6-uic makes of one .ui file."""
    uic = Path(sys.executable).with_name("pyside6-uic")
    command = [str(uic)] if uic.exists() else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]
    result = subprocess.run([*command, "--from-imports", str(ui_file)], check=True,
                            capture_output=True, text=True)
    return result.stdout


def target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
