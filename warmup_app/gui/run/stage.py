"""The big middle of the run window: what to do now, for how long, and what comes next.

Each phase (get ready, work, switch sides, transition, paused, finished) has its own background
colour across the whole stage *and* a word on screen, so colour is never the only signal.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from warmup_app.core.cues import CueKind
from warmup_app.core.durations import format_clock
from warmup_app.core.figures import side_phrase
from warmup_app.core.session import FiredCue, Snapshot, State
from warmup_app.core.timeline import SegmentKind, Side, StepInfo
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.figures import CueLines, FigureView
from warmup_app.gui.run.countdown import Countdown
from warmup_app.i18n.lookup import figure_translate

FLASH_MS = 350  # how long a visual cue stays lit; purely cosmetic, not timekeeping
FALLBACK_GLYPH_HEADROOM_PX = 2  # see _scale_fonts


class Phase(StrEnum):
    """What the stage shows; the stylesheet colours ``#stage[phase=...]`` by it."""

    IDLE = "idle"
    READY = "ready"
    WORK = "work"
    SWITCH = "switch"
    TRANSITION = "transition"
    PAUSED = "paused"
    FINISHED = "finished"


def phase_of(snap: Snapshot) -> Phase:
    if snap.state is State.IDLE:
        return Phase.IDLE
    if snap.state is State.FINISHED:
        return Phase.FINISHED
    if snap.state is State.PAUSED:
        return Phase.PAUSED
    kind = snap.segment.kind if snap.segment else None
    return (
        {
            SegmentKind.LEAD_IN: Phase.READY,
            SegmentKind.SWITCH: Phase.SWITCH,
            SegmentKind.TRANSITION: Phase.TRANSITION,
        }.get(kind, Phase.WORK)
        if kind
        else Phase.WORK
    )


class Stage(QFrame):
    """Shows one :class:`Snapshot`; flashes on every cue so the app works muted.

    The figure (``self.figure``, a :class:`FigureView`) and the cue lines (``self.cue_lines``)
    sit beside the countdown; both hide when the step has none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setProperty("phase", Phase.IDLE.value)
        self._focus = False
        self._roomy = True
        self._figures_shown = True
        self._figures_moving = True
        self._snap: Snapshot | None = None
        self.phase = plain_label(wrap=True)
        self.phase.setObjectName("phase")
        self.step_name = plain_label(wrap=True)
        self.step_name.setObjectName("stepName")
        self.side = plain_label(wrap=True)
        self.side.setObjectName("side")
        self.countdown = Countdown("0:00")
        self.countdown.setObjectName("countdown")
        self.banner = plain_label(wrap=True)
        self.banner.setObjectName("banner")
        self.reps = plain_label(wrap=True)
        self.reps.setObjectName("reps")
        self.instructions = plain_label(wrap=True)
        self.instructions.setObjectName("instructions")
        self.next_up = plain_label(wrap=True)
        self.next_up.setObjectName("nextUp")
        self.figure = FigureView(self)
        self.figure.set_figure(None, None)
        self.cue_lines = CueLines(self)
        self.cue_lines.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.paused_overlay = plain_label(self.tr("PAUSED"), self)
        self.paused_overlay.setObjectName("pausedOverlay")
        self.paused_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_overlay.hide()
        for label in (
            self.phase,
            self.step_name,
            self.side,
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

        # Beside the digits: the figure and its cue lines; hidden (no room taken) without them.
        self.aside = QWidget(self)
        aside = QVBoxLayout(self.aside)
        aside.setContentsMargins(0, 0, 0, 0)
        aside.addWidget(self.figure, 1)
        aside.addWidget(self.cue_lines)  # its full height first; the figure takes the rest
        self.aside.hide()
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.countdown, 2)
        middle.addWidget(self.aside, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.phase)
        layout.addWidget(self.step_name)
        layout.addWidget(self.side)
        layout.addLayout(middle, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.reps)
        layout.addWidget(self.instructions)
        layout.addWidget(self.next_up)

        self.countdown.resized.connect(self._place_overlay)  # PAUSED follows the digits' box

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.end_flash)
        self._set_flash(False)
        self._scale_fonts()

    def set_figures(self, *, shown: bool, moving: bool) -> None:
        """The runner's choice of figures: moving, still (one pose: no motion on screen and
        no repaints for it) or none (the cue lines alone)."""
        self._figures_shown, self._figures_moving = shown, moving
        if self._snap is not None:
            self.show_snapshot(self._snap)  # at once, not at the next second

    def figure_choice(self) -> tuple[bool, bool]:
        """``(shown, moving)``: the runner's choice of figures (see :meth:`set_figures`)."""
        return self._figures_shown, self._figures_moving

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode drops the long instructions: the runner reads the cue lines instead."""
        self._focus = on
        self._show_instructions()

    def set_roomy(self, roomy: bool) -> None:
        """A small window (under ~520 px of run view) has no room for the instructions
        paragraph beside the picker and the bars; the editor still shows them."""
        self._roomy = roomy
        self._show_instructions()

    def _show_instructions(self) -> None:
        self.instructions.setVisible(self._roomy and not self._focus)

    def current_phase(self) -> Phase:
        return Phase(str(self.property("phase")))

    # -- display ------------------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        self._snap = snap
        seg = snap.segment
        self._set_phase(phase_of(snap))
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
        figure_id = step.figure if step is not None else None
        show_side = snap.state is not State.FINISHED and not self._in_transition(snap)
        self.side.setText(self._side_text(snap.side, figure_id) if show_side else "")
        self.side.setProperty("side", str(snap.side) if snap.side else "")
        show_details = step is not None and snap.state is not State.FINISHED
        self._show_figure(snap, step if show_details else None)
        self.reps.setText(step.reps if show_details and step else "")
        self.instructions.setText(step.instructions if show_details and step else "")
        if snap.next_step is not None and snap.state is not State.FINISHED:
            next_figure = snap.next_step.figure
            side = f" ({self._side_text(snap.next_side, next_figure)})" if snap.next_side else ""
            self.next_up.setText(self.tr("Next: {0}").format(snap.next_step.name + side))
        elif seg is not None and snap.state is not State.FINISHED:
            self.next_up.setText(self.tr("Next: finish"))
        else:
            self.next_up.setText("")

    def _show_figure(self, snap: Snapshot, step: StepInfo | None) -> None:
        """The step's figure (moving only while its work runs) and its cue lines.

        Set only when they change: a new figure or side repaints it, and this runs every second.
        """
        figure_id = step.figure if step and self._figures_shown else None
        if (figure_id, snap.side) != (self.figure.figure(), self.figure.side()):
            self.figure.set_figure(figure_id, snap.side)
        working = snap.segment is not None and snap.segment.kind is SegmentKind.WORK
        self.figure.set_playing(self._figures_moving and snap.state is State.RUNNING and working)
        lines = step.cue_lines if step else ()
        if list(lines) != self.cue_lines.lines():
            self.cue_lines.set_lines(lines)
        self.aside.setVisible(bool(lines) or self.figure.figure() is not None)

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
                SegmentKind.TRANSITION: self.tr("Get into position"),
            }.get(kind)
            if kind
            else None
        )
        if text is None:
            text = self.tr("Work · {0} · step {1} of {2}").format(
                snap.part_name, snap.step_number, snap.step_count
            )
        return prefix + text

    @staticmethod
    def _in_transition(snap: Snapshot) -> bool:
        return snap.segment is not None and snap.segment.kind is SegmentKind.TRANSITION

    def _side_text(self, side: Side | None, figure_id: str | None = None) -> str:
        """The side as a word and an arrow, in the figure's terms ("◀ LEFT leg forward")."""
        phrase = figure_translate(side_phrase(figure_id))
        if side is Side.LEFT:
            return self.tr("◀ LEFT {0}").format(phrase)
        if side is Side.RIGHT:
            return self.tr("RIGHT {0} ▶").format(phrase)
        return ""

    def _set_phase(self, phase: Phase) -> None:
        """Restyle only when the phase changes (a polish repaints the whole stage)."""
        self.paused_overlay.setVisible(phase is Phase.PAUSED)
        if phase is Phase.PAUSED:
            self._place_overlay()
            self.paused_overlay.raise_()
        if self.property("phase") == phase.value:
            return
        self.setProperty("phase", phase.value)
        self._repolish()

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
    def end_flash(self) -> None:
        """Put out a cue's flash now (its timer does it after FLASH_MS)."""
        self._set_flash(False)

    def _set_flash(self, on: bool) -> None:
        self.setProperty("flash", on)
        self._repolish()
        if not on:
            self.banner.setText("")

    def _repolish(self) -> None:
        """Re-read the stylesheet for the stage and the labels whose colour follows it."""
        for widget in (self, self.countdown):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._share_background()

    def _share_background(self) -> None:
        """The digits and the figure paint the stage's colour behind them themselves.

        The stylesheet gives each phase (and the flash) its colour through the stage's palette,
        so every change arrives here as a palette change: a new phase, a flash, a new theme.
        """
        color = self.palette().color(self.backgroundRole())
        self.countdown.set_background(color)
        self.figure.set_background(color)

    def is_flashing(self) -> bool:
        return bool(self.property("flash"))

    # -- sizing -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        self._place_overlay()

    def _scale_fonts(self) -> None:
        """Type grows with the stage so it reads across a room; the countdown sizes itself to
        the room the layout leaves it (countdown.py)."""
        unit = min(max(self.height(), 200), max(self.width(), 300) * 0.75)
        self._set_pixel_size(self.step_name, max(18, round(unit * 0.07)), bold=True)
        self._set_pixel_size(self.side, max(16, round(unit * 0.06)), bold=True)
        self._set_pixel_size(self.phase, max(14, round(unit * 0.05)), bold=True)
        self._set_pixel_size(self.banner, max(16, round(unit * 0.055)), bold=True)
        self._set_pixel_size(self.next_up, max(13, round(unit * 0.038)))
        self._set_pixel_size(self.reps, max(13, round(unit * 0.038)))
        self._set_pixel_size(self.cue_lines, max(13, round(unit * 0.034)), bold=True)
        self._set_pixel_size(self.instructions, max(13, round(unit * 0.03)))
        self._set_pixel_size(self.paused_overlay, max(24, round(unit * 0.11)), bold=True)
        # The flash banner and the side keep their line when empty, so a cue or a step without
        # sides never moves the digits. The arrows (◀ ▶) may come from a fallback font whose
        # line is a pixel or two taller than the label's own font: leave room for it.
        for label in (self.banner, self.side):
            label.setMinimumHeight(label.fontMetrics().height() + FALLBACK_GLYPH_HEADROOM_PX)

    @Slot()
    def _place_overlay(self) -> None:
        """PAUSED sits across the middle of the (dimmed) digits."""
        if not self.paused_overlay.isVisible():
            return
        box = self.countdown.geometry()
        hint = self.paused_overlay.sizeHint()
        width = min(box.width(), max(hint.width(), box.width() // 2))
        height = min(box.height(), hint.height())
        self.paused_overlay.setGeometry(
            box.x() + (box.width() - width) // 2,
            box.y() + (box.height() - height) // 2,
            width,
            height,
        )

    @staticmethod
    def _set_pixel_size(label: QLabel, size: int, *, bold: bool = False) -> None:
        if label.font().pixelSize() == size and label.font().bold() == bold:
            return
        font = QFont(label.font())
        font.setPixelSize(size)
        font.setBold(bold)
        label.setFont(font)
