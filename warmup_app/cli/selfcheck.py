"""``warmup-app selfcheck``: the heavy-legs self-check without a window.

``selfcheck questions [--json]`` lists the question bank; ``selfcheck evaluate ANSWERS.json
[--json]`` reads ``{"answers": {"<id>": true, ...}}`` (``false`` is no, an id not listed is not
answered; ``-`` reads standard input) and prints the report. Bad input (unreadable file, not
JSON, wrong types, unknown ids, missing "answers", numbers thousands of digits long, arrays
nested thousands deep) prints one short line on stderr and exits 2, never a traceback; a list
of problems is cut to the first few and "and N more".
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from warmup_app.core.selfcheck.rules import (
    DISCLAIMER,
    GROUPS,
    QUESTIONS,
    TODAY_LABELS,
    TRIAGE_LABELS,
    AnswersError,
    Report,
    answers_from_json_text,
    evaluate,
    questions_as_json,
    report_as_json,
)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
MAX_ANSWERS_BYTES = 1024 * 1024  # an answers file is a few kB; anything this big is a mistake
_WIDTH = 79


def add_subparser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``selfcheck`` and its sub-commands; each sets ``func`` to a ``run`` function."""
    selfcheck = subparsers.add_parser(
        "selfcheck",
        help="the heavy-legs self-check: list its questions or evaluate answers",
        description="The heavy-legs self-check. Information only, not a diagnosis.",
    )
    commands = selfcheck.add_subparsers(dest="selfcheck_command", metavar="COMMAND", required=True)

    questions = commands.add_parser("questions", help="list the questions and their ids")
    questions.add_argument("--json", action="store_true", help="print JSON")
    questions.set_defaults(func=run)

    evaluate_cmd = commands.add_parser(
        "evaluate",
        help="evaluate an answers file",
        description='ANSWERS is a JSON file: {"answers": {"<question id>": true, ...}}. '
        "false is no; an id not listed is not answered, which counts as no except for the "
        "warning signs after leg pain or poor circulation (then the result is: do not run "
        "until they are answered). Use - for standard input.",
    )
    evaluate_cmd.add_argument("answers", metavar="ANSWERS.json", help="answers file, or -")
    evaluate_cmd.add_argument("--json", action="store_true", help="print JSON")
    evaluate_cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.selfcheck_command == "questions":
        return _questions(json_output=args.json)
    return _evaluate(args.answers, json_output=args.json)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``selfcheck ...`` on its own (tests, ``python -m warmup_app.cli.selfcheck``)."""
    parser = argparse.ArgumentParser(prog="warmup-app")
    add_subparser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def _questions(*, json_output: bool) -> int:
    if json_output:
        print(json.dumps(questions_as_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    for info in GROUPS:
        print(info.title)
        print(_wrap(info.intro, "  "))
        for q in (q for q in QUESTIONS if q.group is info.group):
            level = f" [{q.level.value}]" if q.level else ""
            print(f"  {q.id}{level}")
            print(_wrap(q.text, "      "))
            if q.hint:
                print(_wrap(q.hint, "      "))
        print()
    print(_wrap(DISCLAIMER, ""))
    return EXIT_OK


def _read_answers(source: str) -> dict[str, bool]:
    """Raises ``AnswersError`` for anything unusable, with the file named."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_ANSWERS_BYTES + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as exc:
        raise AnswersError([f"cannot read the file: {exc.strerror or exc}"]) from None
    if len(data) > MAX_ANSWERS_BYTES:
        raise AnswersError([f"file is larger than {MAX_ANSWERS_BYTES // 1024} KiB"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError(["not valid JSON: the file is not UTF-8 text"]) from None
    return answers_from_json_text(text)


def _evaluate(source: str, *, json_output: bool) -> int:
    name = "<stdin>" if source == "-" else source
    try:
        report = evaluate(_read_answers(source))
    except AnswersError as exc:
        print(f"warmup-app selfcheck evaluate: error: {name}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if json_output:
        print(json.dumps(report_as_json(report), indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
    return EXIT_OK


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def format_report(report: Report) -> str:
    """The report as plain text for a terminal."""
    lines = [
        f"Result: {TRIAGE_LABELS[report.triage]}",
        f"Today: {TODAY_LABELS[report.today]}",
        "",
        "What to do now:",
        _wrap(report.care_advice, "  "),
    ]
    if report.reasons:
        lines += ["", "Why:"]
        lines += [_wrap(r, "    ").replace("    ", "  - ", 1) for r in report.reasons]
    lines += ["", f"Heavy-legs score: {report.heavy_legs_score}/100"]
    if report.red_flag_questions_required:
        lines += [
            "",
            "Go through every warning-sign question (warmup-app selfcheck questions) and add "
            "any that apply to your answers.",
        ]
    if report.findings:
        lines += ["", "What might be adding to it:"]
        for finding in report.findings:
            lines += [f"  {finding.title}", _wrap(finding.explanation, "    ")]
            lines += [_wrap(a, "      ").replace("      ", "    - ", 1) for a in finding.actions]
    if report.suggestions:
        lines += ["", "For today's warm-up:"]
        lines += [_wrap(s.text, "    ").replace("    ", "  - ", 1) for s in report.suggestions]
    lines += ["", _wrap(DISCLAIMER, "")]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
