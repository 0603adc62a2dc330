"""Today's warm-up adapted to a self-check: exact changes on the built-ins, properties on any."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.core_helpers import make_routine, routines
from warmup_app import paths
from warmup_app.core.routine import MAX_NAME, MAX_STEP_SECONDS, Routine
from warmup_app.core.routine_files import load_routine
from warmup_app.core.selfcheck.adapt import ADAPTED_SUFFIX, adapt, adapted_name, is_easy_jog
from warmup_app.core.selfcheck.rules import SuggestionKind

JOG = SuggestionKind.LONGER_EASY_JOG
METRONOME = SuggestionKind.METRONOME_ON


def builtin(routine_id: str) -> Routine:
    return load_routine(paths.builtin_routines_dir() / f"{routine_id}.warmup.toml")


@pytest.mark.parametrize(
    ("routine_id", "jog_before", "jog_after", "total_before", "total_after", "over"),
    [
        # 17:45 + 3:00 would pass 20:00, so 2 minutes: the example in the issue.
        ("pre-run", 7 * 60, 9 * 60, 17 * 60 + 45, 19 * 60 + 45, False),
        ("quick", 6 * 60 + 30, 9 * 60 + 30, 15 * 60 + 15, 18 * 60 + 15, False),
        # Already 19:45: two minutes is the least worth offering, and the UI says it goes over.
        ("race-day", 6 * 60, 8 * 60, 19 * 60 + 45, 21 * 60 + 45, True),
    ],
)
def test_longer_easy_jog_on_the_builtins(
    routine_id: str,
    jog_before: int,
    jog_after: int,
    total_before: int,
    total_after: int,
    over: bool,
) -> None:
    routine = builtin(routine_id)
    adaptation = adapt(routine, [JOG])
    assert adaptation.applicable
    (change,) = adaptation.changes
    assert (change.part, change.step, change.name) == (0, 1, "Easy jog")
    assert (change.seconds_before, change.seconds_after) == (jog_before, jog_after)
    assert change.longer
    assert not change.metronome_turned_on
    assert (adaptation.total_before, adaptation.total_after) == (total_before, total_after)
    assert adaptation.routine.total_seconds == total_after
    assert adaptation.over_recommended is over
    assert adaptation.routine.name == routine.name + ADAPTED_SUFFIX
    assert routine.parts[0].steps[1].duration == jog_before  # the original is untouched


def test_metronome_on_changes_only_the_jog() -> None:
    routine = builtin("pre-run")
    adaptation = adapt(routine, [METRONOME])
    (change,) = adaptation.changes
    assert change.name == "Easy jog"
    assert change.metronome_turned_on
    assert not change.longer
    assert adaptation.total_after == adaptation.total_before
    assert not routine.parts[0].steps[1].metronome
    steps = [s for p in adaptation.routine.parts for s in p.steps]
    assert [s.name for s in steps if s.metronome] == ["Easy jog"]


def test_both_changes_land_on_the_same_step_once() -> None:
    adaptation = adapt(builtin("quick"), [METRONOME, JOG, JOG])
    assert adaptation.kinds == (JOG, METRONOME)  # canonical order, repeats dropped
    (change,) = adaptation.changes
    assert change.longer
    assert change.metronome_turned_on


def test_nothing_to_change_keeps_the_name_and_says_so() -> None:
    no_jog = make_routine(
        [[{"name": "Brisk walk", "duration": 60}], [{"name": "Lunge", "duration": 30}]]
    )
    for kinds in ([JOG], [METRONOME], [JOG, METRONOME], []):
        adaptation = adapt(no_jog, kinds)
        assert not adaptation.applicable
        assert adaptation.routine == no_jog
        assert adaptation.routine is not no_jog


def test_metronome_already_on_is_not_a_change() -> None:
    routine = make_routine([[{"name": "Easy JOG", "duration": 300, "metronome": True}]])
    assert not adapt(routine, [METRONOME]).applicable


def test_longer_jog_takes_the_longest_jog_of_the_first_part_only() -> None:
    routine = make_routine(
        [
            [
                {"name": "Jog, easy", "duration": 120},
                {"name": "Slow jogging", "duration": 240},
                {"name": "Walk", "duration": 60},
            ],
            [{"name": "Jog back", "duration": 600}],
        ]
    )
    (change,) = adapt(routine, [JOG]).changes
    assert (change.part, change.step, change.seconds_after) == (0, 1, 240 + 180)
    metronome = adapt(routine, [METRONOME]).changes
    assert [(c.part, c.step) for c in metronome] == [(0, 0), (0, 1), (1, 0)]


def test_a_jog_at_the_step_limit_stays_valid() -> None:
    routine = make_routine([[{"name": "Jog", "duration": MAX_STEP_SECONDS - 30}]])
    (change,) = adapt(routine, [JOG]).changes
    assert change.seconds_after == MAX_STEP_SECONDS


def test_a_long_name_still_fits() -> None:
    name = "x" * MAX_NAME
    assert len(adapted_name(name)) == MAX_NAME
    assert adapted_name(name).endswith(ADAPTED_SUFFIX)
    assert adapted_name("Mine", " (heute)") == "Mine (heute)"


@settings(max_examples=150, deadline=None)
@given(routine=routines(max_step=1200), kinds=st.sets(st.sampled_from(list(SuggestionKind))))
def test_properties_over_any_routine(routine: Routine, kinds: set[SuggestionKind]) -> None:
    snapshot = routine.model_dump()
    adaptation = adapt(routine, kinds)
    assert routine.model_dump() == snapshot  # never changes the original
    Routine.model_validate(adaptation.routine.model_dump())  # the copy is a valid routine
    for change in adaptation.changes:
        step = adaptation.routine.parts[change.part].steps[change.step]
        assert is_easy_jog(step)
        assert (step.duration, step.metronome) == (change.seconds_after, change.metronome_after)
        if change.longer:
            assert JOG in kinds
            assert change.part == 0
            assert change.seconds_after - change.seconds_before in (120, 180) or (
                change.seconds_after == MAX_STEP_SECONDS
            )
        if change.metronome_turned_on:
            assert METRONOME in kinds
    extra = sum(c.seconds_after - c.seconds_before for c in adaptation.changes)
    assert adaptation.total_after == routine.total_seconds + extra
    assert len([c for c in adaptation.changes if c.longer]) <= 1
