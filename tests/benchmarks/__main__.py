"""``make bench``: run the benchmarks, print a table, append JSON lines to bench-results/."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
import uuid
from collections.abc import Sequence

from . import bench_audio, bench_cues, bench_library, bench_resources, bench_startup
from .results import RESULTS_FILE, Result, append, machine, table, to_json
from .runner import use_app_launcher
from .stats import Usage

NAMES = ("cues", "resources", "startup", "library", "audio")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--only", default=",".join(NAMES), help=f"comma-separated subset of {', '.join(NAMES)}"
    )
    parser.add_argument("--no-busy", action="store_true", help="skip the busy-core cue run")
    parser.add_argument("--runs", type=int, default=bench_startup.RUNS, help="start-up runs")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--app",
        metavar="COMMAND",
        help="launch the app with COMMAND instead of 'python -m warmup_app' "
        "(e.g. dist/warmup-app/warmup-app; start-up then is not measured: its probe wraps "
        "the source tree's app)",
    )
    options = parser.parse_args(argv)
    options.only = [name.strip() for name in options.only.split(",") if name.strip()]
    unknown = set(options.only) - set(NAMES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    run_id = uuid.uuid4().hex[:8]
    if options.app:
        use_app_launcher(shlex.split(options.app))
    print(f"benchmarks {run_id}: {', '.join(options.only)}; machine {machine()}", flush=True)
    results: list[Result] = []
    dense_usage: Usage | None = None
    dense_rss = 0
    started = time.monotonic()
    for name in NAMES:
        if name not in options.only:
            continue
        before = machine()
        began = time.monotonic()
        print(f"\n== {name} ...", flush=True)
        if name == "cues":
            result, dense_usage, dense_rss = bench_cues.run(busy_too=not options.no_busy)
        elif name == "resources":
            result = bench_resources.run(dense_usage, dense_rss)
        elif name == "startup":
            result = bench_startup.run(options.runs)
        elif name == "library":
            result = bench_library.run()
        else:
            result = bench_audio.run()
        result.data["seconds"] = round(time.monotonic() - began, 1)
        append(to_json(result, run_id, before))
        results.append(result)
        print(table([result]))
        for note in result.notes:
            print(f"  note: {note}")
    print(f"\n== summary ({time.monotonic() - started:.0f} s; machine now {machine()})")
    print(table(results))
    missed = [r.name for r in results if not r.passed]
    print(f"\nmissed targets in: {', '.join(missed)}" if missed else "\nall targets met")
    print(f"results appended to {RESULTS_FILE}")
    return 1 if options.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
