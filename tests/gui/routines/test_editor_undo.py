"""Undo and redo for every kind of edit, on the document and through the editor's keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import click, click_tree_row, make_view, type_into
from warmup_app import paths
from warmup_app.core.routine_files import load_routine
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.commands import (
    AddPartCommand,
    AddStepCommand,
    MovePartCommand,
    MoveStepCommand,
    RemovePartCommand,
    RemoveStepCommand,
    SetFieldCommand,
)
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import PartDraft, RoutineDraft, StepDraft


@pytest.fixture
def doc(qapp: object) -> EditorDocument:
    routine = load_routine(paths.builtin_routines_dir() / "race-day.warmup.toml")
    return EditorDocument(RoutineDraft.from_routine(routine))


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    return make_view(qtbot)


Make = Callable[[EditorDocument], QUndoCommand]

COMMANDS: dict[str, Make] = {
    "routine name": lambda d: SetFieldCommand(d, None, "name", "Renamed"),
    "routine description": lambda d: SetFieldCommand(d, None, "description", "New words"),
    "routine lead-in": lambda d: SetFieldCommand(d, None, "lead_in", 30),
    "part name": lambda d: SetFieldCommand(d, (1, None), "name", "Mobility"),
    "part transition": lambda d: SetFieldCommand(d, (1, None), "transition", 20),
    "step name": lambda d: SetFieldCommand(d, (0, 1), "name", "Steady jog"),
    "step duration": lambda d: SetFieldCommand(d, (0, 1), "duration", 9 * 60),
    "step per_side": lambda d: SetFieldCommand(d, (0, 1), "per_side", True),
    "step switch": lambda d: SetFieldCommand(d, (1, 0), "switch", 8),
    "step reps": lambda d: SetFieldCommand(d, (1, 0), "reps", "6 reps"),
    "step instructions": lambda d: SetFieldCommand(d, (1, 0), "instructions", "Slowly."),
    "step metronome": lambda d: SetFieldCommand(d, (0, 1), "metronome", True),
    "step figure": lambda d: SetFieldCommand(d, (1, 0), "figure", "standing-calf"),
    "step no figure": lambda d: SetFieldCommand(d, (1, 1), "figure", None),
    "step cue lines": lambda d: SetFieldCommand(d, (1, 2), "cue_lines", ["Step long"]),
    "add part": lambda d: AddPartCommand(d, 1, PartDraft("Drills", 5, [StepDraft("A skip")])),
    "remove part": lambda d: RemovePartCommand(d, 2),
    "move part": lambda d: MovePartCommand(d, 2, 0),
    "add step": lambda d: AddStepCommand(d, 1, 3, StepDraft("Leg swings", 30)),
    "duplicate step": lambda d: AddStepCommand(
        d, 1, 1, StepDraft(**d.draft.parts[1].steps[0].as_dict())
    ),
    "remove step": lambda d: RemoveStepCommand(d, 1, 2),
    "move step within part": lambda d: MoveStepCommand(d, (1, 5), (1, 0)),
    "move step to another part": lambda d: MoveStepCommand(d, (2, 0), (0, 2)),
}


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_undo_and_redo_every_command_kind(doc: EditorDocument, kind: str) -> None:
    before = doc.draft.copy()
    doc.undo_stack.push(COMMANDS[kind](doc))
    after = doc.draft.copy()
    assert after != before
    assert doc.is_modified
    doc.undo_stack.undo()
    assert doc.draft == before
    assert not doc.is_modified
    doc.undo_stack.redo()
    assert doc.draft == after
    doc.undo_stack.undo()
    assert doc.draft == before


# An order in which every command's indices are still valid when it runs.
PART_OPS = ["add part", "remove part", "move part"]
SEQUENCE = [k for k in COMMANDS if k not in PART_OPS] + PART_OPS


def test_every_command_then_undo_all_restores_the_draft(doc: EditorDocument) -> None:
    assert sorted(SEQUENCE) == sorted(COMMANDS)
    before = doc.draft.copy()
    for kind in SEQUENCE:
        count = doc.undo_stack.count()
        doc.undo_stack.push(COMMANDS[kind](doc))
        assert doc.undo_stack.count() == count + 1, kind
    changed = doc.draft.copy()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.draft == before
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.draft == changed


def test_typing_merges_into_one_undo_step(doc: EditorDocument) -> None:
    for text in ("T", "Te", "Tem", "Temp"):
        doc.undo_stack.push(SetFieldCommand(doc, None, "name", text))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.draft.name == "Race-day warm-up"


def test_typing_back_to_the_original_leaves_nothing_to_undo(doc: EditorDocument) -> None:
    doc.undo_stack.push(SetFieldCommand(doc, (0, 0), "duration", 90))
    doc.undo_stack.push(SetFieldCommand(doc, (0, 0), "duration", 60))
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified


def test_edits_of_different_fields_do_not_merge(doc: EditorDocument) -> None:
    doc.undo_stack.push(SetFieldCommand(doc, (0, 0), "name", "Walk"))
    doc.undo_stack.push(SetFieldCommand(doc, (0, 1), "name", "Jog"))
    doc.undo_stack.push(SetFieldCommand(doc, (0, 1), "duration", 100))
    assert doc.undo_stack.count() == 3


def test_commands_focus_the_changed_item(doc: EditorDocument) -> None:
    focused: list[object] = []
    doc.focus_requested.connect(focused.append)
    doc.undo_stack.push(MoveStepCommand(doc, (2, 0), (0, 2)))
    assert focused[-1] == (0, 2)
    doc.undo_stack.undo()
    assert focused[-1] == (2, 0)
    doc.undo_stack.push(RemovePartCommand(doc, 2))
    assert focused[-1] == (1, None)


# -- the same through the editor, with buttons and keys --------------------------------------


def open_quick_copy(view: RoutinesView) -> EditorDocument:
    entry = view.library.find("quick")
    assert entry is not None
    assert view.open_entry(entry)
    assert view.doc is not None
    return view.doc


def test_editor_buttons_and_keys_with_undo_redo(qtbot: QtBot, view: RoutinesView) -> None:
    doc = open_quick_copy(view)
    editor = view.editor
    original = doc.draft.copy()

    click_tree_row(qtbot, view, 1, 0)
    click(qtbot, editor.duplicate_button)  # duplicate step
    assert [s.name for s in doc.draft.parts[1].steps][:2] == ["Deep lunge stretch"] * 2
    assert editor.tree.current_target() == (1, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again
    assert len(doc.draft.parts[1].steps) == 8
    click(qtbot, editor.remove_button)
    assert editor.tree.current_target() == (1, 2)  # the next step is selected after removal
    click_tree_row(qtbot, view, 1, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert doc.draft == original

    click_tree_row(qtbot, view, 1, 0)
    click(qtbot, editor.up_button)  # first stretch moves to the end of the jog part
    assert doc.draft.parts[0].steps[-1].name == "Deep lunge stretch"
    assert editor.tree.current_target() == (0, 2)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # and back
    assert doc.draft == original

    click_tree_row(qtbot, view, 1, None)
    click(qtbot, editor.up_button)  # a whole part moves
    assert [p.name for p in doc.draft.parts] == ["Dynamic stretches", "Jog"]
    assert not editor.up_button.isEnabled()  # the first part cannot go higher
    click(qtbot, editor.undo_button)
    assert doc.draft == original
    click(qtbot, editor.redo_button)
    assert [p.name for p in doc.draft.parts] == ["Dynamic stretches", "Jog"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.draft == original
    assert "Move part" in editor.actions_by_name["redo"].toolTip()


def test_undo_keys_in_a_text_field_undo_the_routine(qtbot: QtBot, view: RoutinesView) -> None:
    """Ctrl+Z inside the name field undoes through the document, not the field's own history."""
    doc = open_quick_copy(view)
    editor = view.editor
    click_tree_row(qtbot, view, 0, 1)
    click(qtbot, editor.step_form.metronome)
    assert doc.draft.parts[0].steps[1].metronome
    name = editor.routine_form.name_edit
    type_into(qtbot, name, "Short one")
    assert doc.draft.name == "Short one"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.draft.name == "Quick warm-up (copy)"
    assert name.text() == "Quick warm-up (copy)"  # the field shows the undone value
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not doc.draft.parts[0].steps[1].metronome
    assert editor.step_form.metronome.isChecked() is False
    redo_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(name, Qt.Key.Key_Z, redo_keys)
    assert doc.draft.parts[0].steps[1].metronome
    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.draft.name == "Short one"


def test_every_step_field_edits_through_its_widget(qtbot: QtBot, view: RoutinesView) -> None:
    doc = open_quick_copy(view)
    form = view.editor.step_form
    click_tree_row(qtbot, view, 0, 0)
    type_into(qtbot, form.name_edit, "Walk")
    type_into(qtbot, form.duration.minutes, "2")
    type_into(qtbot, form.duration.seconds, "15")
    assert not form.switch.isEnabled()  # no switch without sides
    click(qtbot, form.per_side)
    assert form.switch.isEnabled()
    type_into(qtbot, form.switch.seconds, "9")
    type_into(qtbot, form.reps, "10 each")
    type_into(qtbot, form.instructions, "Tall and relaxed.")
    click(qtbot, form.metronome)
    step = doc.draft.parts[0].steps[0]
    walk = ("walk", ["Brisk steps, loose swinging arms"])  # the figure and cues stay as they were
    assert step == StepDraft("Walk", 135, True, 9, "10 each", "Tall and relaxed.", True, *walk)
    assert "4:39" in form.total.text()  # 2:15 + 0:09 + 2:15
    assert doc.undo_stack.count() == 7  # one per field: typing (and min + s) merged
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.draft.parts[0].steps[0].name == "Brisk walk"
    assert form.name_edit.text() == "Brisk walk"
    assert form.duration.value() == 60


def test_part_fields_and_adding_parts(qtbot: QtBot, view: RoutinesView) -> None:
    doc = open_quick_copy(view)
    editor = view.editor
    click_tree_row(qtbot, view, 1, None)
    click(qtbot, editor.add_part_button)
    assert editor.tree.current_target() == (2, None)
    assert doc.draft.parts[2].steps == []
    assert "at least one" in editor.part_form.steps_problem.text()
    assert not editor.save_button.isEnabled()
    click(qtbot, editor.add_step_button)  # the catalogue's first entry: a brisk walk
    assert [s.name for s in doc.draft.parts[2].steps] == ["Brisk walk"]
    click_tree_row(qtbot, view, 2, None)
    type_into(qtbot, editor.part_form.name_edit, "Cool")
    type_into(qtbot, editor.part_form.transition.seconds, "12")
    assert doc.draft.parts[2].name == "Cool"
    assert doc.draft.parts[2].transition == 12
    assert editor.tree.item_for((2, None)).text(0) == "Cool"  # type: ignore[union-attr]
    assert editor.save_button.isEnabled()
