"""The calibration click train and the settings' sound preview through a real sound server (or
none), each in a process of its own.

Qt connects to the sound server once per process, so each case starts ``one_shot_child.py``
with the environment it needs; the null sink's recording says which sounds were heard. The
recording's timing is good to tens of ms, so it checks count and spacing; the times the click
service reports are checked for the plan (14 clicks, 0.75 s apart).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest
from audio_analysis import detect_cues, kinds
from pulse_sink import PulseSink, no_sound_server_env, pulse_tools_missing, start_pulse_sink

from warmup_app.audio.calibration import CLICKS, INTERVAL_S
from warmup_app.core.cues import CueKind

CHILD = Path(__file__).with_name("one_shot_child.py")
CHILD_TIMEOUT_S = 60


def _run_child(cache: Path, env: dict[str, str], *args: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, str(CHILD), str(cache), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _qt_warnings(events: list[dict[str, object]]) -> list[str]:
    return [str(e["message"]) for e in events if e["event"] == "qt" and e["type"] != "QtInfoMsg"]


@pytest.mark.audio
def test_every_click_of_the_train_is_heard_evenly(pulse_sink: PulseSink, tmp_path: Path) -> None:
    recording = tmp_path / "rec.wav"
    with pulse_sink.record(recording):
        events = _run_child(tmp_path / "sounds", pulse_sink.env(), "clicks")
    assert _qt_warnings(events) == []
    plan = next(e for e in events if e["event"] == "clicks")
    times = plan["times"]
    assert isinstance(times, list)
    assert len(times) == CLICKS
    started = float(plan["t"])
    assert 0.9 < times[0] - started < 1.3  # about 1 s after Start
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps == pytest.approx([INTERVAL_S] * (CLICKS - 1), abs=1e-6)
    assert [e["event"] for e in events if e["event"] != "qt"][-2:] == ["train_done", "done"]

    heard = detect_cues(recording)
    assert kinds(heard) == [CueKind.METRONOME] * CLICKS, heard
    onsets = [at for at, _ in heard]
    heard_gaps = [b - a for a, b in itertools.pairwise(onsets)]
    assert heard_gaps == pytest.approx([INTERVAL_S] * (CLICKS - 1), abs=0.03), heard_gaps


def test_without_a_sound_server_it_says_so(tmp_path: Path) -> None:
    env = no_sound_server_env(tmp_path)
    events = _run_child(tmp_path / "sounds", env, "clicks")
    plan = next(e for e in events if e["event"] == "clicks")
    assert "No sound output" in str(plan["problem"])
    assert "times" not in plan


@pytest.mark.audio
def test_each_preview_is_heard_at_once(pulse_sink: PulseSink, tmp_path: Path) -> None:
    played = [CueKind.GO, CueKind.FINISH, CueKind.COUNTDOWN]
    recording = tmp_path / "rec.wav"
    with pulse_sink.record(recording):
        events = _run_child(
            tmp_path / "sounds", pulse_sink.env(), "preview", *(k.value for k in played)
        )
    assert _qt_warnings(events) == []
    previews = [e for e in events if e["event"] == "preview"]
    assert [(e["kind"], e["message"]) for e in previews] == [(k.value, None) for k in played]
    heard = detect_cues(recording)
    assert kinds(heard) == played, heard
    onsets = [at for at, _ in heard]
    asked = [float(e["t"]) for e in previews]
    # The first preview opens the stream; each is heard where it was asked for, in step.
    assert [b - a for a, b in itertools.pairwise(onsets)] == pytest.approx(
        [b - a for a, b in itertools.pairwise(asked)], abs=0.05
    )


@pytest.mark.audio
def test_the_stream_keeps_the_output_awake_after_a_sound_then_lets_it_sleep(
    tmp_path: Path,
) -> None:
    """With module-suspend-on-idle (1 s), a silent output is suspended, like real hardware: the
    open stream keeps it running while the sound rings out, and closing it lets it sleep."""
    missing = pulse_tools_missing()
    if missing:
        pytest.fail(missing)
    command = [sys.executable, str(CHILD), str(tmp_path / "sounds"), "preview", "finish"]
    states: list[tuple[float, str]] = []
    with (
        start_pulse_sink(warm=False, suspend_idle_s=1) as sink,
        subprocess.Popen(
            [*command, "--hold-ms", "8000"],
            env=sink.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child,
    ):
        try:
            assert child.stdout is not None
            _read_until(child.stdout, '"event": "preview"')
            played = time.monotonic()
            while time.monotonic() - played < 7.0:
                states.append((time.monotonic() - played, sink.sink_state()))
                time.sleep(0.25)  # real time on purpose: the server's idle timer is what we test
            child.wait(timeout=CHILD_TIMEOUT_S)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == 0
    # The chord lasts about 1 s and the stream stays open 3 s after it (CLOSE_AFTER_MS).
    assert {state for at, state in states if 1.5 <= at <= 3.5} == {"RUNNING"}, states
    assert "SUSPENDED" in {state for at, state in states if at > 4.5}, states


def _read_until(stream: IO[str], marker: str) -> None:
    """Read the child's log up to the line with ``marker`` (the test's timeout guards it)."""
    for line in stream:
        if marker in line:
            return
    raise AssertionError(f"child exited before {marker}")


def test_a_preview_without_a_sound_server_says_so(tmp_path: Path) -> None:
    events = _run_child(tmp_path / "sounds", no_sound_server_env(tmp_path), "preview", "go")
    (preview,) = [e for e in events if e["event"] == "preview"]
    assert preview["message"] == "No sound output was found, so nothing can be played."
    assert events[-1]["event"] == "done"
