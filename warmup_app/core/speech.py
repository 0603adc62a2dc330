"""What the voice says, how long it takes to say it, and the cadence settings' limits.

One place for both the timeline (which places "Next: ..." so it ends before the countdown) and
the voice (which checks the room at the user's speech rate), so the two always agree. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


#: Looks up a spoken template (context, English text) in the interface language; the GUI passes
#: Qt's lookup, the default keeps English. Templates use ``{name}``; each is a whole sentence
#: (side included), so a language can order and inflect its words freely.
SpeechTranslate = Callable[[str, str], str]

SPEECH_CONTEXT = "speech"
NEXT_UP = "Next: {name}"
NEXT_UP_SIDE = {"left": "Next: {name}, left side", "right": "Next: {name}, right side"}
#: What the voice says as a per-side step starts; the figure's side phrase is part of the
#: sentence ("{name}, left leg forward"), see ``step_side_template``.
STEP_SIDE = "{name}, {side} {phrase}"


def english(context: str, text: str) -> str:
    """The identity lookup: the templates as written."""
    return text


def step_side_template(side: str, phrase: str) -> str:
    """The English template for a step's start on ``side`` with ``phrase`` (one catalogue
    entry per figure and side, e.g. ``{name}, left leg forward``)."""
    return STEP_SIDE.format(name="{name}", side=side, phrase=phrase)


def announcement_text(
    step_name: str, side: str | None, translate: SpeechTranslate = english
) -> str:
    """The "next up" line, e.g. ``Next: Deep lunge stretch, left side``.

    ``side`` is ``"left"``, ``"right"`` or ``None`` (a step done once).
    """
    template = NEXT_UP_SIDE[side] if side else NEXT_UP
    return _fill(translate(SPEECH_CONTEXT, template), _spoken(step_name))


def step_name_text(
    step_name: str,
    side: str | None,
    side_phrase: str = "side",
    translate: SpeechTranslate = english,
) -> str:
    """What the voice says as a step starts, e.g. ``Deep lunge, left leg forward``.

    ``side_phrase`` says what the working side does ("leg forward"; see core/figures.py); a
    step done once is named alone.
    """
    name = _spoken(step_name)
    if not side:
        return name
    phrase = _SPACE.sub(" ", side_phrase).strip() or "side"
    return _fill(translate(SPEECH_CONTEXT, step_side_template(side, phrase)), name)


def _fill(template: str, name: str) -> str:
    """``template`` with its ``{name}``; a translation that lost the field still names the step."""
    if "{name}" not in template:
        return f"{name}: {template}"
    return template.replace("{name}", name)


# Speech timing, fitted on espeak-ng (speech-dispatcher's default engine on Linux): at its
# normal 170 wpm the announcements took 0.26-0.41 s per unit below (measured with
# `espeak-ng -w`); 0.45 s keeps the estimate above every measurement, so speech ends early.
SECONDS_PER_UNIT = 0.45
START_LATENCY_S = 0.4  # engine start-up before the first word
_NORMAL_WPM = 170.0
_WPM_PER_RATE_DOWN = 90.0  # rate -1 = 80 wpm in speech-dispatcher's espeak-ng module
_WPM_PER_RATE_UP = 200.0  # rate +1 = 449 wpm there; counted as 370 to stay conservative
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DIGIT_RUN = re.compile(r"\d+")
_SHORT_PAUSE = re.compile(r"[,;:\-\u2013\u2014]\s")
_LONG_PAUSE = re.compile(r"[.!?](?:\s|$)")


def speech_units(text: str) -> float:
    """A measure of how long ``text`` takes to say: words, numbers said digit by digit as an
    upper bound ("160" is at most three words), and pauses at punctuation."""
    words = len(_WORD.findall(text))
    numbers = sum(len(run) for run in _DIGIT_RUN.findall(text))
    pauses = 0.5 * len(_SHORT_PAUSE.findall(text)) + 0.8 * len(_LONG_PAUSE.findall(text))
    return words + numbers + pauses


def estimate_speech_seconds(text: str, rate: float) -> float:
    """A conservative guess of how long a speech engine takes to say ``text``.

    ``rate`` is QTextToSpeech's -1..1. The scheduler starts "Next: ..." this long before the
    countdown, so the guess errs long: speech that ends early is fine, a talked-over tick not.
    """
    units = speech_units(text)
    if units == 0:
        return 0.0
    rate = min(max(rate, -1.0), 1.0)
    per_rate = _WPM_PER_RATE_DOWN if rate < 0 else _WPM_PER_RATE_UP
    slowdown = _NORMAL_WPM / (_NORMAL_WPM + rate * per_rate)
    return START_LATENCY_S + units * SECONDS_PER_UNIT * slowdown
