"""Command line: open the app, or check, list and inspect routines without a window.

Sub-commands never print a traceback for bad input; they print one line per problem and exit
non-zero. Qt is imported only when a window is needed, so these commands stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warmup_app import APP_NAME, __version__, cli_selfcheck, paths
from warmup_app.core.routine_files import (
    Library,
    Problem,
    RoutineEntry,
    RoutineFileError,
    load_library,
    load_routine,
    routine_files,
)
from warmup_app.core.timeline import Timeline, compile_timeline

SUBCOMMANDS = ("validate", "list", "timeline", "schema", "selfcheck")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        try:
            return _run_subcommand(args)
        except BrokenPipeError:
            # The reader left early (`warmup-app list --json | head`): no traceback. Point stdout
            # at devnull so the interpreter's final flush does not fail on the pipe again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
    if args and _looks_like_a_mistyped_command(args[0]):
        print(
            f"warmup-app: unknown command {args[0]!r} (commands: {', '.join(SUBCOMMANDS)}; "
            "or give a .warmup.toml file to import)",
            file=sys.stderr,
        )
        return 2
    return _run_app(args)


def _looks_like_a_mistyped_command(arg: str) -> bool:
    """``warmup-app valdiate x`` must not open the window to "import" a file called valdiate."""
    if arg.startswith("-") or "/" in arg or "\\" in arg or "." in arg:
        return False
    return not Path(arg).exists()


# -- the app -------------------------------------------------------------------------------


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warmup-app",
        description=f"{APP_NAME}: a guided warm-up before your run.",
        epilog="Sub-commands: " + ", ".join(SUBCOMMANDS) + " (warmup-app COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"warmup-app {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a .warmup.toml file to import")
    parser.add_argument("--start", metavar="ROUTINE", help="start a routine (id or file) at once")
    parser.add_argument(
        "--exit-when-done", action="store_true", help="quit when the routine finishes or stops"
    )
    parser.add_argument("--cue-log", type=Path, metavar="FILE", help="log every cue as JSON lines")
    parser.add_argument("--fullscreen", action="store_true", help="open full screen")
    return parser


def _run_app(args: list[str]) -> int:
    options = app_parser().parse_args(args)
    if options.start:
        try:
            resolve_routine(options.start, load_library(*library_dirs()))
        except LookupError as exc:
            print(f"warmup-app: {exc}", file=sys.stderr)
            return 2
    from warmup_app.app import run_app  # Qt is loaded only here

    return run_app(options)


# -- sub-commands --------------------------------------------------------------------------


def library_dirs() -> tuple[Path, Path]:
    return paths.builtin_routines_dir(), paths.user_paths().routines


def resolve_routine(ref: str, library: Library) -> RoutineEntry:
    """A routine by id (``pre-run``) or by path; LookupError with every problem otherwise."""
    entry = library.find(ref)
    if entry is not None:
        return entry
    path = Path(ref)
    if path.exists() or ref.endswith(paths.ROUTINE_SUFFIX):
        try:
            routine = load_routine(path)
        except RoutineFileError as exc:
            raise LookupError(str(exc)) from exc
        return RoutineEntry(str(path), path, False, routine)
    known = ", ".join(e.id for e in library.routines) or "none"
    raise LookupError(f"no routine called {ref!r} (known: {known})")


def _run_subcommand(args: list[str]) -> int:
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
