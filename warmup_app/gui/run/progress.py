"""Split progress: one bar per part (jog, stretches, ...) plus the whole warm-up."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from warmup_app.core.durations import format_clock
from warmup_app.core.session import Snapshot
from warmup_app.core.timeline import Timeline
from warmup_app.gui.common.text import SteadyLabel, plain_label

_SCALE = 1000  # progress bars count in thousandths for smooth movement


class SkipAwareBar(QProgressBar):
    """A progress bar that draws skipped stretches hatched, so skipped time never reads as done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Skipped stretches as fractions of the bar, (from, to), 0 to 1.
        self.skipped: tuple[tuple[float, float], ...] = ()

    def set_skipped(self, spans: tuple[tuple[float, float], ...]) -> None:
        if spans != self.skipped:
            self.skipped = spans
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.skipped:
            return
        painter = QPainter(self)
        width = self.width()
        palette = self.palette()
        for start, end in self.skipped:
            rect = QRectF(start * width, 0, max(1.0, (end - start) * width), self.height())
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Mid))
            painter.fillRect(
                rect,
                QBrush(palette.color(QPalette.ColorRole.WindowText), Qt.BrushStyle.BDiagPattern),
            )
        painter.end()


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A bar repaints at once on every new value: painting its own background, the panel
        # keeps that from repainting the window beneath it as well, every second.
        self.setAutoFillBackground(True)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 6, 12, 6)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(1, 1)
        self.part_names: list[QLabel] = []
        self.part_bars: list[QProgressBar] = []
        self.part_times: list[QLabel] = []
        self.overall_bar = SkipAwareBar(self)
        # Both change every second: steady labels repaint alone, not the whole window.
        self.overall_label = SteadyLabel(self.tr("Whole warm-up"))
        self.overall_time = SteadyLabel()
        self.overall_bar.setAccessibleName(self.tr("Whole warm-up progress"))
        self._lead_in = 0.0
        self._compact = False
        self._text_pixels = 12

    def set_text_size(self, pixels: int) -> None:
        """The one line of focus mode reads from the mat too: its words grow with the window
        (the part rows of the full panel keep the system's size)."""
        self._text_pixels = pixels
        self._apply_text_size()

    def _apply_text_size(self) -> None:
        for label in (self.overall_label, self.overall_time):
            font = QFont(label.font())
            if self._compact:
                font.setPixelSize(self._text_pixels)
            else:
                font = QFont()  # the application's font
            if font != label.font():
                label.setFont(font)

    def set_compact(self, compact: bool) -> None:
        """Focus mode: one line, the whole warm-up's bar with the current part named beside it.

        The part rows hide; the whole-warm-up label names the part and its own progress.
        """
        if compact == self._compact:
            return
        self._compact = compact
        self._apply_text_size()
        for widget in (*self.part_names, *self.part_bars, *self.part_times):
            widget.setVisible(not compact)
        if not compact:
            self.overall_label.setText(self.tr("Whole warm-up"))

    def set_timeline(self, timeline: Timeline) -> None:
        for widget in (*self.part_names, *self.part_bars, *self.part_times):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.part_names, self.part_bars, self.part_times = [], [], []
        for row, part in enumerate(timeline.parts):
            name = plain_label(part.name)
            bar = QProgressBar(self)
            bar.setRange(0, _SCALE)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("{0} progress").format(part.name))
            time_label = SteadyLabel()
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(time_label, row, 2)
            self.part_names.append(name)
            self.part_bars.append(bar)
            self.part_times.append(time_label)
            for widget in (name, bar, time_label):
                widget.setVisible(not self._compact)
        row = len(timeline.parts)
        self._lead_in = timeline.lead_in
        self.overall_bar.setRange(0, _SCALE)
        self.overall_bar.setTextVisible(False)
        self._grid.addWidget(self.overall_label, row, 0)
        self._grid.addWidget(self.overall_bar, row, 1)
        self._grid.addWidget(self.overall_time, row, 2)

    def show_snapshot(self, snap: Snapshot) -> None:
        for part, bar, label in zip(snap.parts, self.part_bars, self.part_times, strict=False):
            bar.setValue(round(part.fraction * _SCALE))
            label.setText(f"{format_clock(part.done)} / {format_clock(part.seconds)}")
        if self._compact:
            index = snap.step.part if snap.step is not None else -1
            current = snap.parts[index] if 0 <= index < len(snap.parts) else None
            self.overall_label.setText(
                self.tr("{0} {1} / {2}").format(
                    current.name, format_clock(current.done), format_clock(current.seconds)
                )
                if current is not None
                else self.tr("Whole warm-up")
            )
        total = snap.routine_total
        fraction = snap.routine_elapsed / total if total else 0.0
        self.overall_bar.setValue(round(min(1.0, fraction) * _SCALE))
        lead_in = self._lead_in
        spans = tuple(
            (_fraction(a - lead_in, total), _fraction(b - lead_in, total)) for a, b in snap.skipped
        )
        self.overall_bar.set_skipped(tuple((a, b) for a, b in spans if b > a))
        done = max(0.0, snap.routine_elapsed - snap.routine_skipped)
        if snap.routine_skipped >= 0.5:  # skipped time is shown as skipped, not as done
            text = self.tr("{0} done, {1} skipped, {2} left").format(
                format_clock(done),
                format_clock(snap.routine_skipped),
                format_clock(snap.routine_remaining),
            )
        else:
            text = self.tr("{0} done, {1} left").format(
                format_clock(done), format_clock(snap.routine_remaining)
            )
        self.overall_time.setText(text)


def _fraction(offset: float, total: float) -> float:
    return min(1.0, max(0.0, offset / total)) if total else 0.0
