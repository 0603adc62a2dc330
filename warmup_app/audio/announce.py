"""What the voice says, and how fast the metronome clicks: pure functions, no Qt.

Kept apart from ``voice.py`` so the scheduler (and its tests) can use them without a speech
engine or an event loop.
"""

from __future__ import annotations

import re

DEFAULT_CADENCE_SPM = 160  # steps per minute: a common easy-running cadence
DEFAULT_BOOST_PERCENT = 5.0  # the metronome runs a little above the runner's own cadence
MAX_BOOST_PERCENT = 10.0
MIN_CADENCE_SPM = 100
MAX_CADENCE_SPM = 240
MAX_SPOKEN_NAME = 80  # characters: a step name is a label, not a paragraph to read out

_SPACE = re.compile(r"\s+")


def _spoken(name: str) -> str:
    name = _SPACE.sub(" ", name).strip()
    if len(name) > MAX_SPOKEN_NAME:
        name = name[:MAX_SPOKEN_NAME].rsplit(" ", 1)[0]
    return name


def announcement_text(step_name: str, side: str | None) -> str:
    """The "next up" line, e.g. ``Next: Deep lunge stretch, left side``.

    ``side`` is ``"left"``, ``"right"`` or ``None`` (a step done once).
    """
    text = f"Next: {_spoken(step_name)}"
    return f"{text}, {side} side" if side else text


def start_text(routine_name: str) -> str:
    return f"Starting {_spoken(routine_name)}"


def finish_text() -> str:
    return "Warm-up done. Have a good run!"


def metronome_interval_s(cadence_spm: int, boost_percent: float) -> float:
    """Seconds between clicks for a cadence raised by ``boost_percent`` (0 to 10 %).

    160 spm + 5 % = 168 clicks a minute, one every ~0.357 s.
    """
    if not MIN_CADENCE_SPM <= cadence_spm <= MAX_CADENCE_SPM:
        raise ValueError(
            f"cadence must be {MIN_CADENCE_SPM}-{MAX_CADENCE_SPM} steps per minute, "
            f"not {cadence_spm}"
        )
    if not 0.0 <= boost_percent <= MAX_BOOST_PERCENT:
        raise ValueError(f"boost must be 0-{MAX_BOOST_PERCENT:g} %, not {boost_percent}")
    return 60.0 / (cadence_spm * (1.0 + boost_percent / 100.0))
