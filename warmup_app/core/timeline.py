"""Compiles a routine into a flat timeline: segments and cues at absolute offsets.

Offsets are seconds from the moment Start is pressed, so the lead-in is ``0..lead_in`` and the
routine proper runs from ``lead_in`` to ``end``. Everything downstream (session, display, audio,
the command line's JSON) reads this one structure; nothing else computes time.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from warmup_app.core.cues import CueKind
from warmup_app.core.figures import side_phrase
from warmup_app.core.speech import (
    DEFAULT_BOOST_PERCENT,
    SPEECH_CONTEXT,
    SpeechTranslate,
    announcement_text,
    english,
    estimate_speech_seconds,
    step_name_text,
)
from warmup_app.core.speech import DEFAULT_CADENCE_SPM as USUAL_CADENCE_SPM

if TYPE_CHECKING:  # the model (and pydantic) is not needed to run a compiled timeline
    from warmup_app.core.routine import Routine, Step

COUNTDOWN_SECONDS = 3
HALFWAY_MIN_SECONDS = 20
# The metronome's default: the usual 160 steps/min raised by 5 % (168 clicks a minute).
DEFAULT_CADENCE_SPM = USUAL_CADENCE_SPM * (1 + DEFAULT_BOOST_PERCENT / 100)


class SegmentKind(StrEnum):
    LEAD_IN = "lead_in"
    WORK = "work"
    SWITCH = "switch"
    TRANSITION = "transition"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class TimelineOptions:
    """Settings that shape the timeline but are not part of the routine file."""

    cadence_spm: float = DEFAULT_CADENCE_SPM
    countdown_seconds: int = COUNTDOWN_SECONDS
    lead_in_override: int | None = None  # the user's lead-in setting, when it replaces the file's
    #: The interface language's lookup for what the voice says (core/speech.py); English here.
    translate: SpeechTranslate = english


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    start: float
    end: float
    part: int | None  # index into routine.parts; None for the lead-in
    step: int | None  # index into Timeline.steps (flat over parts)
    side: Side | None = None

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    at: float
    part: int | None
    step: int | None
    side: Side | None
    text: str = ""


@dataclass(frozen=True)
class StepInfo:
    """A step as the display needs it, flattened across parts."""

    part: int
    name: str
    reps: str
    instructions: str
    per_side: bool
    metronome: bool
    figure: str | None = None
    cue_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartInfo:
    name: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Timeline:
    name: str
    lead_in: float
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...]
    steps: tuple[StepInfo, ...]
    parts: tuple[PartInfo, ...]
    work_indices: tuple[int, ...] = field(default=())  # indices of WORK segments, in order

    @property
    def end(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    @property
    def total_seconds(self) -> float:
        """The routine's length without the lead-in (what the app shows as the total)."""
        return self.end - self.lead_in

    def segment_index_at(self, offset: float) -> int:
        """Index of the segment containing ``offset`` (the last one at or past the end)."""
        lo, hi = 0, len(self.segments) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.segments[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo


def side_label(side: Side | None) -> str:
    return {Side.LEFT: "left side", Side.RIGHT: "right side"}.get(side, "") if side else ""


def announcement(step_name: str, side: Side | None, translate: SpeechTranslate = english) -> str:
    return announcement_text(step_name, side.value if side else None, translate)


#: Said for a side alone, when the full "Next: ..." does not fit ("Right side").
SIDE_ONLY = {Side.LEFT: "Left side", Side.RIGHT: "Right side"}


def speech_seconds(text: str) -> float:
    """How long a default-rate voice takes to say ``text`` (errs long, so it ends in time)."""
    return estimate_speech_seconds(text, 0.0)


def spoken_step_name(timeline: Timeline, cue: Cue, translate: SpeechTranslate = english) -> str:
    """What the voice says as ``cue``'s step starts: its name and, for a side, what that side
    does in the step's figure ("Deep lunge, left leg forward")."""
    if cue.step is None:
        return ""
    return _name_text(timeline.steps[cue.step], cue.side, translate)


def _name_text(info: StepInfo, side: Side | None, translate: SpeechTranslate) -> str:
    side_name = side.value if side else None
    return step_name_text(info.name, side_name, side_phrase(info.figure), translate)


#: What speech must end before: a tick, or another line the voice is about to say.
_KEEP_CLEAR = frozenset({CueKind.COUNTDOWN, CueKind.NEXT_UP, CueKind.STEP_NAME, CueKind.FINISH})
#: Speech that would start with a chime (a step's go, a switch of sides) waits this long, so
#: the chime is heard clearly first and the words are not masked by it (the longest built-in
#: chime, a part's first go, lasts 0.56 s).
AFTER_CHIME_S = 0.6
STEP_NAME_DELAY_S = AFTER_CHIME_S


def seconds_clear_after(timeline: Timeline, at: float) -> float | None:
    """Seconds from ``at`` to the next countdown tick or spoken cue (None: none left).

    A cue at the same instant counts (room 0).
    """
    return _clear_after(timeline.cues, at, _KEEP_CLEAR)


def _clear_after(cues: Sequence[Cue], at: float, kinds: frozenset[CueKind]) -> float | None:
    for index in range(bisect.bisect_left(cues, at - 1e-9, key=lambda c: c.at), len(cues)):
        if cues[index].kind in kinds:
            return max(0.0, cues[index].at - at)
    return None


def _with_step_names(
    cues: list[Cue], steps: list[StepInfo], translate: SpeechTranslate
) -> list[Cue]:
    """Add a STEP_NAME after each go whose name ends, at the default rate, before the next tick,
    announcement, finish or next step: where it does not fit, the screen alone names it."""
    named = list(cues)
    stops = _KEEP_CLEAR | {CueKind.GO}
    for cue in cues:
        if cue.kind is not CueKind.GO or cue.step is None:
            continue
        text = _name_text(steps[cue.step], cue.side, translate)
        at = cue.at + STEP_NAME_DELAY_S
        room = _clear_after(cues, at, stops)
        if room is None or speech_seconds(text) <= room + 1e-9:
            named.append(Cue(CueKind.STEP_NAME, at, cue.part, cue.step, cue.side, text))
    named.sort(key=lambda c: (c.at, _ORDER[c.kind]))
    return named


def compile_timeline(routine: Routine, options: TimelineOptions | None = None) -> Timeline:
    opts = options or TimelineOptions()
    lead_in = float(opts.lead_in_override if opts.lead_in_override is not None else routine.lead_in)
    segments: list[Segment] = []
    steps: list[StepInfo] = []
    parts: list[PartInfo] = []
    if lead_in > 0:
        segments.append(Segment(SegmentKind.LEAD_IN, 0.0, lead_in, None, None))
    clock = lead_in
    for part_index, part in enumerate(routine.parts):
        part_start = clock
        for position, step in enumerate(part.steps):
            if position > 0 and part.transition > 0:
                segments.append(
                    Segment(
                        SegmentKind.TRANSITION,
                        clock,
                        clock + part.transition,
                        part_index,
                        len(steps),
                    )
                )
                clock += part.transition
            clock = _add_step(segments, step, part_index, len(steps), clock)
            steps.append(_step_info(part_index, step))
        parts.append(PartInfo(part.name, part_start, clock))
    work = tuple(i for i, s in enumerate(segments) if s.kind is SegmentKind.WORK)
    cues = _cues(routine, segments, work, steps, opts)
    return Timeline(routine.name, lead_in, tuple(segments), cues, tuple(steps), tuple(parts), work)


def _step_info(part_index: int, step: Step) -> StepInfo:
    return StepInfo(
        part_index,
        step.name,
        step.reps,
        step.instructions,
        step.per_side,
        step.metronome,
        step.figure,
        tuple(step.cue_lines),
    )


def _add_step(segments: list[Segment], step: Step, part: int, index: int, clock: float) -> float:
    if not step.per_side:
        segments.append(Segment(SegmentKind.WORK, clock, clock + step.duration, part, index))
        return clock + step.duration
    segments.append(Segment(SegmentKind.WORK, clock, clock + step.duration, part, index, Side.LEFT))
    clock += step.duration
    if step.switch > 0:
        segments.append(Segment(SegmentKind.SWITCH, clock, clock + step.switch, part, index))
        clock += step.switch
    segments.append(
        Segment(SegmentKind.WORK, clock, clock + step.duration, part, index, Side.RIGHT)
    )
    return clock + step.duration


def _cues(
    routine: Routine,
    segments: list[Segment],
    work: tuple[int, ...],
    steps: list[StepInfo],
    opts: TimelineOptions,
) -> tuple[Cue, ...]:
    cues: list[Cue] = []
    seen_parts: set[int] = set()
    for seg_index in work:
        seg = segments[seg_index]
        assert seg.step is not None
        assert seg.part is not None
        info = steps[seg.step]
        label = f"{info.name}, {side_label(seg.side)}" if seg.side else info.name
        next_up = _next_up(segments, seg_index, info.name, opts)
        if next_up is not None:
            cues.append(next_up)
        for k in range(opts.countdown_seconds, 0, -1):
            tick = seg.start - k
            if tick >= 0:
                cues.append(Cue(CueKind.COUNTDOWN, tick, seg.part, seg.step, seg.side, str(k)))
        if seg.part not in seen_parts:
            seen_parts.add(seg.part)
            part_name = routine.parts[seg.part].name
            cues.append(Cue(CueKind.PART_START, seg.start, seg.part, seg.step, seg.side, part_name))
        cues.append(Cue(CueKind.GO, seg.start, seg.part, seg.step, seg.side, label))
        if seg.seconds >= HALFWAY_MIN_SECONDS:
            cues.append(
                Cue(
                    CueKind.HALFWAY,
                    seg.start + seg.seconds / 2,
                    seg.part,
                    seg.step,
                    seg.side,
                    "Halfway",
                )
            )
        if seg.side is Side.LEFT:
            cues.append(
                Cue(CueKind.SWITCH_SIDES, seg.end, seg.part, seg.step, seg.side, "Switch sides")
            )
        if info.metronome and opts.cadence_spm > 0:
            cues.extend(_metronome(seg, opts.cadence_spm))
    if segments:
        cues.append(Cue(CueKind.FINISH, segments[-1].end, None, None, None, "Warm-up complete"))
    cues.sort(key=lambda c: (c.at, _ORDER[c.kind]))
    return tuple(_with_step_names(cues, steps, opts.translate))


def _next_up(segments: list[Segment], index: int, name: str, opts: TimelineOptions) -> Cue | None:
    """The spoken "Next: ..." for work segment ``index``, timed to end before its countdown.

    It is said at the start of the pause before the step (lead-in, switch or transition); with no
    pause, as late in the previous step as it can start. When the full text does not fit a pause,
    a right side gets "Right side" (its name was said for the left); otherwise the full text
    starts late in the step before that pause, and only then is the side alone tried. When
    nothing fits, there is no announcement.
    """
    seg = segments[index]
    before = segments[index - 1] if index > 0 else None
    earlier = segments[index - 2] if index > 1 else None
    in_pause = before is not None and before.kind is not SegmentKind.WORK

    def place(text: str, window: Segment | None, *, late: bool) -> Cue | None:
        latest = seg.start - countdown - speech_seconds(text)
        earliest = window.start if window is not None else 0.0
        if window is not None and window.kind is SegmentKind.SWITCH:
            earliest += AFTER_CHIME_S  # the switch-sides chime first, then the voice
        at = latest if late else earliest
        if earliest - 1e-9 <= at <= latest + 1e-9 and at >= 0:
            return Cue(CueKind.NEXT_UP, at, seg.part, seg.step, seg.side, text)
        return None

    countdown = opts.countdown_seconds
    full = announcement(name, seg.side, opts.translate)
    side = opts.translate(SPEECH_CONTEXT, SIDE_ONLY[seg.side]) if seg.side else ""
    attempts = [(full, before, not in_pause)]
    if seg.side is Side.RIGHT:
        attempts.append((side, before, not in_pause))
    if in_pause and earlier is not None and earlier.kind is SegmentKind.WORK:
        # A pause too short for the name (a 5 s transition leaves 2 s): start in the step before.
        attempts.append((full, earlier, True))
    if seg.side is Side.LEFT:
        attempts.append((side, before, not in_pause))
    for text, window, late in attempts:
        cue = place(text, window, late=late)
        if cue is not None:
            return cue
    return None


_ORDER = {kind: i for i, kind in enumerate(CueKind)}


def _metronome(seg: Segment, cadence_spm: float) -> list[Cue]:
    """Clicks on the session's own timeline, so they pause, skip and resume with it."""
    interval = 60.0 / cadence_spm
    count = int((seg.seconds - 1e-9) // interval)
    return [
        Cue(CueKind.METRONOME, seg.start + i * interval, seg.part, seg.step, seg.side)
        for i in range(1, count + 1)
    ]
