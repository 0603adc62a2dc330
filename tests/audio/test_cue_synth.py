"""The built-in cue sounds: format, length, pitch, rhythm, level, and the cache."""

from __future__ import annotations

import itertools
import wave
from pathlib import Path

import pytest
from audio_analysis import frequency_signature
from pydub import AudioSegment
from pydub.silence import detect_nonsilent

from warmup_app.audio import synth
from warmup_app.audio.synth import (
    CUE_PATTERNS,
    MIN_PITCH_SCALE,
    SynthSettings,
    render_cue,
    render_cue_set,
)
from warmup_app.core.cues import SOUNDED_KINDS, CueKind

FULL_SCALE = 32767


def _notes(sound: AudioSegment) -> list[tuple[int, int, float]]:
    """(start ms, length ms, frequency by zero crossings) of each tone separated by silence."""
    found = []
    for start, end in detect_nonsilent(sound, min_silence_len=15, silence_thresh=-45):
        samples = sound[start:end].get_array_of_samples()
        crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
        found.append((start, end - start, crossings / 2 / ((end - start) / 1000)))
    return found


def _load(path: Path) -> AudioSegment:
    return AudioSegment(data=path.read_bytes())  # from_wav(path) leaves the file open


def _audible(path: Path) -> AudioSegment:
    """The cue, checked to end with its sound: no dead samples the stream would cut off."""
    sound = _load(path)
    assert set(sound[-10:].get_array_of_samples()) != {0}, "no silent tail"
    return sound


@pytest.fixture(scope="module")
def cue_set(tmp_path_factory: pytest.TempPathFactory) -> dict[CueKind, Path]:
    return render_cue_set(tmp_path_factory.mktemp("sounds"), SynthSettings())


def test_every_sounded_kind_and_only_those_get_a_file(cue_set: dict[CueKind, Path]) -> None:
    assert set(cue_set) == set(SOUNDED_KINDS)
    assert CueKind.NEXT_UP not in cue_set
    with pytest.raises(ValueError, match="next_up"):
        render_cue(CueKind.NEXT_UP, SynthSettings())


@pytest.mark.parametrize("kind", SOUNDED_KINDS)
def test_format_is_48k_mono_16_bit_pcm(cue_set: dict[CueKind, Path], kind: CueKind) -> None:
    with wave.open(str(cue_set[kind]), "rb") as reader:
        assert (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) == (
            48_000,
            1,
            2,
        )
        assert reader.getcomptype() == "NONE"


@pytest.mark.parametrize(
    ("kind", "low_ms", "high_ms"),
    [
        (CueKind.METRONOME, 20, 30),
        (CueKind.COUNTDOWN, 70, 90),
        (CueKind.HALFWAY, 180, 240),
        (CueKind.GO, 300, 400),
        (CueKind.SWITCH_SIDES, 330, 420),
        (CueKind.PART_START, 500, 620),
        (CueKind.FINISH, 850, 950),
    ],
)
def test_lengths(cue_set: dict[CueKind, Path], kind: CueKind, low_ms: int, high_ms: int) -> None:
    assert low_ms <= len(_audible(cue_set[kind])) <= high_ms


@pytest.mark.parametrize("kind", SOUNDED_KINDS)
def test_peak_near_minus_one_dbfs_without_clipping(
    cue_set: dict[CueKind, Path], kind: CueKind
) -> None:
    sound = _audible(cue_set[kind])
    samples = sound.get_array_of_samples()
    assert sound.max_dBFS == pytest.approx(-1.0, abs=0.1)
    assert max(abs(s) for s in samples) < FULL_SCALE * 0.9
    # Fades: no click where the sound starts or stops.
    assert abs(samples[0]) < FULL_SCALE * 0.01
    assert abs(samples[-1]) < FULL_SCALE * 0.01


@pytest.mark.parametrize("kind", SOUNDED_KINDS)
def test_rhythm_and_pitch_follow_the_pattern(cue_set: dict[CueKind, Path], kind: CueKind) -> None:
    """Measured independently of the synth: silence gaps for rhythm, zero crossings for pitch."""
    heard = _notes(_audible(cue_set[kind]))
    pattern = CUE_PATTERNS[kind]
    assert len(heard) == len(pattern)
    for (_, length_ms, hz), note in zip(heard, pattern, strict=True):
        assert hz == pytest.approx(note.hz, rel=0.03)
        assert length_ms <= note.ms + 1
        assert length_ms >= note.ms * (0.4 if note.ring else 0.7)  # fades read as quiet


def test_dominant_frequencies_are_distinct_per_kind() -> None:
    signature = frequency_signature()
    firsts = [freqs[0] for freqs in signature.values()]
    assert len(set(firsts)) == len(firsts)
    everything = sorted(hz for freqs in signature.values() for hz in freqs)
    assert len(everything) == len(set(everything)), "a frequency is shared by two kinds"
    # Far enough apart for a 40 ms analysis window, even at the lowest pitch.
    closest = min(b - a for a, b in itertools.pairwise(everything))
    assert closest * MIN_PITCH_SCALE >= 65


def test_pitch_scale_moves_every_frequency(tmp_path: Path) -> None:
    settings = SynthSettings(pitch_scale=1.25)
    assert frequency_signature(settings)[CueKind.GO] == (1320.0 * 1.25,)
    heard = _notes(render_cue(CueKind.GO, settings))
    assert heard[0][2] == pytest.approx(1650, rel=0.03)


@pytest.mark.parametrize("scale", [0.5, 1.6, float("nan")])
def test_pitch_scale_out_of_range_is_refused(scale: float) -> None:
    with pytest.raises(ValueError, match="pitch_scale"):
        SynthSettings(pitch_scale=scale)


def test_cache_is_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = render_cue_set(tmp_path, SynthSettings())
    stamps = {kind: path.stat().st_mtime_ns for kind, path in first.items()}
    writes: list[Path] = []
    monkeypatch.setattr(synth, "write_bytes", lambda path, data: writes.append(path))
    again = render_cue_set(tmp_path, SynthSettings())
    assert again == first
    assert writes == []
    assert {kind: path.stat().st_mtime_ns for kind, path in again.items()} == stamps


def test_new_settings_render_a_new_set(tmp_path: Path) -> None:
    normal = render_cue_set(tmp_path, SynthSettings())
    higher = render_cue_set(tmp_path, SynthSettings(pitch_scale=1.2))
    newer = render_cue_set(tmp_path, SynthSettings(version=synth.SYNTH_VERSION + 1))
    folders = {normal[CueKind.GO].parent, higher[CueKind.GO].parent, newer[CueKind.GO].parent}
    assert len(folders) == 3
    assert all(folder.parent == tmp_path for folder in folders)
    assert normal[CueKind.GO].read_bytes() != higher[CueKind.GO].read_bytes()


def test_damaged_cache_file_is_rendered_again(tmp_path: Path) -> None:
    paths = render_cue_set(tmp_path, SynthSettings())
    good = paths[CueKind.FINISH].read_bytes()
    paths[CueKind.FINISH].write_bytes(good[:30])  # cut inside the header
    paths[CueKind.GO].write_bytes(b"")
    render_cue_set(tmp_path, SynthSettings())
    assert paths[CueKind.FINISH].read_bytes() == good
    assert len(_load(paths[CueKind.GO])) > 0


def test_no_temp_files_left_behind(tmp_path: Path) -> None:
    render_cue_set(tmp_path, SynthSettings())
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
