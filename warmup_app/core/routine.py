"""The routine model: one declaration that validates files, drives the editor and makes the schema.

A routine is parts of steps. Per-side steps run left, then a switch pause, then right.
Total duration = Σ steps (duration x sides + switch between sides) + transitions between
consecutive steps of a part. The lead-in is not counted. The formula lives in
:mod:`warmup_app.core.totals`, shared with the editor's draft.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)

from warmup_app.core.durations import format_clock, format_duration, parse_duration
from warmup_app.core.figures import figure_ids, unknown_figure_message

# The limits live in core.limits (no pydantic there); the model re-exports them.
from warmup_app.core.limits import (
    FORMAT_VERSION as FORMAT_VERSION,
)
from warmup_app.core.limits import (
    MAX_NAME as MAX_NAME,
)
from warmup_app.core.limits import (
    MAX_PAUSE_SECONDS as MAX_PAUSE_SECONDS,
)
from warmup_app.core.limits import (
    MAX_STEP_SECONDS as MAX_STEP_SECONDS,
)
from warmup_app.core.limits import (
    MAX_STEPS as MAX_STEPS,
)
from warmup_app.core.limits import (
    MAX_TEXT as MAX_TEXT,
)
from warmup_app.core.limits import (
    RECOMMENDED_MAX_SECONDS as RECOMMENDED_MAX_SECONDS,
)
from warmup_app.core.limits import (
    RECOMMENDED_MIN_SECONDS as RECOMMENDED_MIN_SECONDS,
)
from warmup_app.core.totals import part_seconds, routine_seconds, step_seconds

_DURATION_SCHEMA = {
    "anyOf": [
        {
            "type": "string",
            "pattern": r"^(\d+h)?(\d+m)?(\d+s)?$",
            "examples": ["90s", "7m", "1m30s"],
        },
        {"type": "integer", "minimum": 0},
    ]
}


def _duration(minimum: int, maximum: int) -> Any:
    """A whole-second duration field read from ``"1m30s"`` or an integer, written back as text."""
    return Annotated[
        int,
        BeforeValidator(parse_duration),
        Field(ge=minimum, le=maximum),
        PlainSerializer(format_duration, return_type=str),
        WithJsonSchema(_DURATION_SCHEMA),
    ]


StepSeconds = _duration(1, MAX_STEP_SECONDS)
PauseSeconds = _duration(0, MAX_PAUSE_SECONDS)


def _clean_text(value: object, *, single_line: bool) -> object:
    """Refuse control characters (they garble the display); keep newlines in long texts."""
    if not isinstance(value, str):
        return value
    allowed = {"\t"} if single_line else {"\n", "\t", "\r"}
    for char in value:
        category = unicodedata.category(char)
        if char not in allowed and category == "Cc":
            raise ValueError(f"contains a control character (U+{ord(char):04X})")
        if category == "Cs":  # a lone surrogate cannot be written as UTF-8: saving would fail
            raise ValueError(f"contains an invalid character (U+{ord(char):04X})")
    return value.strip() if single_line else value


def _name_text(value: object) -> object:
    return _clean_text(value, single_line=True)


def _long_text(value: object) -> object:
    return _clean_text(value, single_line=False)


Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME), BeforeValidator(_name_text)]
LongText = Annotated[str, Field(max_length=MAX_TEXT), BeforeValidator(_long_text)]


def _known_figure(value: str) -> str:
    """A figure id must name a shipped figure; the message lists the ones there are."""
    if value not in figure_ids():
        raise ValueError(unknown_figure_message(value))
    return value


FigureId = Annotated[
    str,
    AfterValidator(_known_figure),
    WithJsonSchema({"type": "string", "enum": list(figure_ids())}),
]


def _format_version(value: object) -> object:
    """Literal[1] alone lets TOML's ``true`` and ``1.0`` through (they compare equal to 1)."""
    if type(value) is not int:
        raise ValueError("must be 1 (the routine format this app reads)")
    return value


class _Strict(BaseModel):
    # extra="forbid": a typo such as `durration` must be an error, not silently ignored.
    # strict: TOML `true` is not a name, and "1" is not a boolean.
    model_config = ConfigDict(extra="forbid", strict=True, validate_assignment=True)


class Step(_Strict):
    """One exercise. With ``per_side`` it runs once per side and ``duration`` is per side."""

    name: Name
    duration: StepSeconds  # type: ignore[valid-type]
    per_side: bool = False
    switch: PauseSeconds = 5  # type: ignore[valid-type]
    reps: LongText = ""
    instructions: LongText = ""
    metronome: bool = False
    # Which moving figure the run screen shows (an id of core.figures); none when absent.
    figure: FigureId | None = None
    # Up to three short lines shown large beside the figure while the step runs.
    cue_lines: list[Name] = Field(default_factory=list, max_length=3)

    @property
    def sides(self) -> int:
        return 2 if self.per_side else 1

    @property
    def total_seconds(self) -> int:
        return step_seconds(self.duration, self.per_side, self.switch)


class Part(_Strict):
    """A group of steps, such as the jog or the stretches, with its own progress bar."""

    name: Name
    transition: PauseSeconds = 0  # type: ignore[valid-type]
    steps: list[Step] = Field(min_length=1)

    @property
    def total_seconds(self) -> int:
        return part_seconds([s.total_seconds for s in self.steps], self.transition)


class Routine(_Strict):
    """A whole warm-up as stored in a ``.warmup.toml`` file (format 1)."""

    format: Annotated[Literal[1], BeforeValidator(_format_version)] = Field(
        description="File format version; a newer app may read newer versions."
    )
    name: Name
    description: LongText = ""
    lead_in: PauseSeconds = 10  # type: ignore[valid-type]
    parts: list[Part] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_step_count(self) -> Routine:
        count = sum(len(p.steps) for p in self.parts)
        if count > MAX_STEPS:
            raise ValueError(f"has {count} steps; at most {MAX_STEPS} are allowed")
        return self

    @property
    def total_seconds(self) -> int:
        return routine_seconds(p.total_seconds for p in self.parts)

    @property
    def step_count(self) -> int:
        return sum(len(p.steps) for p in self.parts)

    def duration_verdict(self) -> Literal["short", "long"] | None:
        """Guidance, not an error: a warm-up is best 15-20 minutes long."""
        total = self.total_seconds
        if total < RECOMMENDED_MIN_SECONDS:
            return "short"
        if total > RECOMMENDED_MAX_SECONDS:
            return "long"
        return None

    def duration_warnings(self) -> list[str]:
        """The verdict in English words (the command line; the GUI words it in its language)."""
        verdict = self.duration_verdict()
        if verdict is None:
            return []
        shorter = "shorter" if verdict == "short" else "longer"
        total = format_clock(self.total_seconds)
        return [f"totals {total}, {shorter} than the recommended 15-20 min"]


def json_schema() -> dict[str, Any]:
    schema = Routine.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Warm-up Timer routine (format 1)"
    return schema
