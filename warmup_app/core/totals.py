"""The routine total, written once for the model and the editor's draft (plain numbers, no Qt).

Total = Σ steps (duration x sides + switch if per side) + Σ parts (transition x (steps - 1)).
The lead-in is not counted. The validated model and the draft being typed in must never show
different totals, so both call these.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def step_seconds(duration: int, per_side: bool, switch: int) -> int:
    """A step's length: per-side steps run left, a switch pause, then right."""
    return duration * 2 + switch if per_side else duration


def part_seconds(step_totals: Sequence[int], transition: int) -> int:
    """A part's length: its steps plus a transition between consecutive ones (none after the
    last; an empty part, possible only in a draft, is 0)."""
    return sum(step_totals) + transition * max(len(step_totals) - 1, 0)


def routine_seconds(part_totals: Iterable[int]) -> int:
    """A routine's length: its parts back to back (no pause between parts, no lead-in)."""
    return sum(part_totals)
