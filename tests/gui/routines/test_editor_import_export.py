"""Import (dialog, dropped file, command line) with a preview first; export to a chosen path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.core.test_routine_store_hostile import HOSTILE_FILES
from tests.gui.routines.editor_driving import (
    click,
    click_tree_row,
    listed_names,
    make_view,
    make_window,
    type_into,
)
from warmup_app import paths
from warmup_app.core.routine_files import dump_routine, load_routine
from warmup_app.core.routine_store import ClashChoice, ImportPreview
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.dialogs import UnsavedChoice
from warmup_app.gui.routines.import_preview import ImportPreviewDialog

SUFFIX = paths.ROUTINE_SUFFIX
SHARED = """format = 1
name = "Club <i>warm-up</i>"
description = "From the club."
[[parts]]
name = "Jog"
[[parts.steps]]
name = "Jog"
duration = "16m"
"""


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    return make_view(qtbot)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / f"shared{SUFFIX}"
    path.write_text(SHARED, encoding="utf-8")
    return path


class Recorder:
    """Stands in for the preview dialog: records what it was shown, answers ``accept``."""

    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.previews: list[ImportPreview] = []

    def __call__(self, preview: ImportPreview) -> bool:
        self.previews.append(preview)
        return self.accept


@pytest.mark.parametrize("kind", sorted(HOSTILE_FILES))
def test_each_malformed_file_shows_its_error_and_changes_nothing(
    qtbot: QtBot, view: RoutinesView, tmp_path: Path, kind: str
) -> None:
    view.store.save(load_routine(paths.builtin_routines_dir() / f"quick{SUFFIX}"))
    source = tmp_path / f"{kind}{SUFFIX}"
    source.write_bytes(HOSTILE_FILES[kind])
    data = paths.user_paths().data
    before = tree(data)
    recorder = Recorder(accept=True)  # even a runner who says yes cannot import it
    view.dialogs.show_import_preview = recorder
    changes: list[object] = []
    view.library_changed.connect(changes.append)
    assert view.offer_import(source) is None
    assert tree(data) == before
    assert changes == []
    [preview] = recorder.previews
    assert not preview.ok
    dialog = ImportPreviewDialog(preview, view)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "This file cannot be imported"
    shown = dialog.problems.text()
    assert shown
    for problem in preview.problems[:3]:
        assert problem.message in shown
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    roles = [buttons.buttonRole(b) for b in buttons.buttons()]
    assert roles == [QDialogButtonBox.ButtonRole.RejectRole]  # Close only: no way to import it


def test_valid_import_previews_then_saves(view: RoutinesView, shared: Path) -> None:
    recorder = Recorder(accept=False)
    view.dialogs.show_import_preview = recorder
    before = tree(paths.user_paths().data)
    assert view.offer_import(shared) is None  # cancelled at the preview: nothing written
    assert tree(paths.user_paths().data) == before
    preview = recorder.previews[0]
    assert preview.ok
    assert preview.routine is not None
    assert preview.routine.name == "Club <i>warm-up</i>"
    recorder.accept = True
    path = view.offer_import(shared)
    assert path is not None
    assert path.name == f"club-i-warm-up-i{SUFFIX}"
    assert "Club <i>warm-up</i>" in listed_names(view.library_view)


def test_preview_dialog_shows_name_total_parts_as_plain_text(
    qtbot: QtBot, view: RoutinesView, shared: Path
) -> None:
    preview = view.store.preview_import(shared, view.store.load_library())
    dialog = ImportPreviewDialog(preview, view)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Club <i>warm-up</i>"
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    details = dialog.details.text()
    assert "Total: 16:00" in details
    assert "• Jog  16:00" in details
    assert "From the club." in details
    assert dialog.problems.isHidden()
    import_button = dialog.import_button
    assert isinstance(import_button, QPushButton)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.open()
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("choice", list(ClashChoice))
def test_name_clash_asks_replace_keep_both_or_cancel(
    view: RoutinesView, shared: Path, choice: ClashChoice
) -> None:
    mine = view.store.save(load_routine(shared).model_copy(update={"description": "mine"}))
    view.reload()
    asked: list[tuple[str, bool]] = []

    def ask(name: str, can_replace: bool) -> ClashChoice:
        asked.append((name, can_replace))
        return choice

    view.dialogs.show_import_preview = Recorder()
    view.dialogs.ask_clash = ask
    before = tree(paths.user_paths().data)
    path = view.offer_import(shared)
    assert asked == [("Club <i>warm-up</i>", True)]
    folder = paths.user_paths().routines
    if choice is ClashChoice.CANCEL:
        assert path is None
        assert tree(paths.user_paths().data) == before
    elif choice is ClashChoice.REPLACE:
        assert path == mine
        assert load_routine(mine).description == "From the club."
        assert len(list(folder.iterdir())) == 1
    else:
        assert path is not None
        assert path != mine
        assert load_routine(path).name == "Club <i>warm-up</i> (2)"
        assert load_routine(mine).description == "mine"


def test_clash_with_a_builtin_cannot_replace(view: RoutinesView, tmp_path: Path) -> None:
    source = tmp_path / f"copy{SUFFIX}"
    source.write_bytes((paths.builtin_routines_dir() / f"pre-run{SUFFIX}").read_bytes())
    asked: list[bool] = []

    def ask(_name: str, can_replace: bool) -> ClashChoice:
        asked.append(can_replace)
        return ClashChoice.KEEP_BOTH

    view.dialogs.show_import_preview = Recorder()
    view.dialogs.ask_clash = ask
    path = view.offer_import(source)
    assert asked == [False]
    assert path is not None
    assert load_routine(path).name == "Pre-run warm-up (2)"


def test_replacing_the_routine_open_with_unsaved_edits_asks_first(
    qtbot: QtBot, view: RoutinesView, shared: Path
) -> None:
    mine = view.store.save(load_routine(shared))
    view.reload()
    entry = next((e for e in view.library.routines if e.path == mine), None)
    assert entry is not None
    view.open_entry(entry)
    type_into(qtbot, view.editor.routine_form.description_edit, "edited")
    view.dialogs.show_import_preview = Recorder()
    view.dialogs.ask_clash = lambda _name, _replace: ClashChoice.REPLACE
    view.dialogs.ask_unsaved = lambda _name: UnsavedChoice.CANCEL
    assert view.offer_import(shared) is None  # the runner kept their edits
    assert view.doc is not None
    assert view.doc.draft.description == "edited"


def test_import_from_the_file_dialog(view: RoutinesView, shared: Path) -> None:
    view.dialogs.ask_import_path = lambda: shared
    view.dialogs.show_import_preview = Recorder()
    view.import_from_dialog()
    assert "Club <i>warm-up</i>" in listed_names(view.library_view)
    view.dialogs.ask_import_path = lambda: None
    view.import_from_dialog()  # cancelled: nothing happens


def test_a_file_dropped_on_the_window_is_offered_for_import(qtbot: QtBot, shared: Path) -> None:
    window, _clock, _scheduler = make_window(qtbot)
    view = window.routines_view
    recorder = Recorder()
    view.dialogs.show_import_preview = recorder
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shared))])
    target = window.run_view.stage  # anywhere on the window, not only the Routines tab
    pos = target.rect().center()
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(target, enter)  # Qt passes it up to the window, which accepts drops
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(target, drop)
    # Offered from the event loop (one dialog at a time), not inside the drop handler.
    qtbot.waitUntil(lambda: recorder.previews != [], timeout=5000)
    assert [p.source for p in recorder.previews] == [shared]
    assert "Club <i>warm-up</i>" in listed_names(view.library_view)
    picker = window.run_view.picker.combo
    assert picker.findText("Club <i>warm-up</i>", Qt.MatchFlag.MatchStartsWith) >= 0


def test_text_drops_are_not_imports(qtbot: QtBot) -> None:
    window, _clock, _scheduler = make_window(qtbot)
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# -- export ------------------------------------------------------------------------------------


def test_export_a_library_routine(qtbot: QtBot, view: RoutinesView, tmp_path: Path) -> None:
    dest = tmp_path / f"out{SUFFIX}"
    suggested: list[str] = []

    def ask(name: str) -> Path:
        suggested.append(name)
        return dest

    view.dialogs.ask_export_path = ask
    click(qtbot, view.library_view.export_button)  # Pre-run is selected first
    assert suggested == [f"pre-run-warm-up{SUFFIX}"]
    assert load_routine(dest) == load_routine(paths.builtin_routines_dir() / f"pre-run{SUFFIX}")


def test_export_adds_the_suffix_and_asks_before_replacing(
    view: RoutinesView, tmp_path: Path
) -> None:
    existing = tmp_path / f"mine{SUFFIX}"
    existing.write_text("keep me", encoding="utf-8")
    view.dialogs.ask_export_path = lambda _name: tmp_path / "mine"
    view.dialogs.confirm_overwrite = lambda _path: False
    assert view.export_current() is None
    assert existing.read_text(encoding="utf-8") == "keep me"
    view.dialogs.confirm_overwrite = lambda _path: True
    assert view.export_current() == existing
    assert load_routine(existing).name == "Pre-run warm-up"


def test_export_from_the_editor_uses_the_edited_routine(
    qtbot: QtBot, view: RoutinesView, tmp_path: Path
) -> None:
    assert view.new_routine()
    click_tree_row(qtbot, view, 0, None)
    click(qtbot, view.editor.add_step_button)
    dest = tmp_path / f"new{SUFFIX}"
    view.dialogs.ask_export_path = lambda _name: dest
    view.export_current()
    assert load_routine(dest).parts[0].steps[0].name == "Brisk walk"
    assert dest.read_text(encoding="utf-8") == dump_routine(load_routine(dest))


def test_export_of_an_invalid_draft_says_why(view: RoutinesView, tmp_path: Path) -> None:
    assert view.new_routine()  # a part without steps: not valid yet
    errors: list[str] = []
    view.dialogs.show_error = lambda title, _text: errors.append(title)
    assert view.export_current() is None
    assert errors == ["Cannot export yet"]


def test_export_failure_is_reported(view: RoutinesView, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    view.dialogs.ask_export_path = lambda _name: blocker / f"x{SUFFIX}"
    errors: list[str] = []
    view.dialogs.show_error = lambda title, _text: errors.append(title)
    assert view.export_current() is None
    assert errors == ["Could not export"]


def test_command_line_file_is_offered_for_import(qtbot: QtBot, qapp: object, shared: Path) -> None:
    """`warmup-app FILE` (and a double-clicked file, through the desktop entry's %f)."""
    from warmup_app.app import AppController
    from warmup_app.cli.main import app_parser

    options = app_parser().parse_args([str(shared)])
    controller = AppController(options, qapp)  # type: ignore[arg-type]
    window = controller.window
    qtbot.addWidget(window)
    recorder = Recorder()
    window.routines_view.dialogs.show_import_preview = recorder
    controller.load()
    try:
        assert [p.source for p in recorder.previews] == [shared]
        assert window.tabs.currentWidget() is window.routines_view
        assert "Club <i>warm-up</i>" in listed_names(window.routines_view.library_view)
    finally:
        controller.shutdown()
