"""The editor's step catalogue comes from the built-in routines' text."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from warmup_app import paths
from warmup_app.core.routine_files import load_routine
from warmup_app.core.step_catalogue import load_catalogue


def test_catalogue_has_walk_jog_six_stretches_and_strides() -> None:
    items = load_catalogue()
    names = [item.step.name for item in items]
    assert names == [
        "Brisk walk",
        "Easy jog",
        "Deep lunge stretch",
        "Standing quad stretch",
        "Standing adductor stretch",
        "Standing TFL stretch",
        "Lying glute stretch",
        "Standing calf stretch",
        "Stride",
        "Walk back",
    ]
    assert len({item.key for item in items}) == len(items)
    for item in items:
        assert item.step.instructions.strip(), item.key
    stretches = items[2:8]
    assert all(item.step.per_side for item in stretches)
    assert all(item.step.reps for item in stretches)


def test_catalogue_text_is_the_builtin_text() -> None:
    builtin = load_routine(paths.builtin_routines_dir() / "pre-run.warmup.toml")
    lunge = next(i for i in load_catalogue() if i.key == "lunge")
    assert lunge.step == builtin.parts[1].steps[0]


def test_missing_source_leaves_out_only_its_steps(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copy(paths.builtin_routines_dir() / "pre-run.warmup.toml", tmp_path)
    with caplog.at_level(logging.WARNING):
        items = load_catalogue(tmp_path)
    assert [i.key for i in items][-1] == "calf"
    assert "race-day" in caplog.text
