"""The run view: pick a routine, then follow the big countdown through it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEasingCurve,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
    #: Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped).
    focus_mode_changed = Signal(bool)

    #: How long the controls strip stays after the last mouse move or key press.
    CONTROLS_LINGER_MS = 3000
    FADE_MS = 200

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
        self.controls = QFrame(self)
        self.controls.setObjectName("controlsStrip")
        buttons = QHBoxLayout(self.controls)
        buttons.setContentsMargins(12, 6, 12, 6)
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
            # Narrower than the style's 80 px minimum, so the window fits 640 px.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)
            buttons.addWidget(button)
        self.count_done_button.setMinimumWidth(
            self.count_done_button.fontMetrics().horizontalAdvance(self.count_done_button.text())
            + 20
        )
        buttons.addWidget(self.count_done_button)
        buttons.addSpacing(6)
        buttons.addWidget(self.audio_controls)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.picker)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.stage, 1)
        self._layout.addWidget(self.progress)
        self._layout.addWidget(self.controls)

        self._focus_mode = False
        self._pending: Snapshot | None = None  # the last snapshot while minimised
        self._controls_opacity = QGraphicsOpacityEffect(self.controls)
        self._controls_opacity.setOpacity(1.0)
        self._controls_opacity.setEnabled(False)  # only while the strip floats (focus mode)
        self.controls.setGraphicsEffect(self._controls_opacity)
        self._fade = QPropertyAnimation(self._controls_opacity, b"opacity", self)
        self._fade.setDuration(self.FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._fade.finished.connect(self._on_fade_finished)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(self.CONTROLS_LINGER_MS)
        self._linger.timeout.connect(self.hide_controls)

        self._track_mouse()
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
            action.triggered.connect(self.reveal_controls)  # a key press shows the controls
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
        """Show ``snap``; while the window is minimised, only keep it for the restore."""
        self.set_focus_mode(snap.state in (State.LEAD_IN, State.RUNNING))
        if self.window().isMinimized():
            self._pending = snap
            return
        self._pending = None
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

    # -- focus mode ---------------------------------------------------------------------------

    def is_focus_mode(self) -> bool:
        return self._focus_mode

    def set_focus_mode(self, on: bool) -> None:
        """While a routine runs: the stage and one progress line; the controls float and hide.

        The picker, the notice and the part bars come back when paused or stopped, and the
        main window shows its menus and tabs again (``focus_mode_changed``).
        """
        if on == self._focus_mode:
            return
        self._focus_mode = on
        self.picker.setVisible(not on)
        if on:
            self.notice.hide()
        else:
            self.notice.setVisible(bool(self.notice.text()))
        self.progress.set_compact(on)
        self.stage.set_focus_mode(on)
        self._fade.stop()
        self._linger.stop()
        if on:
            self._layout.removeWidget(self.controls)
            self._controls_opacity.setEnabled(True)
            self._controls_opacity.setOpacity(0.0)
            self.controls.hide()
        else:
            self._controls_opacity.setEnabled(False)
            self._controls_opacity.setOpacity(1.0)
            self._layout.addWidget(self.controls)
            self.controls.show()
        self._layout.activate()  # laid out now: a click right after lands where it is drawn
        self.focus_mode_changed.emit(on)

    def controls_shown(self) -> bool:
        """Whether the controls strip is on screen (in focus mode: fading in or lingering)."""
        return self.controls.isVisible()

    @Slot()
    def reveal_controls(self) -> None:
        """Fade the floating controls in and (re)start the countdown to hiding them."""
        if not self._focus_mode:
            return
        self._linger.start()
        if self.controls.isVisible() and self._fade.endValue() != 0.0:
            return
        self._place_controls()
        self.controls.show()
        self.controls.raise_()
        self._fade.stop()
        self._fade.setStartValue(self._controls_opacity.opacity())
        self._fade.setEndValue(1.0)
        self._fade.start()

    @Slot()
    def hide_controls(self) -> None:
        if not self._focus_mode or not self.controls.isVisible():
            return
        focus = self.window().focusWidget()
        if focus is not None and self.controls.isAncestorOf(focus):
            self.stage.setFocus(Qt.FocusReason.OtherFocusReason)  # keys keep working
        self._fade.stop()
        self._fade.setStartValue(self._controls_opacity.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    @Slot()
    def _on_fade_finished(self) -> None:
        if self._focus_mode and self._fade.endValue() == 0.0:
            self.controls.hide()

    def _place_controls(self) -> None:
        """The strip floats over the bottom of the stage, above the progress line."""
        hint = self.controls.sizeHint()
        width = min(self.width() - 16, max(hint.width(), self.width() * 2 // 3))
        height = hint.height()
        bottom = self.progress.geometry().top() - 8
        self.controls.setGeometry((self.width() - width) // 2, bottom - height, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stage.set_roomy(self.height() >= ROOMY_HEIGHT)
        self.progress.set_text_size(max(12, min(36, self.height() // 40)))
        if self._focus_mode and self.controls.isVisible():
            self._place_controls()

    def window_state_changed(self) -> None:
        """The main window was minimised or restored: catch up once with what was held back."""
        if self._pending is not None and not self.window().isMinimized():
            self.show_snapshot(self._pending)

    def _track_mouse(self) -> None:
        """Mouse moves over the stage reach this view (labels pass them up), so a move
        anywhere brings the controls back without an application-wide event filter."""
        self.setMouseTracking(True)
        for widget in self.stage.findChildren(QWidget):
            widget.setMouseTracking(True)
        self.stage.setMouseTracking(True)
        self.progress.setMouseTracking(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.reveal_controls()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.reveal_controls()  # keys that are not shortcuts (those reveal through their action)
        super().keyPressEvent(event)


#: The run view's height from which the stage shows the full instructions when not in focus.
ROOMY_HEIGHT = 520
