"""A voice that cannot start is said once in the window, beside (not instead of) a sound notice."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_app.app import AppController
from warmup_app.audio.voice import ENGINE_ENV
from warmup_app.config.settings import VOICE_ENABLED

TIMEOUT_MS = 5000


def options() -> argparse.Namespace:
    return argparse.Namespace(
        file=None, start=None, exit_when_done=False, cue_log=None, fullscreen=False
    )


@pytest.fixture
def started(qtbot: QtBot, qapp: QApplication) -> Iterator[AppController]:
    app = AppController(options(), qapp)
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitUntil(lambda: app.audio is not None, timeout=TIMEOUT_MS)
    yield app
    app.shutdown()
    app.window.close()
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")
    qapp.styleHints().unsetColorScheme()


def notice(app: AppController) -> str:
    label = app.window.run_view.notice
    return label.text() if not label.isHidden() else ""


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, "no-such-engine")


@pytest.mark.usefixtures("no_engine")
def test_no_voice_is_said_once_in_the_window(qtbot: QtBot, started: AppController) -> None:
    qtbot.waitUntil(lambda: "No voice" in notice(started), timeout=TIMEOUT_MS)
    text = notice(started)
    assert text.count("No voice") == 1
    assert "no-such-engine" in text  # why
    assert "Settings" in text  # where to read what to install
    # The in-process tests have no sound output either: both notices stay, each once.
    qtbot.waitUntil(lambda: "No sound output" in notice(started), timeout=TIMEOUT_MS)
    assert notice(started).count("No voice") == 1


def test_a_voice_switched_off_by_the_environment_is_not_a_problem(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setenv(ENGINE_ENV, "none")
    app = AppController(options(), qapp)
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitUntil(lambda: "No sound output" in notice(app), timeout=TIMEOUT_MS)
    QApplication.processEvents()
    assert "No voice" not in notice(app)
    app.shutdown()
    app.window.close()


@pytest.mark.usefixtures("no_engine")
def test_a_voice_the_runner_turned_off_is_not_a_problem(qtbot: QtBot, qapp: QApplication) -> None:
    app = AppController(options(), qapp)
    qtbot.addWidget(app.window)
    app.settings.set(VOICE_ENABLED, False)
    app.show()
    qtbot.waitUntil(lambda: "No sound output" in notice(app), timeout=TIMEOUT_MS)
    QApplication.processEvents()
    assert "No voice" not in notice(app)
    app.shutdown()
    app.window.close()
