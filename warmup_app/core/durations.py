"""Durations as runners write them: ``"90s"``, ``"7m"``, ``"1m30s"``, ``"1h"`` or whole seconds."""

from __future__ import annotations

import math
import re

# ASCII digits only: Python's \d also matches other scripts' digits, which no file should carry.
_PATTERN = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$", re.ASCII)


class DurationError(ValueError):
    """A duration that cannot be read; the message says what a valid one looks like."""


def _quote(value: str) -> str:
    """The value as typed, cut short so a huge one cannot flood an error report."""
    return repr(value if len(value) <= 24 else value[:24] + "...")


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_duration(value: object) -> int:
    """Whole seconds from a string like ``"1m30s"`` or a non-negative integer.

    Floats (including NaN and infinity) and booleans are refused: a routine is whole seconds,
    and TOML's ``true`` must not pass as 1 s.
    """
    if isinstance(value, bool):
        raise DurationError('expected a duration such as "90s", "7m" or "1m30s", got true/false')
    if isinstance(value, int):
        if value < 0:
            raise DurationError(f"must not be negative (got {value})")
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise DurationError(f"expected whole seconds, got {value}")
        raise DurationError(f'expected whole seconds or a string such as "1m30s", got {value}')
    if not isinstance(value, str):
        raise DurationError(
            f'expected a duration such as "90s" or "7m", got {type(value).__name__}'
        )
    text = value.strip().lower().replace(" ", "")
    match = _PATTERN.match(text)
    if not text or not match or not any(match.groupdict().values()):
        rest = _PATTERN.match(text[1:])
        if text.startswith("-") and (_digits(text[1:]) or (rest and any(rest.groups()))):
            raise DurationError(f"must not be negative (got {_quote(value)})")
        if _digits(text) and len(text) <= 7:
            raise DurationError(f'cannot read {_quote(value)}: add a unit, such as "{text}s"')
        raise DurationError(f'cannot read {_quote(value)}: use forms like "90s", "7m" or "1m30s"')
    # Strip zeros and check the length before int(): past 4300 digits int() raises a bare
    # ValueError, and echoing a huge value back would flood the report.
    digits = {k: (v or "0").lstrip("0") or "0" for k, v in match.groupdict().items()}
    if any(len(v) > 7 for v in digits.values()):
        raise DurationError(f"{_quote(value)} is far too long")
    parts = {k: int(v) for k, v in digits.items()}
    if max(parts.values()) > 10**6:
        raise DurationError(f"{_quote(value)} is far too long")
    return parts["h"] * 3600 + parts["m"] * 60 + parts["s"]


def format_duration(seconds: int) -> str:
    """The canonical file form: ``"1m30s"``, ``"7m"``, ``"45s"``, ``"0s"``."""
    if seconds < 0:
        raise ValueError("negative duration")
    minutes, secs = divmod(seconds, 60)
    if minutes and secs:
        return f"{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m"
    return f"{secs}s"


def format_clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for display; rounds up so a countdown never shows 0:00 early."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
