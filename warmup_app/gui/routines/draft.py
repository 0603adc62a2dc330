"""The routine being edited: plain mutable data that may be invalid while the user types.

A draft is checked by writing it as format-1 TOML and reading it back with the same parser as
files, so the editor shows exactly the problems ``warmup-app validate`` would print, each with
its field path. Totals use :mod:`warmup_app.core.totals`, the formula the model uses, so they
work on values that are not valid yet. No Qt here.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import tomli_w

from warmup_app.core.routine import FORMAT_VERSION, Routine, Step
from warmup_app.core.routine_files import Problem, RoutineFileError, parse_routine
from warmup_app.core.totals import part_seconds, routine_seconds, step_seconds

#: Where a field lives: None for the routine, (part, None) for a part, (part, step) for a step.
Target = tuple[int, int | None] | None

STEP_FIELDS = (
    "name",
    "duration",
    "per_side",
    "switch",
    "reps",
    "instructions",
    "metronome",
    "figure",
    "cue_lines",
)
PART_FIELDS = ("name", "transition")
ROUTINE_FIELDS = ("name", "description", "lead_in")


@dataclass
class StepDraft:
    name: str = ""
    duration: int = 60
    per_side: bool = False
    switch: int = 5
    reps: str = ""
    instructions: str = ""
    metronome: bool = False
    figure: str | None = None  # None: no figure (TOML has no null, so the key is left out)
    cue_lines: list[str] = field(default_factory=list)

    @classmethod
    def from_step(cls, step: Step) -> StepDraft:
        values = {name: getattr(step, name) for name in STEP_FIELDS}
        values["cue_lines"] = list(step.cue_lines)
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in STEP_FIELDS}
        if self.figure is None:
            del values["figure"]
        values["cue_lines"] = list(self.cue_lines)
        return values

    @property
    def total_seconds(self) -> int:
        return step_seconds(self.duration, self.per_side, self.switch)


@dataclass
class PartDraft:
    name: str = ""
    transition: int = 0
    steps: list[StepDraft] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "transition": self.transition,
            "steps": [s.as_dict() for s in self.steps],
        }

    @property
    def total_seconds(self) -> int:
        return part_seconds([s.total_seconds for s in self.steps], self.transition)


@dataclass
class RoutineDraft:
    name: str = ""
    description: str = ""
    lead_in: int = 10
    parts: list[PartDraft] = field(default_factory=list)

    @classmethod
    def from_routine(cls, routine: Routine) -> RoutineDraft:
        return cls(
            name=routine.name,
            description=routine.description,
            lead_in=routine.lead_in,
            parts=[
                PartDraft(p.name, p.transition, [StepDraft.from_step(s) for s in p.steps])
                for p in routine.parts
            ],
        )

    def copy(self) -> RoutineDraft:
        return copy.deepcopy(self)

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "lead_in": self.lead_in,
            "parts": [p.as_dict() for p in self.parts],
        }

    @property
    def total_seconds(self) -> int:
        return routine_seconds(p.total_seconds for p in self.parts)

    @property
    def step_count(self) -> int:
        return sum(len(p.steps) for p in self.parts)


@dataclass(frozen=True)
class Checked:
    """A draft's verdict: the routine when valid, else every problem with its place."""

    routine: Routine | None
    problems: tuple[Problem, ...]

    def messages(self, target: Target) -> dict[str, str]:
        """The first message for each field of one routine, part or step.

        Keys are field names; ``"steps"`` is a part's list of steps and ``""`` the item itself.
        """
        found: dict[str, str] = {}
        for problem in self.problems:
            where, name = locate(problem.field)
            if where == target:
                found.setdefault(name, problem.message)
        return found

    def has_problems(self, target: Target) -> bool:
        """Whether the item or anything inside it has a problem (a part counts its steps)."""
        for problem in self.problems:
            where, _name = locate(problem.field)
            if where == target:
                return True
            part_level = target is not None and target[1] is None
            if part_level and where is not None and target is not None and where[0] == target[0]:
                return True
        return False


def check(draft: RoutineDraft) -> Checked:
    label = draft.name or "routine"
    bad_chars = _invalid_characters(draft)
    if bad_chars:
        return Checked(None, tuple(bad_chars))
    data = tomli_w.dumps(draft.as_dict()).encode("utf-8")
    try:
        routine = parse_routine(data, label)
    except RoutineFileError as exc:
        return Checked(None, tuple(exc.problems))
    return Checked(routine, ())


_FIELD = re.compile(r"^(?:parts\[(\d+)\](?:\.steps\[(\d+)\])?)?\.?([a-z_]*)(?:\[\d+\])?$")


def locate(path: str) -> tuple[Target, str]:
    """``parts[1].steps[0].duration`` -> ((1, 0), "duration"); "name" -> (None, "name")."""
    match = _FIELD.match(path)
    if not match:
        return None, ""
    part, step, name = match.groups()
    if part is None:
        return None, name
    return (int(part), int(step) if step is not None else None), name


def _invalid_characters(draft: RoutineDraft) -> list[Problem]:
    """Lone surrogates cannot even be written as UTF-8; name the field instead of failing."""
    found: list[Problem] = []

    def scan(path: str, text: str) -> None:
        if any(unicodedata.category(c) == "Cs" for c in text):
            found.append(Problem(draft.name, path, "contains an invalid character"))

    scan("name", draft.name)
    scan("description", draft.description)
    for i, part in enumerate(draft.parts):
        scan(f"parts[{i}].name", part.name)
        for j, step in enumerate(part.steps):
            for name in ("name", "reps", "instructions"):
                scan(f"parts[{i}].steps[{j}].{name}", getattr(step, name))
            for k, line in enumerate(step.cue_lines):
                scan(f"parts[{i}].steps[{j}].cue_lines[{k}]", line)
    return found
