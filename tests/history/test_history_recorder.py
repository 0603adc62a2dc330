"""Every warm-up started and every self-check ends up in the history, as the runner did it.

The main window runs the small test routine (1:35: jog 0:30, lunge 2 x 0:20, calf raise 0:15,
5 s lead-in) on the fake clock; the history is a real SQLite file written on its own thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock, FakeScheduler, library
from warmup_app.app import build_window, install_history
from warmup_app.core.history import SKIPPED_TO_END, History, SelfCheckEntry, SessionEntry
from warmup_app.core.selfcheck.rules import Triage
from warmup_app.core.session import State
from warmup_app.gui.main_window import MainWindow
from warmup_app.history.recorder import HistoryRecorder
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

WAIT_MS = 10_000
T0 = datetime(2025, 3, 17, 7, 0, tzinfo=UTC)
SMALL_TOTAL = 95
SMALL_WITH_LEAD_IN = 100


class WallClock:
    """The recorder's wall clock, tied to the fake monotonic clock: both move together."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.origin = clock.now

    def __call__(self) -> datetime:
        return T0 + timedelta(seconds=self.clock.now - self.origin)


@pytest.fixture
def wall(clock: FakeClock) -> WallClock:
    return WallClock(clock)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def recorder(window: MainWindow, db: Path, wall: WallClock) -> Iterator[HistoryRecorder]:
    recorder = install_history(window, db, now=wall, tz=UTC)
    yield recorder
    recorder.close()


def settle(qtbot: QtBot, recorder: HistoryRecorder) -> None:
    """Wait until the history thread has done every job queued so far."""
    qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)


def sessions(db: Path) -> list[SessionEntry]:
    with History(db) as history:
        return sorted(
            (e for e in history.list_entries() if isinstance(e, SessionEntry)),
            key=lambda e: e.id,
        )


def start(window: MainWindow) -> None:
    QTest.mouseClick(window.run_view.start_button, Qt.MouseButton.LeftButton)


def stop(window: MainWindow) -> None:
    def yes() -> bool:
        return True

    window.run_view.confirm_stop = yes
    QTest.mouseClick(window.run_view.stop_button, Qt.MouseButton.LeftButton)


def test_a_completed_warmup_is_recorded_whole(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    start(window)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    session = window.driver.session
    assert session is not None
    assert session.state is State.FINISHED
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert (entry.routine_id, entry.routine_name, entry.total_seconds) == (
        "small",
        "Small test",
        SMALL_TOTAL,
    )
    assert entry.completed
    assert entry.stopped_at_step is None
    assert entry.started_at == T0
    assert entry.ended_at == T0 + timedelta(seconds=SMALL_WITH_LEAD_IN)  # when it finished


@pytest.mark.parametrize(
    ("seconds", "step"),
    [
        (3, None),  # still in the lead-in
        (20, "Easy jog (1 of 3)"),
        (41, "Lunge (2 of 3)"),
        (57, "Lunge (2 of 3)"),  # the switch between sides belongs to the lunge
        (82, "Calf raise (3 of 3)"),  # the transition belongs to the step coming up
    ],
)
def test_a_stopped_warmup_says_where_it_stopped(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
    seconds: float,
    step: str | None,
) -> None:
    start(window)
    scheduler.advance(seconds)
    stop(window)
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert not entry.completed
    assert entry.stopped_at_step == step
    assert entry.ended_at == T0 + timedelta(seconds=seconds)


def test_pause_restart_and_back_are_one_warmup(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    view = window.run_view
    start(window)
    scheduler.advance(10)
    QTest.mouseClick(view.start_button, Qt.MouseButton.LeftButton)  # pause
    scheduler.advance(30)
    QTest.mouseClick(view.start_button, Qt.MouseButton.LeftButton)  # resume
    view.confirm_restart = lambda: True
    QTest.mouseClick(view.restart_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert entry.routine_id == "small"
    assert entry.completed
    assert entry.started_at == T0


def test_each_start_after_a_finish_is_a_new_warmup(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    start(window)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    start(window)  # "Start again"
    scheduler.advance(10)
    stop(window)
    start(window)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    settle(qtbot, recorder)
    assert [(e.completed, e.stopped_at_step) for e in sessions(db)] == [
        (True, None),
        (False, "Easy jog (1 of 3)"),
        (True, None),
    ]


def test_quitting_mid_warmup_records_it_as_stopped(
    qtbot: QtBot,
    window: MainWindow,
    db: Path,
    scheduler: FakeScheduler,
    wall: WallClock,
) -> None:
    recorder = install_history(window, db, now=wall, tz=UTC)
    start(window)
    scheduler.advance(45)
    recorder.close()  # what the app does after its window closed; waits for the writes
    (entry,) = sessions(db)
    assert not entry.completed
    assert entry.stopped_at_step == "Lunge (2 of 3)"
    assert recorder.access.submit(lambda _h: None) == 0  # nothing runs after shutdown


def test_a_finished_selfcheck_is_recorded(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    db: Path,
) -> None:
    panel = window.selfcheck_panel
    for qid in ("heavy_legs", "high_training_load"):
        panel.rows[qid].set_checked(True)
    report = panel.show_result()
    settle(qtbot, recorder)
    with History(db) as history:
        (check,) = history.list_entries()
    assert isinstance(check, SelfCheckEntry)
    assert check.answered_yes == ("heavy_legs", "high_training_load")
    assert check.triage == Triage.SELF_CARE.value
    assert check.today == report.today.value
    assert check.heavy_legs_score == report.heavy_legs_score == 45
    assert check.taken_at == T0


def test_the_history_tab_shows_what_was_just_recorded(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
) -> None:
    view = window.history_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=WAIT_MS)
    assert view.entries.topLevelItemCount() == 0
    window.tabs.setCurrentWidget(window.run_view)
    start(window)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.entries.topLevelItemCount() == 1, timeout=WAIT_MS)
    item = view.entries.topLevelItem(0)
    assert item is not None
    assert item.text(2) == "Completed (1:35)"
    assert view.streak.value.text() == "1"


def test_a_window_deleted_without_closing_the_history_loses_nothing(
    qtbot: QtBot,
    driver: SessionDriver,
    scheduler: FakeScheduler,
    db: Path,
    wall: WallClock,
    small_routine: Path,
) -> None:
    """The pool's destructor waits for queued writes: no abort, no lost warm-up."""
    main = build_window(RunController(driver))
    main.controller.set_library(library(), select_id="small")
    install_history(main, db, now=wall, tz=UTC)
    start(main)
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    with qtbot.waitSignal(main.destroyed, timeout=WAIT_MS):
        main.deleteLater()
    (entry,) = sessions(db)
    assert entry.routine_id == "small"
    assert entry.completed


def skip_to_the_end(window: MainWindow, scheduler: FakeScheduler) -> None:
    start(window)
    scheduler.advance(6)  # into the first step
    for _ in range(5):  # jog, lunge left, lunge right, calf raise, then past the last step
        QTest.mouseClick(window.run_view.skip_button, Qt.MouseButton.LeftButton)
    session = window.driver.session
    assert session is not None
    assert session.state is State.FINISHED


def test_skipping_past_the_last_step_says_so_on_screen_and_in_history(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    """Issue 12 point 10: the finish said "Warm-up complete" while history said "Stopped at"."""
    view = window.run_view
    skip_to_the_end(window, scheduler)
    assert view.stage.step_name.text() == "Skipped to the end"
    assert "complete" not in view.stage.step_name.text().lower()
    assert view.count_done_button.isVisible()
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert not entry.completed
    assert entry.stopped_at_step == SKIPPED_TO_END

    history = window.history_view
    window.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.entries.topLevelItemCount() == 1, timeout=WAIT_MS)
    item = history.entries.topLevelItem(0)
    assert item is not None
    assert item.text(2) == "Skipped to the end"


def test_count_it_as_done_records_the_skipped_warmup_as_completed(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    view = window.run_view
    skip_to_the_end(window, scheduler)
    QTest.mouseClick(view.count_done_button, Qt.MouseButton.LeftButton)
    assert not view.count_done_button.isVisible()
    assert view.stage.step_name.text() == "Counted as done. Have a good run!"
    session = window.driver.session
    assert session is not None
    view.show_snapshot(session.snapshot())  # the finish shown again (e.g. the library changed)
    assert view.stage.step_name.text() == "Counted as done. Have a good run!"
    assert not view.count_done_button.isVisible()
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert entry.completed
    assert entry.stopped_at_step is None

    # The next warm-up, run to its end, shows no such button and is its own record.
    QTest.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert not view.count_done_button.isVisible()
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    assert view.stage.step_name.text() == "Warm-up complete. Have a good run!"
    assert not view.count_done_button.isVisible()
    view.count_done_button.click()  # hidden, but even a stray click counts nothing twice
    settle(qtbot, recorder)
    assert [e.completed for e in sessions(db)] == [True, True]


def test_a_stop_is_never_counted_as_done(
    qtbot: QtBot,
    window: MainWindow,
    recorder: HistoryRecorder,
    scheduler: FakeScheduler,
    db: Path,
) -> None:
    start(window)
    scheduler.advance(40)
    stop(window)
    assert not window.run_view.count_done_button.isVisible()
    recorder.count_last_as_done()
    settle(qtbot, recorder)
    (entry,) = sessions(db)
    assert not entry.completed
