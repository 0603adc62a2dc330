"""A runner builds a routine with mouse and keyboard only, saves it, reopens the app and runs it.

Everything goes through real widgets: clicks on tabs, buttons and tree rows, typed text and
keys. The run at the end is on a fake clock, so nothing waits in real time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import (
    choose,
    click,
    click_tab,
    click_tree_row,
    listed_names,
    make_window,
    type_into,
)
from warmup_app import paths
from warmup_app.core.cues import CueKind
from warmup_app.core.routine_files import load_routine
from warmup_app.core.session import FiredCue, State


def test_build_save_reopen_and_run(qtbot: QtBot) -> None:
    window, _clock, _scheduler = make_window(qtbot)
    view = window.routines_view
    editor = view.editor
    click_tab(qtbot, window, "Routines")
    click(qtbot, view.library_view.new_button)
    assert view.pages.currentWidget() is editor

    type_into(qtbot, editor.routine_form.name_edit, "Tempo <b>day</b>")
    type_into(qtbot, editor.routine_form.description_edit, "Before intervals.")
    type_into(qtbot, editor.routine_form.lead_in.seconds, "5")

    # Part 1 "Jog" comes with a new routine: walk and jog from the catalogue.
    click_tree_row(qtbot, view, 0, None)
    choose(qtbot, editor.catalogue_combo, "Brisk")
    click(qtbot, editor.add_step_button)
    choose(qtbot, editor.catalogue_combo, "Easy")
    click(qtbot, editor.add_step_button)
    assert view.doc is not None
    assert [s.name for s in view.doc.draft.parts[0].steps] == ["Brisk walk", "Easy jog"]

    # Shorten the jog to 9 min by typing into its minutes box.
    click_tree_row(qtbot, view, 0, 1)
    type_into(qtbot, editor.step_form.duration.minutes, "9")

    # A second part with two stretches, renamed and given a 10 s pause between steps.
    click(qtbot, editor.add_part_button)
    type_into(qtbot, editor.part_form.name_edit, "Stretches")
    type_into(qtbot, editor.part_form.transition.seconds, "10")
    choose(qtbot, editor.catalogue_combo, "Deep")
    click(qtbot, editor.add_step_button)
    choose(qtbot, editor.catalogue_combo, "Standing calf")
    click(qtbot, editor.add_step_button)

    # A blank step, named by hand, then removed again with the Delete key.
    choose(qtbot, editor.catalogue_combo, "Blank")
    click(qtbot, editor.add_step_button)
    type_into(qtbot, editor.step_form.name_edit, "Skips")
    click_tree_row(qtbot, view, 1, 2)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)

    # The calf stretch first: select it and move it up with Alt+Up.
    click_tree_row(qtbot, view, 1, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    doc = view.doc
    assert doc is not None
    draft = doc.draft
    assert draft.name == "Tempo <b>day</b>"
    assert draft.lead_in == 5
    assert [p.name for p in draft.parts] == ["Jog", "Stretches"]
    assert [s.name for s in draft.parts[1].steps] == ["Standing calf stretch", "Deep lunge stretch"]
    # 1:00 walk + 9:00 jog, then 2 x (40+5+40) + 10 s pause = 2:60 -> 13:00 in all.
    assert draft.total_seconds == 13 * 60
    assert "13:00" in editor.total_label.text()
    assert "shorter than the recommended" in editor.total_label.text()
    assert editor.title.text().startswith("Tempo <b>day</b>")  # plain text, no markup

    click(qtbot, editor.save_button)
    saved = paths.user_paths().routines / "tempo-b-day-b.warmup.toml"
    assert saved.exists()
    assert load_routine(saved).total_seconds == 13 * 60
    assert not doc.is_modified
    # The run view's list follows at once.
    picker = window.run_view.picker.combo
    assert picker.findText("Tempo <b>day</b>", Qt.MatchFlag.MatchStartsWith) >= 0

    # Close the window (nothing unsaved: no question) and open the app again.
    assert window.close()
    QApplication.processEvents()
    window2, clock, scheduler = make_window(qtbot)

    click_tab(qtbot, window2, "Routines")
    assert "Tempo <b>day</b>" in listed_names(window2.routines_view.library_view)
    click_tab(qtbot, window2, "Warm-up")
    combo = window2.run_view.picker.combo
    choose(qtbot, combo, "Tempo")
    entry = window2.run_view.entry
    assert entry is not None
    assert entry.routine.name == "Tempo <b>day</b>"

    fired: list[FiredCue] = []
    window2.driver.cue_fired.connect(fired.append)
    click(qtbot, window2.run_view.start_button)
    session = window2.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN
    scheduler.advance(5 + 13 * 60 + 1)
    assert session.state is State.FINISHED
    assert clock.now > 0
    go = [f.cue.text for f in fired if f.cue.kind is CueKind.GO]
    assert go == [
        "Brisk walk",
        "Easy jog",
        "Standing calf stretch, left side",
        "Standing calf stretch, right side",
        "Deep lunge stretch, left side",
        "Deep lunge stretch, right side",
    ]
    assert fired[-1].cue.kind is CueKind.FINISH
