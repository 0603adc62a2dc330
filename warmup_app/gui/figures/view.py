"""The widget that shows a step's moving figure, and the label of its short cue lines.

The figure is drawn with QPainter from the keyframes of :mod:`warmup_app.core.figures`. It
animates from its own timer (a ``Qt.PreciseTimer`` at :data:`FPS`, or :data:`SLOW_FPS` for the
slow stretches, whose 4 s rocking needs no more), which runs only while the
step plays and the widget can be seen: paused, hidden or minimised, it stops, so an idle run
window costs nothing. Each tick repaints this widget alone: on the run screen it paints the
stage's colour behind the figure itself (``set_background``), so Qt need not repaint the stage
beneath it (a stylesheet background with rounded corners, which cost more than the frame).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from warmup_app.core.figures import Figure, FigureLibrary, Point, default_library
from warmup_app.core.timeline import Side
from warmup_app.gui.common.background import OwnBackground
from warmup_app.gui.common.theme import is_dark

#: Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12
#: drawings a jogging stride, as hand animation draws "on twos". Each frame costs what a bare
#: PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core).
FPS = 15
#: Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints.
SLOW_FPS = 10
#: Memory for a figure's drawn frames (a 260 px lunge loop takes about 11 MB), and as much
#: again for the same frames on the stage's colour; beyond it, frames are drawn each time.
CACHE_BYTES = 16 * 1024 * 1024
_LEG = ("hip", "knee", "foot", "toe")
_ARM = ("neck", "elbow", "hand")
_HIGHLIGHT_LIGHT = QColor("#c2410c")  # orange: apart from the text and the green accent
_HIGHLIGHT_DARK = QColor("#ff9f43")


class FigureView(OwnBackground, QWidget):
    """Shows one figure by id, mirrored for the right side; animates only while playing.

    ``clock`` is the monotonic clock the movement follows (tests pass a fake one);
    ``library`` where figures come from (the shipped assets by default).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        library: FigureLibrary | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._library = library if library is not None else default_library()
        self._clock = clock
        self._figure_id: str | None = None
        self._loaded: Figure | None = None
        self._side: Side | None = None
        self._playing = False
        self._elapsed = 0.0  # seconds of movement shown so far, while not animating
        self._resumed_at: float | None = None
        self._handle: QWindow | None = None
        self._timer = QTimer(self)  # armed to each next frame's time (see _arm_next_frame)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._buffer: QImage | None = None  # reused frame to frame: no allocation per frame
        self._cache: dict[int, QImage] = {}  # frame index -> image, for the key below
        self._cache_key: tuple[object, ...] = ()
        self._composed: dict[int, QImage] = {}  # the same frames on the background, opaque
        self._composed_on: int | None = None  # ... of this colour (rgba)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(48, 48)
        self.setAccessibleName(self.tr("Figure showing the movement"))
        self.setVisible(False)

    # -- the interface the run screen and the editor use ----------------------------------------

    def set_figure(self, figure_id: str | None, side: Side | None) -> None:
        """Show ``figure_id`` (None: nothing) for ``side`` (None: as drawn, RIGHT: mirrored).

        A new figure starts its movement from the beginning; the same figure for the other side
        keeps going. An id whose asset cannot be read shows nothing (the library logs it once).
        """
        if figure_id == self._figure_id and side == self._side:
            return  # the run screen calls this every second: nothing to redraw
        if figure_id != self._figure_id:
            self._figure_id = figure_id
            self._loaded = self._library.get(figure_id)
            self._drop_frames()
            self._elapsed = 0.0
            if self._resumed_at is not None:
                self._resumed_at = self._clock()
        self._side = side
        self.setVisible(self._loaded is not None)
        self.setAccessibleDescription(self._loaded.title if self._loaded else "")
        self._update_timer()
        self.update()

    def set_playing(self, playing: bool) -> None:
        """Animate while the step runs; hold still when paused, stopped or hidden."""
        self._playing = playing
        self._update_timer()

    def seek(self, seconds: float) -> None:
        """Show the pose ``seconds`` into the movement (editor stills, screenshots)."""
        self._elapsed = seconds
        if self._resumed_at is not None:
            self._resumed_at = self._clock()
        self.update()

    def figure(self) -> str | None:
        return self._figure_id

    def side(self) -> Side | None:
        return self._side

    def is_animating(self) -> bool:
        """Whether the frame timer runs (playing, shown, not minimised, a figure loaded)."""
        return self._timer.isActive()

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    # -- time ---------------------------------------------------------------------------------

    def _seconds(self) -> float:
        if self._resumed_at is None:
            return self._elapsed
        return self._elapsed + max(0.0, self._clock() - self._resumed_at)

    def _should_animate(self) -> bool:
        window = self.window()
        minimised = bool(window.windowState() & Qt.WindowState.WindowMinimized)
        return self._playing and self._loaded is not None and self.isVisible() and not minimised

    def _update_timer(self) -> None:
        if self._should_animate():
            if self._resumed_at is None:
                self._resumed_at = self._clock()
            if not self._timer.isActive():
                self._arm_next_frame()
            return
        if self._resumed_at is not None:
            self._elapsed = self._seconds()
            self._resumed_at = None
        self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        self.update()
        self._arm_next_frame()

    def _arm_next_frame(self) -> None:
        """Fire when the next frame is due, from the clock: a fixed interval (66 ms for 15
        frames a second) would show one frame twice every few seconds, a visible stutter."""
        if self._loaded is None:
            return
        fps = frames_per_second(self._loaded)
        seconds = self._seconds()
        due = (math.floor(seconds * fps + 1e-9) + 1) / fps
        self._timer.start(max(1, math.ceil((due - seconds) * 1000)))

    # -- visibility: hidden and minimised stop the timer -----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_window()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def _follow_window(self) -> None:
        """Hear of the top-level window being minimised or restored (its children are not told).

        A signal connection, not an event filter: Qt drops it when either side is destroyed.
        """
        handle = self.window().windowHandle()
        if handle is None or handle is self._handle:
            return
        handle.windowStateChanged.connect(self._on_window_state_changed)
        self._handle = handle

    @Slot()
    def _on_window_state_changed(self) -> None:
        self._update_timer()

    # -- drawing --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._loaded is None and self._background is None:
            return
        painter = QPainter(self)
        if self._loaded is None:
            assert self._background is not None
            painter.fillRect(event.rect(), self._background)
        else:
            painter.drawImage(QPointF(0, 0), self._frame(self._seconds()))
        painter.end()

    def _frame(self, seconds: float) -> QImage:
        """The frame for ``seconds``, on the timer's grid of frames, drawn once per loop.

        A loop repeats the same frames, so each is kept (within :data:`CACHE_BYTES`) and the
        next loops only copy pixels: drawing in Python is most of an animated frame's cost.
        """
        assert self._loaded is not None
        fps = frames_per_second(self._loaded)
        count = max(1, round(self._loaded.loop_seconds * fps))
        index = int(seconds * fps) % count
        ink = self.palette().color(QPalette.ColorRole.WindowText).rgba()
        key = (
            self._figure_id,
            self._side,
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
            ink,
        )
        if key != self._cache_key:
            self._drop_frames()
            self._cache_key = key
        background = self._background.rgba() if self._background is not None else None
        if background != self._composed_on:
            self._composed.clear()
            self._composed_on = background
        composed = self._composed.get(index)
        if composed is not None:
            return composed
        image = self._cache.get(index)
        if image is None:
            image = self.render_image(index / fps)
            if image is self._buffer:
                image = image.copy()
            if (len(self._cache) + 1) * image.sizeInBytes() <= CACHE_BYTES:
                self._cache[index] = image
        if self._background is None:
            return image
        # On its background once, so each later frame is a plain copy (no fill, no blending).
        composed = QImage(image.size(), QImage.Format.Format_RGB32)
        composed.setDevicePixelRatio(image.devicePixelRatio())
        composed.fill(self._background)
        painter = QPainter(composed)
        painter.drawImage(QPointF(0, 0), image)
        painter.end()
        if (len(self._composed) + 1) * composed.sizeInBytes() <= CACHE_BYTES:
            self._composed[index] = composed
        return composed

    def _drop_frames(self) -> None:
        """Forget every drawn frame (a new figure, side, size, pixel ratio or ink)."""
        self._cache.clear()
        self._composed.clear()
        self._composed_on = None

    def render_image(self, seconds: float) -> QImage:
        """The figure ``seconds`` into its loop at this widget's size; mirrored for RIGHT.

        The right side is the left side's image flipped, so the two are exact mirrors. The
        image is only good until the next call (the buffer is reused).
        """
        ratio = self.devicePixelRatioF()
        # Rounded up: at a fractional ratio (1.25) the image still covers the opaque widget.
        width = max(1, math.ceil(self.width() * ratio))
        height = max(1, math.ceil(self.height() * ratio))
        image = self._buffer
        if image is None or image.width() != width or image.height() != height:
            image = self._buffer = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        if self._loaded is not None:
            painter = QPainter(image)
            area = QRectF(0, 0, self.width(), self.height())
            pose = self._loaded.pose_at(seconds)
            draw_figure(painter, area, self._loaded, pose, self.palette())
            painter.end()
        return mirror(image) if self._side is Side.RIGHT else image


def frames_per_second(figure: Figure) -> int:
    """Quick loops need the higher rate to read as running; slow rocking does not."""
    return FPS if figure.loop_seconds < 2 else SLOW_FPS


def mirror(image: QImage) -> QImage:
    """``image`` flipped left to right (Qt 6.9 renamed ``mirrored`` to ``flipped``)."""
    if hasattr(image, "flipped"):
        return image.flipped(Qt.Orientation.Horizontal)
    return image.mirrored(True, False)  # pragma: no cover - Qt 6.8


def draw_figure(
    painter: QPainter, area: QRectF, figure: Figure, pose: dict[str, Point], palette: QPalette
) -> None:
    """Draw ``pose`` into the largest square of ``area``: far limbs faint, then the body, then
    the near limbs, the working ones highlighted."""
    side = min(area.width(), area.height())
    scale = side / 100.0
    left = area.x() + (area.width() - side) / 2
    top = area.y() + (area.height() - side) / 2

    def at(name: str) -> QPointF:
        x, y = pose[name]
        return QPointF(left + x * scale, top + y * scale)

    ink = palette.color(QPalette.ColorRole.WindowText)
    faint = QColor(ink)
    faint.setAlphaF(0.4)
    accent = _HIGHLIGHT_DARK if is_dark(palette) else _HIGHLIGHT_LIGHT
    width = max(2.0, 5.0 * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def pen(color: QColor, factor: float = 1.0) -> QPen:
        line = QPen(color, width * factor)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return line

    def chain(names: Sequence[str], color: QColor, prefix: str = "") -> None:
        painter.setPen(pen(color))
        points = [at(n if n in ("hip", "neck") else prefix + n) for n in names]
        painter.drawPolyline(points)

    painter.setPen(pen(faint, 0.5))
    painter.drawLine(QPointF(left, top + 96 * scale), QPointF(left + side, top + 96 * scale))
    if figure.wall is not None:
        painter.setPen(pen(faint, 0.8))
        wall_x = left + figure.wall * scale
        painter.drawLine(QPointF(wall_x, top + 10 * scale), QPointF(wall_x, top + 96 * scale))
    chain(_ARM, faint, "other_")
    chain(_LEG, faint, "other_")
    painter.setPen(pen(ink))
    painter.drawLine(at("neck"), at("hip"))
    painter.setBrush(ink)
    painter.drawEllipse(at("head"), 6.5 * scale, 6.5 * scale)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    chain(_LEG, accent if "leg" in figure.highlight else ink)
    chain(_ARM, accent if "arm" in figure.highlight else ink)


class CueLines(QLabel):
    """The step's two or three short cues, one per line, large beside the figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueLines")
        self.setTextFormat(Qt.TextFormat.PlainText)  # cue lines come from routine files
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("How to do it"))
        self._lines: list[str] = []
        self.setVisible(False)

    def set_lines(self, lines: Sequence[str]) -> None:
        """Show ``lines`` (none: hidden), each after a bullet so wrapped lines stay apart."""
        self._lines = list(lines)
        self.setText("\n".join(f"• {line}" for line in self._lines))
        self.setVisible(bool(self._lines))

    def lines(self) -> list[str]:
        return list(self._lines)
