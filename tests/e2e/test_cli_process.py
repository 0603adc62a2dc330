"""The command line as a shell runs it: the installed script, exit codes, and no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

APP = [sys.executable, "-m", "warmup_app"]
SCRIPT = Path(sys.executable).parent / "warmup-app"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "WARMUP_APP_HOME": str(tmp_path / "home")}


def test_validate_a_bad_file(tmp_path: Path, env: dict[str, str]) -> None:
    bad = tmp_path / "bad.warmup.toml"
    bad.write_text('format = 1\nname = "R"\nlead_in = "soon"\n', encoding="utf-8")
    result = subprocess.run(
        [*APP, "validate", str(bad)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}:1: parts: is required",
        f'{bad}:3: lead_in: cannot read \'soon\': use forms like "90s", "7m" or "1m30s"',
    ]
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not SCRIPT.exists(), reason="the app is not installed in this environment")
def test_the_installed_script_lists_the_builtins(env: dict[str, str]) -> None:
    result = subprocess.run(
        [str(SCRIPT), "list", "--json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in json.loads(result.stdout)["routines"]]
    assert ids == ["pre-run", "quick", "race-day"]


@pytest.mark.parametrize("command", [["schema"], ["timeline", "pre-run", "--json"]])
def test_a_reader_that_leaves_early_gets_no_traceback(
    env: dict[str, str], command: list[str]
) -> None:
    """As in ``warmup-app schema | head -1``: the pipe closes before the output is written."""
    with subprocess.Popen(
        [*APP, *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.close()  # before the interpreter has even started: every write fails
        stderr = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr
    assert code == 1
