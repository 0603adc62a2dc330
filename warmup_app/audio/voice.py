"""Spoken announcements through QTextToSpeech, when the system has a speech engine.

The voice is optional: with no engine (or one that fails to start, e.g. speech-dispatcher not
running) ``is_available()`` is False, ``unavailable_reason()`` says why for the settings page,
``unavailable`` is emitted once, and ``say`` does nothing. Like the cue player, the voice only
does what it is told; the scheduler times "Next: ..." with :meth:`Voice.estimate_seconds`.
"""

from __future__ import annotations

import logging
import math
import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from warmup_app.audio.speechd_check import speechd_problem
from warmup_app.config.settings import SPEAK_ENGLISH
from warmup_app.core.speech import estimate_speech_seconds

log = logging.getLogger(__name__)

#: Qt's test engine: speaks nothing, keeps time. Never chosen on its own.
MOCK_ENGINE = "mock"
AUTO = "auto"  # pick the first real engine that starts
FROM_ENV = "from-environment"  # what ENGINE_ENV says, else AUTO
SPEECHD_ENGINE = "speechd"
#: Names the engine for this process: "auto" (the default), "none", or an engine name. The tests
#: set it to "mock"; a runner can set "none" to keep speech-dispatcher out of the app entirely.
ENGINE_ENV = "WARMUP_APP_SPEECH_ENGINE"


def engine_from_environment() -> str | None:
    """The engine ``ENGINE_ENV`` asks for: ``AUTO`` when unset, ``None`` for "none"."""
    value = os.environ.get(ENGINE_ENV, "").strip()
    if not value or value == AUTO:
        return AUTO
    return None if value == "none" else value


ENGLISH = QLocale.Language.English
#: espeak-ng (through speech-dispatcher) lists "English (Caribbean)" first for en_US; the
#: country's own voice is what a runner there expects.
_ESPEAK_VOICE_FOR = {
    QLocale.Country.UnitedStates: "English (America)",
    QLocale.Country.UnitedKingdom: "English (Great Britain)",
}
#: The country whose voice a language's speakers expect when theirs is not listed first.
_HOME_COUNTRY = {
    QLocale.Language.English: QLocale.Country.UnitedKingdom,
    QLocale.Language.Portuguese: QLocale.Country.Brazil,
}


def speak_language(tts: QTextToSpeech, language: QLocale.Language) -> bool:
    """Give ``tts`` a locale (and voice) of ``language``; False when the engine has none.

    Without this, speech-dispatcher under LANG=C picks its first voice of all (espeak-ng's
    "Bishnupriya Manipuri", measured), and on a desktop in another language a voice of that
    language would read the app's lines. The system's own country is preferred, then the
    language's home country (Brazil for Portuguese: the app ships Brazilian Portuguese).
    """
    if tts.locale().language() != language:
        found = [loc for loc in tts.availableLocales() if loc.language() == language]
        if not found:
            return False
        home = QLocale.system().territory()
        usual = _HOME_COUNTRY.get(language, QLocale.Country.AnyCountry)
        found.sort(key=lambda loc: (loc.territory() != home, loc.territory() != usual, loc.name()))
        tts.setLocale(found[0])
    wanted = _ESPEAK_VOICE_FOR.get(tts.locale().territory())
    if wanted and tts.voice().name() != wanted:
        for voice in tts.availableVoices():
            if voice.name() == wanted:
                tts.setVoice(voice)
                break
    return True


class Voice(QObject):
    """One speech engine, with an on/off switch, rate, volume and voice choice."""

    #: No usable engine (message for the user). Emitted once per engine choice.
    unavailable = Signal(str)
    #: True when speech starts, False when it ends (or is stopped, or fails).
    speaking_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = FROM_ENV,
        language: QLocale.Language | None = None,
    ) -> None:
        """``engine``: a name, ``AUTO`` for the first that works, ``None`` for none, or
        ``FROM_ENV`` (the default) for what ``ENGINE_ENV`` asks for. ``language``: what the
        announcements are written in; the interface language (the default locale) if not given.
        """
        super().__init__(parent)
        self._language = language if language is not None else QLocale().language()
        self._in_language = True
        self._otherwise = SPEAK_ENGLISH
        self._tts: QTextToSpeech | None = None
        self._reason = ""
        self._enabled = True
        self._muted = False
        self._rate = 0.0
        self._volume = 1.0
        self._speaking = False
        self._switched_off = False
        self._notice = QTimer(self)  # says "unavailable" once listeners are connected
        self._notice.setSingleShot(True)
        self._notice.setInterval(0)
        self._notice.timeout.connect(self._emit_unavailable)
        self.set_engine(engine_from_environment() if engine == FROM_ENV else engine)

    # --- engines -------------------------------------------------------------------------

    @staticmethod
    def available_engines() -> list[str]:
        """Installed speech engines a user may pick (Qt's test engine left out)."""
        return [name for name in QTextToSpeech.availableEngines() if name != MOCK_ENGINE]

    def engine(self) -> str | None:
        """The engine in use, or None."""
        return self._tts.engine() if self._tts is not None else None

    def set_engine(self, engine: str | None) -> None:
        """Switch engine: a name, ``AUTO`` or ``None``. Rate, volume and switch carry over."""
        self.stop()
        if self._tts is not None:
            self._tts.deleteLater()
        self._tts = None
        self._reason = ""
        self._switched_off = engine is None
        if engine == AUTO:
            candidates = self.available_engines()
        elif engine is None:
            candidates = []
        else:
            candidates = [engine]
        installed = QTextToSpeech.availableEngines()
        failures = []
        for name in candidates:
            if name not in installed:  # constructing it would make Qt log a critical message
                failures.append(self.tr("speech engine %1 is not installed").replace("%1", name))
                continue
            problem = speechd_problem() if name == SPEECHD_ENGINE else None
            if problem:  # Qt's engine would wait for it without a time limit
                failures.append(f"{name}: {problem}")
                continue
            tts = QTextToSpeech(name, self)
            if tts.state() == QTextToSpeech.State.Error:
                failures.append(f"{name}: {tts.errorString()}")
                tts.deleteLater()
                continue
            self._in_language = speak_language(tts, self._language)
            if not self._in_language:
                speak_language(tts, ENGLISH)
            if not tts.availableVoices():  # an engine with no voice says nothing, without error
                failures.append(
                    self.tr("%1 has no voice for %2")
                    .replace("%1", name)
                    .replace("%2", QLocale.languageToString(tts.locale().language()))
                )
                tts.deleteLater()
                continue
            self._adopt(tts)
            return
        if engine is None:
            self._reason = self.tr("Voice announcements are switched off.")
        elif failures:
            self._reason = self.tr("No speech engine could be started (%1).").replace(
                "%1", "; ".join(failures)
            )
        else:
            self._reason = self.tr("No speech engine is installed.")
        log.info("voice unavailable: %s", self._reason)
        self._notice.start()

    def _adopt(self, tts: QTextToSpeech) -> None:
        self._tts = tts
        log.info("voice: engine %s, %s, %s", tts.engine(), tts.locale().name(), tts.voice().name())
        tts.setRate(self._rate)
        tts.setVolume(self._volume)
        tts.stateChanged.connect(self._on_state_changed)
        tts.errorOccurred.connect(self._on_error)

    # --- language ------------------------------------------------------------------------

    def speaks_language(self) -> bool:
        """Whether the voice speaks the interface language (else English, or nothing)."""
        return self._tts is not None and self._in_language

    def set_otherwise(self, choice: str) -> None:
        """What to do without a voice for the interface language: ``SPEAK_ENGLISH`` or
        ``SPEAK_NOTHING`` (the values of the ``voice/otherwise`` setting)."""
        self._otherwise = choice
        if not self.will_speak():
            self.stop()

    def language_problem(self) -> str:
        """For the settings page: the engine has no voice for the interface language ("" if
        it has, or if there is no voice at all: ``unavailable_reason`` covers that). What
        happens then is the runner's choice (:meth:`set_otherwise`)."""
        if self._tts is None or self._in_language:
            return ""
        language = QLocale(self._language).nativeLanguageName()  # "Deutsch", "español"
        return self.tr("The speech engine has no voice for {0}.").format(language)

    def is_available(self) -> bool:
        return self._tts is not None and self._tts.state() != QTextToSpeech.State.Error

    def unavailable_reason(self) -> str:
        """Why there is no voice, for the settings page; empty when there is one."""
        return "" if self.is_available() else self._reason

    def switched_off(self) -> bool:
        """True when no engine was asked for (``ENGINE_ENV=none``): nothing to tell the user."""
        return self._switched_off

    @staticmethod
    def install_hint() -> str:
        """What to install for a voice on this system, for the settings page ("" if unknown)."""
        if sys.platform.startswith("linux"):
            return QCoreApplication.translate(
                "Voice",
                "On Debian or Ubuntu, install the speech engine and its voices with:\n"
                "sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng\n"
                "then restart Warm-up Timer.",
            )
        return ""

    @Slot()
    def _emit_unavailable(self) -> None:
        if self._reason:
            self.unavailable.emit(self._reason)

    @Slot(QTextToSpeech.ErrorReason, str)
    def _on_error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine error (%s): %s", reason.name, message)
        if not self._reason:
            self._reason = self.tr("The speech engine stopped working (%1).").replace("%1", message)
            self._notice.start()
        self._set_speaking(False)

    @Slot(QTextToSpeech.State)
    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        self._set_speaking(state == QTextToSpeech.State.Speaking)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    # --- voices and settings -------------------------------------------------------------

    def voice_names(self) -> list[str]:
        """The engine's voices for its current language."""
        return [v.name() for v in self._tts.availableVoices()] if self._tts else []

    def voice_name(self) -> str | None:
        return self._tts.voice().name() if self._tts is not None else None

    def set_voice(self, name: str) -> bool:
        """Use the voice called ``name``; False (nothing changed) if there is none."""
        if self._tts is None:
            return False
        for voice in self._tts.availableVoices():
            if voice.name() == name:
                self._tts.setVoice(voice)
                return True
        return False

    def set_enabled(self, enabled: bool) -> None:
        """The user's on/off switch; off also cuts a sentence short."""
        self._enabled = enabled
        if not enabled:
            self.stop()

    def set_muted(self, muted: bool) -> None:
        """The run window's mute: silence without changing the user's setting."""
        self._muted = muted
        if muted:
            self.stop()

    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> None:
        """-1 (slow) .. 0 (the engine's normal) .. 1 (fast)."""
        self._rate = 0.0 if math.isnan(rate) else min(max(rate, -1.0), 1.0)
        if self._tts is not None:
            self._tts.setRate(self._rate)

    def set_volume(self, volume: float) -> None:
        self._volume = 0.0 if math.isnan(volume) else min(max(volume, 0.0), 1.0)
        if self._tts is not None:
            self._tts.setVolume(self._volume)

    # --- speaking ------------------------------------------------------------------------

    def will_speak(self) -> bool:
        """Whether :meth:`say` would make a sound now (so the scheduler can skip timing it)."""
        in_language = self._in_language or self._otherwise == SPEAK_ENGLISH
        return self._enabled and not self._muted and in_language and self.is_available()

    def say(self, text: str) -> None:
        """Speak ``text`` now, cutting off anything still being said; a no-op when off."""
        if not text.strip() or not self.will_speak():
            return
        assert self._tts is not None
        self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None and self._tts.state() != QTextToSpeech.State.Ready:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def estimate_seconds(self, text: str) -> float:
        """How long ``text`` will take at the current rate, erring long (see core/speech.py)."""
        return estimate_speech_seconds(text, self._rate)
