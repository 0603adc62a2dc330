"""The self-check's question pages: yes/no questions as check boxes whose text wraps.

A ``QCheckBox`` never wraps its text, and the questions are long sentences, so each question is
a text-less check box beside a wrapping plain-text label; clicking the label ticks the box, and
the box carries the question as its accessible name (screen readers read the question, Space
ticks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.selfcheck.rules import Question
from warmup_app.gui.common.text import plain_label, tr_core


class _ClickLabel(QLabel):
    """A plain-text label that reports clicks, so the text next to a check box ticks it."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CheckRow(QWidget):
    """A check box with wrapping text beside it (and an optional hint below the text)."""

    #: Ticked or unticked.
    toggled = Signal(bool)

    def __init__(self, text: str, hint: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.label = _ClickLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setText(text)
        self.label.setBuddy(self.box)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        grid.setColumnStretch(1, 1)
        self.hint: QLabel | None = None
        if hint:
            self.hint = plain_label(hint, self, wrap=True)
            self.hint.setObjectName("questionHint")
            font = self.hint.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            font.setItalic(True)
            self.hint.setFont(font)
            self.box.setAccessibleDescription(hint)
            grid.addWidget(self.hint, 1, 1)
        self.label.clicked.connect(self._on_label_clicked)
        self.box.toggled.connect(self.toggled)

    @Slot()
    def _on_label_clicked(self) -> None:
        if self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)

    @property
    def checked(self) -> bool:
        return self.box.isChecked()

    def set_checked(self, checked: bool) -> None:
        self.box.setChecked(checked)


class QuestionRow(CheckRow):
    """One yes/no question from the bank."""

    #: The answer changed: (question id, yes).
    answered = Signal(str, bool)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(
            tr_core(question.text), tr_core(question.hint) if question.hint else None, parent
        )
        self.question = question
        self.box.setObjectName(f"q_{question.id}")
        self.toggled.connect(self._on_toggled)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.answered.emit(self.question.id, checked)


class QuestionGroup(QGroupBox):
    """A titled block of questions, with an optional line of introduction."""

    def __init__(
        self,
        title: str,
        questions: Iterable[Question],
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName("questionGroup")
        self.setAccessibleName(title)
        # Style-sheet fonts don't pass to child widgets: only the title turns bold.
        self.setStyleSheet("QGroupBox#questionGroup { font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        if intro:
            layout.addWidget(plain_label(intro, self, wrap=True))
        self.rows = [QuestionRow(q, self) for q in questions]
        for row in self.rows:
            layout.addWidget(row)


class QuestionPage(QScrollArea):
    """A scrolling page: a heading, an introduction, optional notes, then question groups."""

    #: The answer to a question on this page changed: (question id, yes).
    answered = Signal(str, bool)

    def __init__(
        self,
        title: str,
        intro: str,
        groups: Sequence[QuestionGroup],
        parent: QWidget | None = None,
        top: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(title)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.heading = plain_label(title, body)
        self.heading.setObjectName("pageHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        layout.addWidget(self.heading)
        self.intro = plain_label(intro, body, wrap=True)
        layout.addWidget(self.intro)
        for widget in top:
            widget.setParent(body)
            layout.addWidget(widget)
        self.groups = list(groups)
        for group in self.groups:
            group.setParent(body)
            layout.addWidget(group)
            for row in group.rows:
                row.answered.connect(self.answered)
        layout.addStretch(1)
        self.setWidget(body)

    @property
    def rows(self) -> list[QuestionRow]:
        return [row for group in self.groups for row in group.rows]

    def row(self, question_id: str) -> QuestionRow:
        return next(r for r in self.rows if r.question.id == question_id)

    def first_box(self) -> QCheckBox:
        return self.rows[0].box
