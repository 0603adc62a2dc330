"""kill -9 during saves and renames, again and again: the routine is always old or new, whole,
and one start-up tidy leaves exactly one file and no temp files (issue 15, point 6).

Each iteration forks a child that saves (or renames) in a loop and kills it with SIGKILL after
a random few milliseconds, wherever it happens to be. The random delays are the point of the
test, so this is the one place here that waits on the wall clock. Figures (iterations, kills
that landed mid-operation) are printed.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import warnings
from pathlib import Path

import pytest

from warmup_app.core import atomic
from warmup_app.core.routine_files import dump_routine, load_library, load_routine
from warmup_app.core.routine_store import RoutineStore, finish_interrupted_renames

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not hasattr(os, "fork"), reason="fork and SIGKILL (Linux)"
)

ITERATIONS = 120

ROUTINE = """format = 1
name = "{name}"
description = "{description}"

[[parts]]
name = "Jog"

  [[parts.steps]]
  name = "Easy jog"
  duration = "1m"
"""


def kill_during(work: object, rng: random.Random) -> bool:
    """Run ``work()`` in a loop in a forked child and SIGKILL it after a random delay; True if
    the child was still working (not idle) when it died."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns about fork() in a process with threads (Qt's, the history pool):
        # the child here only writes files and is killed within milliseconds either way.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.write(write_end, b"1")
            while True:
                work()  # type: ignore[operator]
        finally:
            os._exit(0)
    os.close(write_end)
    os.read(read_end, 1)  # the child is about to start saving
    os.close(read_end)
    time.sleep(rng.uniform(0.0, 0.02))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def tidy(folder: Path) -> None:
    """What the app does at start-up (temp files of any age, as the child is dead)."""
    atomic.remove_stale_temp_files([folder], older_than=-1.0)
    finish_interrupted_renames(folder)


def test_kill_9_during_saves_leaves_the_old_or_the_new_routine(tmp_path: Path) -> None:
    rng = random.Random(15)
    store = RoutineStore(tmp_path / "routines", tmp_path / "trash")
    store.folder.mkdir()
    path = store.folder / "morning.warmup.toml"
    versions = [
        ROUTINE.format(name="Morning", description=f"version {n}" + " padding" * 200).encode()
        for n in range(2)
    ]
    path.write_bytes(versions[0])
    routines = [load_routine(path)]
    path.write_bytes(versions[1])
    routines.append(load_routine(path))
    allowed = {versions[1], *(dump_routine(r).encode("utf-8") for r in routines)}
    counter = iter(range(10**9))

    def save() -> None:
        store.save(routines[next(counter) % 2], path)

    killed = failures = temp_left = 0
    for _ in range(ITERATIONS):
        killed += kill_during(save, rng)
        temp_left += len(list(store.folder.iterdir())) > 1
        tidy(store.folder)
        names = sorted(p.name for p in store.folder.iterdir())
        # Byte for byte one of the versions: the one written by hand, or either as saved.
        if names != ["morning.warmup.toml"] or path.read_bytes() not in allowed:
            failures += 1
    print(
        f"\nsaves: {ITERATIONS} iterations, {killed} kills by SIGKILL, {temp_left} left a temp "
        f"file, {failures} failures"
    )
    assert failures == 0
    assert killed == ITERATIONS


def test_kill_9_during_renames_leaves_exactly_one_routine(tmp_path: Path) -> None:
    rng = random.Random(51)
    store = RoutineStore(tmp_path / "routines", tmp_path / "trash")
    store.folder.mkdir()
    (store.folder / "morning.warmup.toml").write_text(
        ROUTINE.format(name="Morning", description="kept"), encoding="utf-8"
    )
    names = ("Morning", "Evening")

    def rename() -> None:
        [current] = [p for p in store.folder.iterdir() if p.name.endswith(".warmup.toml")]
        routine = load_routine(current)
        store.rename(current, names[1] if routine.name == names[0] else names[0])

    killed = failures = both = mid = 0
    for _ in range(ITERATIONS):
        killed += kill_during(rename, rng)
        files = [p for p in store.folder.iterdir() if p.name.endswith(".warmup.toml")]
        both += len(files) == 2
        mid += any(p.name.endswith(".renaming") for p in store.folder.iterdir())
        tidy(store.folder)
        library = load_library(tmp_path / "none", store.folder)
        left = sorted(p.name for p in store.folder.iterdir())
        ok = (
            len(library.routines) == 1
            and not library.broken
            and left == [library.routines[0].path.name]
            and library.routines[0].routine.description == "kept"
            and library.routines[0].path.name.startswith(library.routines[0].routine.name.lower())
        )
        failures += not ok
    print(
        f"\nrenames: {ITERATIONS} iterations, {killed} kills by SIGKILL, {mid} mid-rename, "
        f"{both} left both files before the start-up check, {failures} failures"
    )
    assert failures == 0
    assert killed == ITERATIONS
