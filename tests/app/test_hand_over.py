"""What the running app does with a later launch's request (issue 12 point 13, issue 15 point 4).

The app runs in-process with a real :class:`SingleInstance`; the later launch is a raw
QLocalSocket sending the same line ``warmup-app --start quick`` or ``warmup-app FILE`` sends.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_app.app import AppController
from warmup_app.config.settings import DISCLAIMER_ACCEPTED
from warmup_app.core.routine_store import ImportPreview
from warmup_app.desktop.single_instance import Claim, SingleInstance, encode_request, server_name
from warmup_app.gui.dialogs.disclaimer import DISCLAIMER_VERSION
from warmup_app.gui.routines.dialogs import EditorDialogs

WAIT_MS = 10_000
QUICK_NAME = "Quick warm-up"  # routines/quick.warmup.toml

# The offscreen platform cannot raise a window; bringing it forward says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


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
def app(qtbot: QtBot, qapp: QApplication, app_home: Path) -> Iterator[AppController]:
    name = server_name(app_home / "config")
    instance = SingleInstance(name)
    assert instance.claim() is Claim.RUN
    controller = AppController(options(), qapp, instance)
    qtbot.addWidget(controller.window)
    controller.settings.set(DISCLAIMER_ACCEPTED, DISCLAIMER_VERSION)  # not the first launch
    controller.load()
    yield controller
    controller.driver.stop()
    controller.shutdown()
    controller.window.close()
    QLocalServer.removeServer(name)
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


def send(qtbot: QtBot, app: AppController, payload: bytes) -> bytes:
    assert app.instance is not None
    client = QLocalSocket()
    client.connectToServer(app.instance.name)
    assert client.waitForConnected(WAIT_MS)
    client.write(payload)
    reply = bytearray()

    def answered() -> bool:
        reply.extend(client.readAll().data())
        return b"\n" in reply

    qtbot.waitUntil(answered, timeout=WAIT_MS)
    client.abort()
    return bytes(reply)


def loaded_id(app: AppController) -> str | None:
    return app.run.entry.id if app.run.entry is not None else None


def test_start_handed_over_while_idle_starts_it(qtbot: QtBot, app: AppController) -> None:
    assert loaded_id(app) == "pre-run"
    assert not app.run.is_active()
    assert send(qtbot, app, encode_request([], "quick")) == b"ok\n"
    qtbot.waitUntil(app.run.is_active, timeout=WAIT_MS)
    assert loaded_id(app) == "quick"
    assert app.window.tabs.currentWidget() is app.window.run_view


def test_on_the_first_launch_a_handed_over_start_waits_for_the_disclaimer(
    qtbot: QtBot, app: AppController
) -> None:
    """Cues never run behind "talk to a health professional before you start" (issue 12.9)."""
    app.settings.set(DISCLAIMER_ACCEPTED, 0)
    assert send(qtbot, app, encode_request([], "quick")) == b"ok\n"
    assert app.disclaimer is not None
    qtbot.waitUntil(lambda: loaded_id(app) == "quick", timeout=WAIT_MS)
    assert not app.run.is_active()
    dialog = app.disclaimer.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.accept()
    qtbot.waitUntil(app.run.is_active, timeout=WAIT_MS)
    assert loaded_id(app) == "quick"


@pytest.mark.parametrize(("answer", "expected"), [(False, "pre-run"), (True, "quick")])
def test_start_handed_over_during_a_run_asks_first(
    qtbot: QtBot, app: AppController, answer: bool, expected: str
) -> None:
    assert app.run.start()
    asked: list[str] = []

    def confirm(name: str) -> bool:
        asked.append(name)
        return answer

    app.confirm_replace_run = confirm
    assert send(qtbot, app, encode_request([], "quick")) == b"ok\n"
    qtbot.waitUntil(lambda: asked != [], timeout=WAIT_MS)
    assert asked == [QUICK_NAME]
    assert app.run.is_active()  # either the old run goes on, or the new one started
    assert loaded_id(app) == expected


def test_the_question_defaults_to_no(qtbot: QtBot, app: AppController) -> None:
    """Enter on the question keeps the warm-up that is running."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    assert app.run.start()
    seen: list[QMessageBox] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            box.defaultButton().click()
        else:
            QTimer.singleShot(10, press_enter)

    QTimer.singleShot(0, press_enter)
    assert send(qtbot, app, encode_request([], "quick")) == b"ok\n"
    qtbot.waitUntil(lambda: seen != [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not app._asking, timeout=WAIT_MS)
    assert loaded_id(app) == "pre-run"
    assert app.run.is_active()


def test_an_unknown_routine_handed_over_is_a_notice_not_a_crash(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(app, "warn", warned.append)
    assert send(qtbot, app, encode_request([], "no-such-routine")) == b"ok\n"
    qtbot.waitUntil(lambda: warned != [], timeout=WAIT_MS)
    assert "no-such-routine" in warned[0]
    assert not app.run.is_active()


def test_handed_over_files_are_offered_one_dialog_at_a_time(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    offered: list[tuple[Path, str]] = []
    depth = [0, 0]  # now, deepest

    def preview(self: EditorDialogs, shown: ImportPreview) -> bool:
        depth[0] += 1
        depth[1] = max(depth)
        offered.append((shown.source, self.pending_imports))
        loop = QEventLoop()  # what the modal dialog's exec() does
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        depth[0] -= 1
        return False

    monkeypatch.setattr(EditorDialogs, "_show_import_preview", preview)
    files = [Path(f"/r/{i}.warmup.toml") for i in range(3000)]
    for batch in range(3):  # 3,000 files from three launches
        assert send(qtbot, app, encode_request(files[batch * 1000 : (batch + 1) * 1000])) == b"ok\n"
    queue = app.window.import_queue
    qtbot.waitUntil(lambda: queue.remaining == 0 and not queue.busy, timeout=WAIT_MS)
    shown = [p for p, _ in offered]
    print(f"3,000 files handed over: {len(shown)} offered, deepest nesting {depth[1]}")
    assert shown[:100] == files[:100]  # 100 per request, at most 100 waiting at once
    assert 100 <= len(shown) <= 300
    assert len(set(shown)) == len(shown)
    assert depth[1] == 1
    assert offered[0][1] == "99 more files to import"
    assert offered[-1][1] == ""


def test_skip_the_rest_drops_the_waiting_files(
    qtbot: QtBot, app: AppController, tmp_path: Path
) -> None:
    """The real preview dialog says how many wait and offers to skip them."""
    from PySide6.QtCore import QTimer

    from tests.qt_fixtures import DATA
    from warmup_app.gui.routines.import_preview import ImportPreviewDialog

    files = []
    for i in range(5):
        path = tmp_path / f"shared-{i}.warmup.toml"
        path.write_bytes((DATA / "small.warmup.toml").read_bytes())
        files.append(path)
    shown: list[tuple[str, str]] = []

    def skip() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(10, skip)
            return
        shown.append((dialog.preview.source.name, dialog.pending.text()))
        assert dialog.skip_button is not None
        dialog.skip_button.click()

    QTimer.singleShot(0, skip)
    assert send(qtbot, app, encode_request(files)) == b"ok\n"
    queue = app.window.import_queue
    qtbot.waitUntil(lambda: shown != [] and not queue.busy, timeout=WAIT_MS)
    assert shown == [("shared-0.warmup.toml", "4 more files to import")]
    assert queue.remaining == 0
    assert app.window.statusBar().currentMessage() == ""
    assert not (app.user.routines / "shared-1.warmup.toml").exists()
