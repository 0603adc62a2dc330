"""The real app, through a real sound server: every cue it fires is heard, the first included.

The app process plays into a PulseAudio null sink; ``parecord`` records its monitor, and each
cue is recognised in the recording by its own frequencies. Presence, order and count come from
the recording; timing comes from the app's own cue log (the recording is only good to tens of
milliseconds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from audio_analysis import detect_cues, expected_sounds, kinds
from pulse_sink import PulseSink
from pulse_sink import pulse_sink as pulse_sink

from warmup_app.audio.cue_router import PRIORITY
from warmup_app.core.cues import CueKind

ROUTINE = Path(__file__).with_name("data") / "audio-check.warmup.toml"
RUN_TIMEOUT_S = 120


def _app_env(base: dict[str, str], home: Path) -> dict[str, str]:
    env = dict(base)
    env.update(QT_QPA_PLATFORM="offscreen", WARMUP_APP_HOME=str(home))
    return env


def _run_app(env: dict[str, str], cue_log: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "warmup_app",
        "--start",
        str(ROUTINE),
        "--exit-when-done",
        "--cue-log",
        str(cue_log),
    ]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )


def test_the_app_sounds_every_cue_in_order(pulse_sink: PulseSink, tmp_path: Path) -> None:
    cue_log = tmp_path / "cues.jsonl"
    recording = tmp_path / "rec.wav"
    with pulse_sink.record(recording):
        result = _run_app(_app_env(pulse_sink.env(), tmp_path / "home"), cue_log)
    assert result.returncode == 0, result.stderr
    assert "No sound output" not in (tmp_path / "home" / "logs" / "warmup-app.log").read_text()

    expected = expected_sounds(cue_log)
    assert set(expected) == set(PRIORITY), "the routine should sound every kind"
    heard = kinds(detect_cues(recording))
    assert heard == expected
    assert heard[0] is CueKind.COUNTDOWN  # the first cue of the session, right after Start


@pytest.mark.e2e
def test_the_app_finishes_a_routine_with_no_sound_server(tmp_path: Path) -> None:
    env = _app_env(dict(os.environ), tmp_path / "home")
    env["PULSE_SERVER"] = f"unix:{tmp_path / 'no-such-socket'}"
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    (tmp_path / "runtime").mkdir(mode=0o700)
    cue_log = tmp_path / "cues.jsonl"
    result = _run_app(env, cue_log)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in cue_log.read_text().splitlines()]
    assert records[-1]["kind"] == "finish"
    log_text = (tmp_path / "home" / "logs" / "warmup-app.log").read_text()
    assert log_text.count("No sound output was found") == 1  # said once, not per cue
