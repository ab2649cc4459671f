"""Filling a template: docxtpl in the letter environment, bounded, with every failure a LetterError.

`render_docx` returns the letter's bytes (reproducible: the same template and data give the same
bytes) and the catalogue fields the letter printed that the client file lacks. A caller that
finds any refuses the letter (the CLI names them; the GUI asks for them): nothing is written.
A no-break hyphen in the filled-in text (the catalogue puts one in an organisation name or a
phone number) is written as Word's own `w:noBreakHyphen` element: Word draws that with the
text's font, and LibreOffice reads it as its hard hyphen, where the U+2011 character needs a
font that has it.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml import etree

from consultant_app.core.letters.catalogue import (
    NO_BREAK_HYPHEN, LetterDate, Missing, recording_missing,
)
from consultant_app.core.errors import LetterError
from consultant_app.core.letters.environment import RENDER_SECONDS, bounded_time, make_environment
from consultant_app.core.letters.library import sha256
from consultant_app.core.letters.package import check_docx, normalised

UNDEFINED_NAME = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Rendered:
    content: bytes
    missing: list[str]  # catalogue names, e.g. "client.bsn", "kinderen[1].geboortedatum"
    data_hash: str
    content_hash: str


def render_docx(template: bytes, context: dict[str, Any], *,
                seconds: float = RENDER_SECONDS) -> Rendered:
    from docxtpl import DocxTemplate

    check_docx(template)
    document = DocxTemplate(io.BytesIO(template))
    out = io.BytesIO()
    try:
        with bounded_time(seconds), recording_missing() as missing:
            document.render(context, jinja_env=make_environment(), autoescape=True)
            word_hyphens(document.docx)
            document.save(out)
    except LetterError:
        raise
    except TemplateSyntaxError as error:
        raise LetterError("template_syntax", detail=error.message or "") from None
    except UndefinedError as error:
        raise LetterError("template_unknown_field", name=_undefined_name(error)) from None
    except SecurityError:
        raise LetterError("template_unsafe") from None
    except TemplateError as error:
        raise LetterError("template_error", detail=type(error).__name__) from None
    except (etree.LxmlError, ValueError, KeyError, TypeError, AttributeError) as error:
        # docxtpl and python-docx on a document whose rendered XML no longer parses
        raise LetterError("template_broken", detail=type(error).__name__) from None
    content = normalised(out.getvalue())
    return Rendered(content=content, missing=list(missing), data_hash=data_hash(context),
                    content_hash=sha256(content))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def word_hyphens(docx: Any) -> None:
    """Each U+2011 in the text of the body, headers and footers becomes a `w:noBreakHyphen`
    element between the two halves of its `w:t`."""
    for part in docx.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for text in list(element.iter(f"{W}t")):
            if text.text and NO_BREAK_HYPHEN in text.text:
                _split_at_hyphens(text)


def _split_at_hyphens(text: Any) -> None:
    first, *rest = text.text.split(NO_BREAK_HYPHEN)
    text.text = first
    text.set(XML_SPACE, "preserve")
    anchor = text
    for piece in rest:
        hyphen = etree.Element(f"{W}noBreakHyphen")
        anchor.addnext(hyphen)
        anchor = hyphen
        if piece:
            after = etree.Element(f"{W}t")
            after.text = piece
            after.set(XML_SPACE, "preserve")
            anchor.addnext(after)
            anchor = after


def _undefined_name(error: UndefinedError) -> str:
    match = UNDEFINED_NAME.search(str(error))
    return next((g for g in match.groups() if g), "?") if match else "?"


# -- the data a letter was made from ------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, Missing):
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def context_json(context: dict[str, Any]) -> str:
    """The context as canonical JSON: stored with the letter, hashed as its data hash."""
    return json.dumps(_plain(context), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def context_from_json(text: str) -> dict[str, Any]:
    """The context again from its stored JSON (dates were written as ISO dates): what makes a
    kept letter again on a laptop that received only its record. The caller compares the
    result's hash, so a value that merely looked like a date cannot pass unnoticed."""
    return _revived(json.loads(text), "")


def _revived(value: Any, path: str) -> Any:
    """Dates as the catalogue's LetterDate, and an empty value as the Missing marker it was."""
    if value is None:
        return Missing(path)
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return LetterDate.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {k: _revived(v, f"{path}.{k}" if path else k) for k, v in value.items()}
    if isinstance(value, list):
        return [_revived(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def data_hash(context: dict[str, Any]) -> str:
    return sha256(context_json(context).encode("utf-8"))
