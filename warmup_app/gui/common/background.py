"""Widgets over the run stage that paint the stage's colour behind themselves."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from warmup_app.gui.common.theme import solid_colour


class OwnBackground:
    """Mixin for a QWidget that paints a solid colour behind its content (``_background``).

    Why: a widget that repaints often (the digits, a figure frame) over a stylesheet background
    makes Qt repaint that background beneath it too; painting the colour itself, the widget is
    opaque and a repaint touches its own pixels only.
    """

    _background: QColor | None = None

    def set_background(self, color: QColor | None) -> None:
        """Paint ``color`` behind the content (opaque widget), or nothing (None)."""
        background = solid_colour(color)
        if background == self._background:
            return
        self._background = background
        widget = cast(QWidget, self)
        widget.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, background is not None)
        widget.update()
