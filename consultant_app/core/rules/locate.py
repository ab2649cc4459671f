"""Where a value of a TOML pack stands in its text, so a lint finding can name the line.

tomllib gives values without positions; this reads the table headers (`[parameters.min_age]`,
`[[conditions]]`) and `key =` lines of the text itself and maps a path of the parsed data
(`("conditions", 2, "source")`) back to a line. It understands the layout the packs use (one
table or array-of-tables header per entry, one key a line) and answers None for anything else
(an inline table's inner key): a finding then has no line, never a wrong one.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")

Path = tuple[str | int, ...]


class Locator:
    """Line numbers (1-based) of the tables and keys of one pack's text."""

    def __init__(self, text: str):
        self.tables: dict[Path, int] = {(): 1}
        self.keys: dict[Path, int] = {}
        counts: dict[tuple[str, ...], int] = {}
        current: Path = ()
        for number, line in enumerate(text.splitlines(), start=1):
            header = _HEADER.match(line)
            if header:
                names = tuple(part.strip().strip("\"'") for part in header.group(2).split("."))
                current = self._table_path(names, header.group(1) == "[[", counts)
                self.tables.setdefault(current, number)
                continue
            key = _KEY.match(line)
            if key:
                self.keys.setdefault((*current, key.group(1)), number)

    def _table_path(self, names: tuple[str, ...], array: bool,
                    counts: dict[tuple[str, ...], int]) -> Path:
        """The data path of a header: each array of tables on the way gets the index of its
        latest element; a new element resets the counts of the arrays below it."""
        path: list[str | int] = []
        for depth in range(1, len(names) + 1):
            prefix = names[:depth]
            path.append(prefix[-1])
            last = depth == len(names)
            if last and array:
                counts[prefix] = counts.get(prefix, -1) + 1
                for other in [k for k in counts if len(k) > depth and k[:depth] == prefix]:
                    del counts[other]
            if prefix in counts:
                path.append(counts[prefix])
        return tuple(path)

    def line(self, path: Path) -> int | None:
        """The line of a key, else of the nearest table holding it."""
        if path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.tables:
                return self.tables[path[:end]] if end else None
        return None
