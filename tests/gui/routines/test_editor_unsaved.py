"""Unsaved changes are never lost silently: closing the window or leaving the editor asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import (
    click,
    click_tab,
    listed_names,
    make_window,
    type_into,
)
from warmup_app import paths
from warmup_app.core.routine_files import load_routine
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.routines.dialogs import UnsavedChoice


def start_editing(qtbot: QtBot) -> MainWindow:
    window, _clock, _scheduler = make_window(qtbot)
    click_tab(qtbot, window, "Routines")
    click(qtbot, window.routines_view.library_view.new_button)
    editor = window.routines_view.editor
    click(qtbot, editor.add_step_button)
    type_into(qtbot, editor.routine_form.name_edit, "Unsaved run")
    return window


def saved() -> list[str]:
    folder = paths.user_paths().routines
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


class Answers:
    def __init__(self, *answers: UnsavedChoice) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, name: str) -> UnsavedChoice:
        self.asked.append(name)
        return self.answers.pop(0)


def test_close_cancel_keeps_the_window_and_the_edits(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    answers = Answers(UnsavedChoice.CANCEL)
    window.routines_view.dialogs.ask_unsaved = answers
    assert not window.close()
    assert window.isVisible()
    assert answers.asked == ["Unsaved run"]
    assert window.routines_view.doc is not None
    assert window.routines_view.doc.draft.name == "Unsaved run"


def test_close_save_saves_then_closes(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    window.routines_view.dialogs.ask_unsaved = Answers(UnsavedChoice.SAVE)
    assert window.close()
    assert load_routine(paths.user_paths().routines / "unsaved-run.warmup.toml").name == (
        "Unsaved run"
    )


def test_close_discard_closes_and_writes_nothing(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    window.routines_view.dialogs.ask_unsaved = Answers(UnsavedChoice.DISCARD)
    assert window.close()
    assert saved() == []


def test_save_chosen_but_invalid_keeps_the_window_open(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    type_into(qtbot, window.routines_view.editor.routine_form.name_edit, " ")
    errors: list[str] = []
    window.routines_view.dialogs.show_error = lambda title, _text: errors.append(title)
    window.routines_view.dialogs.ask_unsaved = Answers(UnsavedChoice.SAVE)
    assert not window.close()
    assert errors == ["Cannot save yet"]
    assert saved() == []


def test_saved_work_closes_without_asking(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    click(qtbot, window.routines_view.editor.save_button)
    window.routines_view.dialogs.ask_unsaved = Answers()  # would fail: nothing to ask
    assert window.close()


def test_save_failure_is_shown_and_nothing_is_lost(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = start_editing(qtbot)

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("warmup_app.core.atomic.write_bytes", full)
    errors: list[tuple[str, str]] = []
    window.routines_view.dialogs.show_error = lambda title, text: errors.append((title, text))
    click(qtbot, window.routines_view.editor.save_button)
    assert errors
    assert errors[0][0] == "Could not save"
    assert "No space left on device" in errors[0][1]
    assert window.routines_view.doc is not None
    assert window.routines_view.doc.is_modified  # still unsaved, still in the editor
    assert saved() == []
    monkeypatch.undo()
    click(qtbot, window.routines_view.editor.save_button)
    assert saved() == ["unsaved-run.warmup.toml"]


def test_renaming_in_the_editor_renames_the_file_on_save(qtbot: QtBot) -> None:
    window = start_editing(qtbot)
    view = window.routines_view
    click(qtbot, view.editor.save_button)
    assert saved() == ["unsaved-run.warmup.toml"]
    type_into(qtbot, view.editor.routine_form.name_edit, "Saved run")
    click(qtbot, view.editor.save_button)
    assert saved() == ["saved-run.warmup.toml"]
    QApplication.processEvents()
    assert "Saved run" in listed_names(view.library_view)
    assert "Unsaved run" not in listed_names(view.library_view)
