"""The tray icon: time left and the current step in its tooltip; Pause, Skip and Show.

A runner who switched to a music app can still see where the warm-up is and pause it. The
tooltip follows the driver's ``snapshot_changed`` (emitted on second changes and cues only) and
is rewritten only when its text changes. Where the desktop has no tray (GNOME without an
extension, the offscreen platform) the icon is simply not shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from warmup_app import APP_NAME
from warmup_app.core.durations import format_clock
from warmup_app.core.session import Snapshot, State
from warmup_app.core.timeline import SegmentKind
from warmup_app.gui.common.text import side_text
from warmup_app.runner.driver import SessionDriver


class RunTray(QObject):
    """Owns the QSystemTrayIcon and its menu; commands go straight to the driver."""

    #: The runner asked to see the main window (menu item or a click on the icon).
    show_requested = Signal()
    #: The runner chose Quit from the tray menu.
    quit_requested = Signal()

    def __init__(
        self,
        driver: SessionDriver,
        icon: QIcon,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.pause_action = QAction(self.tr("Pause"), self)
        self.skip_action = QAction(self.tr("Skip to the next step"), self)
        self.show_action = QAction(self.tr("Show {0}").format(APP_NAME), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        for action in (self.pause_action, self.skip_action, self.show_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.pause_action.triggered.connect(self.pause_or_resume)
        self.skip_action.triggered.connect(driver.skip)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.activated.connect(self._on_activated)
        driver.snapshot_changed.connect(self.show_snapshot)
        self._tooltip = ""
        self._state: State | None = None
        self._set_tooltip(APP_NAME)
        self._set_commands(State.IDLE)
        snapshot = driver.snapshot()
        if snapshot is not None:
            self.show_snapshot(snapshot)
        if tray_available():
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    # -- following the run --------------------------------------------------------------------

    @Slot(object)
    def show_snapshot(self, snap: Snapshot) -> None:
        self._set_tooltip(self.tooltip_text(snap))
        self._set_commands(snap.state)

    def tooltip_text(self, snap: Snapshot) -> str:
        """Two short lines: what is happening now, and how much of the warm-up is left."""
        if snap.state is State.IDLE:
            return self.tr("{0}: ready").format(APP_NAME)
        if snap.state is State.FINISHED:
            return self.tr("{0}: warm-up complete").format(APP_NAME)
        kind = snap.segment.kind if snap.segment else None
        left = format_clock(snap.segment_remaining)
        if kind is SegmentKind.LEAD_IN:
            now = self.tr("Get ready: {0}").format(left)
        elif kind is SegmentKind.SWITCH:
            now = self.tr("Switch sides: {0}").format(left)
        elif kind is SegmentKind.TRANSITION:
            now = self.tr("Next exercise in {0}").format(left)
        else:
            name = snap.step.name if snap.step else ""
            side = side_text(snap.side)
            now = self.tr("{0}{1}: {2} left").format(name, f" ({side})" if side else "", left)
        if snap.state is State.PAUSED:
            now = self.tr("Paused. {0}").format(now)
        total = self.tr("{0} of the warm-up left").format(format_clock(snap.routine_remaining))
        return f"{now}\n{total}"

    def _set_tooltip(self, text: str) -> None:
        if text != self._tooltip:
            self._tooltip = text
            # Some trays (KDE, XEmbed) render tooltips as rich text, others as plain text, so
            # no markup can be right for both: angle brackets from a step name are swapped for
            # look-alikes that no tray reads as a tag.
            self.icon.setToolTip(text.replace("<", "\u2039").replace(">", "\u203a"))

    def _set_commands(self, state: State) -> None:
        """Only on a change of state: snapshots come every second and each Qt call costs."""
        if state is self._state:
            return
        self._state = state
        active = state in (State.LEAD_IN, State.RUNNING, State.PAUSED)
        self.pause_action.setText(self.tr("Resume") if state is State.PAUSED else self.tr("Pause"))
        self.pause_action.setEnabled(active)
        self.skip_action.setEnabled(active)

    # -- commands -----------------------------------------------------------------------------

    @Slot()
    def pause_or_resume(self) -> None:
        """Never starts a routine: starting belongs in the window, where the runner sees it."""
        session = self.driver.session
        if session is None:
            return
        if session.is_running:
            self.driver.pause()
        elif session.state is State.PAUSED:
            self.driver.resume()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
