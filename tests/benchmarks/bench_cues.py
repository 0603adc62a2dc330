"""Benchmark 1: cue trigger lateness, end drift and metronome jitter of the real app.

The app runs a generated 64 s routine with a cue every second or less (``--start ...
--exit-when-done --cue-log``), once on an idle machine and once with one core kept busy by a
spinning process. Two floors run beside it on the same cue offsets: a bare Python sleep loop and
a bare Qt precise-timer chain. They start on the app's own Start time plus a phase, so their
wake-ups fall between the app's and do not queue behind them.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from warmup_app.core.routine_files import load_routine
from warmup_app.core.timeline import compile_timeline

from . import procfs
from .results import Result, Row
from .routines import dense_routine
from .runner import (
    BusyCore,
    app_command,
    launch,
    qt_env,
    reap,
    script_command,
    sleep_until,
    tail,
    wait_for_text,
)
from .stats import Jitter, Lateness, Usage, lateness, metronome_jitter, parse_cue_log, usage_between

P99_TARGET_MS = 5.0
MAX_TARGET_MS = 20.0
DRIFT_TARGET_MS = 5.0
JITTER_P99_MS = 2.0
JITTER_MAX_MS = 10.0
PHASES = {"sleep": 0.12, "qtimer": 0.24}  # the metronome interval is 0.357 s
START_TIMEOUT_S = 30.0
USAGE_SKIP_S = 8.0  # leave start-up and the first cues out of the CPU window


@dataclass(frozen=True)
class Measured:
    lateness: Lateness
    jitter: Jitter | None
    count: int


@dataclass(frozen=True)
class CueRun:
    mode: str
    expected: int
    app: Measured
    floors: dict[str, Measured]
    usage: Usage | None
    max_rss_kib: int
    exit_code: int
    exit_tail: str  # the end of the app's output when it did not exit cleanly


def _measure(log: Path) -> Measured:
    records = parse_cue_log(log.read_text())
    return Measured(lateness(records), metronome_jitter(records), len(records))


def run_once(workdir: Path, busy: bool, sample_usage: bool) -> CueRun:
    mode = "busy" if busy else "idle"
    routine_path = workdir / f"dense{mode}.warmup.toml"
    routine_path.write_text(dense_routine(), encoding="utf-8")
    timeline = compile_timeline(load_routine(routine_path))
    cues_file = workdir / f"cues-{mode}.json"
    cues_file.write_text(json.dumps([{"kind": str(c.kind), "at": c.at} for c in timeline.cues]))
    origin_file = workdir / f"origin-{mode}.txt"
    app_log = workdir / f"app-{mode}.jsonl"
    home = workdir / f"home-{mode}"
    env = qt_env(home)

    spinner: AbstractContextManager[object] = BusyCore() if busy else nullcontext()
    with spinner:
        floors = {
            name: launch(
                script_command(
                    "baseline_schedule.py",
                    name,
                    "--cues",
                    str(cues_file),
                    "--origin-file",
                    str(origin_file),
                    "--phase",
                    str(phase),
                    "--out",
                    str(workdir / f"{name}-{mode}.jsonl"),
                ),
                env,
                workdir / f"{name}-{mode}.out",
            )
            for name, phase in PHASES.items()
        }
        app_out = workdir / f"app-{mode}.out"
        app = launch(
            app_command(
                "--start", str(routine_path), "--exit-when-done", "--cue-log", str(app_log)
            ),
            env,
            app_out,
        )
        try:
            first = parse_cue_log(wait_for_text(app_log, app, START_TIMEOUT_S))[0]
        except (RuntimeError, TimeoutError) as exc:
            app.kill()
            for proc in floors.values():
                proc.kill()
            raise RuntimeError(f"{exc}\n{tail(app_out)}") from exc
        origin = first.monotonic - first.actual
        staged = origin_file.with_suffix(".tmp")
        staged.write_text(repr(origin))
        os.replace(staged, origin_file)

        usage = None
        if sample_usage:
            sleep_until(origin + USAGE_SKIP_S)
            start = procfs.sample(app.pid)
            sleep_until(origin + timeline.end - 3.0)
            usage = usage_between(start, procfs.sample(app.pid), procfs.TICKS_PER_S)
        app_exit = reap(app, timeline.end + START_TIMEOUT_S)
        for proc in floors.values():
            reap(proc, START_TIMEOUT_S)
    if not app_log.exists():
        raise RuntimeError(
            f"the app exited with {app_exit.code} and logged no cue:\n{tail(app_out)}"
        )
    return CueRun(
        mode=mode,
        expected=len(timeline.cues),
        app=_measure(app_log),
        floors={name: _measure(workdir / f"{name}-{mode}.jsonl") for name in PHASES},
        usage=usage,
        max_rss_kib=app_exit.max_rss_kib,
        exit_code=app_exit.code,
        exit_tail=tail(app_out, 6) if app_exit.code != 0 else "",
    )


def _rows(run: CueRun) -> list[Row]:
    app = run.app.lateness
    sleep = run.floors["sleep"].lateness
    qtimer = run.floors["qtimer"].lateness
    m = run.mode
    rows = [
        Row(f"{m}: cues fired / scheduled", run.app.count, "", run.expected, "all", None),
        Row(f"{m}: lateness p50 (vs sleep loop)", app.p50_ms, "ms", sleep.p50_ms),
        Row(f"{m}: lateness p50 (vs Qt timer)", app.p50_ms, "ms", qtimer.p50_ms),
        Row(f"{m}: lateness p99 (vs sleep loop)", app.p99_ms, "ms", sleep.p99_ms, "<= 5 ms"),
        Row(f"{m}: lateness p99 (vs Qt timer)", app.p99_ms, "ms", qtimer.p99_ms, "<= 5 ms"),
        Row(f"{m}: lateness max", app.max_ms, "ms", sleep.max_ms, "<= 20 ms"),
        Row(f"{m}: lateness min", app.min_ms, "ms", sleep.min_ms, ">= 0 (never early)"),
        Row(f"{m}: end drift (finish cue)", app.drift_ms, "ms", sleep.drift_ms, "0..5 ms"),
    ]
    ok = [
        run.app.count == run.expected,
        None,
        None,
        app.p99_ms <= P99_TARGET_MS,
        app.p99_ms <= P99_TARGET_MS,
        app.max_ms <= MAX_TARGET_MS,
        app.never_early,
        app.drift_ms is not None and 0 <= app.drift_ms <= DRIFT_TARGET_MS,
    ]
    rows = [
        Row(r.figure, r.value, r.unit, r.baseline, r.target, flag)
        for r, flag in zip(rows, ok, strict=True)
    ]
    rows.append(Row(f"{m}: app exit code", run.exit_code, "", None, "0", run.exit_code == 0))
    rows.extend(jitter_rows(m, run.app.jitter, run.floors["sleep"].jitter))
    return rows


def jitter_rows(mode: str, jitter: Jitter | None, floor: Jitter | None) -> list[Row]:
    """Metronome interval deviation at trigger level (issue targets: p99 <= 2 ms, max <= 10)."""
    if jitter is None:
        return []
    return [
        Row(
            f"{mode}: metronome interval error sd",
            jitter.stdev_ms,
            "ms",
            floor.stdev_ms if floor else None,
        ),
        Row(
            f"{mode}: metronome interval error p99",
            jitter.p99_abs_ms,
            "ms",
            floor.p99_abs_ms if floor else None,
            "<= 2 ms",
            jitter.p99_abs_ms <= JITTER_P99_MS,
        ),
        Row(
            f"{mode}: metronome interval error max",
            jitter.max_abs_ms,
            "ms",
            floor.max_abs_ms if floor else None,
            "<= 10 ms",
            jitter.max_abs_ms <= JITTER_MAX_MS,
        ),
    ]


def run(busy_too: bool = True) -> tuple[Result, Usage | None, int]:
    """The result, and the idle run's CPU usage and peak RSS (the dense routine's figures)."""
    result = Result("cue timing")
    usage: Usage | None = None
    rss = 0
    with tempfile.TemporaryDirectory(prefix="warmup-bench-") as tmp:
        for busy in (False, True) if busy_too else (False,):
            cue_run = run_once(Path(tmp), busy, sample_usage=not busy)
            result.rows.extend(_rows(cue_run))
            result.data[cue_run.mode] = cue_run
            if cue_run.exit_code != 0:
                result.notes.append(
                    f"{cue_run.mode}: the app exited with {cue_run.exit_code}: {cue_run.exit_tail}"
                )
            if not busy:
                usage, rss = cue_run.usage, cue_run.max_rss_kib
    result.notes.append(
        "floors run concurrently on the same cue offsets, phase-shifted "
        f"{PHASES} s; the app's finish cue is timed from its raw clock (its offset is clamped)"
    )
    return result, usage, rss
