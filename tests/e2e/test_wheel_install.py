"""An installation from the built wheel carries its own files: the wheel is built from this tree,
installed into a fresh virtual environment outside it, and there `doctor` finds the templates, a
shipped letter is rendered, and the desktop app starts in English.

The fresh environment gets the package only from the wheel (installed with --no-deps); its
dependencies (PySide6, SQLCipher, ...) are borrowed from the test environment by a .pth file,
which adds their folder to sys.path after the fresh one without running the test environment's
own .pth files (so not its editable install of this tree). Every process runs outside the
checkout with a clean environment (no PYTHONPATH).
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.e2e.spreekuur_e2e import (
    CONSULTANT, ISIK, ORGANISATION, Result, cli_env, client_json,
)

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300

pytestmark = pytest.mark.slow

# Run by the fresh environment's Python: the desktop app's own start (consultant_app.gui.app.run) on
# an existing vault, which shows the lock screen; once its event loop runs, the visible texts
# are printed and the app quits.
LOOK_AT_THE_APP = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
import consultant_app
from consultant_app.gui import app as desktop
from consultant_app.core import paths

def look():
    texts = [w.text() for w in QApplication.allWidgets()
             if isinstance(w, (QAbstractButton, QLabel)) and w.isVisible() and w.text()]
    print(json.dumps({"package": consultant_app.__file__, "install_root": str(paths.install_root()),
                      "texts": texts}))
    QApplication.quit()

QApplication(sys.argv[:1])
QTimer.singleShot(0, look)
sys.exit(desktop.run(Path(sys.argv[1])))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of this tree, built offline with the test environment's setuptools."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index",
                           "--no-build-isolation", "--quiet", "--wheel-dir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    [built] = out.glob("consultant_app-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin/ (Scripts/) folder."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=TIMEOUT)
    scripts = Path(sysconfig.get_path("scripts", vars={"base": str(venv)}))
    python = scripts / ("python.exe" if sys.platform == "win32" else "python")
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                   "print(sysconfig.get_path('purelib'))"], capture_output=True,
                                  text=True, check=True, timeout=TIMEOUT).stdout.strip())
    (purelib / "borrowed-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                           "--no-index", str(wheel)], capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    return scripts


def run(scripts: Path, tmp_path: Path, *args: str, input: str | None = None,
        **env: str | None) -> Result:
    """A program of the fresh environment, started in tmp_path with a clean environment."""
    environment = cli_env(tmp_path / "home", tmp_path / "tmp", **env)
    done = subprocess.run([str(scripts / args[0]), *args[1:]], input=input, capture_output=True,
                          encoding="utf-8", env=environment, cwd=tmp_path, timeout=TIMEOUT,
                          check=False)
    result = Result(list(args), done.returncode, done.stdout, done.stderr)
    assert result.returncode == 0, result.describe()
    assert "Traceback" not in result.stderr, result.describe()
    return result


def test_the_wheel_carries_templates_manifest_icons_packs_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = "consultant_app/shipped/"
    templates = {p.name for p in (ROOT / "templates").glob("*.docx")}

    assert len(templates) == 7
    assert {f"{shipped}templates/{name}" for name in templates} <= names
    assert {f"{shipped}templates/manifest.json", f"{shipped}templates/README.md",
            f"{shipped}templates/reports/jaarverslag.docx",
            f"{shipped}resources/translations/consultant_app_en.qm",
            f"{shipped}resources/icons/spreekuur.png",
            f"{shipped}resources/rules/remigratiewet.toml",
            f"{shipped}resources/rules/iom-terugkeer.toml"} <= names
    assert [n for n in names if n.endswith((".ts", "build.py"))] == []  # sources stay behind


def test_doctor_of_the_installed_wheel_finds_its_templates(installed, tmp_path):
    result = run(installed, tmp_path, "consultant-app", "--data-dir",
                 str(tmp_path / "home" / "vault"), "doctor", CONSULTANT_APP_PASSPHRASE=None)

    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert lines["templates folder"].startswith("7 template(s) (*.docx) in ")
    folder = Path(lines["templates folder"].split(" in ", 1)[1].removesuffix(" (ok)"))
    assert folder.is_relative_to(installed.parent)
    assert folder.parent.name == "shipped"


def test_the_installed_wheel_finds_its_scheme_packs(installed, tmp_path):
    result = run(installed, tmp_path, "consultant-app", "--data-dir",
                 str(tmp_path / "home" / "vault"), "rules", "list", "--date", "2024-06-01",
                 "--json")

    packs = {p["id"]: p for p in json.loads(result.stdout)}
    assert set(packs) == {"remigratiewet", "iom-terugkeer"}
    assert packs["remigratiewet"]["regime"] == "2014"
    assert {p["origin"] for p in packs.values()} == {"shipped"}


def test_the_installed_wheel_renders_a_shipped_letter(installed, tmp_path):
    from tests.core.word_like import text_of

    data_dir = str(tmp_path / "home" / "vault")
    run(installed, tmp_path, "consultant-app", "--data-dir", data_dir, "init", "--consultant",
        CONSULTANT, "--organisation", ORGANISATION)
    client_id = run(installed, tmp_path, "consultant-app", "--data-dir", data_dir, "client", "add",
                    input=client_json(ISIK)).stdout.strip()
    for key, value in (("organisation_address", "Postbus 1234, 3500 AA Utrecht"),
                       ("organisation_phone", "030 123 45 67")):
        run(installed, tmp_path, "consultant-app", "--data-dir", data_dir, "settings", key, value)
    out = tmp_path / "machtiging.docx"

    run(installed, tmp_path, "consultant-app", "--data-dir", data_dir, "letter", "render",
        client_id, "--template", "machtiging", "--out", str(out))

    assert "Işık Öztürk" in text_of(out.read_bytes())


def test_the_installed_desktop_app_starts_in_english(installed, tmp_path):
    data_dir = tmp_path / "home" / "vault"
    run(installed, tmp_path, "consultant-app", "--data-dir", str(data_dir), "init",
        "--consultant", CONSULTANT)
    (data_dir / "preferences.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    script = tmp_path / "look_at_the_app.py"
    script.write_text(LOOK_AT_THE_APP, encoding="utf-8")

    shown = json.loads(run(installed, tmp_path, "python", str(script), str(data_dir),
                           QT_QPA_PLATFORM="offscreen").stdout)

    assert Path(shown["package"]).is_relative_to(installed.parent)
    assert Path(shown["install_root"]).is_relative_to(installed.parent)
    assert "Unlock" in shown["texts"]
    assert "Ontgrendelen" not in shown["texts"]
