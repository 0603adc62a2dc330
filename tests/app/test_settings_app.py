"""Settings as the running app uses them: a damaged file is reported in the window, changes
apply at once, and the window's place is kept for the next start."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.app import AppController
from warmup_app.config.settings import (
    FIGURES,
    THEME,
    WINDOW_GEOMETRY,
    FigureMode,
    Settings,
    Theme,
)
from warmup_app.core.speech import english
from warmup_app.gui.common.theme import DARK
from warmup_app.i18n.lookup import speech_translate


def options() -> argparse.Namespace:
    return argparse.Namespace(
        file=None, start=None, exit_when_done=False, cue_log=None, fullscreen=False
    )


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication) -> Iterator[AppController]:
    app = AppController(options(), qapp)
    qtbot.addWidget(app.window)
    yield app
    app.window.close()
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")
    qapp.styleHints().unsetColorScheme()


def visible_boxes(controller: AppController) -> list[QMessageBox]:
    return [b for b in controller.window.findChildren(QMessageBox) if b.isVisible()]


def test_a_damaged_settings_file_is_reported_in_the_window(
    qtbot: QtBot, qapp: QApplication
) -> None:
    settings_file = paths.user_paths().ensure().settings_file
    settings_file.write_bytes(b"[sounds\nvolume=\x00\x01")
    app = AppController(options(), qapp)
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitUntil(lambda: len(visible_boxes(app)) == 1, timeout=5000)
    (box,) = visible_boxes(app)
    assert "could not be read, so the defaults are in use" in box.text()
    box.close()
    app.shutdown()
    app.window.close()
    assert Settings(settings_file).load_problems == []  # the next start is quiet


def test_a_healthy_start_shows_no_message(qtbot: QtBot, controller: AppController) -> None:
    controller.show()
    qtbot.waitExposed(controller.window, timeout=5000)
    QApplication.processEvents()
    assert visible_boxes(controller) == []


def test_settings_apply_to_the_running_app(
    qtbot: QtBot, qapp: QApplication, controller: AppController
) -> None:
    controller.show()
    controller.settings.set(THEME, Theme.DARK)
    assert DARK["stage"] in qapp.styleSheet()
    controller.settings.set(THEME, Theme.LIGHT)
    assert DARK["stage"] not in qapp.styleSheet()
    # The settings' options, with the voice's lines in the interface language.
    options = controller.run.timeline_options()
    assert replace(options, translate=english) == controller.settings.timeline_options()
    assert options.translate is speech_translate


def test_the_figures_setting_applies_at_once_and_at_the_next_start(
    qtbot: QtBot, qapp: QApplication, controller: AppController
) -> None:
    stage = controller.window.run_view.stage
    assert stage.figure_choice() == (True, True)  # the default: moving
    controller.settings.set(FIGURES, FigureMode.STILL)
    assert stage.figure_choice() == (True, False)
    controller.settings.set(FIGURES, FigureMode.OFF)
    assert stage.figure_choice() == (False, False)
    controller.window.close()
    again = AppController(options(), qapp)  # the next start reads it
    qtbot.addWidget(again.window)
    assert again.window.run_view.stage.figure_choice() == (False, False)
    again.window.close()


def test_the_window_place_is_kept_at_exit(qtbot: QtBot, controller: AppController) -> None:
    controller.show()
    qtbot.waitExposed(controller.window, timeout=5000)
    controller.window.resize(830, 640)
    controller.shutdown()
    stored = Settings(paths.user_paths().settings_file).get(WINDOW_GEOMETRY)
    assert not stored.isEmpty()
    assert controller.window.restoreGeometry(stored)
