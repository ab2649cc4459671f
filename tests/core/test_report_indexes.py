"""The annual report's counts read contacts and clients through indexes alone (m014): over
50,000 clients and 250,000 contacts a row look-up per contact made the report take 15 s instead
of 1.5 s (bench/report_bench.py). A query that falls back to reading the tables row by row, or
to scanning them, fails here before it is slow at an office."""

from __future__ import annotations

import pytest

from consultant_app.core.reports import figures

# The figures as the vault runs them (core.reports.figures, rendered for SQLite).
QUERIES = ("backgrounds", "services", "refugees", "remigrated", "applications", "locations")
SPAN = {"start": "2024-01-01", "end": "2025-01-01", "year": 2024}


def _plan(vault, name: str) -> list[str]:
    sql = figures.render(figures.FIGURES[name], figures.SQLITE)
    return [row[-1] for row in vault.db.execute(f"EXPLAIN QUERY PLAN {sql}", SPAN).fetchall()]


@pytest.mark.parametrize("name", QUERIES)
def test_contacts_are_read_through_a_covering_index(vault, name):
    plan = _plan(vault, name)
    for step in plan:
        if " contacts " in f" {step} " or step.split()[1:2] == ["k"]:
            assert "COVERING INDEX" in step, plan
        assert not step.startswith(("SCAN contacts", "SCAN k ")), plan


@pytest.mark.parametrize("name", ("services", "applications", "locations"))
def test_a_client_is_checked_live_without_reading_its_row(vault, name):
    plan = _plan(vault, name)
    clients = [step for step in plan if step.split()[1:2] in (["clients"], ["c"])]
    assert clients and all("COVERING INDEX" in step for step in clients), plan
