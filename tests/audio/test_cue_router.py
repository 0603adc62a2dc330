"""The cue router: every announcement the timeline placed is said, never over a tick."""

from __future__ import annotations

import itertools

import pytest

from warmup_app import paths
from warmup_app.audio.cue_router import SPEECH_SLACK_S, CueRouter
from warmup_app.core.cues import CueKind
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import load_routine, routine_files
from warmup_app.core.session import FiredCue
from warmup_app.core.speech import estimate_speech_seconds
from warmup_app.core.timeline import (
    Timeline,
    compile_timeline,
    seconds_clear_after,
    spoken_step_name,
)


class FakeVoice:
    def __init__(self, rate: float = 0.0, enabled: bool = True) -> None:
        self.rate = rate
        self.enabled = enabled
        self.said: list[str] = []
        self.now = 0.0  # when the last line was said, as the router's caller set it
        self.spoken: list[tuple[float, str]] = []

    def say(self, text: str) -> None:
        self.said.append(text)
        self.spoken.append((self.now, text))

    def estimate_seconds(self, text: str) -> float:
        return estimate_speech_seconds(text, self.rate)

    def will_speak(self) -> bool:
        return self.enabled


def fire_all(router: CueRouter, timeline: Timeline) -> None:
    """Every cue, exactly on time, in the batches the driver would emit."""
    for _, group in itertools.groupby(timeline.cues, key=lambda c: c.at):
        router.on_cues([FiredCue(cue, cue.at) for cue in group])


BUILTINS = routine_files(paths.builtin_routines_dir())


@pytest.mark.parametrize("path", BUILTINS, ids=[p.name for p in BUILTINS])
def test_every_placed_announcement_is_said_at_the_default_rate(path: object) -> None:
    timeline = compile_timeline(load_routine(path))  # type: ignore[arg-type]
    voice = FakeVoice()
    router = CueRouter(voice)
    router.set_timeline(timeline)
    fire_all(router, timeline)
    placed = [c.text for c in timeline.cues if c.kind is CueKind.NEXT_UP]
    assert placed, "the built-ins announce their steps"
    announcements = [t for t in voice.said if t.startswith(("Next", "Right side", "Left side"))]
    assert announcements == placed
    assert voice.said[-1] == "Warm-up complete"


def test_a_slow_voice_skips_what_would_talk_over_a_tick() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    voice = FakeVoice(rate=-1.0)  # half speed: the tightest announcements no longer fit
    router = CueRouter(voice)
    router.set_timeline(timeline)
    fire_all(router, timeline)
    placed = [c for c in timeline.cues if c.kind is CueKind.NEXT_UP]
    said = [t for t in voice.said if t.startswith(("Next", "Right", "Left"))]
    assert 0 < len(said) < len(placed)
    ticks = [c.at for c in timeline.cues if c.kind is CueKind.COUNTDOWN]
    for cue in placed:
        if cue.text in said:
            end = cue.at + estimate_speech_seconds(cue.text, -1.0) - SPEECH_SLACK_S
            assert not any(cue.at < tick < end for tick in ticks)


def test_no_voice_means_nothing_is_said() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    voice = FakeVoice(enabled=False)
    router = CueRouter(voice)
    router.set_timeline(timeline)
    fire_all(router, timeline)
    assert voice.said == []


def fire_all_timed(
    router: CueRouter, timeline: Timeline, voice: FakeVoice, late: float = 0.0
) -> None:
    for at, group in itertools.groupby(timeline.cues, key=lambda c: c.at):
        voice.now = at + late
        router.on_cues([FiredCue(cue, at + late) for cue in group])


@pytest.mark.parametrize("path", BUILTINS, ids=[p.name for p in BUILTINS])
@pytest.mark.parametrize("rate", [-1.0, 0.0, 0.5])
def test_step_names_end_before_the_next_tick_or_announcement(path: object, rate: float) -> None:
    timeline = compile_timeline(load_routine(path))  # type: ignore[arg-type]
    voice = FakeVoice(rate=rate)
    router = CueRouter(voice)
    router.set_timeline(timeline)
    fire_all_timed(router, timeline, voice)
    placed = [c for c in timeline.cues if c.kind is CueKind.STEP_NAME]
    said = [(at, text) for at, text in voice.spoken if text in {c.text for c in placed}]
    assert said, "some steps are named"
    clear = [c.at for c in timeline.cues if c.kind in (CueKind.COUNTDOWN, CueKind.NEXT_UP)]
    for at, text in said:
        end = at + estimate_speech_seconds(text, rate) - SPEECH_SLACK_S
        assert not any(at < other < end for other in clear), (text, at)
    if rate == 0.0:  # at the rate the timeline planned for, every placed name is said
        assert [text for _, text in said] == [c.text for c in placed]
        assert len(placed) == sum(1 for c in timeline.cues if c.kind is CueKind.GO)


def test_a_step_name_is_said_after_its_go() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    voice = FakeVoice()
    router = CueRouter(voice)
    router.set_timeline(timeline)
    go = next(c for c in timeline.cues if c.kind is CueKind.GO and c.side is not None)
    name = next(c for c in timeline.cues if c.kind is CueKind.STEP_NAME and c.at > go.at)
    router.on_cues([FiredCue(go, go.at)])
    assert voice.said == []  # the go chime alone
    router.on_cues([FiredCue(name, name.at)])
    assert voice.said == [spoken_step_name(timeline, go)]
    assert voice.said[0].startswith(timeline.steps[go.step].name + ", left ")  # type: ignore[index]


def test_a_late_step_name_that_would_run_into_a_tick_is_not_said() -> None:
    timeline = compile_timeline(two_steps("Deep lunge stretch", 10))
    name = next(c for c in timeline.cues if c.kind is CueKind.STEP_NAME)
    room = seconds_clear_after(timeline, name.at + 1e-6)
    assert room is not None
    need = estimate_speech_seconds(name.text, 0.0)
    for late, said in [(0.0, True), (room - need + SPEECH_SLACK_S + 0.05, False)]:
        voice = FakeVoice()
        router = CueRouter(voice)
        router.set_timeline(timeline)
        router.on_cues([FiredCue(name, name.at + late)])
        assert (name.text in voice.said) is said


def two_steps(name: str, seconds: int) -> Routine:
    """A step, then a jog right after it: the first's room ends at the jog's announcement."""
    steps = [{"name": name, "duration": seconds}, {"name": "Jog", "duration": 30}]
    data = {"format": 1, "name": "Two", "lead_in": 10, "parts": [{"name": "P", "steps": steps}]}
    return Routine.model_validate(data)
