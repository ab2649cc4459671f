"""The scheme packs a consultant can use: the shipped ones (resources/rules/ beside the package)
and the office's own, imported into the data folder (rules/ below it).

An office pack may not take the id of a shipped pack: the shipped Remigratiewet is what every
laptop of every office checks against, and a check names its pack's id, version and hash, so
the same id must mean the same rules everywhere. An office that wants other rules for the same
scheme imports them under an id of its own (`remigratiewet-utrecht`) and chooses it with
--scheme. Packs are not personal data: the office's folder holds plain files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consultant_app.core.errors import RulesError
from consultant_app.core.fileio import atomic_write_bytes, storage_error
from consultant_app.core.rules.lint import read_pack
from consultant_app.core.rules.pack import Pack, load_pack, pack_hash

OFFICE_FOLDER = "rules"  # below the data folder
SHIPPED_FOLDER = "rules"  # below resources/


class RuleLibrary:
    def __init__(self, shipped: Path, office: Path | None = None):
        self.shipped = Path(shipped)
        self.office = Path(office) if office is not None else None

    @classmethod
    def for_data_dir(cls, data_dir: Path | None) -> RuleLibrary:
        from consultant_app.core.paths import resources_dir

        office = Path(data_dir) / OFFICE_FOLDER if data_dir is not None else None
        return cls(resources_dir() / SHIPPED_FOLDER, office)

    def packs(self) -> dict[str, Pack]:
        """Every pack by id, shipped ones first; a shipped pack that fails its lint is a bug
        and raises, an office pack that does too is refused by `import` and so never here."""
        found = {p.id: p for p in _load_folder(self.shipped, "shipped")}
        if self.office is not None and self.office.is_dir():
            for pack in _load_folder(self.office, "office"):
                found.setdefault(pack.id, pack)
        return found

    def listed(self, day: dt.date | None = None) -> list[Pack]:
        """By id; with `day`, the packs with a regime on that day first."""
        packs = sorted(self.packs().values(), key=lambda p: p.id)
        if day is None:
            return packs
        return sorted(packs, key=lambda p: p.regime_on(day) is None)

    def get(self, pack_id: str) -> Pack:
        try:
            return self.packs()[pack_id]
        except KeyError:
            raise RulesError("rules_unknown_scheme", scheme=pack_id) from None

    def import_pack(self, data: bytes, name: str) -> Pack:
        """Check a pack and keep it in the office's folder as `<id>.toml`; refused with the
        lint report when it fails, or when its id is a shipped pack's."""
        if self.office is None:
            raise RulesError("rules_no_office_folder")
        pack = load_pack(data, name, origin="office")
        if pack.id in {p.id for p in _load_folder(self.shipped, "shipped")}:
            raise RulesError("rules_id_is_shipped", id=pack.id)
        try:
            self.office.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.office / f"{pack.id}.toml", data, mode=0o644)
        except OSError as exc:
            raise storage_error(exc) from None
        return pack


# Packs read before, by file name, origin and content hash: a library reads its folders on
# every look-up (a pack imported or edited meanwhile counts at once), but parsing and linting a
# file again is what made a check cost milliseconds (bench/rules_bench.py). The same bytes give
# the same pack, so a hit is always right; a few edits of a pack leave a few entries behind.
_READ: dict[tuple[str, str, str], Pack] = {}
_READ_MAX = 64


def _load_folder(folder: Path, origin: str) -> list[Pack]:
    packs = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise storage_error(exc) from None
        key = (path.name, origin, pack_hash(data))
        pack = _READ.get(key)
        if pack is None:
            pack, findings = read_pack(data, path.name, origin)
            if findings or pack is None:
                raise RulesError("rules_pack_invalid", findings=findings, file=path.name,
                                 count=len(findings))
            if len(_READ) >= _READ_MAX:
                _READ.clear()
            _READ[key] = pack
        packs.append(pack)
    return packs
