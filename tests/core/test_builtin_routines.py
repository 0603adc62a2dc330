"""The shipped routines: valid, 15-20 minutes, the warm-up the domain notes ask for, no claims."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warmup_app.core.cues import CueKind
from warmup_app.core.routine import Routine, Step
from warmup_app.core.routine_files import load_library, load_routine, routine_files
from warmup_app.core.timeline import compile_timeline
from warmup_app.paths import builtin_routines_dir

FILES = routine_files(builtin_routines_dir())
IDS = [p.name for p in FILES]

#: The six dynamic stretches of the article, as the domain notes name them.
STRETCHES = (
    "deep lunge",
    "standing quad",
    "standing adductor",
    "standing tfl",
    "lying glute",
    "standing calf",
)

#: Claims the app must not make (domain notes, section 3), as lower-case patterns.
FORBIDDEN = {
    r"prevent": "no claim that the warm-up prevents injury",
    r"%": "no percentages",
    r"\bcures?\b|\btreats?\b|\bheals?\b": "no claim that it treats heavy legs",
    r"guarantee": "no guarantees",
    r"midfoot|forefoot|heel strik": "never tell runners to change their foot strike",
    r"\b180\b": "no fixed 180 steps/min cadence",
    r"low[- ]carb": "never recommend a low-carb diet",
    r"iron supplement": "no supplements without a test",
    r"\bhold (it |the stretch )?for (3[1-9]|[4-9]\d|\d{3,})": "no static holds beyond ~30 s",
}


def texts(routine: Routine) -> list[str]:
    """Every piece of text a runner reads or hears."""
    out = [routine.name, routine.description]
    for part in routine.parts:
        out.append(part.name)
        for step in part.steps:
            out += [step.name, step.reps, step.instructions]
    return out


def stretch_part(routine: Routine) -> list[tuple[str, Step]]:
    parts = [p for p in routine.parts if "stretch" in p.name.lower()]
    assert len(parts) == 1, "one part holds the dynamic stretches"
    return [(s.name.lower(), s) for s in parts[0].steps]


def test_there_are_builtin_routines() -> None:
    assert sorted(IDS) == ["pre-run.warmup.toml", "quick.warmup.toml", "race-day.warmup.toml"]


def test_all_load_and_none_is_broken() -> None:
    library = load_library(builtin_routines_dir(), None)
    assert library.broken == []
    assert [e.id for e in library.routines] == ["pre-run", "quick", "race-day"]
    assert all(e.builtin for e in library.routines)
    assert len({e.routine.name for e in library.routines}) == 3


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_total_is_15_to_20_minutes(path: Path) -> None:
    routine = load_routine(path)
    assert 15 * 60 <= routine.total_seconds <= 20 * 60
    assert routine.duration_warnings() == []
    assert routine.lead_in == 10


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_header_comment_states_the_real_totals(path: Path) -> None:
    """The comment at the top ("Total 17:45: Jog 8:00, ...") must not go stale."""
    routine = load_routine(path)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.search(r"Total (\d+):(\d\d): (.*)\.$", header)
    assert match, header
    assert int(match.group(1)) * 60 + int(match.group(2)) == routine.total_seconds
    stated = dict(
        (name.strip(), int(m) * 60 + int(s))
        for name, m, s in re.findall(r"([^,]+?) (\d+):(\d\d)", match.group(3))
    )
    assert stated == {p.name: p.total_seconds for p in routine.parts}


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_starts_with_an_easy_jog(path: Path) -> None:
    routine = load_routine(path)
    jog = routine.parts[0]
    assert "jog" in jog.name.lower()
    jog_steps = [s for s in jog.steps if "jog" in s.name.lower()]
    assert len(jog_steps) == 1
    assert 5 * 60 <= jog_steps[0].duration <= 10 * 60  # domain: 5-10 min at easy effort
    assert "conversational" in jog_steps[0].instructions.lower()
    assert not any(s.per_side for s in jog.steps)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_has_the_six_dynamic_stretches_each_side(path: Path) -> None:
    routine = load_routine(path)
    assert routine.parts[1].name.lower().startswith("dynamic stretch")
    steps = stretch_part(routine)
    for stretch in STRETCHES:
        matching = [step for name, step in steps if stretch in name]
        assert len(matching) == 1, f"{stretch} appears once"
    assert len(steps) == len(STRETCHES)
    part = routine.parts[1]
    assert 10 <= part.transition <= 15  # domain: ~10-15 s to the next exercise
    for step in part.steps:
        assert step.per_side, f"{step.name} runs on both sides"
        assert 30 <= step.duration <= 45, "about 30-45 s per side"
        assert 3 <= step.switch <= 10
        assert "reps" in step.reps
        assert "bouncing" in step.instructions.lower(), "dynamic, controlled, no bouncing"
        assert "pain" in step.instructions.lower()


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_step_explains_itself(path: Path) -> None:
    routine = load_routine(path)
    assert routine.description.strip()
    for part in routine.parts:
        for step in part.steps:
            assert len(step.instructions.strip()) >= 30, step.name
            assert step.instructions.strip().endswith("."), step.name


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_no_forbidden_claims(path: Path) -> None:
    routine = load_routine(path)
    raw = path.read_text(encoding="utf-8").lower()
    for text in [*texts(routine), raw]:
        lowered = text.lower()
        for pattern, why in FORBIDDEN.items():
            assert not re.search(pattern, lowered), f"{why}: {text[:80]!r}"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_stretch_side_is_announced_by_name(path: Path) -> None:
    """The runner is not looking: each stretch is named before its left side, and the right
    side is announced too."""
    routine = load_routine(path)
    timeline = compile_timeline(routine)
    announced = {(c.step, c.side): c.text for c in timeline.cues if c.kind is CueKind.NEXT_UP}
    for index, info in enumerate(timeline.steps):
        if info.per_side:
            assert announced[(index, "left")].startswith(f"Next: {info.name}")
            assert (index, "right") in announced
        else:
            assert announced[(index, None)] == f"Next: {info.name}"


def test_race_day_ends_with_relaxed_strides() -> None:
    routine = load_routine(builtin_routines_dir() / "race-day.warmup.toml")
    strides = routine.parts[-1]
    assert strides.name == "Strides"
    runs = [s for s in strides.steps if s.name.startswith("Stride")]
    assert 3 <= len(runs) <= 4
    assert all(s.duration == 15 for s in runs)
    assert all("not a sprint" in s.instructions for s in runs)
