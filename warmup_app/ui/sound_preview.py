"""Sound preview for the settings dialog, on a CuePlayer of its own.

The preview uses the same player as a routine (same loading, the same QSoundEffect workaround,
the same volume curve), so what the runner hears in the dialog is what the routine will sound
like. It never touches the session's player, so previewing during a run cannot disturb a cue.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from warmup_app.audio.player import CuePlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.core.cues import CueKind
from warmup_app.ui.settings import BUILTIN_SOUND

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
            path = render_cue_set(self._cache, SynthSettings())[kind]
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

    @Slot()
    def _on_ready(self) -> None:
        kind, self._waiting = self._waiting, None
        if kind is not None:
            self._player.play(kind)
