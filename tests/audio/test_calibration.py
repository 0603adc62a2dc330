"""The click train's plan on a fake clock: the times it reports are where its mixer places the
clicks (with the stream's own margin), with latency 0 whatever a run uses, and stop silences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock
from warmup_app.audio import stream as audio_stream
from warmup_app.audio.calibration import CLICKS, INTERVAL_S, LEAD_IN_S, ClickTrain
from warmup_app.audio.stream import StreamPlayer
from warmup_app.core.mixer import SAMPLE_RATE


class OpenStream(StreamPlayer):
    """A stream player that says its output is open, without a sound server."""

    def __init__(self, parent: QObject | None = None, **kwargs: object) -> None:
        super().__init__(parent, has_output=lambda: True, **kwargs)  # type: ignore[arg-type]
        self.awake: list[bool] = []

    def wait_ready(self, timeout_ms: int) -> bool:
        return True

    def keep_awake(self, on: bool) -> None:
        self.awake.append(on)


def start_train(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> tuple[ClickTrain, OpenStream]:
    player = OpenStream(clock=clock)
    player.mixer.set_latency(0.3)  # left over from a run: the train must not use it
    train = ClickTrain(tmp_path / "sounds", clock=clock, player=player)
    return train, player


def first_sample(player: OpenStream, heard_at: float) -> int | None:
    """Where in a 50 ms block heard from ``heard_at`` the first click starts (as the stream
    asks: the block's clock is its hearing time minus the stream's margin)."""
    block = player.mixer.render(round(0.05 * SAMPLE_RATE), heard_at - audio_stream.LEAD_S)
    samples = memoryview(block).cast("h")
    return next((i for i, s in enumerate(samples) if s != 0), None)


def test_reported_times_are_where_the_clicks_are_heard(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    train, player = start_train(qtbot, tmp_path, clock)
    done: list[bool] = []
    times = train.start(1.0, lambda: done.append(True))
    assert isinstance(times, list)
    assert len(times) == CLICKS
    assert times[0] == pytest.approx(clock() + LEAD_IN_S + audio_stream.LEAD_S)
    assert times[1] - times[0] == pytest.approx(INTERVAL_S)
    assert train.now() == clock()
    # The block heard from 10 ms before the first click holds it 10 ms (480 samples) in.
    clock.advance(LEAD_IN_S - 0.2)
    assert first_sample(player, times[0] - 0.01) == pytest.approx(480, abs=1)
    assert player.awake == [False]  # the stop before starting (wait_ready, faked, opens it)
    train.stop()
    assert not done
    assert first_sample(player, times[1] - 0.01) is None  # stopped: the next click is silent


def test_the_train_ends_by_itself_and_calls_done(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    train, player = start_train(qtbot, tmp_path, clock)
    done: list[bool] = []
    train.start(1.0, lambda: done.append(True))
    train._end.setInterval(0)  # the real wait is the train's length; this test never sleeps
    train._end.start()
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    assert player.awake[-1] is False


def test_without_output_it_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    player = StreamPlayer(has_output=lambda: False)
    train = ClickTrain(tmp_path / "sounds", player=player)
    outcome = train.start(1.0, lambda: None)
    assert isinstance(outcome, str)
    assert "No sound output" in outcome
