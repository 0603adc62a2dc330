"""Tap-to-calibrate: the sound latency a runner's taps to a click train suggest.

Why: Bluetooth headphones play sound 100 to 300 ms late, and no API reports that delay
reliably. A runner who taps along to clicks taps when they *hear* each click, so the typical
gap between a click's scheduled time and its tap is the output's delay (plus the runner's own
small lead or lag, which is why the result is only a suggestion).

Both the click times and the tap times are monotonic seconds on the same clock; this module
reads no clock. No Qt.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

#: The first clicks are for finding the beat; taps on them are not counted.
SKIPPED_CLICKS = 2
#: Fewer counted taps than this say too little.
MIN_PAIRS = 6
#: Taps whose middle half spreads wider than this are guesses, not a beat.
MAX_SPREAD_MS = 60.0
#: A tap may come this much before its click (runners anticipate a steady beat). The rest of
#: the interval is for late taps: with clicks 0.75 s apart a tap may lag its click by up to
#: 0.5 s, the setting's whole range, where "the nearest click" would take a 400 ms lag for a
#: tap 350 ms early on the next click.
EARLY_S = 0.25
ROUND_MS = 10  # the spin box's step; taps are not more precise than that


class Refusal(StrEnum):
    """Why no suggestion was made (the dialog words it for the runner)."""

    TOO_FEW = "too_few"
    IRREGULAR = "irregular"


@dataclass(frozen=True)
class Estimate:
    """The outcome of one calibration: ``suggested_ms`` is ``None`` when refused."""

    suggested_ms: int | None
    refusal: Refusal | None
    pairs: int
    median_ms: float | None = None  # before rounding and clamping
    spread_ms: float | None = None  # interquartile range of the counted offsets


def counted_clicks(clicks: Sequence[float]) -> int:
    """How many clicks a runner's taps are counted on (for "Tap 5 of 12")."""
    return max(0, len(clicks) - SKIPPED_CLICKS)


def click_for(clicks: Sequence[float], tap: float) -> int | None:
    """The index of the click ``tap`` answers, or ``None`` outside every click's window.

    A click's window runs from ``EARLY_S`` before it to ``EARLY_S`` before the next click
    (the last click's window is as long as the typical interval).
    """
    if not clicks:
        return None
    index = bisect.bisect_right(clicks, tap + EARLY_S) - 1
    if index < 0:
        return None
    if index == len(clicks) - 1:
        if len(clicks) < 2:
            return None
        interval = statistics.median(b - a for a, b in itertools.pairwise(clicks))
        if tap >= clicks[-1] + interval - EARLY_S:
            return None
    return index


def is_counted(clicks: Sequence[float], tap: float) -> bool:
    """True if ``tap`` answers a click past the ones for finding the beat."""
    index = click_for(clicks, tap)
    return index is not None and index >= SKIPPED_CLICKS


def offsets(clicks: Sequence[float], taps: Sequence[float]) -> list[float]:
    """``tap - click`` in seconds for each counted click that got a tap (its first tap: a
    second one on the same click is a bounce or a doubt)."""
    first: dict[int, float] = {}
    for tap in sorted(taps):
        index = click_for(clicks, tap)
        if index is not None and index >= SKIPPED_CLICKS and index not in first:
            first[index] = tap - clicks[index]
    return [first[i] for i in sorted(first)]


def estimate(clicks: Sequence[float], taps: Sequence[float], max_ms: int) -> Estimate:
    """The suggested latency in whole ms (0..``max_ms``), or why there is none."""
    found = offsets(sorted(clicks), taps)
    if len(found) < MIN_PAIRS:
        return Estimate(None, Refusal.TOO_FEW, len(found))
    ms = [1000 * offset for offset in found]
    q1, _, q3 = statistics.quantiles(ms, n=4, method="inclusive")
    median = statistics.median(ms)
    spread = q3 - q1
    if spread > MAX_SPREAD_MS:
        return Estimate(None, Refusal.IRREGULAR, len(found), median, spread)
    rounded = ROUND_MS * round(median / ROUND_MS)
    return Estimate(min(max(rounded, 0), max_ms), None, len(found), median, spread)
