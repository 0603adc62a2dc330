"""Tell screen readers what the runner must do next, once per change, never every second.

The big countdown changes every second; reading it out would drown everything else, so its
label keeps a fixed accessible name. Instead this announces each new segment (the next step and
side, "switch sides", the pause between exercises), pause and resume, and the finish, with a
``QAccessibleAnnouncementEvent`` (Qt 6.8+) on the step label. Screen readers that do not
support announcements still see the label's accessible description change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from warmup_app.core.durations import format_clock
from warmup_app.core.session import Snapshot, State
from warmup_app.core.timeline import Segment, SegmentKind
from warmup_app.gui.common.text import side_text
from warmup_app.runner.driver import SessionDriver

Post = Callable[[QAccessibleEvent], None]


class StepAnnouncer(QObject):
    """Follows ``snapshot_changed`` and announces on ``target`` (normally the step label)."""

    def __init__(
        self,
        driver: SessionDriver,
        target: QWidget,
        parent: QObject | None = None,
        *,
        post: Post = QAccessible.updateAccessibility,
    ) -> None:
        super().__init__(parent)
        self._target = target
        self._post = post
        self._last: tuple[State, Segment | None] | None = None
        #: Every message announced, in order (what a screen reader was told).
        self.history: list[str] = []
        driver.snapshot_changed.connect(self.on_snapshot)

    @Slot(object)
    def on_snapshot(self, snap: Snapshot) -> None:
        key = (snap.state, snap.segment if snap.state is not State.FINISHED else None)
        if key == self._last:
            return
        previous, self._last = self._last, key
        if previous is None and snap.state is State.IDLE:
            return  # a routine was loaded: nothing happened yet
        message = self.message(snap, resumed=previous is not None and previous[0] is State.PAUSED)
        if message:
            self.announce(message)

    def message(self, snap: Snapshot, *, resumed: bool = False) -> str:
        if snap.state is State.IDLE:
            return self.tr("Stopped.")
        if snap.state is State.FINISHED:
            return self.tr("Warm-up complete. Have a good run!")
        if snap.state is State.PAUSED:
            return self.tr("Paused.")
        seg = snap.segment
        kind = seg.kind if seg else None
        left = format_clock(snap.segment_remaining)
        # Outside a work segment, ``step`` and ``side`` are the ones coming up.
        name = snap.step.name if snap.step else ""
        side = side_text(snap.side)
        where = f"{name}, {side}" if side else name
        if kind is SegmentKind.LEAD_IN:
            text = self.tr("Get ready, {0}. First: {1}.").format(left, where)
        elif kind is SegmentKind.SWITCH:
            text = self.tr("Switch sides, {0}. Next: {1}.").format(left, side)
        elif kind is SegmentKind.TRANSITION:
            text = self.tr("Next exercise in {0}: {1}.").format(left, where)
        else:
            text = self.tr("{0}. {1}.").format(where, left)
        return self.tr("Resumed. {0}").format(text) if resumed else text

    def announce(self, message: str) -> None:
        self.history.append(message)
        self._target.setAccessibleDescription(message)
        event = QAccessibleAnnouncementEvent(self._target, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        self._post(event)
