"""Tap-to-calibrate: the dialog on a fake click service and clock (taps are key presses), and
the settings dialog's Calibrate button filling the form, never the setting."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock
from warmup_app import paths
from warmup_app.config import settings as keys
from warmup_app.config.settings import Settings
from warmup_app.gui.dialogs.calibration import CalibrationDialog
from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog

INTERVAL = 0.75
WOBBLE_MS = [12, -8, 20, -15, 5, 0, -22, 9, 17, -5, -12, 3, 25, -19]


class FakeClicks:
    """A click service on a fake clock: 14 clicks 0.75 s apart, 1 s after Start."""

    def __init__(self, clock: FakeClock, problem: str | None = None) -> None:
        self.clock = clock
        self.problem = problem
        self.clicks: list[float] = []
        self.done: Callable[[], None] | None = None
        self.volumes: list[float] = []
        self.stops = 0

    def now(self) -> float:
        return self.clock()

    def start(self, volume: float, done: Callable[[], None]) -> list[float] | str:
        self.volumes.append(volume)
        if self.problem is not None:
            return self.problem
        self.done = done
        first = self.clock() + 1.0
        self.clicks = [first + i * INTERVAL for i in range(14)]
        return list(self.clicks)

    def stop(self) -> None:
        self.stops += 1
        self.done = None

    def finish(self) -> None:
        """The train is over: what the real service's timer does."""
        done, self.done = self.done, None
        assert done is not None, "no train running"
        done()

    @property
    def playing(self) -> bool:
        return self.done is not None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clicks(clock: FakeClock) -> FakeClicks:
    return FakeClicks(clock)


def open_calibration(qtbot: QtBot, service: FakeClicks) -> CalibrationDialog:
    dialog = CalibrationDialog(service, 0.6)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=2000)
    return dialog


def press_key(qtbot: QtBot, dialog: CalibrationDialog, key: Qt.Key) -> None:
    """A key press where the keyboard is: the dialog's focus widget."""
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, key)


def tap_along(
    qtbot: QtBot, dialog: CalibrationDialog, service: FakeClicks, clock: FakeClock, delay_ms: float
) -> None:
    """Press Space on every click, ``delay_ms`` after it (with a runner's wobble)."""
    for click_time, wobble in zip(service.clicks, WOBBLE_MS, strict=True):
        clock.now = click_time + (delay_ms + wobble) / 1000
        press_key(qtbot, dialog, Qt.Key.Key_Space)


def test_space_on_every_click_suggests_the_delay(
    qtbot: QtBot, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_calibration(qtbot, clicks)
    assert dialog.focusWidget() is dialog.start_button
    assert not dialog.tap_button.isEnabled()
    press_key(qtbot, dialog, Qt.Key.Key_Space)  # Start, from the keyboard
    assert clicks.playing
    assert clicks.volumes == [0.6]
    assert dialog.focusWidget() is dialog.tap_button
    assert dialog.progress.text() == "Tap 0 of 12"
    tap_along(qtbot, dialog, clicks, clock, 180)
    assert dialog.progress.text() == "Tap 12 of 12"
    clicks.finish()
    assert dialog.message.text().startswith("Suggested: 180 ms")
    assert dialog.use_button.isVisible()
    assert dialog.focusWidget() is dialog.use_button
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        press_key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.suggested_ms == 180


def test_progress_counts_taps_from_the_third_click(
    qtbot: QtBot, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    for click_time in clicks.clicks[:2]:
        clock.now = click_time + 0.1
        press_key(qtbot, dialog, Qt.Key.Key_Space)
    assert dialog.progress.text() == "Tap 0 of 12"
    for click_time in clicks.clicks[2:7]:
        clock.now = click_time + 0.1
        dialog.tap_button.pressed.emit()  # a mouse press counts as one too
    assert dialog.progress.text() == "Tap 5 of 12"


def test_a_held_key_is_one_tap(qtbot: QtBot, clicks: FakeClicks, clock: FakeClock) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    clock.now = clicks.clicks[3] + 0.1
    target = dialog.focusWidget()
    assert target is dialog.tap_button
    for event_type, repeat in (
        (QEvent.Type.KeyPress, False),
        (QEvent.Type.KeyRelease, True),  # how a held key repeats: release and press again
        (QEvent.Type.KeyPress, True),
        (QEvent.Type.KeyRelease, False),
    ):
        event = QKeyEvent(event_type, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", repeat)
        QApplication.sendEvent(target, event)
    assert dialog.progress.text() == "Tap 1 of 12"


def test_too_few_taps_are_refused_with_a_reason_and_try_again_restarts(
    qtbot: QtBot, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    for click_time in clicks.clicks[2:6]:
        clock.now = click_time + 0.15
        press_key(qtbot, dialog, Qt.Key.Key_Space)
    clicks.finish()
    assert "Only 4 taps" in dialog.message.text()
    assert not dialog.use_button.isVisible()
    assert dialog.suggested_ms is None
    assert dialog.focusWidget() is dialog.again_button
    press_key(qtbot, dialog, Qt.Key.Key_Space)  # Try again
    assert clicks.playing
    assert dialog.progress.text() == "Tap 0 of 12"
    tap_along(qtbot, dialog, clicks, clock, 120)
    clicks.finish()
    assert dialog.suggested_ms == 120


def test_irregular_taps_are_refused(qtbot: QtBot, clicks: FakeClicks, clock: FakeClock) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    wild = [0, 150, -120, 200, -90, 10, 180, -150, 60, 220, -60, 130, -100, 40]
    for click_time, wobble in zip(clicks.clicks, wild, strict=True):
        clock.now = click_time + (150 + wobble) / 1000
        press_key(qtbot, dialog, Qt.Key.Key_Space)
    clicks.finish()
    assert "too uneven" in dialog.message.text()
    assert dialog.suggested_ms is None


def test_taps_before_the_clicks_suggest_zero(
    qtbot: QtBot, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    tap_along(qtbot, dialog, clicks, clock, -50)
    clicks.finish()
    assert dialog.suggested_ms == 0
    assert "no delay to make up" in dialog.message.text()


def test_escape_cancels_and_stops_the_clicks(
    qtbot: QtBot, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    clock.now = clicks.clicks[4]
    press_key(qtbot, dialog, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        press_key(qtbot, dialog, Qt.Key.Key_Escape)
    assert not clicks.playing
    assert clicks.stops >= 1
    assert dialog.suggested_ms is None


def test_space_never_reaches_cancel_while_tapping(qtbot: QtBot, clicks: FakeClicks) -> None:
    dialog = open_calibration(qtbot, clicks)
    dialog.start_button.click()
    assert dialog.cancel_button is not None
    assert dialog.cancel_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not dialog.start_button.isVisible()


def test_without_sound_it_says_so_and_offers_nothing_to_tap(qtbot: QtBot, clock: FakeClock) -> None:
    service = FakeClicks(clock, problem="No sound output was found.")
    dialog = open_calibration(qtbot, service)
    dialog.start_button.click()
    assert dialog.message.text().startswith("No sound output was found.")
    assert "needs sound" in dialog.message.text()
    assert not dialog.tap_button.isEnabled()
    assert not dialog.start_button.isVisible()
    assert not dialog.use_button.isVisible()
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText


def test_the_texts_are_plain(qtbot: QtBot, clicks: FakeClicks) -> None:
    dialog = open_calibration(qtbot, clicks)
    for label in (dialog.instructions, dialog.progress, dialog.message):
        assert label.textFormat() == Qt.TextFormat.PlainText


# -- from the settings dialog --------------------------------------------------------------------


@pytest.fixture
def settings(qapp: object) -> Settings:
    return Settings(paths.user_paths().settings_file)


def open_settings(qtbot: QtBot, settings: Settings, clicks: FakeClicks | None) -> SettingsDialog:
    dialog = SettingsDialog(settings, AudioServices(calibration=clicks))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_use_this_fills_the_spin_box_and_only_ok_stores_it(
    qtbot: QtBot, settings: Settings, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_settings(qtbot, settings, clicks)
    dialog.volume.setValue(40)
    assert dialog.calibrate.isEnabled()
    dialog.calibrate.click()
    calibration = dialog.calibration
    assert calibration is not None
    qtbot.waitExposed(calibration, timeout=2000)
    calibration.start_button.click()
    assert clicks.volumes == [0.4]
    tap_along(qtbot, calibration, clicks, clock, 210)
    clicks.finish()
    changed: list[str] = []
    settings.changed.connect(changed.append)
    with qtbot.waitSignal(calibration.finished, timeout=1000):
        calibration.use_button.click()
    assert dialog.latency.value() == 210
    assert dialog.calibration is None
    assert "press OK or Apply" in dialog.status.text()
    assert settings.get(keys.SOUND_LATENCY_MS) == 0  # not stored by calibrating
    assert changed == []
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()
    assert settings.get(keys.SOUND_LATENCY_MS) == 210


def test_cancelling_the_calibration_leaves_the_form(
    qtbot: QtBot, settings: Settings, clicks: FakeClicks, clock: FakeClock
) -> None:
    dialog = open_settings(qtbot, settings, clicks)
    dialog.latency.setValue(90)
    dialog.calibrate.click()
    calibration = dialog.calibration
    assert calibration is not None
    calibration.start_button.click()
    tap_along(qtbot, calibration, clicks, clock, 250)
    clicks.finish()
    with qtbot.waitSignal(calibration.finished, timeout=1000):
        calibration.reject()
    assert dialog.latency.value() == 90
    assert not clicks.playing


def test_without_a_click_service_calibrate_is_disabled(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_settings(qtbot, settings, None)
    assert not dialog.calibrate.isEnabled()
