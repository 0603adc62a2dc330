"""Render the built-in cue sounds with pydub and cache them as WAV files.

Each sounded cue kind gets its own pitch, length and rhythm, so a runner who isn't looking knows
what happened. Every note frequency is used by exactly one kind (and no two are closer than
~90 Hz), which is what lets a recording be read back kind by kind (tests/audio_analysis.py).

No Qt here: the files are plain 48 kHz mono 16-bit PCM WAV, the stream's own format
(audio/stream.py decodes them once per set).
"""

from __future__ import annotations

import io
import json
import logging
import wave
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from warmup_app.core.atomic import write_bytes
from warmup_app.core.cues import SOUNDED_KINDS, CueKind

if TYPE_CHECKING:  # pydub is imported where sounds are made: a warm cache never needs it
    from pydub import AudioSegment

log = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
PEAK_DBFS = -1.0  # loud enough to hear over traffic, with headroom against clipping
#: Bump when the sound design changes in a way the cache key would not notice.
SYNTH_VERSION = 1

_FADE_IN_MS = 5  # long enough to avoid a click, short enough to keep a crisp attack
_FADE_OUT_MS = 15


@dataclass(frozen=True)
class Note:
    """One tone of a cue: its frequency at ``pitch_scale`` 1, its length and the pause after it."""

    hz: float
    ms: int
    gap_after_ms: int = 0
    ring: bool = False  # fade out over the second half, like a struck bell


#: The notes of each sounded kind, in order. Frequencies are unique to one kind.
CUE_PATTERNS: Mapping[CueKind, tuple[Note, ...]] = MappingProxyType(
    {
        CueKind.COUNTDOWN: (Note(880.0, 80),),
        CueKind.GO: (Note(1320.0, 350, ring=True),),
        CueKind.HALFWAY: (Note(659.0, 70, 70), Note(659.0, 70)),
        CueKind.SWITCH_SIDES: (Note(523.0, 140, 40), Note(784.0, 200, ring=True)),
        CueKind.PART_START: (
            Note(1175.0, 120, 30),
            Note(1480.0, 120, 30),
            Note(1760.0, 260, ring=True),
        ),
        CueKind.FINISH: (
            Note(2093.0, 180, 40),
            Note(1568.0, 180, 40),
            Note(1047.0, 460, ring=True),
        ),
        CueKind.METRONOME: (Note(2000.0, 25),),
    }
)

MIN_PITCH_SCALE = 0.75
MAX_PITCH_SCALE = 1.5


@dataclass(frozen=True)
class SynthSettings:
    """What shapes the built-in sounds; a change renders a new cue set beside the old one."""

    pitch_scale: float = 1.0
    version: int = SYNTH_VERSION

    def __post_init__(self) -> None:
        if not MIN_PITCH_SCALE <= self.pitch_scale <= MAX_PITCH_SCALE:
            raise ValueError(
                f"pitch_scale must be between {MIN_PITCH_SCALE} and {MAX_PITCH_SCALE}, "
                f"not {self.pitch_scale}"
            )

    def cache_key(self) -> str:
        """A short hash of everything that changes the rendered audio, patterns included."""
        payload = {
            "pitch_scale": round(self.pitch_scale, 4),
            "version": self.version,
            "rate": SAMPLE_RATE,
            "peak": PEAK_DBFS,
            "patterns": {k.value: [repr(n) for n in v] for k, v in CUE_PATTERNS.items()},
        }
        blob = json.dumps(payload, sort_keys=True).encode("utf-8")
        # A cache key, not security: zlib's checksums avoid loading OpenSSL (~3 MB) for it.
        return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}"


def _tone(note: Note, pitch_scale: float) -> AudioSegment:
    from pydub.generators import Sine

    tone = Sine(note.hz * pitch_scale, sample_rate=SAMPLE_RATE, bit_depth=16).to_audio_segment(
        duration=note.ms, volume=-6.0
    )
    fade_out = note.ms // 2 if note.ring else min(_FADE_OUT_MS, note.ms // 2)
    fade_in = min(_FADE_IN_MS, note.ms // 5)
    return tone.fade_in(fade_in).fade_out(fade_out)


def _silence(ms: int) -> AudioSegment:
    from pydub import AudioSegment

    return AudioSegment.silent(duration=ms, frame_rate=SAMPLE_RATE).set_sample_width(SAMPLE_WIDTH)


def render_cue(kind: CueKind, settings: SynthSettings) -> AudioSegment:
    """The sound of one kind: its notes in sequence, peak-normalised to ``PEAK_DBFS``."""
    notes = CUE_PATTERNS.get(kind)
    if notes is None:
        raise ValueError(f"{kind.value} has no sound of its own")
    sound = _silence(0)
    for note in notes:
        sound += _tone(note, settings.pitch_scale)
        if note.gap_after_ms:
            sound += _silence(note.gap_after_ms)
    sound = sound.set_channels(1).set_frame_rate(SAMPLE_RATE).set_sample_width(SAMPLE_WIDTH)
    return sound.apply_gain(PEAK_DBFS - sound.max_dBFS)


def wav_bytes(sound: AudioSegment) -> bytes:
    """Encode ``sound`` as WAV in memory (no ffmpeg needed for WAV)."""
    buffer = io.BytesIO()
    exported = sound.export(buffer, format="wav")
    try:
        return buffer.getvalue()
    finally:
        exported.close()


def is_playable_wav(path: Path) -> bool:
    """A cheap check that a cached file is a complete, non-empty PCM WAV (not a stale stub)."""
    try:
        with wave.open(str(path), "rb") as reader:
            return reader.getnframes() > 0 and reader.getsampwidth() == SAMPLE_WIDTH
    except (OSError, EOFError, wave.Error):
        return False


def render_cue_set(cache_dir: Path, settings: SynthSettings) -> dict[CueKind, Path]:
    """Render every sounded kind into ``cache_dir/<settings hash>/<kind>.wav``.

    Files already there are reused (the hash covers everything that shapes them); a missing or
    damaged file is rendered again. Writes are atomic, so a crash never leaves half a sound.
    """
    folder = cache_dir / settings.cache_key()
    paths: dict[CueKind, Path] = {}
    for kind in SOUNDED_KINDS:
        path = folder / f"{kind.value}.wav"
        if not is_playable_wav(path):
            log.debug("rendering %s into %s", kind.value, path)
            write_bytes(path, wav_bytes(render_cue(kind, settings)))
        paths[kind] = path
    return paths
