"""The settings dialog's sound preview: built-in or own sound, through a CuePlayer of its own."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.audio.player import CuePlayer
from warmup_app.audio.preview import CuePreview, OwnSoundImporter, VoicePreview
from warmup_app.config.settings import BUILTIN_SOUND
from warmup_app.core.cues import CueKind


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


# -- own sounds and the voice test ---------------------------------------------------------------


def write_tone(path: Path) -> Path:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(48_000)
        # a square-ish tone, 0.2 s: loud enough to count as sound, not silence
        sound.writeframes((b"\x00\x40" * 24 + b"\x00\xc0" * 24) * 200)
    return path


def test_own_sounds_are_imported_into_the_user_folder(qtbot: QtBot, tmp_path: Path) -> None:
    importer = OwnSoundImporter()
    assert "*.wav" in importer.file_filter()
    stored = importer.import_sound(CueKind.FINISH, write_tone(tmp_path / "bell.wav"))
    assert stored.is_relative_to(paths.user_paths().data)
    with wave.open(str(stored), "rb") as sound:
        assert sound.getframerate() == 48_000
        assert sound.getnchannels() == 1


def test_an_unusable_file_is_refused_with_a_reason(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "notes.wav"
    junk.write_text("not a sound", encoding="utf-8")
    with pytest.raises(ValueError, match=r".+") as refused:
        OwnSoundImporter().import_sound(CueKind.GO, junk)
    assert "Traceback" not in str(refused.value)


class FakeVoice:
    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.calls: list[tuple[str, object]] = []

    def is_available(self) -> bool:
        return self.available

    def unavailable_reason(self) -> str:
        return "" if self.available else "No speech engine was found."

    def switched_off(self) -> bool:
        return False

    def language_problem(self) -> str:
        return ""

    @staticmethod
    def install_hint() -> str:
        return "sudo apt install speech-dispatcher-espeak-ng"

    def voice_names(self) -> list[str]:
        return ["Alice"]

    def set_voice(self, name: str) -> bool:
        self.calls.append(("voice", name))
        return name == "Alice"

    def set_enabled(self, enabled: bool) -> None:
        self.calls.append(("enabled", enabled))

    def set_rate(self, rate: float) -> None:
        self.calls.append(("rate", rate))

    def set_volume(self, volume: float) -> None:
        self.calls.append(("volume", volume))

    def say(self, text: str) -> None:
        self.calls.append(("say", text))


def test_the_voice_test_speaks_with_the_chosen_settings(qtbot: QtBot) -> None:
    voice = FakeVoice()
    preview = VoicePreview(voice=voice)  # type: ignore[arg-type]
    assert preview.voice_names() == ["Alice"]
    assert preview.preview("Next: Lunge", "Alice", -0.5, 0.7) is None
    assert voice.calls == [
        ("voice", "Alice"),
        ("enabled", True),
        ("rate", -0.5),
        ("volume", 0.7),
        ("say", "Next: Lunge"),
    ]
    assert preview.preview("Next: Lunge", "Bob", 0.0, 1.0) == "The voice Bob is not available now."


def test_without_a_speech_engine_the_voice_test_says_why(qtbot: QtBot) -> None:
    preview = VoicePreview(voice=FakeVoice(available=False))  # type: ignore[arg-type]
    assert preview.preview("Next: Lunge", "", 0.0, 1.0) == "No speech engine was found."


def test_the_settings_page_learns_why_there_is_no_voice_and_what_to_install() -> None:
    assert VoicePreview(voice=FakeVoice()).problem() == ""  # type: ignore[arg-type]
    problem = VoicePreview(voice=FakeVoice(available=False)).problem()  # type: ignore[arg-type]
    assert problem == "No speech engine was found.\nsudo apt install speech-dispatcher-espeak-ng"
