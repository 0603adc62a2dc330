"""Small text helpers shared by the views: file text shown safely, and common phrases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from warmup_app.core.cues import CueKind
from warmup_app.core.durations import format_clock
from warmup_app.core.timeline import Side

if TYPE_CHECKING:  # the model (and pydantic) is not needed to show a running warm-up
    from warmup_app.core.routine import Routine


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as HTML (routine text comes from files)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class SteadyLabel(QLabel):
    """A plain-text label for text that changes in place every second ("0:12 / 5:00").

    Why: ``QLabel.setText`` asks every parent up to the window to lay out again, and the
    window's tab widget answers by repainting the whole window. This label keeps a fixed size
    while its text keeps its shape (the same text with other digits), so a new number repaints
    the label alone. A new shape, font or style sizes it afresh, with room for the widest digit.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._shape: str | None = None
        self.setText(text)

    def setText(self, text: str) -> None:
        shape = digits_as_zero(text)
        if shape == self._shape:
            super().setText(text)  # fixed size: Qt lays nothing out again
            return
        self._shape = shape
        super().setText(text)
        self._fix_size()

    def _fix_size(self) -> None:
        self.setMinimumSize(0, 0)  # free first, so the size hint is the text's own
        self.setMaximumSize(16777215, 16777215)  # QWIDGETSIZE_MAX
        metrics = QFontMetrics(self.font())
        text = self.text()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        room = metrics.horizontalAdvance(digits_as_zero(text).replace("0", widest))
        hint = self.sizeHint()
        self.setFixedSize(hint.width() - metrics.horizontalAdvance(text) + room, hint.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_size()


def digits_as_zero(text: str) -> str:
    """``text``'s shape: every digit a 0 ("0:12" and "0:47" have the same one)."""
    return "".join("0" if ch.isdigit() else ch for ch in text)


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


def duration_warnings(routine: Routine) -> list[str]:
    """The routine's length outside the recommended 15-20 minutes, in the interface language."""
    verdict = routine.duration_verdict()
    if verdict is None:
        return []
    total = format_clock(routine.total_seconds)
    if verdict == "short":
        text = QCoreApplication.translate(
            "DurationWarning", "totals {0}, shorter than the recommended 15-20 min"
        )
    else:
        text = QCoreApplication.translate(
            "DurationWarning", "totals {0}, longer than the recommended 15-20 min"
        )
    return [text.format(total)]


def cue_name(kind: CueKind) -> str:
    """A cue sound's name, as the settings page lists it ("Halfway")."""
    # The settings page's context: these texts were first written there.
    names = {
        CueKind.COUNTDOWN: QCoreApplication.translate("SettingsDialog", "Countdown (3, 2, 1)"),
        CueKind.GO: QCoreApplication.translate("SettingsDialog", "Go"),
        CueKind.HALFWAY: QCoreApplication.translate("SettingsDialog", "Halfway"),
        CueKind.SWITCH_SIDES: QCoreApplication.translate("SettingsDialog", "Switch sides"),
        CueKind.PART_START: QCoreApplication.translate("SettingsDialog", "New part"),
        CueKind.FINISH: QCoreApplication.translate("SettingsDialog", "Finish"),
        CueKind.METRONOME: QCoreApplication.translate("SettingsDialog", "Metronome click"),
    }
    return names.get(kind, kind.value)


def tr_core(text: str) -> str:
    """Translate a fixed sentence from the core self-check (keyed on its English text)."""
    return QCoreApplication.translate("selfcheck", text)
