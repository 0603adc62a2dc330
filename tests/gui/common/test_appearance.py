"""Theme setting and window geometry: applied at once, follow the system, remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock, FakeScheduler
from warmup_app import paths
from warmup_app.app import build_window
from warmup_app.config.settings import THEME, WINDOW_GEOMETRY, Settings, Theme
from warmup_app.config.window_state import remember_window, restore_window
from warmup_app.gui.common import appearance
from warmup_app.gui.common.appearance import ThemeController, fallback_palette
from warmup_app.gui.common.theme import DARK, HIGH_CONTRAST_LIGHT, LIGHT, is_dark
from warmup_app.gui.main_window import MainWindow
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, with its palette, stylesheet and colour scheme put back afterwards."""
    yield qapp
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")
    qapp.styleHints().unsetColorScheme()


@pytest.fixture
def settings(qapp: QApplication) -> Settings:
    return Settings(paths.user_paths().settings_file)


def test_forced_dark_and_light_apply_at_once(app: QApplication, settings: Settings) -> None:
    controller = ThemeController(app, settings)
    controller.apply()
    assert not controller.dark  # the offscreen platform is light
    assert LIGHT["stage"] in app.styleSheet()

    settings.set(THEME, Theme.DARK)  # no apply() call: the change signal does it
    assert is_dark(app.palette())
    assert DARK["stage"] in app.styleSheet()
    assert LIGHT["stage"] not in app.styleSheet()

    settings.set(THEME, Theme.LIGHT)
    assert not is_dark(app.palette())
    assert LIGHT["stage"] in app.styleSheet()

    settings.set(THEME, Theme.DARK)
    settings.set(THEME, Theme.SYSTEM)  # the platform's own palette comes back
    assert app.palette().color(QPalette.ColorRole.Window) == QPalette().color(
        QPalette.ColorRole.Window
    )
    assert LIGHT["stage"] in app.styleSheet()


def test_a_system_change_is_followed(
    qtbot: QtBot, app: QApplication, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = ThemeController(app, settings)
    controller.apply()
    monkeypatch.setattr(appearance, "high_contrast_requested", lambda: True)
    app.styleHints().accessibility().contrastPreferenceChanged.emit(
        Qt.ContrastPreference.HighContrast
    )
    # The outlines are only in the high-contrast sheet (a colour alone may be in both).
    qtbot.waitUntil(lambda: "border: 2px solid" in app.styleSheet(), timeout=1000)
    assert HIGH_CONTRAST_LIGHT["stage"] in app.styleSheet()


def test_the_fallback_palettes_read_well() -> None:
    for dark in (False, True):
        palette = fallback_palette(dark)
        assert is_dark(palette) is dark
        for fg, bg in (
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        ):
            assert contrast(palette.color(fg).name(), palette.color(bg).name()) >= 4.5


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- the window remembers its size and position ------------------------------------------------


def make_window(qtbot: QtBot) -> MainWindow:
    clock = FakeClock()
    driver = SessionDriver(clock=clock, scheduler_factory=lambda _cb: FakeScheduler(clock))
    window = build_window(RunController(driver))
    qtbot.addWidget(window)
    return window


def test_size_and_position_survive_a_restart(qtbot: QtBot, settings: Settings) -> None:
    first = make_window(qtbot)
    first.setGeometry(QRect(0, 90, 780, 610))  # the offscreen screen is 800 x 800
    first.show()
    qtbot.waitExposed(first, timeout=5000)
    remember_window(first, settings)
    first.close()

    restarted = Settings(settings.path)
    second = make_window(qtbot)
    assert restore_window(second, restarted)
    second.show()
    qtbot.waitExposed(second, timeout=5000)
    assert second.size() == first.size()
    assert second.geometry().topLeft() == first.geometry().topLeft()
    assert second.geometry().top() == 90


def test_full_screen_is_not_carried_over(qtbot: QtBot, settings: Settings) -> None:
    first = make_window(qtbot)
    first.showFullScreen()
    qtbot.waitExposed(first, timeout=5000)
    remember_window(first, settings)
    second = make_window(qtbot)
    assert restore_window(second, settings)
    assert not second.windowState() & Qt.WindowState.WindowFullScreen


def test_nothing_or_junk_stored_means_the_default_size(qtbot: QtBot, settings: Settings) -> None:
    window = make_window(qtbot)
    assert not restore_window(window, settings)
    settings.set(WINDOW_GEOMETRY, QByteArray(b"not a geometry"))
    assert not restore_window(window, settings)
    assert window.size().width() == 960  # MainWindow's own default
