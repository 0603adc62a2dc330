"""Opening one routine after another in the editor, as a newcomer does (issue 12, point 8).

Duplicate a built-in, open a step, go back to "All routines", open the next: every time, the
steps show their form. The old document is deleted (``deleteLater``) when the editor lets go of
it; a form still holding it raised "Signal source has been deleted" on the next open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import click, click_tree_row, make_view
from warmup_app.core.routine_files import RoutineEntry
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.draft import StepDraft


def delete_dropped_documents() -> None:
    """Run the deferred deletes the event loop would run between two clicks."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def open_from_library(qtbot: QtBot, view: RoutinesView, name: str) -> None:
    lib = view.library_view
    item = next(row for row in lib.rows() if row.text(0) == name)
    lib.list.setCurrentItem(item)
    assert isinstance(lib.current(), RoutineEntry)
    click(qtbot, lib.open_button)
    assert view.pages.currentWidget() is view.editor


def test_open_back_open_again_shows_every_steps_form(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    view = make_view(qtbot)
    names = ["Pre-run warm-up", "Quick warm-up", "Race-day warm-up", "Pre-run warm-up"]
    for name in names:
        open_from_library(qtbot, view, name)
        editor = view.editor
        doc = view.doc
        assert doc is not None
        for part_index, part in enumerate(doc.draft.parts[:2]):
            click_tree_row(qtbot, view, part_index, None)
            assert editor.detail.currentWidget() is editor.part_form
            assert editor.part_form.name_edit.text() == part.name
            for step_index in (0, len(part.steps) - 1):
                click_tree_row(qtbot, view, part_index, step_index)
                step = doc.draft.parts[part_index].steps[step_index]
                assert isinstance(step, StepDraft)
                assert editor.detail.currentWidget() is editor.step_form
                assert editor.step_form.name_edit.text() == step.name
        click(qtbot, editor.back_button)
        assert view.pages.currentWidget() is view.library_view
        delete_dropped_documents()

    # Editing still works on the last one opened: the form writes into the live document.
    open_from_library(qtbot, view, "Quick warm-up")
    click_tree_row(qtbot, view, 0, 0)
    qtbot.keyClicks(view.editor.step_form.name_edit, "!")
    assert view.doc is not None
    assert view.doc.draft.parts[0].steps[0].name.endswith("!")
    assert "RuntimeError" not in capfd.readouterr().err
