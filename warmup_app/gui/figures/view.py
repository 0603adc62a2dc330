"""The widget that shows a step's figure. (Interface first; the drawing comes with the figures.)"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from warmup_app.core.timeline import Side


class FigureView(QWidget):
    """Shows one figure by id, mirrored for the right side; animates only while playing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: str | None = None
        self._side: Side | None = None
        self._playing = False

    def set_figure(self, figure_id: str | None, side: Side | None) -> None:
        """Show ``figure_id`` (None: nothing) for ``side`` (None: as drawn, RIGHT: mirrored)."""
        self._figure, self._side = figure_id, side
        self.setVisible(figure_id is not None)

    def set_playing(self, playing: bool) -> None:
        """Animate while the step runs; hold still when paused, stopped or hidden."""
        self._playing = playing

    def figure(self) -> str | None:
        return self._figure
