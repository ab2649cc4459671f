"""The .qm compiled without Qt (core/qm.py) is what Qt's lrelease writes, and QTranslator loads
it and translates every message of the committed .ts, plural forms included."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QTranslator

from consultant_app.core import qm
from consultant_app.gui import i18n

TS = i18n.ts_file("en")

SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Dialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <comment>menu</comment>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <comment>knop</comment>
        <translation>Save it</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation type="vanished">Old</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n brief/brieven</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
</TS>
""".encode()


def _translator(data: bytes) -> QTranslator:
    translator = QTranslator()
    assert translator.load(data)
    return translator


def test_every_message_of_the_ts_translates_as_written():
    data = qm.compile_ts(TS.read_bytes())
    translator = _translator(data)
    language, messages = qm.messages(TS.read_bytes())

    assert (translator.language(), language) == ("en_GB", "en_GB")
    assert len(messages) > 400
    for m in messages:
        comment = m.comment or None
        if len(m.translations) == 1:
            assert translator.translate(m.context, m.source, comment) == m.translations[0]
        else:
            assert [translator.translate(m.context, m.source, comment, n)
                    for n in (1, 0, 2, 5)] == [m.translations[0]] + [m.translations[1]] * 3


def test_comments_plurals_and_what_is_left_out():
    translator = _translator(qm.compile_ts(SMALL_TS))

    assert translator.translate("Dialog", "Opslaan") == "Save"
    assert translator.translate("Dialog", "Opslaan", "knop") == "Save it"
    assert translator.translate("Dialog", "Bewaren", "menu") == "Keep"
    assert translator.translate("Dialog", "Bewaren") == "Keep"  # the comment tells no two apart
    assert translator.translate("Other", "Opslaan") == ""
    assert translator.translate("Dialog", "Oud") == ""  # vanished from the code
    assert translator.translate("Dialog", "Nog niet") == ""  # untranslated: the Dutch stays
    assert [translator.translate("Dialog", "%n brief/brieven", None, n)
            for n in (1, 3)] == ["%n letter", "%n letters"]


def test_the_bytes_are_those_of_qt_lrelease(tmp_path):
    command = i18n._tool("lrelease")
    if command is None:
        pytest.skip("pyside6-lrelease not available")
    for name, text in (("app.ts", TS.read_bytes()), ("small.ts", SMALL_TS)):
        (tmp_path / name).write_bytes(text)
        subprocess.run([*command, "-silent", str(tmp_path / name), "-qm", str(tmp_path / "ref.qm")],
                       check=True, capture_output=True)
        assert qm.compile_ts(text) == (tmp_path / "ref.qm").read_bytes(), name


def test_a_language_without_known_plural_rules_or_a_broken_ts_is_refused():
    with pytest.raises(ValueError, match="plural rules"):
        qm.compile_ts(SMALL_TS.replace(b'language="en_GB"', b'language="ar"'))
    with pytest.raises(ValueError, match="not a readable .ts"):
        qm.compile_ts(SMALL_TS[:200])
