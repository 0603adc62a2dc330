"""Tray icon (tooltip, Pause/Skip/Show) and the notification at the finish.

The notification's D-Bus path runs against a private session bus with a separate process owning
``org.freedesktop.Notifications`` (see ``desktop_services.py``).
"""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from tests.desktop.private_bus import (  # noqa: F401 - fixtures
    PrivateBus,
    ServiceLog,
    bus_connection,
    desktop_services,
    private_bus,
)
from tests.qt_fixtures import DATA, FakeScheduler
from warmup_app import APP_ID, APP_NAME
from warmup_app.core.routine_files import load_routine
from warmup_app.core.session import State
from warmup_app.core.timeline import compile_timeline
from warmup_app.desktop.notifications import FinishNotifier
from warmup_app.desktop.tray import RunTray
from warmup_app.gui.common.icons import app_icon
from warmup_app.runner.driver import SessionDriver

WAIT_MS = 5000
# The offscreen platform has no system tray; showing an icon there makes Qt itself warn about
# a platform signal it lacks. Only the tests that must show an icon ignore that one message.
NO_TRAY_WARNING = r"No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def load_small(driver: SessionDriver) -> None:
    driver.load(compile_timeline(load_routine(DATA / "small.warmup.toml")))


@pytest.fixture
def tray(driver: SessionDriver) -> RunTray:
    load_small(driver)
    return RunTray(driver, app_icon())


def test_the_app_icon_has_every_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_tooltip_follows_the_run(
    tray: RunTray, driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    assert tray.icon.toolTip() == f"{APP_NAME}: ready"
    driver.start()
    assert tray.icon.toolTip() == "Get ready: 0:05\n1:35 of the warm-up left"
    scheduler.advance(5.5)
    assert tray.icon.toolTip() == "Easy jog: 0:30 left\n1:35 of the warm-up left"
    scheduler.advance(35)  # 40.5 s: lunge, left side, 5.5 s into it
    assert tray.icon.toolTip() == "Lunge (left side): 0:15 left\n1:00 of the warm-up left"
    scheduler.advance(15)  # the switch
    assert tray.icon.toolTip().startswith("Switch sides: 0:05\n")
    driver.pause()
    assert tray.icon.toolTip().startswith("Paused. Switch sides: 0:05\n")
    driver.resume()
    scheduler.advance(27)  # 82.5 s: the transition between steps (80-85)
    assert tray.icon.toolTip() == "Next exercise in 0:03\n0:18 of the warm-up left"
    scheduler.advance(60)
    assert driver.session is not None
    assert driver.session.state is State.FINISHED
    assert tray.icon.toolTip() == f"{APP_NAME}: warm-up complete"


def test_tooltip_is_rewritten_only_when_its_text_changes(
    tray: RunTray, driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    written: list[str] = []
    original = tray.icon.setToolTip
    tray.icon.setToolTip = lambda text: (written.append(text), original(text))  # type: ignore[method-assign]
    driver.start()
    scheduler.advance(5.5)
    before = list(written)
    for _ in range(3):
        driver.poll()  # a snapshot per poll, the same second each time
    assert written == before
    scheduler.advance(10)
    assert len(written) == len(before) + 10  # one per displayed second
    assert len(written) == len(set(written))


def test_pause_skip_and_show_from_the_menu(
    qtbot: QtBot, tray: RunTray, driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    assert not tray.pause_action.isEnabled()
    assert not tray.skip_action.isEnabled()
    tray.pause_action.trigger()  # disabled: a tray click never starts a routine
    assert driver.session is not None
    assert driver.session.state is State.IDLE

    driver.start()
    scheduler.advance(6)
    assert tray.pause_action.isEnabled()
    assert tray.pause_action.text() == "Pause"
    tray.pause_action.trigger()
    assert driver.session.state is State.PAUSED
    assert tray.pause_action.text() == "Resume"
    tray.pause_action.trigger()
    assert driver.session.state is State.RUNNING
    assert tray.icon.toolTip().startswith("Easy jog")
    tray.skip_action.trigger()
    assert tray.icon.toolTip().startswith("Lunge (left side)")
    with qtbot.waitSignal(tray.show_requested, timeout=1000):
        tray.show_action.trigger()
    with qtbot.waitSignal(tray.show_requested, timeout=1000):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()
    menu = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert menu == ["Pause", "Skip to the next step", f"Show {APP_NAME}", "Quit"]


def test_no_tray_no_icon(tray: RunTray) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    assert not tray.icon.isVisible()


@pytest.mark.qt_log_ignore(NO_TRAY_WARNING)
def test_a_shown_tray_carries_the_finish_message(
    qtbot: QtBot, driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    load_small(driver)
    tray = RunTray(driver, app_icon(), tray_available=lambda: True)
    assert tray.icon.isVisible()
    notifier = FinishNotifier(driver, tray_icon=lambda: tray.icon)
    driver.start()
    with qtbot.waitSignal(notifier.sent, timeout=1000) as sent:
        scheduler.advance(200)
    assert sent.args == ["tray"]
    tray.hide()


# -- the finish notification over D-Bus (no tray) ---------------------------------------------


def test_finish_notification_over_dbus(
    qtbot: QtBot,
    driver: SessionDriver,
    scheduler: FakeScheduler,
    desktop_services: ServiceLog,  # noqa: F811 - fixture
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
) -> None:
    notifier = FinishNotifier(driver, connection=lambda: bus_connection)
    load_small(driver)
    driver.start()
    scheduler.advance(50)
    assert desktop_services.calls("Notify") == []  # nothing before the end
    driver.pause()
    driver.stop()
    assert desktop_services.calls("Notify") == []  # a stopped routine did not finish
    driver.start()
    with qtbot.waitSignal(notifier.sent, timeout=WAIT_MS) as sent:
        scheduler.advance(200)
    assert sent.args == ["dbus"]
    (call,) = desktop_services.calls("Notify")
    assert call["app"] == APP_NAME
    assert call["replaces_id"] == 0
    assert call["summary"] == "Warm-up complete"
    assert call["body"] == "1:35 of warm-up done. Have a good run!"
    assert call["icon"].startswith("file://")
    assert call["icon"].endswith(".png")
    assert call["hints"] == {"desktop-entry": APP_ID}
    assert call["timeout"] == -1


def test_no_notification_service_is_harmless(
    driver: SessionDriver,
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("INFO", logger="warmup_app.desktop.notifications")
    notifier = FinishNotifier(driver, connection=lambda: bus_connection)
    sent: list[str] = []
    notifier.sent.connect(sent.append)
    notifier.notify_finished(95)
    assert sent == []
    assert "no notification service" in caplog.text


def test_the_message_has_no_routine_text(driver: SessionDriver) -> None:
    notifier = FinishNotifier(driver)
    assert notifier.message(17 * 60 + 45) == (
        "Warm-up complete",
        "17:45 of warm-up done. Have a good run!",
    )
    assert notifier.message(None) == ("Warm-up complete", "Have a good run!")
