"""CuePlayer's own logic, with fake sound effects (no sound server involved).

Qt connects to the sound server once per process, so whether a real QSoundEffect loads here
would depend on the machine. These tests swap in a fake effect and a fake "is there an output"
check; the real thing is tested in test_cue_player_real.py, in processes of their own.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect, QtAudio

from warmup_app.audio.player import (
    DEFAULT_VOLUME,
    STOP_AFTER_SOUND_MS,
    CuePlayer,
    sound_timing,
)
from warmup_app.audio.synth import (
    PLAYBACK_TAIL_MS,
    SynthSettings,
    render_cue,
    render_cue_set,
    render_keep_awake,
    wav_bytes,
)
from warmup_app.core.cues import SOUNDED_KINDS, CueKind

Status = QSoundEffect.Status
INFINITE = QSoundEffect.Loop.Infinite.value
SIGNAL_TIMEOUT_MS = 2000


class FakeEffect(QObject):
    """Stands in for QSoundEffect: records what the player asked and loads when told to."""

    statusChanged = Signal()  # noqa: N815 (QSoundEffect's name)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = Status.Null
        self._source = QUrl()
        self.calls: list[str] = []
        self.loop_count = 1
        self.volume = 1.0
        self.muted = False
        self.playing = False

    # the part of QSoundEffect's API the player uses
    def setSource(self, url: QUrl) -> None:
        self._source = url
        self._status = Status.Loading

    def source(self) -> QUrl:
        return self._source

    def status(self) -> QSoundEffect.Status:
        return self._status

    def setLoopCount(self, count: int) -> None:
        self.loop_count = count

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def setMuted(self, muted: bool) -> None:
        self.muted = muted

    def play(self) -> None:
        self.calls.append("play")
        self.playing = True

    def stop(self) -> None:
        self.calls.append("stop")
        self.playing = False

    def isPlaying(self) -> bool:
        return self.playing

    # test controls
    def finish(self, status: QSoundEffect.Status = Status.Ready) -> None:
        self._status = status
        # Not statusChanged.emit(): in PySide6 6.12.0 each Python emit() drops a reference to
        # True, and enough of them abort the interpreter (Python 3.11). This path emits from C++.
        QMetaObject.invokeMethod(self, "statusChanged", Qt.ConnectionType.DirectConnection)

    @property
    def name(self) -> str:
        return Path(self._source.toLocalFile()).stem


class Rig:
    """A player wired to fakes, and the switches a test turns."""

    def __init__(self) -> None:
        self.effects: list[FakeEffect] = []
        self.output = True
        self.player = CuePlayer(effect_factory=self._make, has_output=lambda: self.output)
        self.unavailable: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.ready = 0
        self.player.unavailable.connect(self.unavailable.append)
        self.player.sound_failed.connect(lambda kind, msg: self.failed.append((kind, msg)))
        self.player.ready.connect(self._on_ready)

    def _make(self, parent: QObject) -> FakeEffect:
        effect = FakeEffect(parent)
        self.effects.append(effect)
        return effect

    def _on_ready(self) -> None:
        self.ready += 1

    def effect(self, name: str) -> FakeEffect:
        (found,) = [e for e in self.effects if e.name == name]
        return found

    def load_all(self) -> None:
        for effect in list(self.effects):
            if effect.status() == Status.Loading:
                effect.finish()


@pytest.fixture(scope="module")
def sounds(tmp_path_factory: pytest.TempPathFactory) -> dict[CueKind, Path]:
    return render_cue_set(tmp_path_factory.mktemp("sounds"), SynthSettings())


@pytest.fixture(scope="module")
def keep_awake_sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_keep_awake(tmp_path_factory.mktemp("awake"))


@pytest.fixture
def rig(qtbot) -> Rig:
    return Rig()


def test_ready_only_once_every_sound_has_loaded(rig: Rig, sounds: dict[CueKind, Path]) -> None:
    rig.player.prepare(sounds)
    assert len(rig.effects) == len(SOUNDED_KINDS)
    assert not rig.player.wait_ready(0)
    for effect in rig.effects[:-1]:
        effect.finish()
    assert not rig.player.wait_ready(0)
    assert rig.ready == 0
    rig.effects[-1].finish()
    assert rig.player.wait_ready(0)
    assert rig.ready == 1
    assert rig.unavailable == []


def test_wait_ready_times_out_then_succeeds(qtbot, rig: Rig, sounds: dict[CueKind, Path]) -> None:
    rig.player.prepare(sounds)
    assert rig.player.wait_ready(20) is False
    QTimer.singleShot(10, rig.load_all)
    assert rig.player.wait_ready(SIGNAL_TIMEOUT_MS) is True
    assert rig.player.wait_ready(0) is True


def test_no_output_is_reported_once_and_play_does_nothing(
    rig: Rig, sounds: dict[CueKind, Path]
) -> None:
    rig.output = False
    rig.player.prepare(sounds)
    assert rig.effects == [], "no effect is created without an output (each would warn)"
    assert rig.player.wait_ready(0)
    assert not rig.player.is_available()
    assert len(rig.unavailable) == 1
    assert "on screen" in rig.unavailable[0]
    for kind in SOUNDED_KINDS:
        rig.player.play(kind)
    rig.player.keep_awake(True)
    rig.player.prepare(sounds)  # the next session
    assert len(rig.unavailable) == 1
    assert rig.ready == 2


def test_losing_the_output_mid_session_is_reported_once(
    rig: Rig, sounds: dict[CueKind, Path], keep_awake_sound: Path
) -> None:
    rig.player.prepare(sounds, keep_awake_sound)
    rig.load_all()
    rig.player.keep_awake(True)
    rig.output = False
    rig.effect("go").finish(Status.Error)
    rig.effect("finish").finish(Status.Error)
    assert len(rig.unavailable) == 1
    assert not rig.player.is_available()
    assert not rig.player.is_keeping_awake()
    calls_before = [list(e.calls) for e in rig.effects]
    rig.player.play(CueKind.COUNTDOWN)
    assert [e.calls for e in rig.effects] == calls_before


def test_a_bad_file_silences_only_its_cue(rig: Rig, sounds: dict[CueKind, Path]) -> None:
    rig.player.prepare(sounds)
    for effect in rig.effects:
        effect.finish(Status.Error if effect.name == "halfway" else Status.Ready)
    assert rig.player.wait_ready(0)
    assert rig.unavailable == []
    assert len(rig.failed) == 1
    kind, message = rig.failed[0]
    assert kind == "halfway"
    assert "halfway.wav" in message
    rig.player.play(CueKind.HALFWAY)
    assert rig.effect("halfway").calls == []
    rig.player.play(CueKind.GO)
    assert "play" in rig.effect("go").calls


def test_cues_loop_in_their_silent_tail_and_are_stopped_there(
    qtbot, rig: Rig, sounds: dict[CueKind, Path]
) -> None:
    """The workaround for QTBUG-144711: a voice is stopped, never left to finish."""
    rig.player.prepare(sounds)
    rig.load_all()
    go = rig.effect("go")
    assert go.loop_count == INFINITE
    rig.player.play(CueKind.GO)
    assert go.calls == ["stop", "play"]
    assert go.playing
    qtbot.waitUntil(lambda: not go.playing, timeout=SIGNAL_TIMEOUT_MS)
    assert go.calls == ["stop", "play", "stop"]


def test_a_file_without_a_tail_plays_once(
    qtbot, rig: Rig, sounds: dict[CueKind, Path], tmp_path: Path
) -> None:
    bare = tmp_path / "bare.wav"
    bare.write_bytes(wav_bytes(render_cue(CueKind.GO, SynthSettings())))
    rig.player.prepare({CueKind.GO: bare})
    rig.load_all()
    effect = rig.effects[0]
    assert effect.loop_count == 1
    rig.player.play(CueKind.GO)
    assert effect.calls == ["play"]


def test_sound_timing_measures_sound_and_tail(sounds: dict[CueKind, Path], tmp_path: Path) -> None:
    timing = sound_timing(sounds[CueKind.FINISH])
    assert timing is not None
    assert timing.sound_ms == pytest.approx(900, abs=5)
    assert timing.tail_ms == pytest.approx(PLAYBACK_TAIL_MS, abs=5)
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"RIFF not really")
    assert sound_timing(junk) is None
    assert sound_timing(tmp_path / "missing.wav") is None


def test_stop_interval_follows_the_sound(sounds: dict[CueKind, Path]) -> None:
    timing = sound_timing(sounds[CueKind.METRONOME])
    assert timing is not None
    # The stop must land after the click and long before the tail runs out.
    assert timing.sound_ms + STOP_AFTER_SOUND_MS < timing.sound_ms + timing.tail_ms - 1000


def test_unprepared_kinds_are_ignored(rig: Rig, sounds: dict[CueKind, Path]) -> None:
    rig.player.play(CueKind.GO)  # before any prepare
    rig.player.prepare({CueKind.GO: sounds[CueKind.GO]})
    rig.load_all()
    rig.player.play(CueKind.NEXT_UP)
    rig.player.play(CueKind.FINISH)
    assert rig.effect("go").calls == []


def test_mute_silences_and_stops(rig: Rig, sounds: dict[CueKind, Path]) -> None:
    rig.player.prepare(sounds)
    rig.load_all()
    rig.player.play(CueKind.FINISH)
    rig.player.set_muted(True)
    assert not rig.effect("finish").playing
    assert all(e.muted for e in rig.effects)
    rig.player.play(CueKind.GO)
    assert "play" not in rig.effect("go").calls
    rig.player.set_muted(False)
    rig.player.play(CueKind.GO)
    assert rig.effect("go").playing


def _linear(position: float) -> float:
    return QtAudio.convertVolume(
        position,
        QtAudio.VolumeScale.LogarithmicVolumeScale,
        QtAudio.VolumeScale.LinearVolumeScale,
    )


@pytest.mark.parametrize(
    ("position", "stored"),
    [(1.0, 1.0), (0.5, 0.5), (0.0, 0.0), (1.7, 1.0), (-0.2, 0.0), (math.nan, 0.0)],
)
def test_volume_follows_the_ear(
    rig: Rig, sounds: dict[CueKind, Path], position: float, stored: float
) -> None:
    rig.player.prepare(sounds)
    rig.load_all()
    assert rig.player.volume() == DEFAULT_VOLUME
    rig.player.set_volume(position)
    assert rig.player.volume() == stored
    assert all(e.volume == pytest.approx(_linear(stored)) for e in rig.effects)
    if 0 < stored < 1:
        assert rig.effects[0].volume < stored  # half way on the slider is not half the amplitude


def test_keep_awake_waits_for_loading_and_ignores_volume(
    rig: Rig, sounds: dict[CueKind, Path], keep_awake_sound: Path
) -> None:
    rig.player.prepare(sounds, keep_awake_sound)
    awake = rig.effect(keep_awake_sound.stem)
    assert awake.loop_count == INFINITE
    rig.player.keep_awake(True)
    assert not awake.playing, "not loaded yet"
    rig.load_all()
    assert awake.playing
    assert rig.player.is_keeping_awake()
    rig.player.set_volume(0.1)
    rig.player.set_muted(True)
    assert awake.volume == 1.0
    assert not awake.muted
    assert awake.playing
    rig.player.keep_awake(False)
    assert not awake.playing
    assert not rig.player.is_keeping_awake()


def test_prepare_again_replaces_the_old_effects(
    qtbot, rig: Rig, sounds: dict[CueKind, Path]
) -> None:
    rig.player.prepare(sounds)
    rig.load_all()
    old = list(rig.effects)
    old_go = rig.effect("go")
    rig.player.play(CueKind.GO)
    rig.player.prepare({CueKind.GO: sounds[CueKind.GO]})
    assert not rig.player.wait_ready(0)
    assert all(not e.playing for e in old)
    rig.effects = rig.effects[len(old) :]
    rig.effects[-1].finish()
    assert rig.player.wait_ready(0)
    rig.player.play(CueKind.GO)
    assert "play" in rig.effects[-1].calls
    assert old_go.calls.count("play") == 1
