"""Tap-to-calibrate: which taps count, and when the taps suggest a latency or are refused."""

from __future__ import annotations

import pytest

from warmup_app.core.latency import (
    MIN_PAIRS,
    SKIPPED_CLICKS,
    Refusal,
    click_for,
    counted_clicks,
    estimate,
    is_counted,
    offsets,
)

START = 1000.0  # a non-zero origin catches origin mix-ups
INTERVAL = 0.75
CLICKS = [START + 1.0 + i * INTERVAL for i in range(14)]
MAX_MS = 500
# A runner's own wobble around the beat (ms): a steady tapper, within +-25 ms.
WOBBLE_MS = [12, -8, 20, -15, 5, 0, -22, 9, 17, -5, -12, 3, 25, -19]


def taps_at(
    delay_ms: float, clicks: list[float] = CLICKS, wobble: list[int] = WOBBLE_MS
) -> list[float]:
    return [c + (delay_ms + w) / 1000 for c, w in zip(clicks, wobble, strict=False)]


def test_a_steady_180_ms_delay_is_suggested() -> None:
    result = estimate(CLICKS, taps_at(180), MAX_MS)
    assert result.refusal is None
    assert result.suggested_ms == 180
    assert result.pairs == len(CLICKS) - SKIPPED_CLICKS
    assert result.median_ms == pytest.approx(181.5)  # the counted wobble's median is +1.5
    assert result.spread_ms is not None
    assert result.spread_ms < 40


def test_the_suggestion_is_rounded_to_the_spin_boxs_step() -> None:
    assert estimate(CLICKS, taps_at(147), MAX_MS).suggested_ms == 150


def test_taps_early_suggest_zero_not_a_negative_latency() -> None:
    result = estimate(CLICKS, taps_at(-60), MAX_MS)
    assert result.refusal is None
    assert result.median_ms is not None
    assert result.median_ms < 0
    assert result.suggested_ms == 0


def test_a_delay_near_the_top_of_the_range_is_not_taken_for_early_taps() -> None:
    # 0.45 s late is nearer the next click (0.3 s early) but is a lag: the window says so.
    result = estimate(CLICKS, taps_at(450, wobble=[w // 5 for w in WOBBLE_MS]), MAX_MS)
    assert result.suggested_ms == 450


def test_the_suggestion_is_clamped_to_the_setting() -> None:
    assert estimate(CLICKS, taps_at(300), 250).suggested_ms == 250


def test_too_few_taps_are_refused() -> None:
    taps = taps_at(150)[: SKIPPED_CLICKS + MIN_PAIRS - 1]
    result = estimate(CLICKS, taps, MAX_MS)
    assert result.suggested_ms is None
    assert result.refusal is Refusal.TOO_FEW
    assert result.pairs == MIN_PAIRS - 1


def test_no_taps_at_all_are_too_few() -> None:
    assert estimate(CLICKS, [], MAX_MS).refusal is Refusal.TOO_FEW


def test_taps_only_on_the_first_clicks_do_not_count() -> None:
    taps = taps_at(100)[:SKIPPED_CLICKS]
    assert offsets(CLICKS, taps) == []
    assert not any(is_counted(CLICKS, t) for t in taps)
    assert counted_clicks(CLICKS) == 12


def test_irregular_taps_are_refused() -> None:
    wild = [0, 150, -120, 200, -90, 10, 180, -150, 60, 220, -60, 130, -100, 40]
    result = estimate(CLICKS, taps_at(150, wobble=wild), MAX_MS)
    assert result.suggested_ms is None
    assert result.refusal is Refusal.IRREGULAR
    assert result.spread_ms is not None
    assert result.spread_ms > 60


def test_one_stray_tap_does_not_spoil_a_steady_run() -> None:
    taps = taps_at(200)
    taps[7] += 0.2  # one late tap: the median and quartiles shrug it off
    assert estimate(CLICKS, taps, MAX_MS).suggested_ms == 200


def test_a_second_tap_on_one_click_is_ignored() -> None:
    taps = [*taps_at(120), CLICKS[5] + 0.3]
    assert len(offsets(CLICKS, taps)) == len(CLICKS) - SKIPPED_CLICKS
    assert estimate(CLICKS, taps, MAX_MS).suggested_ms == 120


def test_taps_outside_every_window_are_ignored() -> None:
    assert click_for(CLICKS, CLICKS[0] - 0.3) is None
    assert click_for(CLICKS, CLICKS[-1] + 0.6) is None
    assert click_for(CLICKS, CLICKS[-1] + 0.4) == len(CLICKS) - 1
    assert click_for([], START) is None
    assert click_for([START], START) is None


def test_taps_may_come_in_any_order() -> None:
    taps = taps_at(90)
    assert estimate(CLICKS, list(reversed(taps)), MAX_MS).suggested_ms == 90
