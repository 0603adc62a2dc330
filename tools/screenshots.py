"""Render the main views to PNG for README and the AppStream metainfo (``make screenshots``).

``python -m tools.screenshots OUT_DIR`` writes, into ``OUT_DIR`` (default docs/screenshots):

- ``run-window.png`` and ``run-window-dark.png``: the Warm-up tab at two moments of the default
  warm-up, light and dark; ``run-window-de.png`` and ``run-window-es.png``: the first moment in
  German and Spanish;
- ``focus/focus-MOMENT-WxH-THEME.png``: focus mode during work, a side switch, a transition and
  a pause, at 1024x600, 1366x768 and 1920x1080, light and dark;
- ``settings.png``: the Settings dialog with an own sound chosen;
- ``selfcheck.png``: a self-check result with today's warm-up adapted;
- ``history.png``: the History tab over three weeks of demo history;
- ``library.png`` and ``editor.png``: the Routines tab on a user library seeded with two example
  routines (one outside 15-20 min, to show the badge) and a broken file;
- ``figures/ID.png``: one per moving figure, its keyframes for the left side and, below, the
  same moments for the right side (mirrored).

Everything runs on a parked clock, in a fixed temporary home, so every render is the same.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from warmup_app import paths
from warmup_app.app import build_window as build_main_window
from warmup_app.app import install_history
from warmup_app.config.settings import SOUNDS, THEME, Settings, Theme
from warmup_app.core.cues import CueKind
from warmup_app.core.figures import default_library, figure_ids
from warmup_app.core.history import History
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import load_library, load_routine
from warmup_app.core.routine_store import RoutineStore
from warmup_app.core.selfcheck.rules import evaluate
from warmup_app.core.timeline import Side
from warmup_app.gui.common.appearance import ThemeController
from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog
from warmup_app.gui.figures import FigureView
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.routines.dialogs import UnsavedChoice
from warmup_app.history.recorder import HistoryRecorder
from warmup_app.i18n.lookup import routine_translate
from warmup_app.i18n.translators import install_translators
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

SIZE = (960, 720)
#: The languages the README shows the run window in, besides English.
SHOWN_LANGUAGES = ("de", "es")
#: A fixed temporary home, so the file path the library shows is the same in every render.
HOME = Path(tempfile.gettempdir()) / "warmup-screenshots-home"
#: The demo's "now": a Friday evening, so the current week has a few warm-ups in it.
DEMO_NOW = datetime(2025, 3, 21, 18, 0, tzinfo=UTC)

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
_BROKEN = """format = 1
name = "Old hill session"
[[parts]]
name = "Hills"
[[parts.steps]]
name = "Hill repeats"
duration = "90 seconds"
"""


class ParkedClock:
    """A clock that moves only when told, so a session shows the same moment on every run."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class _NoScheduler:
    def arm(self, delay_s: float) -> None:
        pass

    def cancel(self) -> None:
        pass


def build_window(clock: ParkedClock) -> tuple[MainWindow, SessionDriver]:
    """The main window on the built-in and user library, as the app builds it (not shown yet).

    The one place that knows how a window is put together: change it here when the app's
    construction changes.
    """
    driver = SessionDriver(clock=clock, scheduler_factory=lambda _cb: _NoScheduler())
    window = build_main_window(RunController(driver, parent=driver))
    window.resize(*SIZE)
    library = load_library(
        paths.builtin_routines_dir(), paths.user_paths().routines, routine_translate
    )
    window.controller.set_library(library, select_id="pre-run")
    return window, driver


def _save(widget: QWidget, out: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(out))
    widget.close()
    return out


def _settle(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Spin the event loop until ``done()`` is true (history results arrive from a thread)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not load in time")
        QApplication.processEvents()
        time.sleep(0.01)


# -- Warm-up tab and settings ---------------------------------------------------------------


def render_run_window(out: Path, at_seconds: float) -> Path:
    """The Warm-up tab ``at_seconds`` into the default warm-up."""
    clock = ParkedClock()
    window, driver = build_window(clock)
    window.show()
    driver.start()
    clock.t += at_seconds
    driver.poll()
    return _save(window, out)


#: Focus-mode moments of the default warm-up (seconds from Start, paused afterwards or not):
#: 10 s lead-in, 8 min jog, then the deep lunge: 40 s left, 5 s switch, 40 s right, 15 s to the
#: next stretch.
FOCUS_MOMENTS: dict[str, tuple[float, bool]] = {
    "work": (10 + 8 * 60 + 25, False),
    "switch": (10 + 8 * 60 + 40 + 2, False),
    "transition": (10 + 8 * 60 + 40 + 5 + 40 + 5, False),
    "paused": (10 + 8 * 60 + 40 + 5 + 20, True),
}
FOCUS_SIZES = ((1024, 600), (1366, 768), (1920, 1080))


def render_focus(out_dir: Path, theme_name: str) -> list[Path]:
    """Focus mode (a routine running: stage, one progress line) at each size and moment,
    as ``focus-MOMENT-WxH-THEME.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for moment, (at_seconds, paused) in FOCUS_MOMENTS.items():
        for width, height in FOCUS_SIZES:
            clock = ParkedClock()
            window, driver = build_window(clock)
            window.show()
            driver.start()
            clock.t += at_seconds
            driver.poll()
            if paused:
                driver.pause()
            for _ in range(3):  # the first pass may be held by the window's old minimum
                window.resize(width, height)
                QApplication.processEvents()
            window.run_view.stage.end_flash()  # the picture is of the phase, not of a cue
            written.append(
                _save(window, out_dir / f"focus-{moment}-{width}x{height}-{theme_name}.png")
            )
    return written


class _SilentPreview:
    """Enables the preview buttons for the picture; plays nothing."""

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None:
        return None


def render_settings_dialog(out: Path, settings: Settings) -> Path:
    """The dialog with an own finish sound chosen, which the later shots do not show."""
    finish = SOUNDS[CueKind.FINISH]
    settings.set(finish, str(Path.home() / "Music" / "whistle.wav"))
    dialog = SettingsDialog(settings, AudioServices(preview=_SilentPreview()))
    dialog.show()
    _save(dialog, out)
    settings.set(finish, finish.default)
    return out


# -- Figures ----------------------------------------------------------------------------------


def render_figures(out_dir: Path, size: int = 180) -> list[Path]:
    """One sheet per figure: its keyframes for the left side, then the right side below."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for figure_id in figure_ids():
        figure = default_library().get(figure_id)
        if figure is None:
            raise RuntimeError(f"figure {figure_id} does not load")
        sheet = QWidget()
        sheet.setAutoFillBackground(True)
        grid = QGridLayout(sheet)
        count = len(figure.frames)
        for row, side in enumerate((Side.LEFT, Side.RIGHT)):
            for column in range(count):
                view = FigureView(sheet, clock=lambda: 0.0)
                view.setFixedSize(size, size)
                view.set_figure(figure_id, side)
                view.seek(figure.loop_seconds * column / count)
                grid.addWidget(view, row, column)
        sheet.show()
        written.append(_save(sheet, out_dir / f"{figure_id}.png"))
    return written


# -- Self-check and History tabs ------------------------------------------------------------


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


def render_selfcheck(out: Path) -> Path:
    """The result of a self-check with legs heavy from training, the longer jog accepted."""
    window, _driver = build_window(ParkedClock())
    panel = window.selfcheck_panel
    window.tabs.setCurrentWidget(panel)
    window.show()
    for qid in ("heavy_legs", "tired_sore_legs", "high_training_load", "overstriding_low_cadence"):
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    return _save(window, out)


def render_history(out: Path, db: Path) -> Path:
    """The History tab over three weeks of demo data written to ``db``."""
    with History(db, now=lambda: DEMO_NOW, tz=UTC) as history:
        seed_demo_history(history)
    window, _driver = build_window(ParkedClock())
    recorder: HistoryRecorder = install_history(window, db, now=lambda: DEMO_NOW, tz=UTC)
    try:
        window.tabs.setCurrentWidget(window.history_view)
        window.show()
        _settle(lambda: window.history_view.summary is not None)
        return _save(window, out)
    finally:
        recorder.close()
        window.close()


# -- Routines tab ---------------------------------------------------------------------------


def seed_user_routines(store: RoutineStore) -> None:
    """Two user routines (one outside 15-20 min, for the badge) and a file that fails to load."""
    pre_run = load_routine(paths.builtin_routines_dir() / "pre-run.warmup.toml")
    tempo = pre_run.model_copy(deep=True)
    tempo.name = "Tempo day warm-up"
    tempo.description = "Longer jog and the six stretches before a tempo run."
    tempo.parts[0].steps[1].duration = 8 * 60 + 45
    store.save(tempo)
    short = Routine.model_validate(
        {
            "format": 1,
            "name": "Recovery shake-out",
            "parts": [
                {
                    "name": "Jog",
                    "steps": [
                        {"name": "Brisk walk", "duration": "2m"},
                        {"name": "Very easy jog", "duration": "8m"},
                    ],
                }
            ],
        }
    )
    store.save(short)
    (store.folder / "old-hills.warmup.toml").write_text(_BROKEN, encoding="utf-8")


def _routines_window() -> MainWindow:
    window, _driver = build_window(ParkedClock())
    window.tabs.setCurrentWidget(window.routines_view)
    window.show()
    return window


def render_library(out: Path) -> Path:
    window = _routines_window()
    view = window.routines_view
    entry = next(e for e in view.library.routines if e.routine.name == "Tempo day warm-up")
    view.library_view.select(entry.path)
    return _save(window, out)


def render_editor(out: Path) -> Path:
    window = _routines_window()
    view = window.routines_view
    entry = next(e for e in view.library.routines if e.routine.name == "Tempo day warm-up")
    view.open_entry(entry)
    view.editor.tree.select((1, 1))
    view.dialogs.ask_unsaved = _discard  # closing must not stop at "save changes?"
    return _save(window, out)


def _discard(_name: str) -> UnsavedChoice:
    return UnsavedChoice.DISCARD


# -- all of them ----------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    # Set here, not at import: the tests import the demo data from this module.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shutil.rmtree(HOME, ignore_errors=True)  # nothing from an earlier run shows
    paths.override_home(HOME)
    try:
        render_all(out_dir)
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
    print(f"screenshots written to {out_dir}")
    return 0


def render_all(out_dir: Path) -> None:
    """Every shot, in the order that keeps one's state out of the next (dark theme and the
    seeded user routines come last)."""
    user = paths.user_paths().ensure()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    settings = Settings(user.settings_file)
    settings.set(THEME, Theme.LIGHT)
    theme = ThemeController(app, settings)
    theme.apply()
    install_translators(app, "en")
    # 10 s lead-in + 8 min jog + lunge left (40 s) -> 25 s into the lunge's left side.
    render_run_window(out_dir / "run-window.png", 10 + 8 * 60 + 25)
    for language in SHOWN_LANGUAGES:  # the same moment in two other languages
        install_translators(app, language)
        render_run_window(out_dir / f"run-window-{language}.png", 10 + 8 * 60 + 25)
    install_translators(app, "en")
    render_settings_dialog(out_dir / "settings.png", settings)
    render_selfcheck(out_dir / "selfcheck.png")
    render_history(out_dir / "history.png", HOME / "demo-history.sqlite3")
    render_figures(out_dir / "figures")
    render_focus(out_dir / "focus", "light")
    settings.set(THEME, Theme.DARK)  # applied through the same signal the app uses
    render_focus(out_dir / "focus", "dark")
    # 10 s lead-in + 1 min walk + 3:20 into the easy jog: a metronome step, no side.
    render_run_window(out_dir / "run-window-dark.png", 10 + 60 + 200)
    settings.set(THEME, Theme.LIGHT)
    # Last: the seeded user routines would show in the other windows' libraries.
    seed_user_routines(RoutineStore(user.routines, user.trash, paths.builtin_routines_dir()))
    render_library(out_dir / "library.png")
    render_editor(out_dir / "editor.png")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
