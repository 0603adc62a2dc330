"""``warmup-app selfcheck``: output formats and bad input (one line on stderr, exit 2)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warmup_app.cli import selfcheck as cli_selfcheck
from warmup_app.core.selfcheck.rules import QUESTIONS, evaluate, report_as_json


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="warmup-app")
    cli_selfcheck.add_subparser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "answers.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_questions_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["selfcheck", "questions", "--json"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [q["id"] for q in data["questions"]] == [q.id for q in QUESTIONS]
    for q in data["questions"]:
        assert set(q) == {"id", "group", "text", "level", "hint"}
        assert (q["level"] is not None) == (q["group"] == "red_flag")


def test_questions_text_lists_every_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["selfcheck", "questions"], capsys)
    assert code == 0
    for q in QUESTIONS:
        assert q.id in out
    assert "chest_pain [emergency]" in out
    assert "112" in out


def test_evaluate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = {"heavy_legs": True, "high_training_load": True, "leg_pain": False}
    path = write(tmp_path, json.dumps({"answers": answers}))
    code, out, err = run_cli(["selfcheck", "evaluate", path, "--json"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data == report_as_json(evaluate(answers))
    assert data["triage"] == "self_care"
    assert data["today"] == "run_easy"
    assert data["findings"][0]["factor"] == "high_training_load"
    assert {"reasons", "care_advice", "heavy_legs_score", "suggestions"} <= set(data)


def test_evaluate_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, '{"answers": {"chest_pain": true, "heavy_legs": true}}')
    code, out, err = run_cli(["selfcheck", "evaluate", path], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Result: Emergency: get help now\nToday: Do not run\n")
    assert "local emergency number (such as 112, 999 or 911)" in out
    assert "Heavy-legs score: 35/100" in out


def test_evaluate_leg_pain_text_points_to_the_warning_signs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '{"answers": {"leg_pain": true}}')
    code, out, _ = run_cli(["selfcheck", "evaluate", path], capsys)
    assert code == 0
    assert "Today: Do not run" in out  # the warning signs are not answered yet
    assert "warning-sign question" in out
    assert "Is your heartbeat racing or irregular" in out  # names what to answer


# Issue 12 points 1, 2 and 4: the answer sets that used to clear a runner.
@pytest.mark.parametrize(
    ("answers", "triage", "today"),
    [
        (
            {"screen_heart_condition": True, "screen_chest_pain": True},
            "see_professional",
            "do_not_run",
        ),
        (
            {"screen_dizziness": True, "heavy_legs": True},
            "see_professional",
            "do_not_run",
        ),
        (
            {"leg_pain": True, "heavy_legs": True, "tired_sore_legs": True},
            "see_professional",
            "do_not_run",
        ),
        ({"under_fuelling": True, "repeated_bone_injuries": True}, "see_professional", "rest"),
    ],
)
def test_dangerous_answer_sets_are_not_cleared(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    answers: dict[str, bool],
    triage: str,
    today: str,
) -> None:
    path = write(tmp_path, json.dumps({"answers": {**answers, "screen_cleared_by_doctor": True}}))
    code, out, _ = run_cli(["selfcheck", "evaluate", path, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert (data["triage"], data["today"]) == (triage, today)
    code, out, _ = run_cli(["selfcheck", "evaluate", path], capsys)
    assert "Nothing you ticked needs a doctor" not in out


@pytest.mark.parametrize("flag", ["chest_pain", "one_leg_swelling"])
def test_emergency_and_urgent_text_has_no_running_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    answers = {flag: True, "dehydrated": True, "no_rest_days": True, "heavy_legs": True}
    path = write(tmp_path, json.dumps({"answers": answers}))
    code, out, _ = run_cli(["selfcheck", "evaluate", path], capsys)
    assert code == 0
    assert "What might be adding to it" not in out
    assert "Drink something before you run" not in out
    assert "Make today an easy day" not in out
    code, out, _ = run_cli(["selfcheck", "evaluate", path, "--json"], capsys)
    data = json.loads(out)
    assert (data["findings"], data["suggestions"]) == ([], [])


def test_evaluate_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    fake_stdin = io.TextIOWrapper(io.BytesIO(b'{"answers": {"fainting": true}}'))
    monkeypatch.setattr(sys, "stdin", fake_stdin)
    code, out, _ = run_cli(["selfcheck", "evaluate", "-", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["triage"] == "emergency"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not valid JSON: Expecting value at line 1 column 1"),
        ("{'answers': {}}", "not valid JSON"),
        ("[1, 2]", 'expected an object like {"answers": {...}}, got a list'),
        ("{}", 'missing key "answers"'),
        ('{"answers": {"heavy_leg": true}}', "unknown question id 'heavy_leg'"),
        ('{"answers": {"heavy_legs": "true"}}', "'heavy_legs' must be true or false, not a string"),
        ('{"answers": {"heavy_legs": 1}}', "'heavy_legs' must be true or false, not a number"),
        ('{"answers": true}', '"answers" must be an object'),
        ('{"answers": {}, "answers": {}}', "key 'answers' appears more than once"),
        (b"\xff\xfe{\x00}", "not UTF-8"),
        (b"{" + b" " * (1024 * 1024) + b"}", "larger than 1024 KiB"),
        # Issue 12 point 6: hostile files end in one short line, not a traceback or 1.8 MB.
        ('{"answers": {"heavy_legs": ' + "7" * 5001 + "}}", "a number is too long"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (
            json.dumps({"answers": {f"i{i}": True for i in range(60_000)}}, separators=(",", ":")),
            "unknown question id 'i0'; unknown question id 'i1'",
        ),
    ],
)
def test_bad_answers_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes, message: str
) -> None:
    path = write(tmp_path, content)
    code, out, err = run_cli(["selfcheck", "evaluate", path, "--json"], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"warmup-app selfcheck evaluate: error: {path}: ")
    assert message in err
    assert len(err) < 400 + len(path)
    if "unknown question id 'i0'" in message:
        assert err.endswith("; and 59995 more\n")


def test_missing_file_and_folder_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["selfcheck", "evaluate", str(tmp_path / "nope.json")], capsys)
    assert code == 2
    assert "cannot read the file: No such file or directory" in err
    code, _, err = run_cli(["selfcheck", "evaluate", str(tmp_path)], capsys)
    assert code == 2
    assert "cannot read the file" in err


def test_missing_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["selfcheck"], ["selfcheck", "evaluate"]):
        with pytest.raises(SystemExit) as info:
            run_cli(argv, capsys)
        assert info.value.code == 2


def test_as_a_real_process(tmp_path: Path) -> None:
    """No traceback reaches the terminal, and good input works end to end."""
    bad = write(tmp_path, '{"answers": {"chest_pain": "yes", "oops": true}}')
    proc = subprocess.run(
        [sys.executable, "-m", "warmup_app.cli.selfcheck", "selfcheck", "evaluate", bad],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "'chest_pain' must be true or false" in proc.stderr
    assert "unknown question id 'oops'" in proc.stderr

    good = tmp_path / "good.json"
    good.write_text('{"answers": {"one_leg_swelling": true}}', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "warmup_app.cli.selfcheck", "selfcheck", "evaluate", str(good)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert "Result: Urgent: get seen today" in proc.stdout
    assert "Do not massage the leg." in proc.stdout


def test_registered_in_the_main_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from warmup_app.cli.main import main

    assert main(["selfcheck", "questions", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["questions"]) == len(QUESTIONS)
