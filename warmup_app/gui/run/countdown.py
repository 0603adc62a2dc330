"""The countdown digits, drawn to fill their box so they read from a mat 3 m away."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from warmup_app.gui.common.background import OwnBackground
from warmup_app.gui.common.text import digits_as_zero

#: Share of the box's height the digits fill; the rest keeps them clear of the lines around.
FILL = 0.9
#: The narrowest the digits get before they shrink instead (1.0: as the font draws them).
MIN_SQUEEZE = 0.55
_REFERENCE_PX = 100  # font metrics are measured once at this size and scaled


class Countdown(OwnBackground, QWidget):
    """The digits, painted as large as their box allows.

    Why not a font size on a QLabel: at 4:3 and 640 px wide, "0:40" in a font tall enough for
    40 % of the window is wider than the window. Here the digits take their height from the
    box and, when the box is too narrow, are squeezed sideways (down to ``MIN_SQUEEZE``) before
    they shrink.

    Why not a QLabel at all: a label's ``setText`` asks every parent up to the window to lay
    out again, and the window's tab widget answers by repainting the whole window, every
    second. Here the size hint is fixed, a new number repaints these pixels alone (and only
    when the text changes), and with the stage's colour (``set_background``) it paints its own
    background, so Qt need not repaint the stage's stylesheet background beneath it either.
    """

    #: The box changed size (the stage keeps its PAUSED overlay over it).
    resized = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._metrics_key: tuple[str, int] | None = None
        self._digit_height = 0.0  # height of the digits per pixel of font size
        self._digit_top = 0.0  # from the baseline up to the digits' top, per pixel
        self._glyphs = _GlyphCache()
        self._layout_key: tuple[object, ...] = ()
        self._layout: tuple[QFont, float, float] | None = None
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text`` (plain text); repaints only when it changes."""
        if text == self._text:
            return
        self._text = text
        self.setAccessibleDescription(text)  # what a screen reader reads after the name
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def sizeHint(self) -> QSize:
        return QSize(160, 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 40)

    def _measure(self) -> None:
        font = self._font_at(_REFERENCE_PX)
        key = (font.family(), font.weight().value)
        if key == self._metrics_key:
            return
        tight = QFontMetricsF(font).tightBoundingRect("0123456789")
        self._digit_height = tight.height() / _REFERENCE_PX
        self._digit_top = -tight.top() / _REFERENCE_PX
        self._metrics_key = key

    def _font_at(self, pixel_size: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixel_size)))
        font.setBold(True)
        return font

    def layout_for(self, text: str) -> tuple[QFont, float, float]:
        """The font, the sideways squeeze and the digit height for ``text`` in this box."""
        self._measure()
        rect = self.contentsRect()
        if not text or rect.width() <= 0 or rect.height() <= 0 or self._digit_height <= 0:
            return self._font_at(12), 1.0, 0.0
        shape = digits_as_zero(text)  # steady within a step
        key = (shape, rect.width(), rect.height(), self._metrics_key, self.font().key())
        if key != self._layout_key or self._layout is None:
            self._layout = self._fit(shape, rect.width(), rect.height())
            self._layout_key = key
        return self._layout

    def _fit(self, shape: str, box_width: int, box_height: int) -> tuple[QFont, float, float]:
        pixel = box_height * FILL / self._digit_height
        advance = QFontMetricsF(self._font_at(_REFERENCE_PX)).horizontalAdvance(shape)
        advance *= pixel / _REFERENCE_PX
        squeeze = 1.0
        if advance > box_width:
            squeeze = max(MIN_SQUEEZE, box_width / advance)
            if advance * squeeze > box_width:  # still too wide: smaller digits
                pixel *= box_width / (advance * squeeze)
        font = self._font_at(pixel)
        return font, squeeze, font.pixelSize() * self._digit_height

    def digit_height(self) -> float:
        """How tall the digits are drawn now, in pixels (for tests and the screenshots)."""
        return self.layout_for(self.text())[2]

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.text()
        painter = QPainter(self)
        if self._background is not None:
            painter.fillRect(event.rect(), self._background)
        if not text:
            painter.end()
            return
        font, squeeze, height = self.layout_for(text)
        rect = self.contentsRect()
        metrics = QFontMetricsF(font)
        advances = [metrics.horizontalAdvance(ch) * squeeze for ch in text]
        baseline = rect.top() + (rect.height() - height) / 2 + self._digit_top * font.pixelSize()
        x = rect.left() + (rect.width() - sum(advances)) / 2
        colour = self.palette().color(self.foregroundRole())
        for ch, advance in zip(text, advances, strict=True):
            image, offset = self._glyphs.get(ch, font, squeeze, colour, self.devicePixelRatioF())
            painter.drawImage(QPointF(x + offset.x(), baseline + offset.y()), image)
            x += advance
        painter.end()


class _GlyphCache:
    """Each character of the digits drawn once, then copied: glyphs this large are filled as
    paths on every paint (Qt caches only small ones), half the run screen's CPU each second."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._glyphs: dict[str, tuple[QImage, QPointF]] = {}

    def get(
        self, ch: str, font: QFont, squeeze: float, colour: QColor, ratio: float
    ) -> tuple[QImage, QPointF]:
        """``ch`` as an image, and where its top left goes from the pen position on the
        baseline."""
        key = (font.key(), font.pixelSize(), squeeze, colour.rgba(), ratio)
        if key != self._key:
            self._key = key
            self._glyphs.clear()
        glyph = self._glyphs.get(ch)
        if glyph is None:
            glyph = self._glyphs[ch] = _draw_glyph(ch, font, squeeze, colour, ratio)
        return glyph


def _draw_glyph(
    ch: str, font: QFont, squeeze: float, colour: QColor, ratio: float
) -> tuple[QImage, QPointF]:
    metrics = QFontMetricsF(font)
    ink = metrics.boundingRect(ch).united(metrics.tightBoundingRect(ch))
    pad = max(2.0, font.pixelSize() * 0.02)  # antialiased edges reach past the ink box
    width = math.ceil((ink.width() + 2 * pad) * squeeze * ratio)
    height = math.ceil((ink.height() + 2 * pad) * ratio)
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(colour)
    painter.scale(squeeze, 1.0)
    painter.drawText(QPointF(pad - ink.left(), pad - ink.top()), ch)
    painter.end()
    return image, QPointF((ink.left() - pad) * squeeze, ink.top() - pad)
