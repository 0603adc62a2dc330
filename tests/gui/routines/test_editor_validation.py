"""Inline validation: the field is marked, its message shown, and Save is off while invalid."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import (
    click,
    click_tree_row,
    make_view,
    shown_text,
    type_into,
)
from warmup_app.core.routine import MAX_STEPS
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import PartDraft, RoutineDraft, StepDraft, check, locate


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    routines = make_view(qtbot)
    entry = routines.library.find("pre-run")
    assert entry is not None
    assert routines.open_entry(entry)
    return routines


def doc_of(view: RoutinesView) -> EditorDocument:
    assert view.doc is not None
    return view.doc


def test_empty_step_name_is_marked_and_blocks_saving(qtbot: QtBot, view: RoutinesView) -> None:
    editor = view.editor
    form = editor.step_form
    assert editor.save_button.isEnabled()  # an unsaved copy of a valid routine
    click_tree_row(qtbot, view, 1, 2)
    type_into(qtbot, form.name_edit, " ")  # only a space: empty once trimmed
    assert form.problem_text("name") == "must not be empty"
    assert form.name_edit.property("invalid") is True
    assert not editor.save_button.isEnabled()
    assert not editor.try_button.isEnabled()
    assert not editor.actions_by_name["save"].isEnabled()
    summary = shown_text(editor.problems_label)
    assert "1 problem to fix before saving" in summary
    assert "Part 2 (Dynamic stretches), step 3 name: must not be empty" in summary
    tree_item = editor.tree.item_for((1, 2))
    assert tree_item is not None
    assert not tree_item.icon(0).isNull()  # the outline shows where the problem is

    type_into(qtbot, form.name_edit, "Adductor")
    assert form.problem_text("name") == ""
    assert form.name_edit.property("invalid") is False
    assert editor.save_button.isEnabled()
    tree_item = editor.tree.item_for((1, 2))
    assert tree_item is not None
    assert tree_item.icon(0).isNull()


def test_durations_out_of_range_mark_both_boxes(qtbot: QtBot, view: RoutinesView) -> None:
    form = view.editor.step_form
    click_tree_row(qtbot, view, 0, 1)
    type_into(qtbot, form.duration.minutes, "0")
    type_into(qtbot, form.duration.seconds, "0")
    assert form.problem_text("duration") == "must be at least 1s"
    for box in form.duration.spin_boxes():
        assert box.property("invalid") is True
        base = box.lineEdit().palette().color(QPalette.ColorRole.Base)
        assert base.red() > base.green()  # tinted, so it stands out
    type_into(qtbot, form.duration.minutes, "61")
    assert "at most 60m" in form.problem_text("duration")
    type_into(qtbot, form.duration.minutes, "60")
    type_into(qtbot, form.duration.seconds, "1")
    assert "at most 60m" in form.problem_text("duration")
    type_into(qtbot, form.duration.seconds, "0")  # 60 min exactly: the longest step
    assert form.problem_text("duration") == ""
    assert form.duration.minutes.property("invalid") is False
    assert view.editor.save_button.isEnabled()


def test_routine_level_fields(qtbot: QtBot, view: RoutinesView) -> None:
    editor = view.editor
    form = editor.routine_form
    type_into(qtbot, form.name_edit, " ")
    assert form.problem_text("name") == "must not be empty"
    type_into(qtbot, form.name_edit, "x" * 201)
    assert "too long" in form.problem_text("name")
    type_into(qtbot, form.name_edit, "Fine")
    type_into(qtbot, form.lead_in.minutes, "11")
    assert "at most 10m" in form.problem_text("lead_in")
    type_into(qtbot, form.lead_in.minutes, "0")
    assert editor.save_button.isEnabled()


def test_a_part_without_steps_says_so(qtbot: QtBot, view: RoutinesView) -> None:
    editor = view.editor
    click_tree_row(qtbot, view, 0, None)
    click(qtbot, editor.add_part_button)
    assert editor.part_form.steps_problem.text() == "Steps: must have at least one entry"
    assert "Part 2 (Part 3) steps: must have at least one entry" in shown_text(
        editor.problems_label
    )
    assert not editor.save_button.isEnabled()


def test_control_characters_and_html_are_reported_or_shown_as_text(
    qtbot: QtBot, view: RoutinesView
) -> None:
    editor = view.editor
    form = editor.routine_form
    form.name_edit.setFocus()
    form.name_edit.selectAll()
    form.name_edit.insert("Bell\x07ring")  # as if pasted
    assert "control character" in form.problem_text("name")
    assert not editor.save_button.isEnabled()
    type_into(qtbot, form.name_edit, "<img src=x> <b>Bold</b>")
    assert editor.save_button.isEnabled()
    assert editor.title.text().startswith("<img src=x> <b>Bold</b>")
    QApplication.processEvents()


def test_too_many_steps_is_a_routine_problem(qapp: object) -> None:
    steps = [StepDraft(f"S{i}", 1) for i in range(MAX_STEPS + 1)]
    checked = check(RoutineDraft("Many", parts=[PartDraft("P", 0, steps)]))
    assert checked.routine is None
    assert any("at most 200" in p.message for p in checked.problems)
    assert checked.messages(None).get("", "").startswith("has 201 steps")


def test_lone_surrogates_are_a_problem_not_a_crash(qapp: object) -> None:
    draft = RoutineDraft("Bad \ud800", parts=[PartDraft("P", 0, [StepDraft("S", 10)])])
    checked = check(draft)
    assert checked.routine is None
    assert checked.messages(None) == {"name": "contains an invalid character"}


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("name", (None, "name")),
        ("", (None, "")),
        ("parts", (None, "parts")),
        ("parts[2].name", ((2, None), "name")),
        ("parts[0].steps", ((0, None), "steps")),
        ("parts[1].steps[3].duration", ((1, 3), "duration")),
        ("garbage[", (None, "")),
    ],
)
def test_locate(path: str, where: tuple[object, str]) -> None:
    assert locate(path) == where
