"""Read a recording back as cue kinds, by the frequency signature of each kind.

Shared by the audio tests and the end-to-end tests. Pure Python (no numpy): the recording is
resampled to 16 kHz, cut into 40 ms Hann windows every 10 ms, and each window is projected on
every frequency of the cue set (a windowed single-bin DFT, like Goertzel). Silent windows are
skipped, so a long recording with sparse cues is cheap to read.

A frequency counts only where it is a local peak (louder than 35 Hz either side), so a tone
at another pitch leaking into a cue's frequency is not taken for it.

Every frequency belongs to exactly one kind, so overlapping cues (a metronome click during a
countdown tick) are still told apart. A cue counts only when all of its kind's frequencies were
heard, so a cue whose start was swallowed by a sleeping output does not pass as present.
"""

from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment

from warmup_app.audio.synth import CUE_PATTERNS, SynthSettings
from warmup_app.core.cues import CueKind

ANALYSIS_RATE = 16_000
WINDOW = 640  # 40 ms: frequency resolution of ~25 Hz, main lobe +-50 Hz
HOP = 160  # 10 ms
PROBE_HZ = 35.0  # a tone counts only if it is louder than the spectrum this far either side
FULL_SCALE = 32768.0


def frequency_signature(
    settings: SynthSettings | None = None,
) -> dict[CueKind, tuple[float, ...]]:
    """The dominant frequencies of each kind as rendered with ``settings``, in the order they
    sound: the notes of its pattern (synth.py gives each frequency to one kind only)."""
    scale = (settings or SynthSettings()).pitch_scale
    return {
        kind: tuple(dict.fromkeys(note.hz * scale for note in notes))
        for kind, notes in CUE_PATTERNS.items()
    }


@dataclass(frozen=True)
class DetectedNote:
    """A run of windows in which one frequency was clearly present."""

    hz: float
    start: float  # seconds from the start of the recording (window centre)
    end: float
    level_dbfs: float


def _load(wav_path: Path) -> list[int]:
    sound = AudioSegment(data=Path(wav_path).read_bytes())  # from_wav(path) leaks the file
    sound = sound.set_channels(1).set_sample_width(2).set_frame_rate(ANALYSIS_RATE)
    return list(sound.get_array_of_samples())


def _references(freqs: list[float]) -> list[tuple[float, list[float], list[float]]]:
    window = [0.5 - 0.5 * math.cos(2 * math.pi * i / (WINDOW - 1)) for i in range(WINDOW)]
    norm = 2.0 / sum(window)  # a full-window sine of amplitude A reads as A
    refs = []
    for hz in freqs:
        step = 2 * math.pi * hz / ANALYSIS_RATE
        cos_ref = [norm * w * math.cos(step * i) for i, w in enumerate(window)]
        sin_ref = [norm * w * math.sin(step * i) for i, w in enumerate(window)]
        refs.append((hz, cos_ref, sin_ref))
    return refs


def detect_notes(
    wav_path: Path,
    freqs: list[float],
    *,
    min_level_dbfs: float = -40.0,
    relative_db: float = -12.0,
    min_windows: int = 3,
) -> list[DetectedNote]:
    """Runs of windows where a frequency is at least ``min_level_dbfs`` and within
    ``relative_db`` of the strongest frequency of that window, for ``min_windows`` or more
    windows in a row (the 25 ms metronome click spans about five)."""
    samples = _load(wav_path)
    probes = sorted({p for hz in freqs for p in (hz - PROBE_HZ, hz, hz + PROBE_HZ)})
    refs = _references(probes)
    gate = FULL_SCALE * 10 ** (min_level_dbfs / 20)
    relative = 10 ** (relative_db / 20)
    open_runs: dict[float, tuple[float, float, float, int]] = {}  # hz -> start, last, peak, n
    notes: list[DetectedNote] = []
    half = WINDOW / 2 / ANALYSIS_RATE

    def close(hz: float) -> None:
        start, last, peak, count = open_runs.pop(hz)
        if count >= min_windows:  # shorter runs are the splatter of another note's edges
            notes.append(DetectedNote(hz, start, last, 20 * math.log10(peak / FULL_SCALE)))

    for offset in range(0, max(len(samples) - WINDOW, 0) + 1, HOP):
        frame = samples[offset : offset + WINDOW]
        t = offset / ANALYSIS_RATE + half
        present: dict[float, float] = {}
        if max(frame, default=0) >= gate or -min(frame, default=0) >= gate:
            levels = {
                hz: math.hypot(sum(map(operator.mul, frame, c)), sum(map(operator.mul, frame, s)))
                for hz, c, s in refs
            }
            strongest = max(levels[hz] for hz in freqs)
            present = {
                hz: levels[hz]
                for hz in freqs
                if levels[hz] >= gate
                and levels[hz] >= relative * strongest
                # a peak, not the skirt of a tone at some other pitch
                and levels[hz] >= max(levels[hz - PROBE_HZ], levels[hz + PROBE_HZ])
            }
        for hz in list(open_runs):
            if hz not in present:
                close(hz)
        for hz, amplitude in present.items():
            start, _, peak, count = open_runs.get(hz, (t, t, 0.0, 0))
            open_runs[hz] = (start, t, max(peak, amplitude), count + 1)
    for hz in list(open_runs):
        close(hz)
    return sorted(notes, key=lambda n: (n.start, n.hz))


def detect_cues(
    wav_path: Path,
    settings: SynthSettings | None = None,
    *,
    max_gap_s: float = 0.12,
    min_level_dbfs: float = -40.0,
) -> list[tuple[float, CueKind]]:
    """The cues heard in ``wav_path``, as (seconds from the recording's start, kind), in order.

    Notes of one kind less than ``max_gap_s`` apart form one cue (the cue patterns pause at most
    70 ms inside a cue; cues of one kind are far more apart in any routine).
    """
    signature = frequency_signature(settings)
    kind_of = {hz: kind for kind, freqs in signature.items() for hz in freqs}
    notes = detect_notes(wav_path, list(kind_of), min_level_dbfs=min_level_dbfs)
    groups: dict[CueKind, list[list[DetectedNote]]] = {}
    for note in notes:
        runs = groups.setdefault(kind_of[note.hz], [])
        if runs and note.start - max(n.end for n in runs[-1]) <= max_gap_s:
            runs[-1].append(note)
        else:
            runs.append([note])
    cues = [
        (run[0].start, kind)
        for kind, runs in groups.items()
        for run in runs
        if {n.hz for n in run} == set(signature[kind])
    ]
    return sorted(cues, key=lambda cue: cue[0])


def kinds(cues: list[tuple[float, CueKind]]) -> list[CueKind]:
    """Just the kinds, in order: what most assertions compare."""
    return [kind for _, kind in cues]


def expected_sounds(cue_log: Path) -> list[CueKind]:
    """What the app should have sounded for a ``--cue-log`` file: one sound per instant, the
    most telling of the cues fired together (the app's cue router picks the same way)."""
    return [kind for _, kind in expected_sound_times(cue_log)]


def expected_sound_times(cue_log: Path) -> list[tuple[float, CueKind]]:
    """:func:`expected_sounds` with each sound's scheduled offset (seconds from Start)."""
    from warmup_app.core.cues import SAME_INSTANT_S
    from warmup_app.core.cues import SOUND_PRIORITY as PRIORITY

    sounds: list[tuple[float, CueKind]] = []
    group: list[dict[str, object]] = []

    def close() -> None:
        here = [CueKind(str(r["kind"])) for r in group if CueKind(str(r["kind"])) in PRIORITY]
        if here:
            at = float(str(group[0]["scheduled"]))
            sounds.append((at, max(here, key=PRIORITY.__getitem__)))

    for line in cue_log.read_text().splitlines():
        record = json.loads(line)
        if (
            group
            and abs(float(str(record["scheduled"])) - float(str(group[0]["scheduled"])))
            > SAME_INSTANT_S
        ):
            close()
            group = []
        group.append(record)
    close()
    return sounds


def sample_onsets(wav_path: Path, near: list[float], search_s: float = 0.03) -> list[float]:
    """Sample-accurate onsets: for each rough time in ``near`` (from :func:`detect_cues`), the
    first sample within ``search_s`` before it that is louder than a tenth of the sound's peak
    (seconds from the start of the recording)."""
    samples = _load(wav_path)
    onsets = []
    for rough in near:
        lo = max(0, round((rough - search_s) * ANALYSIS_RATE))
        hi = min(len(samples), round((rough + search_s) * ANALYSIS_RATE))
        peak = max((abs(s) for s in samples[lo:hi]), default=0)
        threshold = max(peak // 10, 1)
        first = next((i for i in range(lo, hi) if abs(samples[i]) >= threshold), lo)
        onsets.append(first / ANALYSIS_RATE)
    return onsets
