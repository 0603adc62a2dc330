"""Renders the Routines tab for the README: the library, and the editor on a stretch.

``python -m tools.screenshots.editor OUT_DIR`` writes ``library.png`` and
``editor.png``. User folders go to a temporary directory seeded with two example routines (one
outside 15-20 min, to show the badge) and a broken file, so every render is the same.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from warmup_app import paths
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import load_library, load_routine
from warmup_app.core.routine_store import RoutineStore
from warmup_app.gui.common.theme import stylesheet
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.routines.dialogs import UnsavedChoice
from warmup_app.runner.driver import SessionDriver

SIZE = (960, 720)
_BROKEN = """format = 1
name = "Old hill session"
[[parts]]
name = "Hills"
[[parts.steps]]
name = "Hill repeats"
duration = "90 seconds"
"""


class _NoScheduler:
    def arm(self, delay_s: float) -> None:
        pass

    def cancel(self) -> None:
        pass


def _seed(store: RoutineStore) -> None:
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


def _window() -> MainWindow:
    driver = SessionDriver(scheduler_factory=lambda _cb: _NoScheduler())
    window = MainWindow(driver)
    window.resize(*SIZE)
    library = load_library(paths.builtin_routines_dir(), paths.user_paths().routines)
    window.set_library(library, select_id="pre-run")
    window.tabs.setCurrentWidget(window.routines_view)
    window.show()
    return window


def render_library(out: Path) -> Path:
    window = _window()
    view = window.routines_view
    entry = next(e for e in view.library.routines if e.routine.name == "Tempo day warm-up")
    view.library_view.select(entry.path)
    QApplication.processEvents()
    window.grab().save(str(out))
    window.close()
    return out


def render_editor(out: Path) -> Path:
    window = _window()
    view = window.routines_view
    entry = next(e for e in view.library.routines if e.routine.name == "Tempo day warm-up")
    view.open_entry(entry)
    view.editor.tree.select((1, 1))
    QApplication.processEvents()
    window.grab().save(str(out))
    view.dialogs.ask_unsaved = _discard
    window.close()
    return out


def _discard(_name: str) -> UnsavedChoice:
    return UnsavedChoice.DISCARD


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths.override_home(Path(tempfile.mkdtemp(prefix="warmup-shots-")))
    user = paths.user_paths().ensure()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyleSheet(stylesheet(dark=False))
    _seed(RoutineStore(user.routines, user.trash, paths.builtin_routines_dir()))
    render_library(out_dir / "library.png")
    render_editor(out_dir / "editor.png")
    print(f"screenshots written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
