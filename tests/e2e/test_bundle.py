"""The frozen app: build.spec builds a PyInstaller bundle whose `consultant-app` is usable on its
own -- doctor, --version, a vault created and read back by the frozen SQLCipher, and the desktop
app starting.

One build per session (~20-40 s; PyInstaller caches stripped libraries in ~/.cache/pyinstaller),
into a temporary folder. Without PyInstaller (or, on Linux, binutils' objdump, which it requires)
the tests are skipped on a developer machine, but fail in CI (CI set): there the bundle is part of
what is checked.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from consultant_app import APP_ID, __version__
from tests.e2e.spreekuur_e2e import CONSULTANT, ISIK, ORGANISATION, PASSPHRASE, Result, cli_env

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 900  # seconds: a first build on a slow CI machine, with nothing cached
RUN_TIMEOUT = 120
GUI_ALIVE_SECONDS = 5

pytestmark = [pytest.mark.bundle, pytest.mark.slow]


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """The frozen binary, built once from build.spec into a temporary folder."""
    missing = None
    if importlib.util.find_spec("PyInstaller") is None:
        missing = "PyInstaller is not installed (it is in the `test` extra)"
    elif sys.platform.startswith("linux") and shutil.which("objdump") is None:
        missing = "PyInstaller needs objdump and strip (Debian: apt-get install binutils)"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}; CI must build the bundle")
        pytest.skip(missing)
    work = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stdout}\n{done.stderr}"
    binary = work / "dist" / APP_ID / APP_ID
    assert binary.is_file(), f"no {binary} after the build:\n{done.stderr}"
    return binary


def run(binary: Path, tmp_path: Path, *args: str, input: str | None = None,
        **env: str | None) -> Result:
    """The frozen binary with a clean environment (HOME, TMPDIR below tmp_path)."""
    environment = cli_env(tmp_path / "home", tmp_path / "tmp", **env)
    done = subprocess.run([str(binary), *args], input=input, capture_output=True,
                          encoding="utf-8", env=environment, cwd=tmp_path, timeout=RUN_TIMEOUT,
                          check=False)
    return Result(list(args), done.returncode, done.stdout, done.stderr)


def ok(result: Result) -> Result:
    assert result.returncode == 0, result.describe()
    assert "Traceback" not in result.stderr, result.describe()
    return result


def test_frozen_version_is_the_package_version(frozen, tmp_path):
    result = ok(run(frozen, tmp_path, "--version"))

    assert result.stdout.strip() == f"{APP_ID} {__version__}"


def test_frozen_doctor_finds_sqlcipher_4_and_a_usable_installation(frozen, tmp_path):
    data_dir = tmp_path / "home" / "vault"

    result = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "doctor",
                    CONSULTANT_APP_PASSPHRASE=None))

    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert re.fullmatch(r"SQLCipher 4\.\d+\.\d+.*, SQLite 3\.\d+\.\d+ \(ok\)", lines["sqlcipher"])
    assert lines["fts5 (search)"] == "available (ok)"
    assert lines["consultant-app"] == f"{__version__} (ok)"
    assert result.stderr == ""


def test_frozen_binary_creates_a_vault_and_reads_it_back(frozen, tmp_path):
    """The frozen SQLCipher writes an encrypted vault, finds a client by its folded name, and the
    vault is the same format the source tree reads."""
    data_dir = tmp_path / "home" / "vault"
    ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "init", "--consultant", CONSULTANT,
           "--organisation", ORGANISATION))
    client_id = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "client", "add",
                       input=json.dumps(ISIK, ensure_ascii=False))).stdout.strip()

    listed = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "client", "list")).stdout
    found = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "client", "search",
                   "isik")).stdout

    assert listed.splitlines() == [f"{client_id}\tIşık Öztürk\t1961-03-05"]
    assert found.splitlines() == listed.splitlines()
    assert not (data_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")
    from consultant_app.core.vault.vault import Vault

    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        from consultant_app.core.casefile import CaseFile

        assert [c.id for c in CaseFile(vault).list_clients()] == [client_id]


def test_frozen_bundle_keeps_the_qt_platforms_a_desktop_needs(frozen):
    platforms = frozen.parent / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"

    names = {p.name for p in platforms.iterdir()}

    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= names


@pytest.mark.parametrize("with_vault", [True, False], ids=["unlock-screen", "first-run-set-up"])
def test_frozen_desktop_app_starts_and_keeps_running(frozen, tmp_path, with_vault):
    """No command: the desktop app (lock screen, or the set-up dialog without a vault) is still
    up after a few seconds -- a missing Qt plugin or module would end it at once."""
    data_dir = tmp_path / "home" / "vault"
    if with_vault:
        ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "init", "--consultant", CONSULTANT))
    environment = cli_env(tmp_path / "home", tmp_path / "tmp", QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([str(frozen), "--data-dir", str(data_dir)], env=environment,
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Waiting for a crash that must not come: there is no signal to wait for instead.
        with pytest.raises(subprocess.TimeoutExpired):
            app.wait(timeout=GUI_ALIVE_SECONDS)
    finally:
        app.kill()
        _, stderr = app.communicate(timeout=RUN_TIMEOUT)
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
    assert b"qt.qpa.plugin" not in stderr, stderr.decode(errors="replace")
    assert with_vault or not data_dir.exists()  # the set-up dialog waits; nothing created yet


def test_frozen_binary_checks_and_renders_a_shipped_template(frozen, tmp_path):
    """The letters stack (docxtpl, python-docx, lxml, Jinja) and the templates are in the bundle."""
    from tests.core.word_like import text_of

    data_dir = tmp_path / "home" / "vault"
    ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "init", "--consultant", CONSULTANT,
           "--organisation", ORGANISATION))
    client_id = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "client", "add",
                       input=json.dumps(ISIK, ensure_ascii=False))).stdout.strip()
    for key, value in (("organisation_address", "Postbus 1234, 3500 AA Utrecht"),
                       ("organisation_phone", "030 123 45 67")):
        ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "settings", key, value))
    listed = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "template", "list")).stdout
    out = tmp_path / "machtiging.docx"

    ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "letter", "render", client_id,
           "--template", "machtiging", "--out", str(out)))

    assert len(listed.splitlines()) == 7
    assert "Işık Öztürk" in text_of(out.read_bytes())


def test_frozen_binary_syncs_with_a_registry_and_leaves_the_server_out(frozen, tmp_path):
    """A consultant's bundle carries sync (httpx) but not the office's registry server."""
    from tests.registry.server import RegistryServer

    data_dir = tmp_path / "home" / "vault"
    ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "init", "--consultant", CONSULTANT))
    ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "client", "add",
           input=json.dumps(ISIK, ensure_ascii=False)))
    with RegistryServer(f"sqlite:///{tmp_path / 'registry.db'}") as registry:
        registry.add_user("anouk", "eindhoven", "registry-wachtwoord-1")
        ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "login", "--server", registry.url,
               "--user", "anouk", CONSULTANT_APP_REGISTRY_PASSWORD="registry-wachtwoord-1",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"))
        receipt = ok(run(frozen, tmp_path, "--data-dir", str(data_dir), "sync",
                         PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"))
    assert receipt.stdout.startswith("Pushed 4, pulled 0")
    usage = run(frozen, tmp_path, "registry", "serve")
    assert usage.returncode == 2 and "invalid choice: 'registry'" in usage.stderr
    assert not list((frozen.parent / "_internal").glob("psycopg*"))
