"""The first-run disclaimer: shown once, remembered in the settings file, never blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.config.settings import DISCLAIMER_ACCEPTED, Settings
from warmup_app.gui.dialogs.disclaimer import (
    DISCLAIMER_VERSION,
    DisclaimerDialog,
    FirstRunDisclaimer,
)


@pytest.fixture
def settings_path() -> Path:
    return paths.user_paths().settings_file


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def opened(qtbot: QtBot, settings_path: Path, window: QWidget) -> FirstRunDisclaimer:
    first_run = FirstRunDisclaimer(Settings(settings_path), window)
    assert first_run.show_if_needed()
    dialog = first_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return first_run


def test_first_run_shows_it_and_accepting_is_remembered(
    qtbot: QtBot, settings_path: Path, window: QWidget
) -> None:
    first_run = opened(qtbot, settings_path, window)
    dialog = first_run.dialog
    assert dialog is not None
    # open(), not exec(): window-modal, and show_if_needed() already returned.
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.accept_button.click()
    assert first_run.dialog is None
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat).value(
        "disclaimer/accepted_version"
    )
    assert str(raw) == str(DISCLAIMER_VERSION)
    # The next start (a new Settings over the same file) does not show it again.
    again = FirstRunDisclaimer(Settings(settings_path), window)
    assert not again.needed()
    assert not again.show_if_needed()
    assert again.dialog is None


def test_closing_without_accepting_shows_it_next_time(
    qtbot: QtBot, settings_path: Path, window: QWidget
) -> None:
    first_run = opened(qtbot, settings_path, window)
    dialog = first_run.dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.reject()
    assert FirstRunDisclaimer(Settings(settings_path), window).needed()


def test_it_is_not_opened_twice_at_once(qtbot: QtBot, settings_path: Path, window: QWidget) -> None:
    first_run = opened(qtbot, settings_path, window)
    assert not first_run.show_if_needed()
    assert len(window.findChildren(DisclaimerDialog)) == 1


def test_an_older_accepted_version_shows_it_again(settings_path: Path, window: QWidget) -> None:
    settings = Settings(settings_path)
    settings.set(DISCLAIMER_ACCEPTED, DISCLAIMER_VERSION - 1)
    assert FirstRunDisclaimer(Settings(settings_path), window).needed()


def test_a_garbled_value_counts_as_not_accepted(settings_path: Path, window: QWidget) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text("[disclaimer]\naccepted_version=yes please\n", encoding="utf-8")
    settings = Settings(settings_path)
    assert settings.load_problems  # reported as any bad setting is
    assert FirstRunDisclaimer(settings, window).needed()


def test_the_text_covers_what_it_must(qtbot: QtBot) -> None:
    dialog = DisclaimerDialog()
    qtbot.addWidget(dialog)
    text = dialog.text
    for needed in (
        "not a diagnosis or medical advice",
        "Talk to a health professional before",
        "Stop exercising if you feel pain, chest discomfort, dizziness",
        "local emergency number (such as 112, 999 or 911)",
        "Never put off getting professional advice",
    ):
        assert needed in text
    assert dialog.accept_button.accessibleName() == "I understand"
    assert dialog.accessibleDescription() == text
