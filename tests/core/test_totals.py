"""One total formula: the model and the editor's draft must never show different totals."""

from __future__ import annotations

from core_helpers import routines
from hypothesis import given, settings
from hypothesis import strategies as st

from warmup_app.core.routine import Routine
from warmup_app.core.totals import part_seconds, routine_seconds, step_seconds
from warmup_app.gui.routines.draft import PartDraft, RoutineDraft, StepDraft, check


def test_step_seconds() -> None:
    assert step_seconds(40, per_side=False, switch=5) == 40  # the switch only counts per side
    assert step_seconds(40, per_side=True, switch=5) == 40 + 5 + 40
    assert step_seconds(40, per_side=True, switch=0) == 80


def test_part_seconds_counts_transitions_between_steps_only() -> None:
    assert part_seconds([60], 15) == 60
    assert part_seconds([60, 85, 85], 15) == 60 + 85 + 85 + 2 * 15
    assert part_seconds([], 15) == 0  # an empty part exists only in a draft


def test_routine_seconds_adds_parts_back_to_back() -> None:
    assert routine_seconds([780, 185]) == 965
    assert routine_seconds(iter([])) == 0


def test_readme_example_in_the_draft() -> None:
    """1:00 + 12:00, then 2 x (0:40 + 0:05 + 0:40) + 0:15 = 16:05, lead-in not counted."""
    draft = RoutineDraft(
        "Example",
        lead_in=30,
        parts=[
            PartDraft("Jog", 0, [StepDraft("Walk", 60), StepDraft("Jog", 720)]),
            PartDraft(
                "Stretches",
                15,
                [StepDraft("Lunge", 40, per_side=True), StepDraft("Calf", 40, per_side=True)],
            ),
        ],
    )
    assert [p.total_seconds for p in draft.parts] == [13 * 60, 3 * 60 + 5]
    assert draft.total_seconds == 16 * 60 + 5


@settings(max_examples=100, deadline=None)
@given(routines(rich_text=False))
def test_draft_and_model_agree(routine: Routine) -> None:
    draft = RoutineDraft.from_routine(routine)
    assert draft.total_seconds == routine.total_seconds
    assert [p.total_seconds for p in draft.parts] == [p.total_seconds for p in routine.parts]
    assert [s.total_seconds for p in draft.parts for s in p.steps] == [
        s.total_seconds for p in routine.parts for s in p.steps
    ]
    checked = check(draft)
    assert checked.routine is not None
    assert checked.routine.total_seconds == draft.total_seconds


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 600),
            st.lists(
                st.tuples(st.integers(1, 3600), st.booleans(), st.integers(0, 600)), max_size=5
            ),
        ),
        max_size=4,
    )
)
def test_draft_total_is_the_documented_formula(
    parts: list[tuple[int, list[tuple[int, bool, int]]]],
) -> None:
    """Also for drafts the model would refuse (an empty part, no parts)."""
    draft = RoutineDraft(
        "Draft",
        parts=[
            PartDraft(
                "P", transition, [StepDraft("S", d, per_side=p, switch=w) for d, p, w in steps]
            )
            for transition, steps in parts
        ],
    )
    steps_total = sum(d * (2 if p else 1) + (w if p else 0) for _, s in parts for d, p, w in s)
    transitions = sum(t * max(len(s) - 1, 0) for t, s in parts)
    assert draft.total_seconds == steps_total + transitions
