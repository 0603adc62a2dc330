"""The timeline compiler: segments and cues at absolute offsets from the moment Start is pressed."""

from __future__ import annotations

import itertools

import pytest
from core_helpers import make_routine, routines
from hypothesis import given, settings
from hypothesis import strategies as st

from warmup_app.core.cues import CueKind
from warmup_app.core.figures import side_phrase
from warmup_app.core.routine import Routine
from warmup_app.core.timeline import (
    STEP_NAME_DELAY_S,
    Cue,
    SegmentKind,
    Side,
    Timeline,
    TimelineOptions,
    compile_timeline,
    seconds_clear_after,
    speech_seconds,
    spoken_step_name,
)

LEAD, WORK, SWITCH, TRANSITION = (
    SegmentKind.LEAD_IN,
    SegmentKind.WORK,
    SegmentKind.SWITCH,
    SegmentKind.TRANSITION,
)
LEFT, RIGHT = Side.LEFT, Side.RIGHT
EPS = 1e-9

#: Short steps and pauses keep generated timelines (and metronome clicks) small.
small_routines = routines(max_step=90, max_pause=20, max_parts=3, max_steps=4, rich_text=False)
options = st.builds(
    TimelineOptions,
    cadence_spm=st.sampled_from([0.0, 120.0, 168.0, 185.5]),
    countdown_seconds=st.integers(0, 5),
    lead_in_override=st.one_of(st.none(), st.integers(0, 30)),
)


def cues_of(timeline: Timeline, kind: CueKind) -> list[Cue]:
    return [c for c in timeline.cues if c.kind is kind]


# -- one routine, every segment and cue spelled out ---------------------------------------------


@pytest.fixture
def small() -> Timeline:
    """Lead-in 5 s; part A: Walk 30 s, 10 s transition, Lunge 20 s per side with a 5 s switch;
    part B: Jog 10 s with metronome at 120 steps/min."""
    routine = make_routine(
        [
            [
                {"name": "Walk", "duration": "30s"},
                {"name": "Lunge", "duration": "20s", "per_side": True, "switch": "5s"},
            ],
            [{"name": "Jog", "duration": "10s", "metronome": True}],
        ],
        transitions=[10, 0],
        lead_in=5,
    )
    return compile_timeline(routine, TimelineOptions(cadence_spm=120.0))


def test_small_routine_segments(small: Timeline) -> None:
    assert [(s.kind, s.start, s.end, s.part, s.step, s.side) for s in small.segments] == [
        (LEAD, 0, 5, None, None, None),
        (WORK, 5, 35, 0, 0, None),
        (TRANSITION, 35, 45, 0, 1, None),
        (WORK, 45, 65, 0, 1, LEFT),
        (SWITCH, 65, 70, 0, 1, None),
        (WORK, 70, 90, 0, 1, RIGHT),
        (WORK, 90, 100, 1, 2, None),
    ]
    assert small.lead_in == 5
    assert small.end == 100
    assert small.total_seconds == 95
    assert small.work_indices == (1, 3, 5, 6)
    assert [(p.name, p.start, p.end) for p in small.parts] == [
        ("Part 1", 5, 90),
        ("Part 2", 90, 100),
    ]
    assert [(s.name, s.part, s.per_side, s.metronome) for s in small.steps] == [
        ("Walk", 0, False, False),
        ("Lunge", 0, True, False),
        ("Jog", 1, False, True),
    ]


def test_small_routine_cues(small: Timeline) -> None:
    c = CueKind
    clicks = [(c.METRONOME, 90 + i / 2, 2, None, "") for i in range(1, 20)]
    expected = [
        (c.NEXT_UP, 0, 0, None, "Next: Walk"),
        (c.COUNTDOWN, 2, 0, None, "3"),
        (c.COUNTDOWN, 3, 0, None, "2"),
        (c.COUNTDOWN, 4, 0, None, "1"),
        (c.GO, 5, 0, None, "Walk"),
        (c.PART_START, 5, 0, None, "Part 1"),
        (c.STEP_NAME, 5.6, 0, None, "Walk"),  # after the chime, the step's name
        (c.HALFWAY, 20, 0, None, "Halfway"),
        (c.NEXT_UP, 35, 1, LEFT, "Next: Lunge, left side"),
        (c.COUNTDOWN, 42, 1, LEFT, "3"),
        (c.COUNTDOWN, 43, 1, LEFT, "2"),
        (c.COUNTDOWN, 44, 1, LEFT, "1"),
        (c.GO, 45, 1, LEFT, "Lunge, left side"),
        (c.STEP_NAME, 45.6, 1, LEFT, f"Lunge, left {side_phrase(None)}"),
        (c.HALFWAY, 55, 1, LEFT, "Halfway"),
        (c.SWITCH_SIDES, 65, 1, LEFT, "Switch sides"),
        # The full announcement needs 2.1 s and the switch leaves 2 s before the countdown;
        # the side alone is said once the switch chime has sounded.
        (c.NEXT_UP, 65.6, 1, RIGHT, "Right side"),
        (c.COUNTDOWN, 67, 1, RIGHT, "3"),
        (c.COUNTDOWN, 68, 1, RIGHT, "2"),
        (c.COUNTDOWN, 69, 1, RIGHT, "1"),
        (c.GO, 70, 1, RIGHT, "Lunge, right side"),
        (c.STEP_NAME, 70.6, 1, RIGHT, f"Lunge, right {side_phrase(None)}"),
        (c.HALFWAY, 80, 1, RIGHT, "Halfway"),
        # No pause before Jog: said as late in the previous step as it can still finish.
        (c.NEXT_UP, 90 - 3 - speech_seconds("Next: Jog"), 2, None, "Next: Jog"),
        (c.COUNTDOWN, 87, 2, None, "3"),
        (c.COUNTDOWN, 88, 2, None, "2"),
        (c.COUNTDOWN, 89, 2, None, "1"),
        (c.GO, 90, 2, None, "Jog"),
        (c.PART_START, 90, 2, None, "Part 2"),
        *clicks[:1],
        (c.STEP_NAME, 90.6, 2, None, "Jog"),
        *clicks[1:],
        (c.FINISH, 100, None, None, "Warm-up complete"),
    ]
    got = [(q.kind, round(q.at, 9), q.step, q.side, q.text) for q in small.cues]
    assert got == [(k, round(at, 9), step, side, text) for k, at, step, side, text in expected]


def test_options_change_lead_in_countdown_and_cadence() -> None:
    routine = make_routine([[{"name": "Jog", "duration": 10, "metronome": True}]], lead_in=5)
    timeline = compile_timeline(
        routine, TimelineOptions(cadence_spm=60.0, countdown_seconds=2, lead_in_override=0)
    )
    assert [(s.kind, s.start, s.end) for s in timeline.segments] == [(WORK, 0, 10)]
    assert timeline.total_seconds == routine.total_seconds
    assert cues_of(timeline, CueKind.COUNTDOWN) == []  # no time before the first step
    assert cues_of(timeline, CueKind.NEXT_UP) == []
    assert [c.at for c in cues_of(timeline, CueKind.METRONOME)] == list(range(1, 10))
    silent = compile_timeline(routine, TimelineOptions(cadence_spm=0))
    assert cues_of(silent, CueKind.METRONOME) == []


def test_per_side_step_without_switch_pause() -> None:
    routine = make_routine(
        [[{"name": "Calf", "duration": 30, "per_side": True, "switch": 0}]], lead_in=0
    )
    timeline = compile_timeline(routine)
    assert [(s.kind, s.start, s.end, s.side) for s in timeline.segments] == [
        (WORK, 0, 30, LEFT),
        (WORK, 30, 60, RIGHT),
    ]
    [switch] = cues_of(timeline, CueKind.SWITCH_SIDES)
    assert switch.at == 30
    [next_up] = cues_of(timeline, CueKind.NEXT_UP)
    assert next_up.text == "Next: Calf, right side"
    assert next_up.at + speech_seconds(next_up.text) == pytest.approx(27)


@pytest.mark.parametrize("per_side", [False, True])
def test_step_after_a_short_transition_is_still_announced_by_name(per_side: bool) -> None:
    """A 5 s transition leaves 2 s before the countdown: too short to say a long name, so the
    announcement starts in the step before instead of being cut short or left out."""
    routine = make_routine(
        [
            [
                {"name": "Walk", "duration": 60},
                {"name": "Standing quad stretch", "duration": 30, "per_side": per_side},
            ]
        ],
        transitions=[5],
        lead_in=0,
    )
    timeline = compile_timeline(routine)
    [next_up, *_] = [c for c in cues_of(timeline, CueKind.NEXT_UP) if c.step == 1]
    side = ", left side" if per_side else ""
    assert next_up.text == f"Next: Standing quad stretch{side}"
    assert 0 <= next_up.at < 60
    assert next_up.at + speech_seconds(next_up.text) == pytest.approx(65 - 3)


def test_halfway_only_from_twenty_seconds() -> None:
    routine = make_routine([[{"name": "A", "duration": 19}, {"name": "B", "duration": 20}]])
    timeline = compile_timeline(routine)
    assert [(c.step, c.at) for c in cues_of(timeline, CueKind.HALFWAY)] == [(1, 10 + 19 + 10)]


# -- properties over generated routines ---------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(small_routines, options)
def test_segments_are_contiguous_and_total_matches_the_model(
    routine: Routine, opts: TimelineOptions
) -> None:
    timeline = compile_timeline(routine, opts)
    segments = timeline.segments
    assert segments[0].start == 0
    for before, after in itertools.pairwise(segments):
        assert before.end == after.start
    assert all(s.end > s.start for s in segments)
    assert timeline.end == segments[-1].end
    assert timeline.total_seconds == routine.total_seconds
    lead_in = opts.lead_in_override if opts.lead_in_override is not None else routine.lead_in
    assert timeline.lead_in == lead_in
    assert (segments[0].kind is LEAD) == (lead_in > 0)
    assert sum(s.kind is LEAD for s in segments) == (1 if lead_in else 0)
    # Every step appears, in order, once or once per side.
    steps = [s for p in routine.parts for s in p.steps]
    work = [segments[i] for i in timeline.work_indices]
    assert [s.kind for s in work] == [WORK] * len(work)
    expected_sides = [side for s in steps for side in ((LEFT, RIGHT) if s.per_side else (None,))]
    assert [s.side for s in work] == expected_sides
    assert [s.seconds for s in work] == [s.duration for s in steps for _ in range(s.sides)]
    # Parts tile the routine after the lead-in.
    assert timeline.parts[0].start == lead_in
    assert timeline.parts[-1].end == timeline.end
    for part, model in zip(timeline.parts, routine.parts, strict=True):
        assert part.seconds == model.total_seconds


@settings(max_examples=150, deadline=None)
@given(small_routines, options)
def test_cues_are_sorted_and_inside_the_timeline(routine: Routine, opts: TimelineOptions) -> None:
    timeline = compile_timeline(routine, opts)
    ats = [c.at for c in timeline.cues]
    assert ats == sorted(ats)
    assert all(0 <= at <= timeline.end for at in ats)
    [finish] = cues_of(timeline, CueKind.FINISH)
    assert finish.at == timeline.end
    assert timeline.cues[-1].kind is CueKind.FINISH or all(
        c.at == timeline.end for c in timeline.cues[timeline.cues.index(finish) :]
    )


@settings(max_examples=150, deadline=None)
@given(small_routines, options)
def test_every_work_segment_is_cued(routine: Routine, opts: TimelineOptions) -> None:
    timeline = compile_timeline(routine, opts)
    work = [timeline.segments[i] for i in timeline.work_indices]
    by_kind = {kind: cues_of(timeline, kind) for kind in CueKind}
    assert [(c.at, c.step, c.side) for c in by_kind[CueKind.GO]] == [
        (s.start, s.step, s.side) for s in work
    ]
    expected_countdown = [
        (s.start - k, str(k), s.step, s.side)
        for s in work
        for k in range(opts.countdown_seconds, 0, -1)
        if s.start - k >= 0
    ]
    got_countdown = [(c.at, c.text, c.step, c.side) for c in by_kind[CueKind.COUNTDOWN]]
    assert sorted(got_countdown, key=lambda x: x[0]) == sorted(
        expected_countdown, key=lambda x: x[0]
    )
    assert [(c.at, c.step, c.side) for c in by_kind[CueKind.HALFWAY]] == [
        (s.start + s.seconds / 2, s.step, s.side) for s in work if s.seconds >= 20
    ]
    assert [(c.at, c.step) for c in by_kind[CueKind.SWITCH_SIDES]] == [
        (s.end, s.step) for s in work if s.side is LEFT
    ]
    first_of_part = {}
    for s in work:
        first_of_part.setdefault(s.part, s)
    assert [(c.at, c.part, c.text) for c in by_kind[CueKind.PART_START]] == [
        (s.start, s.part, routine.parts[s.part or 0].name) for s in first_of_part.values()
    ]


@settings(max_examples=100, deadline=None)
@given(small_routines, options)
def test_metronome_clicks_only_inside_metronome_steps(
    routine: Routine, opts: TimelineOptions
) -> None:
    timeline = compile_timeline(routine, opts)
    clicks = cues_of(timeline, CueKind.METRONOME)
    work = [timeline.segments[i] for i in timeline.work_indices]
    metronome_work = [s for s in work if timeline.steps[s.step or 0].metronome]
    if opts.cadence_spm <= 0 or not metronome_work:
        assert clicks == []
        return
    interval = 60.0 / opts.cadence_spm
    for segment in metronome_work:
        inside = [c.at for c in clicks if c.step == segment.step and c.side == segment.side]
        assert all(segment.start < at < segment.end for at in inside)
        expected = [segment.start + i * interval for i in range(1, len(inside) + 1)]
        assert inside == pytest.approx(expected)
        assert segment.end - inside[-1] <= interval + EPS if inside else segment.seconds <= interval
    assert len(clicks) == sum(int((s.seconds - EPS) // interval) for s in metronome_work)


@settings(max_examples=150, deadline=None)
@given(small_routines, options)
def test_next_up_finishes_before_its_countdown(routine: Routine, opts: TimelineOptions) -> None:
    timeline = compile_timeline(routine, opts)
    announcements = cues_of(timeline, CueKind.NEXT_UP)
    work = [timeline.segments[i] for i in timeline.work_indices]
    starts = {(s.step, s.side): s.start for s in work}
    assert len(starts) == len(work)
    for cue in announcements:
        assert cue.at >= 0
        done = cue.at + speech_seconds(cue.text)
        assert done <= starts[(cue.step, cue.side)] - opts.countdown_seconds + EPS
    # At most one per work segment.
    assert len({(c.step, c.side) for c in announcements}) == len(announcements)


#: Steps of 10 s or more, as real warm-ups have: then the voice never overlaps itself or a tick.
realistic_routines = routines(
    min_step=10, max_step=90, max_pause=20, max_parts=3, max_steps=4, rich_text=False
)


@settings(max_examples=150, deadline=None)
@given(realistic_routines, options)
def test_next_up_never_talks_over_a_countdown_or_another_announcement(
    routine: Routine, opts: TimelineOptions
) -> None:
    timeline = compile_timeline(routine, opts)
    announcements = cues_of(timeline, CueKind.NEXT_UP)
    ticks = [c.at for c in cues_of(timeline, CueKind.COUNTDOWN)]
    for cue in announcements:
        done = cue.at + speech_seconds(cue.text)
        assert not any(cue.at + EPS < tick < done - EPS for tick in ticks)
    for first, second in itertools.pairwise(announcements):
        assert first.at + speech_seconds(first.text) <= second.at + EPS
    # With 10 s steps and a default countdown, every step is announced.
    if opts.countdown_seconds <= 3:
        announced = {(c.step, c.side) for c in announcements}
        work = [timeline.segments[i] for i in timeline.work_indices]
        first_start = work[0].start
        needed = {
            (s.step, s.side)
            for s in work
            if s.start > first_start or first_start >= opts.countdown_seconds + 2.5
        }
        assert needed <= announced


def test_long_pauses_always_announce_the_full_name() -> None:
    routine = make_routine(
        [
            [
                {"name": "Deep lunge stretch", "duration": 40, "per_side": True, "switch": 10},
                {"name": "Standing calf stretch", "duration": 40, "per_side": True},
            ]
        ],
        transitions=[15],
    )
    texts = [c.text for c in cues_of(compile_timeline(routine), CueKind.NEXT_UP)]
    assert texts == [
        "Next: Deep lunge stretch, left side",
        "Next: Deep lunge stretch, right side",
        "Next: Standing calf stretch, left side",
        "Right side",  # default 5 s switch: only the side fits
    ]


def go_cue(timeline: Timeline, step: int, side: Side | None = None) -> Cue:
    return next(
        c for c in timeline.cues if c.kind is CueKind.GO and c.step == step and c.side == side
    )


def test_a_step_is_named_with_what_its_side_does(
    small: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert spoken_step_name(small, go_cue(small, 0)) == "Walk"
    from warmup_app.core import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "side_phrase", lambda figure: "leg forward")
    assert spoken_step_name(small, go_cue(small, 1, RIGHT)) == "Lunge, right leg forward"


def test_room_after_an_instant_ends_at_the_next_tick_or_spoken_cue(small: Timeline) -> None:
    # Walk's name is said at 5.6; "Next: Lunge, left side" at 35 (before its countdown at 42).
    assert seconds_clear_after(small, 5.0) == pytest.approx(0.6)
    assert seconds_clear_after(small, 6.0) == pytest.approx(29.0)
    assert seconds_clear_after(small, 91.0) == pytest.approx(9.0)  # the finish is said too
    assert seconds_clear_after(small, 100.5) is None


def test_a_name_that_would_run_into_a_tick_is_left_to_the_screen() -> None:
    # A runs 10-12 s; B's countdown ticks at 9, 10 and 11: no room to say "A" after its chime.
    routine = make_routine([[{"name": "A", "duration": 2}, {"name": "B", "duration": 10}]])
    timeline = compile_timeline(routine)
    assert [c.text for c in cues_of(timeline, CueKind.STEP_NAME)] == ["B"]


@settings(max_examples=150, deadline=None)
@given(small_routines, options)
def test_step_names_follow_their_go_and_never_overlap_a_tick_or_other_speech(
    routine: Routine, opts: TimelineOptions
) -> None:
    timeline = compile_timeline(routine, opts)
    names = cues_of(timeline, CueKind.STEP_NAME)
    gos = {(c.step, c.side): c.at for c in cues_of(timeline, CueKind.GO)}
    assert len({(c.step, c.side) for c in names}) == len(names)  # at most one per segment
    stops = [
        c
        for c in timeline.cues
        if c.kind in (CueKind.COUNTDOWN, CueKind.NEXT_UP, CueKind.STEP_NAME, CueKind.FINISH)
    ]
    for name in names:
        assert name.at == pytest.approx(gos[(name.step, name.side)] + STEP_NAME_DELAY_S)
        done = name.at + speech_seconds(name.text)
        assert not any(name.at + EPS < c.at < done - EPS for c in stops), name
    # Every spoken line ends before the next one starts, whatever its kind.
    spoken = [c for c in timeline.cues if c.kind in (CueKind.NEXT_UP, CueKind.STEP_NAME)]
    for first, second in itertools.pairwise(spoken):
        if first.kind is CueKind.STEP_NAME:
            assert first.at + speech_seconds(first.text) <= second.at + EPS


@settings(max_examples=100, deadline=None)
@given(routines(min_step=20, max_step=90, max_pause=20, max_parts=3, max_steps=4, rich_text=False))
def test_steps_of_twenty_seconds_or_more_are_all_named(routine: Routine) -> None:
    """(A 10 s side with no switch can be too short: its name and the next side's
    "Next: ..." do not both fit before the countdown, and the announcement wins.)"""
    timeline = compile_timeline(routine)
    named = {(c.step, c.side) for c in cues_of(timeline, CueKind.STEP_NAME)}
    work = [timeline.segments[i] for i in timeline.work_indices]
    assert named == {(s.step, s.side) for s in work}
