"""Renders the Self-check and History tabs to PNG for the README (and the tests' look checks).

``python -m tools.screenshots.selfcheck docs/screenshots`` writes ``selfcheck.png``
(a result with today's warm-up adapted) and ``history.png`` (three weeks of demo history in a
temporary database). Everything runs on a parked clock, so every render is the same.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from warmup_app import paths
from warmup_app.core.history import History
from warmup_app.core.routine_files import load_library
from warmup_app.core.selfcheck.rules import evaluate
from warmup_app.gui.common.theme import stylesheet
from warmup_app.gui.main_window import MainWindow
from warmup_app.history.recorder import HistoryRecorder, install_history
from warmup_app.runner.driver import SessionDriver

#: The demo's "now": a Friday evening, so the current week has a few warm-ups in it.
DEMO_NOW = datetime(2025, 3, 21, 18, 0, tzinfo=UTC)
SIZE = (960, 720)

# Three weeks of self-checks, oldest first: (days before DEMO_NOW, questions answered yes).
_CHECKS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (20, ("heavy_legs", "tired_sore_legs", "stiff_legs", "high_training_load", "no_rest_days")),
    (18, ("heavy_legs", "tired_sore_legs", "high_training_load", "short_sleep")),
    (16, ("heavy_legs", "tired_sore_legs", "high_training_load")),
    (13, ("heavy_legs", "stiff_legs", "overstriding_low_cadence")),
    (11, ("tired_sore_legs", "short_sleep")),
    (9, ("heavy_legs", "high_training_load", "heavy_leg_strength_work")),
    (6, ("stiff_legs",)),
    (4, ("tired_sore_legs",)),
    (2, ("stiff_legs", "dehydrated")),
    (0, ()),
)
# Days (before DEMO_NOW) with a warm-up; "stop" marks one stopped part-way.
_WARMUPS: tuple[tuple[int, str, str], ...] = (
    (20, "pre-run", "done"),
    (19, "quick", "done"),
    (17, "pre-run", "done"),
    (16, "pre-run", "stop"),
    (14, "race-day", "done"),
    (12, "pre-run", "done"),
    (11, "quick", "done"),
    (9, "pre-run", "done"),
    (7, "pre-run", "done"),
    (6, "quick", "done"),
    (4, "pre-run", "done"),
    (3, "pre-run", "done"),
    (2, "quick", "stop"),
    (2, "quick", "done"),
    (1, "pre-run", "done"),
    (0, "pre-run", "done"),
)
_ROUTINES = {
    "pre-run": ("Pre-run warm-up", 17 * 60 + 45),
    "quick": ("Quick warm-up", 15 * 60 + 15),
    "race-day": ("Race-day warm-up", 19 * 60 + 45),
}


def seed_demo_history(history: History, now: datetime = DEMO_NOW) -> None:
    """Three weeks of warm-ups and self-checks ending at ``now`` (real reports, real scores)."""
    for days, routine_id, outcome in _WARMUPS:
        name, total = _ROUTINES[routine_id]
        completed = outcome == "done"
        hours = 10 if completed else 11  # a stopped try comes before that day's full one
        started = now - timedelta(days=days, hours=hours, minutes=days % 3 * 7)
        ended = started + timedelta(seconds=total if completed else total // 3)
        history.record_session(
            routine_id,
            name,
            total,
            started_at=started,
            ended_at=ended,
            completed=completed,
            stopped_at_step=None if completed else "Deep lunge stretch (3 of 8)",
        )
    for days, yes in _CHECKS:
        answers = dict.fromkeys(yes, True)
        history.record_selfcheck(
            evaluate(answers), answers, now - timedelta(days=days, hours=10, minutes=20)
        )


def _settle(app: QApplication, done: object, timeout_s: float = 10.0) -> None:
    """Spin the event loop until ``done()`` is true (history results arrive from a thread)."""
    assert callable(done)
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the history view did not load in time")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _window() -> MainWindow:
    driver = SessionDriver(clock=lambda: 1000.0, scheduler_factory=lambda _cb: _NoScheduler())
    window = MainWindow(driver)
    window.resize(*SIZE)
    library = load_library(paths.builtin_routines_dir(), paths.user_paths().routines)
    window.set_library(library, select_id="pre-run")
    return window


class _NoScheduler:
    def arm(self, delay_s: float) -> None:
        pass

    def cancel(self) -> None:
        pass


def render_selfcheck(out: Path) -> Path:
    """The result of a self-check with legs heavy from training, the longer jog accepted."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = _window()
    panel = window.selfcheck_panel
    window.tabs.setCurrentWidget(panel)
    window.show()
    for qid in ("heavy_legs", "tired_sore_legs", "high_training_load", "overstriding_low_cadence"):
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    app.processEvents()
    window.grab().save(str(out))
    window.close()
    return out


def render_history(out: Path, db: Path) -> Path:
    """The History tab over three weeks of demo data written to ``db``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with History(db, now=lambda: DEMO_NOW, tz=UTC) as history:
        seed_demo_history(history)
    window = _window()
    recorder: HistoryRecorder = install_history(window, db, now=lambda: DEMO_NOW, tz=UTC)
    try:
        window.tabs.setCurrentWidget(window.history_view)
        window.show()
        _settle(app, lambda: window.history_view.summary is not None)
        window.grab().save(str(out))
    finally:
        recorder.close()
        window.close()
    return out


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="warmup-shots-"))
    paths.override_home(home)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyleSheet(stylesheet(dark=False))
    render_selfcheck(out_dir / "selfcheck.png")
    render_history(out_dir / "history.png", home / "demo-history.sqlite3")
    print(f"screenshots written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
