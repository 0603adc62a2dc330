"""A few sounds played once, from now, on a stream of their own: the settings' sound preview
and the calibration's click train.

Why the same kind of stream as a run (one :class:`StreamPlayer`, every sound mixed in at its
sample): what the runner hears there is what a run plays, with the same decoding, volume curve
and output, and a click leaves exactly as a cue does. Why one of its own: trying a sound or
calibrating during a run never disturbs the run's cues. Its mixer plays with latency 0, whatever
the setting says: a preview has nothing on screen to keep up with, and calibration measures the
very delay the setting cancels.

The stream opens at :meth:`OneShotStream.play` and closes a moment after the last sound has rung
out (``stream.CLOSE_AFTER_MS``); its audio thread stays for the next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from warmup_app.audio import stream as audio_stream
from warmup_app.audio.stream import StreamPlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.core import clock as app_clock
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SoundEvent, Transport

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 3000  # as long as a run's Start waits for its stream


def builtin_sound(sounds_cache: Path, kind: CueKind) -> Path:
    """The built-in sound of ``kind``, from the cache, else from the session's private folder
    (a cache that can't be written still lets the runner hear it); raises ``OSError``."""
    from warmup_app.audio.session import private_sound_folder

    try:
        return render_cue_set(sounds_cache, SynthSettings())[kind]
    except OSError:
        return render_cue_set(private_sound_folder(), SynthSettings())[kind]


class NoSoundOutputError(Exception):
    """There is no sound output, so nothing can be played; the caller says so in its words."""


class OneShotStream(QObject):
    """Plays a fixed set of sound events once on a :class:`StreamPlayer` of its own."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = app_clock.monotonic,
        player: StreamPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._player: StreamPlayer | None = None
        if player is not None:
            self._use(player)
        self._done: Callable[[], None] | None = None
        self._generation = 0  # a stop during play's wait for the stream makes it moot
        self._end = QTimer(self)  # ends the sounds; not timekeeping (the mixer places them)
        self._end.setSingleShot(True)
        self._end.timeout.connect(self._finish)

    def now(self) -> float:
        """The clock that :meth:`play`'s answer is on."""
        return self._clock()

    def play(
        self,
        sounds: Mapping[CueKind, Path],
        events: Sequence[SoundEvent],
        volume: float,
        *,
        lead_in_s: float = 0.0,
        tail_s: float = 0.0,
        done: Callable[[], None] | None = None,
    ) -> float | None:
        """Play ``events`` (offsets from their start) once, the first ``lead_in_s`` from now.

        Returns when offset 0 is expected to be heard, on :meth:`now`'s clock: its place plus
        the stream's constant margin (``stream.LEAD_S``), which every cue of a run has too.
        ``None`` if :meth:`stop` came while the stream was opening. Raises
        :class:`NoSoundOutputError`. ``done`` is called once, ``tail_s`` after the last sound has
        ended, unless :meth:`stop` comes first. ``volume`` is a slider position 0..1.
        """
        self.stop()
        player = self._stream()
        player.prepare(sounds)
        if not player.is_available():
            raise NoSoundOutputError
        player.set_volume(volume)
        mixer = player.mixer
        mixer.set_latency(0.0)
        mixer.set_events(events)
        self._generation += 1
        generation = self._generation
        if not player.wait_ready(READY_TIMEOUT_MS):  # as a run does: opens the stream
            log.warning("one-shot stream not playing after %d ms", READY_TIMEOUT_MS)
        if generation != self._generation:
            return None
        if not player.is_available():
            raise NoSoundOutputError
        now = self._clock()
        mixer.set_transport(Transport(True, -lead_in_s, now), now)
        start = now + lead_in_s + audio_stream.LEAD_S
        last_end = max((e.at + mixer.duration(e.kind) for e in events), default=0.0)
        self._done = done
        self._end.start(round(1000 * (start + last_end + tail_s - now)))
        return start

    @Slot()
    def stop(self) -> None:
        """Silence the sounds at once; ``done`` is not called."""
        self._generation += 1
        self._done = None
        self._end.stop()
        if self._player is not None:
            self._player.mixer.set_transport(None, self._clock())
            self._player.stop_all()
            self._player.keep_awake(False)

    @Slot()
    def _finish(self) -> None:
        done, self._done = self._done, None
        if self._player is not None:
            self._player.mixer.set_transport(None, self._clock())
            self._player.keep_awake(False)
        if done is not None:
            done()

    def _stream(self) -> StreamPlayer:
        if self._player is None:
            self._use(StreamPlayer(self, clock=self._clock))
        assert self._player is not None
        return self._player

    def _use(self, player: StreamPlayer) -> None:
        self._player = player
        player.sound_failed.connect(self._on_sound_failed)

    @Slot(str, str)
    def _on_sound_failed(self, kind: str, message: str) -> None:
        log.warning("%s stays silent: %s", kind, message)
