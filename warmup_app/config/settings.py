"""Typed preferences over QSettings: every key, its type, default and check declared once.

Everything that reads or writes a preference goes through :class:`Settings`, so a typo in a key
or a value of the wrong type cannot slip in from one corner of the app. The file lives at
``user_paths().settings_file`` (INI, so a runner can read it). QSettings writes it through
QSaveFile, which is atomic: a reader sees the old file or the new one.

A file that cannot be parsed is moved aside with a timestamp and the defaults are used; a single
value that fails its check is reset to its default. Both are reported in words a runner
understands (:attr:`Settings.load_problems`), and the app shows them once at start-up.

Permissions are not damage: a settings file that cannot be read (no permission, a FIFO or a
device in its place, a file far too big for settings) is read through the guarded reader,
reported once and left exactly as it is. The app then runs with the defaults for the session
and never writes to that file.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from warmup_app.core.cues import SOUNDED_KINDS, CueKind
from warmup_app.core.limits import MAX_PAUSE_SECONDS
from warmup_app.core.speech import (
    DEFAULT_BOOST_PERCENT,
    DEFAULT_CADENCE_SPM,
    MAX_BOOST_PERCENT,
    MAX_CADENCE_SPM,
    MIN_CADENCE_SPM,
)
from warmup_app.core.timeline import COUNTDOWN_SECONDS, TimelineOptions
from warmup_app.core.user_files import MISSING, UserFileError, read_user_file
from warmup_app.i18n.languages import CODES, SYSTEM

#: Far more than any settings file the app writes (about 2 KB); a bigger one is not ours.
MAX_SETTINGS_BYTES = 1024 * 1024

log = logging.getLogger(__name__)

T = TypeVar("T")

BUILTIN_SOUND = "builtin"  # a cue kind's sound setting: this, or the path of the runner's own file
MAX_COUNTDOWN_SECONDS = 10


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class FigureMode(StrEnum):
    """How the run screen shows a step's figure."""

    MOVING = "moving"  # animated while the step runs
    STILL = "still"  # one pose: no motion on screen, and no repaints for it
    OFF = "off"  # none: the cue lines alone


@dataclass(frozen=True, eq=False)
class Key(Generic[T]):
    """One preference: where it is stored, its default, and how a stored value is checked.

    ``parse`` turns what QSettings hands back (a string from the INI file, or the value as set
    in this run) into a ``T``, raising ``ValueError`` when it does not fit. Keys compare by
    identity, so they can be dictionary keys.
    """

    name: str
    default: T
    parse: Callable[[object], T]
    #: "Restore defaults" resets it. Window geometry is remembered state, not a preference.
    preference: bool = True

    def check(self, value: object) -> T:
        return self.parse(value)


# -- parsers: each accepts what it wrote (or the INI text of it) and nothing else -------------


def _bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise ValueError(f"expected true or false, not {raw!r}")


_WHOLE = re.compile(r"-?[0-9]{1,9}")  # ASCII digits only; int() would also take "١٢" or "1_0"


def _int_in(low: int, high: int) -> Callable[[object], int]:
    def parse(raw: object) -> int:
        if isinstance(raw, bool):
            raise ValueError(f"expected a whole number, not {raw!r}")
        if isinstance(raw, int):
            value = raw
        elif isinstance(raw, str) and _WHOLE.fullmatch(raw.strip()):
            value = int(raw.strip())
        else:
            raise ValueError(f"expected a whole number, not {raw!r}")
        if not low <= value <= high:
            raise ValueError(f"{value} is outside {low}..{high}")
        return value

    return parse


def _float_in(low: float, high: float) -> Callable[[object], float]:
    def parse(raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise ValueError(f"expected a number, not {raw!r}")
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"expected a number, not {raw!r}") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise ValueError(f"{raw!r} is outside {low:g}..{high:g}")
        return value

    return parse


def _optional_seconds(high: int) -> Callable[[object], int | None]:
    """Empty means "as the routine says"; otherwise whole seconds 0..high."""
    whole = _int_in(0, high)

    def parse(raw: object) -> int | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        return whole(raw)

    return parse


def _theme(raw: object) -> Theme:
    text = raw.strip().lower() if isinstance(raw, str) else None
    if text in {t.value for t in Theme}:
        return Theme(text)
    raise ValueError(f"expected one of {[t.value for t in Theme]}, not {raw!r}")


def _figure_mode(raw: object) -> FigureMode:
    text = raw.strip().lower() if isinstance(raw, str) else None
    if text in {m.value for m in FigureMode}:
        return FigureMode(text)
    raise ValueError(f"expected one of {[m.value for m in FigureMode]}, not {raw!r}")


def _text(max_len: int) -> Callable[[object], str]:
    def parse(raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(f"expected text, not {raw!r}")
        if len(raw) > max_len or any(ord(c) < 32 for c in raw):
            raise ValueError("text too long or with control characters")
        return raw

    return parse


def _choice(*allowed: str) -> Callable[[object], str]:
    def parse(raw: object) -> str:
        if isinstance(raw, str) and raw in allowed:
            return raw
        raise ValueError(f"not one of {allowed}: {raw!r}")

    return parse


def _sound_source(raw: object) -> str:
    """``builtin``, or an absolute path to the runner's own sound file."""
    text = _text(4096)(raw)
    if text == BUILTIN_SOUND:
        return text
    if not text or not Path(text).is_absolute():
        raise ValueError(f"expected {BUILTIN_SOUND!r} or an absolute file path, not {raw!r}")
    return text


def _byte_array(raw: object) -> QByteArray:
    if isinstance(raw, QByteArray):
        return QByteArray(raw)
    if isinstance(raw, bytes):
        return QByteArray(raw)
    raise ValueError(f"expected saved window state, not {type(raw).__name__}")


# -- the declaration: every key the app stores ------------------------------------------------

SOUNDS: Mapping[CueKind, Key[str]] = MappingProxyType(
    {kind: Key(f"sounds/{kind.value}", BUILTIN_SOUND, _sound_source) for kind in SOUNDED_KINDS}
)
VOLUME: Key[int] = Key("sounds/volume", 80, _int_in(0, 100))
#: Play every sound this many milliseconds early, to cancel an output's delay (Bluetooth).
MAX_LATENCY_MS = 500
SOUND_LATENCY_MS: Key[int] = Key("sounds/latency_ms", 0, _int_in(0, MAX_LATENCY_MS))
VOICE_ENABLED: Key[bool] = Key("voice/enabled", True, _bool)
VOICE_NAME: Key[str] = Key("voice/name", "", _text(200))  # "" = the engine's default voice
#: Without a voice for the interface language: English lines in an English voice, or silence.
SPEAK_ENGLISH = "english"
SPEAK_NOTHING = "off"
VOICE_OTHERWISE: Key[str] = Key(
    "voice/otherwise", SPEAK_ENGLISH, _choice(SPEAK_ENGLISH, SPEAK_NOTHING)
)
VOICE_RATE: Key[float] = Key("voice/rate", 0.0, _float_in(-1.0, 1.0))  # QTextToSpeech's scale
LEAD_IN: Key[int | None] = Key("timing/lead_in", None, _optional_seconds(MAX_PAUSE_SECONDS))
COUNTDOWN: Key[int] = Key("timing/countdown", COUNTDOWN_SECONDS, _int_in(0, MAX_COUNTDOWN_SECONDS))
CADENCE: Key[int] = Key(
    "metronome/cadence", DEFAULT_CADENCE_SPM, _int_in(MIN_CADENCE_SPM, MAX_CADENCE_SPM)
)
CADENCE_BOOST: Key[float] = Key(
    "metronome/boost_percent", DEFAULT_BOOST_PERCENT, _float_in(0.0, MAX_BOOST_PERCENT)
)
THEME: Key[Theme] = Key("appearance/theme", Theme.SYSTEM, _theme)
START_FULLSCREEN: Key[bool] = Key("appearance/start_fullscreen", False, _bool)
FIGURES: Key[FigureMode] = Key("appearance/figures", FigureMode.MOVING, _figure_mode)
#: The interface language (a code of i18n/languages.py), "" for the system's; read at start-up.
LANGUAGE: Key[str] = Key("appearance/language", SYSTEM, _choice(SYSTEM, *CODES))
WINDOW_GEOMETRY: Key[QByteArray] = Key(
    "window/geometry", QByteArray(), _byte_array, preference=False
)
#: The version of the first-run disclaimer the runner accepted (0: none yet); see
#: gui/dialogs/disclaimer.py.
DISCLAIMER_ACCEPTED: Key[int] = Key(
    "disclaimer/accepted_version", 0, _int_in(0, 1_000_000), preference=False
)

ALL_KEYS: tuple[Key[Any], ...] = (
    *SOUNDS.values(),
    VOLUME,
    SOUND_LATENCY_MS,
    VOICE_ENABLED,
    VOICE_NAME,
    VOICE_OTHERWISE,
    VOICE_RATE,
    LEAD_IN,
    COUNTDOWN,
    CADENCE,
    CADENCE_BOOST,
    THEME,
    START_FULLSCREEN,
    FIGURES,
    LANGUAGE,
    WINDOW_GEOMETRY,
    DISCLAIMER_ACCEPTED,
)


def _to_stored(value: object) -> object:
    """What QSettings should write: INI keeps text, so enums and None become strings."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    return value


class Settings(QObject):
    """The app's preferences, checked on load and on every change.

    Values are cached after the load, so reading one is a dictionary look-up; every change is
    written straight through to the file.
    """

    #: A preference changed (the key's name, e.g. ``"sounds/volume"``); read it with ``get``.
    changed = Signal(str)
    #: Saving failed (a message for the runner); the new values stay in use for this run.
    save_failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        #: What was wrong with the file when it was loaded, one message each, for the runner.
        self.load_problems: list[str] = []
        self._values: dict[str, object] = {}
        self._save_failure_reported = False
        #: None while the file is left alone for the session (it could not be read).
        self._qs: QSettings | None = self._open()
        self._load()

    # -- reading and writing --------------------------------------------------------------------

    def get(self, key: Key[T]) -> T:
        value = self._values.get(key.name, key.default)
        return value  # type: ignore[return-value]  # _values only holds checked values

    def set(self, key: Key[T], value: T) -> None:
        self.update({key: value})

    def update(self, values: Mapping[Key[Any], object]) -> None:
        """Check every value first (``ValueError`` names the key), then store them together."""
        checked = [(key, key.check(value)) for key, value in values.items()]
        changed: list[str] = []
        for key, value in checked:
            if self._same(self._values.get(key.name, key.default), value):
                continue
            self._values[key.name] = value
            if self._qs is not None:
                self._qs.setValue(key.name, _to_stored(value))
            changed.append(key.name)
        if not changed:
            return
        self.sync()
        for name in changed:
            self.changed.emit(name)

    @property
    def read_only(self) -> bool:
        """True when the file is left alone this session (changes are kept in memory only)."""
        return self._qs is None

    def sync(self) -> None:
        if self._qs is None:
            return
        self._qs.sync()
        if self._qs.status() is not QSettings.Status.NoError:
            log.error("saving settings failed: %s (%s)", self.path, self._qs.status())
            if self._save_failure_reported:
                return  # once is enough: each later change would say the same
            self._save_failure_reported = True
            message = self.tr(
                "Your settings could not be saved to {0}. Changes are used until you quit."
            ).format(str(self.path))
            self.save_failed.emit(message)

    def timeline_options(self) -> TimelineOptions:
        """The settings that shape a routine's timeline (read at each start)."""
        boost = self.get(CADENCE_BOOST)
        return TimelineOptions(
            cadence_spm=self.get(CADENCE) * (1.0 + boost / 100.0),
            countdown_seconds=self.get(COUNTDOWN),
            lead_in_override=self.get(LEAD_IN),
        )

    # -- loading ----------------------------------------------------------------------------

    def _open(self) -> QSettings | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a read-only home: saving fails later, reading still works
            log.warning("cannot create the settings folder %s: %s", self.path.parent, exc)
        try:
            data = read_user_file(self.path, MAX_SETTINGS_BYTES)
        except UserFileError as exc:
            if exc.reason == MISSING:
                data = b""
            else:
                self._leave_alone(exc.reason)
                return None
        if self._damaged(data):
            self._set_aside()
        qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.status() is QSettings.Status.FormatError:
            del qs
            self._set_aside()
            qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        return qs

    def _leave_alone(self, reason: str) -> None:
        log.warning("settings %s cannot be read (%s); defaults for this session", self.path, reason)
        self.load_problems.append(
            self.tr(
                "Your settings file {0} could not be read ({1}), so the defaults are in use for "
                "this session. The file was left as it is, and changes are not saved to it."
            ).format(str(self.path), reason)
        )

    @staticmethod
    def _damaged(data: bytes) -> bool:
        """Bytes QSettings would silently read as "no settings" (binary junk, not UTF-8)."""
        if b"\x00" in data:
            return True
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False

    def _set_aside(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
        except OSError as exc:
            log.error("cannot move the damaged settings file %s aside: %s", self.path, exc)
            aside_text = self.tr("(it could not be moved aside: {0})").format(str(exc))
        else:
            aside_text = self.tr("The damaged file was kept as {0}.").format(aside.name)
        log.warning("settings file %s was damaged; using defaults", self.path)
        self.load_problems.append(
            self.tr("Your settings file could not be read, so the defaults are in use. {0}").format(
                aside_text
            )
        )

    def _load(self) -> None:
        if self._qs is None:
            return
        reset: list[str] = []
        for key in ALL_KEYS:
            if not self._qs.contains(key.name):
                continue
            raw = self._qs.value(key.name)
            try:
                self._values[key.name] = key.check(raw)
            except ValueError as exc:
                log.warning("setting %s=%r is invalid (%s); using the default", key.name, raw, exc)
                self._qs.remove(key.name)
                reset.append(key.name)
        if reset:
            self.load_problems.append(
                self.tr("Some settings had values the app cannot use and were reset: {0}.").format(
                    ", ".join(reset)
                )
            )
            self.sync()

    @staticmethod
    def _same(old: object, new: object) -> bool:
        if isinstance(old, QByteArray) or isinstance(new, QByteArray):
            return isinstance(old, QByteArray) and isinstance(new, QByteArray) and old == new
        return type(old) is type(new) and old == new
