"""The real app, as its own process, with every user file it touches made unusable at once.

Issue 15, points 1, 2, 3 and 8: the sound cache and log folders are files (so nothing can be
created in them), ``settings.ini`` and ``history.sqlite3`` are FIFOs, and ``--cue-log`` is
``/dev/full``. The warm-up must still start, run to its end and exit 0, with no traceback, and
the FIFOs must still be FIFOs. Runs in real time, on a three-second routine.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROUTINE = """format = 1
name = "Three seconds"
lead_in = "1s"

[[parts]]
name = "Short"

  [[parts.steps]]
  name = "Stand"
  duration = "2s"
"""


@pytest.mark.timeout(120)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_app_runs_and_exits_with_every_user_file_unusable(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for folder in ("data", "config"):
        (home / folder).mkdir(parents=True)
    (home / "cache").write_text("a file where the cache folder should be")
    (home / "logs").write_text("a file where the log folder should be")
    os.mkfifo(home / "config" / "settings.ini")
    os.mkfifo(home / "data" / "history.sqlite3")
    # Left by a crash: a temp file of a save (two minutes old) and a rename cut short.
    routines = home / "data" / "routines"
    routines.mkdir()
    stale = routines / ".mine.warmup.toml.k2j4h5g6.tmp"
    stale.write_text("half a routine")
    os.utime(stale, (time.time() - 120, time.time() - 120))
    (routines / "old.warmup.toml").write_text(ROUTINE.replace("Three seconds", "Old"))
    renamed = ROUTINE.replace("Three seconds", "New")
    (routines / "new.warmup.toml").write_text(renamed)
    (routines / ".old.warmup.toml.renaming").write_text(renamed)
    routine = tmp_path / "three.warmup.toml"
    routine.write_text(ROUTINE, encoding="utf-8")
    cue_log = "/dev/full" if Path("/dev/full").exists() else str(tmp_path / "cues.jsonl")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WARMUP_APP_HOME": str(home),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "warmup_app",
            "--start",
            str(routine),
            "--exit-when-done",
            "--cue-log",
            cue_log,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "logging to stderr only" in result.stderr
    if cue_log == "/dev/full":
        told = [line for line in result.stderr.splitlines() if line.startswith("warmup-app:")]
        assert len(told) == 1, result.stderr
        assert "No space left on device" in told[0]
    else:
        kinds = [json.loads(line)["kind"] for line in Path(cue_log).read_text().splitlines()]
        assert kinds[-1] == "finish"
    assert "routine finished" in result.stderr  # the log, on stderr as its folder is a file
    assert stat.S_ISFIFO((home / "config" / "settings.ini").stat().st_mode)
    assert stat.S_ISFIFO((home / "data" / "history.sqlite3").stat().st_mode)
    assert (home / "cache").is_file()
    assert sorted(p.name for p in routines.iterdir()) == ["new.warmup.toml"]
    # The sounds were rendered in a private runtime folder, removed at exit.
    assert not list((tmp_path / "runtime").glob("warmup-app-sounds-*"))


@pytest.mark.timeout(120)
def test_the_app_runs_and_exits_when_no_user_folder_can_be_made(tmp_path: Path) -> None:
    """A home that can't be written at all (here: below a regular file, so every ``mkdir``
    fails even for root): settings, history, sounds and log all fall back, the run finishes."""
    (tmp_path / "file").write_text("not a folder")
    routine = tmp_path / "three.warmup.toml"
    routine.write_text(ROUTINE, encoding="utf-8")
    (tmp_path / "runtime").mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WARMUP_APP_HOME": str(tmp_path / "file" / "home"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "warmup_app", "--start", str(routine), "--exit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "logging to stderr only" in result.stderr
    assert "kept in memory" in result.stderr  # the history, and the sounds
    assert "routine finished" in result.stderr
    assert (tmp_path / "file").read_text() == "not a folder"
