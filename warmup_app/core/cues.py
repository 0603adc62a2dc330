"""Cue kinds: the events a runner hears (and sees flash) during a routine."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class CueKind(StrEnum):
    """Each kind has its own sound, so a runner who isn't looking knows what happened."""

    COUNTDOWN = "countdown"  # 3, 2, 1 s before every work segment
    GO = "go"  # a work segment starts
    HALFWAY = "halfway"  # middle of a work segment of 20 s or more
    SWITCH_SIDES = "switch_sides"  # the left side is done: change to the right
    NEXT_UP = "next_up"  # voice announcement of the coming step (no beep of its own)
    PART_START = "part_start"  # the first step of a part begins
    FINISH = "finish"  # the routine is over
    METRONOME = "metronome"  # cadence click during a metronome step
    STEP_NAME = "step_name"  # the voice names the step just begun, after its go sound (no beep)


#: Kinds that are only spoken.
SPOKEN_KINDS: frozenset[CueKind] = frozenset({CueKind.NEXT_UP, CueKind.STEP_NAME})


#: Kinds that have a synthesized sound.
SOUNDED_KINDS: tuple[CueKind, ...] = tuple(k for k in CueKind if k not in SPOKEN_KINDS)

#: When sounds coincide only one plays: higher wins. Shared by the live cue router and the
#: stream's mixer so both pick the same sound.
SOUND_PRIORITY: Mapping[CueKind, int] = {
    CueKind.FINISH: 7,
    CueKind.SWITCH_SIDES: 6,
    CueKind.PART_START: 5,
    CueKind.GO: 4,
    CueKind.HALFWAY: 3,
    CueKind.COUNTDOWN: 2,
    CueKind.METRONOME: 1,
}
#: Cues closer than this sound at the same instant.
SAME_INSTANT_S = 0.05
