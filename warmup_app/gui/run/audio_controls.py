"""Volume and mute, right in the run window: a runner adjusts them mid-warm-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSlider, QStyle, QToolButton, QWidget

DEFAULT_VOLUME_PERCENT = 80  # as the settings' default; the app sets the saved value


class AudioControls(QWidget):
    #: The volume slider moved (0-100).
    volume_changed = Signal(int)
    #: Mute was switched on or off.
    mute_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mute_button = QToolButton(self)
        self.mute_button.setCheckable(True)
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mute_button.setAccessibleName(self.tr("Mute"))
        self.mute_button.setToolTip(self.tr("Mute sounds and voice (M); cues still flash"))
        self.mute_button.setMinimumHeight(40)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setValue(DEFAULT_VOLUME_PERCENT)
        self.slider.setPageStep(10)
        self.slider.setMinimumWidth(110)
        self.slider.setAccessibleName(self.tr("Volume"))
        self.slider.setToolTip(self.tr("Volume"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mute_button)
        layout.addWidget(self.slider)
        self.slider.valueChanged.connect(self.volume_changed)
        self.mute_button.toggled.connect(self._on_mute)
        self._on_mute(False)

    def set_volume(self, percent: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(percent)
        self.slider.blockSignals(False)

    @Slot(bool)
    def _on_mute(self, muted: bool) -> None:
        # Words as well as the icon: the state must not rely on a symbol or colour alone.
        icon = (
            QStyle.StandardPixmap.SP_MediaVolumeMuted
            if muted
            else QStyle.StandardPixmap.SP_MediaVolume
        )
        self.mute_button.setIcon(self.style().standardIcon(icon))
        self.mute_button.setText(self.tr("Muted") if muted else self.tr("Sound on"))
        self.slider.setEnabled(not muted)
        self.mute_toggled.emit(muted)
