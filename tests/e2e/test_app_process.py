"""The real app as a separate process, in real time: every cue of a routine, on time, in order.

This is the one place that runs on the wall clock. The lateness bound is loose because the
machine is shared; ``make bench`` measures the tight figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ROUTINE = Path(__file__).resolve().parent / "data" / "thirty-seconds.warmup.toml"
MAX_LATENESS_S = 0.100
APP = [sys.executable, "-m", "warmup_app"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WARMUP_APP_HOME": str(tmp_path / "home"),
    }


def expected_cues(env: dict[str, str]) -> dict[str, Any]:
    result = subprocess.run(
        [*APP, "timeline", str(ROUTINE), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    timeline: dict[str, Any] = json.loads(result.stdout)
    return timeline


@pytest.mark.timeout(150)
def test_the_app_plays_every_cue_on_time_and_exits(tmp_path: Path, env: dict[str, str]) -> None:
    timeline = expected_cues(env)
    assert 25 <= timeline["total_seconds"] + timeline["lead_in_seconds"] <= 40
    log = tmp_path / "cues.jsonl"
    result = subprocess.run(
        [*APP, "--start", str(ROUTINE), "--exit-when-done", "--cue-log", str(log)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    for record in records:
        assert set(record) == {"kind", "step", "side", "scheduled", "actual", "monotonic"}
    # Every cue of the timeline, each once, in order, with the same scheduled offset.
    got = [(r["kind"], r["step"], r["side"], r["scheduled"]) for r in records]
    want = [(c["kind"], c["step"], c["side"], c["at"]) for c in timeline["cues"]]
    assert got == want
    assert records[-1]["kind"] == "finish"
    assert {"countdown", "go", "switch_sides", "part_start", "metronome", "finish"} <= {
        r["kind"] for r in records
    }

    # Never early; late by less than the bound, by the session's own reckoning ...
    lateness = [r["actual"] - r["scheduled"] for r in records]
    worst = max(zip(lateness, got, strict=True))
    assert min(lateness) >= 0, min(lateness)
    assert max(lateness) < MAX_LATENESS_S, f"latest cue: {worst}"
    # ... and by the raw monotonic clock, measured from Start (the first cue fires with it).
    origin = records[0]["monotonic"] - records[0]["actual"]
    wall = [r["monotonic"] - origin - r["scheduled"] for r in records]
    assert min(wall) >= -0.001, min(wall)
    assert max(wall) < MAX_LATENESS_S, f"latest cue: {max(zip(wall, got, strict=True))}"
    end = timeline["lead_in_seconds"] + timeline["total_seconds"]
    assert records[-1]["scheduled"] == end


def test_start_with_an_unknown_routine_exits_2_with_a_clear_message(
    env: dict[str, str],
) -> None:
    result = subprocess.run(
        [*APP, "--start", "nonexistent", "--exit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "warmup-app: no routine called 'nonexistent' (known: pre-run, quick, race-day)\n"
    )
