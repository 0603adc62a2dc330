"""Sample-accurate cue sound: every cue mixed in at its exact sample, a short block ahead.

Why: firing each cue's sound from the event loop (the app's first player, one ``QSoundEffect``
per cue kind) made what a runner hears late by a varying amount (event-loop wake-up, effect
start-up), and the first sound after silence was sometimes lost. Here one output stream stays
open and asks :class:`Mixer` for each block before it plays; the mixer maps the block's samples
to session time and places every sound that starts in it at its exact sample, so jitter is
bounded by the sample clock, not by the event loop.

Time comes from outside: the audio layer says which monotonic clock time the first frame of a
block will be heard at (:class:`FrameClock` keeps that mapping on the stream's own sample
count) and what the session's clock anchor is (:class:`Transport`). Nothing here reads a clock,
so tests drive it on synthetic time. No Qt; samples are mono signed 16-bit in an ``array``.
"""

from __future__ import annotations

import bisect
import statistics
import threading
from array import array
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warmup_app.core.cues import SAME_INSTANT_S, CueKind
from warmup_app.core.cues import SOUND_PRIORITY as PRIORITY
from warmup_app.core.timeline import Cue

SAMPLE_RATE = 48_000
#: A gap in rendering longer than this (a stalled machine) drops the cues in it, as the
#: session drops stale cues, instead of playing them all at once.
STALE_S = 0.3
#: Session times closer than this are the same time (a pause and resume keep the time).
JUMP_S = 0.002
#: How many recent blocks tell the output report's usual disagreement with the frame mapping
#: (about a second of Qt's pulls).
_USUAL_BLOCKS = 128
#: A jump or stop fades sounding voices out over this long, so a cut never clicks.
FADE_S = 0.005
_MAX = 32767
_MIN = -32768


@dataclass(frozen=True)
class SoundEvent:
    """One sound to start at a session offset (seconds from Start)."""

    at: float
    kind: CueKind


def sound_events(cues: Sequence[Cue]) -> list[SoundEvent]:
    """The sounds of a timeline: one per instant, the most telling kind, at the instant's time."""
    events: list[SoundEvent] = []
    group: list[Cue] = []

    def flush() -> None:
        sounded = [c for c in group if c.kind in PRIORITY]
        if sounded:
            best = max(sounded, key=lambda c: PRIORITY[c.kind])
            events.append(SoundEvent(group[0].at, best.kind))

    for cue in sorted(cues, key=lambda c: c.at):
        if group and abs(cue.at - group[0].at) > SAME_INSTANT_S:
            flush()
            group = []
        group.append(cue)
    flush()
    return events


@dataclass(frozen=True)
class Transport:
    """The session's clock anchor: at monotonic time ``clock`` it was at offset ``elapsed``."""

    running: bool
    elapsed: float
    clock: float

    def at(self, clock: float) -> float:
        """The session offset at monotonic ``clock`` (frozen while paused)."""
        return self.elapsed + (clock - self.clock) if self.running else self.elapsed


class FrameClock:
    """Maps the stream's frame count to the monotonic time each frame is heard.

    The mapping is fixed by the first block (frame n plays ``n / rate`` after frame 0), so the
    event loop's jitter never moves a sound. The output's own report ("what you write now plays
    after ``queued`` frames") is noisy by milliseconds and can shift for good by a buffer's
    length without anything audible changing (measured: when a second stream, the voice, joined
    the sound server, Qt's report moved 50 ms and re-anchoring on it put every later sound 50 ms
    late). So the mapping moves only when the output says it ran dry (:meth:`gap`), or when the
    report disagrees by more than ``resync_s`` (a stall or a device change). ``slew`` > 0 also
    steers the mapping towards the report a little every block (measured: with Qt's report that
    adds more jitter than it removes, so the app leaves it at 0).
    """

    def __init__(self, rate: int = SAMPLE_RATE, resync_s: float = 0.05, slew: float = 0.0) -> None:
        self.rate = rate
        self.resync_s = resync_s
        self.slew = slew
        self.frames = 0  # frames handed out so far
        self.resyncs = 0
        self._origin: float | None = None  # monotonic time of frame 0
        self._gap = False
        # The report's recent disagreements with the mapping (their median is its usual bias).
        self._errors: deque[float] = deque(maxlen=_USUAL_BLOCKS)

    def reset(self) -> None:
        self.frames = 0
        self._origin = None
        self._gap = False
        self._errors.clear()

    def gap(self) -> None:
        """The output ran dry (an underrun): what follows plays later than the mapping says,
        so the next block re-anchors it on the output's report."""
        self._gap = True

    def next_block(self, frames: int, now: float, queued_frames: int) -> float:
        """The monotonic time the first of ``frames`` new frames will be heard; counts them."""
        estimate = now + queued_frames / self.rate
        if self._origin is None:
            self._origin = estimate - self.frames / self.rate
        predicted = self._origin + self.frames / self.rate
        error = estimate - predicted
        gap, self._gap = self._gap, False
        if gap or abs(error) > self.resync_s:
            # Measured against the report's usual disagreement, not against zero: the report
            # may have shifted for good (see above), and only what is beyond it was lost.
            lost = error - self._usual_error()
            if abs(lost) > self.resync_s or (gap and lost > 0):
                self.resyncs += 1
                self._origin += lost
                predicted += lost
                error -= lost  # the report's usual bias, which the moved mapping keeps
        else:
            self._origin += self.slew * error
        self._errors.append(error)
        self.frames += frames
        return predicted

    def _usual_error(self) -> float:
        if not self._errors:
            return 0.0
        return statistics.median(self._errors)


class _Voice:
    __slots__ = ("fade_left", "fade_total", "pos", "samples", "start")

    def __init__(self, samples: array[int], start: int) -> None:
        self.samples = samples
        self.pos = 0  # next sample of the sound to play
        self.start = start  # frames of silence before it, in the block being rendered
        self.fade_total = 0  # >0: fading out over this many frames ...
        self.fade_left = 0  # ... of which this many are still to play

    def fade_out(self, frames: int) -> None:
        if not self.fade_total:
            self.fade_total = self.fade_left = frames

    @property
    def done(self) -> bool:
        return self.pos >= len(self.samples) or (self.fade_total > 0 and self.fade_left <= 0)


class Mixer:
    """Renders blocks of the session's cue sounds; thread-safe (the output may pull on its own
    thread while the event loop changes the transport, volume or schedule)."""

    def __init__(self, rate: int = SAMPLE_RATE) -> None:
        self.rate = rate
        self._lock = threading.Lock()
        self._sounds: dict[CueKind, array[int]] = {}
        self._scaled: dict[CueKind, tuple[float, array[int]]] = {}
        self._events: list[SoundEvent] = []
        self._times: list[float] = []
        self._transport: Transport | None = None
        self._cursor: float | None = None  # session offset up to which sounds have started
        self._voices: list[_Voice] = []
        self._gain = 1.0
        self._muted = False
        self._latency = 0.0
        self.started = 0  # sounds started (for tests and figures)

    # --- configuration (event loop) --------------------------------------------------------

    def set_sounds(self, sounds: Mapping[CueKind, array[int]]) -> None:
        """The decoded sound of each kind (mono signed 16-bit at ``rate``)."""
        with self._lock:
            self._sounds = dict(sounds)
            self._scaled.clear()

    def duration(self, kind: CueKind) -> float:
        """How long the sound of ``kind`` lasts, in seconds (0 when it has none)."""
        with self._lock:
            return len(self._sounds.get(kind, ())) / self.rate

    def set_events(self, events: Sequence[SoundEvent]) -> None:
        """The schedule of a routine (see :func:`sound_events`); nothing sounds until a
        transport is set."""
        with self._lock:
            self._events = sorted(events, key=lambda e: e.at)
            self._times = [e.at for e in self._events]
            self._transport = None
            self._cursor = None
            self._voices.clear()

    def set_volume(self, linear: float) -> None:
        """Linear gain 0..1 for sounds that start from now on."""
        with self._lock:
            self._gain = min(max(linear, 0.0), 1.0)

    def set_muted(self, muted: bool) -> None:
        """Muted: silence out, but time goes on (unmuting never replays what was missed)."""
        with self._lock:
            self._muted = muted

    def set_latency(self, seconds: float) -> None:
        """Play every sound this much earlier, to cancel a known output delay."""
        with self._lock:
            self._latency = max(0.0, seconds)

    def set_transport(self, transport: Transport | None, now: float) -> None:
        """Follow the session: ``None`` when it is not running (idle or finished).

        A change that moves the session's time at ``now`` (start, restart, skip, back) is a
        jump: sounding voices fade out at once and sounds start again from the new offset (one
        exactly there still plays). Pause and resume keep the time, and what sounds rings out.
        Stopping (``None``) lets a sound ring out too, so the finish chime is heard whole.
        """
        with self._lock:
            old = self._transport
            self._transport = transport
            if transport is None:
                self._cursor = None
                return
            jumped = old is None or abs(old.at(now) - transport.at(now)) > JUMP_S
            if jumped:
                # From the anchor, not from ``now``: a sound exactly at the offset jumped to (a
                # step's "go", the first tick at Start) is due, however late this call is.
                self._cursor = transport.elapsed
                for voice in self._voices:
                    voice.fade_out(max(1, round(FADE_S * self.rate)))

    def silence_all(self) -> None:
        """Fade out everything sounding (stop, or a routine closed)."""
        with self._lock:
            for voice in self._voices:
                voice.fade_out(max(1, round(FADE_S * self.rate)))

    # --- rendering (output thread) ---------------------------------------------------------

    def render(self, frames: int, first_frame_clock: float) -> bytes:
        """``frames`` samples whose first is heard at monotonic ``first_frame_clock``."""
        with self._lock:
            self._start_due(frames, first_frame_clock)
            if not self._voices:
                return bytes(2 * frames)
            out = self._mix(frames)
        return out.tobytes()

    def _start_due(self, frames: int, clock: float) -> None:
        transport = self._transport
        if transport is None or not transport.running or self._cursor is None:
            return
        first = transport.at(clock) + self._latency  # session offset sounding at frame 0
        end = first + frames / self.rate
        begin = self._cursor
        if first - begin > STALE_S:  # a stall: what is that late is dropped, not crammed in
            begin = first
        if end <= begin:
            return
        lo = bisect.bisect_left(self._times, begin - 1e-9)
        hi = bisect.bisect_left(self._times, end - 1e-9)
        for event in self._events[lo:hi]:
            samples = self._sound(event.kind)
            if samples is None:
                continue
            start = max(0, round((event.at - first) * self.rate))
            self._voices.append(_Voice(samples, min(start, frames - 1)))
            self.started += 1
        self._cursor = end

    def _sound(self, kind: CueKind) -> array[int] | None:
        raw = self._sounds.get(kind)
        if raw is None:
            return None
        cached = self._scaled.get(kind)
        if cached is not None and cached[0] == self._gain:
            return cached[1]
        gain = self._gain
        scaled = raw if gain == 1.0 else array("h", [int(s * gain) for s in raw])
        self._scaled[kind] = (gain, scaled)
        return scaled

    def _mix(self, frames: int) -> array[int]:
        out = array("h", bytes(2 * frames))
        acc: list[int] | None = None  # only when voices overlap: a sum that needs clipping
        used = False
        for voice in self._voices:
            start, voice.start = voice.start, 0
            count = min(frames - start, len(voice.samples) - voice.pos)
            if voice.fade_total:
                count = min(count, voice.fade_left)
            chunk = voice.samples[voice.pos : voice.pos + count]
            if voice.fade_total:
                total, left = voice.fade_total, voice.fade_left
                chunk = array("h", [s * (left - i) // total for i, s in enumerate(chunk)])
                voice.fade_left -= count
            voice.pos += count
            if self._muted or count <= 0:
                continue
            if not used:
                out[start : start + count] = chunk
                used = True
            else:
                if acc is None:
                    acc = list(out)
                for i, s in enumerate(chunk, start):
                    acc[i] += s
        self._voices = [v for v in self._voices if not v.done]
        if acc is not None:
            out = array("h", [_MAX if s > _MAX else _MIN if s < _MIN else s for s in acc])
        return out
