"""The settings dialog's audio services: sound preview, own-sound import, voice test.

The preview uses the same player as a routine (same loading, the same QSoundEffect workaround,
the same volume curve), so what the runner hears in the dialog is what the routine will sound
like. It has a player and a voice of its own, so trying things during a run cannot disturb a
cue, and a voice tried but not kept (Cancel) leaves the session's voice as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from warmup_app.audio.own_sounds import OwnSoundError, accepted_suffixes, import_own_sound
from warmup_app.audio.player import CuePlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.audio.voice import Voice
from warmup_app.config.settings import BUILTIN_SOUND
from warmup_app.core.cues import CueKind

log = logging.getLogger(__name__)


class CuePreview(QObject):
    """Implements the dialog's ``SoundPreview``: load one sound, play it once it is ready."""

    def __init__(
        self, sounds_cache: Path, parent: QObject | None = None, player: CuePlayer | None = None
    ) -> None:
        super().__init__(parent)
        self._cache = sounds_cache
        self._player = player if player is not None else CuePlayer(self)
        self._player.ready.connect(self._on_ready)
        self._waiting: CueKind | None = None

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None:
        if source == BUILTIN_SOUND:
            try:
                path = self._builtin(kind)
            except OSError as exc:
                return self.tr("The sound could not be prepared: {0}").format(
                    exc.strerror or str(exc)
                )
        else:
            path = Path(source)
            if not path.is_file():
                return self.tr("This sound file is missing: {0}").format(str(path))
        self._player.set_volume(volume)
        self._waiting = kind
        self._player.prepare({kind: path})  # "ready" follows, at once when nothing loads
        if not self._player.is_available():
            self._waiting = None
            return self.tr("No sound output was found, so nothing can be played.")
        return None

    def _builtin(self, kind: CueKind) -> Path:
        """From the cache, else from the session's private folder (a cache that can't be
        written still lets the runner hear the sound)."""
        from warmup_app.audio.session import private_sound_folder

        try:
            return render_cue_set(self._cache, SynthSettings())[kind]
        except OSError:
            return render_cue_set(private_sound_folder(), SynthSettings())[kind]

    @Slot()
    def _on_ready(self) -> None:
        kind, self._waiting = self._waiting, None
        if kind is not None:
            self._player.play(kind)


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
