"""Turns fired cues into speech, never over a tick (their sounds are mixed from the timeline by
the session's stream, core/mixer.py, not played from here).

Spoken: the timeline's "Next: ..." announcements, each step's name just after it starts (both
placed by the timeline where they fit, and checked again here at the voice's own rate), and the
finish.

The router only listens: the session driver decides when cues are due.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Slot

from warmup_app.core.cues import CueKind
from warmup_app.core.session import FiredCue
from warmup_app.core.timeline import Timeline, seconds_clear_after

log = logging.getLogger(__name__)

# The timeline places "Next: ..." to end exactly at the countdown with the same (deliberately
# long) estimate; a cue fired a few ms late must not lose its announcement for that.
SPEECH_SLACK_S = 0.25


class Speaker(Protocol):
    def say(self, text: str) -> None: ...

    def estimate_seconds(self, text: str) -> float: ...

    def will_speak(self) -> bool: ...


class CueRouter(QObject):
    def __init__(self, voice: Speaker | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self.timeline: Timeline | None = None

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline

    @Slot(object)
    def on_cues(self, fired: Sequence[FiredCue]) -> None:
        for item in fired:
            if item.cue.kind is CueKind.NEXT_UP:
                self._speak(item)
            elif item.cue.kind is CueKind.STEP_NAME:
                self._name_step(item)
            elif item.cue.kind is CueKind.FINISH:
                self._say(item.cue.text)

    def _speak(self, fired: FiredCue) -> None:
        """Say "Next: ..." only if it ends before the next countdown tick at the voice's rate."""
        if self.voice is None or not self.voice.will_speak():
            return
        text = fired.cue.text
        room = self._seconds_to_next_tick(fired.actual)
        if room is not None and self.voice.estimate_seconds(text) > room + SPEECH_SLACK_S:
            log.info("skipped announcement %r: %.1f s is not enough room", text, room)
            return
        self.voice.say(text)

    def _name_step(self, fired: FiredCue) -> None:
        """Say the step's name only if it ends, at the voice's rate, before the next tick or the
        next line the voice has to say (the timeline checked this at the default rate)."""
        if self.voice is None or not self.voice.will_speak():
            return
        text = fired.cue.text
        after = fired.cue.at + 1e-6  # what comes after this cue, not the cue itself
        room = seconds_clear_after(self.timeline, after) if self.timeline else None
        if room is not None:
            room -= fired.actual - after
        if room is not None and self.voice.estimate_seconds(text) > room + SPEECH_SLACK_S:
            log.debug("step name %r not said: %.1f s is not enough room", text, room)
            return
        self.voice.say(text)

    def _say(self, text: str) -> None:
        if self.voice is not None and self.voice.will_speak() and text:
            self.voice.say(text)

    def _seconds_to_next_tick(self, now: float) -> float | None:
        if self.timeline is None:
            return None
        cues = self.timeline.cues
        for index in range(bisect.bisect_right(cues, now, key=lambda c: c.at), len(cues)):
            if cues[index].kind is CueKind.COUNTDOWN:
                return cues[index].at - now
        return None
