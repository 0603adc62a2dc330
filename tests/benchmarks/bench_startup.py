"""Benchmark 2: launch to the first painted main window, the app against a bare QMainWindow.

Time runs from ``time.monotonic()`` just before ``Popen`` to the ``first-paint MONOTONIC`` line
the child prints (the app launched through ``first_paint_probe.py``, ``bare_window.py --probe``
for the floor; both install the same probe); the monotonic clock is system-wide on Linux, so
both ends read the same clock. Runs alternate between the two so a noisy moment hits both;
medians are compared. Another build of the app (``--app``) cannot be probed, so it is skipped.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from .results import Result, Row
from .runner import REPO_ROOT, probed_app_command, qt_env, script_command
from .stats import median

RUNS = 7
RATIO_TARGET = 1.5
TIMEOUT_S = 20.0
MARKER = "first-paint"


class ProbeMissingError(RuntimeError):
    """The child quit or timed out without reporting its first paint."""


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the reported first paint; the child must quit by itself."""
    launched = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        raise ProbeMissingError(f"{command} did not quit within {TIMEOUT_S:.0f} s") from exc
    for line in done.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return float(line.split()[1]) - launched
    raise ProbeMissingError(
        f"{command} exited with {done.returncode} without a '{MARKER}' line:\n"
        + "\n".join((done.stdout + done.stderr).splitlines()[-8:])
    )


def run(runs: int = RUNS) -> Result:
    result = Result("start-up")
    app_command = probed_app_command()
    if app_command is None:
        result.rows.append(Row("first paint (median)", None, "ms"))
        result.notes.append("not measured: the first-paint probe runs the source tree's app only")
        return result
    with tempfile.TemporaryDirectory(prefix="warmup-bench-") as tmp:
        env = qt_env(Path(tmp) / "home")
        # One unmeasured launch of each fills the page cache, as on a machine in daily use.
        time_to_first_paint(script_command("bare_window.py", "--probe"), env)
        try:
            time_to_first_paint(app_command, env)
        except ProbeMissingError as exc:
            result.rows.append(Row("first paint (median)", None, "ms", None, "<= 1.5x bare", False))
            result.notes.append(f"the app printed no first-paint time: {exc}")
            return result
        app_ms: list[float] = []
        bare_ms: list[float] = []
        for _ in range(runs):
            bare_ms.append(
                time_to_first_paint(script_command("bare_window.py", "--probe"), env) * 1000
            )
            app_ms.append(time_to_first_paint(app_command, env) * 1000)
    app, bare = median(app_ms), median(bare_ms)
    result.rows.append(
        Row(
            "first paint (median)",
            app,
            "ms",
            bare,
            f"<= {RATIO_TARGET}x bare",
            app <= RATIO_TARGET * bare,
        )
    )
    result.rows.append(Row("first paint (best)", min(app_ms), "ms", min(bare_ms)))
    result.data.update(runs=runs, app_ms=app_ms, bare_ms=bare_ms)
    return result
