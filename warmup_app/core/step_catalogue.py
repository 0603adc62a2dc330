"""Ready-made steps for the editor, with their instructions filled in.

The text lives in one place: the built-in routines. The catalogue picks its steps out of them, so
a correction to a stretch's coaching cue in ``pre-run.warmup.toml`` reaches the editor too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from warmup_app import paths
from warmup_app.core.routine import Routine, Step
from warmup_app.core.routine_files import RoutineFileError, load_routine
from warmup_app.core.routine_text import Translate, translated_step
from warmup_app.paths import ROUTINE_SUFFIX

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogueItem:
    key: str
    step: Step


# (key, built-in routine id, step name in that routine, name in the catalogue or None to keep it)
_SOURCES: tuple[tuple[str, str, str, str | None], ...] = (
    ("walk", "pre-run", "Brisk walk", None),
    ("jog", "pre-run", "Easy jog", None),
    ("lunge", "pre-run", "Deep lunge stretch", None),
    ("quad", "pre-run", "Standing quad stretch", None),
    ("adductor", "pre-run", "Standing adductor stretch", None),
    ("tfl", "pre-run", "Standing TFL stretch", None),
    ("glute", "pre-run", "Lying glute stretch", None),
    ("calf", "pre-run", "Standing calf stretch", None),
    ("stride", "race-day", "Stride 1 of 4", "Stride"),
    ("walk-back", "race-day", "Walk back", None),
)


def load_catalogue(
    builtin_dir: Path | None = None, translate: Translate | None = None
) -> list[CatalogueItem]:
    """The catalogue in a sensible order: walk, jog, the six stretches, strides.

    A step whose source routine is missing or broken is left out (and logged) rather than
    stopping the editor from opening. ``translate``: the interface language's lookup, as for
    the built-in routines the steps come from.
    """
    folder = builtin_dir if builtin_dir is not None else paths.builtin_routines_dir()
    routines: dict[str, Routine | None] = {}
    items: list[CatalogueItem] = []
    for key, routine_id, step_name, rename in _SOURCES:
        if routine_id not in routines:
            routines[routine_id] = _load(folder / f"{routine_id}{ROUTINE_SUFFIX}")
        routine = routines[routine_id]
        step = _find(routine, step_name) if routine is not None else None
        if step is None:
            log.warning("step catalogue: %r not found in %s", step_name, routine_id)
            continue
        if rename is not None:
            step = step.model_copy(update={"name": rename})
        if translate is not None:
            step = translated_step(step, translate)
        items.append(CatalogueItem(key, step))
    return items


def _load(path: Path) -> Routine | None:
    try:
        return load_routine(path)
    except RoutineFileError as exc:
        log.warning("step catalogue: cannot read %s: %s", path, exc)
        return None


def _find(routine: Routine, name: str) -> Step | None:
    for part in routine.parts:
        for step in part.steps:
            if step.name == name:
                return step
    return None
