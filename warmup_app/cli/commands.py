"""The sub-commands: validate, list, timeline, schema and selfcheck (no Qt, no window).

They never print a traceback for bad input; they print one line per problem and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from warmup_app import paths
from warmup_app.cli import selfcheck as cli_selfcheck
from warmup_app.core.routine_files import (
    Problem,
    RoutineEntry,
    RoutineFileError,
    load_library,
    load_routine,
    resolve_routine,
    routine_files,
)
from warmup_app.core.timeline import Timeline, compile_timeline

# -- sub-commands --------------------------------------------------------------------------


def library_dirs() -> tuple[Path, Path]:
    return paths.builtin_routines_dir(), paths.user_paths().routines


def run_subcommand(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="warmup-app")
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help="check routine files; exit 1 if any is broken")
    validate.add_argument("paths", nargs="+", type=Path, help="files or folders")
    validate.set_defaults(func=_cmd_validate)

    listing = sub.add_parser("list", help="list the routines the app finds")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_cmd_list)

    timeline = sub.add_parser("timeline", help="show a routine's segments and cues")
    timeline.add_argument("routine", help="a routine id or a .warmup.toml path")
    timeline.add_argument("--json", action="store_true")
    timeline.set_defaults(func=_cmd_timeline)

    schema = sub.add_parser("schema", help="print the routine file JSON Schema")
    schema.set_defaults(func=_cmd_schema)

    cli_selfcheck.add_subparser(sub)

    options = parser.parse_args(args)
    result: int = options.func(options)
    return result


def _cmd_validate(options: argparse.Namespace) -> int:
    problems: list[Problem] = []
    checked = broken = 0
    for given in options.paths:
        files = routine_files(given) if given.is_dir() else [given]
        if given.is_dir() and not files:
            problems.append(Problem(str(given), "", "no .warmup.toml files in this folder"))
        for path in files:
            checked += 1
            try:
                routine = load_routine(path)
            except RoutineFileError as exc:
                problems.extend(exc.problems)
                broken += 1
                continue
            for warning in routine.duration_warnings():
                print(f"{path}: warning: {warning}", file=sys.stderr)
    for problem in problems:
        print(problem)
    print(f"{checked} file(s) checked, {broken} with problems", file=sys.stderr)
    return 1 if problems else 0


def _entry_json(entry: RoutineEntry) -> dict[str, Any]:
    routine = entry.routine
    return {
        "id": entry.id,
        "name": routine.name,
        "description": routine.description,
        "path": str(entry.path),
        "builtin": entry.builtin,
        "total_seconds": routine.total_seconds,
        "lead_in_seconds": routine.lead_in,
        "parts": [{"name": p.name, "seconds": p.total_seconds} for p in routine.parts],
        "warnings": routine.duration_warnings(),
    }


def _cmd_list(options: argparse.Namespace) -> int:
    library = load_library(*library_dirs())
    if options.json:
        data = {
            "routines": [_entry_json(e) for e in library.routines],
            "broken": [
                {"path": str(b.path), "problems": [str(p) for p in b.problems]}
                for b in library.broken
            ],
        }
        print(json.dumps(data, indent=2))
        return 0
    for entry in library.routines:
        minutes, seconds = divmod(entry.routine.total_seconds, 60)
        origin = "built-in" if entry.builtin else "yours"
        print(f"{entry.id:<24} {minutes:>2}:{seconds:02d}  {entry.routine.name} ({origin})")
    for broken in library.broken:
        print(f"BROKEN {broken.path}: {broken.problems[0] if broken.problems else ''}")
    return 0


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    def part_name(index: int | None) -> str | None:
        return timeline.parts[index].name if index is not None else None

    def step_name(index: int | None) -> str | None:
        return timeline.steps[index].name if index is not None else None

    return {
        "name": timeline.name,
        "total_seconds": timeline.total_seconds,
        "lead_in_seconds": timeline.lead_in,
        "segments": [
            {
                "kind": str(s.kind),
                "start": s.start,
                "end": s.end,
                "part": part_name(s.part),
                "step": step_name(s.step),
                "side": str(s.side) if s.side else None,
                "part_index": s.part,
                "step_index": s.step,
            }
            for s in timeline.segments
        ],
        "cues": [
            {
                "kind": str(c.kind),
                "at": round(c.at, 6),
                "part": part_name(c.part),
                "step": step_name(c.step),
                "side": str(c.side) if c.side else None,
                "text": c.text,
            }
            for c in timeline.cues
        ],
    }


def _cmd_timeline(options: argparse.Namespace) -> int:
    try:
        entry = resolve_routine(options.routine, load_library(*library_dirs()))
    except LookupError as exc:
        print(f"warmup-app: {exc}", file=sys.stderr)
        return 1
    timeline = compile_timeline(entry.routine)
    if options.json:
        print(json.dumps(timeline_json(timeline), indent=2))
        return 0
    for seg in timeline.segments:
        name = timeline.steps[seg.step].name if seg.step is not None else ""
        side = f" ({seg.side})" if seg.side else ""
        print(f"{seg.start:8.1f} {seg.end:8.1f}  {seg.kind:<10} {name}{side}")
    return 0


def _cmd_schema(_options: argparse.Namespace) -> int:
    from warmup_app.core.schema_file import schema_text

    sys.stdout.write(schema_text())
    return 0
