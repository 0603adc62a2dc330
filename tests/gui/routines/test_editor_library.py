"""The library: built-ins read-only, the user's routines, badges, broken files, rename, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import (
    click,
    click_tree_row,
    listed_names,
    make_view,
    type_into,
)
from warmup_app import paths
from warmup_app.core.routine_files import BrokenFile, RoutineEntry, load_routine
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.dialogs import EditorDialogs, UnsavedChoice

SHORT = """format = 1
name = "<b>Short</b> & sweet"
[[parts]]
name = "Jog"
[[parts.steps]]
name = "Jog"
duration = "5m"
"""
BROKEN = """format = 1
name = "Oops"
[[parts]]
name = "P"
[[parts.steps]]
name = "S"
duration = "0s"
"""


@pytest.fixture
def folder() -> Path:
    return paths.user_paths().ensure().routines


@pytest.fixture
def view(qtbot: QtBot, folder: Path) -> RoutinesView:
    (folder / "short.warmup.toml").write_text(SHORT, encoding="utf-8")
    (folder / "broken.warmup.toml").write_text(BROKEN, encoding="utf-8")
    return make_view(qtbot)


def select(view: RoutinesView, name: str) -> RoutineEntry | BrokenFile:
    lib = view.library_view
    for item in lib.rows():
        if item.text(0) == name:
            lib.list.setCurrentItem(item)
            current = lib.current()
            assert current is not None
            return current
    raise AssertionError(f"{name!r} not listed: {listed_names(lib)}")


def test_lists_builtins_user_routines_and_broken_files(view: RoutinesView) -> None:
    assert listed_names(view.library_view) == [
        "Pre-run warm-up",
        "Quick warm-up",
        "Race-day warm-up",
        "<b>Short</b> & sweet",
        "broken.warmup.toml",
    ]


def test_each_routine_shows_total_parts_and_a_badge_outside_15_to_20(view: RoutinesView) -> None:
    lib = view.library_view
    rows = {item.text(0): item for item in lib.rows()}
    pre_run = rows["Pre-run warm-up"]
    assert pre_run.text(1) == "17:45"
    assert pre_run.text(2) == "Jog 8:00 · Dynamic stretches 9:45"
    short = rows["<b>Short</b> & sweet"]
    assert short.text(1) == "⚠ short  5:00"
    assert "15-20" in short.toolTip(1)
    broken = rows["broken.warmup.toml"]
    assert broken.text(2) == "line 7, duration: must be at least 1s"


def test_details_are_plain_text_with_every_problem(view: RoutinesView) -> None:
    lib = view.library_view
    select(view, "<b>Short</b> & sweet")
    assert lib.detail_name.text() == "<b>Short</b> & sweet"
    assert lib.detail_name.textFormat().name == "PlainText"
    assert "shorter than the recommended 15-20 min" in lib.detail_warning.text()
    select(view, "broken.warmup.toml")
    assert "line 7: parts[0].steps[0].duration: must be at least 1s" in lib.detail_text.text()


def test_builtins_are_read_only_and_duplicate_to_edit(qtbot: QtBot, view: RoutinesView) -> None:
    lib = view.library_view
    select(view, "Quick warm-up")
    assert lib.open_button.text() == "Duplicate to edit"
    assert not lib.rename_button.isEnabled()
    assert not lib.delete_button.isEnabled()
    click(qtbot, lib.open_button)
    doc = view.doc
    assert doc is not None
    assert doc.is_new
    assert doc.draft.name == "Quick warm-up (copy)"
    click(qtbot, view.editor.save_button)
    saved = paths.user_paths().routines / "quick-warm-up-copy.warmup.toml"
    assert load_routine(saved).name == "Quick warm-up (copy)"
    builtin = paths.builtin_routines_dir() / "quick.warmup.toml"
    assert load_routine(builtin).name == "Quick warm-up"  # untouched


def test_user_routine_opens_for_editing_and_saves_in_place(
    qtbot: QtBot, view: RoutinesView, folder: Path
) -> None:
    lib = view.library_view
    select(view, "<b>Short</b> & sweet")
    assert lib.open_button.text() == "Edit"
    click(qtbot, lib.open_button)
    doc = view.doc
    assert doc is not None
    assert doc.path == (folder / "short.warmup.toml").resolve()
    click_tree_row(qtbot, view, 0, 0)
    type_into(qtbot, view.editor.step_form.duration.minutes, "15")
    click(qtbot, view.editor.save_button)
    assert load_routine(folder / "short.warmup.toml").total_seconds == 15 * 60
    click(qtbot, view.editor.back_button)
    assert view.pages.currentWidget() is lib
    current = lib.current()
    assert isinstance(current, RoutineEntry)
    assert current.routine.total_seconds == 15 * 60
    assert lib.rows()[3].text(1) == "15:00"  # the badge is gone


def test_rename(qtbot: QtBot, view: RoutinesView, folder: Path) -> None:
    lib = view.library_view
    select(view, "<b>Short</b> & sweet")
    asked: list[str] = []

    def new_name(current: str) -> str:
        asked.append(current)
        return "Hills"

    view.dialogs.ask_new_name = new_name
    click(qtbot, lib.rename_button)
    assert asked == ["<b>Short</b> & sweet"]
    assert not (folder / "short.warmup.toml").exists()
    assert load_routine(folder / "hills.warmup.toml").name == "Hills"
    assert "Hills" in listed_names(lib)
    current = lib.current()
    assert isinstance(current, RoutineEntry)
    assert current.routine.name == "Hills"


def test_rename_to_an_invalid_name_shows_an_error(qtbot: QtBot, view: RoutinesView) -> None:
    select(view, "<b>Short</b> & sweet")
    errors: list[tuple[str, str]] = []
    view.dialogs.ask_new_name = lambda _current: "\x00"
    view.dialogs.show_error = lambda title, text: errors.append((title, text))
    click(qtbot, view.library_view.rename_button)
    assert errors
    assert errors[0][0] == "Could not rename"
    assert "<b>Short</b> & sweet" in listed_names(view.library_view)


def test_delete_asks_moves_to_trash_and_can_be_undone(
    qtbot: QtBot, view: RoutinesView, folder: Path
) -> None:
    lib = view.library_view
    original = (folder / "short.warmup.toml").read_bytes()
    select(view, "<b>Short</b> & sweet")
    view.dialogs.confirm_delete = lambda _name: False
    click(qtbot, lib.delete_button)
    assert (folder / "short.warmup.toml").exists()  # cancelled
    asked: list[str] = []

    def yes(name: str) -> bool:
        asked.append(name)
        return True

    view.dialogs.confirm_delete = yes
    changes: list[object] = []
    view.library_changed.connect(changes.append)
    click(qtbot, lib.delete_button)
    assert asked == ["<b>Short</b> & sweet"]
    assert not (folder / "short.warmup.toml").exists()
    trash = list(paths.user_paths().trash.iterdir())
    assert len(trash) == 1
    assert trash[0].read_bytes() == original
    assert "<b>Short</b> & sweet" not in listed_names(lib)
    assert lib.undo_bar.isVisible()
    assert lib.undo_text.text() == "“<b>Short</b> & sweet” was moved to the trash."
    assert len(changes) == 1  # the run view is told
    click(qtbot, lib.undo_button)
    assert (folder / "short.warmup.toml").read_bytes() == original
    assert not lib.undo_bar.isVisible()
    assert "<b>Short</b> & sweet" in listed_names(lib)


def test_a_broken_user_file_can_be_deleted(qtbot: QtBot, view: RoutinesView, folder: Path) -> None:
    item = select(view, "broken.warmup.toml")
    assert isinstance(item, BrokenFile)
    lib = view.library_view
    assert not lib.open_button.isEnabled()
    assert lib.delete_button.isEnabled()
    view.dialogs.confirm_delete = lambda _name: True
    click(qtbot, lib.delete_button)
    assert not (folder / "broken.warmup.toml").exists()
    assert "broken.warmup.toml" not in listed_names(lib)


def test_switching_routine_with_unsaved_changes_asks(qtbot: QtBot, view: RoutinesView) -> None:
    lib = view.library_view
    select(view, "<b>Short</b> & sweet")
    click(qtbot, lib.open_button)
    doc = view.doc
    assert doc is not None
    view.editor.routine_form.name_edit.setFocus()
    qtbot.keyClicks(view.editor.routine_form.name_edit, "!")
    assert doc.is_modified
    answers = [UnsavedChoice.CANCEL]
    asked: list[str] = []

    def ask(name: str) -> UnsavedChoice:
        asked.append(name)
        return answers.pop(0)

    view.dialogs.ask_unsaved = ask
    click(qtbot, view.editor.back_button)
    assert asked == ["<b>Short</b> & sweet!"]
    assert view.pages.currentWidget() is view.editor  # cancelled: still editing
    answers.append(UnsavedChoice.DISCARD)
    pre_run = view.library.find("pre-run")
    assert pre_run is not None
    assert view.open_entry(pre_run)  # another routine (from the run view or an import)
    assert view.doc is not doc
    assert load_routine(paths.user_paths().routines / "short.warmup.toml").name == (
        "<b>Short</b> & sweet"
    )


def test_default_dialogs_are_plain_callables(view: RoutinesView) -> None:
    """Every question is an attribute a test (or a caller) can replace."""
    fresh = EditorDialogs(view)
    for name in (
        "ask_unsaved",
        "confirm_delete",
        "ask_clash",
        "show_import_preview",
        "ask_new_name",
        "ask_import_path",
        "ask_export_path",
        "confirm_overwrite",
        "show_error",
    ):
        assert callable(getattr(fresh, name))
