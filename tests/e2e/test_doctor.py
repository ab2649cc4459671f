"""`consultant-app doctor`: what the installation has, as a support person asks for it on the phone.

It needs no vault and no passphrase, prints one `label: detail (status)` line per check, exits 0
when the app is usable and 1, with the usual single error line on stderr, when something
essential is missing. Warnings (no LibreOffice, no templates) never fail it.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from consultant_app import __version__
from tests.e2e.spreekuur_e2e import APP_ID, Cli, Result, file_bytes

LABELS_EN = ["python", "consultant-app", "sqlcipher", "fts5 (search)", "argon2", "cryptography",
             "keyring", "PySide6", "templates folder", "LibreOffice", "data folder", "disk space",
             "vault"]
LINE = re.compile(r"^(?P<label>[^:]+): (?P<detail>.+) \((?P<status>[^()]+)\)$")


def doctor(env: dict[str, str], cwd: Path, data_dir: Path, **extra: str | None) -> Result:
    """Run `doctor` with no passphrase anywhere and nothing on stdin: it must not ask for one."""
    return Cli(data_dir, env, cwd)("doctor", input="", CONSULTANT_APP_PASSPHRASE=None, **extra)


def report(result: Result) -> dict[str, tuple[str, str]]:
    """label -> (detail, status) from doctor's stdout, insisting every line has the shape."""
    lines = {}
    for line in result.stdout.splitlines():
        match = LINE.match(line)
        assert match, f"not a `label: detail (status)` line: {line!r}\n{result.describe()}"
        lines[match["label"]] = (match["detail"], match["status"])
    return lines


def assert_usable(result: Result) -> dict[str, tuple[str, str]]:
    assert result.returncode == 0, result.describe()
    assert result.stderr == "", result.describe()
    return report(result)


def assert_not_usable(result: Result, line: str) -> dict[str, tuple[str, str]]:
    """Exit 1 and exactly the one error line on stderr; the checks themselves stay on stdout."""
    assert result.returncode == 1, result.describe()
    assert "Traceback" not in result.stderr, result.describe()
    assert result.stderr_lines == [f"{APP_ID}: {line}"], result.describe()
    return report(result)


def unwritable_folder(tmp_path: Path) -> Path:
    """A data folder that cannot be written: chmod 0o500 where that works; as root (where it does
    not stop writes) a path below a regular file, which can never be created either."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    (folder / "probe").unlink()
    folder.chmod(0o700)
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n", encoding="utf-8")
    return blocker / "sub"


@pytest.fixture
def restore_modes(tmp_path):
    yield
    for path in tmp_path.rglob("*"):
        if path.is_dir():
            path.chmod(0o700)


def test_doctor_on_this_machine_is_usable_and_names_every_part(env, home, tmp_path):
    data_dir = home / "vault"

    lines = assert_usable(doctor(env, tmp_path, data_dir))

    assert list(lines) == LABELS_EN
    assert re.fullmatch(r"3\.\d+\.\d+\S*, needs 3\.11 or newer", lines["python"][0])
    assert lines["python"][1] == "ok"
    assert lines["consultant-app"] == (__version__, "ok")
    assert re.fullmatch(r"SQLCipher 4\.\d+\.\d+.*, SQLite 3\.\d+\.\d+", lines["sqlcipher"][0])
    assert lines["sqlcipher"][1] == "ok"
    assert lines["fts5 (search)"] == ("available", "ok")
    for package in ("argon2", "cryptography"):
        assert re.fullmatch(r"\d+\.\d+\S*", lines[package][0]), lines[package]
        assert lines[package][1] == "ok"
    assert lines["data folder"] == (f"{data_dir}: does not exist yet, can be created", "ok")
    assert re.fullmatch(r"\d+(\.\d)? [kMGT]?B free", lines["disk space"][0])
    assert lines["vault"] == ("none yet; create one with 'init'", "ok")
    assert all(status in ("ok", "warning") for _, status in lines.values())
    assert not data_dir.exists()


def test_doctor_needs_no_passphrase_and_leaves_an_existing_vault_untouched(
        env, vault_dir, tmp_path):
    before = file_bytes(vault_dir)

    lines = assert_usable(doctor(env, tmp_path, vault_dir))

    assert lines["data folder"] == (f"{vault_dir}: writable", "ok")
    assert lines["vault"] == ("present", "ok")
    assert file_bytes(vault_dir) == before


def test_the_write_probe_leaves_nothing_behind(env, home, tmp_path):
    empty = home / "empty"
    empty.mkdir()
    parent_before = sorted(p.name for p in home.iterdir())

    assert_usable(doctor(env, tmp_path, empty))
    assert list(empty.iterdir()) == []

    assert_usable(doctor(env, tmp_path, home / "not-yet" / "vault"))
    assert sorted(p.name for p in home.iterdir()) == parent_before


def test_an_unwritable_data_folder_makes_the_installation_unusable(
        env, tmp_path, restore_modes):
    data_dir = unwritable_folder(tmp_path)

    lines = assert_not_usable(doctor(env, tmp_path, data_dir),
                              "This installation is not usable; see: data folder")

    detail, status = lines["data folder"]
    assert status == "failed"
    assert detail.startswith(f"{data_dir}: ")
    assert list(lines) == LABELS_EN  # the other checks are still shown
    assert [label for label, (_, s) in lines.items() if s == "failed"] == ["data folder"]
    assert not data_dir.exists() or list(data_dir.iterdir()) == []


def test_a_data_folder_below_a_regular_file_is_refused_and_not_created(env, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n", encoding="utf-8")

    lines = assert_not_usable(doctor(env, tmp_path, blocker / "sub"),
                              "This installation is not usable; see: data folder")

    assert lines["data folder"] == (
        f"{blocker / 'sub'}: cannot be used ({blocker} is not a folder)", "failed")
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring",
                                     "keyring.backends.null.Keyring",
                                     "no.such.backend.Keyring"])
def test_no_keyring_backend_means_the_token_is_kept_in_the_vault(env, home, tmp_path, backend):
    """What `login` does without a keyring (core.sync.credentials): no question at sync time."""
    lines = assert_usable(doctor(env, tmp_path, home / "vault", PYTHON_KEYRING_BACKEND=backend))

    assert lines["keyring"] == (
        "none: the login token is kept encrypted in the vault; sync does not ask again", "ok")


def test_doctor_speaks_dutch_under_a_dutch_setting(env, home, tmp_path):
    lines = assert_usable(doctor(env, tmp_path, home / "vault", CONSULTANT_APP_LANG="nl",
                                 PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"))

    assert lines["python"][0].endswith(", vereist 3.11 of nieuwer")
    assert lines["python"][1] == "in orde"
    assert lines["fts5 (zoeken)"] == ("beschikbaar", "in orde")
    assert lines["gegevensmap"] == (f"{home / 'vault'}: bestaat nog niet, kan worden aangemaakt",
                                    "in orde")
    assert lines["kluis"] == ("nog geen; maak er een met 'init'", "in orde")
    assert lines["keyring"] == ("geen: het inlogtoken wordt versleuteld in de kluis bewaard; "
                                "synchroniseren vraagt niet opnieuw", "in orde")


def test_an_unusable_installation_is_told_in_dutch(env, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n", encoding="utf-8")

    lines = assert_not_usable(
        doctor(env, tmp_path, blocker / "sub", CONSULTANT_APP_LANG="nl"),
        "Deze installatie is niet bruikbaar; zie: gegevensmap")

    assert lines["gegevensmap"][1] == "niet in orde"


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
def test_libreoffice_on_path_is_found_with_its_version(env, home, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text("#!/bin/sh\necho 'LibreOffice 7.5.9.2 50(Build:2)'\n", encoding="utf-8")
    soffice.chmod(0o755)

    lines = assert_usable(doctor(env, tmp_path, home / "vault",
                                 PATH=f"{bin_dir}{os.pathsep}{env['PATH']}"))

    assert lines["LibreOffice"] == (f"{soffice} (LibreOffice 7.5.9.2 50(Build:2))", "ok")
