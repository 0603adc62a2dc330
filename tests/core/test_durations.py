"""Durations as runners write them, and the clock text the display shows."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warmup_app.core.durations import (
    DurationError,
    format_clock,
    format_duration,
    parse_duration,
)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("90s", 90),
        ("7m", 420),
        ("1m30s", 90),
        ("1h", 3600),
        ("1h2m3s", 3723),
        ("1h30s", 3630),
        ("0s", 0),
        ("0m", 0),
        ("1m90s", 150),
        ("007m", 420),
        (" 1m 30s ", 90),
        ("1M30S", 90),
        (90, 90),
        (0, 0),
        (86400, 86400),
    ],
)
def test_valid_forms(value: object, seconds: int) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (True, "true/false"),
        (False, "true/false"),
        (1.5, "whole seconds"),
        (90.0, "whole seconds"),
        (math.nan, "whole seconds"),
        (math.inf, "whole seconds"),
        (-math.inf, "whole seconds"),
        (-1, "negative"),
        ("-5s", "negative"),
        ("-90", "negative"),
        ("-1m30s", "negative"),
        ("abc", "cannot read"),
        ("", "cannot read"),
        ("   ", "cannot read"),
        ("s", "cannot read"),
        ("1.5m", "cannot read"),
        ("1m1h", "cannot read"),  # units out of order
        ("90", 'add a unit, such as "90s"'),
        ("\u0663\u0660s", "cannot read"),  # Arabic-Indic digits
        ("9999999h", "far too long"),
        ("9" * 5000 + "s", "far too long"),  # int() alone would raise a bare ValueError
        ("9" * 5000, "cannot read"),
        (None, "got NoneType"),
        ([90], "got list"),
        ({"s": 90}, "got dict"),
    ],
)
def test_refusals_say_what_is_wrong(value: object, fragment: str) -> None:
    with pytest.raises(DurationError) as caught:
        parse_duration(value)
    message = str(caught.value)
    assert fragment in message
    assert len(message) < 120, "a huge value must not be echoed back in full"


def test_duration_error_is_a_value_error() -> None:
    """pydantic turns ValueError from a validator into a located problem; so must this."""
    assert issubclass(DurationError, ValueError)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0s"),
        (45, "45s"),
        (60, "1m"),
        (90, "1m30s"),
        (420, "7m"),
        (3600, "60m"),
        (3601, "60m1s"),
    ],
)
def test_format_duration_canonical(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


def test_format_duration_refuses_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        format_duration(-1)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 86400))
def test_round_trip(seconds: int) -> None:
    text = format_duration(seconds)
    assert re.fullmatch(r"(\d+m)?(\d+s)?", text), text
    assert parse_duration(text) == seconds


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 100), st.integers(0, 1000), st.integers(0, 1000))
def test_any_combination_parses_to_its_sum(hours: int, minutes: int, seconds: int) -> None:
    text = f"{hours}h{minutes}m{seconds}s"
    assert parse_duration(text) == hours * 3600 + minutes * 60 + seconds
    assert parse_duration(format_duration(parse_duration(text))) == parse_duration(text)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (0.001, "0:01"),
        (0.999, "0:01"),
        (1.0, "0:01"),
        (1.0 + 1e-12, "0:01"),  # float noise on a whole second does not add a second
        (59.0, "0:59"),
        (59.01, "1:00"),
        (60, "1:00"),
        (605, "10:05"),
        (3599.5, "1:00:00"),
        (3661, "1:01:01"),
        (-3, "0:00"),
    ],
)
def test_format_clock_rounds_up(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 100_000, allow_nan=False))
def test_format_clock_never_shows_less_than_remains(seconds: float) -> None:
    fields = [int(x) for x in format_clock(seconds).split(":")]
    shown = fields[-1] + 60 * fields[-2] + (3600 * fields[0] if len(fields) == 3 else 0)
    assert fields[-1] < 60
    assert seconds - 1e-9 <= shown < seconds + 1
