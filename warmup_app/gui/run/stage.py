"""The big middle of the run window: what to do now, for how long, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from warmup_app.core.cues import CueKind
from warmup_app.core.durations import format_clock
from warmup_app.core.session import FiredCue, Snapshot, State
from warmup_app.core.timeline import SegmentKind, Side, StepInfo
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.figures import CueLines, FigureView

FLASH_MS = 350  # how long a visual cue stays lit; purely cosmetic, not timekeeping


class Stage(QFrame):
    """Shows one :class:`Snapshot`; flashes on every cue so the app works muted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.phase = plain_label()
        self.phase.setObjectName("phase")
        self.step_name = plain_label(wrap=True)
        self.step_name.setObjectName("stepName")
        self.side = plain_label()
        self.side.setObjectName("side")
        self.countdown = plain_label("0:00")
        self.countdown.setObjectName("countdown")
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.countdown.setMinimumHeight(80)
        self.banner = plain_label()
        self.banner.setObjectName("banner")
        self.reps = plain_label(wrap=True)
        self.reps.setObjectName("reps")
        self.instructions = plain_label(wrap=True)
        self.instructions.setObjectName("instructions")
        self.next_up = plain_label(wrap=True)
        self.next_up.setObjectName("nextUp")
        for label in (
            self.phase,
            self.step_name,
            self.side,
            self.countdown,
            self.banner,
            self.reps,
            self.instructions,
            self.next_up,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left in this step"))
        self.step_name.setAccessibleName(self.tr("Current step"))
        self.side.setAccessibleName(self.tr("Side"))
        self.next_up.setAccessibleName(self.tr("Next step"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)
        layout.addWidget(self.phase)
        layout.addWidget(self.step_name)
        layout.addWidget(self.side)
        # The figure and its cue lines sit either side of the countdown (each hides when absent).
        self.figure = FigureView(self)
        self.cue_lines = CueLines(self)
        self.cue_lines.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        middle = QHBoxLayout()
        middle.addWidget(self.figure, 2)
        middle.addWidget(self.countdown, 3)
        middle.addWidget(self.cue_lines, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.reps)
        layout.addWidget(self.instructions)
        layout.addWidget(self.next_up)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._set_flash(False)
        self._scale_fonts()

    # -- display ------------------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        seg = snap.segment
        self.countdown.setText(format_clock(snap.segment_remaining))
        self.phase.setText(self._phase_text(snap))
        step = snap.step
        if snap.state is State.FINISHED and snap.skipped_to_end:
            # Over, but not done: say what happened (history records it the same way).
            self.step_name.setText(self.tr("Skipped to the end"))
            self.countdown.setText("0:00")
        elif snap.state is State.FINISHED:
            self.step_name.setText(self.tr("Warm-up complete. Have a good run!"))
            self.countdown.setText("0:00")
        elif step is not None:
            self.step_name.setText(step.name)
        else:
            self.step_name.setText("")
        self.side.setText(self._side_text(snap.side) if snap.state is not State.FINISHED else "")
        self.side.setProperty("side", str(snap.side) if snap.side else "")
        show_details = step is not None and snap.state is not State.FINISHED
        self._show_figure(snap, step if show_details else None)
        self.reps.setText(step.reps if show_details and step else "")
        self.instructions.setText(step.instructions if show_details and step else "")
        if snap.next_step is not None and snap.state is not State.FINISHED:
            side = f" ({self._side_text(snap.next_side)})" if snap.next_side else ""
            self.next_up.setText(self.tr("Next: {0}").format(snap.next_step.name + side))
        elif seg is not None and snap.state is not State.FINISHED:
            self.next_up.setText(self.tr("Next: finish"))
        else:
            self.next_up.setText("")

    def _show_figure(self, snap: Snapshot, step: StepInfo | None) -> None:
        """The step's figure (moving only while its work runs) and its cue lines."""
        self.figure.set_figure(step.figure if step else None, snap.side)
        working = snap.segment is not None and snap.segment.kind is SegmentKind.WORK
        self.figure.set_playing(snap.state is State.RUNNING and working)
        self.cue_lines.set_lines(step.cue_lines if step else ())

    def _phase_text(self, snap: Snapshot) -> str:
        if snap.state is State.IDLE:
            return self.tr("Ready. Press Space to start")
        if snap.state is State.FINISHED:
            return self.tr("Finished")
        prefix = self.tr("Paused: ") if snap.state is State.PAUSED else ""
        kind = snap.segment.kind if snap.segment else None
        text = (
            {
                SegmentKind.LEAD_IN: self.tr("Get ready"),
                SegmentKind.SWITCH: self.tr("Switch sides"),
                SegmentKind.TRANSITION: self.tr("Next exercise in"),
            }.get(kind)
            if kind
            else None
        )
        if text is None:
            text = self.tr("{0} · step {1} of {2}").format(
                snap.part_name, snap.step_number, snap.step_count
            )
        return prefix + text

    def _side_text(self, side: Side | None) -> str:
        if side is Side.LEFT:
            return self.tr("◀ LEFT side")
        if side is Side.RIGHT:
            return self.tr("RIGHT side ▶")
        return ""

    # -- visual cues --------------------------------------------------------------------------

    @Slot(object)
    def flash(self, fired: FiredCue) -> None:
        kind = fired.cue.kind
        if kind in (CueKind.METRONOME, CueKind.NEXT_UP, CueKind.STEP_NAME):
            return
        text = {
            CueKind.COUNTDOWN: fired.cue.text,
            CueKind.GO: self.tr("Go!"),
            CueKind.HALFWAY: self.tr("Halfway"),
            CueKind.SWITCH_SIDES: self.tr("Switch sides"),
            CueKind.PART_START: fired.cue.text,
            CueKind.FINISH: self.tr("Done!"),
        }.get(kind, "")
        self.banner.setText(text)
        self._set_flash(True)
        self._flash_timer.start(FLASH_MS)

    @Slot()
    def _end_flash(self) -> None:
        self._set_flash(False)

    def _set_flash(self, on: bool) -> None:
        self.setProperty("flash", on)
        self.style().unpolish(self)
        self.style().polish(self)
        if not on:
            self.banner.setText("")

    def is_flashing(self) -> bool:
        return bool(self.property("flash"))

    # -- sizing -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """The countdown grows with the window so it reads across a room (F11: fullscreen)."""
        height, width = max(self.height(), 200), max(self.width(), 300)
        big = int(min(height * 0.30, width * 0.20))
        self._set_pixel_size(self.countdown, max(48, big), bold=True)
        self._set_pixel_size(self.step_name, max(20, big // 4), bold=True)
        self._set_pixel_size(self.side, max(16, big // 5), bold=True)
        self._set_pixel_size(self.phase, max(14, big // 7))
        self._set_pixel_size(self.banner, max(16, big // 5), bold=True)
        self._set_pixel_size(self.next_up, max(14, big // 7))
        self._set_pixel_size(self.reps, max(13, big // 8))
        self._set_pixel_size(self.instructions, max(13, big // 9))
        self._set_pixel_size(self.cue_lines, max(14, big // 7), bold=True)

    @staticmethod
    def _set_pixel_size(label: QWidget, size: int, *, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPixelSize(size)
        font.setBold(bold)
        label.setFont(font)
