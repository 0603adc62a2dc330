"""Issue 15: the sound server dies mid-run (kill -9) and comes back; the real app goes on.

The app plays into a private PulseAudio null sink (tests/pulse_sink.py). Five seconds after
Start the server is killed with SIGKILL and, a moment later, a new one is started on the same
socket. The runner must be told once (the notice is logged as ``audio: ...`` in the app's log
file), the cues go on (the cue log ends with the finish), sound comes back by itself (the app
opens a stream on the new server) and the app exits 0 on time without a traceback or an abort.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pulse_sink import pulse_tools_missing, start_pulse_sink

ROUTINE = Path(__file__).with_name("data") / "sound-loss.warmup.toml"
ROUTINE_S = 16.0  # 2 s lead-in and 14 s of metronome
EXIT_GRACE_S = 1.5  # app.EXIT_GRACE_MS: the finish chime rings out before the app quits
KILL_AT_S = 5.0  # after Start
DOWN_S = 1.0  # how long the server stays gone
START_TIMEOUT_S = 20.0
RUN_TIMEOUT_S = 40.0
#: The stream checks every second that it is still read; two checks at most, plus slack.
NOTICE_WITHIN_S = 3.0
EXIT_LATE_MARGIN_S = 3.0
NOTICE = "audio: The sound output stopped."


def _wait_for(ready: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.02)  # polling another process, not test time


def _log_time(line: str) -> float:
    """The wall-clock time of a line of the app's log (``%(asctime)s``: local, ms)."""
    stamp = " ".join(line.split(" ", 2)[:2])
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


@pytest.mark.e2e
@pytest.mark.audio
def test_sound_server_killed_mid_run(tmp_path: Path) -> None:
    missing = pulse_tools_missing()
    if missing:
        pytest.skip(f"needs a private PulseAudio server: {missing}")
    cue_log = tmp_path / "cues.jsonl"
    home = tmp_path / "home"
    with start_pulse_sink(warm=False) as sink:
        env = sink.env()
        env.update(QT_QPA_PLATFORM="offscreen", WARMUP_APP_HOME=str(home))
        command = [sys.executable, "-m", "warmup_app", "--start", str(ROUTINE)]
        command += ["--exit-when-done", "--cue-log", str(cue_log)]
        app = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            _wait_for(
                lambda: cue_log.exists() and cue_log.read_text().strip() != "",
                START_TIMEOUT_S,
                "the app fired no cue",
            )
            first = json.loads(cue_log.read_text().splitlines()[0])
            started = first["monotonic"] - first["actual"]  # the app's Start, our clock
            time.sleep(max(0.0, started + KILL_AT_S - time.monotonic()))
            os.kill(sink.pid, signal.SIGKILL)
            sink.process.wait(timeout=5)
            killed, killed_wall = time.monotonic() - started, time.time()
            time.sleep(DOWN_S)
            with start_pulse_sink(runtime_dir=sink.runtime_dir, warm=False) as back:
                restarted = time.monotonic() - started
                back_at: float | None = None
                while app.poll() is None and time.monotonic() - started < RUN_TIMEOUT_S:
                    if back_at is None and back.pactl("list", "short", "sink-inputs").strip():
                        back_at = time.monotonic() - started
                    time.sleep(0.1)  # polling the server, not test time
                _, stderr = app.communicate(timeout=RUN_TIMEOUT_S)
                ended = time.monotonic() - started
        finally:
            if app.poll() is None:
                app.kill()
                app.communicate(timeout=5)

    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "Aborting" not in stderr
    records = [json.loads(line) for line in cue_log.read_text().splitlines()]
    assert records[-1]["kind"] == "finish"  # the visual cues went on to the end
    assert ended <= ROUTINE_S + EXIT_GRACE_S + EXIT_LATE_MARGIN_S

    log_lines = (home / "logs" / "warmup-app.log").read_text().splitlines()
    notices = [line for line in log_lines if NOTICE in line]
    assert len(notices) == 1, notices  # said once, not per retry
    notice_after_kill = _log_time(notices[0]) - killed_wall
    assert -0.01 <= notice_after_kill <= NOTICE_WITHIN_S
    assert any("audio output is back" in line for line in log_lines)
    assert back_at is not None, "the app never played into the new server"
    print(
        f"killed {killed:.2f} s after Start, notice {notice_after_kill:.2f} s later, "
        f"server back at {restarted:.2f} s, app stream on it at {back_at:.2f} s, "
        f"exit at {ended:.2f} s (run {ROUTINE_S:.0f} s + {EXIT_GRACE_S} s grace)"
    )
