"""The cue router: one sound per instant, and every announcement the timeline placed is said."""

from __future__ import annotations

import itertools

import pytest

from warmup_app import paths
from warmup_app.audio.cue_router import PRIORITY, SPEECH_SLACK_S, CueRouter
from warmup_app.core.cues import CueKind
from warmup_app.core.routine_files import load_routine, routine_files
from warmup_app.core.session import FiredCue
from warmup_app.core.speech import estimate_speech_seconds
from warmup_app.core.timeline import Timeline, compile_timeline


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[CueKind] = []

    def play(self, kind: CueKind) -> None:
        self.played.append(kind)


class FakeVoice:
    def __init__(self, rate: float = 0.0, enabled: bool = True) -> None:
        self.rate = rate
        self.enabled = enabled
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

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
    router = CueRouter(FakePlayer(), voice)
    router.set_timeline(timeline)
    fire_all(router, timeline)
    placed = [c.text for c in timeline.cues if c.kind is CueKind.NEXT_UP]
    assert placed, "the built-ins announce their steps"
    assert voice.said == [*placed, "Warm-up complete"]


def test_a_slow_voice_skips_what_would_talk_over_a_tick() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    voice = FakeVoice(rate=-1.0)  # half speed: the tightest announcements no longer fit
    router = CueRouter(FakePlayer(), voice)
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


def test_one_sound_per_instant_the_most_telling() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    player = FakePlayer()
    router = CueRouter(player, None)
    fire_all(router, timeline)
    instants = {}
    for cue in timeline.cues:
        if cue.kind in PRIORITY:
            best = instants.get(cue.at)
            if best is None or PRIORITY[cue.kind] > PRIORITY[best]:
                instants[cue.at] = cue.kind
    assert player.played == [instants[at] for at in sorted(instants)]
    assert CueKind.PART_START in player.played  # a part's first "go" sounds as its chime


def test_no_voice_means_nothing_is_said() -> None:
    timeline = compile_timeline(load_routine(BUILTINS[0]))
    voice = FakeVoice(enabled=False)
    router = CueRouter(FakePlayer(), voice)
    router.set_timeline(timeline)
    fire_all(router, timeline)
    assert voice.said == []
