"""The routine model: defaults, the total-duration formula, limits and strictness."""

from __future__ import annotations

from typing import Any

import pytest
from core_helpers import make_routine, routine_data, routines
from hypothesis import given, settings
from pydantic import ValidationError

from warmup_app.core.routine import (
    MAX_NAME,
    MAX_STEPS,
    MAX_TEXT,
    Part,
    Routine,
    Step,
)


def one_step(**fields: Any) -> dict[str, Any]:
    return routine_data([[{"name": "Jog", "duration": "1m", **fields}]])


def errors_of(data: dict[str, Any]) -> list[tuple[tuple[int | str, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        Routine.model_validate(data)
    return [(tuple(e["loc"]), e["type"]) for e in caught.value.errors()]


# -- defaults and reading ----------------------------------------------------------------------


def test_defaults() -> None:
    routine = Routine.model_validate(
        {
            "format": 1,
            "name": "R",
            "parts": [{"name": "P", "steps": [{"name": "S", "duration": "40s"}]}],
        }
    )
    assert routine.lead_in == 10
    assert routine.description == ""
    part = routine.parts[0]
    assert part.transition == 0
    step = part.steps[0]
    assert (step.per_side, step.switch, step.reps, step.instructions, step.metronome) == (
        False,
        5,
        "",
        "",
        False,
    )
    assert step.sides == 1


def test_durations_are_read_from_text_and_written_back_as_text() -> None:
    routine = Routine.model_validate(
        routine_data([[{"name": "S", "duration": "1m30s", "per_side": True, "switch": "7s"}]])
    )
    step = routine.parts[0].steps[0]
    assert (step.duration, step.switch) == (90, 7)
    dumped = routine.model_dump(mode="json")["parts"][0]["steps"][0]
    assert (dumped["duration"], dumped["switch"]) == ("1m30s", "7s")


def test_names_are_trimmed_and_long_text_kept_as_written() -> None:
    routine = Routine.model_validate(
        {
            **one_step(instructions="  Line one\n\tLine two\r\n"),
            "name": "  Morning  ",
        }
    )
    assert routine.name == "Morning"
    assert routine.parts[0].steps[0].instructions == "  Line one\n\tLine two\r\n"


def test_assignment_is_validated() -> None:
    """The editor assigns fields one by one; a bad value must not slip in that way."""
    step = Step(name="S", duration=30)
    step.duration = "2m"  # type: ignore[assignment]
    assert step.duration == 120
    with pytest.raises(ValidationError):
        step.duration = 0
    with pytest.raises(ValidationError):
        step.name = " "


# -- totals ------------------------------------------------------------------------------------


def test_total_of_the_readme_example() -> None:
    """1:00 + 12:00, then 2 x (0:40 + 0:05 + 0:40) + 0:15 = 16:05."""
    routine = make_routine(
        [
            [{"name": "Walk", "duration": "1m"}, {"name": "Jog", "duration": "12m"}],
            [
                {"name": "Lunge", "duration": "40s", "per_side": True},
                {"name": "Calf", "duration": "40s", "per_side": True, "switch": "5s"},
            ],
        ],
        transitions=[0, 15],
    )
    assert routine.total_seconds == 16 * 60 + 5
    assert [p.total_seconds for p in routine.parts] == [13 * 60, 3 * 60 + 5]


def test_switch_counts_only_for_per_side_steps() -> None:
    assert make_routine([[{"name": "S", "duration": 30, "switch": 50}]]).total_seconds == 30
    both = make_routine([[{"name": "S", "duration": 30, "switch": 50, "per_side": True}]])
    assert both.total_seconds == 110
    assert both.parts[0].steps[0].sides == 2


def test_no_transition_between_parts_or_after_the_last_step() -> None:
    routine = make_routine(
        [[{"name": "A", "duration": 10}], [{"name": "B", "duration": 10}]], transitions=[60, 60]
    )
    assert routine.total_seconds == 20


@settings(max_examples=100, deadline=None)
@given(routines(rich_text=False))
def test_total_matches_the_documented_formula(routine: Routine) -> None:
    steps = sum(
        s.duration * (2 if s.per_side else 1) + (s.switch if s.per_side else 0)
        for p in routine.parts
        for s in p.steps
    )
    transitions = sum(p.transition * (len(p.steps) - 1) for p in routine.parts)
    assert routine.total_seconds == steps + transitions
    assert routine.step_count == sum(len(p.steps) for p in routine.parts)
    without_lead_in = routine.model_copy(update={"lead_in": 0})
    assert without_lead_in.total_seconds == routine.total_seconds


@pytest.mark.parametrize(
    ("seconds", "warning"),
    [
        (899, "shorter"),
        (900, None),
        (1050, None),
        (1200, None),
        (1201, "longer"),
        (60, "shorter"),
        (3600, "longer"),
    ],
)
def test_duration_warnings_at_the_edges(seconds: int, warning: str | None) -> None:
    routine = make_routine([[{"name": "Jog", "duration": seconds}]], lead_in=600)
    warnings = routine.duration_warnings()
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert warning in warnings[0]
        assert "15-20 min" in warnings[0]


def test_lead_in_does_not_count_towards_the_warning() -> None:
    assert make_routine([[{"name": "Jog", "duration": 899}]], lead_in=600).duration_warnings()


# -- limits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("duration", "ok"), [(0, False), (1, True), (3600, True), (3601, False)])
def test_step_lasts_one_second_to_sixty_minutes(duration: int, ok: bool) -> None:
    data = one_step(duration=duration)
    if ok:
        assert Routine.model_validate(data).parts[0].steps[0].duration == duration
    else:
        kind = "greater_than_equal" if duration < 1 else "less_than_equal"
        assert errors_of(data) == [(("parts", 0, "steps", 0, "duration"), kind)]


@pytest.mark.parametrize("field", ["switch", "transition", "lead_in"])
def test_pauses_last_zero_to_ten_minutes(field: str) -> None:
    def with_value(value: int) -> dict[str, Any]:
        data = one_step()
        if field == "switch":
            data["parts"][0]["steps"][0]["switch"] = value
        elif field == "transition":
            data["parts"][0]["transition"] = value
        else:
            data["lead_in"] = value
        return data

    Routine.model_validate(with_value(0))
    Routine.model_validate(with_value(600))
    [(loc, kind)] = errors_of(with_value(601))
    assert loc[-1] == field
    assert kind == "less_than_equal"


def test_at_most_200_steps() -> None:
    step = {"name": "S", "duration": 1}
    assert MAX_STEPS == 200
    Routine.model_validate(routine_data([[step] * 150, [step] * 50]))
    with pytest.raises(ValidationError, match="201 steps; at most 200"):
        Routine.model_validate(routine_data([[step] * 150, [step] * 51]))


@pytest.mark.parametrize("field", ["description", "reps", "instructions"])
def test_long_text_at_most_2000_characters(field: str) -> None:
    assert MAX_TEXT == 2000

    def with_text(text: str) -> dict[str, Any]:
        data = one_step()
        if field == "description":
            data["description"] = text
        else:
            data["parts"][0]["steps"][0][field] = text
        return data

    Routine.model_validate(with_text("x" * 2000))
    [(loc, kind)] = errors_of(with_text("x" * 2001))
    assert loc[-1] == field
    assert kind == "string_too_long"


@pytest.mark.parametrize("level", ["routine", "part", "step"])
def test_names_at_most_200_characters_and_not_blank(level: str) -> None:
    assert MAX_NAME == 200

    def with_name(name: str) -> dict[str, Any]:
        data = one_step()
        target = {"routine": data, "part": data["parts"][0], "step": data["parts"][0]["steps"][0]}
        target[level]["name"] = name
        return data

    Routine.model_validate(with_name("n" * 200))
    Routine.model_validate(with_name(" " + "n" * 200 + " "))  # trimmed before the limit
    assert [k for _, k in errors_of(with_name("n" * 201))] == ["string_too_long"]
    assert [k for _, k in errors_of(with_name(""))] == ["string_too_short"]
    assert [k for _, k in errors_of(with_name(" \t "))] == ["string_too_short"]


@pytest.mark.parametrize(
    "bad",
    ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\n", "\r", "\ud800"],
    ids=["nul", "bell", "escape", "del", "c1-nel", "newline", "return", "lone-surrogate"],
)
def test_names_refuse_control_characters(bad: str) -> None:
    [(loc, kind)] = errors_of({**one_step(), "name": f"Jog{bad}ging"})
    assert loc == ("name",)
    assert kind == "value_error"


@pytest.mark.parametrize("bad", ["\x00", "\x08", "\x1b", "\x9b", "\udfff"])
def test_long_text_refuses_control_characters_but_keeps_line_breaks(bad: str) -> None:
    Routine.model_validate(one_step(instructions="one\ntwo\r\nthree\tfour"))
    [(loc, kind)] = errors_of(one_step(instructions=f"one{bad}two"))
    assert loc[-1] == "instructions"
    assert kind == "value_error"


# -- strictness --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "key"),
    [("routine", "author"), ("part", "colour"), ("step", "durration")],
)
def test_unknown_keys_are_errors(where: str, key: str) -> None:
    data = one_step()
    target = {"routine": data, "part": data["parts"][0], "step": data["parts"][0]["steps"][0]}
    target[where][key] = "x"
    [(loc, kind)] = errors_of(data)
    assert loc[-1] == key
    assert kind == "extra_forbidden"


@pytest.mark.parametrize("version", [0, 2, -1, "1", True, 1.0, None])
def test_format_must_be_the_integer_1(version: object) -> None:
    [(loc, _)] = errors_of({**one_step(), "format": version})
    assert loc == ("format",)


def test_format_is_required() -> None:
    data = one_step()
    del data["format"]
    assert errors_of(data) == [(("format",), "missing")]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("per_side", "yes"),
        ("per_side", 1),
        ("metronome", "true"),
        ("name", 5),
        ("reps", 8),
        ("duration", True),
        ("duration", 1.5),
    ],
)
def test_no_type_coercion(field: str, value: object) -> None:
    [(loc, _)] = errors_of(one_step(**{field: value}))
    assert loc == ("parts", 0, "steps", 0, field)


def test_parts_and_steps_must_not_be_empty() -> None:
    assert errors_of({**one_step(), "parts": []}) == [(("parts",), "too_short")]
    data = one_step()
    data["parts"][0]["steps"] = []
    assert errors_of(data) == [(("parts", 0, "steps"), "too_short")]


def test_every_problem_is_reported_at_once() -> None:
    data = routine_data(
        [
            [{"name": "", "duration": 0}],
            [{"name": "B", "duration": "1m", "per_side": "yes", "tempo": 3}],
        ]
    )
    data["parts"][1]["name"] = "x" * 201
    locs = {loc for loc, _ in errors_of(data)}
    assert locs == {
        ("parts", 0, "steps", 0, "name"),
        ("parts", 0, "steps", 0, "duration"),
        ("parts", 1, "name"),
        ("parts", 1, "steps", 0, "per_side"),
        ("parts", 1, "steps", 0, "tempo"),
    }


def test_models_can_be_built_in_code() -> None:
    """The editor builds routines from widgets, not from dicts."""
    routine = Routine(
        format=1,
        name="Built",
        parts=[Part(name="P", steps=[Step(name="S", duration=30, per_side=True, switch=0)])],
    )
    assert routine.total_seconds == 60
