"""Small text helpers shared by the views: file text shown safely, and common phrases."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from warmup_app.core.timeline import Side


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as HTML (routine text comes from files)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is: Qt would read a path with tags as HTML."""
    from PySide6.QtGui import Qt as GuiQt

    return str(GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


def side_text(side: Side | None) -> str:
    """ "left side" / "right side" (translatable), or "" for a step done once."""
    if side is Side.LEFT:
        return QCoreApplication.translate("side", "left side")
    if side is Side.RIGHT:
        return QCoreApplication.translate("side", "right side")
    return ""


def tr_core(text: str) -> str:
    """Translate a fixed sentence from the core self-check (keyed on its English text)."""
    return QCoreApplication.translate("selfcheck", text)
