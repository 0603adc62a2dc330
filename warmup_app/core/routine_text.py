"""The words of a routine, for translating the built-in ones (a user's routine is shown as written).

A built-in routine is translated as it loads: each of its texts is looked up, by its English
wording, in the interface language's catalogue, so everything downstream (the run screen, the
timeline's spoken lines, the editor's copy) sees one routine in one language. No Qt: the GUI
passes the lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from warmup_app.core.routine import Part, Routine, Step

#: Looks up one English text; returns it unchanged when there is no translation.
Translate = Callable[[str], str]


def routine_texts(routine: Routine) -> Iterator[str]:
    """Every non-empty text a runner reads or hears in ``routine``, in file order."""
    yield from (t for t in (routine.name, routine.description) if t)
    for part in routine.parts:
        yield part.name
        for step in part.steps:
            yield from step_texts(step)


def step_texts(step: Step) -> Iterator[str]:
    """Every non-empty text of one step."""
    texts = [step.name, step.reps, step.instructions, *step.cue_lines]
    yield from (t for t in texts if t)


def translated_step(step: Step, translate: Translate) -> Step:
    """A copy of ``step`` with its texts passed through ``translate``."""

    def text(value: str) -> str:
        return translate(value) if value else value

    return step.model_copy(
        update={
            "name": text(step.name),
            "reps": text(step.reps),
            "instructions": text(step.instructions),
            "cue_lines": [text(line) for line in step.cue_lines],
        }
    )


def translated_routine(routine: Routine, translate: Translate) -> Routine:
    """A copy of ``routine`` with every text passed through ``translate``."""

    def text(value: str) -> str:
        return translate(value) if value else value

    def part(p: Part) -> Part:
        steps = [translated_step(s, translate) for s in p.steps]
        return p.model_copy(update={"name": text(p.name), "steps": steps})

    return routine.model_copy(
        update={
            "name": text(routine.name),
            "description": text(routine.description),
            "parts": [part(p) for p in routine.parts],
        }
    )
