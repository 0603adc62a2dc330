"""Routine files: a corpus of good and bad format-1 files, the library, and saving.

Every bad file must give a RoutineFileError listing every problem at once, each naming the
field path and, when the field sits on its own line, that line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from core_helpers import routine_data, routines
from hypothesis import HealthCheck, given, settings

from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import (
    MAX_FILE_BYTES,
    Problem,
    RoutineFileError,
    dump_routine,
    load_library,
    load_routine,
    parse_routine,
    routine_files,
    save_routine,
)

DATA = Path(__file__).parent / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"

#: Total seconds of each good file (the lead-in is not counted).
GOOD_TOTALS = {
    "crlf.warmup.toml": 16 * 60,
    "every-field.warmup.toml": 3600 + (45 + 10 + 45) + 20 + (90 + 0 + 90),
    "inline-tables.warmup.toml": 15 * 60 + (30 + 5 + 30) + 10 + (30 + 3 + 30),
    "minimal.warmup.toml": 15 * 60,
    "readme-example.warmup.toml": 16 * 60 + 5,
}

NOT_UTF8 = "is not UTF-8 text"
NOT_TOML = "not valid TOML"
UNKNOWN = "unknown key"
REQUIRED = "is required"
TOO_BIG = "must be at most 10m"
STEP_TOO_BIG = "must be at most 60m (a step lasts 1 s to 60 min)"

#: file -> every problem expected, in order: (field path, line or None, message fragment).
BAD_FILES: dict[str, list[tuple[str, int | None, str]]] = {
    "binary-junk.warmup.toml": [("", 1, NOT_UTF8)],
    "latin-1.warmup.toml": [("", 2, NOT_UTF8)],
    "nul-bytes.warmup.toml": [("", None, "binary data")],
    "empty-file.warmup.toml": [
        ("format", 1, REQUIRED),
        ("name", 1, REQUIRED),
        ("parts", 1, REQUIRED),
    ],
    "not-toml-unclosed-string.warmup.toml": [("", 2, NOT_TOML)],
    "not-toml-missing-equals.warmup.toml": [("", 5, NOT_TOML)],
    "not-toml-duplicate-key.warmup.toml": [("", 4, NOT_TOML)],
    "not-toml-markdown.warmup.toml": [("", 3, NOT_TOML)],
    "wrong-types.warmup.toml": [
        ("name", 2, "expected text, got a number"),
        ("description", 3, "expected text, got true/false"),
        ("parts[0].transition", 7, "got list"),
        ("parts[0].steps[0].per_side", 12, "expected true or false, got text"),
        ("parts[0].steps[0].reps", 13, "expected text, got a number"),
        ("parts[0].steps[0].metronome", 14, "expected true or false, got a number"),
    ],
    "zero-duration.warmup.toml": [
        ("parts[0].steps[0].duration", 9, "must be at least 1s"),
        ("parts[0].steps[1].duration", 13, "must be at least 1s"),
    ],
    "negative-durations.warmup.toml": [
        ("lead_in", 3, "must not be negative"),
        ("parts[0].transition", 7, "must not be negative"),
        ("parts[0].steps[0].duration", 11, "must not be negative"),
    ],
    "huge-durations.warmup.toml": [
        ("lead_in", 3, TOO_BIG),
        ("parts[0].transition", 7, TOO_BIG),
        ("parts[0].steps[0].duration", 11, STEP_TOO_BIG),
        ("parts[0].steps[1].duration", 15, STEP_TOO_BIG),
        ("parts[0].steps[1].switch", 17, TOO_BIG),
        ("parts[0].steps[2].duration", 21, "far too long"),
    ],
    "unparseable-durations.warmup.toml": [
        ("lead_in", 3, "cannot read 'ten seconds'"),
        ("parts[0].steps[0].duration", 10, "cannot read '1.5m'"),
        ("parts[0].steps[1].duration", 14, 'add a unit, such as "90s"'),
        ("parts[0].steps[2].duration", 18, "expected whole seconds"),
        ("parts[0].steps[3].duration", 22, "cannot read ''"),
        ("parts[0].steps[4].duration", 26, "cannot read '1:30'"),
    ],
    "nan-and-inf.warmup.toml": [
        ("lead_in", 3, "expected whole seconds, got inf"),
        ("parts[0].steps[0].duration", 10, "expected whole seconds, got nan"),
        ("parts[0].steps[0].switch", 12, "expected whole seconds, got -inf"),
    ],
    "unknown-keys.warmup.toml": [
        ("author", 3, UNKNOWN),
        ("parts[0].colour", 7, UNKNOWN),
        ("parts[0].steps[0].duration", 9, REQUIRED),  # the step's header line
        ("parts[0].steps[0].durration", 11, UNKNOWN),
    ],
    "missing-names.warmup.toml": [
        ("name", 1, REQUIRED),
        ("parts[0].name", 4, REQUIRED),
        ("parts[0].steps[0].name", 7, REQUIRED),
    ],
    "blank-names.warmup.toml": [
        ("name", 2, "must not be empty"),
        ("parts[0].name", 5, "must not be empty"),
        ("parts[0].steps[0].name", 8, "must not be empty"),
    ],
    "empty-parts.warmup.toml": [("parts", 4, "must have at least one entry")],
    "no-parts.warmup.toml": [("parts", 1, REQUIRED)],
    "part-without-steps.warmup.toml": [
        ("parts[0].steps", 4, REQUIRED),
        ("parts[1].steps", 9, "must have at least one entry"),
    ],
    "parts-not-a-list.warmup.toml": [("parts", 3, "expected a list, got text")],
    "future-format.warmup.toml": [("format", 2, "format 2 is newer than this app understands")],
    "format-missing.warmup.toml": [("format", 1, REQUIRED)],
    "format-wrong.warmup.toml": [("format", 1, "must be 1")],
    "format-zero.warmup.toml": [("format", 1, "must be 1")],
    "control-characters.warmup.toml": [
        ("name", 2, "control character (U+0007)"),
        ("parts[0].name", 5, "control character (U+001B)"),
        ("parts[0].steps[0].instructions", 10, "control character (U+0000)"),
    ],
    "three-errors.warmup.toml": [
        ("parts[0].steps[0].duration", 9, "must be at least 1s"),
        ("parts[0].steps[1].metronome", 14, "expected true or false"),
        ("parts[1].steps[0].sides", 22, UNKNOWN),
    ],
    "inline-table-error.warmup.toml": [("parts[0].steps[0].duration", None, "must be at least 1s")],
    "crlf-error.warmup.toml": [("parts[0].steps[0].duration", 9, "must not be negative")],
}

VALID_TEXT = """\
format = 1
name = "Generated"

[[parts]]
name = "Jog"

  [[parts.steps]]
  name = "Easy jog"
  duration = "15m"
"""


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(RoutineFileError) as caught:
        load_routine(path)
    return caught.value.problems


# -- the corpus --------------------------------------------------------------------------------


def test_corpus_and_tables_match() -> None:
    """Every fixture file is checked, and every expectation has its file."""
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_FILES)
    assert sorted(p.name for p in GOOD.iterdir()) == sorted(GOOD_TOTALS)


@pytest.mark.parametrize("name", sorted(GOOD_TOTALS))
def test_good_files_load(name: str) -> None:
    routine = load_routine(GOOD / name)
    assert routine.total_seconds == GOOD_TOTALS[name]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_report_every_problem_with_field_and_line(name: str) -> None:
    path = BAD / name
    problems = problems_of(path)
    got = [(p.field, p.line) for p in problems]
    assert got == [(field, line) for field, line, _ in BAD_FILES[name]]
    for problem, (_, _, fragment) in zip(problems, BAD_FILES[name], strict=True):
        assert fragment in problem.message
        assert problem.path == str(path)
        assert "\n" not in problem.message
        assert "pydantic" not in problem.message  # no library jargon or links for a runner


def test_a_file_with_three_errors_gives_three_problems() -> None:
    assert len(problems_of(BAD / "three-errors.warmup.toml")) == 3


def test_problem_text_is_path_line_field_message() -> None:
    assert str(Problem("a.warmup.toml", "parts[0].name", "is required", 4)) == (
        "a.warmup.toml:4: parts[0].name: is required"
    )
    assert str(Problem("a.warmup.toml", "", "is not UTF-8 text", None)) == (
        "a.warmup.toml: is not UTF-8 text"
    )
    error = RoutineFileError([Problem("f", "a", "x", 1), Problem("f", "b", "y", 2)])
    assert str(error) == "f:1: a: x\nf:2: b: y"


# -- generated bad files -----------------------------------------------------------------------


def test_file_size_limit_is_256_kib(tmp_path: Path) -> None:
    assert MAX_FILE_BYTES == 256 * 1024
    path = tmp_path / "big.warmup.toml"
    padding = MAX_FILE_BYTES - len(VALID_TEXT.encode())
    path.write_text(VALID_TEXT + "#" * (padding - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_routine(path).name == "Generated"
    path.write_text(VALID_TEXT + "#" * padding + "\n", encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.field == ""
    assert "at most 256 KiB" in problem.message


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.warmup.toml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: cheap to make
    [problem] = problems_of(path)
    assert "51200 KiB" in problem.message
    with pytest.raises(RoutineFileError, match="at most 256 KiB"):
        parse_routine(b"#" * (MAX_FILE_BYTES + 1), "bytes")


def test_too_many_steps(tmp_path: Path) -> None:
    step = '\n  [[parts.steps]]\n  name = "Step"\n  duration = "5s"\n'
    path = tmp_path / "many.warmup.toml"
    header = 'format = 1\nname = "Many"\n\n[[parts]]\nname = "All"\n'
    path.write_text(header + step * 200, encoding="utf-8")
    assert load_routine(path).step_count == 200
    path.write_text(header + step * 201, encoding="utf-8")
    [problem] = problems_of(path)
    assert "201 steps; at most 200" in problem.message
    assert (problem.field, problem.line) == ("", None)  # no single line to point at
    assert str(problem) == f"{path}: has 201 steps; at most 200 are allowed"


def test_overlong_text_names_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "long.warmup.toml"
    text = VALID_TEXT.replace("\n\n", f'\ndescription = "{"d" * 5000}"\n\n', 1)
    text += f'  instructions = "{"x" * 2001}"\n  reps = "{"r" * 2000}"\n'
    path.write_text(text, encoding="utf-8")
    problems = problems_of(path)
    assert [(p.field, p.line, p.message) for p in problems] == [
        ("description", 3, "is too long (5000 characters; at most 2000)"),
        ("parts[0].steps[0].instructions", 11, "is too long (2001 characters; at most 2000)"),
    ]


def test_overlong_name(tmp_path: Path) -> None:
    path = tmp_path / "long-name.warmup.toml"
    path.write_text(VALID_TEXT.replace('"Generated"', '"' + "n" * 201 + '"'), encoding="utf-8")
    [problem] = problems_of(path)
    assert (problem.field, problem.line) == ("name", 2)
    assert problem.message == "is too long (201 characters; at most 200)"


@pytest.mark.parametrize("opener", [b"[", b"{a="])
def test_deep_nesting_is_a_problem_not_a_crash(opener: bytes) -> None:
    closer = b"]" if opener == b"[" else b"}"
    data = b"x = " + opener * 50_000 + b"1" + closer * 50_000
    with pytest.raises(RoutineFileError, match="nested too deeply"):
        parse_routine(data, "deep")


def test_unreadable_path(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path / "missing.warmup.toml")
    assert problem.message == "does not exist"
    folder = tmp_path / "folder.warmup.toml"
    folder.mkdir()
    [problem] = problems_of(folder)
    assert problem.message == "is a folder, not a file"


def test_device_or_pipe_is_refused_without_reading(tmp_path: Path) -> None:
    """/dev/zero never ends and a FIFO never answers: neither may hang validation."""
    fifo = tmp_path / "pipe.warmup.toml"
    os.mkfifo(fifo)
    [problem] = problems_of(fifo)
    assert problem.message == "is not a regular file (a device or a pipe)"
    [problem] = problems_of(Path("/dev/zero"))
    assert problem.message == "is not a regular file (a device or a pipe)"


# -- the library -------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str = VALID_TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_library_loads_good_files_and_lists_broken_ones(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    write(builtin, "alpha.warmup.toml")
    write(builtin, "beta.warmup.toml")
    write(user, "mine.warmup.toml")
    broken = write(user, "broken.warmup.toml", VALID_TEXT.replace('"15m"', '"0s"'))
    (user / "broken-binary.warmup.toml").write_bytes(b"\xff\xfe\x00junk")
    write(user, "notes.txt", "not a routine")
    write(user, "other.toml", "format = 99")
    (user / "dir.warmup.toml").mkdir()

    library = load_library(builtin, user)

    assert [(e.id, e.builtin) for e in library.routines] == [
        ("alpha", True),
        ("beta", True),
        ("mine", False),
    ]
    # A folder with a routine's name is listed too (issue 15, point 8): never silently skipped.
    assert sorted(b.path.name for b in library.broken) == [
        "broken-binary.warmup.toml",
        "broken.warmup.toml",
        "dir.warmup.toml",
    ]
    [entry] = [b for b in library.broken if b.path == broken]
    assert [(p.field, p.line) for p in entry.problems] == [("parts[0].steps[0].duration", 9)]
    found = library.find("mine")
    assert found is not None
    assert found.path == user / "mine.warmup.toml"
    assert library.find("nope") is None


def test_user_routine_with_a_builtin_id_gets_user_prefix(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    write(builtin, "pre-run.warmup.toml")
    write(user, "pre-run.warmup.toml", VALID_TEXT.replace('"Generated"', '"My pre-run"'))
    library = load_library(builtin, user)
    assert [(e.id, e.builtin, e.routine.name) for e in library.routines] == [
        ("pre-run", True, "Generated"),
        ("user:pre-run", False, "My pre-run"),
    ]
    entry = library.find("user:pre-run")
    assert entry is not None
    assert not entry.builtin


@pytest.mark.timeout(5)
def test_library_reports_a_fifo_or_dangling_link_as_broken_without_hanging(tmp_path: Path) -> None:
    """The folder listing keeps them, so the runner sees why the file is not in the library."""
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    write(builtin, "alpha.warmup.toml")
    write(user, "mine.warmup.toml")
    os.mkfifo(user / "pipe.warmup.toml")
    (user / "gone.warmup.toml").symlink_to(tmp_path / "nowhere.warmup.toml")
    (user / "linked.warmup.toml").symlink_to(write(tmp_path, "elsewhere.toml"))

    library = load_library(builtin, user)

    assert [e.id for e in library.routines] == ["alpha", "linked", "mine"]
    gone, pipe = str(user / "gone.warmup.toml"), str(user / "pipe.warmup.toml")
    assert [b.problems for b in library.broken] == [
        [Problem(gone, "", "is a link to a file that does not exist")],
        [Problem(pipe, "", "is not a regular file (a device or a pipe)")],
    ]


def test_library_without_user_folder(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "a.warmup.toml")
    assert [e.id for e in load_library(tmp_path / "builtin", None).routines] == ["a"]
    assert [e.id for e in load_library(tmp_path / "builtin", tmp_path / "absent").routines] == ["a"]
    assert routine_files(tmp_path / "absent") == []


# -- dump and save -----------------------------------------------------------------------------


def test_dump_leaves_defaults_out() -> None:
    routine = Routine.model_validate(routine_data([[{"name": "Jog", "duration": 900}]]))
    text = dump_routine(routine)
    assert text.startswith("format = 1\n")
    for default in ("description", "per_side", "switch", "reps", "metronome", "transition"):
        assert default not in text
    assert 'duration = "15m"' in text
    assert parse_routine(text.encode(), "dumped") == routine


@pytest.mark.parametrize("name", sorted(GOOD_TOTALS))
def test_good_files_survive_dump_and_parse(name: str) -> None:
    routine = load_routine(GOOD / name)
    assert parse_routine(dump_routine(routine).encode("utf-8"), name) == routine


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines())
def test_dump_then_parse_gives_an_equal_routine(routine: Routine) -> None:
    text = dump_routine(routine)
    assert parse_routine(text.encode("utf-8"), "generated") == routine


def test_save_then_load(tmp_path: Path) -> None:
    routine = load_routine(GOOD / "every-field.warmup.toml")
    path = tmp_path / "routines" / "copy.warmup.toml"
    save_routine(routine, path)
    assert load_routine(path) == routine
    assert [p.name for p in path.parent.iterdir()] == ["copy.warmup.toml"]


def test_save_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure before the rename leaves the old file whole and no temp file behind."""
    path = write(tmp_path, "keep.warmup.toml")
    old = path.read_bytes()
    changed = load_routine(path).model_copy(update={"name": "Changed"})

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        save_routine(changed, path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["keep.warmup.toml"]
    monkeypatch.undo()
    save_routine(changed, path)
    assert load_routine(path).name == "Changed"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.warmup.toml"]
