"""The message catalogue as a whole (core.messages with the letters' and sync's parts): every
entry in both languages, Dutch in Dutch words."""

from __future__ import annotations

import re

from consultant_app.core.messages import LANGUAGES, MESSAGES

CODE = re.compile(r"`[^`]*`")  # commands and package names are typed as they are


def test_every_entry_has_dutch_and_english():
    assert [code for code, entry in MESSAGES.items() if set(entry) != set(LANGUAGES)] == []


def test_dutch_says_centrale_registratie_never_registry():
    english_word = [code for code, entry in MESSAGES.items()
                    if "registry" in CODE.sub("", entry["nl"]).lower()]
    assert english_word == []
    assert [code for code, entry in MESSAGES.items() if "registratie" in entry["en"]] == []
    assert "centrale registratie" in MESSAGES["registry_unreachable"]["nl"].lower()


def test_every_message_starts_with_a_capital_in_each_language():
    """Fragments (is_fragment, documented at FRAGMENTS) are parts of a line and exempt; a
    message may start with a placeholder (a path, a count), which is shown as it is."""
    from consultant_app.core.messages import is_fragment

    lower = [(code, lang) for code, entry in MESSAGES.items() if not is_fragment(code)
             for lang, text in entry.items() if not (text[:1].isupper() or text[:1] == "{")]
    assert lower == []


def test_a_letter_refusal_that_starts_with_a_fragment_still_starts_with_a_capital():
    from consultant_app.core.errors import LetterError, LetterProblems, MissingFieldsError

    missing = MissingFieldsError(["client.bsn"])
    both = LetterProblems([missing, LetterError("pdf_no_libreoffice")])

    assert missing.message("nl").startswith("Deze gegevens ontbreken in het dossier")
    assert both.message("en").startswith("These fields are missing from the client's file")
