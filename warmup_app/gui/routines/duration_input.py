"""A duration typed as minutes and seconds, the way runners think of it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget


class DurationInput(QWidget):
    """Two spin boxes; the value is whole seconds.

    The minutes box goes one past the longest allowed value on purpose: the limit is checked by
    the routine model and shown inline, like every other rule, instead of being silently clamped.
    """

    #: The user changed the value (whole seconds).
    value_edited = Signal(int)

    def __init__(self, max_minutes: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, max_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("{0}, minutes").format(name))
        self.seconds = QSpinBox(self)
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("{0}, seconds").format(name))
        for box in (self.minutes, self.seconds):
            box.setKeyboardTracking(True)
            box.setMinimumWidth(84)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minutes)
        layout.addWidget(self.seconds)
        layout.addStretch(1)
        self.setFocusProxy(self.minutes)
        self.minutes.valueChanged.connect(self._on_changed)
        self.seconds.valueChanged.connect(self._on_changed)

    def value(self) -> int:
        return self.minutes.value() * 60 + self.seconds.value()

    def set_value(self, seconds: int) -> None:
        """Show ``seconds`` without announcing it as an edit."""
        minutes, secs = divmod(max(0, seconds), 60)
        for box, number in ((self.minutes, minutes), (self.seconds, secs)):
            box.blockSignals(True)
            box.setValue(number)
            box.blockSignals(False)

    def spin_boxes(self) -> tuple[QSpinBox, QSpinBox]:
        return self.minutes, self.seconds

    @Slot()
    def _on_changed(self) -> None:
        self.value_edited.emit(self.value())
