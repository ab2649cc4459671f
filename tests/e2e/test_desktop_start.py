"""The desktop app as a process: `--demo` works in a throwaway folder and leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("PySide6")


@pytest.mark.slow
def test_demo_app_removes_its_folder_when_ended_by_a_signal(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path),
               HOME=str(tmp_path / "home"))
    app = subprocess.Popen([sys.executable, "-m", "consultant_app", "--demo"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("spreekuur-demo-*/vault/vault.keys")):
            assert app.poll() is None, app.stderr.read().decode()
            assert time.monotonic() < deadline, "the demo vault never appeared"
            time.sleep(0.1)  # polling another process: there is no signal to wait for
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=150) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert list(tmp_path.glob("spreekuur-demo-*")) == []
    assert b"Traceback" not in app.stderr.read()
