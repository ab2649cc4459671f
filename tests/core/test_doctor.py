"""core.doctor.run_checks and its checks, one situation at a time (no Qt, no vault needed)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from consultant_app.core import doctor
from consultant_app.core.doctor import Check, run_checks
from consultant_app.core.messages import LANGUAGES, MESSAGES
from consultant_app.core.vault import vault as vault_module

ESSENTIAL = {"python", "consultant_app", "sqlcipher", "fts5", "argon2", "cryptography", "data_dir"}


class FakeKeyring(KeyringBackend):
    priority = 5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise NotImplementedError

    def delete_password(self, service, username):
        raise NotImplementedError


class PlaintextKeyring(FakeKeyring):
    """Named like keyrings.alt's file backend, which keeps secrets unencrypted."""


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {check.name: check for check in checks}


def test_every_check_has_a_label_a_text_and_a_status_in_both_languages(tmp_path):
    checks = run_checks(tmp_path / "vault")

    assert [c.name for c in checks] == [
        "python", "consultant_app", "sqlcipher", "fts5", "argon2", "cryptography", "keyring",
        "pyside6", "templates", "libreoffice", "data_dir", "disk_space", "vault"]
    for check in checks:
        assert check.status in ("ok", "warning", "failed")
        for code in (f"doctor_label_{check.name}", check.detail, f"doctor_status_{check.status}"):
            assert set(MESSAGES[code]) == set(LANGUAGES), code
        for lang in LANGUAGES:
            assert "{" not in check.text(lang), (check, lang)


def test_this_machine_passes_every_essential_check(tmp_path):
    checks = by_name(run_checks(tmp_path))

    assert {name: c.status for name, c in checks.items() if name in ESSENTIAL} == dict.fromkeys(
        ESSENTIAL, "ok")
    assert checks["sqlcipher"].params["cipher"].startswith("4.")


def test_a_check_that_breaks_is_reported_not_raised(tmp_path, monkeypatch):
    def broken():
        raise ZeroDivisionError

    monkeypatch.setattr(doctor, "check_python", broken)
    monkeypatch.setattr(doctor, "check_templates", broken)

    checks = by_name(run_checks(tmp_path))

    assert checks["python"].status == "failed"
    assert checks["python"].text("en") == "check failed (ZeroDivisionError)"
    assert checks["templates"].status == "warning"


def test_plain_sqlite_without_sqlcipher_fails(monkeypatch):
    monkeypatch.setattr(doctor, "_sqlcipher_connection", lambda: sqlite3.connect(":memory:"))

    check = doctor.check_sqlcipher()

    assert check.status == "failed"
    assert check.text("en").startswith("missing: sqlcipher3 is plain SQLite")


def test_sqlcipher_3_is_not_enough(monkeypatch):
    class Old:
        def __init__(self):
            self.real = sqlite3.connect(":memory:")

        def execute(self, sql):
            if sql == "PRAGMA cipher_version":
                return self.real.execute("SELECT '3.4.2 community'")
            return self.real.execute(sql)

        def close(self):
            self.real.close()

    monkeypatch.setattr(doctor, "_sqlcipher_connection", Old)

    check = doctor.check_sqlcipher()

    assert check.status == "failed"
    assert "SQLCipher 4 is required" in check.text("en")


def test_a_missing_essential_package_fails(monkeypatch):
    check = doctor.check_package("argon2", "argon2-cffi", "no_such_module_for_doctor")

    assert (check.status, check.text("en")) == ("failed", "missing: install argon2-cffi")


# -- PySide6 (looked up, never imported) ---------------------------------------------------------
def test_pyside6_missing_is_a_warning_the_command_line_still_works(monkeypatch):
    real = doctor.importlib.util.find_spec
    monkeypatch.setattr(doctor.importlib.util, "find_spec",
                        lambda name, *a: None if name == "PySide6" else real(name, *a))

    check = doctor.check_pyside6()

    assert check.status == "warning"
    assert check.text("en") == "missing: the desktop app cannot start (the command line works)"


def test_pyside6_that_cannot_load_its_qt_libraries_is_a_warning(monkeypatch):
    monkeypatch.setattr(doctor, "_qt_load_problem", lambda: "ImportError: libEGL.so.1: cannot "
                        "open shared object file: No such file or directory")

    check = doctor.check_pyside6()

    assert check.status == "warning"
    assert "libEGL.so.1" in check.text("en")
    assert "the desktop app cannot start" in check.text("en")


def test_running_every_check_imports_no_qt(tmp_path):
    code = ("import sys; from pathlib import Path; from consultant_app.core.doctor import "
            "run_checks; run_checks(Path(sys.argv[1])); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


# -- keyring -------------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_usable_keyring_backend_means_none(monkeypatch, backend):
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)

    check = doctor.check_keyring()

    assert (check.status, check.text("en")) == (
        "ok", "none: the login token is kept encrypted in the vault; sync does not ask again")


def test_a_keyring_that_raises_means_none(monkeypatch):
    def broken():
        raise RuntimeError("no D-Bus")

    monkeypatch.setattr(keyring, "get_keyring", broken)

    assert doctor.check_keyring().detail == "doctor_keyring_none"


def test_a_plaintext_keyring_is_never_counted_as_a_keyring(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())

    check = doctor.check_keyring()

    assert check.status == "warning"
    assert check.text("en").startswith("none: ")
    assert "unencrypted" in check.text("en")
    assert check.text("en").endswith("the login token is kept encrypted in the vault, "
                                     "sync does not ask again")


def test_a_working_keyring_is_named(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: FakeKeyring())

    check = doctor.check_keyring()

    assert check.status == "ok"
    assert "FakeKeyring" in check.text("en")
    assert check.text("en").endswith(": the sync login token is kept here")


def test_a_chain_names_the_member_the_token_goes_to(monkeypatch):
    """keyring's chain writes to its best member; credentials uses the best safe one, and the
    doctor names that one, not the chain."""
    from keyring.backends import chainer

    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends",
                        property(lambda self: [PlaintextKeyring(), FakeKeyring()]))
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)

    check = doctor.check_keyring()

    assert check.status == "ok"
    assert check.params["backend"].endswith("FakeKeyring")


# -- templates and LibreOffice -------------------------------------------------------------------
def test_templates_of_a_frozen_app_are_read_from_the_bundle(tmp_path, monkeypatch):
    folder = tmp_path / "templates"
    folder.mkdir()
    for name in ("intake.docx", "vertrek.docx", "~$intake.docx", "README.md"):
        (folder / name).write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    check = doctor.check_templates()

    assert (check.status, check.params["count"]) == ("ok", 2)
    assert check.text("en") == f"2 template(s) (*.docx) in {folder}"


def test_a_source_checkout_finds_the_templates_folder_beside_the_package():
    assert doctor.templates_dir() == Path(__file__).resolve().parents[2] / "templates"


def test_no_templates_folder_is_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor, "templates_dir", lambda: tmp_path / "nowhere")

    assert doctor.check_templates().status == "warning"


def test_no_libreoffice_is_a_warning(monkeypatch):
    monkeypatch.setattr(doctor, "find_soffice", lambda: None)

    check = doctor.check_libreoffice()

    assert (check.status, check.text("en")) == (
        "warning", "not installed: letters cannot be converted to PDF")


def _script(folder: Path, body: str) -> Path:
    path = folder / "soffice"
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="shell scripts stand in for soffice")
def test_a_hanging_libreoffice_is_given_up_on(tmp_path, monkeypatch):
    path = _script(tmp_path, "exec sleep 30")
    monkeypatch.setattr(doctor, "find_soffice", lambda: str(path))
    monkeypatch.setattr(doctor, "SOFFICE_TIMEOUT", 0.5)

    check = doctor.check_libreoffice()

    assert (check.status, check.detail) == ("warning", "doctor_libreoffice_timeout")


@pytest.mark.skipif(sys.platform == "win32", reason="shell scripts stand in for soffice")
def test_a_broken_libreoffice_is_a_warning(tmp_path, monkeypatch):
    path = _script(tmp_path, "echo 'cannot start' >&2; exit 1")
    monkeypatch.setattr(doctor, "find_soffice", lambda: str(path))

    check = doctor.check_libreoffice()

    assert (check.status, check.detail) == ("warning", "doctor_libreoffice_broken")


# -- the data folder -----------------------------------------------------------------------------
def test_an_existing_folder_is_probed_and_the_probe_removed(tmp_path):
    check = doctor.check_data_dir(tmp_path)

    assert (check.status, check.detail) == ("ok", "doctor_data_writable")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_not_created(tmp_path):
    data_dir = tmp_path / "a" / "b" / "vault"

    check = doctor.check_data_dir(data_dir)

    assert (check.status, check.detail) == ("ok", "doctor_data_creatable")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_below_a_file_fails(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")

    check = doctor.check_data_dir(blocker / "sub" / "vault")

    assert check.status == "failed"
    assert check.text("en") == (
        f"{blocker / 'sub' / 'vault'}: cannot be used ({blocker} is not a folder)")


def test_a_file_as_data_folder_fails(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")

    assert doctor.check_data_dir(blocker).status == "failed"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="chmod does not stop root (see the e2e test for that case)")
def test_a_read_only_folder_fails_and_its_missing_child_cannot_be_created(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert doctor.check_data_dir(folder).detail == "doctor_data_not_writable"
        child = doctor.check_data_dir(folder / "vault")
        assert (child.status, child.detail) == ("failed", "doctor_data_not_creatable")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_folder_that_refuses_the_probe_fails_whoever_runs_the_test(tmp_path, monkeypatch):
    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(doctor.tempfile, "mkstemp", refuse)

    existing = doctor.check_data_dir(tmp_path)
    missing = doctor.check_data_dir(tmp_path / "vault")

    assert (existing.status, existing.text("en")) == ("failed", f"{tmp_path}: not writable")
    assert (missing.status, missing.text("en")) == (
        "failed", f"{tmp_path / 'vault'}: cannot be created (no write permission in {tmp_path})")
    assert not (tmp_path / "vault").exists()


def test_little_free_space_is_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor.shutil, "disk_usage",
                        lambda path: SimpleNamespace(total=10**10, used=10**10 - 5 * 10**8,
                                                     free=5 * 10**8))

    check = doctor.check_disk_space(tmp_path)

    assert (check.status, check.text("en")) == ("warning", "only 500.0 MB free")


def test_vault_presence_follows_the_key_file(tmp_path):
    assert doctor.check_vault(tmp_path).detail == "doctor_vault_none"
    (tmp_path / doctor.DB_NAME).write_bytes(b"")
    assert doctor.check_vault(tmp_path).status == "warning"
    (tmp_path / doctor.KEYS_NAME).write_bytes(b"")
    assert doctor.check_vault(tmp_path).detail == "doctor_vault_present"


def test_file_names_match_the_vault():
    assert (doctor.KEYS_NAME, doctor.DB_NAME) == (vault_module.KEYS_NAME, vault_module.DB_NAME)


@pytest.mark.parametrize(("count", "text"), [(0, "0 B"), (999, "999 B"), (1500, "1.5 kB"),
                                             (81_700_000_000, "81.7 GB")])
def test_sizes_are_shown_in_decimal_units(count, text):
    assert doctor.format_bytes(count) == text


def test_python_version_is_shown_with_its_minimum():
    check = doctor.check_python()

    assert check.status == "ok"
    assert re.fullmatch(r"3\.\d+\.\d+\S*, needs 3\.11 or newer", check.text("en"))
