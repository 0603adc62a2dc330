"""Command line: open the app, or check, list and inspect routines without a window.

This module stays tiny: the window path imports only Qt and the window's own modules, and the
sub-commands (``commands``) import neither Qt nor the window, so both start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from warmup_app import APP_NAME, __version__

SUBCOMMANDS = ("validate", "list", "timeline", "schema", "selfcheck")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        try:
            from warmup_app.cli.commands import run_subcommand

            return run_subcommand(args)
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
    library = None
    if options.start:  # a routine that cannot start is said here, before any window
        from warmup_app import paths
        from warmup_app.core.routine_files import load_library, resolve_routine
        from warmup_app.core.routine_store import finish_interrupted_renames

        # Before the library is read, so a rename a crash cut short is not listed twice.
        finish_interrupted_renames(paths.user_paths().routines)
        library = load_library(paths.builtin_routines_dir(), paths.user_paths().routines)
        try:
            resolve_routine(options.start, library)
        except LookupError as exc:
            print(f"warmup-app: {exc}", file=sys.stderr)
            return 2
    from warmup_app.app import run_app  # Qt is loaded only here

    return run_app(options, library)
