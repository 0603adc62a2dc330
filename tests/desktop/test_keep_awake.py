"""Keep-awake: held in the lead-in and while running, released on pause, finish, stop and exit.

The Linux path runs against a private D-Bus session bus started here, with a separate process
owning ``org.freedesktop.ScreenSaver`` that records every call it receives. The Windows and
macOS paths run against recorders standing in for their system calls.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from tests.desktop.private_bus import (  # noqa: F401 - fixtures
    PrivateBus,
    ServiceLog,
    bus_connection,
    desktop_services,
    private_bus,
)
from tests.qt_fixtures import DATA, FakeScheduler
from warmup_app import APP_NAME
from warmup_app.core.routine_files import load_routine
from warmup_app.core.session import State
from warmup_app.core.timeline import compile_timeline
from warmup_app.desktop.keep_awake.controller import KeepAwake, NullInhibitor, platform_inhibitor
from warmup_app.desktop.keep_awake.linux import ScreenSaverInhibitor
from warmup_app.desktop.keep_awake.macos import ASSERTION_LEVEL_ON, PowerAssertionInhibitor
from warmup_app.desktop.keep_awake.windows import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    ExecutionStateInhibitor,
)
from warmup_app.runner.driver import SessionDriver

WAIT_MS = 5000


class RecordingInhibitor:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")

    def shutdown(self) -> None:
        self.calls.append("shutdown")


def load_small(driver: SessionDriver) -> None:
    driver.load(compile_timeline(load_routine(DATA / "small.warmup.toml")))


def wired(driver: SessionDriver, inhibitor: Any) -> KeepAwake:
    keep = KeepAwake(inhibitor)
    driver.state_changed.connect(keep.on_state_changed)
    return keep


# -- the state rules, platform-independent ----------------------------------------------------


def test_held_only_while_the_routine_runs(driver: SessionDriver, scheduler: FakeScheduler) -> None:
    inhibitor = RecordingInhibitor()
    keep = wired(driver, inhibitor)
    load_small(driver)
    assert inhibitor.calls == []  # a loaded routine is not a running one
    driver.start()  # lead-in
    assert inhibitor.calls == ["inhibit"]
    scheduler.advance(10)  # lead-in -> running: still the same inhibition
    assert driver.session is not None
    assert driver.session.state is State.RUNNING
    driver.skip()
    driver.back()
    assert inhibitor.calls == ["inhibit"]
    driver.pause()
    assert inhibitor.calls == ["inhibit", "release"]
    driver.resume()
    assert inhibitor.calls == ["inhibit", "release", "inhibit"]
    driver.stop()
    assert inhibitor.calls == ["inhibit", "release", "inhibit", "release"]
    driver.start()
    scheduler.advance(200)  # to the end
    assert driver.session.state is State.FINISHED
    assert inhibitor.calls[-2:] == ["inhibit", "release"]
    driver.stop()  # idle again after the finish: nothing more to give back
    assert inhibitor.calls[-2:] == ["inhibit", "release"]
    keep.shutdown()
    assert inhibitor.calls[-1] == "shutdown"


def test_loading_another_routine_mid_run_releases(driver: SessionDriver) -> None:
    inhibitor = RecordingInhibitor()
    _keep = wired(driver, inhibitor)  # held: a collected KeepAwake hears nothing
    load_small(driver)
    driver.start()
    load_small(driver)  # the driver stops the old session: idle again
    assert inhibitor.calls == ["inhibit", "release"]


# -- Linux: org.freedesktop.ScreenSaver on a private session bus ------------------------------


def test_screensaver_calls_on_a_private_bus(
    qtbot: QtBot,
    driver: SessionDriver,
    scheduler: FakeScheduler,
    desktop_services: ServiceLog,  # noqa: F811 - fixture
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
) -> None:
    log = desktop_services
    inhibitor = ScreenSaverInhibitor(connection=bus_connection)
    keep = wired(driver, inhibitor)

    def count(name: str) -> int:
        return len(log.calls(name))

    load_small(driver)
    with qtbot.waitSignal(inhibitor.held_changed, timeout=WAIT_MS):
        driver.start()
    inhibits = log.calls("Inhibit")
    assert inhibits == [
        {
            "call": "Inhibit",
            "app": APP_NAME,
            "reason": "A warm-up routine is running",
            "cookie": 1001,
        }
    ]
    assert inhibitor.cookie == 1001
    scheduler.advance(10)  # into the routine proper: no second request
    assert count("Inhibit") == 1

    driver.pause()
    assert log.calls("UnInhibit") == [{"call": "UnInhibit", "cookie": 1001}]
    with qtbot.waitSignal(inhibitor.held_changed, timeout=WAIT_MS):
        driver.resume()
    driver.stop()
    assert log.calls("UnInhibit")[-1]["cookie"] == 1002

    with qtbot.waitSignal(inhibitor.held_changed, timeout=WAIT_MS):
        driver.start()
    scheduler.advance(200)  # finish
    assert driver.session is not None
    assert driver.session.state is State.FINISHED
    assert log.calls("UnInhibit")[-1]["cookie"] == 1003

    with qtbot.waitSignal(inhibitor.held_changed, timeout=WAIT_MS):
        driver.start()
    keep.shutdown()  # the app exits mid-run
    assert log.calls("UnInhibit")[-1]["cookie"] == 1004
    assert [c["cookie"] for c in log.calls("Inhibit")] == [1001, 1002, 1003, 1004]
    assert [c["cookie"] for c in log.calls("UnInhibit")] == [1001, 1002, 1003, 1004]
    assert inhibitor.cookie is None


def test_a_pause_before_the_reply_still_releases(
    qtbot: QtBot,
    driver: SessionDriver,
    desktop_services: ServiceLog,  # noqa: F811 - fixture
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
) -> None:
    inhibitor = ScreenSaverInhibitor(connection=bus_connection)
    _keep = wired(driver, inhibitor)  # held: a collected KeepAwake hears nothing
    load_small(driver)
    driver.start()
    driver.pause()  # before the Inhibit reply has been processed
    assert inhibitor.cookie is None
    qtbot.waitUntil(lambda: len(desktop_services.calls("UnInhibit")) == 1, timeout=WAIT_MS)
    assert desktop_services.calls("UnInhibit")[0]["cookie"] == 1001
    assert inhibitor.cookie is None


def test_exit_right_after_start_releases(
    driver: SessionDriver,
    desktop_services: ServiceLog,  # noqa: F811 - fixture
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
) -> None:
    inhibitor = ScreenSaverInhibitor(connection=bus_connection)
    keep = wired(driver, inhibitor)
    load_small(driver)
    driver.start()
    keep.shutdown()  # no event loop in between: the reply is waited for, then given back
    assert [c["call"] for c in desktop_services.calls()] == ["Inhibit", "UnInhibit"]


def test_no_screensaver_service_is_logged_once_and_harmless(
    qtbot: QtBot,
    driver: SessionDriver,
    bus_connection: QDBusConnection,  # noqa: F811 - fixture
    caplog: pytest.LogCaptureFixture,
) -> None:
    inhibitor = ScreenSaverInhibitor(connection=bus_connection)
    keep = wired(driver, inhibitor)
    load_small(driver)
    caplog.set_level("INFO", logger="warmup_app.desktop.keep_awake.linux")
    for _ in range(2):
        driver.start()
        qtbot.waitUntil(lambda: "cannot keep the screen awake" in caplog.text, timeout=WAIT_MS)
        driver.stop()
    keep.shutdown()
    assert caplog.text.count("cannot keep the screen awake") == 1
    assert inhibitor.cookie is None


# -- Windows and macOS: their system calls, recorded -------------------------------------------


def test_windows_execution_state() -> None:
    calls: list[int] = []

    def set_state(flags: int) -> int:
        calls.append(flags)
        return ES_CONTINUOUS  # the previous state; 0 would mean failure

    inhibitor = ExecutionStateInhibitor(set_state)
    inhibitor.inhibit("running")
    inhibitor.inhibit("running")
    assert calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED]
    inhibitor.release()
    inhibitor.shutdown()
    assert calls[1:] == [ES_CONTINUOUS]  # given back once, not again at shutdown


def test_windows_refusal_is_not_held() -> None:
    calls: list[int] = []

    def refuse(flags: int) -> int:
        calls.append(flags)
        return 0

    inhibitor = ExecutionStateInhibitor(refuse)
    inhibitor.inhibit("running")
    inhibitor.release()  # nothing held, nothing to give back
    inhibitor.inhibit("running")  # so the next run asks again
    flags = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED
    assert calls == [flags, flags]


class FakeFunction:
    def __init__(self, body: Any) -> None:
        self.body = body
        self.argtypes: list[Any] = []
        self.restype: Any = None

    def __call__(self, *args: Any) -> Any:
        return self.body(*args)


class FakeMacLibraries:
    """IOKit and CoreFoundation as far as the inhibitor uses them."""

    def __init__(self, result: int = 0) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.strings: dict[int, bytes] = {}
        self.result = result
        self.CFStringCreateWithCString = FakeFunction(self._create_string)
        self.CFRelease = FakeFunction(lambda handle: self.events.append(("release", handle)))
        self.IOPMAssertionCreateWithName = FakeFunction(self._create_assertion)
        self.IOPMAssertionRelease = FakeFunction(self._release_assertion)

    def _create_string(self, _allocator: Any, text: bytes, _encoding: int) -> int:
        handle = 0x1000 + len(self.strings)
        self.strings[handle] = text
        return handle

    def _create_assertion(self, kind: int, level: int, name: int, out: Any) -> int:
        self.events.append(("create", self.strings[kind], level, self.strings[name]))
        ctypes.cast(out, ctypes.POINTER(ctypes.c_uint32)).contents.value = 77
        return self.result

    def _release_assertion(self, assertion: int) -> int:
        self.events.append(("assertion released", assertion))
        return 0


def test_macos_power_assertion() -> None:
    libs = FakeMacLibraries()
    inhibitor = PowerAssertionInhibitor(iokit=libs, core_foundation=libs)
    inhibitor.inhibit("A warm-up routine is running")
    inhibitor.inhibit("again")
    create = [e for e in libs.events if e[0] == "create"]
    assert create == [
        (
            "create",
            b"PreventUserIdleDisplaySleep",
            ASSERTION_LEVEL_ON,
            b"A warm-up routine is running",
        )
    ]
    assert sum(1 for e in libs.events if e[0] == "release") == 2  # both CF strings freed
    inhibitor.release()
    inhibitor.shutdown()
    assert [e for e in libs.events if e[0] == "assertion released"] == [("assertion released", 77)]


def test_macos_failure_is_not_held() -> None:
    libs = FakeMacLibraries(result=-536870199)  # kIOReturnError
    inhibitor = PowerAssertionInhibitor(iokit=libs, core_foundation=libs)
    inhibitor.inhibit("running")
    inhibitor.release()
    assert not [e for e in libs.events if e[0] == "assertion released"]


def test_this_platform_gets_its_mechanism(qapp: object) -> None:
    inhibitor = platform_inhibitor()
    assert isinstance(inhibitor, ScreenSaverInhibitor | NullInhibitor)
    assert not isinstance(inhibitor, NullInhibitor)  # Linux: the D-Bus path is available


# -- the real app, end to end ---------------------------------------------------------------------

TINY_ROUTINE = """format = 1
name = "Tiny"
lead_in = "1s"

[[parts]]
name = "Only"

  [[parts.steps]]
  name = "Stand tall"
  duration = "2s"
"""


@pytest.mark.e2e
def test_the_real_app_keeps_awake_while_running_and_notifies_at_the_end(
    tmp_path: Path,
    private_bus: PrivateBus,  # noqa: F811 - fixture
    desktop_services: ServiceLog,  # noqa: F811 - fixture
) -> None:
    routine = tmp_path / "tiny.warmup.toml"
    routine.write_text(TINY_ROUTINE, encoding="utf-8")
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": private_bus.address,
        "WARMUP_APP_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "warmup_app", "--start", str(routine), "--exit-when-done"],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    calls = desktop_services.calls()
    assert [c["call"] for c in calls] == ["Inhibit", "UnInhibit", "Notify"]
    assert calls[0]["cookie"] == calls[1]["cookie"]
    assert calls[2]["summary"] == "Warm-up complete"
    assert calls[2]["body"] == "0:02 of warm-up done. Have a good run!"
