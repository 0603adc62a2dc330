"""The Routines tab: library, editor, import and export of ``.warmup.toml`` files."""

from warmup_app.gui.routines.routines_view import RoutinesView

__all__ = ["RoutinesView"]
