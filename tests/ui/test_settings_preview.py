"""The settings dialog's sound preview: built-in or own sound, through a CuePlayer of its own."""

from __future__ import annotations

import wave
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.audio.player import CuePlayer
from warmup_app.core.cues import CueKind
from warmup_app.ui.settings import BUILTIN_SOUND
from warmup_app.ui.sound_preview import CuePreview


class FakePlayer(QObject):
    """CuePlayer's surface as the preview uses it; loads "instantly" on the next event loop."""

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[dict[CueKind, Path]] = []
        self.played: list[CueKind] = []
        self.volume = -1.0

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def prepare(self, sounds: dict[CueKind, Path]) -> None:
        self.prepared.append(dict(sounds))

    def is_available(self) -> bool:
        return True

    def play(self, kind: CueKind) -> None:
        self.played.append(kind)


def test_a_builtin_sound_is_rendered_loaded_then_played(qtbot: QtBot) -> None:
    player = FakePlayer()
    preview = CuePreview(paths.user_paths().sounds_cache, player=player)  # type: ignore[arg-type]
    assert preview.preview(CueKind.SWITCH_SIDES, BUILTIN_SOUND, 0.4) is None
    (loaded,) = player.prepared
    path = loaded[CueKind.SWITCH_SIDES]
    assert path.is_relative_to(paths.user_paths().sounds_cache)
    with wave.open(str(path), "rb") as sound:
        assert sound.getnframes() > 0
    assert player.volume == 0.4
    assert player.played == []  # not before it has loaded
    player.ready.emit()
    assert player.played == [CueKind.SWITCH_SIDES]
    player.ready.emit()  # a later "ready" (another load) plays nothing twice
    assert player.played == [CueKind.SWITCH_SIDES]


def test_an_own_sound_is_played_from_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    own = tmp_path / "whistle.wav"
    with wave.open(str(own), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(48_000)
        sound.writeframes(b"\x10\x00" * 4800)
    player = FakePlayer()
    preview = CuePreview(tmp_path, player=player)  # type: ignore[arg-type]
    assert preview.preview(CueKind.FINISH, str(own), 1.0) is None
    assert player.prepared == [{CueKind.FINISH: own}]


def test_a_missing_file_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    player = FakePlayer()
    preview = CuePreview(tmp_path, player=player)  # type: ignore[arg-type]
    message = preview.preview(CueKind.GO, str(tmp_path / "gone.wav"), 1.0)
    assert message is not None
    assert "missing" in message
    assert player.prepared == []


def test_without_a_sound_output_the_runner_is_told(qtbot: QtBot) -> None:
    player = CuePlayer(has_output=lambda: False)
    preview = CuePreview(paths.user_paths().sounds_cache, player=player)
    with qtbot.waitSignal(player.unavailable, timeout=1000):
        message = preview.preview(CueKind.GO, BUILTIN_SOUND, 0.8)
    assert message == "No sound output was found, so nothing can be played."
