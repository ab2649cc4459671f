"""Search folding: how names are written into the FTS5 index and how a typed query is matched.

Consultants type names on a Dutch keyboard while the vault holds them as the client spells them:
"isik" must find "Işık", "ozturk" "Öztürk", "dordevic" "Đorđević", and "El Amrani", "El-Amrani" and
"Elamrani" must find each other (DOMAIN.md §5, ARCHITECTURE.md §3). Both sides go through the same
`fold`; `index_text` adds joined forms of multi-word names, and `fts_query` builds a MATCH
expression from quoted prefix tokens so no input can inject FTS5 syntax.
"""

from __future__ import annotations

import unicodedata

from consultant_app.core.errors import ValidationError

# Letters NFKD does not decompose into a base letter plus marks. Turkish ı/İ come first because
# casefold keeps ı as a separate letter and turns İ into "i" plus a combining dot. The modifier
# letters (ʼ ʻ ʾ ʿ) are transliteration apostrophes in "ʿAbd al-Raḥmān"; Python counts them as
# letters, so without this they would glue onto the following word.
_LETTER_MAP = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        # Icelandic eth looks identical to Đ and is what many keyboards produce for "Đorđević".
        "ð": "d",
        "Ð": "d",
        "ł": "l",
        "Ł": "l",
        "ħ": "h",
        "Ħ": "h",
        "þ": "th",
        "Þ": "th",
        "ʼ": " ",
        "ʻ": " ",
        "ʾ": " ",
        "ʿ": " ",
    }
)


class _FoldTable(dict):
    """str.translate table, filled lazily: combining marks vanish, other non-alphanumerics
    become spaces, the rest stays. Each character is classified once, then looked up in C."""

    def __missing__(self, codepoint: int) -> int | str | None:
        ch = chr(codepoint)
        if unicodedata.combining(ch):
            result = None
        elif ch.isalnum():
            result = codepoint
        else:
            result = " "
        self[codepoint] = result
        return result


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ASCII-like search form: no diacritics, ı/İ → i, punctuation → single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_MAP))
    # casefold can re-introduce combining marks (e.g. for some Greek letters); the table drops
    # them after it as well as before.
    return " ".join(decomposed.translate(_FOLD_TABLE).casefold().translate(_FOLD_TABLE).split())


# Longest search text accepted, in characters. A full name with a partner's or child's name
# (the longest thing typed to find a client) or a sentence quoted from a note fits easily; each
# word is an index lookup, and a pasted page of text (a 120 KB note took minutes) is refused
# at once instead of freezing the screen.
QUERY_MAX_LEN = 200

SORT_KEY_SEPARATOR = "\x1f"  # sorts before every letter: "el amrani" before "el amranix"


def sort_key(surname: str, given_names: str) -> str:
    """How clients are ordered in lists: by folded surname, then given names."""
    return f"{fold(surname)}{SORT_KEY_SEPARATOR}{fold(given_names)}"


def index_text(*names: str | None) -> str:
    """The FTS5 body for the names of one person or household.

    Each name contributes its folded tokens and every run of two or more consecutive tokens
    joined, so a stored "El Amrani" also matches "elamrani", "Van der Berg" "vanderberg", and a
    full name "Mohamed El Amrani" still yields "elamrani". Names hold a handful of tokens, so the
    runs stay few; joins never cross two names, which may belong to different people.
    """
    pieces: dict[str, None] = {}
    for value in names:
        tokens = fold(value or "").split()
        pieces.update(dict.fromkeys(tokens))
        for start in range(len(tokens) - 1):
            for end in range(start + 2, len(tokens) + 1):
                pieces["".join(tokens[start:end])] = None
    return " ".join(pieces)


def _quoted_prefix(token: str) -> str:
    # Folded tokens hold only letters and digits, but the quote doubling keeps this function
    # safe on its own: inside an FTS5 string nothing but '"' is special.
    return '"' + token.replace('"', '""') + '"*'


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every typed token as a prefix, or all of them joined as one.

    "el amrani" → ("el"* AND "amrani"*) OR "elamrani"*, so a stored "Elamrani" is found as well.
    Returns None when nothing searchable is left (empty input, only punctuation). A query longer
    than QUERY_MAX_LEN is refused (ValidationError): every word is one more index lookup.
    """
    if len((query or "").strip()) > QUERY_MAX_LEN:
        raise ValidationError("search_too_long", max_len=QUERY_MAX_LEN)
    tokens = fold(query or "").split()
    if not tokens:
        return None
    if len(tokens) == 1:
        return _quoted_prefix(tokens[0])
    # A repeated word filters nothing more but costs another index scan.
    each = " AND ".join(_quoted_prefix(token) for token in dict.fromkeys(tokens))
    return f"({each}) OR {_quoted_prefix(''.join(tokens))}"
