"""`rules check`: read a pack's TOML and say everything that is wrong with it, each finding with
the line it stands on where the text shows one.

The rules: no key a table does not know (a misspelt `valid_untill` must not leave a period
open); every value, regime, condition, application period and deadline rule has a period
(`valid_from`, optionally `valid_until`) and a `source`; periods of one parameter, of the
regimes, of the application periods and of conditions sharing an id do not overlap; a
condition's kind is a known one (core.rules.kinds) with its parameters bound to parameters of
the pack whose values have the right type and cover the condition's whole period; client-file
fields named are real ones (or marked `outside_file`); deadline rules have a known kind, anchor
and offset. `uncertain = true` needs a `note` saying what is open. Each `[[benefits_abroad]]`
entry names a known benefit kind (core.domain.vocabulary.BENEFIT_TYPES), one of the `continues`
values, countries only for `treaty_countries_only` (and then real country codes; without them, or
with `unknown`, the entry must be marked uncertain), whether it is deducted from the
remigratie-uitkering, and its period and source; entries of one benefit do not overlap.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from consultant_app.core.domain import model
from consultant_app.core.domain.countries import is_country
from consultant_app.core.domain.vocabulary import BENEFIT_TYPES, CASE_EVENT_KINDS, CASE_STEP_KINDS
from consultant_app.core.messages import translate
from consultant_app.core.rules.kinds import GENERATIONS, KINDS
from consultant_app.core.rules.locate import Locator
from consultant_app.core.rules.pack import (
    CONTINUES, OFFICE_SETTINGS, PACK_KINDS, BenefitAbroad, Condition, DatedValue, DeadlineRule,
    Pack, Parameter, Period, Regime, Sourced,
    pack_hash,
)

ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
OFFSET = re.compile(r"^-?[0-9]{1,4} (?:day|week|month|year)s?$")
DEADLINE_KINDS = ("after_event", "window_before", "after_change", "cycle")
SOURCED = frozenset({"valid_from", "valid_until", "source", "uncertain", "note"})
KEYS = {  # what each table may hold: a misspelt `valid_untill` must not open a period silently
    "pack": {"id", "kind", "version", "title", "description", "applications", "regimes",
             "parameters", "conditions", "deadlines", "notes", "benefits_abroad"},
    "applications": SOURCED, "notes": SOURCED,
    "regimes": SOURCED | {"id", "title"},
    "parameter": {"unit", "values", "description"},
    "values": SOURCED | {"value"},
    "conditions": SOURCED | {"id", "kind", "parameters", "settings", "title", "outside_file"},
    "deadlines": SOURCED | {"id", "kind", "anchor", "offset", "window", "office_setting",
                            "title", "met_by", "start", "while", "fields", "term"},
    "benefits_abroad": SOURCED | {"benefit", "continues", "countries",
                                  "deducted_from_remigratie_uitkering"},
}
EVENTS = CASE_EVENT_KINDS
STATES = ("open", *CASE_STEP_KINDS)


def client_fields() -> set[str]:
    """Every JSON path of the client file (`arrival_date`, `declarations.detention`,
    `partner.co_migrates`)."""
    nested = {"residence_permit": model.PERMIT, "address": model.ADDRESS,
              "benefits": model.BENEFIT, "destination": model.DESTINATION,
              "declarations": model.DECLARATIONS}
    paths = set(model.FILE_FIELDS)
    for name, spec in nested.items():
        paths |= {f"{name}.{key}" for key in spec}
    for member in ("partner", "children"):
        paths |= {f"{member}.{key}" for key in model.MEMBER_FIELDS}
        paths |= {f"{member}.residence_permit.{key}" for key in model.PERMIT}
    return paths


@dataclass(frozen=True)
class Finding:
    code: str
    line: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, name: str, lang: str = "en") -> str:
        where = f"{name}:{self.line}" if self.line else name
        return f"{where}: {translate(self.code, lang, **self.params)}"


class _Reader:
    """One pass over the parsed TOML, collecting findings as it builds the pack's parts."""

    def __init__(self, locator: Locator):
        self.at = locator
        self.findings: list[Finding] = []

    def add(self, code: str, path: tuple, **params: Any) -> None:
        self.findings.append(Finding(code, self.at.line(path), params))

    def text(self, table: dict, key: str, path: tuple, required: bool = True) -> str:
        found = table.get(key)
        if found is None:
            if required:
                self.add("rules_missing_key", path, key=_dotted((*path, key)))
            return ""
        if not isinstance(found, str) or (required and not found.strip()):
            self.add("rules_wrong_type", (*path, key), key=_dotted((*path, key)), expected="text")
            return ""
        return found.strip()

    def titles(self, table: dict, path: tuple, required: bool = True) -> dict[str, str]:
        found = table.get("title")
        if found is None and not required:
            return {}
        if not isinstance(found, dict) or not all(isinstance(found.get(lang), str)
                                                  for lang in ("nl", "en")):
            self.add("rules_title", (*path, "title"), key=_dotted((*path, "title")))
            return {}
        return {"nl": found["nl"], "en": found["en"]}

    def flag(self, table: dict, key: str, path: tuple) -> bool:
        found = table.get(key, False)
        if not isinstance(found, bool):
            self.add("rules_wrong_type", (*path, key), key=_dotted((*path, key)),
                     expected="true/false")
            return False
        return found

    def sourced(self, table: dict, path: tuple) -> Sourced:
        what = _dotted(path)
        start, end = table.get("valid_from"), table.get("valid_until")
        if start is None:
            self.add("rules_undated", path, what=what)
        elif not _is_date(start):
            self.add("rules_not_a_date", (*path, "valid_from"), key=f"{what}.valid_from")
            start = None
        if end is not None and not _is_date(end):
            self.add("rules_not_a_date", (*path, "valid_until"), key=f"{what}.valid_until")
            end = None
        if start is not None and end is not None and end < start:
            self.add("rules_bad_period", (*path, "valid_until"), what=what)
        source = table.get("source")
        if not isinstance(source, str) or not source.strip():
            self.add("rules_unsourced", (*path, "source") if source is not None else path,
                     what=what)
            source = ""
        uncertain = table.get("uncertain", False)
        if not isinstance(uncertain, bool):
            self.add("rules_wrong_type", (*path, "uncertain"), key=f"{what}.uncertain",
                     expected="true/false")
            uncertain = False
        note = table.get("note", "")
        if uncertain and not (isinstance(note, str) and note.strip()):
            self.add("rules_uncertain_without_note", (*path, "uncertain"), what=what)
        return Sourced(Period(start or dt.date.min, end), source.strip(), uncertain,
                       note.strip() if isinstance(note, str) else "")

    def items(self, data: dict, key: str, path: tuple = ()) -> list[tuple[tuple, dict]]:
        found = data.get(key, [])
        if not isinstance(found, list) or not all(isinstance(x, dict) for x in found):
            self.add("rules_wrong_type", (*path, key), key=_dotted((*path, key)),
                     expected="[[" + _dotted((*path, key)) + "]]")
            return []
        for i, item in enumerate(found):
            self.known_keys(item, KEYS[key], (*path, key, i))
        return [((*path, key, i), item) for i, item in enumerate(found)]

    def known_keys(self, table: dict, allowed: set[str] | frozenset[str], path: tuple) -> None:
        for key in table:
            if key not in allowed:
                self.add("rules_unknown_key", (*path, key), key=_dotted((*path, key)))

    def no_overlap(self, periods: list[tuple[tuple, Period]]) -> None:
        """Each overlap once; an undated item (already reported) takes no part."""
        ordered = sorted(((p, x) for p, x in periods if x.valid_from != dt.date.min),
                         key=lambda x: x[1].valid_from)
        for (path_a, a), (path_b, b) in zip(ordered, ordered[1:]):
            if a.valid_until is None or a.valid_until >= b.valid_from:
                self.add("rules_overlap", path_b, what=_dotted(path_b), other=_dotted(path_a))


def read_pack(data: bytes, name: str, origin: str = "file") -> tuple[Pack | None, list[Finding]]:
    """The pack and every finding; the pack is None when the text is no TOML at all."""
    try:
        text = data.decode("utf-8-sig")
        parsed = tomllib.loads(text)
    except UnicodeDecodeError:
        return None, [Finding("rules_not_utf8")]
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line ([0-9]+)", str(error))
        detail = re.sub(r"\s*\(at line.*\)$", "", str(error))
        return None, [Finding("rules_toml_syntax", int(match.group(1)) if match else None,
                              {"detail": detail})]
    r = _Reader(Locator(text))
    r.known_keys(parsed, KEYS["pack"], ())
    pack_id = r.text(parsed, "id", ())
    if pack_id and not ID.match(pack_id):
        r.add("rules_bad_id", ("id",), id=pack_id)
    kind = r.text(parsed, "kind", ())
    if kind and kind not in PACK_KINDS:
        r.add("rules_pack_kind", ("kind",), kind=kind, kinds=", ".join(PACK_KINDS))
    version = parsed.get("version")
    if not isinstance(version, (str, int)) or str(version).strip() == "":
        r.add("rules_missing_key", ("version",), key="version")
    title = r.titles(parsed, ())
    regimes = _regimes(r, parsed)
    parameters = _parameters(r, parsed)
    conditions = _conditions(r, parsed, parameters)
    applications = [r.sourced(item, path) for path, item in r.items(parsed, "applications")]
    r.no_overlap([(("applications", i), a.period) for i, a in enumerate(applications)])
    deadlines = _deadlines(r, parsed)
    notes = [r.sourced({"valid_from": dt.date.min, **item}, path)
             for path, item in r.items(parsed, "notes")]
    benefits = _benefits_abroad(r, parsed)
    pack = Pack(pack_id, kind, str(version or ""), title, tuple(regimes), parameters,
                tuple(conditions), tuple(applications), tuple(deadlines), pack_hash(data),
                tuple(notes), origin, tuple(benefits))
    return pack, r.findings


def check_pack(data: bytes, name: str) -> list[Finding]:
    return read_pack(data, name)[1]


def _regimes(r: _Reader, parsed: dict) -> list[Regime]:
    regimes = []
    for path, item in r.items(parsed, "regimes"):
        base = r.sourced(item, path)
        regimes.append(Regime(**vars(base), id=r.text(item, "id", path),
                              title=r.titles(item, path)))
    if not regimes:
        r.add("rules_no_regime", ())
    r.no_overlap([(("regimes", i), x.period) for i, x in enumerate(regimes)])
    return regimes


def _parameters(r: _Reader, parsed: dict) -> dict[str, Parameter]:
    table = parsed.get("parameters", {})
    if not isinstance(table, dict):
        r.add("rules_wrong_type", ("parameters",), key="parameters", expected="[parameters.ID]")
        return {}
    parameters = {}
    for pid, spec in table.items():
        path = ("parameters", pid)
        if not isinstance(spec, dict):
            r.add("rules_wrong_type", path, key=_dotted(path), expected="[" + _dotted(path) + "]")
            continue
        r.known_keys(spec, KEYS["parameter"], path)
        values = []
        for vpath, item in r.items(spec, "values", path):
            if "value" not in item:
                r.add("rules_missing_key", vpath, key=_dotted((*vpath, "value")))
            values.append(DatedValue(**vars(r.sourced(item, vpath)), value=item.get("value")))
        if not values:
            r.add("rules_no_values", path, parameter=pid)
        r.no_overlap([((*path, "values", i), v.period) for i, v in enumerate(values)])
        parameters[pid] = Parameter(pid, tuple(values), str(spec.get("unit", "")))
    return parameters


def _conditions(r: _Reader, parsed: dict, parameters: dict[str, Parameter]) -> list[Condition]:
    conditions, first = [], _first_day(parsed)
    by_id: dict[str, list[tuple[tuple, Period]]] = {}
    for path, item in r.items(parsed, "conditions"):
        cid, kind_name = r.text(item, "id", path), r.text(item, "kind", path)
        base = r.sourced({"valid_from": first, **item}, path)  # a condition may omit its dates
        bindings = item.get("parameters", {})
        settings = item.get("settings", {})
        kind = KINDS.get(kind_name)
        if kind_name and kind is None:
            r.add("rules_unknown_kind", (*path, "kind"), kind=kind_name,
                  kinds=", ".join(sorted(KINDS)))
        elif kind is not None and isinstance(bindings, dict) and isinstance(settings, dict):
            settings = {**kind.defaults, **settings}
            _check_bindings(r, path, kind, bindings, parameters, base.period)
            _check_settings(r, path, kind, settings, bool(item.get("outside_file")))
        conditions.append(Condition(**vars(base), id=cid, kind=kind_name,
                                    parameters=dict(bindings) if isinstance(bindings, dict)
                                    else {}, settings=dict(settings) if isinstance(settings,
                                                                                   dict) else {},
                                    title=r.titles(item, path, required=False)))
        by_id.setdefault(cid, []).append((path, base.period))
    for periods in by_id.values():
        r.no_overlap(periods)
    return conditions


def _check_bindings(r: _Reader, path: tuple, kind, bindings: dict, parameters: dict,
                    period: Period) -> None:
    for name in kind.parameters:
        if name not in bindings:
            if name not in kind.optional:
                r.add("rules_missing_parameter", (*path, "parameters"), name=name)
            continue
        pid = bindings[name]
        parameter = parameters.get(pid) if isinstance(pid, str) else None
        if parameter is None:
            r.add("rules_unknown_parameter", (*path, "parameters"), name=str(pid))
            continue
        expected = kind.parameters[name]
        for i, dated in enumerate(parameter.values):
            if dated.value is not None and (not isinstance(dated.value, expected)
                                            or isinstance(dated.value, bool)):
                r.add("rules_value_type", ("parameters", pid, "values", i, "value"),
                      parameter=pid, expected=getattr(expected, "__name__", str(expected)))
        gap = _gap(parameter, period)
        if gap is not None:
            r.add("rules_parameter_gap", ("parameters", pid), parameter=pid, date=gap.isoformat())
    for name in set(bindings) - set(kind.parameters):
        r.add("rules_unknown_binding", (*path, "parameters"), name=name)


def _check_settings(r: _Reader, path: tuple, kind, settings: dict, outside_file: bool) -> None:
    for name, expected in kind.settings.items():
        if name not in settings:
            r.add("rules_missing_setting", (*path, "settings"), name=name)
        elif not isinstance(settings[name], expected):
            r.add("rules_bad_setting", (*path, "settings"), name=name)
    for name in set(settings) - set(kind.settings):
        r.add("rules_unknown_setting", (*path, "settings"), name=name)
    if settings.get("generation", "first") not in GENERATIONS:
        r.add("rules_bad_setting", (*path, "settings"), name="generation")
    wanted = settings.get("field")
    if isinstance(wanted, str) and not outside_file and wanted not in client_fields():
        r.add("rules_unknown_field", (*path, "settings"), field=wanted)


def _deadlines(r: _Reader, parsed: dict) -> list[DeadlineRule]:
    rules, fields = [], client_fields()
    top_fields = {f.split(".")[0] for f in fields}
    for path, item in r.items(parsed, "deadlines"):
        base = r.sourced(item, path)
        rule = DeadlineRule(**vars(base), id=r.text(item, "id", path),
                            kind=r.text(item, "kind", path), anchor=r.text(item, "anchor", path),
                            offset=r.text(item, "offset", path),
                            window=r.text(item, "window", path, required=False),
                            office_setting=r.text(item, "office_setting", path, required=False),
                            title=r.titles(item, path),
                            met_by=r.text(item, "met_by", path, required=False),
                            start=r.text(item, "start", path, required=False),
                            while_states=_words(r, item, "while", path, STATES),
                            fields=_words(r, item, "fields", path, top_fields),
                            term=r.flag(item, "term", path))
        if rule.kind and rule.kind not in DEADLINE_KINDS:
            r.add("rules_deadline_kind", (*path, "kind"), kind=rule.kind,
                  kinds=", ".join(DEADLINE_KINDS))
        prefix, _, target = rule.anchor.partition(":")
        if rule.anchor and not ((prefix == "event" and target in EVENTS)
                                or (prefix == "field" and target in fields)):
            r.add("rules_deadline_anchor", (*path, "anchor"), anchor=rule.anchor)
        for key in ("met_by", "start"):
            text = getattr(rule, key)
            prefix, _, target = text.partition(":")
            if text and not (prefix == "event" and target in EVENTS):
                r.add("rules_deadline_anchor", (*path, key), anchor=text)
        for key in ("offset", "window"):
            text = getattr(rule, key)
            if text and not OFFSET.match(text):
                r.add("rules_bad_offset", (*path, key), offset=text)
        if rule.office_setting and rule.office_setting not in OFFICE_SETTINGS:
            r.add("rules_deadline_setting", (*path, "office_setting"),
                  setting=rule.office_setting, settings=", ".join(OFFICE_SETTINGS))
        if rule.kind == "after_change" and not rule.fields:
            r.add("rules_missing_key", path, key=_dotted((*path, "fields")))
        rules.append(rule)
    return rules


def _words(r: _Reader, table: dict, key: str, path: tuple,
           known: set[str] | tuple[str, ...]) -> tuple[str, ...]:
    """A list of known words (`while = ["vertrokken", "geschorst"]`); each unknown one named."""
    found = table.get(key, [])
    if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
        r.add("rules_wrong_type", (*path, key), key=_dotted((*path, key)), expected="[text]")
        return ()
    for word in found:
        if word not in known:
            r.add("rules_unknown_word", (*path, key), key=_dotted((*path, key)), word=word,
                  known=", ".join(sorted(known)))
    return tuple(found)


def _benefits_abroad(r: _Reader, parsed: dict) -> list[BenefitAbroad]:
    entries: list[BenefitAbroad] = []
    by_benefit: dict[str, list[tuple[tuple, Period]]] = {}
    for path, item in r.items(parsed, "benefits_abroad"):
        base = r.sourced(item, path)
        benefit, continues = r.text(item, "benefit", path), r.text(item, "continues", path)
        if benefit and benefit not in BENEFIT_TYPES:
            r.add("rules_unknown_benefit", (*path, "benefit"), benefit=benefit,
                  known=", ".join(BENEFIT_TYPES))
        if continues and continues not in CONTINUES:
            r.add("rules_bad_continues", (*path, "continues"), value=continues,
                  known=", ".join(CONTINUES))
        countries = item.get("countries", [])
        if not isinstance(countries, list) or not all(isinstance(c, str) for c in countries):
            r.add("rules_wrong_type", (*path, "countries"), key=_dotted((*path, "countries")),
                  expected="[\"TR\", ...]")
            countries = []
        unknown = [c for c in countries if not is_country(c)]
        if unknown:
            r.add("rules_unknown_country", (*path, "countries"), countries=", ".join(unknown))
        if countries and continues != "treaty_countries_only":
            r.add("rules_countries_not_treaty", (*path, "countries"))
        if not base.uncertain and (continues == "unknown" or (
                continues == "treaty_countries_only" and not countries)):
            r.add("rules_benefit_needs_uncertain", (*path, "continues"), what=_dotted(path))
        deducted = item.get("deducted_from_remigratie_uitkering")
        if not isinstance(deducted, bool):
            key = _dotted((*path, "deducted_from_remigratie_uitkering"))
            if deducted is None:
                r.add("rules_missing_key", path, key=key)
            else:
                r.add("rules_wrong_type", (*path, "deducted_from_remigratie_uitkering"),
                      key=key, expected="true/false")
            deducted = False
        entries.append(BenefitAbroad(**vars(base), benefit=benefit, continues=continues,
                                     countries=tuple(c.strip().upper() for c in countries),
                                     deducted=deducted))
        by_benefit.setdefault(benefit, []).append((path, base.period))
    for periods in by_benefit.values():
        r.no_overlap(periods)
    return entries


def _gap(parameter: Parameter, period: Period) -> dt.date | None:
    """The first day of `period` on which `parameter` has no value, if any."""
    points = [period.valid_from] + [v.period.valid_until + dt.timedelta(days=1)
                                    for v in parameter.values
                                    if v.period.valid_until and v.period.valid_until < dt.date.max]
    for day in sorted(points):
        if period.contains(day) and parameter.on(day) is None:
            return day
    return None


def _first_day(parsed: dict) -> dt.date:
    starts = [r.get("valid_from") for r in parsed.get("regimes", []) if isinstance(r, dict)]
    return min((d for d in starts if _is_date(d)), default=dt.date.min)


def _is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
