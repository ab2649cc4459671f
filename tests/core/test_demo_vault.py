"""The demo vault as `consultant-app demo` and the desktop's `--demo` make it: marked as a demo,
ids of its own, an organisation letters can name, complete files for the clients a demo opens,
and no synthetic people slipped into a real vault."""

from __future__ import annotations

import datetime

import pytest

from consultant_app.core.casefile import CaseFile
from consultant_app.core.demo_vault import DEMO_ORGANISATION, fill_demo
from consultant_app.core.errors import VaultError
from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.core.letters.service import LetterService
from consultant_app.core.paths import templates_dir
from consultant_app.core.vault.vault import Vault
from tests.conftest import FAST_KDF, ISIK, PASSPHRASE

CLIENTS = 60


def _ids(folder) -> set[str]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return {row[0] for row in vault.db.execute("SELECT id FROM clients")}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "vault"
    assert fill_demo(folder, PASSPHRASE, CLIENTS, kdf=FAST_KDF) == CLIENTS
    return folder


def test_a_new_demo_vault_is_marked_and_has_an_organisation(demo_dir):
    with Vault.unlock(demo_dir, PASSPHRASE) as vault:
        assert vault.demo
        for key, value in DEMO_ORGANISATION.items():
            assert vault.setting(key) == value
        assert "demo" not in vault.setting("organisation").lower().split()


def test_two_demo_vaults_with_the_default_seed_share_no_client_id(demo_dir, tmp_path):
    other = tmp_path / "other"
    fill_demo(other, PASSPHRASE, CLIENTS, kdf=FAST_KDF)
    first, second = _ids(demo_dir), _ids(other)
    assert len(first) == len(second) == CLIENTS
    assert first.isdisjoint(second)
    # the content still follows the seed: the same people, under other ids
    with Vault.unlock(demo_dir, PASSPHRASE) as a, Vault.unlock(other, PASSPHRASE) as b:
        query = "SELECT given_names, surname, birth_date FROM clients ORDER BY 1, 2, 3"
        assert a.db.execute(query).fetchall() == b.db.execute(query).fetchall()


def test_a_real_vault_is_refused_unless_confirmed(vault, tmp_path):
    folder = vault.data_dir
    CaseFile(vault).add_client(ISIK)
    vault.close()
    asked = []
    with pytest.raises(VaultError) as refused:
        fill_demo(folder, PASSPHRASE, 5, confirm_real_vault=lambda: asked.append(1) or False)
    assert refused.value.code == "demo_into_real_vault" and asked == [1]
    assert "--into-real-vault" in refused.value.message("en")
    assert len(_ids(folder)) == 1
    assert fill_demo(folder, PASSPHRASE, 5, confirm_real_vault=lambda: True) == 6
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert not again.demo  # still a real vault: filling it does not make it a demo


def test_a_demo_vault_is_filled_again_without_a_question(tmp_path):
    def never() -> bool:
        raise AssertionError("a demo vault needs no confirmation")

    folder = tmp_path / "vault"
    fill_demo(folder, PASSPHRASE, 3, kdf=FAST_KDF, confirm_real_vault=never)
    assert fill_demo(folder, PASSPHRASE, 3, confirm_real_vault=never) == 6


def test_the_first_demo_clients_open_a_letter_as_a_preview(demo_dir):
    """No form first: the organisation and the named client's file have what letters print,
    and the authorisation names the organisation (not "Demo mag:")."""
    today = datetime.date.today()
    with Vault.unlock(demo_dir, PASSPHRASE) as vault:
        (client_id,) = vault.db.execute(
            "SELECT id FROM clients WHERE given_names = 'Işık' AND surname = 'Öztürk'").fetchone()
        letters = LetterService(vault, TemplateLibrary(templates_dir()), "Utrecht")
        for template in letters.library.listed(today):
            assert letters.preflight(client_id, template, today) == [], template.id
        draft = letters.draft(client_id, letters.library.get("machtiging"), today)
        text = draft.rendered.content
    from tests.core.word_like import text_of

    body = text_of(text)
    assert f"{DEMO_ORGANISATION['organisation']} mag:" in body
    assert "Demo mag" not in body


def test_demo_clients_have_benefits_bank_details_and_future_departures(demo_dir):
    created = datetime.date.today()
    with Vault.unlock(demo_dir, PASSPHRASE) as vault:
        rows = vault.db.execute(
            "SELECT benefits, bank_abroad, json_extract(destination, '$.planned_departure') "
            "FROM clients").fetchall()
    assert sum(b is not None for b, _, _ in rows) > CLIENTS * 0.8
    assert sum(a is not None for _, a, _ in rows) > CLIENTS * 0.2
    departures = [datetime.date.fromisoformat(d) for _, _, d in rows if d]
    assert departures and all(d > created for d in departures)


def test_an_older_demo_vault_gets_the_organisation_when_filled_again(tmp_path):
    folder = tmp_path / "vault"
    fill_demo(folder, PASSPHRASE, 2, kdf=FAST_KDF)
    with Vault.unlock(folder, PASSPHRASE) as vault:  # as `demo` used to leave it
        vault.set_setting("organisation", "Demo")
        vault.set_setting("organisation_address", None)
        vault.set_setting("organisation_phone", None)
    fill_demo(folder, PASSPHRASE, 1)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert {key: vault.setting(key) for key in DEMO_ORGANISATION} == DEMO_ORGANISATION


def test_a_demo_vault_holds_cases_in_every_state_with_their_deadlines(tmp_path):
    """The cases come with the clients: every state, each case's client in the vault, a
    history the state machine took, deadlines that follow (an awarded client who has not left
    yet has the departure term and the BRP window of the planned departure)."""
    from consultant_app.core.cases.service import CaseService
    from consultant_app.core.rules.library import RuleLibrary

    folder = tmp_path / "vault"
    fill_demo(folder, PASSPHRASE, 1000, kdf=FAST_KDF)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        service = CaseService(vault, RuleLibrary.for_data_dir(folder))
        found = service.list()
        assert {c.state for c in found} == {
            "open", "ingediend", "toegekend", "afgewezen", "vertrokken", "geschorst",
            "ingetrokken", "beeindigd", "teruggekeerd"}
        assert 10 < len(found) < 60
        waiting = next(c for c in found if c.state == "toegekend")
        kinds = {d.kind for d in service.show(waiting.case.id).deadlines}
        assert {"vertrek_uiterlijk", "brp_uitschrijven"} <= kinds
        left = next(c for c in found if c.state == "vertrokken")
        assert "terugkeer_termijn" in {d.kind for d in service.show(left.case.id).deadlines}
        outbox = dict(vault.db.execute(
            "SELECT entity, count(*) FROM outbox WHERE entity LIKE 'case%' GROUP BY entity"))
        assert outbox == {"cases": len(found),
                          "case_events": sum(len(c.case.events) for c in found)}
