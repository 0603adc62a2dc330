"""The editor keeps each step's figure and cue lines through save, and lets the runner edit them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import (
    choose,
    click,
    click_tree_row,
    make_view,
    type_into,
)
from warmup_app import paths
from warmup_app.core.figures import figure_ids
from warmup_app.core.routine_files import load_routine
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.draft import PartDraft, RoutineDraft, StepDraft, check


def type_lines(qtbot: QtBot, edit: QPlainTextEdit, lines: list[str]) -> None:
    """Type over ``edit`` line by line, pressing Return between lines (keyClicks has no \\n)."""
    type_into(qtbot, edit, lines[0])
    for line in lines[1:]:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(edit, line)


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    """The pre-run built-in, duplicated into a new draft."""
    routines = make_view(qtbot)
    entry = routines.library.find("pre-run")
    assert entry is not None
    assert routines.open_entry(entry)
    return routines


def test_the_draft_carries_figures_and_cue_lines_round_trip() -> None:
    builtin = load_routine(paths.builtin_routines_dir() / "pre-run.warmup.toml")
    draft = RoutineDraft.from_routine(builtin)
    lunge = draft.parts[1].steps[0]
    assert lunge.figure == "deep-lunge"
    assert len(lunge.cue_lines) == 3
    checked = check(draft)
    assert checked.routine is not None
    assert checked.routine == builtin


def test_a_step_without_figure_or_cues_stays_without() -> None:
    step = StepDraft(name="Skips", duration=30)
    assert "figure" not in step.as_dict()
    draft = RoutineDraft(name="Mine", parts=[PartDraft(name="Drills", steps=[step])])
    routine = check(draft).routine
    assert routine is not None
    assert routine.parts[0].steps[0].figure is None
    assert routine.parts[0].steps[0].cue_lines == []


def test_saving_a_copy_keeps_figures_and_cue_lines(qtbot: QtBot, view: RoutinesView) -> None:
    click(qtbot, view.editor.save_button)
    saved = paths.user_paths().routines / "pre-run-warm-up-copy.warmup.toml"
    routine = load_routine(saved)
    builtin = load_routine(paths.builtin_routines_dir() / "pre-run.warmup.toml")
    assert [s.figure for p in routine.parts for s in p.steps] == [
        s.figure for p in builtin.parts for s in p.steps
    ]
    assert [s.cue_lines for p in routine.parts for s in p.steps] == [
        s.cue_lines for p in builtin.parts for s in p.steps
    ]


def test_the_picker_offers_every_figure_with_a_preview(qtbot: QtBot, view: RoutinesView) -> None:
    form = view.editor.step_form
    click_tree_row(qtbot, view, 1, 0)
    combo = form.figure_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, *figure_ids()]
    for i in range(1, combo.count()):
        assert not combo.itemIcon(i).isNull(), combo.itemText(i)
    assert combo.currentData() == "deep-lunge"
    assert form.figure_preview.figure() == "deep-lunge"
    qtbot.waitUntil(form.figure_preview.isVisible, timeout=2000)
    assert form.figure_preview.is_animating()


def test_choosing_a_figure_and_typing_cue_lines_are_saved_and_undoable(
    qtbot: QtBot, view: RoutinesView
) -> None:
    editor = view.editor
    form = editor.step_form
    doc = view.doc
    assert doc is not None
    click_tree_row(qtbot, view, 1, 0)
    choose(qtbot, form.figure_combo, "Standing calf")
    assert doc.draft.parts[1].steps[0].figure == "standing-calf"
    assert form.figure_preview.figure() == "standing-calf"
    type_lines(qtbot, form.cue_lines, ["Step long", "", "Rock slowly", ""])
    assert doc.draft.parts[1].steps[0].cue_lines == ["Step long", "Rock slowly"]

    choose(qtbot, form.figure_combo, "No figure")
    assert doc.draft.parts[1].steps[0].figure is None
    assert not form.figure_preview.isVisible()
    click(qtbot, editor.save_button)
    saved = paths.user_paths().routines / "pre-run-warm-up-copy.warmup.toml"
    step = load_routine(saved).parts[1].steps[0]
    assert step.figure is None
    assert step.cue_lines == ["Step long", "Rock slowly"]

    doc.undo_stack.undo()  # the figure comes back
    assert doc.draft.parts[1].steps[0].figure == "standing-calf"
    assert form.figure_combo.currentData() == "standing-calf"


def test_four_cue_lines_are_a_problem_shown_at_the_field(qtbot: QtBot, view: RoutinesView) -> None:
    editor = view.editor
    form = editor.step_form
    click_tree_row(qtbot, view, 1, 1)
    type_lines(qtbot, form.cue_lines, ["one", "two", "three", "four"])
    assert form.problem_text("cue_lines") == "has 4 entries; at most 3"
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(form.cue_lines, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.cue_lines, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.cue_lines, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.cue_lines, Qt.Key.Key_Backspace)
    assert form.problem_text("cue_lines") == ""
    assert editor.save_button.isEnabled()
