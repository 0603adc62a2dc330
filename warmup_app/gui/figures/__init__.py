"""Moving figures that show how to do a step; shared by the run screen and the editor."""

from warmup_app.gui.figures.view import CueLines, FigureView

__all__ = ["CueLines", "FigureView"]
