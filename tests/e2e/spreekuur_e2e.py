"""Helpers of the end-to-end tests: run `python -m consultant_app` as a real process with a
controlled environment, check the shape of its answers, and the synthetic people the tests use.

Every person here is invented. BSNs pass the elfproef but were drawn at random, IBANs are the
published example numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import ISIK as CORE_ISIK

APP_ID = "consultant-app"
PASSPHRASE = "zomer-spreekuur-2026"
CONSULTANT = "Anouk de Vries"
ORGANISATION = "Stichting Remigratie-advies"
TIMEOUT = 120  # seconds; only a hung process ever gets near it

# The household of the core tests (Turkish client, partner, two children, leaving for Turkey),
# with a BSN of its own (searched for byte by byte in the secrecy test) and a Turkish IBAN.
ISIK = {**CORE_ISIK, "bsn": "725763863",
        "bank_abroad": {"iban": "TR33 0006 1005 1978 6457 8413 26"}}

# The same file as the vault stores and shows it: normalised postcode, phone and IBAN.
ISIK_STORED = {
    **{k: v for k, v in ISIK.items() if k not in ("partner", "children")},
    "address": {"street": "Hoogstraat", "house_number": "12", "postcode": "5611 AB",
                "city": "Eindhoven"},
    "phone": "+31612345678",
    "bank_abroad": {"iban": "TR330006100519786457841326"},
}

AMRA = {  # Bosnian, returning to Bosnia and Herzegovina
    "given_names": "Amra",
    "surname": "Hodžić",
    "birth_date": "1972-08-19",
    "bsn": "162275869",
    "country_of_birth": "BA",
    "destination": {"country": "BA"},
    "bank_abroad": {"iban": "BA39 1290 0794 0102 8494"},
}

FATIMA = {  # Moroccan, Moroccan RIB instead of an IBAN
    "given_names": "Fatima Zahra",
    "surname": "El Amrani",
    "birth_date": "1958-04-12",
    "bsn": "192285142",
    "country_of_birth": "MA",
    "destination": {"country": "MA", "address": "Rue Tarik Ibn Ziad 4, Nador"},
}

RAMON = {  # Surinamese
    "given_names": "Ramon",
    "surname": "Sewnarain",
    "birth_date": "1955-12-01",
    "bsn": "691682483",
    "country_of_birth": "SR",
}

TESFAY = {  # refugee background (Eritrea)
    "given_names": "Tesfay",
    "surname": "Gebremedhin",
    "birth_date": "1984-06-30",
    "bsn": "987825707",
    "country_of_birth": "ER",
}


@dataclass
class Result:
    """What one run of the command line produced."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()

    def json(self) -> Any:
        return json.loads(self.stdout)

    def describe(self) -> str:
        return (f"consultant-app {' '.join(self.args)} -> exit {self.returncode}\n"
                f"--- stdout\n{self.stdout}--- stderr\n{self.stderr}")


def cli_env(home: Path, tmp: Path, **extra: str | None) -> dict[str, str]:
    """A clean environment: nothing inherited that could change the language or the data folder.

    HOME and TMPDIR point into the test's own folders, so anything the app writes outside its
    data folder lands where the secrecy test can read it.
    """
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "PYTHONDONTWRITEBYTECODE": "1",
        "CONSULTANT_APP_PASSPHRASE": PASSPHRASE,
    }
    for name in ("SYSTEMROOT", "SYSTEMDRIVE"):  # Windows cannot start Python without these
        if name in os.environ:
            env[name] = os.environ[name]
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    home.mkdir(parents=True, exist_ok=True)
    tmp.mkdir(parents=True, exist_ok=True)
    return env


def command(data_dir: Path | None, *args: str) -> list[str]:
    prefix = [sys.executable, "-m", "consultant_app"]
    if data_dir is not None:
        prefix += ["--data-dir", str(data_dir)]
    return prefix + [str(a) for a in args]


@dataclass
class Cli:
    """`consultant-app` bound to one data folder and environment; each call is a new process."""

    data_dir: Path
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: Any, input: str | bytes | None = None,
                 data_dir: Path | None | str = "default", **env: str | None) -> Result:
        folder = self.data_dir if data_dir == "default" else data_dir
        environment = dict(self.env)
        for key, value in env.items():
            if value is None:
                environment.pop(key, None)
            else:
                environment[key] = value
        argv = command(folder, *args)
        binary = isinstance(input, bytes)
        done = subprocess.run(
            argv, input=input, capture_output=True, env=environment, cwd=self.cwd,
            timeout=TIMEOUT, **({} if binary else {"encoding": "utf-8"}),
        )
        stdout, stderr = done.stdout, done.stderr
        if binary:
            stdout, stderr = stdout.decode("utf-8"), stderr.decode("utf-8")
        return Result([str(a) for a in args], done.returncode, stdout, stderr)

    def ok(self, *args: Any, **kwargs: Any) -> Result:
        """Run and insist on exit 0 (the failure shows everything the process said)."""
        result = self(*args, **kwargs)
        assert result.returncode == 0, result.describe()
        assert "Traceback" not in result.stderr, result.describe()
        return result


def assert_user_error(result: Result, *expected: str, absent: tuple[str, ...] = ()) -> str:
    """Exit 1, nothing on stdout, and exactly one line on stderr: `consultant-app: ...`,
    containing every `expected` text and none of the `absent` ones."""
    assert result.returncode == 1, result.describe()
    assert result.stdout == "", result.describe()
    assert "Traceback" not in result.stderr, result.describe()
    lines = result.stderr_lines
    assert len(lines) == 1, result.describe()
    line = lines[0]
    assert line.startswith(f"{APP_ID}: "), result.describe()
    for text in expected:
        assert text in line, f"{text!r} missing from {line!r}"
    for text in absent:
        assert text not in line, f"{text!r} leaked into {line!r}"
    return line


def lower_kdf_to_floor(data_dir: Path, passphrase: str = PASSPHRASE) -> None:
    """Re-wrap the data key with Argon2id at its floor (m=64 MiB, t=3) instead of the calibrated
    ~0.6-1 s. Every command unlocks the vault, so with calibrated parameters the suite would
    spend most of its time in the KDF; the floor is still real Argon2id, which the product
    itself accepts. The recovery wrap, if any, is kept."""
    from consultant_app.core.vault.keys import KdfParams
    from consultant_app.core.vault.vault import Vault

    with Vault.unlock(data_dir, passphrase) as vault:
        vault.change_passphrase(passphrase, kdf=KdfParams())


def client_json(person: dict[str, Any], **changes: Any) -> str:
    return json.dumps({**person, **changes}, ensure_ascii=False)


def file_bytes(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by relative path, with its exact content."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
