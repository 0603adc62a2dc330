"""``--start`` on the very first launch waits for the health disclaimer (issue 12, point 9).

A newcomer's first ``--start`` ran 14 s of cues unseen while "Talk to a health professional
before you start" was still on screen. Now the routine is loaded and named, and starts only
once "I understand" is pressed; a scripted ``--exit-when-done`` run skips the disclaimer.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import DATA
from warmup_app.app import AppController
from warmup_app.config.settings import DISCLAIMER_ACCEPTED
from warmup_app.core.session import FiredCue, State
from warmup_app.gui.dialogs.disclaimer import DISCLAIMER_VERSION, DisclaimerDialog

SMALL = DATA / "small.warmup.toml"


def options(**overrides: object) -> argparse.Namespace:
    values: dict[str, object] = {
        "file": None,
        "start": str(SMALL),
        "exit_when_done": False,
        "cue_log": None,
        "fullscreen": False,
    }
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.fixture
def launched(qtbot: QtBot, qapp: QApplication) -> Iterator[list[AppController]]:
    made: list[AppController] = []
    yield made
    for app in made:
        app.driver.stop()
        app.shutdown()
        app.window.close()
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


def launch(
    qtbot: QtBot, qapp: QApplication, made: list[AppController], opts: argparse.Namespace
) -> tuple[AppController, list[FiredCue]]:
    """The app as ``run_app`` starts it: shown, the rest built after the first paint."""
    app = AppController(opts, qapp)
    qtbot.addWidget(app.window)
    made.append(app)
    fired: list[FiredCue] = []
    app.driver.cue_fired.connect(fired.append)
    app.show()
    qtbot.waitUntil(lambda: app.run.entry is not None, timeout=5000)
    return app, fired


def state(app: AppController) -> State:
    session = app.driver.session
    assert session is not None
    return session.state


def open_disclaimer(qtbot: QtBot, app: AppController) -> DisclaimerDialog:
    def shown() -> bool:
        dialog = app.disclaimer.dialog if app.disclaimer is not None else None
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(shown, timeout=5000)
    assert app.disclaimer is not None
    assert app.disclaimer.dialog is not None
    return app.disclaimer.dialog


def test_first_launch_start_waits_until_the_disclaimer_is_accepted(
    qtbot: QtBot, qapp: QApplication, launched: list[AppController]
) -> None:
    app, fired = launch(qtbot, qapp, launched, options())
    dialog = open_disclaimer(qtbot, app)
    assert "Talk to a health professional before you start" in dialog.text
    # The routine is loaded and named, but nothing runs behind the disclaimer.
    assert app.window.run_view.picker.combo.currentText() == "Small test  (1:35)"
    assert state(app) is State.IDLE
    assert fired == []

    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert state(app) is State.LEAD_IN
    assert app.run.entry is not None
    assert app.run.entry.path == SMALL


def test_closing_the_disclaimer_leaves_the_routine_loaded_and_not_running(
    qtbot: QtBot, qapp: QApplication, launched: list[AppController]
) -> None:
    app, fired = launch(qtbot, qapp, launched, options())
    dialog = open_disclaimer(qtbot, app)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.reject()
    assert state(app) is State.IDLE
    assert fired == []
    assert app.window.run_view.picker.combo.currentText() == "Small test  (1:35)"


def test_once_accepted_start_runs_at_once(
    qtbot: QtBot, qapp: QApplication, launched: list[AppController]
) -> None:
    app, _fired = launch(qtbot, qapp, launched, options())
    dialog = open_disclaimer(qtbot, app)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.accept_button.click()
    app.driver.stop()

    second, _ = launch(qtbot, qapp, launched, options())  # the same settings file: accepted
    assert second.settings.get(DISCLAIMER_ACCEPTED) == DISCLAIMER_VERSION
    assert state(second) is State.LEAD_IN
    assert second.disclaimer is not None
    assert second.disclaimer.dialog is None
