"""Small-cell suppression of the exported annual report: a count under 5 prints as `<5`, and no
hidden count can be worked out from what the table shows. The property tests try every value a
reader could fill in for the hidden cells (by brute force, not through the module's own interval
reasoning) and require at least two possibilities for each hidden count."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from consultant_app.core.reports.suppress import (
    HIDDEN, SMALL, mark, suppress, suppress_linked)

KEYS = ["TR", "MA", "SR", "BA", "NL", "PL"]


def possible_values(parts: dict[str, int], shown: dict[str, str], total_text: str,
                    total: int) -> dict[str, set[int]]:
    """For each hidden part, every value it takes in some filling-in of the hidden cells that
    agrees with everything shown: `<5` is 1..4, `x` 5 or more (0..4 under a total `<5`), 0 and
    numbers are as shown, and the parts add up to the total (shown, or itself only known as
    `<5` / `x`)."""
    hidden = [key for key, text in shown.items() if text in (SMALL, HIDDEN)]
    known = sum(int(text) for text in shown.values() if text not in (SMALL, HIDDEN))
    # an `x` is never more than the total; past it a reader only finds more possibilities
    x_range = range(0, 5) if total_text == SMALL else range(5, max(total, 5) + 6)
    ranges = [range(1, 5) if shown[key] == SMALL else x_range for key in hidden]
    seen: dict[str, set[int]] = {key: set() for key in hidden}
    for values in itertools.product(*ranges):
        whole = known + sum(values)
        if total_text == SMALL:
            agrees = 1 <= whole <= 4
        elif total_text == HIDDEN:
            agrees = whole >= 5
        else:
            agrees = whole == int(total_text)
        if agrees:
            for key, value in zip(hidden, values):
                seen[key].add(value)
    return seen


tables = st.lists(st.integers(min_value=0, max_value=25), min_size=1, max_size=5).map(
    lambda counts: dict(zip(KEYS, counts)))


@settings(max_examples=400, deadline=None)
@given(tables)
def test_no_hidden_count_can_be_worked_out_from_the_table(parts):
    total = sum(parts.values())
    table = suppress(parts, total)

    for key, values in possible_values(parts, table.parts, table.total, total).items():
        assert parts[key] in values  # the truth is among the possibilities...
        assert len(values) >= 2, (parts, table, key, values)  # ...and not the only one


@settings(max_examples=400, deadline=None)
@given(tables)
def test_every_small_count_prints_as_below_five_and_the_rest_exactly_or_as_x(parts):
    total = sum(parts.values())
    table = suppress(parts, total)

    if 0 < total < 5:  # the whole breakdown is withheld
        assert set(table.parts.values()) == {HIDDEN} and table.total == SMALL
        return
    for key, count in parts.items():
        text = table.parts[key]
        if 0 < count < 5:
            assert text == SMALL
        elif count == 0:
            assert text == "0"  # a zero names no one: shown
        else:
            assert text in (str(count), HIDDEN)
    assert table.total == (str(total) if not table.total_hidden else HIDDEN)
    if not any(0 < count < 5 for count in parts.values()):
        assert table.hidden() == set() and not table.total_hidden  # nothing hidden needlessly


@settings(max_examples=300, deadline=None)
@given(tables, tables)
def test_a_total_two_tables_share_is_hidden_in_both_or_in_neither(first, second):
    total = sum(first.values())
    second = dict(second)
    second["rest"] = 0
    second["rest"] = max(0, total - sum(second.values()))
    if sum(second.values()) != total:
        return  # the second breakdown must add up to the same total
    done = suppress_linked({"a": (first, total), "b": (second, total)})

    assert done["a"].total == done["b"].total
    for name, parts in (("a", first), ("b", second)):
        seen = possible_values(parts, done[name].parts, done[name].total, total)
        assert all(len(values) >= 2 for values in seen.values()), (name, parts, done[name])


def test_one_small_cell_takes_the_smallest_other_cell_with_it():
    table = suppress({"TR": 140, "MA": 96, "SR": 3, "BA": 12, "NL": 61}, 312)

    assert table.parts == {"TR": "140", "MA": "96", "SR": SMALL, "BA": HIDDEN, "NL": "61"}
    assert table.total == "312"


def test_two_small_cells_protect_each_other_unless_the_rest_pins_them():
    assert suppress({"TR": 40, "SR": 3, "BA": 2}, 45).parts == {
        "TR": "40", "SR": SMALL, "BA": SMALL}  # 5 left: 1+4, 2+3, 3+2 or 4+1
    pinned = suppress({"TR": 40, "SR": 1, "BA": 1}, 42)  # 2 left: only 1+1 would fit
    assert pinned.parts == {"TR": HIDDEN, "SR": SMALL, "BA": SMALL}


def test_when_even_hiding_every_cell_gives_a_count_away_the_total_is_hidden():
    table = suppress({"TR": 1, "MA": 5}, 6)  # `<5` + `x` = 6 leaves only 1 + 5

    assert table.parts == {"TR": SMALL, "MA": HIDDEN} and table.total == HIDDEN


def test_under_a_total_below_five_the_whole_breakdown_is_withheld():
    four_ones = suppress({"TR": 1, "MA": 1, "SR": 1, "BA": 1, "NL": 0}, 4)  # each <5 would be 1
    one_group = suppress({"TR": 3, "MA": 0}, 3)  # all three in one group

    assert four_ones.parts == dict.fromkeys(["TR", "MA", "SR", "BA", "NL"], HIDDEN)
    assert four_ones.total == SMALL
    assert one_group.parts == {"TR": HIDDEN, "MA": HIDDEN} and one_group.total == SMALL


def test_a_count_that_stands_alone_is_only_marked():
    assert [mark(n) for n in (0, 1, 4, 5, 412)] == ["0", SMALL, SMALL, "5", "412"]
