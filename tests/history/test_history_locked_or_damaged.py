"""A locked, damaged or unusable history never stops the app or a warm-up, and says so once.

The warm-up runs on the fake clock, through the real window; the history is a real SQLite file.
The lock is real too: another connection holds ``BEGIN EXCLUSIVE``, so every write waits the
store's full 2 s busy timeout on the history thread while the cues go on.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler
from warmup_app.app import install_history
from warmup_app.core.history import BUSY_TIMEOUT_S, History, SessionEntry
from warmup_app.core.session import FiredCue, State
from warmup_app.gui.main_window import MainWindow
from warmup_app.history.recorder import HistoryRecorder

WAIT_MS = 15_000
SMALL_WITH_LEAD_IN = 100


class Heartbeat(QObject):
    """A 10 ms timer on the GUI thread; the longest gap between beats shows any freeze."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    @Slot()
    def beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


class Collector(QObject):
    """Keeps what a signal carried."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[object] = []

    @Slot(object)
    def add(self, item: object) -> None:
        self.items.append(item)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def locked(db: Path) -> Iterator[sqlite3.Connection]:
    """Another copy of the app holding the write lock."""
    with History(db):
        pass  # a real history file, in WAL mode
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def start(window: MainWindow) -> None:
    QTest.mouseClick(window.run_view.start_button, Qt.MouseButton.LeftButton)


def sessions(db: Path) -> list[SessionEntry]:
    with History(db) as history:
        return [e for e in history.list_entries() if isinstance(e, SessionEntry)]


def watch(recorder: HistoryRecorder) -> Collector:
    notices = Collector()
    recorder.access.notice.connect(notices.add)
    return notices


def run_whole_routine(window: MainWindow, scheduler: FakeScheduler) -> list[FiredCue]:
    cues = Collector()
    window.driver.cue_fired.connect(cues.add)
    start(window)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    window.driver.cue_fired.disconnect(cues.add)
    session = window.driver.session
    assert session is not None
    assert session.state is State.FINISHED
    fired = [c for c in cues.items if isinstance(c, FiredCue)]
    assert [f.cue for f in fired] == list(session.timeline.cues)  # every cue, none dropped
    return fired


def test_a_locked_history_never_holds_up_a_warmup(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    db: Path,
    locked: sqlite3.Connection,
) -> None:
    recorder = install_history(window, db)  # the real 2 s busy timeout
    try:
        notices = watch(recorder)
        heartbeat = Heartbeat()
        began = time.monotonic()
        run_whole_routine(window, scheduler)
        took = time.monotonic() - began
        # The whole routine ran while the start was still waiting for the lock: nothing waited.
        assert took < BUSY_TIMEOUT_S * 0.75, took
        assert recorder.access.pending == 2  # the start and the end, queued on the history thread
        assert notices.items == []

        qtbot.waitUntil(lambda: bool(notices.items), timeout=WAIT_MS)
        (message,) = notices.items
        assert isinstance(message, str)
        assert "in use by another copy of the app" in message
        assert window.statusBar().currentMessage() == message
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        # The window kept processing events through both 2 s waits.
        assert heartbeat.longest < 0.5, heartbeat.longest
        assert notices.items == [message]  # two failed writes, one message

        locked.execute("ROLLBACK")  # the other copy lets go: the next warm-up is kept
        run_whole_routine(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert [(s.routine_id, s.completed) for s in sessions(db)] == [("small", True)]
        assert notices.items == [message]
    finally:
        recorder.close()


def test_a_lock_taken_mid_warmup_still_keeps_the_warmup(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    """The start was saved, the end could not be: the warm-up stays, as not finished."""
    recorder = install_history(window, db, busy_timeout=0.2)
    try:
        start(window)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        scheduler.advance(SMALL_WITH_LEAD_IN + 1)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        other.execute("ROLLBACK")
        other.close()
        (entry,) = sessions(db)
        assert entry.ended_at is None
        assert not entry.completed
        assert "in use" in window.statusBar().currentMessage()
    finally:
        recorder.close()


def test_a_damaged_history_is_set_aside_and_said_once(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    junk = b"this is not a database\x00" * 200
    db.write_bytes(junk)
    recorder = install_history(window, db)
    try:
        notices = watch(recorder)
        run_whole_routine(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(notices.items), timeout=WAIT_MS)
        (message,) = notices.items
        assert isinstance(message, str)
        assert "damaged" in message
        (aside,) = db.parent.glob("history.sqlite3.corrupt-*")
        assert aside.name in message
        assert aside.read_bytes() == junk  # nothing lost
        assert window.statusBar().currentMessage() == message
        run_whole_routine(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert len(sessions(db)) == 2  # both warm-ups are in the fresh history
        assert notices.items == [message]
    finally:
        recorder.close()


def test_an_unusable_history_path_is_said_once(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    db.mkdir()  # a folder where the file should be: SQLite cannot open it
    recorder = install_history(window, db)
    try:
        notices = watch(recorder)
        for _ in range(2):
            run_whole_routine(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert len(notices.items) == 1
        message = notices.items[0]
        assert isinstance(message, str)
        assert "can't be used" in message
        view = window.history_view
        window.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert "can't be used" in view.status.text()
        assert view.entries.topLevelItemCount() == 0
        assert len(notices.items) == 1
    finally:
        recorder.close()
