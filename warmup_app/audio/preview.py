"""The settings dialog's audio services: sound preview, own-sound import, voice test.

The preview plays the way a run does, on the same kind of stream (:class:`OneShotStream`, with
the same decoding, volume curve and output), and picks the file as a run does: the runner's
own sound where it is usable, else the built-in one and why. It has a stream and a voice of its
own, so trying things during a run cannot disturb a cue, and a voice tried but not kept
(Cancel) leaves the session's voice as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from warmup_app.audio.one_shot import NoSoundOutputError, OneShotStream, builtin_sound
from warmup_app.audio.own_sounds import (
    OwnSoundError,
    accepted_suffixes,
    cue_sounds,
    import_own_sound,
)
from warmup_app.audio.voice import Voice
from warmup_app.config.settings import BUILTIN_SOUND
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SoundEvent

log = logging.getLogger(__name__)


def _never_muted() -> bool:
    return False


class CuePreview(QObject):
    """Implements the dialog's ``SoundPreview``: one cue sound, now, on a stream of its own.

    ``muted`` tells whether the runner has muted the sounds (the run window's Mute): a muted
    preview plays nothing, as a muted run does, and says why.
    """

    def __init__(
        self,
        sounds_cache: Path,
        parent: QObject | None = None,
        *,
        stream: OneShotStream | None = None,
        muted: Callable[[], bool] = _never_muted,
    ) -> None:
        super().__init__(parent)
        self._cache = sounds_cache
        self.stream = stream if stream is not None else OneShotStream(self)
        self._muted = muted

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None:
        """Play the sound of ``kind`` from ``source`` now; what the runner should know, if
        anything (no output, muted, an own sound replaced by the built-in one)."""
        if self._muted():
            return self.tr("Sounds are muted in the run window (M), so nothing was played.")
        own = {} if source == BUILTIN_SOUND else {kind: Path(source)}
        chosen, problems = cue_sounds({}, own)
        path = chosen.get(kind)
        if path is None:
            try:
                path = builtin_sound(self._cache, kind)
            except OSError as exc:
                return self.tr("The sound could not be prepared: {0}").format(
                    exc.strerror or str(exc)
                )
        try:
            self.stream.play({kind: path}, [SoundEvent(0.0, kind)], volume)
        except NoSoundOutputError:
            return self.tr("No sound output was found, so nothing can be played.")
        return problems[0] if problems else None


class OwnSoundImporter(QObject):
    """Implements the dialog's ``SoundImporter`` with the audio layer's converter."""

    def file_filter(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in accepted_suffixes())
        return self.tr("Sounds ({0})").format(patterns)

    def import_sound(self, kind: CueKind, path: Path) -> Path:
        try:
            return import_own_sound(path, kind)
        except OwnSoundError as exc:
            raise ValueError(str(exc)) from exc


class VoicePreview(QObject):
    """Implements the dialog's ``VoiceCatalogue`` on a Voice of its own, made on first use."""

    def __init__(self, parent: QObject | None = None, voice: Voice | None = None) -> None:
        super().__init__(parent)
        self._voice = voice

    def _engine(self) -> Voice:
        if self._voice is None:
            self._voice = Voice(self)
        return self._voice

    def voice_names(self) -> list[str]:
        return self._engine().voice_names()

    def problem(self) -> str:
        """Why there is no voice, then what to install (for the settings page)."""
        engine = self._engine()
        if engine.is_available():
            return engine.language_problem()
        reason = engine.unavailable_reason() or self.tr("No speech engine is available.")
        hint = "" if engine.switched_off() else engine.install_hint()
        return f"{reason}\n{hint}" if hint else reason

    def preview(self, text: str, voice: str, rate: float, volume: float) -> str | None:
        engine = self._engine()
        if not engine.is_available():
            return engine.unavailable_reason() or self.tr("No speech engine is available.")
        if voice and not engine.set_voice(voice):
            return self.tr("The voice {0} is not available now.").format(voice)
        engine.set_enabled(True)
        engine.set_rate(rate)
        engine.set_volume(volume)
        engine.say(text)
        return None
