"""The stream player without a sound server: decoding once, the no-output fallback, and the
session audio feeding its mixer from the run (the real output is tested in tests/e2e)."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

from pytestqt.qtbot import QtBot

from warmup_app.audio.stream import StreamPlayer, decode_wav
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.core.cues import SOUNDED_KINDS, CueKind


def write_wav(path: Path, samples: list[int], rate: int = 48_000, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(array("h", samples).tobytes())
    return path


def test_decoding_keeps_the_sound_and_drops_trailing_silence(tmp_path: Path) -> None:
    """Sounds imported by earlier versions end with 3 s of zeros: dead samples, not sound."""
    path = write_wav(tmp_path / "a.wav", [0, 5, -7, 300, 0, 0, 0, 0])
    assert list(decode_wav(path) or []) == [0, 5, -7, 300]


def test_decoding_refuses_another_format_or_junk(tmp_path: Path) -> None:
    assert decode_wav(write_wav(tmp_path / "b.wav", [1, 2], rate=44_100)) is None
    assert decode_wav(write_wav(tmp_path / "c.wav", [1, 2], channels=2)) is None
    (tmp_path / "d.wav").write_bytes(b"not a wav")
    assert decode_wav(tmp_path / "d.wav") is None


def test_the_built_in_cue_set_decodes_for_every_kind(tmp_path: Path) -> None:
    paths = render_cue_set(tmp_path, SynthSettings())
    for kind in SOUNDED_KINDS:
        samples = decode_wav(paths[kind])
        assert samples is not None
        assert 0.02 < len(samples) / 48_000 < 1.5


def test_no_output_is_said_once_and_the_run_goes_on_silently(qtbot: QtBot, tmp_path: Path) -> None:
    player = StreamPlayer(has_output=lambda: False)
    messages: list[str] = []
    player.unavailable.connect(messages.append)
    paths = render_cue_set(tmp_path, SynthSettings())
    with qtbot.waitSignal(player.ready, timeout=5000):
        player.prepare(paths)
    assert player.wait_ready(100)
    player.keep_awake(True)
    assert not player.is_keeping_awake()
    player.prepare(paths)
    player.keep_awake(True)
    assert len(messages) == 1
    assert "No sound output" in messages[0]
    assert not player.is_available()
    player.keep_awake(False)
    player.shutdown()


def test_a_bad_file_is_reported_and_only_its_cue_is_silent(qtbot: QtBot, tmp_path: Path) -> None:
    player = StreamPlayer(has_output=lambda: False)
    failed: list[str] = []
    player.sound_failed.connect(lambda kind, _message: failed.append(kind))
    (tmp_path / "broken.wav").write_bytes(b"junk")
    good = write_wav(tmp_path / "go.wav", [100] * 10)
    player.prepare({CueKind.GO: good, CueKind.FINISH: tmp_path / "broken.wav"})
    assert failed == ["finish"]
    player.shutdown()


def test_session_audio_feeds_the_mixer_from_the_run(qapp: object, tmp_path: Path) -> None:
    from tests.qt_fixtures import DATA, FakeClock, FakeScheduler
    from warmup_app.audio.session import SessionAudio
    from warmup_app.audio.voice import Voice
    from warmup_app.config.settings import Settings
    from warmup_app.core.routine_files import load_routine
    from warmup_app.core.timeline import compile_timeline
    from warmup_app.runner.driver import SessionDriver

    clock = FakeClock()
    scheduler = FakeScheduler(clock)

    def factory(callback: object) -> FakeScheduler:
        return scheduler

    driver = SessionDriver(clock=clock, scheduler_factory=factory)
    player = StreamPlayer(has_output=lambda: False, clock=clock)
    settings = Settings(tmp_path / "settings.ini")
    audio = SessionAudio(
        driver, settings, tmp_path / "cache", player=player, voice=Voice(engine=None)
    )
    audio.prepare()
    driver.load(compile_timeline(load_routine(DATA / "small.warmup.toml")))
    mixer = player.mixer
    origin = clock.now
    driver.start()  # lead-in 5 s: the first countdown tick is due 2 s after Start

    def heard(seconds: float, at: float) -> list[int]:
        out = array("h")
        out.frombytes(mixer.render(round(seconds * 48_000), at))
        return list(out)

    first = heard(2.5, origin)
    tick = decode_wav(render_cue_set(tmp_path / "cache", SynthSettings())[CueKind.COUNTDOWN])
    assert tick is not None
    lead = next(i for i, s in enumerate(tick) if s)  # a sine starts at zero
    assert next(i for i, s in enumerate(first) if s) == 2 * 48_000 + lead  # its exact sample
    clock.advance(3.0)
    driver.skip()  # to the jog's start at 5 s: its "part start" plays at once
    after = heard(0.1, clock.now)
    assert after[0] == 0
    assert any(after[:480])  # within the first 10 ms (the sound's fade-in)
    driver.pause()
    clock.advance(10.0)
    heard(2.0, clock.now)  # what was sounding at the pause rings out
    assert not any(heard(10.0, clock.now + 2.0))  # and nothing new starts while paused
    player.shutdown()
    driver.deleteLater()
