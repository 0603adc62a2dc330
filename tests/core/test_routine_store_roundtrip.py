"""Any valid routine saved by the store loads back equal (property-based)."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warmup_app.core.routine import MAX_PAUSE_SECONDS, MAX_STEP_SECONDS, Routine
from warmup_app.core.routine_files import load_library, load_routine
from warmup_app.core.routine_store import RoutineStore


def _allowed(char: str, *, single_line: bool) -> bool:
    category = unicodedata.category(char)
    if category == "Cs":
        return False
    if category == "Cc":
        return char in ({"\t"} if single_line else {"\n", "\t", "\r"})
    return True


names = (
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=30)
    .filter(lambda s: all(_allowed(c, single_line=True) for c in s))
    .filter(lambda s: 0 < len(s.strip()) <= 200)
)
long_texts = st.text(st.characters(codec="utf-8"), max_size=60).filter(
    lambda s: all(_allowed(c, single_line=False) for c in s)
)

steps = st.fixed_dictionaries(
    {
        "name": names,
        "duration": st.integers(1, MAX_STEP_SECONDS),
        "per_side": st.booleans(),
        "switch": st.integers(0, MAX_PAUSE_SECONDS),
        "reps": long_texts,
        "instructions": long_texts,
        "metronome": st.booleans(),
    }
)
parts = st.fixed_dictionaries(
    {
        "name": names,
        "transition": st.integers(0, MAX_PAUSE_SECONDS),
        "steps": st.lists(steps, min_size=1, max_size=4),
    }
)
routines = st.builds(
    lambda name, description, lead_in, part_list: Routine.model_validate(
        {
            "format": 1,
            "name": name,
            "description": description,
            "lead_in": lead_in,
            "parts": part_list,
        }
    ),
    names,
    long_texts,
    st.integers(0, MAX_PAUSE_SECONDS),
    st.lists(parts, min_size=1, max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines)
def test_save_then_load_gives_an_equal_routine(routine: Routine) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "routines"
        store = RoutineStore(folder, Path(tmp) / "trash")
        path = store.save(routine)
        assert path.parent == folder.resolve()
        assert load_routine(path) == routine
        again = store.save(routine, path)  # saving unchanged keeps the same file
        assert again == path
        library = load_library(Path(tmp) / "none", folder)
        assert not library.broken
        assert [e.routine for e in library.routines] == [routine]
