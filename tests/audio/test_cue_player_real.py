"""The real CuePlayer through a real sound server (or none), each run in a process of its own.

Qt connects to the sound server once per process, so each case starts
``cue_player_child.py`` with the environment it needs and reads its JSON event log; the null
sink's recording says which cues actually sounded.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest
from audio_analysis import detect_cues, kinds
from pulse_sink import PulseSink, no_sound_server_env, pulse_tools_missing, start_pulse_sink

from warmup_app.core.cues import CueKind

CHILD = Path(__file__).with_name("cue_player_child.py")
CHILD_TIMEOUT_S = 60

# Every sounded kind, the first cue at once, repeats (countdown, metronome) and a part where
# two cues overlap (a metronome click 150 ms into the finish chord).
SEQUENCE = [
    (0, CueKind.COUNTDOWN),
    (1000, CueKind.COUNTDOWN),
    (2000, CueKind.COUNTDOWN),
    (3000, CueKind.GO),
    (3600, CueKind.HALFWAY),
    (4200, CueKind.SWITCH_SIDES),
    (4900, CueKind.PART_START),
    (5700, CueKind.METRONOME),
    (6057, CueKind.METRONOME),
    (6414, CueKind.METRONOME),
    (7000, CueKind.FINISH),
    (7150, CueKind.METRONOME),
]
SEQUENCE_KINDS = [kind for _, kind in SEQUENCE]


def _child_command(cache: Path, cues: list[tuple[int, CueKind]], *extra: str) -> list[str]:
    spec = ",".join(f"{kind.value}@{offset}" for offset, kind in cues)
    return [sys.executable, str(CHILD), str(cache), "--cues", spec, *extra]


def _events(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def _qt_warnings(events: list[dict[str, object]]) -> list[str]:
    return [str(e["message"]) for e in events if e["event"] == "qt" and e["type"] != "QtInfoMsg"]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "sounds"


@pytest.mark.audio
def test_every_cue_is_heard_in_order_first_one_included(
    pulse_sink: PulseSink, cache: Path, tmp_path: Path
) -> None:
    recording = tmp_path / "rec.wav"
    with pulse_sink.record(recording):
        result = subprocess.run(
            _child_command(cache, SEQUENCE, "--keep-awake", "--tail-ms", "2000"),
            env=pulse_sink.env(),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    events = _events(result.stdout)
    ready = next(e for e in events if e["event"] == "ready")
    assert ready["ready"] is True
    assert ready["available"] is True
    assert not [e for e in events if e["event"] in ("unavailable", "sound_failed")]
    # Among them "QSocketNotifier: Invalid socket ...", the Qt bug the looping cues avoid.
    assert _qt_warnings(events) == []
    played = [e for e in events if e["event"] == "play"]
    assert [e["kind"] for e in played] == [kind.value for _, kind in SEQUENCE]
    assert all(e["awake"] for e in played)

    heard = detect_cues(recording)
    assert kinds(heard) == [kind for _, kind in SEQUENCE]
    # The recording's clock is good to tens of ms: check spacing loosely, order strictly.
    first = heard[0][0]
    for (at, _), (offset, _) in zip(heard, SEQUENCE, strict=True):
        assert at - first == pytest.approx(offset / 1000, abs=0.1)


@pytest.mark.audio
def test_keep_awake_stops_the_output_from_sleeping(cache: Path) -> None:
    """With module-suspend-on-idle (1 s), a silent output is suspended, like real hardware."""
    missing = pulse_tools_missing()
    if missing:
        pytest.fail(missing)
    states = {}
    for awake in (True, False):
        with start_pulse_sink(warm=False, suspend_idle_s=1) as sink:
            states[awake] = _sink_states_between_cues(sink, cache, awake)
    # Kept awake: running the whole time between cues. Not kept awake: suspended at some point
    # (when exactly depends on the server's idle timer and the machine's load).
    assert set(states[True]) == {"RUNNING"}, states[True]
    assert "SUSPENDED" in states[False], states[False]


def _sink_states_between_cues(sink: PulseSink, cache: Path, awake: bool) -> list[str]:
    """The sink's states sampled from 1.5 s to 5 s after the first cue (the next is at 6 s)."""
    extra = ["--keep-awake"] if awake else []
    command = _child_command(
        cache, [(0, CueKind.GO), (6000, CueKind.GO)], *extra, "--tail-ms", "200"
    )
    states: list[str] = []
    with subprocess.Popen(
        command, env=sink.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            _read_until(child.stdout, '"event": "play"')
            first = time.monotonic()
            time.sleep(1.5)  # real time on purpose: the server's idle timer is what we test
            while time.monotonic() - first < 5.0:
                states.append(sink.sink_state())
                time.sleep(0.25)
            child.wait(timeout=CHILD_TIMEOUT_S)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == 0
    return states


def _read_until(stream: IO[str], marker: str) -> None:
    """Read the child's log up to the line with ``marker`` (the test's timeout guards it)."""
    for line in stream:
        if marker in line:
            return
    raise AssertionError(f"child exited before {marker}")


def test_no_sound_server_is_reported_once_and_cues_go_on(cache: Path, tmp_path: Path) -> None:
    env = no_sound_server_env(tmp_path)
    cues = [(i * 100, kind) for i, kind in enumerate([*SEQUENCE_KINDS, *SEQUENCE_KINDS])]
    result = subprocess.run(
        _child_command(cache, cues, "--keep-awake", "--tail-ms", "500"),
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    events = _events(result.stdout)
    unavailable = [e for e in events if e["event"] == "unavailable"]
    assert len(unavailable) == 1
    assert "on screen" in str(unavailable[0]["message"])
    ready = next(e for e in events if e["event"] == "ready")
    assert (ready["ready"], ready["available"]) == (True, False)
    assert len([e for e in events if e["event"] == "play"]) == len(cues)
    assert events[-1]["event"] == "done"
    # Qt's own notice that there is no server, once; nothing per effect or per cue.
    assert _qt_warnings(events) == ["PulseAudioService: pa_context_connect() failed"]
