"""The run view: pick a routine, then follow the big countdown through it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from warmup_app.core.session import Snapshot, State
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.run.audio_controls import AudioControls
from warmup_app.gui.run.picker import RoutinePicker
from warmup_app.gui.run.progress import ProgressPanel
from warmup_app.gui.run.stage import Stage
from warmup_app.runner.controller import RunController

if TYPE_CHECKING:
    from warmup_app.core.routine_files import Library, RoutineEntry


class RunView(QWidget):
    """Shows the run controller's routine and the driver's snapshots; forwards commands.

    It owns no time and no routine of its own: the picker asks the controller to load a
    routine, and the header follows ``routine_loaded`` whoever loaded it (the self-check,
    ``--start``, a save in the Routines tab).
    """

    #: Full screen was asked for (F11).
    fullscreen_toggled = Signal()
    #: The runner counts the warm-up they skipped to the end of as done (history records it).
    counted_as_done = Signal()

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.driver = controller.driver
        #: Asks before stopping a running routine; replaced in tests (no modal dialogs there).
        self.confirm_stop: Callable[[], bool] = self._ask_stop
        #: Asks before restarting a warm-up under way (R or the button); replaced in tests.
        self.confirm_restart: Callable[[], bool] = self._ask_restart
        self._finish_shown = False  # the finish screen is up (its snapshot was shown)
        self._counted = False  # this finish was counted as done

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
        self.count_done_button = QPushButton(self.tr("Count it as done"), self)
        self.count_done_button.setToolTip(
            self.tr("You skipped to the end: record this warm-up as completed anyway")
        )
        self.count_done_button.setMinimumHeight(40)
        self.count_done_button.hide()  # only on the finish screen of a skipped-to-the-end run
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
        buttons.addWidget(self.count_done_button)
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
        if controller.library is not None:
            self.picker.set_library(controller.library)
        if controller.entry is not None:
            self.show_routine(controller.entry)

    @property
    def entry(self) -> RoutineEntry | None:
        """The routine loaded (the controller's; this view keeps no copy)."""
        return self.controller.entry

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
        controller = self.controller
        a["toggle"].triggered.connect(controller.toggle)
        a["skip"].triggered.connect(self.driver.skip)
        a["back"].triggered.connect(self.driver.back)
        a["restart"].triggered.connect(self.request_restart)
        a["stop"].triggered.connect(self.request_stop)
        a["fullscreen"].triggered.connect(self.fullscreen_toggled)
        a["mute"].triggered.connect(self.audio_controls.mute_button.toggle)
        self.start_button.clicked.connect(controller.toggle)
        self.skip_button.clicked.connect(self.driver.skip)
        self.back_button.clicked.connect(self.driver.back)
        self.restart_button.clicked.connect(self.request_restart)
        self.stop_button.clicked.connect(self.request_stop)
        self.count_done_button.clicked.connect(self._count_as_done)
        self.picker.routine_chosen.connect(controller.load)
        self.picker.original_requested.connect(self._use_original)
        controller.routine_loaded.connect(self.show_routine)
        controller.library_changed.connect(self._on_library_changed)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.cue_fired.connect(self.stage.flash)

    # -- routines ---------------------------------------------------------------------------

    @Slot(object)
    def _on_library_changed(self, library: Library) -> None:
        self.picker.set_library(library)
        if self.controller.entry is not None:
            self.picker.show_entry(self.controller.entry)

    @Slot(object)
    def show_routine(self, entry: RoutineEntry) -> None:
        """The header names ``entry`` and the progress bars follow its timeline."""
        self.picker.show_entry(entry)
        session = self.driver.session
        if session is not None:
            self.progress.set_timeline(session.timeline)
            self.show_snapshot(session.snapshot())  # the bars follow the new timeline at once

    @Slot()
    def _use_original(self) -> None:
        self.controller.restore_original()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the button just hid

    def show_notice(self, text: str) -> None:
        """A lasting one-line note above the stage (e.g. no sound output: cues flash only)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- commands ---------------------------------------------------------------------------

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

    @Slot()
    def request_restart(self) -> None:
        """R sits next to keys a runner presses mid-run; a stray press must not throw their
        place away, so a warm-up under way is held and asked about first (default No), like
        Esc. A finished one restarts at once: there is no place to lose."""
        session = self.driver.session
        if session is None or session.state is State.IDLE:
            return
        if not session.is_active:
            self.controller.restart()
            return
        was_running = session.is_running
        if was_running:
            self.driver.pause()  # hold the clock while the runner decides
        if self.confirm_restart():
            self.controller.restart()  # starts from the lead-in, running
        elif was_running:
            self.driver.resume()

    @Slot()
    def _count_as_done(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the button hides
        self.count_done_button.hide()
        self._counted = True
        self.stage.step_name.setText(self._counted_text())
        self.counted_as_done.emit()

    def _counted_text(self) -> str:
        return self.tr("Counted as done. Have a good run!")

    def _ask_restart(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restart the warm-up?"),
            self.tr("Start this warm-up again from the beginning? Your place in it will be lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        self._enable(self.picker.original_button, not active)
        for button in (self.back_button, self.skip_button, self.stop_button):
            self._enable(button, active)
        self._enable(self.restart_button, snap.state is not State.IDLE)
        skipped = snap.state is State.FINISHED and snap.skipped_to_end
        if not skipped:
            if self.count_done_button.hasFocus():
                self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.count_done_button.hide()
        elif not self._finish_shown:
            self._counted = False
            self.count_done_button.show()  # once per finish: a repaint must not bring it back
        elif self._counted:
            self.stage.step_name.setText(self._counted_text())  # the stage repainted the finish
        self._finish_shown = snap.state is State.FINISHED

    def _enable(self, widget: QWidget, enabled: bool) -> None:
        """Disabling the widget with the focus (or holding it) would push the focus out of this
        view or clear it, and the keys stop working: after a click on Stop, or a routine chosen
        in the picker, Space did nothing. The focus goes to Start instead."""
        focus = self.window().focusWidget()
        if not enabled and focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.setEnabled(enabled)
