"""The Routines tab: library, editor, import and export of ``.warmup.toml`` files."""

from warmup_app.ui.editor.routines_view import RoutinesView

__all__ = ["RoutinesView"]
