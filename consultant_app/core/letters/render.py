"""Filling a template: docxtpl in the letter environment, bounded, with every failure a LetterError.

`render_docx` returns the letter's bytes (reproducible: the same template and data give the same
bytes) and the catalogue fields the letter printed that the client file lacks. A caller that
finds any refuses the letter (the CLI names them; the GUI asks for them): nothing is written.
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

from consultant_app.core.letters.catalogue import LetterDate, Missing, recording_missing
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
