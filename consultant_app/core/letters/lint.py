"""`template check`: what is wrong with a template, found without a vault or a client.

Three kinds of finding, each naming the document part and quoting the document's own text so
the person who made it in Word can find the spot:
- syntax: a Jinja error (an unclosed `{% if %}`, a typo in a tag, an unknown filter);
- unknown_field: a name that is not in the field catalogue (`client.achternam`);
- loop_in_table: a plain `{% for %}` that opens in one table row and closes in another, which
  docxtpl renders as empty rows; `{%tr for %}` repeats the row itself.
The template is read the way rendering reads it (docxtpl joins placeholders that Word split over
runs, spell-check marks and bookmarks), so a clean check means a clean render.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml.ns import qn
from jinja2 import TemplateSyntaxError, nodes

from consultant_app.core.letters.catalogue import CATALOGUE, LOOP_ALIASES, is_known
from consultant_app.core.letters.environment import make_environment
from consultant_app.core.letters.package import check_docx

CONTEXT_NAMES = {name.split(".")[0] for name in CATALOGUE if not name.startswith("kind.")}
UNBOUND = "\0"  # marks a name that is neither in the context nor bound by the template
LOOP_TAG = re.compile(r"\{%-?\s*(?:(tr|tc|p|r)\s+)?(for|endfor)\b")


@dataclass(frozen=True)
class Finding:
    kind: str  # syntax | unknown_field | loop_in_table
    part: str  # "hoofdtekst", "koptekst 1", "voettekst 2"
    detail: str  # the Jinja message or the unknown name; empty for a loop
    context: str  # the document's text around the spot


def check_template(data: bytes) -> list[Finding]:
    """All findings for a .docx template's bytes; raises LetterError if it is no safe .docx."""
    from docxtpl import DocxTemplate

    check_docx(data)
    template = DocxTemplate(io.BytesIO(data))
    template.init_docx()
    env = make_environment()
    findings: list[Finding] = []
    for part, element in document_parts(template):
        findings += _loops_in_tables(part, element)
        xml = template.patch_xml(template.xml_to_string(element))
        xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)  # as docxtpl renders: a line a paragraph
        try:
            tree = env.parse(xml)
            env.compile(tree)  # unknown filters and tests are found here
        except TemplateSyntaxError as error:
            findings.append(Finding("syntax", part, error.message or "syntax error",
                                    _text_around(xml, error.lineno)))
            continue
        for name, lineno in sorted(_unknown_names(tree), key=lambda x: x[1]):
            findings.append(Finding("unknown_field", part, name, _text_around(xml, lineno)))
    return findings


def document_parts(template) -> Iterator[tuple[str, object]]:
    """(name, root element) of the body, then each header and footer, as docxtpl renders them."""
    yield "hoofdtekst", template.docx._element.body
    for kind, uri in (("koptekst", template.HEADER_URI), ("voettekst", template.FOOTER_URI)):
        for number, (_, part) in enumerate(template.get_headers_footers(uri), start=1):
            yield f"{kind} {number}", part._element


# -- loops across table rows ----------------------------------------------------------------------
def _loops_in_tables(part: str, root) -> list[Finding]:
    findings = []
    open_loops: list[tuple[str | None, object, str]] = []  # (prefix, row, paragraph text)
    for paragraph in root.iter(qn("w:p")):
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if "{%" not in text:
            continue
        row = next((a for a in paragraph.iterancestors(qn("w:tr"))), None)
        for match in LOOP_TAG.finditer(text):
            prefix, word = match.groups()
            if word == "for":
                open_loops.append((prefix, row, text))
            elif open_loops:
                opened_prefix, opened_row, opened_text = open_loops.pop()
                if opened_prefix is None and opened_row is not None and opened_row is not row:
                    findings.append(Finding("loop_in_table", part, "",
                                            _clip(opened_text)))
    return findings


# -- names outside the catalogue ------------------------------------------------------------------
def _unknown_names(tree: nodes.Template) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    _visit(tree, {}, found)
    return found


def _visit(node: nodes.Node, scope: dict[str, str | None], found: set) -> None:
    """Walk the template; `scope` maps local names to the catalogue prefix they stand for
    (a loop variable over `kinderen` stands for `kind`) or None (a free local)."""
    if isinstance(node, nodes.For):
        _visit(node.iter, scope, found)
        inner = dict(scope, loop=None)
        source = _dotted(node.iter, scope)
        for target in _targets(node.target):
            inner[target.name] = LOOP_ALIASES.get(source or "") if source else None
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            _visit(child, inner, found)
        return
    if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
        for target in _targets(node.target):
            scope[target.name] = None
    if isinstance(node, (nodes.Macro, nodes.CallBlock)):
        inner = dict(scope, **{arg.name: None for arg in node.args})
        for child in node.body:
            _visit(child, inner, found)
        return
    if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)) and \
            getattr(node, "ctx", "load") == "load":
        name = _dotted(node, scope)
        if name is not None:
            if name.startswith(UNBOUND) or not is_known(name):
                found.add((name.removeprefix(UNBOUND), node.lineno))
            return
    for child in node.iter_child_nodes():
        _visit(child, scope, found)


def _targets(target: nodes.Node) -> list[nodes.Name]:
    """The names a `for` or `set` binds: one name, or a tuple of them."""
    return [target] if isinstance(target, nodes.Name) else list(target.find_all(nodes.Name))


def _dotted(node: nodes.Node, scope: dict[str, str | None]) -> str | None:
    """`client.adres.plaats` for an attribute chain on a catalogue name (`kinderen[0].bsn` reads
    as `kind.bsn`); None for anything else (free locals, computed values), which the walk then
    looks into."""
    parts: list[str] = []
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
        elif isinstance(node.arg, nodes.Const):
            parts.append(node.arg.value if isinstance(node.arg.value, str) else "[]")
        else:
            return None
        node = node.node
    if not isinstance(node, nodes.Name):
        return None
    root = node.name
    if root in scope:
        if scope[root] is None:
            return None
        root = scope[root]
    elif root not in CONTEXT_NAMES:
        return UNBOUND + ".".join([root, *reversed(parts)])  # e.g. `kind` outside its loop
    names = [root]
    for part in reversed(parts):
        if part == "[]":
            names = [LOOP_ALIASES.get(".".join(names), ".".join(names))]
        else:
            names.append(part)
    return ".".join(names)


# -- quoting the document -----------------------------------------------------------------------
def _text_around(xml: str, lineno: int | None, radius: int = 1) -> str:
    if lineno is None:
        return ""
    lines = xml.splitlines()
    picked = lines[max(lineno - 1 - radius, 0): lineno + radius]
    return _clip(" ".join(re.sub(r"<[^>]+>", "", line).strip() for line in picked))


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
