"""The consultant's preferences for this laptop: idle lock time, default location, language and
the list of spreekuur locations, and how the windows were left (each window's place as text the
GUI gives and takes back unread, each table's sort as a column key and a direction). Not personal
data, so a plain JSON file beside the vault; the organisation's BSN policy is not here but inside
the vault (an administrator's setting).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from consultant_app.core.domain.vocabulary import LOCATIONS
from consultant_app.core.fileio import atomic_write_bytes

FILE_NAME = "preferences.json"
LANGUAGES = ("nl", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60
SORT_ORDERS = ("asc", "desc")


@dataclass
class Preferences:
    idle_minutes: float = 5.0
    default_location: str = LOCATIONS[0]
    language: str = "nl"
    locations: list[str] = field(default_factory=lambda: list(LOCATIONS))
    # window name -> the GUI's saved geometry (base64 text, opaque here)
    window_geometry: dict[str, str] = field(default_factory=dict)
    # table name -> [column key, "asc" | "desc"]
    table_sort: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        """The saved preferences; anything missing or unreadable falls back to the default."""
        try:
            data = json.loads((Path(data_dir) / FILE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        prefs = cls(**{k: v for k, v in data.items() if k in known}) if isinstance(data, dict) \
            else cls()
        return prefs.normalised()

    def save(self, data_dir: Path) -> None:
        Path(data_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
        text = json.dumps(asdict(self.normalised()), ensure_ascii=False, indent=2)
        atomic_write_bytes(Path(data_dir) / FILE_NAME, text.encode("utf-8"))

    def normalised(self) -> Preferences:
        try:
            idle = float(self.idle_minutes)
        except (TypeError, ValueError):
            idle = 5.0
        if math.isnan(idle):  # JSON's NaN reads as a float, and no clamp turns it into a time
            idle = 5.0
        given = self.locations if isinstance(self.locations, list) else []
        locations = [str(x).strip() for x in given if str(x).strip()] or list(LOCATIONS)
        locations = list(dict.fromkeys(locations))
        default = self.default_location if self.default_location in locations else locations[0]
        return Preferences(
            idle_minutes=min(max(idle, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
            default_location=default,
            language=self.language if self.language in LANGUAGES else "nl",
            locations=locations,
            window_geometry=_str_items(self.window_geometry),
            table_sort={name: list(value) for name, value in _items(self.table_sort)
                        if isinstance(value, list | tuple) and len(value) == 2
                        and isinstance(value[0], str) and value[1] in SORT_ORDERS},
        )


def _items(value: object) -> list[tuple[str, object]]:
    """The entries of a hand-edited or damaged mapping that can be read: a value of the wrong
    kind is dropped, so the window opens as designed instead of not at all."""
    return [(k, v) for k, v in value.items() if isinstance(k, str)] if isinstance(
        value, dict) else []


def _str_items(value: object) -> dict[str, str]:
    return {k: v for k, v in _items(value) if isinstance(v, str)}
