"""Split progress: one bar per part (jog, stretches, ...) plus the whole warm-up."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from warmup_app.core.durations import format_clock
from warmup_app.core.session import Snapshot
from warmup_app.core.timeline import Timeline
from warmup_app.gui.common.text import plain_label

_SCALE = 1000  # progress bars count in thousandths for smooth movement


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 6, 12, 6)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(1, 1)
        self.part_names: list[QLabel] = []
        self.part_bars: list[QProgressBar] = []
        self.part_times: list[QLabel] = []
        self.overall_bar = QProgressBar(self)
        self.overall_label = plain_label(self.tr("Whole warm-up"))
        self.overall_time = plain_label()
        self.overall_bar.setAccessibleName(self.tr("Whole warm-up progress"))

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
            time_label = plain_label()
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(time_label, row, 2)
            self.part_names.append(name)
            self.part_bars.append(bar)
            self.part_times.append(time_label)
        row = len(timeline.parts)
        self.overall_bar.setRange(0, _SCALE)
        self.overall_bar.setTextVisible(False)
        self._grid.addWidget(self.overall_label, row, 0)
        self._grid.addWidget(self.overall_bar, row, 1)
        self._grid.addWidget(self.overall_time, row, 2)

    def show_snapshot(self, snap: Snapshot) -> None:
        for part, bar, label in zip(snap.parts, self.part_bars, self.part_times, strict=False):
            bar.setValue(round(part.fraction * _SCALE))
            label.setText(f"{format_clock(part.done)} / {format_clock(part.seconds)}")
        total = snap.routine_total
        fraction = snap.routine_elapsed / total if total else 0.0
        self.overall_bar.setValue(round(min(1.0, fraction) * _SCALE))
        self.overall_time.setText(
            self.tr("{0} done, {1} left").format(
                format_clock(snap.routine_elapsed), format_clock(snap.routine_remaining)
            )
        )
