"""Today's warm-up, adapted to a self-check: pure changes to a copy of a routine.

The self-check can suggest two changes (``SuggestionKind``); this module says exactly what each
would do to a given routine, and makes the changed copy. The original is never touched.

* ``LONGER_EASY_JOG`` (legs heavy from training load): the longest easy-jog step of the first
  part gets 3 more minutes, or 2 when 3 would take the warm-up past the recommended 20 minutes.
  Two minutes is the least worth offering, so a routine already near 20 minutes goes over it
  (``over_recommended`` says so; the UI shows it).
* ``METRONOME_ON`` (overstriding or few steps per minute): every easy-jog step gets the cadence
  metronome.

An easy-jog step is one that shows the easy-jog figure, or whose name contains "jog" (any case):
the built-in routines name it "Easy jog" in English and show that figure in every language. A
routine without one is left as it is (no changes, ``applicable`` is False).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from warmup_app.core.routine import (
    MAX_NAME,
    MAX_STEP_SECONDS,
    RECOMMENDED_MAX_SECONDS,
    Routine,
    Step,
)
from warmup_app.core.selfcheck.rules import SuggestionKind

LONGER_JOG_SECONDS = 180  # preferred extra easy jogging
SHORTER_LONGER_JOG_SECONDS = 120  # when 3 minutes would pass the recommended maximum
ADAPTED_SUFFIX = " (adapted)"


@dataclass(frozen=True)
class StepChange:
    """One step as it was and as it will be (``part``/``step`` index the routine's lists)."""

    part: int
    step: int
    name: str
    seconds_before: int
    seconds_after: int
    metronome_before: bool
    metronome_after: bool

    @property
    def longer(self) -> bool:
        return self.seconds_after != self.seconds_before

    @property
    def metronome_turned_on(self) -> bool:
        return self.metronome_after and not self.metronome_before


@dataclass(frozen=True)
class Adaptation:
    """The changed copy and what changed, for the UI to show before the runner accepts it."""

    kinds: tuple[SuggestionKind, ...]
    routine: Routine
    changes: tuple[StepChange, ...]
    total_before: int
    total_after: int

    @property
    def applicable(self) -> bool:
        """False when the routine has nothing to change (no jog step, metronome already on)."""
        return bool(self.changes)

    @property
    def over_recommended(self) -> bool:
        return self.total_after > RECOMMENDED_MAX_SECONDS


def is_easy_jog(step: Step) -> bool:
    return step.figure == "easy-jog" or "jog" in step.name.casefold()


def _longest_jog_in_first_part(routine: Routine) -> int | None:
    steps = routine.parts[0].steps
    jogs = [i for i, s in enumerate(steps) if is_easy_jog(s)]
    return max(jogs, key=lambda i: steps[i].duration, default=None)


def extra_jog_seconds(routine: Routine) -> int:
    """3 minutes, or 2 when 3 would take the total past the recommended maximum."""
    if routine.total_seconds + LONGER_JOG_SECONDS <= RECOMMENDED_MAX_SECONDS:
        return LONGER_JOG_SECONDS
    return SHORTER_LONGER_JOG_SECONDS


def adapted_name(name: str, suffix: str = ADAPTED_SUFFIX) -> str:
    """The copy's name: the original with ``suffix``, shortened to fit the name limit."""
    return name[: MAX_NAME - len(suffix)].rstrip() + suffix


def adapt(
    routine: Routine, kinds: Iterable[SuggestionKind], *, name_suffix: str = ADAPTED_SUFFIX
) -> Adaptation:
    """Apply ``kinds`` (in any order, repeats ignored) to a deep copy of ``routine``.

    With no change to make, the copy keeps the original name; otherwise ``name_suffix`` is
    added (the UI passes a translated one).
    """
    wanted = tuple(k for k in SuggestionKind if k in set(kinds))
    copy = routine.model_copy(deep=True)
    before = {
        (p, s): (step.duration, step.metronome)
        for p, part in enumerate(routine.parts)
        for s, step in enumerate(part.steps)
    }
    if SuggestionKind.LONGER_EASY_JOG in wanted:
        index = _longest_jog_in_first_part(routine)
        if index is not None:
            step = copy.parts[0].steps[index]
            # Assignment is validated (the model has validate_assignment), so limits still hold.
            step.duration = min(MAX_STEP_SECONDS, step.duration + extra_jog_seconds(routine))
    if SuggestionKind.METRONOME_ON in wanted:
        for part in copy.parts:
            for step in part.steps:
                if is_easy_jog(step):
                    step.metronome = True
    changes = tuple(
        StepChange(
            part=p,
            step=s,
            name=step.name,
            seconds_before=before[(p, s)][0],
            seconds_after=step.duration,
            metronome_before=before[(p, s)][1],
            metronome_after=step.metronome,
        )
        for p, part in enumerate(copy.parts)
        for s, step in enumerate(part.steps)
        if (step.duration, step.metronome) != before[(p, s)]
    )
    if changes:
        copy.name = adapted_name(routine.name, name_suffix)
    return Adaptation(wanted, copy, changes, routine.total_seconds, copy.total_seconds)
