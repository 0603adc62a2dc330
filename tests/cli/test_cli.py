"""The command line, called in-process: validate, list, timeline, schema and --start's checks.

Every bad file must give one ``PATH[:LINE]: [field: ]message`` line per problem and exit 1,
never a traceback.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from warmup_app import paths
from warmup_app.cli.main import main

REPO = Path(__file__).resolve().parents[2]
SMALL = REPO / "tests" / "data" / "small.warmup.toml"

HEAD = 'format = 1\nname = "R"\n[[parts]]\nname = "P"\n'
STEP = '  [[parts.steps]]\n  name = "S"\n  duration = "1m"\n'


def step(line: str) -> str:
    """A routine whose only step has ``line`` instead of its duration (line 7 of the file)."""
    return HEAD + '  [[parts.steps]]\n  name = "S"\n' + line + "\n"


# name -> (file content, expected output line after "PATH"). The lines are the whole report.
BAD_FILES: dict[str, tuple[str | bytes, list[str]]] = {
    "not_toml": ("name = \n", [r":1: not valid TOML: .+"]),
    "not_toml_later": (
        HEAD + STEP + '  reps = "8 reps\n  instructions = "x"\n',
        [r":8: not valid TOML: .+"],
    ),
    "not_utf8": (b'format = 1\nname = "\xff\xfe"\n', [r":2: is not UTF-8 text .+"]),
    # The first byte that is not UTF-8 (0x80) comes after the newline (0x0a).
    "binary_junk": (bytes(range(256)) * 4, [r":2: is not UTF-8 text .+"]),
    "nul_bytes": (b"format = 1\x00\n", [r": contains binary data, not TOML text"]),
    "empty": (
        "",
        [r":1: format: is required", r":1: name: is required", r":1: parts: is required"],
    ),
    "wrong_types": (
        step('  duration = true\n  per_side = "yes"'),
        [
            r':7: parts\[0\]\.steps\[0\]\.duration: expected a duration such as "90s".*',
            r":8: parts\[0\]\.steps\[0\]\.per_side: expected true or false, got text",
        ],
    ),
    "name_a_number": (
        'format = 1\nname = 5\n[[parts]]\nname = "P"\n' + STEP,
        [r":2: name: expected text, got a number"],
    ),
    "zero": (step('  duration = "0s"'), [r":7: parts\[0\]\.steps\[0\]\.duration: .*at least 1s"]),
    "negative": (step("  duration = -5"), [r":7: parts\[0\]\.steps\[0\]\.duration: .*negative.*"]),
    "negative_text": (
        'format = 1\nname = "R"\nlead_in = "-1s"\n[[parts]]\nname = "P"\n' + STEP,
        [r":3: lead_in: must not be negative .*"],
    ),
    "huge": (
        step('  duration = "2h"'),
        [r":7: parts\[0\]\.steps\[0\]\.duration: must be at most 60m .*"],
    ),
    "absurd": (
        step('  duration = "' + "9" * 5000 + 's"'),
        [r":7: parts\[0\]\.steps\[0\]\.duration: '9{24}\.\.\.' is far too long"],
    ),
    "unparseable": (
        step('  duration = "ten"'),
        [r":7: parts\[0\]\.steps\[0\]\.duration: cannot read 'ten': .*"],
    ),
    "nan": (step("  duration = nan"), [r":7: parts\[0\]\.steps\[0\]\.duration: .*nan"]),
    "inf": (step("  duration = -inf"), [r":7: parts\[0\]\.steps\[0\]\.duration: .*inf"]),
    "fraction": (step("  duration = 1.5"), [r":7: parts\[0\]\.steps\[0\]\.duration: .*1\.5"]),
    "switch_too_long": (
        HEAD + STEP + '  per_side = true\n  switch = "11m"\n',
        [r":9: parts\[0\]\.steps\[0\]\.switch: must be at most 10m"],
    ),
    "unknown_key": (
        step('  durration = "1m"'),
        [
            r":5: parts\[0\]\.steps\[0\]\.duration: is required",
            r":7: parts\[0\]\.steps\[0\]\.durration: unknown key .*",
        ],
    ),
    "unknown_top_key": (
        'format = 1\nname = "R"\ncolour = "red"\n[[parts]]\nname = "P"\n' + STEP,
        [r":3: colour: unknown key .*"],
    ),
    "missing_names": (
        'format = 1\n[[parts]]\n  [[parts.steps]]\n  duration = "1m"\n',
        [
            r":1: name: is required",
            r":2: parts\[0\]\.name: is required",
            r":3: parts\[0\]\.steps\[0\]\.name: is required",
        ],
    ),
    "empty_name": (
        'format = 1\nname = "  "\n[[parts]]\nname = "P"\n' + STEP,
        [r":2: name: must not be empty"],
    ),
    "empty_parts": ('format = 1\nname = "R"\nparts = []\n', [r":3: parts: .*at least one.*"]),
    "no_steps": (HEAD, [r":3: parts\[0\]\.steps: is required"]),
    "too_many_steps": (HEAD + STEP * 201, [r": has 201 steps; at most 200 are allowed"]),
    "overlong_text": (
        HEAD + STEP + '  instructions = "' + "y" * 2001 + '"\n',
        [
            r":8: parts\[0\]\.steps\[0\]\.instructions: "
            r"is too long \(2001 characters; at most 2000\)"
        ],
    ),
    "overlong_name": (
        'format = 1\nname = "' + "n" * 201 + '"\n[[parts]]\nname = "P"\n' + STEP,
        [r":2: name: is too long \(201 characters; at most 200\)"],
    ),
    "control_character": (
        'format = 1\nname = "R\\u0007"\n[[parts]]\nname = "P"\n' + STEP,
        [r":2: name: contains a control character \(U\+0007\)"],
    ),
    # 257 KiB of padding plus the routine: rounded up, so 258 KiB.
    "too_large": (
        HEAD + STEP + "#" * (257 * 1024) + "\n",
        [r": is 258 KiB; at most 256 KiB is allowed"],
    ),
    "future_format": (
        'format = 2\nname = "R"\nwhatever = 1\n',
        [r":1: format: format 2 is newer than this app understands .*"],
    ),
    "format_true": (
        "format = true\n" + HEAD.split("\n", 1)[1] + STEP,
        [r":1: format: must be 1 .*"],
    ),
    "format_float": (
        "format = 1.0\n" + HEAD.split("\n", 1)[1] + STEP,
        [r":1: format: must be 1 .*"],
    ),
    "nested_deep": ("x = " + "[" * 5000 + "]" * 5000 + "\n", [r": is nested too deeply"]),
    "inline_tables": (
        'format = 1\nname = "R"\nparts = [{name = "P", steps = [{name = "S", duration = 0}]}]\n',
        [r": parts\[0\]\.steps\[0\]\.duration: must be at least 1s"],  # no line: inline table
    ),
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / f"{name}.warmup.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- validate ---------------------------------------------------------------------------------


def test_validate_accepts_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    builtins = sorted(paths.builtin_routines_dir().glob("*.warmup.toml"))
    assert len(builtins) >= 3
    code, out, err = run(capsys, "validate", *map(str, builtins))
    assert code == 0
    assert out == ""
    assert f"{len(builtins)} file(s) checked, 0 with problems" in err


def test_validate_accepts_a_folder_of_good_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(SMALL, tmp_path / "small.warmup.toml")
    code, out, err = run(capsys, "validate", str(tmp_path))
    assert code == 0
    assert out == ""
    # Good but short: a warning on stderr, not a failure.
    assert "warning: totals 1:35, shorter than the recommended 15-20 min" in err


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_validate_reports_each_problem_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    content, expected = BAD_FILES[name]
    path = write(tmp_path, name, content)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == len(expected), out
    for line, pattern in zip(lines, expected, strict=True):
        assert re.fullmatch(re.escape(str(path)) + pattern, line), line
        assert len(line) < len(str(path)) + 200  # a huge bad value is never echoed whole
    assert "1 file(s) checked, 1 with problems" in err


def test_validate_reports_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.warmup.toml"
    code, out, _ = run(capsys, "validate", str(missing))
    assert code == 1
    assert out == f"{missing}: does not exist\n"


@pytest.mark.timeout(5)
def test_validate_reports_a_fifo_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Given by name or found in a folder, a pipe is one problem line, never a hang."""
    fifo = tmp_path / "pipe.warmup.toml"
    os.mkfifo(fifo)
    code, out, err = run(capsys, "validate", str(fifo))
    assert code == 1
    assert out == f"{fifo}: is not a regular file (a device or a pipe)\n"
    assert "1 file(s) checked, 1 with problems" in err
    write(tmp_path, "good", HEAD + STEP)
    code, out, err = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert out == f"{fifo}: is not a regular file (a device or a pipe)\n"
    assert "2 file(s) checked, 1 with problems" in err


def test_validate_reports_a_folder_with_no_routines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "looks-like.warmup.toml"
    folder.mkdir()
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 1
    assert out == f"{folder}: no .warmup.toml files in this folder\n"


def test_validate_checks_every_file_and_reports_only_the_bad(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(SMALL, tmp_path / "good.warmup.toml")
    write(tmp_path, "bad", step('  duration = "ten"'))
    write(tmp_path, "junk", b"\x00\xff" * 64)
    (tmp_path / "notes.txt").write_text("not a routine", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(tmp_path))
    assert code == 1
    reported = {line.split(":", 1)[0] for line in out.splitlines()}
    assert reported == {str(tmp_path / "bad.warmup.toml"), str(tmp_path / "junk.warmup.toml")}
    assert "3 file(s) checked, 2 with problems" in err


def test_validate_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate"])
    assert exc.value.code == 2
    assert "required: paths" in capsys.readouterr().err


# -- list -------------------------------------------------------------------------------------


def list_json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def test_list_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    user = paths.user_paths().ensure().routines
    shutil.copy(SMALL, user / "small.warmup.toml")
    write(user, "typo", step('  durration = "1m"'))
    data = list_json(capsys)
    assert set(data) == {"routines", "broken"}
    by_id = {r["id"]: r for r in data["routines"]}
    assert {"pre-run", "quick", "race-day", "small"} <= set(by_id)
    for entry in data["routines"]:
        assert {
            "id",
            "name",
            "path",
            "builtin",
            "total_seconds",
            "lead_in_seconds",
            "parts",
            "warnings",
        } <= set(entry)
        assert Path(entry["path"]).is_file()
        assert sum(p["seconds"] for p in entry["parts"]) == entry["total_seconds"]
        assert all(set(p) == {"name", "seconds"} for p in entry["parts"])
    pre_run = by_id["pre-run"]
    assert pre_run["builtin"] is True
    assert pre_run["name"] == "Pre-run warm-up"
    assert pre_run["total_seconds"] == 17 * 60 + 45
    assert pre_run["lead_in_seconds"] == 10
    assert pre_run["warnings"] == []
    small = by_id["small"]
    assert small["builtin"] is False
    assert small["path"] == str(user / "small.warmup.toml")
    assert small["parts"] == [{"name": "Jog", "seconds": 30}, {"name": "Stretches", "seconds": 65}]
    assert small["lead_in_seconds"] == 5
    assert small["warnings"] == ["totals 1:35, shorter than the recommended 15-20 min"]

    assert data["broken"] == [
        {
            "path": str(user / "typo.warmup.toml"),
            "problems": [
                f"{user / 'typo.warmup.toml'}:5: parts[0].steps[0].duration: is required",
                f"{user / 'typo.warmup.toml'}:7: parts[0].steps[0].durration: unknown key "
                "(check the spelling; see the routine format in README)",
            ],
        }
    ]


def test_list_json_without_user_routines(capsys: pytest.CaptureFixture[str]) -> None:
    data = list_json(capsys)
    assert data["broken"] == []
    assert all(r["builtin"] for r in data["routines"])


def test_list_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    user = paths.user_paths().ensure().routines
    write(user, "junk", b"\xff" * 10)
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert re.search(r"^pre-run +17:45  Pre-run warm-up \(built-in\)$", out, re.MULTILINE)
    assert f"BROKEN {user / 'junk.warmup.toml'}: " in out


# -- timeline ---------------------------------------------------------------------------------


def timeline_json(capsys: pytest.CaptureFixture[str], ref: str) -> dict[str, Any]:
    code, out, _ = run(capsys, "timeline", ref, "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def test_timeline_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    data = timeline_json(capsys, str(SMALL))
    assert data["name"] == "Small test"
    assert data["total_seconds"] == 95
    assert data["lead_in_seconds"] == 5
    segments = [
        (s["kind"], s["start"], s["end"], s["part"], s["step"], s["side"]) for s in data["segments"]
    ]
    assert segments == [
        ("lead_in", 0, 5, None, None, None),
        ("work", 5, 35, "Jog", "Easy jog", None),
        ("work", 35, 55, "Stretches", "Lunge", "left"),
        ("switch", 55, 60, "Stretches", "Lunge", None),
        ("work", 60, 80, "Stretches", "Lunge", "right"),
        ("transition", 80, 85, "Stretches", "Calf raise", None),
        ("work", 85, 100, "Stretches", "Calf raise", None),
    ]
    for cue in data["cues"]:
        assert {"kind", "at", "part", "step", "side", "text"} <= set(cue)
        assert cue["side"] in ("left", "right", None)
        assert 0 <= cue["at"] <= 100
    ats = [c["at"] for c in data["cues"]]
    assert ats == sorted(ats)
    assert data["cues"][-1] == {
        "kind": "finish",
        "at": 100,
        "part": None,
        "step": None,
        "side": None,
        "text": "Warm-up complete",
    }
    # Offsets count from Start: the first countdown runs inside the lead-in.
    countdown = [c["at"] for c in data["cues"] if c["kind"] == "countdown"][:3]
    assert countdown == [2, 3, 4]
    go = [(c["at"], c["step"], c["side"]) for c in data["cues"] if c["kind"] == "go"]
    assert go == [
        (5, "Easy jog", None),
        (35, "Lunge", "left"),
        (60, "Lunge", "right"),
        (85, "Calf raise", None),
    ]


def test_timeline_by_id_matches_the_listed_total(capsys: pytest.CaptureFixture[str]) -> None:
    listed = {r["id"]: r for r in list_json(capsys)["routines"]}
    for routine_id in ("pre-run", "quick", "race-day"):
        data = timeline_json(capsys, routine_id)
        assert data["total_seconds"] == listed[routine_id]["total_seconds"]
        segments = data["segments"]
        assert segments[0]["kind"] == "lead_in"
        assert (segments[0]["start"], segments[0]["end"]) == (0, data["lead_in_seconds"])
        for before, after in itertools.pairwise(segments):
            assert before["end"] == after["start"]  # no gaps, no overlaps
        assert segments[-1]["end"] == data["lead_in_seconds"] + data["total_seconds"]


def test_timeline_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", str(SMALL))
    assert code == 0
    assert "    35.0     55.0  work       Lunge (left)" in out.splitlines()


def test_timeline_of_an_unknown_routine(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "timeline", "nope", "--json")
    assert code == 1
    assert out == ""
    assert err == "warmup-app: no routine called 'nope' (known: pre-run, quick, race-day)\n"


def test_timeline_of_a_broken_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path, "bad", step('  duration = "ten"'))
    code, out, err = run(capsys, "timeline", str(path), "--json")
    assert code == 1
    assert out == ""
    assert err.startswith(f"warmup-app: {path}:7: parts[0].steps[0].duration: cannot read 'ten'")


# -- schema -----------------------------------------------------------------------------------


def test_schema_is_json_schema_for_the_routine_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "name", "parts"}
    assert {"format", "name", "description", "lead_in", "parts"} == set(schema["properties"])
    step_schema = schema["$defs"]["Step"]
    assert step_schema["additionalProperties"] is False
    assert set(step_schema["required"]) == {"name", "duration"}


SCHEMA_FILE = REPO / "routines" / "routine.schema.json"


@pytest.mark.xfail(
    not SCHEMA_FILE.exists(),
    reason="routines/routine.schema.json (design.md) is not checked in yet",
    strict=True,
)
def test_the_checked_in_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json.loads(out)


# -- starting the app -------------------------------------------------------------------------


def test_start_with_an_unknown_routine_exits_2_before_any_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--start", "nope")
    assert code == 2
    assert out == ""
    assert err == "warmup-app: no routine called 'nope' (known: pre-run, quick, race-day)\n"


def test_start_with_a_broken_file_exits_2_with_its_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "bad", HEAD + STEP * 201)
    code, _, err = run(capsys, "--start", str(path))
    assert code == 2
    assert err == f"warmup-app: {path}: has 201 steps; at most 200 are allowed\n"


def test_start_with_a_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--start", str(tmp_path))
    assert code == 2
    assert err == f"warmup-app: {tmp_path}: is a folder, not a file\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert re.fullmatch(r"warmup-app \d+\.\d+.*\n", capsys.readouterr().out)


def test_a_mistyped_command_is_an_error_not_a_file_to_import(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "valdiate", "x.warmup.toml")
    assert code == 2
    assert out == ""
    assert "unknown command 'valdiate'" in err
    assert "validate" in err


def test_validate_counts_files_not_folders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, "validate", str(empty), str(paths.builtin_routines_dir()))
    assert code == 1
    assert out == f"{empty}: no .warmup.toml files in this folder\n"
    assert err.endswith("3 file(s) checked, 0 with problems\n")
