"""Figures: every id has a usable asset, built-ins name theirs, unknown ids and broken assets."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from warmup_app.core.figures import (
    JOINTS,
    FigureLibrary,
    default_library,
    figure_ids,
    side_phrase,
)
from warmup_app.core.routine import json_schema
from warmup_app.core.routine_files import (
    RoutineFileError,
    load_routine,
    parse_routine,
    routine_files,
)
from warmup_app.paths import builtin_routines_dir

BUILTINS = routine_files(builtin_routines_dir())
#: The exercises the issue names; a figure for each must exist.
REQUIRED = (
    "walk",
    "easy-jog",
    "strides",
    "walk-back",
    "deep-lunge",
    "standing-quad",
    "standing-adductor",
    "standing-tfl",
    "lying-glute",
    "standing-calf",
)


def test_the_catalogue_has_every_exercise_of_the_warm_up() -> None:
    assert set(REQUIRED) <= set(figure_ids())


@pytest.mark.parametrize("figure_id", figure_ids())
def test_every_figure_loads_and_moves(figure_id: str) -> None:
    figure = FigureLibrary().get(figure_id)
    assert figure is not None, f"assets/figures/{figure_id}.json does not load (see the log)"
    assert len(figure.frames) >= 2, "a figure shows a movement: at least two keyframes"
    first, later = figure.pose_at(0.0), figure.pose_at(figure.loop_seconds / len(figure.frames))
    assert first != later
    for pose in figure.frames:
        for x, y in pose.values():
            assert 0 <= x <= 100
            assert 0 <= y <= 100


def test_a_pose_eases_between_keyframes_and_loops() -> None:
    figure = FigureLibrary().get("deep-lunge")
    assert figure is not None
    step = figure.loop_seconds / len(figure.frames)
    a, b = figure.frames[0]["hip"], figure.frames[1]["hip"]
    middle = figure.pose_at(step / 2)["hip"]
    assert middle == pytest.approx(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
    assert figure.pose_at(figure.loop_seconds)["hip"] == pytest.approx(a)
    assert figure.pose_at(step)["hip"] == pytest.approx(b)


@pytest.mark.parametrize("path", BUILTINS, ids=[p.name for p in BUILTINS])
def test_every_builtin_step_names_a_figure_that_loads(path: Path) -> None:
    routine = load_routine(path)
    for part in routine.parts:
        for step in part.steps:
            assert step.figure is not None, f"{step.name} names no figure"
            assert default_library().get(step.figure) is not None, step.figure


@pytest.mark.parametrize("path", BUILTINS, ids=[p.name for p in BUILTINS])
def test_every_builtin_stretch_has_two_or_three_short_cue_lines(path: Path) -> None:
    routine = load_routine(path)
    for part in routine.parts:
        for step in part.steps:
            if step.per_side:
                assert 2 <= len(step.cue_lines) <= 3, step.name
            for line in step.cue_lines:
                assert len(line.split()) <= 8, f"{step.name}: {line!r} is over 8 words"


def test_each_stretch_says_what_its_working_side_does() -> None:
    assert side_phrase("deep-lunge") == "leg forward"
    assert side_phrase(None) == "side"
    assert side_phrase("no-such-figure") == "side"
    stretches = [i for i in figure_ids() if i not in {"walk", "easy-jog", "strides", "walk-back"}]
    assert all(side_phrase(i) != "side" for i in stretches)


def _routine_with_figure(figure: str) -> bytes:
    return (
        'format = 1\nname = "Mine"\n\n[[parts]]\nname = "Stretches"\n\n'
        f'  [[parts.steps]]\n  name = "Lunge"\n  duration = "30s"\n  figure = "{figure}"\n'
    ).encode()


def test_an_unknown_figure_id_names_the_file_the_field_and_the_known_ids() -> None:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(_routine_with_figure("deep-lunges"), "mine.warmup.toml")
    [problem] = caught.value.problems
    assert problem.path == "mine.warmup.toml"
    assert problem.field == "parts[0].steps[0].figure"
    assert problem.line == 10
    assert "deep-lunges" in problem.message
    for known in figure_ids():
        assert known in problem.message


def test_a_known_figure_id_is_accepted() -> None:
    routine = parse_routine(_routine_with_figure("standing-calf"), "mine.warmup.toml")
    assert routine.parts[0].steps[0].figure == "standing-calf"


def test_the_schema_lists_the_figure_ids() -> None:
    figure = json_schema()["$defs"]["Step"]["properties"]["figure"]
    options = figure["anyOf"]
    assert {"type": "string", "enum": list(figure_ids())} in options
    assert {"type": "null"} in options


def _asset(folder: Path, figure_id: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{figure_id}.json").write_text(text, encoding="utf-8")


def _good_asset() -> dict[str, object]:
    frame = {joint: [50, 50] for joint in JOINTS}
    return {"format": 1, "loop_seconds": 2, "highlight": ["leg"], "frames": [frame, frame]}


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        json.dumps({**_good_asset(), "format": 2}),
        json.dumps({**_good_asset(), "loop_seconds": 0}),
        json.dumps({**_good_asset(), "highlight": ["tail"]}),
        json.dumps({**_good_asset(), "frames": []}),
        json.dumps({**_good_asset(), "frames": [{"head": [50, 50]}]}),
        json.dumps({**_good_asset(), "frames": [{joint: [50, "x"] for joint in JOINTS}]}),
        json.dumps({**_good_asset(), "frames": [{joint: [50, 500] for joint in JOINTS}]}),
        "[]",
    ],
    ids=[
        "not-json",
        "format",
        "loop",
        "highlight",
        "no-frames",
        "missing-joint",
        "not-a-number",
        "off-the-box",
        "not-an-object",
    ],
)
def test_a_broken_asset_shows_no_figure_and_is_logged_once(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    _asset(tmp_path, "deep-lunge", text)
    library = FigureLibrary(tmp_path)
    with caplog.at_level(logging.WARNING, logger="warmup_app.core.figures"):
        assert library.get("deep-lunge") is None
        assert library.get("deep-lunge") is None
    logged = [r for r in caplog.records if "deep-lunge" in r.getMessage()]
    assert len(logged) == 1


def test_a_missing_asset_shows_no_figure(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="warmup_app.core.figures"):
        assert FigureLibrary(tmp_path).get("walk") is None
    assert len(caplog.records) == 1


def test_a_good_asset_in_another_folder_loads(tmp_path: Path) -> None:
    _asset(tmp_path, "walk", json.dumps(_good_asset()))
    figure = FigureLibrary(tmp_path).get("walk")
    assert figure is not None
    assert figure.highlight == frozenset({"leg"})
    assert FigureLibrary(tmp_path).get(None) is None
