"""The composition root: builds the running app and is the only place that wires features.

QApplication, settings and theme, the run controller (which owns the session driver and the
loaded routine), the main window and its tabs, sound, history, keep-awake, tray and
notifications are created here and connected to each other here; no feature package imports
another one.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from warmup_app import APP_ID, APP_NAME, __version__, paths
from warmup_app.config.settings import (
    FIGURES,
    LANGUAGE,
    START_FULLSCREEN,
    VOLUME,
    FigureMode,
    Settings,
)
from warmup_app.config.window_state import remember_window, restore_window
from warmup_app.core.session import FiredCue, State
from warmup_app.gui.common.appearance import ThemeController
from warmup_app.gui.common.first_paint import AfterFirstPaint
from warmup_app.gui.common.icons import app_icon
from warmup_app.gui.main_window import MainWindow
from warmup_app.i18n.lookup import routine_translate, speech_translate
from warmup_app.i18n.translators import install_translators
from warmup_app.logging_setup import setup_logging
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime, tzinfo

    from warmup_app.audio.calibration import ClickTrain
    from warmup_app.audio.preview import CuePreview, VoicePreview
    from warmup_app.audio.session import SessionAudio
    from warmup_app.core.cue_log import CueLog
    from warmup_app.core.routine_files import Library, RoutineEntry
    from warmup_app.core.timeline import TimelineOptions
    from warmup_app.desktop.keep_awake.controller import KeepAwake
    from warmup_app.desktop.notifications import FinishNotifier
    from warmup_app.desktop.single_instance import Claim, SingleInstance
    from warmup_app.desktop.tray import RunTray
    from warmup_app.gui.dialogs.disclaimer import FirstRunDisclaimer
    from warmup_app.history.recorder import HistoryRecorder

log = logging.getLogger(__name__)

EXIT_GRACE_MS = 1500  # let the finish sound ring out before quitting with --exit-when-done


class AppController(QObject):
    """Connects the window, the driver and the command-line options.

    Start-up has three steps. Before the first paint: settings, theme, the run controller and
    the Warm-up tab. Right after it (:meth:`finish_start`): the screen-reader announcer, sound,
    history, keep-awake, tray and notifications, then the routines. The Routines, Self-check
    and History tabs (the editor, the self-check rules, QtCharts) only when first shown or
    needed, so a warm-up started with ``--start`` never loads them.
    """

    def __init__(
        self,
        options: argparse.Namespace,
        app: QApplication,
        instance: SingleInstance | None = None,
        library: Library | None = None,
    ) -> None:
        """``library``: the routines as the command line already loaded them (``--start``),
        so they are not read and validated a second time."""
        super().__init__()
        self.options = options
        self._preloaded = library
        self.app = app
        self.user = paths.user_paths().ensure()
        self.settings = Settings(self.user.settings_file, self)
        # Before any widget: every view is built in the interface language.
        self.language = install_translators(app, self.settings.get(LANGUAGE)).language
        self.theme = ThemeController(app, self.settings, self)
        self.theme.apply()  # before the window exists: no flash of the wrong theme
        self.driver = SessionDriver(parent=self)
        self.run = RunController(self.driver, self._timeline_options, self)
        self.window = MainWindow(self.run, defer_tabs=True)
        self.window.tabs_built.connect(self._wire_tabs)
        self.window.run_view.audio_controls.set_volume(self.settings.get(VOLUME))
        self.window.settings_requested.connect(self.edit_settings)
        self.settings.save_failed.connect(self.warn)
        self.settings.changed.connect(self._on_setting_changed)
        self._show_figures()
        self._started = False
        self.audio: SessionAudio | None = None
        self.history: HistoryRecorder | None = None
        self.disclaimer: FirstRunDisclaimer | None = None
        #: A ``--start`` routine waiting for the first-run disclaimer to be accepted.
        self._start_after_disclaimer: RoutineEntry | None = None
        self.keep_awake: KeepAwake | None = None
        self.tray: RunTray | None = None
        self.notifier: FinishNotifier | None = None
        self.preview: CuePreview | None = None
        self.voice_preview: VoicePreview | None = None
        self.click_train: ClickTrain | None = None
        self._notices: list[str] = []  # sound and voice problems, each shown once
        self.instance = instance
        #: Asked before a routine handed over by another launch replaces a running warm-up
        #: (its name); tests replace it.
        self.confirm_replace_run: Callable[[str], bool] = self._confirm_replace_run
        self._asking = False
        if instance is not None:
            instance.activation_requested.connect(self.bring_forward)
            # Queued: these may open a dialog; let the socket handler return first.
            instance.files_received.connect(
                self._import_handed_over, Qt.ConnectionType.QueuedConnection
            )
            instance.start_requested.connect(
                self._start_handed_over, Qt.ConnectionType.QueuedConnection
            )
        self.cue_log: CueLog | None = None
        if options.cue_log:
            from warmup_app.core.cue_log import CueLog

            try:
                self.cue_log = CueLog(options.cue_log)
            except OSError as exc:  # the warm-up matters more than its log
                _say_once(f"warmup-app: cannot write the cue log {options.cue_log}: {exc}")
            else:
                self.driver.cue_fired.connect(self._log_cue)
        if options.exit_when_done:
            self.driver.finished.connect(self._quit_soon)
            self.driver.state_changed.connect(self._quit_if_stopped)

    def finish_start(self) -> None:
        """Build what the first screenful does not need (once; safe to call early)."""
        if self._started:
            return
        from warmup_app.audio.session import SessionAudio
        from warmup_app.desktop.keep_awake.controller import KeepAwake
        from warmup_app.desktop.notifications import FinishNotifier
        from warmup_app.desktop.tray import RunTray
        from warmup_app.gui.dialogs.disclaimer import FirstRunDisclaimer

        self.window.install_announcer()
        self.audio = SessionAudio(self.driver, self.settings, self.user.sounds_cache, self)
        self._wire_audio(self.audio)
        # History on its own thread: a locked or damaged file never delays start-up or a cue.
        self.history = install_history(self.window, self.user.history_db)
        self.disclaimer = FirstRunDisclaimer(self.settings, self.window)
        self.disclaimer.accepted.connect(self._disclaimer_accepted)
        self.disclaimer.dismissed.connect(self._disclaimer_dismissed)
        self.keep_awake = KeepAwake(parent=self)
        self.driver.state_changed.connect(self.keep_awake.on_state_changed)
        self.tray = RunTray(self.driver, app_icon(), self)
        self.tray.show_requested.connect(self.bring_forward)
        self.tray.quit_requested.connect(self.window.close)
        self.notifier = FinishNotifier(self.driver, tray_icon=self._tray_icon, parent=self)
        self._started = True  # only once all of it exists (load() relies on it)

    @Slot(str)
    def _on_setting_changed(self, name: str) -> None:
        if name == FIGURES.name:
            self._show_figures()

    def _show_figures(self) -> None:
        mode = self.settings.get(FIGURES)
        self.window.run_view.stage.set_figures(
            shown=mode is not FigureMode.OFF, moving=mode is FigureMode.MOVING
        )

    @Slot()
    def _wire_tabs(self) -> None:
        wire_tabs(self.window)
        if self.history is not None:
            attach_history_views(self.window, self.history)

    def _wire_audio(self, audio: SessionAudio) -> None:
        run_view = self.window.run_view
        self.run.before_start = audio.ensure_ready
        run_view.audio_controls.volume_changed.connect(audio.set_volume_percent)
        run_view.audio_controls.mute_toggled.connect(audio.set_muted)
        audio.set_muted(run_view.audio_controls.mute_button.isChecked())  # M pressed early
        audio.message.connect(self._audio_notice)

    @Slot(str)
    def _audio_notice(self, message: str) -> None:
        """Sound and voice problems are shown once each, above the stage (one line each, so
        a missing voice does not hide a missing sound output); the routine goes on regardless."""
        if message in self._notices:
            return
        log.warning("audio: %s", message)
        self._notices.append(message)
        self.window.run_view.show_notice("\n".join(self._notices))

    def show(self) -> None:
        restore_window(self.window, self.settings)
        if self.options.fullscreen or self.settings.get(START_FULLSCREEN):
            self.window.showFullScreen()
        else:
            self.window.show()
        # Everything else after the first paint: the window appears at once.
        self._after_paint = AfterFirstPaint(self.window, self._after_first_paint)
        for problem in self.settings.load_problems:
            self.warn(problem)

    @Slot()
    def _after_first_paint(self) -> None:
        self.finish_start()
        self.load()
        assert self.disclaimer is not None
        if not self.options.exit_when_done:  # a scripted run skips it
            self.disclaimer.show_if_needed()  # first run only

    @Slot()
    def edit_settings(self) -> None:
        from warmup_app.audio.calibration import ClickTrain
        from warmup_app.audio.preview import CuePreview, OwnSoundImporter, VoicePreview
        from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog

        if self.preview is None:  # its player and voice are only needed once the dialog opens
            self.preview = CuePreview(self.user.sounds_cache, self, muted=self._sounds_muted)
            self.voice_preview = VoicePreview(self)
        if self.click_train is None:  # its stream opens only when a calibration starts
            self.click_train = ClickTrain(self.user.sounds_cache, self, clock=self.driver.clock)
        services = AudioServices(
            preview=self.preview,
            importer=OwnSoundImporter(self),
            voices=self.voice_preview,
            calibration=self.click_train,
        )
        SettingsDialog.edit(self.settings, services, parent=self.window)

    def _sounds_muted(self) -> bool:
        return self.audio is not None and self.audio.is_muted()

    @Slot(str)
    def warn(self, message: str) -> None:
        """A problem the runner should know about, without stopping anything."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        log.info("window brought forward")

    @Slot(object)
    def _import_handed_over(self, files: list[Path]) -> None:
        """Files from another launch join the import queue: one dialog at a time."""
        self.finish_start()
        self.bring_forward()
        self.window.import_queue.add(files)

    @Slot(str)
    def _start_handed_over(self, ref: str) -> None:
        """``--start ROUTINE`` from another launch: start it here when idle; during a warm-up
        ask first (default No), as the runner may be mid-stretch."""
        from warmup_app.core.routine_files import resolve_routine

        self.finish_start()
        self.bring_forward()
        library = self.run.library
        if library is None:  # before the routines are loaded: load() starts it
            self.options.start = ref
            return
        try:
            entry = resolve_routine(ref, library)
        except LookupError as exc:
            log.warning("cannot start %s from another launch: %s", ref, exc)
            self.warn(str(exc))
            return
        self.window.show_run_view()
        if self.run.is_active():
            if self._asking:
                log.info("another start request while asking; ignored: %s", ref)
                return
            self._asking = True
            try:
                replace = self.confirm_replace_run(entry.routine.name)
            finally:
                self._asking = False
            if not replace or not self.run.is_active():
                return
            self.driver.stop()
        elif self._waits_for_disclaimer():  # first launch: not behind the health disclaimer
            self.run.load(entry)
            self._start_after_disclaimer = entry
            log.info(
                "%s handed over by another launch; starts once the disclaimer is accepted", ref
            )
            return
        if self.run.start(entry):
            log.info("started %s, handed over by another launch", entry.id)
        else:
            log.warning("could not start %s from another launch", ref)

    def _confirm_replace_run(self, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr("A warm-up is running. Stop it and start “{0}”?").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _tray_icon(self) -> QSystemTrayIcon:
        assert self.tray is not None
        return self.tray.icon

    def _timeline_options(self) -> TimelineOptions:
        """The settings' options, with the voice's lines in the interface language when the
        voice speaks it, and in English when it falls back to an English voice."""
        options = self.settings.timeline_options()
        voice = self.audio.voice if self.audio is not None else None
        if voice is not None and voice.is_available() and not voice.speaks_language():
            return options
        return replace(options, translate=speech_translate)

    @Slot()
    def load(self) -> None:
        from warmup_app.core.routine_files import (
            load_library,
            resolve_routine,
            translated_library,
        )
        from warmup_app.core.routine_store import finish_interrupted_renames

        self.finish_start()
        assert self.audio is not None
        library, self._preloaded = self._preloaded, None
        if library is not None:  # read by the command line before the language was chosen
            library = translated_library(library, routine_translate)
        else:
            finish_interrupted_renames(self.user.routines)  # a crash never lists a routine twice
            library = load_library(
                paths.builtin_routines_dir(), self.user.routines, routine_translate
            )
        for broken in library.broken:
            log.warning("broken routine file %s: %s", broken.path, broken.problems)
        start = self.options.start
        self.run.set_library(library, select_id="pre-run")
        if self.options.file is not None:  # `warmup-app FILE` or a double-clicked file
            self.window.tabs.setCurrentWidget(self.window.routines_view)
            self.window.routines_view.offer_import(self.options.file)
        if start:
            try:
                entry = resolve_routine(start, library)
            except LookupError as exc:  # the file changed since the command line checked it
                log.error("cannot start %s: %s", start, exc)
                if self.options.exit_when_done:
                    self.app.exit(2)
                else:
                    self.warn(str(exc))
                return
            if self._waits_for_disclaimer():
                self.run.load(entry)  # named in the header, started once the runner accepts
                self._start_after_disclaimer = entry
                self.audio.prepare()
                return
            self.run.start(entry)
        else:
            self.audio.prepare()  # load the sounds now, so Start has nothing to wait for

    def _waits_for_disclaimer(self) -> bool:
        """A first-run ``--start`` must not run cues behind "talk to a health professional
        before you start": it waits until the disclaimer is accepted. A scripted
        ``--exit-when-done`` run skips it: nobody is there to read it."""
        disclaimer = self.disclaimer
        if self.options.exit_when_done or disclaimer is None or not disclaimer.needed():
            return False
        disclaimer.show_if_needed()
        return True

    @Slot()
    def _disclaimer_accepted(self) -> None:
        entry, self._start_after_disclaimer = self._start_after_disclaimer, None
        if entry is not None:
            self.run.start(entry)

    @Slot()
    def _disclaimer_dismissed(self) -> None:
        """Closed without accepting: the routine stays loaded; Start runs it when they choose."""
        self._start_after_disclaimer = None

    @Slot(object)
    def _log_cue(self, fired: FiredCue) -> None:
        assert self.cue_log is not None
        session = self.driver.session
        if session is not None and self.cue_log.timeline is not session.timeline:
            self.cue_log.timeline = session.timeline
        if self.cue_log.failure is not None:
            return
        self.cue_log.write(fired, self.driver.clock())
        if self.cue_log.failure is not None:
            _say_once(
                f"warmup-app: cannot write the cue log {self.cue_log.path}: {self.cue_log.failure}"
            )

    @Slot()
    def _quit_soon(self) -> None:
        QTimer.singleShot(EXIT_GRACE_MS, self.app.quit)

    @Slot(object)
    def _quit_if_stopped(self, state: State) -> None:
        session = self.driver.session
        if state is State.IDLE and session is not None and session.elapsed() > 0:
            self.app.quit()

    def shutdown(self) -> None:
        remember_window(self.window, self.settings)
        self.driver.stop()
        if self.audio is not None:
            self.audio.flush()
        if self.history is not None:
            self.history.close()  # records a warm-up cut short by quitting; waits for writes
        if self.keep_awake is not None:
            self.keep_awake.shutdown()
        if self.tray is not None:
            self.tray.hide()
        if self.instance is not None:
            self.instance.close()
        if self.cue_log is not None:
            self.cue_log.close()


def build_window(run: RunController) -> MainWindow:
    """The main window around ``run`` with every tab built and wired, as the app has it once
    each tab has been shown (tests and the screenshot tool use this)."""
    window = MainWindow(run)
    wire_tabs(window)
    return window


def wire_tabs(window: MainWindow) -> None:
    """Connect the Routines, Self-check and History tabs through ``window``'s run controller.

    One library for the whole app: the controller's. A save, import or delete in the Routines
    tab hands the fresh library to the controller, which tells the Warm-up tab.
    """
    run = window.controller
    routines = window.routines_view
    routines.library_changed.connect(run.set_library)
    run.library_changed.connect(routines.set_library)
    if run.library is not None:
        routines.set_library(run.library)
    window.selfcheck_panel.warmup_started.connect(window.show_run_view)


def install_history(
    window: MainWindow,
    path: Path,
    *,
    now: Callable[[], datetime] | None = None,
    tz: tzinfo | None = None,
    busy_timeout: float | None = None,
) -> HistoryRecorder:
    """Open the history at ``path`` (on its own thread) and wire it in: warm-ups from the run
    controller, finished self-checks, the History tab, and notices in the status bar.

    The caller must call :meth:`HistoryRecorder.close` before quitting, so the last writes
    finish and the thread stops.
    """
    from warmup_app.core.history import BUSY_TIMEOUT_S, utc_now
    from warmup_app.history.access import HistoryAccess
    from warmup_app.history.recorder import HistoryRecorder

    now = now or utc_now
    busy = BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout
    access = HistoryAccess(path, now=now, tz=tz, busy_timeout=busy, parent=window)
    run = window.controller
    recorder = HistoryRecorder(access, run.driver, now=now, parent=window)
    run.routine_loaded.connect(recorder.set_routine)
    if run.entry is not None:
        recorder.set_routine(run.entry)
    recorder.notice.connect(window.show_status)
    window.run_view.counted_as_done.connect(recorder.count_last_as_done)
    if window.has_tabs():  # else when they are built (the app connects ``tabs_built``)
        attach_history_views(window, recorder)
    access.start()
    return recorder


def attach_history_views(window: MainWindow, recorder: HistoryRecorder) -> None:
    """The Self-check tab's results are recorded; the History tab reads the same store."""
    window.selfcheck_panel.completed.connect(recorder.record_selfcheck)
    window.history_view.set_access(recorder.access)


def _say_once(line: str) -> None:
    """One line on stderr for a scripted run; never a traceback (the log has the details)."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def tidy_user_folders(user: paths.UserPaths) -> None:
    """Start-up housekeeping after a crash: temp files of interrupted saves (older than a
    minute) go. Only the standard library: nothing here delays the first paint. (A rename cut
    short is finished just before the routines are read, in :meth:`AppController.load`.)"""
    from warmup_app.core.atomic import remove_stale_temp_files

    sound_sets = _subfolders(user.sounds_cache)
    remove_stale_temp_files(
        [user.routines, user.config, user.data, user.cache, user.sounds_cache, *sound_sets]
    )


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir()]
    except OSError:
        return []


def run_app(options: argparse.Namespace, library: Library | None = None) -> int:
    user = paths.user_paths().ensure()
    setup_logging(user.logs)
    log.info("%s %s starting", APP_NAME, __version__)
    tidy_user_folders(user)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("warmup-app")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("warmup-app")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop file and icon
    app.setWindowIcon(app_icon())
    instance: SingleInstance | None = None
    # A scripted run (--cue-log, --exit-when-done) is never swallowed by another one.
    if not (options.cue_log or options.exit_when_done):
        from warmup_app.desktop.single_instance import Claim, SingleInstance

        instance = SingleInstance()
        claim = instance.claim()
        if claim is not Claim.RUN:
            return _hand_over(instance, claim, options, library)
    controller = AppController(options, app, instance, library)
    controller.show()
    code = app.exec()
    controller.shutdown()
    return code


def _hand_over(
    instance: SingleInstance, claim: Claim, options: argparse.Namespace, library: Library | None
) -> int:
    """This launch is not the app: pass its request on and say so in one line.

    Never a second window: two would share one settings file and one history, and the first
    would no longer be reachable by later launches.
    """
    from warmup_app.desktop.single_instance import Claim

    start = _start_ref(options.start, library) if options.start else None
    files = [options.file] if options.file else []
    if claim is Claim.HAND_OVER and instance.hand_over(files, start):
        if start is not None:
            print(f"warmup-app: already open; {options.start} handed to the running window")
        elif files:
            print(f"warmup-app: already open; {options.file} handed to the running window")
        else:
            print("warmup-app: already open; its window was brought forward")
        return 0
    pid = f" (process {instance.owner_pid})" if instance.owner_pid else ""
    print(
        f"warmup-app: already open{pid} but not answering; try again in a moment",
        file=sys.stderr,
    )
    log.warning("the running instance%s did not answer; this launch gives up", pid)
    return 1


def _start_ref(ref: str, library: Library | None) -> str:
    """A routine id as given; a path made absolute (the running app has another folder)."""
    if library is not None and library.find(ref) is not None:
        return ref
    return str(Path(ref).resolve())
