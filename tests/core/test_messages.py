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
    assert "centrale registratie" in MESSAGES["registry_unreachable"]["nl"]
