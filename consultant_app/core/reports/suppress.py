"""Small-cell suppression for the exported annual report: what a funder may see of a count.

A table of the report is a breakdown and its total (clients by background, contacts per
city...). In an export:

- a count from 1 to 4 prints as `<5` (primary suppression);
- when what is shown would still let a reader work a hidden count out by subtraction (the total
  minus the cells shown), more cells are hidden: the smallest other count first, printed as `x`
  (secondary suppression), until every hidden count could be at least two values;
- when every cell is hidden and one is still determined (a breakdown of 1 and 5 with a total of
  6: the `<5` can only be 1), the total is hidden too (`x`);
- a total under 5 prints as `<5` and its whole breakdown as `x`, zeros included: four `<5`
  cells under a total `<5` could only be 1 each, and a lone non-zero cell would tell that every
  one of these few people is in that group;
- 0 is shown as 0. A zero names no person: it says a group was absent, and hiding it would make
  `<5` mean "0 to 4" without protecting anyone. Showing zeros is also what lets a reader trust
  the `<5` cells: a `<5` is 1 to 4, never nothing.

The reader is assumed to know these rules, so a `<5` is taken to be 1..4 and an `x` 5 or more
(0 to 4 under a total `<5`);
the check `determined` works with exactly these bounds and one equation (the cells add up to
the total), where the values a hidden cell can take form an interval. A count that two tables
share (the clients helped are the total of the backgrounds and of the services) is hidden in
both when either hides it: `suppress_linked`.

Only exports suppress. The desktop shows the consultant the exact counts of the office's own
registration; `tables(report, suppress=False)` gives those.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

THRESHOLD = 5
SMALL = "<5"  # a count from 1 to THRESHOLD - 1
HIDDEN = "x"  # a count of THRESHOLD or more, hidden so that a small one stays hidden


@dataclass(frozen=True)
class Suppressed:
    """A table as an export prints it: each part's text and the total's text."""

    parts: dict[str, str]
    total: str

    def hidden(self) -> set[str]:
        return {key for key, text in self.parts.items() if text in (SMALL, HIDDEN)}

    @property
    def total_hidden(self) -> bool:
        return self.total in (SMALL, HIDDEN)


def mark(count: int) -> str:
    """A single count that stands alone (no total beside it): `<5` or the number."""
    return SMALL if 0 < count < THRESHOLD else str(count)


def suppress(parts: Mapping[str, int], total: int, *, hide_total: bool = False) -> Suppressed:
    """The texts of a breakdown `parts` whose counts add up to `total`, with primary and
    secondary suppression; `hide_total` when the total is hidden elsewhere already."""
    if 0 < total < THRESHOLD:
        return Suppressed({key: HIDDEN for key in parts}, SMALL)
    hidden = {key for key, count in parts.items() if 0 < count < THRESHOLD}
    total_hidden = hide_total
    while not total_hidden and hidden and determined(parts, hidden, total):
        candidates = sorted((count, key) for key, count in parts.items()
                            if key not in hidden and count >= THRESHOLD)
        if candidates:
            hidden.add(candidates[0][1])
        else:
            total_hidden = True
    return Suppressed({key: _text(count, key in hidden) for key, count in parts.items()},
                      _text(total, total_hidden))


def suppress_linked(tables: Mapping[str, tuple[Mapping[str, int], int]]) -> dict[str, Suppressed]:
    """Several tables with the same total (the clients helped): when one of them must hide the
    total, all hide it, and each is suppressed again with the total hidden."""
    done = {name: suppress(parts, total) for name, (parts, total) in tables.items()}
    if any(table.total_hidden for table in done.values()):
        done = {name: suppress(parts, total, hide_total=True)
                for name, (parts, total) in tables.items()}
    return done


def bounds(count: int, hidden: bool) -> tuple[int, int | None]:
    """What a reader knows of a count from its text: (lowest, highest or None for no limit)."""
    if not hidden:
        return count, count
    return (1, THRESHOLD - 1) if count < THRESHOLD else (THRESHOLD, None)


def determined(parts: Mapping[str, int], hidden: set[str], total: int) -> bool:
    """True when some hidden part can only be one value, given the shown parts, the shown
    total and the bounds of `bounds`: with one equation and box bounds, the values a part can
    take are the whole range between its lowest and highest possible value."""
    rest = total - sum(count for key, count in parts.items() if key not in hidden)
    limits = {key: bounds(parts[key], True) for key in hidden}
    for key in hidden:
        others = [limits[k] for k in hidden if k != key]
        low_others = sum(low for low, _ in others)
        high_others = None if any(high is None for _, high in others) else \
            sum(high for _, high in others)
        low, high = limits[key]
        lowest = low if high_others is None else max(low, rest - high_others)
        highest = rest - low_others if high is None else min(high, rest - low_others)
        if lowest >= highest:
            return True
    return False


def _text(count: int, hidden: bool) -> str:
    if not hidden:
        return str(count)
    return SMALL if count < THRESHOLD else HIDDEN
