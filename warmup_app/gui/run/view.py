"""The run view: pick a routine, then follow the big countdown through it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from warmup_app.core.session import Snapshot, State
from warmup_app.core.timeline import Timeline, TimelineOptions, compile_timeline
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.run.audio_controls import AudioControls
from warmup_app.gui.run.picker import RoutinePicker
from warmup_app.gui.run.progress import ProgressPanel
from warmup_app.gui.run.stage import Stage
from warmup_app.runner.driver import SessionDriver

if TYPE_CHECKING:
    from warmup_app.core.routine_files import Library, RoutineEntry


class RunView(QWidget):
    """Owns no time of its own: it shows the driver's snapshots and forwards commands."""

    #: A routine was loaded into the driver (``RoutineEntry``).
    routine_loaded = Signal(object)
    #: Full screen was asked for (F11).
    fullscreen_toggled = Signal()

    def __init__(self, driver: SessionDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.entry: RoutineEntry | None = None
        self.timeline_options: Callable[[], TimelineOptions] = TimelineOptions
        #: Asks before stopping a running routine; replaced in tests (no modal dialogs there).
        self.confirm_stop: Callable[[], bool] = self._ask_stop
        #: Runs just before a fresh start (the app loads the cue sounds there).
        self.before_start: Callable[[], object] = lambda: None
        self._starting = False

        self.picker = RoutinePicker(self)
        self.stage = Stage(self)
        self.progress = ProgressPanel(self)
        self.notice = plain_label(wrap=True)
        self.notice.setObjectName("notice")
        self.notice.setContentsMargins(12, 0, 12, 0)  # in line with the routine picker
        self.notice.hide()
        self.audio_controls = AudioControls(self)
        self.back_button = QPushButton(self.tr("◀◀ Back"), self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.skip_button = QPushButton(self.tr("Skip ▶▶"), self)
        self.restart_button = QPushButton(self.tr("Restart"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.start_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 12, 12)
        for button, tip in (
            (self.back_button, self.tr("Back to the start of this step; twice: previous (Left)")),
            (self.start_button, self.tr("Start, pause or resume (Space)")),
            (self.skip_button, self.tr("Skip to the next step (Right)")),
            (self.restart_button, self.tr("Start the routine again (R)")),
            (self.stop_button, self.tr("Stop the routine (Esc)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().strip("◀▶ "))
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.audio_controls)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.notice)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.actions_by_name = self._make_actions()
        self._wire()

    def _make_actions(self) -> dict[str, QAction]:
        """Keyboard control; the actions live on this view so typing elsewhere is unaffected."""
        specs: list[tuple[str, str, QKeySequence | Qt.Key]] = [
            ("toggle", self.tr("Start / Pause"), Qt.Key.Key_Space),
            ("skip", self.tr("Skip"), Qt.Key.Key_Right),
            ("back", self.tr("Back"), Qt.Key.Key_Left),
            ("restart", self.tr("Restart"), Qt.Key.Key_R),
            ("stop", self.tr("Stop"), Qt.Key.Key_Escape),
            ("fullscreen", self.tr("Full screen"), Qt.Key.Key_F11),
            ("mute", self.tr("Mute"), Qt.Key.Key_M),
        ]
        actions = {}
        for name, text, key in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            # Window-wide, so focus on the tab bar or a slider never silences the keys; the main
            # window turns them off while another tab (with text fields) is shown.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            actions[name] = action
        return actions

    def set_keys_enabled(self, enabled: bool) -> None:
        """Run keys act only while this view is shown (F11 and M work everywhere)."""
        for name, action in self.actions_by_name.items():
            if name not in ("fullscreen", "mute"):
                action.setEnabled(enabled)

    def showEvent(self, event: QShowEvent) -> None:
        """Take the focus when shown: the keys reach this view only while focus is inside it.

        Left alone, Qt gives the first focus to the tab bar, and Space did nothing at all.
        """
        super().showEvent(event)
        focus = self.window().focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wire(self) -> None:
        a = self.actions_by_name
        a["toggle"].triggered.connect(self.toggle)
        a["skip"].triggered.connect(self.driver.skip)
        a["back"].triggered.connect(self.driver.back)
        a["restart"].triggered.connect(self.restart)
        a["stop"].triggered.connect(self.request_stop)
        a["fullscreen"].triggered.connect(self.fullscreen_toggled)
        a["mute"].triggered.connect(self.audio_controls.mute_button.toggle)
        self.start_button.clicked.connect(self.toggle)
        self.skip_button.clicked.connect(self.driver.skip)
        self.back_button.clicked.connect(self.driver.back)
        self.restart_button.clicked.connect(self.restart)
        self.stop_button.clicked.connect(self.request_stop)
        self.picker.routine_chosen.connect(self.load_entry)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.cue_fired.connect(self.stage.flash)

    # -- routines ---------------------------------------------------------------------------

    def set_library(self, library: Library, select_id: str | None = None) -> None:
        self.picker.set_library(library, select_id)

    @Slot(object)
    def load_entry(self, entry: RoutineEntry) -> None:
        session = self.driver.session
        if session is not None and session.is_active:
            return  # the picker is disabled while running; never swap a routine mid-run
        self.entry = entry
        timeline = compile_timeline(entry.routine, self.timeline_options())
        self.progress.set_timeline(timeline)
        self.driver.load(timeline)
        self.routine_loaded.emit(entry)

    def show_notice(self, text: str) -> None:
        """A lasting one-line note above the stage (e.g. no sound output: cues flash only)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def timeline(self) -> Timeline | None:
        session = self.driver.session
        return session.timeline if session else None

    # -- commands ---------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if self._starting:
            return  # Start is waiting for the sounds; a second press must not pause the run
        session = self.driver.session
        idle = session is not None and session.state in (State.IDLE, State.FINISHED)
        if idle and self.entry is not None:
            # Reload so settings changed since (lead-in, cadence) apply to this run, and so an
            # edit saved while the last run went on is not lost: the picker has the fresh copy.
            fresh = self.picker.current()
            same = fresh is not None and fresh.id == self.entry.id
            self.load_entry(fresh if fresh is not None and same else self.entry)
            self._starting = True
            try:
                self.before_start()  # may wait (bounded) in a local event loop
            finally:
                self._starting = False
        self.driver.toggle()

    @Slot()
    def restart(self) -> None:
        session = self.driver.session
        if session is not None and session.state is not State.IDLE:
            self.driver.restart()

    @Slot()
    def request_stop(self) -> None:
        session = self.driver.session
        if session is None or not session.is_active:
            if self.window().isFullScreen():
                self.fullscreen_toggled.emit()  # nothing to stop: Esc leaves full screen
            return
        was_running = session.is_running
        if was_running:
            self.driver.pause()  # hold the clock while the runner decides
        if self.confirm_stop():
            self.driver.stop()
        elif was_running:
            self.driver.resume()

    def _ask_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the warm-up?"),
            self.tr("Stop this warm-up? Your place in it will be lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- display ----------------------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snap: Snapshot) -> None:
        self.stage.show_snapshot(snap)
        self.progress.show_snapshot(snap)
        active = snap.state in (State.LEAD_IN, State.RUNNING, State.PAUSED)
        running = snap.state in (State.LEAD_IN, State.RUNNING)
        if running:
            self.start_button.setText(self.tr("Pause"))
        elif snap.state is State.PAUSED:
            self.start_button.setText(self.tr("Resume"))
        elif snap.state is State.FINISHED:
            self.start_button.setText(self.tr("Start again"))
        else:
            self.start_button.setText(self.tr("Start"))
        self.start_button.setAccessibleName(self.start_button.text())
        # Only the choice locks during a run; the routine's summary stays readable.
        self._enable(self.picker.combo, not active)
        for button in (self.back_button, self.skip_button, self.stop_button):
            self._enable(button, active)
        self._enable(self.restart_button, snap.state is not State.IDLE)

    def _enable(self, widget: QWidget, enabled: bool) -> None:
        """Disabling the widget with the focus (or holding it) would push the focus out of this
        view or clear it, and the keys stop working: after a click on Stop, or a routine chosen
        in the picker, Space did nothing. The focus goes to Start instead."""
        focus = self.window().focusWidget()
        if not enabled and focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.setEnabled(enabled)
