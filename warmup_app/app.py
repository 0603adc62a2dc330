"""Builds the running app: QApplication, main window, session driver, and the wiring between."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from warmup_app import APP_NAME, __version__, paths
from warmup_app.core.cue_log import CueLog
from warmup_app.core.routine_files import load_library
from warmup_app.core.session import FiredCue, State
from warmup_app.logging_setup import setup_logging
from warmup_app.ui.driver import SessionDriver
from warmup_app.ui.main_window import MainWindow
from warmup_app.ui.theme import stylesheet

log = logging.getLogger(__name__)

EXIT_GRACE_MS = 1500  # let the finish sound ring out before quitting with --exit-when-done


class AppController(QObject):
    """Connects the window, the driver and the command-line options."""

    def __init__(self, options: argparse.Namespace, app: QApplication) -> None:
        super().__init__()
        self.options = options
        self.app = app
        self.user = paths.user_paths().ensure()
        self.driver = SessionDriver(clock=time.monotonic, parent=self)
        self.window = MainWindow(self.driver)
        self.cue_log: CueLog | None = None
        if options.cue_log:
            self.cue_log = CueLog(options.cue_log)
            self.driver.cue_fired.connect(self._log_cue)
        if options.exit_when_done:
            self.driver.finished.connect(self._quit_soon)
            self.driver.state_changed.connect(self._quit_if_stopped)

    def show(self) -> None:
        if self.options.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()
        # Load routines after the first paint: the window appears at once.
        QTimer.singleShot(0, self.load)

    @Slot()
    def load(self) -> None:
        from warmup_app.cli import resolve_routine

        library = load_library(paths.builtin_routines_dir(), self.user.routines)
        for broken in library.broken:
            log.warning("broken routine file %s: %s", broken.path, broken.problems)
        start = self.options.start
        self.window.set_library(library, select_id="pre-run")
        if start:
            entry = resolve_routine(start, library)
            self.window.run_view.load_entry(entry)
            if self.cue_log is not None:
                self.cue_log.timeline = self.window.run_view.timeline()
            self.driver.start()

    @Slot(object)
    def _log_cue(self, fired: FiredCue) -> None:
        assert self.cue_log is not None
        session = self.driver.session
        if session is not None and self.cue_log.timeline is not session.timeline:
            self.cue_log.timeline = session.timeline
        self.cue_log.write(fired, self.driver.clock())

    @Slot()
    def _quit_soon(self) -> None:
        QTimer.singleShot(EXIT_GRACE_MS, self.app.quit)

    @Slot(object)
    def _quit_if_stopped(self, state: State) -> None:
        session = self.driver.session
        if state is State.IDLE and session is not None and session.elapsed() > 0:
            self.app.quit()

    def shutdown(self) -> None:
        self.driver.stop()
        if self.cue_log is not None:
            self.cue_log.close()


def run_app(options: argparse.Namespace) -> int:
    user = paths.user_paths().ensure()
    setup_logging(user.logs)
    log.info("%s %s starting", APP_NAME, __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("warmup-app")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("warmup-app")
    app.setStyleSheet(stylesheet())
    controller = AppController(options, app)
    controller.show()
    code = app.exec()
    controller.shutdown()
    return code
