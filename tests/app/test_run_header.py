"""The run window's header names the routine actually loaded, however it was loaded.

Last round it kept naming the routine picked earlier ("Pre-run warm-up (17:45)") while an
adapted warm-up from the self-check, or a file given with ``--start``, was running.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import DATA
from warmup_app.app import AppController
from warmup_app.config.settings import DISCLAIMER_ACCEPTED
from warmup_app.core.session import State
from warmup_app.gui.dialogs.disclaimer import DISCLAIMER_VERSION
from warmup_app.gui.routines.dialogs import EditorDialogs

HEAVY_FROM_TRAINING = ("heavy_legs", "tired_sore_legs", "high_training_load")
LEFT = Qt.MouseButton.LeftButton


def options(**overrides: object) -> argparse.Namespace:
    values: dict[str, object] = {
        "file": None,
        "start": None,
        "exit_when_done": False,
        "cue_log": None,
        "fullscreen": False,
    }
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.fixture
def make_app(qtbot: QtBot, qapp: QApplication) -> Iterator[type[AppController]]:
    made: list[AppController] = []

    def make(opts: argparse.Namespace) -> AppController:
        app = AppController(opts, qapp)
        qtbot.addWidget(app.window)
        made.append(app)
        return app

    yield make  # type: ignore[misc]
    for app in made:
        app.driver.stop()
        app.shutdown()
        app.window.close()
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


def header(app: AppController) -> str:
    return app.window.run_view.picker.combo.currentText()


def test_start_file_names_that_routine_not_the_one_picked_before(make_app, tmp_path: Path) -> None:
    elsewhere = tmp_path / "phase-check.warmup.toml"  # not in any routine folder
    shutil.copy(DATA / "small.warmup.toml", elsewhere)
    app = make_app(options(start=str(elsewhere)))
    app.settings.set(DISCLAIMER_ACCEPTED, DISCLAIMER_VERSION)  # not the first launch
    app.load()
    session = app.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN
    assert app.run.entry is not None
    assert app.run.entry.path == elsewhere
    # A warm-up started from the command line never builds the editor, self-check or charts.
    assert not app.window.has_tabs()
    assert header(app) == "Small test  (1:35)"
    assert app.window.run_view.picker.summary.text() == "Jog 0:30 · Stretches 1:05"
    assert not app.window.run_view.picker.badge.isVisibleTo(app.window)
    # The library's own routines are still listed, each once.
    combo = app.window.run_view.picker.combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items.count("Pre-run warm-up  (17:45)") == 1


def test_an_adapted_warmup_from_the_selfcheck_is_named_with_a_badge_and_a_way_back(
    make_app, qtbot: QtBot
) -> None:
    app = make_app(options())
    app.load()
    assert header(app) == "Pre-run warm-up  (17:45)"
    panel = app.window.selfcheck_panel
    app.window.tabs.setCurrentWidget(panel)
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    with qtbot.waitSignal(panel.warmup_started, timeout=1000):
        qtbot.mouseClick(panel.result.start_button, LEFT)
    run_view = app.window.run_view
    assert app.window.tabs.currentWidget() is run_view
    assert header(app) == "Pre-run warm-up (adapted)  (19:45)"
    # The picker steps aside while the warm-up runs (focus mode); its badge is set.
    assert run_view.picker.badge.isVisibleTo(run_view.picker)
    entry = app.run.entry
    assert entry is not None
    assert entry.adapted_from is not None
    assert entry.adapted_from.id == "pre-run"

    # Back to the original: only when the run has ended, then the header follows.
    assert app.run.is_active()
    app.driver.stop()
    # The window is not shown and the picker was hidden while the run was on: it has no
    # geometry to click at, so press the button itself.
    run_view.picker.original_button.click()
    assert header(app) == "Pre-run warm-up  (17:45)"
    assert not run_view.picker.badge.isVisibleTo(app.window)
    assert app.run.entry is not None
    assert app.run.entry.adapted_from is None


def test_a_routine_saved_while_an_adapted_one_is_loaded_keeps_the_adapted_header(
    make_app,
) -> None:
    """The Routines tab hands a fresh library over; the adapted copy stays what is loaded."""
    app = make_app(options())
    app.load()
    original = app.run.entry
    assert original is not None
    panel = app.window.selfcheck_panel
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    adapted = panel.result.chosen_entry()
    assert adapted is not None
    app.run.load(adapted)
    app.window.routines_view.reload()
    assert app.run.entry is adapted
    assert header(app) == "Pre-run warm-up (adapted)  (19:45)"


def test_tabs_built_later_are_wired_to_the_history(make_app) -> None:
    app = make_app(options())
    app.load()
    assert not app.window.has_tabs()
    assert app.history is not None
    app.window.tabs.setCurrentIndex(2)  # Self-check: the tabs are built on demand
    assert app.window.has_tabs()
    assert app.window.history_view.access is app.history.access
    assert app.window.routines_view.library is app.run.library


def test_before_the_tabs_exist_import_drops_and_announcements_work(
    make_app, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = make_app(options())
    app.load()
    window = app.window
    assert not window.has_tabs()
    assert window.announcer is not None  # screen readers hear the steps of any run
    assert window.import_action in window.file_menu.actions()
    assert window.export_action in window.file_menu.actions()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "shared.warmup.toml"))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(window.run_view.stage, enter)
    assert enter.isAccepted()
    asked: list[bool] = []
    monkeypatch.setattr(EditorDialogs, "_ask_import_path", lambda _self: asked.append(True))
    window.import_action.trigger()  # Ctrl+I from the Warm-up tab
    assert asked == [True]
    assert window.has_tabs()
