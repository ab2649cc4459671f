"""Name search as a consultant uses it, checked against a real FTS5 table like the vault's."""

from __future__ import annotations

import unicodedata

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.core.domain.folding import fold, fts_query, index_text

# The vault's configuration: diacritics are kept by the tokenizer because fold() already removed
# them on both sides; prefix indexes make short prefix queries cheap.
CREATE_TABLE = (
    "CREATE VIRTUAL TABLE t USING fts5(body, "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)

PEOPLE = {
    1: ("Işık Öztürk",),
    2: ("Ayşe Yılmaz",),
    3: ("Mohamed El Amrani",),
    4: ("Fatima El-Amrani",),
    5: ("Nikola Đorđević",),
    6: ("Karin van der Berg",),
    7: ("Youssef Elamrani",),
    8: ("Mirsad Hodžić", "Amina Hodžić"),  # a household: two names in one row
}


@pytest.fixture(scope="module")
def db():
    conn = sqlcipher3.connect(":memory:")
    conn.execute(CREATE_TABLE)
    conn.executemany(
        "INSERT INTO t(rowid, body) VALUES (?, ?)",
        [(rowid, index_text(*names)) for rowid, names in PEOPLE.items()],
    )
    yield conn
    conn.close()


def search(db, typed: str) -> set[int]:
    expression = fts_query(typed)
    if expression is None:
        return set()
    return {row[0] for row in db.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))}


# --- what a consultant types finds the client -----------------------------------------------------


@pytest.mark.parametrize("typed", ["isik", "IŞIK", "Işı", "Işık", "ISIK OZT"])
def test_typing_isik_finds_isik_ozturk(db, typed):
    assert search(db, typed) == {1}


def test_typing_yilmaz_finds_yilmaz_but_not_ozturk(db):
    assert search(db, "yilmaz") == {2}


@pytest.mark.parametrize("typed", ["ozturk", "Öztü", "oz"])
def test_typing_ozturk_without_umlauts_finds_ozturk(db, typed):
    assert search(db, typed) == {1}


@pytest.mark.parametrize(
    "typed", ["elamrani", "el-amrani", "el amrani", "El Amr", "EL-AMR", "elamr"]
)
def test_every_spelling_of_el_amrani_finds_all_three_ways_it_was_stored(db, typed):
    assert search(db, typed) == {3, 4, 7}


def test_typing_the_surname_alone_finds_el_amrani_written_apart(db):
    assert search(db, "amrani") == {3, 4}


@pytest.mark.parametrize("typed", ["dordevic", "Đorđević", "Ðorđević", "DORD"])
def test_typing_dordevic_finds_dordevic(db, typed):
    assert search(db, typed) == {5}


@pytest.mark.parametrize("typed", ["vanderberg", "van der berg", "berg", "Van der B"])
def test_dutch_surname_with_particles_is_found_apart_or_joined(db, typed):
    assert search(db, typed) == {6}


def test_any_household_members_name_finds_the_household(db):
    assert search(db, "amina hodzic") == {8}
    assert search(db, "mirsad") == {8}


def test_nonsense_finds_nobody(db):
    assert search(db, "qwxz") == set()
    assert search(db, "isik yilmaz") == set()


@pytest.mark.parametrize(
    "typed", ['"', "*", "a AND", "NEAR(", "-x", "col:x", 'Öz"tü', "(", "^a", "a OR", "NOT b", "{x}"]
)
def test_hostile_search_input_never_breaks_the_query(db, typed):
    # Must not raise sqlcipher3.OperationalError (an FTS5 syntax error).
    search(db, typed)


def test_query_syntax_typed_by_the_user_is_searched_as_plain_words(db):
    assert search(db, "Öztürk NOT") == set()  # "not" must be a word to find, not an operator
    assert search(db, "Öztürk OR Yılmaz") == set()


@given(st.text(max_size=30))
def test_no_typed_text_at_all_can_break_the_query(typed):
    conn = sqlcipher3.connect(":memory:")
    conn.execute(CREATE_TABLE)
    conn.execute("INSERT INTO t(body) VALUES (?)", (index_text("Işık Öztürk"),))
    expression = fts_query(typed)
    if expression is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
    conn.close()


# --- the pieces -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Işık Öztürk", "isik ozturk"),
        ("İstanbul", "istanbul"),
        ("I\u0307stanbul", "istanbul"),  # İ already decomposed into I + combining dot
        ("Straße", "strasse"),
        ("Søren Ærø", "soren aero"),
        ("Łukasz", "lukasz"),
        ("\u00d0or\u00f0evi\u0107", "dordevic"),  # Icelandic eth, which looks just like Đ/đ
        ("'Abd al-Rahman", "abd al rahman"),
        ("ʿAbd al-Raḥmān", "abd al rahman"),
        ("O’Brien_Smith.jr", "o brien smith jr"),
        ("  El -- Amrani  ", "el amrani"),
    ],
)
def test_fold_gives_the_plain_lower_case_spelling(text, folded):
    assert fold(text) == folded


def test_fold_treats_composed_and_decomposed_input_alike():
    name = "Işık Öztürk Đorđević"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name)


def test_index_text_adds_the_joined_forms_of_multi_word_names():
    assert index_text("El Amrani") == "el amrani elamrani"
    assert index_text("Öztürk") == "ozturk"
    words = index_text("Van der Berg", None, "").split()
    assert {"van", "der", "berg", "vanderberg", "derberg"} <= set(words)
    assert len(words) == len(set(words))


def test_index_text_never_joins_two_different_names():
    assert "ayseyilmaz" not in index_text("Ayşe", "Yılmaz").split()
    assert "elamrani" in index_text("Mohamed El Amrani").split()


def test_fts_query_requires_every_word_or_the_joined_word():
    assert fts_query("el amrani") == '("el"* AND "amrani"*) OR "elamrani"*'
    assert fts_query("el-amrani") == fts_query("el amrani")
    assert fts_query("Öztü") == '"oztu"*'


@pytest.mark.parametrize("typed", ["", "   ", "-", "'", '"*"', "()"])
def test_query_without_letters_or_digits_searches_nothing(typed):
    assert fts_query(typed) is None
