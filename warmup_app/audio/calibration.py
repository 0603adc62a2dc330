"""The click train a runner taps along to, to measure the sound output's delay.

Why a stream of its own: the clicks must leave exactly as a run's cues do, or the measurement
would include delays a run does not have; :class:`OneShotStream` plays them on a stream like a
run's, with latency 0 whatever the setting says: the point is to measure the delay, not to
cancel it.

Each click's time, as told to the dialog, is when the app expects it to be heard: its place
on the monotonic clock plus the stream's constant margin (``stream.LEAD_S``), which every
cue has too and the latency setting is not meant to cancel. What the taps add on top of that
is the delay the output hides (Bluetooth), which is what the setting makes up for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from warmup_app.audio.one_shot import NoSoundOutputError, OneShotStream, builtin_sound
from warmup_app.audio.stream import StreamPlayer
from warmup_app.core import clock as app_clock
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SoundEvent

log = logging.getLogger(__name__)

CLICKS = 14
INTERVAL_S = 0.75
#: From Start to the first click: time to put the hands ready.
LEAD_IN_S = 1.0
#: After the last click, time for its tap (and for the click to ring out) before ``done``.
TAIL_S = 1.0


class ClickTrain(QObject):
    """Implements the calibration dialog's ``ClickService`` on a :class:`OneShotStream`."""

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
        self.stream = OneShotStream(self, clock=clock, player=player)

    def now(self) -> float:
        """The clock the click times are on: taps must be read from it too."""
        return self.stream.now()

    def start(self, volume: float, done: Callable[[], None]) -> list[float] | str:
        """Play the clicks; their expected hearing times, or why nothing can be played.

        ``done`` is called once, a moment after the last click, unless :meth:`stop` comes
        first. Returns an empty list if :meth:`stop` came while the stream was opening.
        """
        try:
            # The built-in click: a sharp onset (an own sound may be soft).
            path = builtin_sound(self._cache, CueKind.METRONOME)
        except OSError as exc:
            return self.tr("The click could not be prepared: {0}").format(exc.strerror or str(exc))
        clicks = [SoundEvent(i * INTERVAL_S, CueKind.METRONOME) for i in range(CLICKS)]
        try:
            first = self.stream.play(
                {CueKind.METRONOME: path},
                clicks,
                volume,
                lead_in_s=LEAD_IN_S,
                tail_s=TAIL_S,
                done=done,
            )
        except NoSoundOutputError:
            return self.tr("No sound output was found, so there are no clicks to tap to.")
        if first is None:
            return []
        log.info("calibration clicks from %.3f, %d every %.2f s", first, CLICKS, INTERVAL_S)
        return [first + click.at for click in clicks]

    @Slot()
    def stop(self) -> None:
        """Silence the clicks at once; ``done`` is not called."""
        self.stream.stop()
