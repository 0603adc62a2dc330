"""The click train's plan on a fake clock: the times it reports are where its mixer places the
clicks (with the stream's own margin), with latency 0 whatever a run uses, and stop silences."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.audio.stream_fakes import OpenStream
from tests.qt_fixtures import FakeClock
from warmup_app.audio import stream as audio_stream
from warmup_app.audio.calibration import CLICKS, INTERVAL_S, LEAD_IN_S, ClickTrain
from warmup_app.audio.stream import StreamPlayer


def start_train(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> tuple[ClickTrain, OpenStream]:
    player = OpenStream(clock=clock)
    player.mixer.set_latency(0.3)  # left over from a run: the train must not use it
    train = ClickTrain(tmp_path / "sounds", clock=clock, player=player)
    return train, player


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
    assert player.first_sample(times[0] - 0.01) == pytest.approx(480, abs=1)
    assert player.awake == [False]  # the stop before starting (wait_ready, faked, opens it)
    train.stop()
    assert not done
    assert player.first_sample(times[1] - 0.01) is None  # stopped: the next click is silent


def test_the_train_ends_by_itself_and_calls_done(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    train, player = start_train(qtbot, tmp_path, clock)
    done: list[bool] = []
    train.start(1.0, lambda: done.append(True))
    train.stream._end.setInterval(0)  # the real wait is the train's length; this test never sleeps
    train.stream._end.start()
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    assert player.awake[-1] is False


def test_without_output_it_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    player = StreamPlayer(has_output=lambda: False)
    train = ClickTrain(tmp_path / "sounds", player=player)
    outcome = train.start(1.0, lambda: None)
    assert isinstance(outcome, str)
    assert "No sound output" in outcome
