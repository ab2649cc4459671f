"""Generated forms match their Designer files: a changed .ui must be regenerated and committed."""

from __future__ import annotations

import pytest

from consultant_app.gui.forms.__main__ import UI_DIR, compile_form, target

UI_FILES = sorted(UI_DIR.glob("*.ui"))


def _code(text: str) -> list[str]:
    # uic writes its own version into a comment header; only the code has to match.
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


def test_there_are_forms():
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_current(ui_file):
    generated = target(ui_file)
    assert generated.exists(), f"{generated.name} missing: run python -m consultant_app.gui.forms"
    assert _code(generated.read_text(encoding="utf-8")) == _code(compile_form(ui_file)), (
        f"{generated.name} is stale: run python -m consultant_app.gui.forms")


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_object_names_are_snake_case(ui_file):
    import re
    names = re.findall(r'name="([^"]+)"', ui_file.read_text(encoding="utf-8"))
    widgets = re.findall(r'<widget class="[^"]+" name="([^"]+)"', ui_file.read_text("utf-8"))
    assert names and all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in widgets), widgets
