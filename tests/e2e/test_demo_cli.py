"""`consultant-app demo` from the command line: a new folder becomes a marked demo vault; a real
vault gets synthetic people only with --into-real-vault or a "yes" typed at a terminal."""

from __future__ import annotations

import os
import pty
import subprocess

from tests.e2e.spreekuur_e2e import ISIK, assert_user_error, client_json, command


def _clients(cli) -> int:
    return len(cli.ok("client", "list", "--json").json())


def test_demo_into_a_real_vault_is_refused_without_the_flag(cli):
    cli.ok("client", "add", input=client_json(ISIK))
    assert_user_error(cli("demo", "--clients", "3"), "not a demo vault", "--into-real-vault")
    assert _clients(cli) == 1
    nl = cli("demo", "--clients", "3", LANG="nl_NL.UTF-8")
    assert_user_error(nl, "Deze kluis is geen demokluis")


def test_demo_into_a_real_vault_with_the_flag_adds_the_clients(cli):
    cli.ok("client", "add", input=client_json(ISIK))
    cli.ok("demo", "--clients", "3", "--into-real-vault")
    assert _clients(cli) == 4
    assert "demo\t\n" in cli.ok("settings").stdout  # still a real vault


def _at_terminal(cli, answer: str) -> tuple[int, str]:
    """Run `demo` with a terminal as stdin, type `answer`, return (exit code, stderr)."""
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(command(cli.data_dir, "demo", "--clients", "3"),
                                   stdin=terminal, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=cli.env, cwd=cli.cwd, text=True)
        os.write(controller, answer.encode() + b"\n")
        _, stderr = process.communicate(timeout=120)
    finally:
        os.close(controller)
        os.close(terminal)
    return process.returncode, stderr


def test_demo_into_a_real_vault_asks_at_a_terminal(cli):
    cli.ok("client", "add", input=client_json(ISIK))
    code, stderr = _at_terminal(cli, "n")
    assert code == 1 and "Add synthetic clients among the real ones? [y/N]" in stderr
    assert _clients(cli) == 1
    code, stderr = _at_terminal(cli, "y")
    assert code == 0, stderr
    assert _clients(cli) == 4


def test_demo_makes_a_marked_demo_vault_with_an_organisation(cli, home):
    demo = cli.__class__(home / "demo", cli.env, cli.cwd)
    demo.ok("demo", "--clients", "4")
    settings = dict(line.split("\t") for line in demo.ok("settings").stdout.splitlines())
    assert settings["demo"] == "yes"
    assert settings["organisation"] and settings["organisation_address"]
    assert settings["organisation_phone"]
    demo.ok("demo", "--clients", "2")  # a demo vault is filled again without a question
    assert _clients(demo) == 6


def test_a_demo_vault_has_cases_to_show(cli, home):
    demo = cli.__class__(home / "demo", cli.env, cli.cwd)
    demo.ok("demo", "--clients", "400")
    cases = demo.ok("case", "list", "--json").json()
    assert len(cases) >= 9
    assert len({c["state"] for c in cases}) == 9  # every state, the first cases in turn
    gone = next(c for c in cases if c["state"] == "vertrokken")
    shown = demo.ok("case", "show", gone["id"], "--json").json()
    steps = [e["kind"] for e in shown["events"] if e["kind"] != "levensbewijs_ontvangen"]
    assert steps == ["ingediend", "toegekend", "vertrokken"]
    assert "levensbewijs_ontvangen" in {e["kind"] for e in shown["events"]}  # aftercare
    assert {"terugkeer_termijn", "levensbewijs"} <= {d["kind"] for d in shown["deadlines"]}
