"""Spoken texts and the metronome interval."""

from __future__ import annotations

import pytest

from warmup_app.audio.announce import (
    DEFAULT_BOOST_PERCENT,
    DEFAULT_CADENCE_SPM,
    announcement_text,
    finish_text,
    metronome_interval_s,
    start_text,
)


def test_next_up_with_side() -> None:
    assert announcement_text("Deep lunge stretch", "left") == "Next: Deep lunge stretch, left side"
    assert announcement_text("Leg swings", "right") == "Next: Leg swings, right side"


def test_next_up_without_side() -> None:
    assert announcement_text("Easy jog", None) == "Next: Easy jog"


def test_names_from_files_are_tidied_for_speech() -> None:
    assert announcement_text("  Hip\n circles\t ", None) == "Next: Hip circles"
    spoken = announcement_text("word " * 100, None)
    assert len(spoken) <= len("Next: ") + 80
    assert spoken.endswith("word")


def test_start_and_finish() -> None:
    assert start_text("Pre-run warm-up") == "Starting Pre-run warm-up"
    assert finish_text()


def test_default_metronome_is_168_clicks_a_minute() -> None:
    interval = metronome_interval_s(DEFAULT_CADENCE_SPM, DEFAULT_BOOST_PERCENT)
    assert interval == pytest.approx(60 / 168)


@pytest.mark.parametrize(
    ("cadence", "boost", "per_minute"), [(160, 0, 160), (170, 10, 187), (180, 2.5, 184.5)]
)
def test_metronome_interval(cadence: int, boost: float, per_minute: float) -> None:
    assert metronome_interval_s(cadence, boost) == pytest.approx(60 / per_minute)


@pytest.mark.parametrize(
    ("cadence", "boost"), [(99, 5), (241, 5), (160, -1), (160, 10.5), (160, float("nan"))]
)
def test_metronome_refuses_nonsense(cadence: int, boost: float) -> None:
    with pytest.raises(ValueError, match=r"cadence|boost"):
        metronome_interval_s(cadence, boost)
