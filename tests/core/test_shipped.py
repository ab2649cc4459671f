"""What a build stages beside the code (core/shipped.py) and where the app finds it again
(core/paths.py): a source tree, an installed wheel's package data, the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from consultant_app.core import paths, qm, shipped

ROOT = Path(__file__).resolve().parents[2]


def _relative(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_a_build_stages_templates_icons_packs_and_compiled_translations(tmp_path):
    written = shipped.stage(ROOT, tmp_path)

    docx = {f"templates/{p.name}" for p in (ROOT / "templates").glob("*.docx")}
    assert _relative(tmp_path) == {p.relative_to(tmp_path).as_posix() for p in written}
    assert _relative(tmp_path) == docx | {
        "templates/manifest.json", "templates/README.md", "templates/reports/jaarverslag.docx",
        "resources/icons/spreekuur.ico",
        "resources/icons/spreekuur.png", "resources/translations/consultant_app_en.qm",
        "resources/rules/remigratiewet.toml", "resources/rules/iom-terugkeer.toml"}
    pack = "resources/rules/remigratiewet.toml"
    assert (tmp_path / pack).read_bytes() == (ROOT / pack).read_bytes()
    ts = ROOT / "resources" / "translations" / "consultant_app_en.ts"
    assert (tmp_path / "resources/translations/consultant_app_en.qm").read_bytes() == \
        qm.compile_ts(ts.read_bytes())


def test_a_source_tree_finds_its_top_level_folders():
    assert paths.install_root() == ROOT
    assert paths.templates_dir() == ROOT / "templates"
    assert paths.translations_dir() == ROOT / "resources" / "translations"
    assert paths.resources_dir() / "rules" == ROOT / "resources" / "rules"


def test_an_installed_wheel_finds_its_scheme_packs(tmp_path, monkeypatch):
    from consultant_app.core.rules.library import RuleLibrary

    package = tmp_path / "site-packages" / "consultant_app"
    shipped.stage(ROOT, package / "shipped")
    monkeypatch.setattr(paths, "PACKAGE", package)

    library = RuleLibrary.for_data_dir(tmp_path / "data")
    assert library.shipped == package / "shipped" / "resources" / "rules"
    assert {"remigratiewet", "iom-terugkeer"} <= set(library.packs())


def test_an_installed_wheel_finds_the_package_data(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "consultant_app"
    (package / "shipped" / "templates").mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGE", package)

    assert paths.templates_dir() == package / "shipped" / "templates"
    assert paths.translations_dir() == package / "shipped" / "resources" / "translations"


def test_the_frozen_bundle_finds_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert paths.templates_dir() == tmp_path / "templates"
    assert paths.resources_dir() == tmp_path / "resources"
