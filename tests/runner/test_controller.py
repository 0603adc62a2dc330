"""The run controller: the one owner of the loaded routine, on the fake clock."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.qt_fixtures import FakeScheduler, library
from warmup_app.core.routine_files import Library, RoutineEntry
from warmup_app.core.session import State
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver


@pytest.fixture
def run(driver: SessionDriver, small_routine: Path) -> RunController:
    controller = RunController(driver, parent=driver)
    controller.set_library(library(), select_id="small")
    return controller


def loaded(run: RunController) -> list[RoutineEntry]:
    seen: list[RoutineEntry] = []
    run.routine_loaded.connect(seen.append)
    return seen


def adapted_copy(entry: RoutineEntry) -> RoutineEntry:
    routine = entry.routine.model_copy(update={"name": entry.routine.name + " (adapted)"})
    return dataclasses.replace(entry, routine=routine, adapted_from=entry)


def test_set_library_loads_the_selected_routine(run: RunController) -> None:
    assert run.entry is not None
    assert run.entry.id == "small"
    session = run.driver.session
    assert session is not None
    assert session.state is State.IDLE
    assert session.timeline.total_seconds == 95


def test_a_routine_is_never_swapped_mid_run(run: RunController) -> None:
    run.toggle()
    session = run.driver.session
    other = library().find("pre-run")
    assert other is not None
    assert not run.load(other)
    assert not run.start(other)
    assert run.driver.session is session
    assert run.entry is not None
    assert run.entry.id == "small"


def test_a_new_library_mid_run_changes_nothing_during_the_run(
    run: RunController, scheduler: FakeScheduler
) -> None:
    run.toggle()
    session = run.driver.session
    seen = loaded(run)
    run.set_library(library(), select_id="pre-run")
    assert run.driver.session is session
    assert seen == []


def test_nothing_is_swapped_in_while_the_sounds_load(run: RunController) -> None:
    """Start waits for the sounds in a local event loop, where the picker or a save may act."""
    other = library().find("pre-run")
    assert other is not None
    answers: list[bool] = []

    def before_start() -> None:
        answers.append(run.load(other))
        run.set_library(library(), select_id="pre-run")

    run.before_start = before_start
    run.toggle()
    assert answers == [False]
    assert run.entry is not None
    assert run.entry.id == "small"  # what the runner pressed Start on is what runs
    session = run.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN
    assert session.timeline.total_seconds == 95


def test_a_deleted_routine_gives_way_to_the_first_one(
    run: RunController, small_routine: Path
) -> None:
    small_routine.unlink()  # deleted (or renamed) in the Routines tab
    run.set_library(library())
    assert run.entry is not None
    assert run.entry.id != "small"
    assert run.library is not None
    assert run.entry is run.library.routines[0]


def test_start_loads_and_starts_after_before_start(run: RunController) -> None:
    calls: list[State | None] = []

    def before_start() -> None:
        session = run.driver.session
        calls.append(session.state if session else None)

    run.before_start = before_start
    other = library().find("pre-run")
    assert other is not None
    assert run.start(other)
    assert calls == [State.IDLE]  # the sounds are readied before the clock starts
    session = run.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN
    assert run.entry is other


def test_a_second_press_while_the_sounds_load_does_not_pause(run: RunController) -> None:
    def before_start() -> None:
        run.toggle()  # Space again while Start waits (in a local event loop in the app)

    run.before_start = before_start
    run.toggle()
    session = run.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN


def test_an_adapted_copy_is_kept_over_a_library_change_and_can_be_undone(
    run: RunController,
) -> None:
    original = run.entry
    assert original is not None
    adapted = adapted_copy(original)
    assert run.load(adapted)
    assert run.original_entry() is original
    run.set_library(library())  # e.g. a routine saved in the Routines tab
    assert run.entry is adapted
    seen = loaded(run)
    run.restore_original()
    assert run.entry is not None
    assert run.entry.adapted_from is None
    assert run.entry.id == "small"
    assert seen == [run.entry]


def test_a_start_file_outside_the_library_stays_loaded_over_a_library_change(
    run: RunController, tmp_path: Path
) -> None:
    small = run.entry
    assert small is not None
    outside = dataclasses.replace(small, id=str(tmp_path / "x.warmup.toml"), path=tmp_path)
    assert run.load(outside)
    run.set_library(library())
    assert run.entry is outside


def test_space_reloads_the_copy_saved_during_the_last_run(
    run: RunController, small_routine: Path
) -> None:
    run.toggle()
    text = small_routine.read_text(encoding="utf-8")
    small_routine.write_text(text.replace('"Easy jog"', '"Easier jog"'), encoding="utf-8")
    run.set_library(library())  # saved in the Routines tab while the run went on
    run.driver.stop()
    assert run.entry is not None
    assert "Easier jog" not in [s.name for p in run.entry.routine.parts for s in p.steps]
    run.toggle()
    assert run.entry is not None
    names = [step.name for part in run.entry.routine.parts for step in part.steps]
    assert "Easier jog" in names


def test_an_empty_library_loads_nothing(driver: SessionDriver) -> None:
    run = RunController(driver, parent=driver)
    run.set_library(Library())
    assert run.entry is None
    assert not run.start()
    run.toggle()  # nothing loaded: nothing happens
    assert driver.session is None
