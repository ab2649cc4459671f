"""The command line is one package: its __init__ builds the parser and is the one error boundary,
cli/common.py holds the helpers, and one module per area holds the commands. These tests keep it
free of import circles and keep commands from growing back outside it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "consultant_app"
CLI = PACKAGE / "cli"
HELPERS = "common"


def _cli_imports(path: Path) -> set[str]:
    """The cli modules (`common`, `vault`, ..., `__init__` for the package) that `path` imports,
    at module level or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for module in modules:
            if module == "consultant_app.cli":
                names.add("__init__")
            elif module.startswith("consultant_app.cli."):
                name = module.removeprefix("consultant_app.cli.").split(".")[0]
                if (CLI / f"{name}.py").exists():
                    names.add(name)
    return names


def _graph() -> dict[str, set[str]]:
    modules = sorted(CLI.glob("*.py"))
    assert modules, "consultant_app/cli/ holds the command line"
    return {path.stem: _cli_imports(path) - {path.stem} for path in modules}


def test_the_command_line_package_has_no_import_circles():
    graph = _graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, f"import circle: {' -> '.join([*path, module])}"
        if module in done:
            return
        for imported in sorted(graph.get(module, ())):
            visit(imported, [*path, module])
        done.add(module)

    for module in graph:
        visit(module, [])


def test_the_helpers_import_no_command_and_the_areas_only_the_helpers():
    graph = _graph()
    assert graph[HELPERS] == set()
    areas = {name: imported for name, imported in graph.items()
             if name not in ("__init__", HELPERS)}
    assert {"vault", "clients", "notes", "letters", "sync", "registry"} <= set(areas)
    assert {name: sorted(imported - {HELPERS}) for name, imported in areas.items()
            if imported - {HELPERS}} == {}


def test_no_command_line_module_lives_outside_the_cli_package():
    """The old top-level modules (cli.py, commands.py, ...) and registry/commands.py are gone:
    only `python -m consultant_app` reaches into the command line from outside it."""
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py", "__main__.py"]
    outside = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
               if CLI not in path.parents and path.name != "__main__.py"
               and "consultant_app.cli" in path.read_text(encoding="utf-8")]
    assert outside == []


def test_commands_get_their_services_from_the_workspace():
    """No command builds a CaseFile, LetterService or SyncService of its own."""
    building = re.compile(r"\b(?:CaseFile|LetterService|SyncService)\(")
    offenders = [path.name for path in CLI.glob("*.py")
                 if building.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
