"""The row rules both sides of sync share (core.sync.rows): one rule per synced column, the
laptop's own domain rules, and what they say names the column, never the value."""

from __future__ import annotations

import pytest

from consultant_app.core.casefile import CaseFile
from consultant_app.core.domain.model import parse_client
from consultant_app.core.errors import ValidationError, ValidationErrors
from consultant_app.core.sync.protocol import ENTITIES, content
from consultant_app.core.sync.rows import RULES, RowProblem, pulled_row_problem, row_problem
from tests.conftest import ISIK


def test_every_synced_column_has_exactly_one_rule():
    assert {entity: set(rules) for entity, rules in RULES.items()} == {
        entity: set(columns) for entity, columns in ENTITIES.items()}


def test_what_the_laptop_writes_passes_the_rules(vault):
    casefile = CaseFile(vault)
    client_id = casefile.add_client(ISIK)
    casefile.add_note(client_id, "Gesprek over de aanvraag.")
    casefile.add_contact(client_id, {"date": "2026-03-02", "kind": "intake",
                                     "topics": ["zorg"], "interpreter": True,
                                     "duration_minutes": 30})
    follow_up = casefile.add_follow_up(client_id, "2026-04-01", "Bellen")
    casefile.complete_follow_up(follow_up)
    for entity in ENTITIES:
        columns = ENTITIES[entity]
        for row in vault.db.execute(f"SELECT {', '.join(columns)} FROM {entity}").fetchall():
            assert row_problem(entity, content(entity, dict(zip(columns, row)))) is None, entity


@pytest.mark.parametrize("typed", [12345, "Ali\x00", "A" * 201, "Ali\u202e"])
def test_a_name_the_laptop_refuses_is_refused_by_the_rules_too(typed):
    with pytest.raises((ValidationError, ValidationErrors)):
        parse_client({"given_names": typed, "surname": "Öztürk", "birth_date": "1961-03-05"})
    problem = row_problem("clients", {"given_names": typed, "surname": "Öztürk"})
    assert problem is not None and problem.field == "given_names"
    assert str(typed) not in repr(problem)


def test_a_tombstone_needs_only_its_bookkeeping_and_a_foreign_entity_is_named():
    row = {"row_id": "0190c8a2-0000-7000-8000-0000000000aa", "entity": "notes", "version": 2,
           "deleted": True, "fields": {}, "created_at": "t", "created_by": "b",
           "changed_at": "t", "changed_by": "b"}
    assert pulled_row_problem(row) is None
    assert pulled_row_problem({**row, "entity": "pets"}) == RowProblem("entity",
                                                                       "unknown_entity")
    assert pulled_row_problem({**row, "deleted": False}) == RowProblem("client_id", "required")
