"""Benchmark 6: cues with real sound, through a PulseAudio null sink (issue: audio cues).

- First-cue presence: 10 short runs of the real app, each recorded from the sink's monitor; a
  run counts when the recording's first cue is the app's first sounded cue (the countdown tick
  right after Start) and every cue it fired was heard, in order.
- Cue trigger lateness with audio on (from the app's cue log), on the dense routine, idle and
  with one core busy, plus the metronome's interval error at trigger level.

The baseline for lateness is the same app and routine without a sound server, run right after
under the same load.
"""

from __future__ import annotations

import tempfile
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from tests.audio_analysis import detect_cues, expected_sounds, kinds
from tests.pulse_sink import pulse_tools_missing, start_pulse_sink

from .bench_cues import DRIFT_TARGET_MS, MAX_TARGET_MS, P99_TARGET_MS, jitter_rows
from .results import Result, Row
from .routines import dense_routine
from .runner import BusyCore, app_command, launch, qt_env, reap, tail
from .stats import lateness, metronome_jitter, parse_cue_log

RUNS = 10
SHORT = """\
format = 1
name = "Benchmark: first cue"
lead_in = "3s"

[[parts]]
name = "Jog"

  [[parts.steps]]
  name = "Jog"
  duration = "3s"
"""
RUN_TIMEOUT_S = 120.0


def _run_app(workdir: Path, name: str, routine: Path, env: dict[str, str]) -> Path:
    log = workdir / f"{name}.jsonl"
    out = workdir / f"{name}.out"
    proc = launch(
        app_command("--start", str(routine), "--exit-when-done", "--cue-log", str(log)), env, out
    )
    code = reap(proc, RUN_TIMEOUT_S).code
    if code != 0 or not log.exists():
        raise RuntimeError(f"{name}: the app exited with {code}:\n{tail(out)}")
    return log


def run() -> Result:
    result = Result("audio cues")
    missing = pulse_tools_missing()
    if missing:
        result.notes.append(f"skipped: {missing}")
        return result
    with tempfile.TemporaryDirectory(prefix="warmup-bench-audio-") as tmp:
        work = Path(tmp)
        short = work / "short.warmup.toml"
        short.write_text(SHORT, encoding="utf-8")
        dense = work / "dense.warmup.toml"
        dense.write_text(dense_routine(), encoding="utf-8")
        with start_pulse_sink() as sink:
            present = 0
            misses: list[str] = []
            for index in range(RUNS):
                recording = work / f"first-{index}.wav"
                with sink.record(recording):
                    env = sink.env(qt_env(work / "home"))
                    log = _run_app(work, f"first-{index}", short, env)
                expected = expected_sounds(log)
                heard = kinds(detect_cues(recording))
                if heard == expected:
                    present += 1
                else:
                    misses.append(f"run {index}: heard {heard}, fired {expected}")
            result.rows.append(
                Row(
                    "first cue present (all cues heard in order)",
                    present,
                    f"of {RUNS}",
                    None,
                    f"{RUNS} of {RUNS}",
                    present == RUNS,
                )
            )
            result.notes.extend(misses)
            for busy in (False, True):
                mode = "audio on, " + ("busy" if busy else "idle")
                spinner: AbstractContextManager[object] = BusyCore() if busy else nullcontext()
                with spinner:
                    env = sink.env(qt_env(work / f"home-{busy}"))
                    records = parse_cue_log(_run_app(work, f"dense-{busy}", dense, env).read_text())
                    # Baseline: the same app and routine with no sound server (visual cues only).
                    silent = qt_env(work / f"home-silent-{busy}")
                    silent["PULSE_SERVER"] = f"unix:{work / 'no-sound-server'}"
                    floor = parse_cue_log(
                        _run_app(work, f"silent-{busy}", dense, silent).read_text()
                    )
                late, base = lateness(records), lateness(floor)
                result.rows.extend(
                    [
                        Row(
                            f"{mode}: lateness p99",
                            late.p99_ms,
                            "ms",
                            base.p99_ms,
                            "<= 5 ms",
                            late.p99_ms <= P99_TARGET_MS,
                        ),
                        Row(
                            f"{mode}: lateness max",
                            late.max_ms,
                            "ms",
                            base.max_ms,
                            "<= 20 ms",
                            late.max_ms <= MAX_TARGET_MS,
                        ),
                        Row(
                            f"{mode}: lateness min",
                            late.min_ms,
                            "ms",
                            base.min_ms,
                            ">= 0",
                            late.never_early,
                        ),
                        Row(
                            f"{mode}: end drift",
                            late.drift_ms,
                            "ms",
                            base.drift_ms,
                            "0..5 ms",
                            late.drift_ms is not None and 0 <= late.drift_ms <= DRIFT_TARGET_MS,
                        ),
                    ]
                )
                result.rows.extend(
                    jitter_rows(mode, metronome_jitter(records), metronome_jitter(floor))
                )
            result.notes.append("baseline: the same app and routine with no sound server")
    return result
