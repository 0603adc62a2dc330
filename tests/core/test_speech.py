"""Spoken texts and how long they take to say."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from warmup_app.core.speech import (
    announcement_text,
    estimate_speech_seconds,
    speech_units,
    step_name_text,
)
from warmup_app.core.timeline import DEFAULT_CADENCE_SPM


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


def test_default_metronome_is_168_clicks_a_minute() -> None:
    assert pytest.approx(168) == DEFAULT_CADENCE_SPM


ANNOUNCEMENTS = [
    announcement_text("Deep lunge stretch", "left"),
    announcement_text("Easy jog", None),
    announcement_text("Walking knee hugs with calf raise", "right"),
    announcement_text("A-skips", "left"),
    announcement_text("Leg swings (front to back)", "right"),
    "Next: 160 steps per minute drill",
    "Warm-up complete",
]


def test_speech_units_count_words_numbers_and_pauses() -> None:
    assert speech_units("") == 0
    assert speech_units("Next: Easy jog") == 3 + 0.5
    assert speech_units("Run 160 steps.") == 2 + 3 + 0.8
    assert estimate_speech_seconds("", 0.0) == 0.0


# Qt's rate -1, 0, 1 are 80, 170 and 449 words a minute in speech-dispatcher's espeak-ng module.
@pytest.mark.parametrize(("rate", "wpm"), [(-1.0, 80), (-0.5, 125), (0.0, 170), (1.0, 449)])
def test_estimate_is_never_shorter_than_espeak_ng(tmp_path: Path, rate: float, wpm: int) -> None:
    """Measured, not assumed: espeak-ng renders each announcement and we time the audio."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (apt-get install espeak-ng)")
    out = tmp_path / "speech.wav"
    for text in ANNOUNCEMENTS:
        subprocess.run(["espeak-ng", "-s", str(wpm), "-w", str(out), text], check=True)
        with wave.open(str(out), "rb") as spoken:
            seconds = spoken.getnframes() / spoken.getframerate()
        estimate = estimate_speech_seconds(text, rate)
        assert seconds <= estimate <= 2.5 * seconds + 1.0, text


def test_step_names_say_what_the_working_side_does() -> None:
    assert step_name_text("Deep lunge", "left", "leg forward") == "Deep lunge, left leg forward"
    assert step_name_text("Deep lunge", "right", "leg forward") == "Deep lunge, right leg forward"
    assert step_name_text("Calf stretch", "left") == "Calf stretch, left side"
    assert step_name_text("Calf stretch", "left", "  ") == "Calf stretch, left side"


def test_a_step_done_once_is_named_alone() -> None:
    assert step_name_text("  Easy\n jog ", None, "leg forward") == "Easy jog"
