"""House rules that keep the layers apart and every message translated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from consultant_app.core.messages import LANGUAGES, MESSAGES

PACKAGE = Path(__file__).resolve().parents[2] / "consultant_app"
QT_MODULES = ("PySide6", "shiboken6", "consultant_app.gui", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_qt_and_no_gui():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path)
                                                if n.startswith(QT_MODULES))
        for path in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_error_code_in_the_code_has_dutch_and_english_text():
    pattern = re.compile(r"(?:(?:Error|Errors|translate|\bsay)\(|_code=)\s*\"([a-z0-9_]+)\""
                         r"|^\s+code = \"([a-z0-9_]+)\"", re.M)
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            used.add(match.group(1) or match.group(2))
    missing = sorted(code for code in used
                     if code not in MESSAGES or set(LANGUAGES) - set(MESSAGES[code]))
    assert used and missing == []


def test_dutch_and_english_messages_take_the_same_placeholders():
    field = re.compile(r"\{(\w+)\}")
    for code, texts in MESSAGES.items():
        assert set(field.findall(texts["nl"])) == set(field.findall(texts["en"])), code


def test_dates_are_written_for_people_in_one_place():
    """core/domain/dates.py and gui/dates.py write dates; nothing else formats one itself, and
    no screen borrows another screen's formatter (letter_texts once imported the main window)."""
    own = {PACKAGE / "core" / "domain" / "dates.py", PACKAGE / "gui" / "dates.py"}
    formatting = re.compile(r"strftime\([^)]*%[dmYyBb]|\"%d-%m|dd-MM|^(?:DUTCH_)?MONTHS = ", re.M)
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if path not in own and "forms" not in path.parts
                 and formatting.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
    gui = PACKAGE / "gui"
    root = gui / "app.py"  # the composition root builds the main window; it is no screen
    borrowing = [str(path.relative_to(PACKAGE)) for path in gui.rglob("*.py")
                 if path != root and "consultant_app.gui.main_window" in _imports(path)]
    assert borrowing == []


def test_the_vault_builds_on_the_domain_not_on_the_layers_above_it():
    """core/vault stores what core/domain defines; the sync protocol, letters and the services
    build on the vault, never the other way round."""
    above = ("consultant_app.core.sync", "consultant_app.core.letters",
             "consultant_app.core.casefile", "consultant_app.core.workspace",
             "consultant_app.cli", "consultant_app.registry")
    offenders = {str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path)
                                                        if n.startswith(above))
                 for path in (PACKAGE / "core" / "vault").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_record_types_and_the_synced_shape_live_in_the_domain():
    """The faces name records (a Letter, a FollowUp, a Conflict) without the vault's module."""
    from consultant_app.core.domain import entities, records

    assert {"Letter", "FollowUp", "Conflict", "Rejected", "AuditEntry", "Identity"} <= set(
        vars(records))
    assert "clients" in entities.ENTITIES
    assert not any(n.startswith("consultant_app.core.vault")
                   for p in (PACKAGE / "core" / "domain").rglob("*.py") for n in _imports(p))


def _imports_by_kind(path: Path) -> tuple[set[str], set[str]]:
    """(imports that run, imports under `if TYPE_CHECKING:`) of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.If) and isinstance(node.test, ast.Name)
                and node.test.id == "TYPE_CHECKING"):
            for inner in node.body:
                if isinstance(inner, ast.Import):
                    typing_only |= {alias.name for alias in inner.names}
                elif isinstance(inner, ast.ImportFrom) and inner.module:
                    typing_only.add(inner.module)
    return _imports(path) - typing_only, typing_only


def _desktop_modules() -> list[Path]:
    """gui/ and the desktop's composition root (app.py, wherever it lives)."""
    paths = [p for p in (PACKAGE / "gui").rglob("*.py") if "forms" not in p.parts]
    return paths + [p for p in (PACKAGE / "app.py",) if p.exists()]


def test_the_desktop_reaches_the_vault_only_through_the_workspace():
    """The desktop names nothing of core/vault (not even for a type hint), and never builds a
    service itself: the case file, letters and sync come from core/workspace.py. The service
    modules may be named for a type hint only (what their services return: a Draft, a Receipt)."""
    services = ("consultant_app.core.casefile", "consultant_app.core.letters.service",
                "consultant_app.core.sync.service")
    offenders = {}
    for path in _desktop_modules():
        runs, typing_only = _imports_by_kind(path)
        wrong = sorted(n for n in runs | typing_only if n.startswith("consultant_app.core.vault"))
        wrong += sorted(n for n in runs if n.startswith(services))
        wrong += sorted(n for n in typing_only if n.startswith("consultant_app.core.casefile"))
        if wrong:
            offenders[str(path.relative_to(PACKAGE))] = wrong
    assert offenders == {}
    built = re.compile(r"\b(?:CaseFile|LetterService|SyncService|Vault)\s*\(")
    building = [str(path.relative_to(PACKAGE)) for path in _desktop_modules()
                if built.search(path.read_text(encoding="utf-8"))]
    assert building == []


def test_the_sync_rules_build_on_the_domain_not_on_the_services():
    """The registry loads the protocol and the row rules of core/sync: the vocabularies they
    check live in core/domain, so the registry never loads the rules engine, cases or letters
    to know them. (The device's sync service may use the case file: it is a service itself.)"""
    services = ("consultant_app.core.rules", "consultant_app.core.cases",
                "consultant_app.core.letters", "consultant_app.core.casefile",
                "consultant_app.core.workspace")
    offenders = {str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path)
                                                        if n.startswith(services))
                 for path in (PACKAGE / "core" / "sync").glob("*.py")
                 if path.name in ("protocol.py", "rows.py")}
    assert len(offenders) == 2 and {k: v for k, v in offenders.items() if v} == {}
