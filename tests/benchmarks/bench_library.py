"""Benchmark 5: loading the routine library (built-ins + 50 user routines) against parsing alone.

``load_library`` reads, parses and validates every file; the floor reads and parses the same
files with ``tomllib`` alone, so the ratio is the price of validation and the model. Both run
in this process after a warm-up call (imports done, files in the page cache); medians of
repeats are compared.
"""

from __future__ import annotations

import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from warmup_app import paths
from warmup_app.core.routine_files import load_library, routine_files

from .results import Result, Row
from .routines import write_user_routines
from .stats import median

USER_ROUTINES = 50
REPEATS = 15


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    action()  # warm: imports, caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(repeats: int = REPEATS) -> Result:
    result = Result("library load")
    builtin = paths.builtin_routines_dir()
    with tempfile.TemporaryDirectory(prefix="warmup-bench-") as tmp:
        user = Path(tmp) / "routines"
        write_user_routines(user, USER_ROUTINES)
        files = routine_files(builtin) + routine_files(user)

        def load() -> object:
            library = load_library(builtin, user)
            if library.broken or len(library.routines) != len(files):
                raise RuntimeError(f"library load lost files: {library.broken}")
            return library

        def parse() -> object:
            return [tomllib.loads(path.read_text(encoding="utf-8")) for path in files]

        app_ms = _timed(load, repeats)
        floor_ms = _timed(parse, repeats)
    app, floor = median(app_ms), median(floor_ms)
    result.rows.append(Row(f"{len(files)} routines (median)", app, "ms", floor))
    result.rows.append(Row("per routine", app / len(files), "ms", floor / len(files)))
    result.data.update(files=len(files), repeats=repeats, app_ms=app_ms, floor_ms=floor_ms)
    return result
