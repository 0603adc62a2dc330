"""The recording analysis itself: it must name cues right before it can judge the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from audio_analysis import detect_cues, kinds
from pydub import AudioSegment

from warmup_app.audio.synth import SynthSettings, render_cue
from warmup_app.core.cues import SOUNDED_KINDS, CueKind

RATE = 48_000


def _silence(ms: int) -> AudioSegment:
    return AudioSegment.silent(ms, frame_rate=RATE)


def _track(parts: list[AudioSegment | int]) -> AudioSegment:
    track = _silence(200)
    for part in parts:
        track += _silence(part) if isinstance(part, int) else part
    return track + _silence(300)


def _save(sound: AudioSegment, path: Path) -> Path:
    sound.export(path, format="wav").close()
    return path


@pytest.mark.parametrize("pitch_scale", [0.75, 1.0, 1.5])
def test_every_kind_is_named_in_order(tmp_path: Path, pitch_scale: float) -> None:
    settings = SynthSettings(pitch_scale=pitch_scale)
    order = [*SOUNDED_KINDS, CueKind.COUNTDOWN, CueKind.COUNTDOWN, CueKind.METRONOME]
    parts: list[AudioSegment | int] = []
    for kind in order:
        parts += [render_cue(kind, settings), 350]
    heard = detect_cues(_save(_track(parts), tmp_path / "seq.wav"), settings)
    assert kinds(heard) == order
    assert heard[0][0] == pytest.approx(0.2, abs=0.03)


def test_overlapping_cues_are_both_heard(tmp_path: Path) -> None:
    settings = SynthSettings()
    finish = render_cue(CueKind.FINISH, settings).apply_gain(-6)
    click = render_cue(CueKind.METRONOME, settings).apply_gain(-6)
    mixed = _silence(1200).overlay(finish, position=100).overlay(click, position=400)
    heard = detect_cues(_save(_track([mixed]), tmp_path / "mix.wav"))
    assert kinds(heard) == [CueKind.FINISH, CueKind.METRONOME]


def test_quiet_cues_are_heard_and_silence_is_not(tmp_path: Path) -> None:
    go = render_cue(CueKind.GO, SynthSettings()).apply_gain(-25)  # a low volume setting
    assert kinds(detect_cues(_save(_track([go]), tmp_path / "quiet.wav"))) == [CueKind.GO]
    assert detect_cues(_save(_silence(2000), tmp_path / "silence.wav")) == []


def test_a_cue_missing_its_first_note_does_not_count(tmp_path: Path) -> None:
    """What a sleeping output does to the first cue: it must not pass as heard."""
    part_start = render_cue(CueKind.PART_START, SynthSettings())
    clipped = part_start[150:]  # the first of its three notes swallowed
    heard = detect_cues(_save(_track([clipped, 400, part_start]), tmp_path / "clipped.wav"))
    assert kinds(heard) == [CueKind.PART_START]
    assert heard[0][0] > 0.6


def test_other_tones_are_not_taken_for_cues(tmp_path: Path) -> None:
    from pydub.generators import Sine

    hum = Sine(1000, sample_rate=RATE).to_audio_segment(duration=1500, volume=-6)
    assert detect_cues(_save(_track([hum]), tmp_path / "hum.wav")) == []
