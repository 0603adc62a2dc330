"""Render the main views to PNG for README and the AppStream metainfo (``make screenshots``).

Uses a fake clock parked at a chosen moment of the default warm-up, so every render is the same.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from warmup_app import paths
from warmup_app.config.settings import SOUNDS, THEME, Settings, Theme
from warmup_app.core.cues import CueKind
from warmup_app.core.routine_files import load_library
from warmup_app.gui.common.appearance import ThemeController
from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog
from warmup_app.gui.main_window import MainWindow
from warmup_app.runner.driver import SessionDriver


class _ParkedClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class _NoScheduler:
    def arm(self, delay_s: float) -> None:
        pass

    def cancel(self) -> None:
        pass


def render_run_window(out: Path, at_seconds: float, size: tuple[int, int] = (960, 720)) -> Path:
    clock = _ParkedClock()
    driver = SessionDriver(clock=clock, scheduler_factory=lambda _cb: _NoScheduler())
    window = MainWindow(driver)
    window.resize(*size)
    library = load_library(paths.builtin_routines_dir(), paths.user_paths().routines)
    window.set_library(library, select_id="pre-run")
    window.show()
    driver.start()
    clock.t += at_seconds
    driver.poll()
    QApplication.processEvents()
    window.grab().save(str(out))
    window.close()
    return out


class _SilentPreview:
    """Enables the preview buttons for the picture; plays nothing."""

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None:
        return None


def render_settings_dialog(out: Path, settings: Settings) -> Path:
    settings.set(SOUNDS[CueKind.FINISH], str(Path.home() / "Music" / "whistle.wav"))
    dialog = SettingsDialog(settings, AudioServices(preview=_SilentPreview()))
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out))
    dialog.close()
    settings.reset_preferences()
    return out


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths.override_home(Path(tempfile.mkdtemp(prefix="warmup-shots-")))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    settings = Settings(paths.user_paths().settings_file)
    settings.set(THEME, Theme.LIGHT)
    theme = ThemeController(app, settings)
    theme.apply()
    # 10 s lead-in + 8 min jog + lunge left (40 s) -> 25 s into the lunge's left side.
    render_run_window(out_dir / "run-window.png", 10 + 8 * 60 + 25)
    render_settings_dialog(out_dir / "settings.png", settings)
    settings.set(THEME, Theme.DARK)  # applied through the same signal the app uses
    # 10 s lead-in + 1 min walk + 3:20 into the easy jog: a metronome step, no side.
    render_run_window(out_dir / "run-window-dark.png", 10 + 60 + 200)
    print(f"screenshots written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
