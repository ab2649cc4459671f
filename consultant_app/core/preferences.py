"""The consultant's preferences for this laptop: idle lock time, default location, language and
the list of spreekuur locations. Not personal data, so a plain JSON file beside the vault; the
organisation's BSN policy is not here but inside the vault (an administrator's setting).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from consultant_app.core.domain.vocabulary import LOCATIONS
from consultant_app.core.fileio import atomic_write_bytes

FILE_NAME = "preferences.json"
LANGUAGES = ("nl", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60


@dataclass
class Preferences:
    idle_minutes: float = 5.0
    default_location: str = LOCATIONS[0]
    language: str = "nl"
    locations: list[str] = field(default_factory=lambda: list(LOCATIONS))

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
        locations = [str(x).strip() for x in self.locations if str(x).strip()] or list(LOCATIONS)
        locations = list(dict.fromkeys(locations))
        default = self.default_location if self.default_location in locations else locations[0]
        return Preferences(
            idle_minutes=min(max(idle, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
            default_location=default,
            language=self.language if self.language in LANGUAGES else "nl",
            locations=locations,
        )
