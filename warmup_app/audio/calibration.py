"""The click train a runner taps along to, to measure the sound output's delay.

Why a stream of its own: the clicks must leave exactly as a run's cues do (one open
:class:`StreamPlayer` mixing each sound in at its sample), or the measurement would include
delays a run does not have. Its mixer plays with latency 0, whatever the setting says: the
point is to measure the delay, not to cancel it. A player of its own also means calibrating
during a run never disturbs the run's cues.

Each click's time, as told to the dialog, is when the app expects it to be heard: its place
on the monotonic clock plus the stream's constant margin (``stream.LEAD_S``), which every
cue has too and the latency setting is not meant to cancel. What the taps add on top of that
is the delay the output hides (Bluetooth), which is what the setting makes up for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from warmup_app.audio import stream as audio_stream
from warmup_app.audio.stream import StreamPlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.core import clock as app_clock
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SoundEvent, Transport

log = logging.getLogger(__name__)

CLICKS = 14
INTERVAL_S = 0.75
#: From Start to the first click: time to put the hands ready.
LEAD_IN_S = 1.0
#: After the last click, time for its tap (and for the click to ring out) before ``done``.
TAIL_S = 1.0
READY_TIMEOUT_MS = 3000  # as long as a run's Start waits for its stream


class ClickTrain(QObject):
    """Implements the calibration dialog's ``ClickService`` on a :class:`StreamPlayer`."""

    def __init__(
        self,
        sounds_cache: Path,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = app_clock.monotonic,
        player: StreamPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = sounds_cache
        self._clock = clock
        self._player = player
        self._done: Callable[[], None] | None = None
        self._generation = 0  # a stop during start's wait for the stream makes it moot
        self._end = QTimer(self)  # ends the train; not timekeeping (the mixer places clicks)
        self._end.setSingleShot(True)
        self._end.timeout.connect(self._finish)

    def now(self) -> float:
        """The clock the click times are on: taps must be read from it too."""
        return self._clock()

    def start(self, volume: float, done: Callable[[], None]) -> list[float] | str:
        """Play the clicks; their expected hearing times, or why nothing can be played.

        ``done`` is called once, a moment after the last click, unless :meth:`stop` comes
        first. Returns an empty list if :meth:`stop` came while the stream was opening.
        """
        self.stop()
        try:
            path = self._click_sound()
        except OSError as exc:
            return self.tr("The click could not be prepared: {0}").format(exc.strerror or str(exc))
        player = self._stream()
        player.prepare({CueKind.METRONOME: path})
        if not player.is_available():
            return self.tr("No sound output was found, so there are no clicks to tap to.")
        player.set_volume(volume)
        mixer = player.mixer
        mixer.set_latency(0.0)
        mixer.set_events([SoundEvent(i * INTERVAL_S, CueKind.METRONOME) for i in range(CLICKS)])
        self._generation += 1
        generation = self._generation
        if not player.wait_ready(READY_TIMEOUT_MS):  # as a run does: opens the stream
            log.warning("calibration stream not playing after %d ms", READY_TIMEOUT_MS)
        if generation != self._generation:
            return []
        if not player.is_available():
            return self.tr("No sound output was found, so there are no clicks to tap to.")
        now = self._clock()
        mixer.set_transport(Transport(True, -LEAD_IN_S, now), now)
        first = now + LEAD_IN_S + audio_stream.LEAD_S
        times = [first + i * INTERVAL_S for i in range(CLICKS)]
        self._done = done
        self._end.start(round(1000 * (times[-1] + TAIL_S - now)))
        log.info("calibration clicks from %.3f, %d every %.2f s", first, CLICKS, INTERVAL_S)
        return times

    @Slot()
    def stop(self) -> None:
        """Silence the clicks at once; ``done`` is not called."""
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
            self._player = StreamPlayer(self, clock=self._clock)
        return self._player

    def _click_sound(self) -> Path:
        """The built-in metronome click (a sharp onset; an own sound may be soft), from the
        cache, else from the session's private folder."""
        from warmup_app.audio.session import private_sound_folder

        try:
            return render_cue_set(self._cache, SynthSettings())[CueKind.METRONOME]
        except OSError:
            return render_cue_set(private_sound_folder(), SynthSettings())[CueKind.METRONOME]
