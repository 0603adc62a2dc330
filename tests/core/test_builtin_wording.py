"""Issue 12 point 5: the shipped routines explain the anatomy words a newcomer may not know."""

from __future__ import annotations

from pathlib import Path

import pytest

from warmup_app.core.routine_files import load_routine, routine_files
from warmup_app.paths import builtin_routines_dir

FILES = routine_files(builtin_routines_dir())

#: A word in a step's name or instructions -> words its instructions must use to explain it.
EXPLAINED = {"tfl": "outer hip", "adductor": "inner thigh", "glute": "buttock"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_tfl_adductor_and_glute_are_explained_where_they_appear(path: Path) -> None:
    routine = load_routine(path)
    seen = set()
    for part in routine.parts:
        for step in part.steps:
            text = f"{step.name} {step.instructions}".lower()
            for word, explanation in EXPLAINED.items():
                if word in text:
                    seen.add(word)
                    assert explanation in step.instructions.lower(), (step.name, word)
    assert seen == set(EXPLAINED)
