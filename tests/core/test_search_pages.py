"""Client search over every match: the true count, exact pages, the best matches first however
many match and however old they are, and a search text of a sensible length."""

from __future__ import annotations

import pytest

from consultant_app.core.domain.folding import QUERY_MAX_LEN
from consultant_app.core.errors import ValidationError
from consultant_app.core.vault import clients

# More clients found through a child named Kaya than the old search ranked (400 candidates,
# the oldest rows); the clients called Kaya themselves are added after them, so they are the
# newest rows of the index.
HOUSEHOLD_MATCHES = 430
OWN_NAMES = [("Zeynep", "Kaya"), ("Ahmet", "Kayabaşı"), ("Elif", "Kaya")]


def _household(i: int) -> dict:
    return {"given_names": f"Cliënt {i:03d}", "surname": "Demir", "birth_date": "1960-01-01",
            "children": [{"given_names": "Emre", "surname": "Kaya"}]}


@pytest.fixture
def crowded(casefile):
    """430 families with a child named Kaya, then three clients named Kaya themselves."""
    casefile.add_clients([casefile.prepare_client(_household(i))
                          for i in range(HOUSEHOLD_MATCHES)])
    casefile.add_clients([casefile.prepare_client(
        {"given_names": given, "surname": surname, "birth_date": "1970-05-05"})
        for given, surname in OWN_NAMES])
    casefile.add_client({"given_names": "Sevda", "surname": "Yıldız", "birth_date": "1975-01-01"})
    return casefile


def test_the_newest_own_name_matches_come_first_beyond_the_old_candidate_bound(crowded):
    found = crowded.search_clients("kaya")
    assert found.total == HOUSEHOLD_MATCHES + len(OWN_NAMES)
    names = [s.full_name for s in found.items]
    assert names[:3] == ["Elif Kaya", "Zeynep Kaya", "Ahmet Kayabaşı"]  # own name, name order
    assert names[3:] == [f"Cliënt {i:03d} Demir" for i in range(HOUSEHOLD_MATCHES)]


@pytest.fixture(params=["sorted matches", "name-order walk"])
def read_either_way(request, monkeypatch):
    """Both ways a group of matches is read (by its size) give the same pages."""
    monkeypatch.setattr(clients, "BROAD_MATCH", 10_000 if request.param == "sorted matches" else 0)


@pytest.mark.usefixtures("read_either_way")
def test_pages_put_together_are_the_whole_result_in_order(crowded):
    whole = crowded.search_clients("kaya")
    assert [s.full_name for s in whole.items[:4]] == [
        "Elif Kaya", "Zeynep Kaya", "Ahmet Kayabaşı", "Cliënt 000 Demir"]
    pages, offset = [], 0
    while True:
        page = crowded.search_clients("kaya", offset=offset, limit=2 if not offset else 100)
        assert page.total == whole.total  # every page knows the true count
        if not page.items:
            break
        pages += page.items
        offset += len(page.items)
    assert pages == whole.items
    assert len({s.id for s in pages}) == whole.total
    last = crowded.search_clients("kaya", offset=whole.total - 1, limit=100)
    assert [s.full_name for s in last.items] == [f"Cliënt {HOUSEHOLD_MATCHES - 1:03d} Demir"]


def test_a_limited_search_says_how_many_there_are_in_all(crowded):
    first = crowded.search_clients("kaya emre", limit=50)
    assert len(first.items) == 50 and first.total == HOUSEHOLD_MATCHES
    assert crowded.search_clients("yildiz", limit=50).total == 1
    assert crowded.search_clients("nobody", limit=50).total == 0


def test_the_access_log_gets_the_true_count_and_never_the_terms(crowded):
    crowded.search_clients("kaya", limit=10)
    (detail,) = crowded.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'search'").fetchone()
    assert detail == f"results={HOUSEHOLD_MATCHES + len(OWN_NAMES)}"


def test_a_renamed_client_moves_between_own_name_and_household_matches(crowded):
    elif_kaya = next(s.id for s in crowded.search_clients("elif kaya").items)
    crowded.update_client(elif_kaya, {"surname": "Aydın"})
    assert [s.full_name for s in crowded.search_clients("kaya", limit=2).items] == [
        "Zeynep Kaya", "Ahmet Kayabaşı"]
    crowded.erase_client(elif_kaya)
    assert crowded.search_clients("elif").total == 0
    assert crowded.vault.check() == []


@pytest.mark.parametrize("search", ["clients", "notes"])
def test_a_search_text_longer_than_the_limit_is_refused_with_a_message(casefile, search):
    run = casefile.search_clients if search == "clients" else casefile.search_notes
    run("kaya " * (QUERY_MAX_LEN // 5))  # exactly at the limit: searched
    with pytest.raises(ValidationError) as refused:
        run("levensbewijs " * 10_000)
    assert refused.value.code == "search_too_long"
    assert refused.value.message("nl") == f"Zoektekst te lang: maximaal {QUERY_MAX_LEN} tekens"
    assert refused.value.message("en") == (
        f"Search text too long: at most {QUERY_MAX_LEN} characters")


def test_a_repeated_word_is_looked_up_once():
    from consultant_app.core.domain.folding import fts_query

    assert fts_query("de de De") == '("de"*) OR "dedede"*'
