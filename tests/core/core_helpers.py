"""Shared by the core tests: a fake monotonic clock and hypothesis strategies for routines."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from warmup_app.core.routine import MAX_PAUSE_SECONDS, MAX_STEP_SECONDS, Routine

#: Letters, digits, punctuation, spaces and any script; no control characters or surrogates.
_TEXT_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))

names = st.text(_TEXT_CHARS, min_size=1, max_size=40).filter(lambda s: s.strip() != "")
long_texts = st.text(st.one_of(_TEXT_CHARS, st.sampled_from(["\n", "\t", "\r", " "])), max_size=120)
#: Plain words, so spoken announcements have realistic lengths.
words = st.lists(
    st.sampled_from(["Deep", "lunge", "stretch", "Easy", "jog", "Standing", "calf", "A"]),
    min_size=1,
    max_size=4,
).map(" ".join)


class FakeClock:
    """A monotonic clock the test moves by hand (``clock.t``); never sleeps."""

    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def routine_data(
    steps: list[list[dict[str, Any]]],
    *,
    transitions: list[int] | None = None,
    lead_in: int = 10,
    name: str = "Test routine",
) -> dict[str, Any]:
    """A routine as the dict a TOML file would give, parts given as lists of step dicts."""
    transitions = transitions or [0] * len(steps)
    return {
        "format": 1,
        "name": name,
        "lead_in": lead_in,
        "parts": [
            {"name": f"Part {i + 1}", "transition": t, "steps": part}
            for i, (part, t) in enumerate(zip(steps, transitions, strict=True))
        ],
    }


def make_routine(
    steps: list[list[dict[str, Any]]],
    *,
    transitions: list[int] | None = None,
    lead_in: int = 10,
) -> Routine:
    return Routine.model_validate(routine_data(steps, transitions=transitions, lead_in=lead_in))


@st.composite
def step_dicts(
    draw: st.DrawFn,
    *,
    min_step: int = 1,
    max_step: int = MAX_STEP_SECONDS,
    max_pause: int = MAX_PAUSE_SECONDS,
    rich_text: bool = True,
) -> dict[str, Any]:
    step: dict[str, Any] = {
        "name": draw(names if rich_text else words),
        "duration": draw(st.integers(min_step, max_step)),
    }
    if draw(st.booleans()):
        step["per_side"] = True
    if draw(st.booleans()):
        step["switch"] = draw(st.integers(0, max_pause))
    if rich_text and draw(st.booleans()):
        step["reps"] = draw(long_texts)
    if rich_text and draw(st.booleans()):
        step["instructions"] = draw(long_texts)
    if draw(st.integers(0, 4)) == 0:
        step["metronome"] = True
    return step


@st.composite
def routines(
    draw: st.DrawFn,
    *,
    min_step: int = 1,
    max_step: int = MAX_STEP_SECONDS,
    max_pause: int = MAX_PAUSE_SECONDS,
    max_parts: int = 4,
    max_steps: int = 5,
    rich_text: bool = True,
) -> Routine:
    """Any valid routine within the given bounds (small bounds keep timelines short)."""
    step = step_dicts(
        min_step=min_step, max_step=max_step, max_pause=max_pause, rich_text=rich_text
    )
    part_count = draw(st.integers(1, max_parts))
    parts = []
    for _ in range(part_count):
        part: dict[str, Any] = {
            "name": draw(names if rich_text else words),
            "steps": draw(st.lists(step, min_size=1, max_size=max_steps)),
        }
        if draw(st.booleans()):
            part["transition"] = draw(st.integers(0, max_pause))
        parts.append(part)
    data: dict[str, Any] = {
        "format": 1,
        "name": draw(names if rich_text else words),
        "parts": parts,
    }
    if draw(st.booleans()):
        data["lead_in"] = draw(st.integers(0, max_pause))
    if rich_text and draw(st.booleans()):
        data["description"] = draw(long_texts)
    return Routine.model_validate(data)
