"""Driving the Routines tab from tests: windows on a fake clock, clicks, typing, no dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock, FakeScheduler, library
from warmup_app.app import build_window
from warmup_app.gui.main_window import MainWindow, trial_run_view
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.dialogs import UnsavedChoice
from warmup_app.gui.routines.library_view import LibraryView
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver


def make_window(qtbot: QtBot) -> tuple[MainWindow, FakeClock, FakeScheduler]:
    clock = FakeClock()
    scheduler = FakeScheduler(clock)

    def factory(callback: Callable[[], None]) -> FakeScheduler:
        scheduler.callback = callback
        return scheduler

    driver = SessionDriver(clock=clock, scheduler_factory=factory)
    window = build_window(RunController(driver))
    qtbot.addWidget(window)
    forbid_dialogs(window.routines_view)
    driver.setParent(window)
    window.controller.set_library(library(), select_id="pre-run")
    with qtbot.waitActive(window, timeout=5000):
        window.show()
    return window, clock, scheduler


def forbid_dialogs(view: RoutinesView) -> None:
    """No modal dialog may open in a test: any question fails it, except "unsaved changes?"
    at teardown, which discards (a failed test must not hang on a message box)."""
    dialogs = view.dialogs
    for name in (
        "confirm_delete",
        "ask_clash",
        "show_import_preview",
        "ask_new_name",
        "ask_import_path",
        "ask_export_path",
        "confirm_overwrite",
        "show_error",
    ):
        setattr(dialogs, name, _unexpected(name))
    dialogs.ask_unsaved = _discard


def _unexpected(name: str) -> Callable[..., object]:
    def fail(*args: object) -> object:
        raise AssertionError(f"unexpected dialog {name}{args}")

    return fail


def _discard(_name: str) -> UnsavedChoice:
    return UnsavedChoice.DISCARD


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    assert widget.isVisible(), f"{widget.objectName() or widget} is hidden"
    if isinstance(widget, QCheckBox):  # a wide check box reacts only on its box and label
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    bar = window.tabs.tabBar()
    assert isinstance(bar, QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field, select what is there, and type over it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick a combo box entry with the arrow keys, as a keyboard user does."""
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def click_tree_row(qtbot: QtBot, view: RoutinesView, part: int, step: int | None) -> None:
    tree = view.editor.tree
    item = tree.item_for((part, step))
    assert item is not None
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 40, rect.center().y())
    )
    assert tree.current_target() == (part, step)


def make_view(qtbot: QtBot) -> RoutinesView:
    """The Routines tab on its own, shown, with the library loaded and no real dialogs."""
    routines = RoutinesView()
    routines.try_view_factory = trial_run_view
    qtbot.addWidget(routines)
    forbid_dialogs(routines)
    routines.resize(960, 680)
    routines.set_library(routines.store.load_library())
    routines.show()
    return routines


def listed_names(library_view: LibraryView) -> list[str]:
    """Routine names (and broken file names) in the order the library list shows them."""
    return [item.text(0) for item in library_view.rows()]


def shown_text(label: QLabel) -> str:
    """What ``label`` shows: its text, or nothing while it is hidden."""
    return label.text() if not label.isHidden() else ""
