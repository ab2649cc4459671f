"""Qt Linguist's .ts (XML) compiled to the binary .qm that QTranslator loads, without Qt: a
built wheel and the bundle carry .qm files compiled by this module at build time, and a source
tree's translator compiles its .ts in memory at start (nothing is written there).

It writes what `lrelease` writes by default, in the layout QTranslator reads (qtranslator.cpp):
the 16-byte magic, then blocks of tag, length and data -- Language, Hashes (ELF hash of source
text and comment with the message's offset, sorted for the binary search), Messages (for each:
its translations as UTF-16BE, comment, source text and context as UTF-8, an end tag) and the
plural rules of the target language for `tr(..., n)`. Like lrelease, it leaves out obsolete and
vanished messages and those without any translation text; unfinished ones with text are kept.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Block tags and message tags of the .qm format.
LANGUAGE, HASHES, MESSAGES, NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
TAG_END, TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
# Plural rules as Qt encodes them (numerus.cpp): "n == 1" picks the first form, else the second.
_EQ = 0x01
PLURAL_RULES = {"en": bytes([_EQ, 1]), "nl": bytes([_EQ, 1])}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]


def messages(ts: bytes) -> tuple[str, list[Message]]:
    """The target language and the messages a .qm carries, from the text of a .ts file (a
    ValueError when it cannot be read)."""
    try:
        root = ET.fromstring(ts)
    except ET.ParseError as error:
        raise ValueError(f"not a readable .ts file: {error}") from error
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.find("byte") is not None or message.find("source/byte") is not None:
                raise ValueError(f"{name}: <byte> (a control character) is not supported")
            forms = translation.findall("numerusform") if message.get("numerus") == "yes" \
                else [translation]
            texts = tuple(form.text or "" for form in forms)
            if not any(texts):
                continue  # untranslated: Qt shows the Dutch source
            found.append(Message(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", texts))
    return root.get("language") or "", found


def compile_ts(ts: bytes) -> bytes:
    """The .qm for the text of a .ts file."""
    language, found = messages(ts)
    rules = PLURAL_RULES.get(language.split("_")[0])
    if rules is None:
        raise ValueError(f"no plural rules for {language!r}: add them to PLURAL_RULES")
    table, body = [], bytearray()
    for message in _as_lrelease_keeps(found):
        table.append((_elf_hash(message.source.encode() + message.comment.encode()), len(body)))
        body += _message(message)
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(table))
    return MAGIC + b"".join(_tagged(tag, data) for tag, data in (
        (LANGUAGE, language.encode()), (HASHES, hashes), (MESSAGES, bytes(body)),
        (NUMERUS_RULES, rules)))


def _as_lrelease_keeps(found: list[Message]) -> list[Message]:
    """The messages as lrelease stores them, so the bytes come out the same: a comment only
    where it tells two messages apart (without it, Qt finds the message with or without the
    comment), the first of equal ones, in the order of context, source and comment bytes."""
    plain = {(m.context, m.source) for m in found if not m.comment}
    kept: dict[tuple[bytes, bytes, bytes], Message] = {}
    for message in found:
        stripped = Message(message.context, message.source, "", message.translations)
        if message.comment and message.context and (message.context, message.source) not in plain \
                and _key(stripped) not in kept:
            message = stripped
        kept.setdefault(_key(message), message)
    return [kept[key] for key in sorted(kept)]


def _key(message: Message) -> tuple[bytes, bytes, bytes]:
    return message.context.encode(), message.source.encode(), message.comment.encode()


def _message(message: Message) -> bytes:
    out = bytearray()
    for text in message.translations:
        out += _tagged(TAG_TRANSLATION, text.encode("utf-16-be"))
    out += _tagged(TAG_COMMENT, message.comment.encode())
    out += _tagged(TAG_SOURCE_TEXT, message.source.encode())
    out += _tagged(TAG_CONTEXT, message.context.encode())
    return bytes(out + bytes([TAG_END]))


def _tagged(tag: int, data: bytes) -> bytes:
    """A tag, the data's length (32 bits, big-endian) and the data: blocks and fields alike."""
    return struct.pack(">BI", tag, len(data)) + data


def _elf_hash(data: bytes) -> int:
    """Qt's elfHash of the UTF-8 source text followed by the comment (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1
