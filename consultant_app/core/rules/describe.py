"""A pack as plain data for people and programs (`rules show`): every regime, dated value,
condition, application period, deadline rule and note with its period, source and whether it is
uncertain, and what the pack says of benefits abroad. Dates as ISO text, titles in the language asked for."""

from __future__ import annotations

from typing import Any

from consultant_app.core.rules.pack import Pack, Sourced


def describe(pack: Pack, lang: str) -> dict[str, Any]:
    return {
        "id": pack.id, "kind": pack.kind, "version": pack.version, "title": pack.title_in(lang),
        "origin": pack.origin, "pack_hash": pack.sha256,
        "applications": [_sourced(a) for a in pack.applications],
        "regimes": [{"id": r.id, "title": r.title.get(lang, r.id), **_sourced(r)}
                    for r in pack.regimes],
        "parameters": {pid: [{"value": _plain(v.value), **_sourced(v)} for v in p.values]
                       for pid, p in pack.parameters.items()},
        "conditions": [{"id": c.id, "kind": c.kind, "parameters": c.parameters,
                        "settings": c.settings, **_sourced(c)} for c in pack.conditions],
        "deadlines": [{"id": d.id, "kind": d.kind, "anchor": d.anchor, "offset": d.offset,
                       "window": d.window or None, "office_setting": d.office_setting or None,
                       **_sourced(d)} for d in pack.deadlines],
        "notes": [_sourced(n) for n in pack.notes],
        "benefits_abroad": [{"benefit": b.benefit, "continues": b.continues,
                             "countries": list(b.countries),
                             "deducted_from_remigratie_uitkering": b.deducted, **_sourced(b)}
                            for b in pack.benefits_abroad],
    }


def _sourced(item: Sourced) -> dict[str, Any]:
    period = item.period.as_dict()
    if item.period.valid_from.year == 1:  # a note: no period of its own
        period["valid_from"] = None
    return {**period, "source": item.source, "uncertain": item.uncertain, "note": item.note}


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
