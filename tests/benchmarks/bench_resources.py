"""Benchmarks 3 and 4: CPU, wake-ups and peak memory of the app while a routine runs.

The app runs a calm generated routine (per-side stretches with pauses: most of a warm-up);
beside it an idle bare QMainWindow, sampled over the same window of time, is the floor.
CPU is utime + stime from /proc/PID/stat; wake-ups are context switches summed over
/proc/PID/task/*/status; peak RSS is the kernel's ``ru_maxrss`` from ``wait4``.
The dense routine of the cue benchmark adds its own row when it ran.
"""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

from warmup_app.core.routine_files import load_routine
from warmup_app.core.timeline import compile_timeline

from . import procfs
from .results import Result, Row
from .routines import calm_routine
from .runner import (
    app_command,
    launch,
    qt_env,
    reap,
    script_command,
    sleep_until,
    tail,
    wait_for_text,
)
from .stats import Usage, parse_cue_log, usage_between

CPU_TARGET = 1.0
WAKEUP_TARGET = 5.0
RSS_TARGET_MB = 120.0
SKIP_S = 5.0  # start-up and the first cue out of the window
START_TIMEOUT_S = 30.0


def _mb(kib: int) -> float:
    return kib / 1024


def _threads(usage: Usage) -> str:
    return ", ".join(
        f"{t.name}[{t.tid}] {t.cpu_percent:.2f}% {t.wakeups_per_s:.1f}/s"
        for t in sorted(usage.threads, key=lambda t: -t.wakeups_per_s)
    )


def usage_rows(label: str, app: Usage, floor: Usage | None) -> list[Row]:
    return [
        Row(
            f"{label}: CPU of one core",
            app.cpu_percent,
            "%",
            floor.cpu_percent if floor else None,
            f"<= {CPU_TARGET:.0f} %",
            app.cpu_percent <= CPU_TARGET,
        ),
        Row(
            f"{label}: wake-ups",
            app.wakeups_per_s,
            "/s",
            floor.wakeups_per_s if floor else None,
            f"<= {WAKEUP_TARGET:.0f} /s",
            app.wakeups_per_s <= WAKEUP_TARGET,
        ),
    ]


def run(dense_usage: Usage | None = None, dense_rss_kib: int = 0) -> Result:
    result = Result("resources")
    with tempfile.TemporaryDirectory(prefix="warmup-bench-") as tmp:
        work = Path(tmp)
        routine_path = work / "calm.warmup.toml"
        routine_path.write_text(calm_routine(), encoding="utf-8")
        end = compile_timeline(load_routine(routine_path)).end
        env = qt_env(work / "home")
        cue_log = work / "cues.jsonl"
        bare = launch(script_command("bare_window.py", "--idle", "600"), env, work / "bare.out")
        app_out = work / "app.out"
        app = launch(
            app_command(
                "--start", str(routine_path), "--exit-when-done", "--cue-log", str(cue_log)
            ),
            env,
            app_out,
        )
        try:
            first = parse_cue_log(wait_for_text(cue_log, app, START_TIMEOUT_S))[0]
            origin = first.monotonic - first.actual
            sleep_until(origin + SKIP_S)
            app_start, bare_start = procfs.sample(app.pid), procfs.sample(bare.pid)
            sleep_until(origin + end - 3.0)
            app_end, bare_end = procfs.sample(app.pid), procfs.sample(bare.pid)
        except BaseException as exc:
            app.kill()
            reap(app, START_TIMEOUT_S)
            raise RuntimeError(f"the app run failed: {exc}\n{tail(app_out)}") from exc
        finally:
            os.kill(bare.pid, signal.SIGTERM)  # by its PID; the app quits by itself
            bare_exit = reap(bare, START_TIMEOUT_S)
        app_exit = reap(app, end + START_TIMEOUT_S)
    app_usage = usage_between(app_start, app_end, procfs.TICKS_PER_S)
    bare_usage = usage_between(bare_start, bare_end, procfs.TICKS_PER_S)
    result.rows += usage_rows("calm routine", app_usage, bare_usage)
    if dense_usage is not None:
        result.rows += usage_rows("dense routine", dense_usage, None)
    rss_rows = [("calm routine", app_exit.max_rss_kib)]
    if dense_rss_kib:
        rss_rows.append(("dense routine", dense_rss_kib))
    for label, kib in rss_rows:
        result.rows.append(
            Row(
                f"{label}: peak RSS",
                _mb(kib),
                "MB",
                _mb(bare_exit.max_rss_kib),
                f"<= {RSS_TARGET_MB:.0f} MB",
                _mb(kib) <= RSS_TARGET_MB,
            )
        )
    result.notes.append(f"app threads (calm): {_threads(app_usage)}")
    result.notes.append(f"bare threads: {_threads(bare_usage)}")
    if dense_usage is not None:
        result.notes.append(f"app threads (dense): {_threads(dense_usage)}")
    if app_exit.code != 0:
        result.notes.append(f"the app exited with {app_exit.code}: {tail(app_out, 6)}")
    result.data.update(
        window_s=app_usage.seconds,
        calm=app_usage,
        bare=bare_usage,
        dense=dense_usage,
        app_exit_code=app_exit.code,
        app_max_rss_kib=app_exit.max_rss_kib,
        bare_max_rss_kib=bare_exit.max_rss_kib,
        dense_max_rss_kib=dense_rss_kib or None,
    )
    return result
