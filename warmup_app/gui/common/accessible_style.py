"""What the platform style leaves out in a dark theme: visible control edges and a focus ring.

Fusion draws a check box's edge a shade darker than the window: on a dark window that is about
1.1:1, so an empty box cannot be seen. Its keyboard focus shows as a 1 px tint that is just as
faint. :class:`AccessibleStyle` wraps whatever style is in use and adds, on top of it, a box
edge at 3:1 or more and a 2 px focus ring, in the colours of ``theme.CONTROL_EDGES``.
:class:`FocusRing` moves one ``QFocusFrame`` to whichever widget has the keyboard focus, so the
ring is drawn around every focusable widget without touching each one.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QProxyStyle, QStyle, QStyleOption, QWidget

from warmup_app.gui.common.theme import edge_colours, is_dark

#: Width of the focus ring, in device-independent pixels.
FOCUS_RING_WIDTH = 2

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,)
_ROUND = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,)


class AccessibleStyle(QProxyStyle):
    """The current style plus visible check box / radio edges and a 2 px focus ring."""

    def __init__(self, base: QStyle | str | None = None) -> None:
        super().__init__(base)
        #: Set from the system's contrast preference by the theme controller.
        self.high_contrast = False

    def _colour(self, option: QStyleOption, name: str) -> QColor:
        return QColor(edge_colours(is_dark(option.palette), self.high_contrast)[name])

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _BOXES and element not in _ROUND:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, element in _ROUND)
        painter.setPen(QPen(self._colour(option, "edge"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
        if element in _ROUND:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is not QStyle.ControlElement.CE_FocusFrame:
            super().drawControl(element, option, painter, widget)
            return
        painter.save()
        pen = QPen(self._colour(option, "focus"), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH / 2
        painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
        painter.restore()

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return FOCUS_RING_WIDTH  # the ring sits just outside the widget
        return super().pixelMetric(metric, option, widget)


class FocusRing(QObject):
    """One focus frame that follows the keyboard focus across the whole app."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._on_focus_changed)

    @Slot(object, object)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.isWindow() or new.parentWidget() is None:
            if self.frame is not None:
                self.frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            return
        if self.frame is None:
            self.frame = QFocusFrame(new.window())
            self.frame.destroyed.connect(self._on_frame_destroyed)
        self.frame.setWidget(new)

    @Slot()
    def _on_frame_destroyed(self) -> None:
        self.frame = None  # its window closed and took it along; the next focus makes another


_installed: list[AccessibleStyle] = []


def install(app: QApplication) -> AccessibleStyle:
    """Wrap the app's style once (before any palette is set: a new style resets it).

    Once a style sheet is set, ``app.style()`` is Qt's style-sheet style wrapped around ours,
    so the one installed is remembered here; it is wrapped again only if it was replaced.
    """
    if _installed and shiboken6.isValid(_installed[0]):
        return _installed[0]
    wrapped = AccessibleStyle(app.style().name() or "Fusion")
    app.setStyle(wrapped)
    _installed[:] = [wrapped]
    return wrapped
