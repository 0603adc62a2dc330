"""Choose a routine: each with its total and parts; broken files listed with their problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from warmup_app.core.durations import format_clock
from warmup_app.gui.common.text import plain_label

if TYPE_CHECKING:  # types only: the window paints before routines (and pydantic) load
    from warmup_app.core.routine_files import Library, RoutineEntry


class RoutinePicker(QWidget):
    #: The chosen routine changed (``RoutineEntry``).
    routine_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Routine"))
        self.combo.setMinimumContentsLength(28)
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("routineSummary")
        self.summary.setText(self.tr("Loading routines…"))
        self.warning = plain_label(wrap=True)
        self.warning.setObjectName("warning")
        self.broken = plain_label(wrap=True)
        self.broken.setObjectName("broken")
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Routine:")))
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.broken)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    def set_library(self, library: Library, select_id: str | None = None) -> None:
        self._library = library
        self.combo.blockSignals(True)
        self.combo.clear()
        for entry in library.routines:
            label = f"{entry.routine.name}  ({format_clock(entry.routine.total_seconds)})"
            self.combo.addItem(label, entry.id)
        self.combo.blockSignals(False)
        if library.broken:
            lines = [self.tr("Some routine files could not be read:")]
            for broken in library.broken:
                first = broken.problems[0] if broken.problems else None
                detail = (
                    f"{first.field}: {first.message}"
                    if first and first.field
                    else (first.message if first else "")
                )
                more = len(broken.problems) - 1
                extra = self.tr(" (+{0} more)").format(more) if more > 0 else ""
                lines.append(f"• {broken.path.name}: {detail}{extra}")
            self.broken.setText("\n".join(lines))
            self.broken.show()
        else:
            self.broken.hide()
        index = self.combo.findData(select_id) if select_id else -1
        self.combo.setCurrentIndex(max(index, 0) if library.routines else -1)
        self._on_index_changed(self.combo.currentIndex())

    def current(self) -> RoutineEntry | None:
        routine_id = self.combo.currentData()
        if self._library is None or not routine_id:
            return None
        return self._library.find(routine_id)

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        entry = self.current()
        if entry is None:
            self.summary.setText(self.tr("No routines found."))
            self.warning.hide()
            return
        parts = " · ".join(f"{p.name} {format_clock(p.total_seconds)}" for p in entry.routine.parts)
        self.summary.setText(parts)
        warnings = entry.routine.duration_warnings()
        self.warning.setText("⚠ " + "; ".join(warnings) if warnings else "")
        self.warning.setVisible(bool(warnings))
        self.routine_chosen.emit(entry)
