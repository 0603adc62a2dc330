"""The settings dialog's sound preview: built-in or own sound, on a stream of its own, placed
the way a run places its cues (the real output is tested in tests/audio/test_one_shot_real.py)."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.audio.stream_fakes import OpenStream
from tests.qt_fixtures import FakeClock
from warmup_app import paths
from warmup_app.audio import stream as audio_stream
from warmup_app.audio.one_shot import OneShotStream
from warmup_app.audio.preview import CuePreview, OwnSoundImporter, VoicePreview
from warmup_app.audio.stream import StreamPlayer, decode_wav
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.config.settings import BUILTIN_SOUND
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SAMPLE_RATE


def open_preview(
    cache: Path, clock: FakeClock, muted: bool = False
) -> tuple[CuePreview, OpenStream]:
    player = OpenStream(clock=clock)
    player.mixer.set_latency(0.3)  # a run's setting: a preview has nothing to keep up with
    stream = OneShotStream(clock=clock, player=player)
    return CuePreview(cache, stream=stream, muted=lambda: muted), player


def test_a_builtin_sound_is_rendered_then_played_now_on_the_stream(qtbot: QtBot) -> None:
    clock = FakeClock()
    cache = paths.user_paths().sounds_cache
    preview, player = open_preview(cache, clock)
    assert preview.preview(CueKind.SWITCH_SIDES, BUILTIN_SOUND, 0.4) is None
    assert player.volume() == 0.4
    rendered = render_cue_set(cache, SynthSettings())[CueKind.SWITCH_SIDES]
    assert player.mixer.duration(CueKind.SWITCH_SIDES) * SAMPLE_RATE == len(
        decode_wav(rendered) or ()
    )
    # Heard now, after the stream's constant margin, like every cue of a run (latency 0); the
    # fade-in's first samples round to 0 at this volume.
    assert player.first_sample(clock() + audio_stream.LEAD_S - 0.01) == pytest.approx(480, abs=5)
    assert player.mixer.started == 1


def test_an_own_sound_is_played_from_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    own = tmp_path / "whistle.wav"
    samples = array("h", [1000, -1000] * 2400)
    with wave.open(str(own), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(SAMPLE_RATE)
        sound.writeframes(samples.tobytes())
    clock = FakeClock()
    preview, player = open_preview(tmp_path, clock)
    assert preview.preview(CueKind.FINISH, str(own), 1.0) is None
    heard = player.heard(clock() + audio_stream.LEAD_S, seconds=0.1)
    assert heard.tolist() == samples.tolist()  # full volume: the file's own samples
    assert not (tmp_path / SynthSettings().cache_key()).exists()  # no built-in was needed


def test_a_missing_own_sound_plays_the_builtin_one_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    preview, player = open_preview(tmp_path, clock)
    message = preview.preview(CueKind.GO, str(tmp_path / "gone.wav"), 1.0)
    assert message is not None
    assert "missing" in message
    assert "built-in" in message
    builtin = decode_wav(render_cue_set(tmp_path, SynthSettings())[CueKind.GO]) or array("h")
    heard = player.heard(clock() + audio_stream.LEAD_S)
    assert heard.tolist() == builtin[: len(heard)].tolist()


def test_a_muted_preview_plays_nothing_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    preview, player = open_preview(tmp_path, FakeClock(), muted=True)
    message = preview.preview(CueKind.GO, BUILTIN_SOUND, 1.0)
    assert message is not None
    assert "muted" in message
    assert player.mixer.duration(CueKind.GO) == 0
    assert player.awake == []  # no stream was opened


def test_a_second_preview_cuts_the_first_and_the_stream_closes_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    preview, player = open_preview(tmp_path, clock)
    preview.preview(CueKind.FINISH, BUILTIN_SOUND, 1.0)
    clock.advance(0.2)
    preview.preview(CueKind.COUNTDOWN, BUILTIN_SOUND, 1.0)
    assert player.mixer.started == 0
    player.heard(clock() + audio_stream.LEAD_S, seconds=2.0)
    assert player.mixer.started == 1  # the countdown only: the finish chord was never due again
    end = preview.stream._end
    sound_ms = 1000 * (audio_stream.LEAD_S + player.mixer.duration(CueKind.COUNTDOWN))
    assert end.isActive()
    assert end.interval() == pytest.approx(sound_ms, abs=1)
    end.setInterval(0)  # the real wait is the sound's length; this test never sleeps
    end.start()
    qtbot.waitUntil(lambda: not end.isActive(), timeout=2000)
    assert player.awake[-1] is False  # the stream closes once the sound has rung out


def test_without_a_sound_output_the_runner_is_told(qtbot: QtBot) -> None:
    player = StreamPlayer(has_output=lambda: False)
    preview = CuePreview(paths.user_paths().sounds_cache, stream=OneShotStream(player=player))
    with qtbot.waitSignal(player.unavailable, timeout=1000):
        message = preview.preview(CueKind.GO, BUILTIN_SOUND, 0.8)
    assert message == "No sound output was found, so nothing can be played."
    assert preview.preview(CueKind.GO, BUILTIN_SOUND, 0.8) == message  # said again, no error
    player.shutdown()


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
