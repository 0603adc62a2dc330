"""Accessibility: names on every control, keyboard-only use, announcements on step changes,
the system's font and contrast, and never colour alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.common.test_appearance import contrast
from tests.gui.dialogs.test_settings_dialog import FakeImporter, FakePreview, FakeVoices
from tests.qt_fixtures import FakeScheduler
from warmup_app import paths
from warmup_app.config.settings import Settings
from warmup_app.core.cues import CueKind
from warmup_app.core.session import State
from warmup_app.gui.common.appearance import fallback_palette
from warmup_app.gui.common.theme import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    stylesheet,
)
from warmup_app.gui.dialogs.about import AboutDialog
from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.run.announcer import StepAnnouncer

# -- helpers -------------------------------------------------------------------------------------


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order (what a keyboard user reaches)."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in chain:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
            and root.isAncestorOf(widget)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def given_name(widget: QWidget) -> str:
    """The name a developer gave: accessibleName, a button's text, a buddy label, a tab."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip("▶◀ "):
        return widget.text()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex())
    parent = widget.parentWidget()
    if parent is not None and parent.focusProxy() is widget:  # a spin box's line edit
        return given_name(parent)
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in tab_chain(root)
        if not given_name(w)
    ]


@pytest.fixture
def settings(qapp: object) -> Settings:
    return Settings(paths.user_paths().settings_file)


def full_services(tmp_path_factory: pytest.TempPathFactory) -> AudioServices:
    return AudioServices(
        preview=FakePreview(),
        importer=FakeImporter(tmp_path_factory.mktemp("sounds")),
        voices=FakeVoices(),
    )


# -- names -------------------------------------------------------------------------------------


def test_every_control_in_the_main_window_has_a_name(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        missing += unnamed(window)
    window.tabs.setCurrentIndex(0)
    window.driver.start()  # the run controls are enabled (and reachable) only when running
    scheduler.advance(6)
    missing += unnamed(window)
    assert missing == []


def test_every_control_in_the_dialogs_has_a_name(
    qtbot: QtBot, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> None:
    dialog = SettingsDialog(settings, full_services(tmp_path_factory))
    about = AboutDialog()
    missing: list[str] = []
    for shown in (dialog, about):
        qtbot.addWidget(shown)
        shown.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        missing += unnamed(dialog)
    missing += unnamed(about)
    assert missing == []
    combos = list(dialog.sound_combos.values())
    assert len({c.accessibleName() for c in combos}) == len(combos)  # each one says which cue


# -- keyboard ----------------------------------------------------------------------------------


def test_run_controls_in_reading_order(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    view = window.run_view
    idle = tab_chain(window)
    assert idle.index(view.picker.combo) < idle.index(view.start_button)
    window.driver.start()
    scheduler.advance(6)
    view.reveal_controls()  # focus mode: the strip comes with any key or mouse move
    running = [w for w in tab_chain(window) if isinstance(w, QAbstractButton)]
    expected = [
        view.back_button,
        view.start_button,
        view.skip_button,
        view.restart_button,
        view.stop_button,
    ]
    assert [w for w in running if w in expected] == expected


def test_settings_tab_order_follows_the_rows(
    qtbot: QtBot, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> None:
    dialog = SettingsDialog(settings, full_services(tmp_path_factory))
    qtbot.addWidget(dialog)
    dialog.show()
    chain = tab_chain(dialog)
    rows: list[QWidget] = [dialog.volume]
    for kind, combo in dialog.sound_combos.items():
        rows += [combo, dialog.preview_buttons[kind]]
    assert [w for w in chain if w in rows] == rows
    assert chain.index(dialog.volume) < chain.index(dialog.buttons.buttons()[0])


def test_menus_and_dialogs_work_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in title for title in titles), titles  # Alt+letter opens each menu
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        for item in menu.actions():
            assert item.isSeparator() or "&" in item.text() or not item.shortcut().isEmpty(), (
                item.text()
            )
    with qtbot.waitSignal(window.settings_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=5000):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Timing tab
    assert dialog.tabs.currentIndex() == 2
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- screen readers: step changes announced, not every second -------------------------------


class Announcements:
    def __init__(self) -> None:
        self.events: list[tuple[QAccessible.Event, str, QWidget]] = []

    def __call__(self, event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        assert event.politeness() is QAccessible.AnnouncementPoliteness.Assertive
        widget = event.object()
        assert isinstance(widget, QWidget)
        self.events.append((event.type(), event.message(), widget))


@pytest.fixture
def announced(window: MainWindow) -> Iterator[Announcements]:
    recorder = Announcements()
    announcer = StepAnnouncer(window.driver, window.run_view.stage.step_name, post=recorder)
    yield recorder
    announcer.deleteLater()


def test_each_step_change_is_announced_once(
    window: MainWindow, scheduler: FakeScheduler, announced: Announcements
) -> None:
    window.driver.start()
    scheduler.advance(3)
    window.driver.pause()
    window.driver.resume()
    scheduler.advance(200)  # to the end of the 1:35 routine
    messages = [message for _type, message, _widget in announced.events]
    assert messages == [
        "Get ready, 0:05. First: Easy jog.",
        "Paused.",
        "Resumed. Get ready, 0:02. First: Easy jog.",
        "Easy jog. 0:30.",
        "Lunge, left side. 0:20.",
        "Switch sides, 0:05. Next: right side.",
        "Lunge, right side. 0:20.",
        "Next exercise in 0:05: Calf raise.",
        "Calf raise. 0:15.",
        "Warm-up complete. Have a good run!",
    ]
    assert {t for t, _m, _w in announced.events} == {QAccessible.Event.Announcement}
    assert {w for _t, _m, w in announced.events} == {window.run_view.stage.step_name}
    description = window.run_view.stage.step_name.accessibleDescription()
    assert description == "Warm-up complete. Have a good run!"  # for readers without announcements


def test_stop_is_announced_and_loading_is_not(
    window: MainWindow, scheduler: FakeScheduler, announced: Announcements
) -> None:
    window.driver.start()
    scheduler.advance(7)
    window.driver.stop()
    assert [m for _t, m, _w in announced.events][-1] == "Stopped."
    assert window.driver.session is not None
    assert window.driver.session.state is State.IDLE


def test_the_main_window_announces_for_real(window: MainWindow, scheduler: FakeScheduler) -> None:
    window.driver.start()  # the real QAccessible path: no warnings, history kept
    scheduler.advance(6)
    assert window.announcer.history[-1] == "Easy jog. 0:30."


# -- the system's font and contrast --------------------------------------------------------------


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[QFont]:
    original = QApplication.font()
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * 1.6)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(original)


def test_the_system_font_size_is_respected(
    qtbot: QtBot, big_font: QFont, settings: Settings
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.volume_value.font().pointSizeF() == pytest.approx(big_font.pointSizeF())
    assert dialog.buttons.buttons()[0].font().pointSizeF() == pytest.approx(big_font.pointSizeF())
    for dark in (False, True):
        for high in (False, True):
            assert "font" not in stylesheet(dark=dark, high_contrast=high)


@pytest.mark.parametrize(
    ("colours", "minimum"),
    [(LIGHT, 4.5), (DARK, 4.5), (HIGH_CONTRAST_LIGHT, 7.0), (HIGH_CONTRAST_DARK, 7.0)],
    ids=["light", "dark", "high-contrast-light", "high-contrast-dark"],
)
def test_text_on_the_stage_is_readable(colours: dict[str, str], minimum: float) -> None:
    for role in ("text", "countdown", "side", "accent", "muted"):
        assert contrast(colours[role], colours["stage"]) >= minimum, role
        assert contrast(colours[role], colours["flash"]) >= 4.5, f"{role} on a flash"


def test_warnings_are_readable_on_the_window() -> None:
    for colours, dark in ((LIGHT, False), (DARK, True)):
        window = fallback_palette(dark).color(fallback_palette(dark).ColorRole.Window).name()
        assert contrast(colours["warn"], window) >= 4.5


# -- colour is never the only signal -----------------------------------------------------------


def test_sides_flashes_and_warnings_carry_words(
    window: MainWindow, scheduler: FakeScheduler
) -> None:
    stage = window.run_view.stage
    banners: list[str] = []
    window.driver.cue_fired.connect(
        lambda fired: banners.append(stage.banner.text()) if fired.cue.kind is CueKind.GO else None
    )
    window.driver.start()
    scheduler.advance(40)  # lunge, left side
    assert "LEFT" in stage.side.text()
    scheduler.advance(25)  # right side
    assert "RIGHT" in stage.side.text()
    assert banners
    assert all(banners)  # every "go" flash also shows a word
    window.driver.pause()
    assert stage.phase.text().startswith("Paused")
    assert window.run_view.picker.warning.text().startswith("⚠")
