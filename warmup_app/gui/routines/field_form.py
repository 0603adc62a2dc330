"""A form bound to one item of the draft (the routine, a part or a step).

Every field pushes an undo command when the user changes it, redraws when the document says
that field changed (after undo, redo, or a change elsewhere), and shows its validation problem
right under itself, with the field marked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.routine import MAX_NAME
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.routines.commands import SetFieldCommand
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import Target
from warmup_app.gui.routines.duration_input import DurationInput

_FIELD_PROPERTY = "draftField"


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field: text fields get the ``[invalid="true"]`` border, spin boxes a tint.

    A style-sheet border would make Qt draw the whole spin box itself, arrows included, and
    they come out flat and odd; a tinted background keeps them native.
    """
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    if isinstance(widget, QAbstractSpinBox):
        parent = widget.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else widget.palette())
        if invalid:
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(QPalette.ColorRole.Base, QColor("#5c2222" if dark else "#fbd9d6"))
        widget.setPalette(palette)
        widget.lineEdit().setPalette(palette)  # style sheets stop it inheriting the spin box's
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class UndoKeysToDocument(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the document's undo stack from inside a text field.

    Text widgets keep their own undo history and claim those keys first; that history does not
    know about the rest of the routine, so the editor's undo must win.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if any(event.matches(key) for key in keys):
            event.ignore()
            return True
        return False


@dataclass
class _Field:
    widgets: list[QWidget]
    problem: QLabel
    show: Callable[[Any], None]


class FieldForm(QWidget):
    """Base of the routine, part and step forms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: EditorDocument | None = None
        self.target: Target = None
        self._fields: dict[str, _Field] = {}
        self._undo_keys = UndoKeysToDocument(self)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    # -- building ---------------------------------------------------------------------------

    def add_line(self, name: str, label: str, placeholder: str = "", limit: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit or MAX_NAME + 50)  # over the limit on purpose: shown inline
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_text_edited)
        self._add(name, label, edit, [edit], self._show_line(edit))
        return edit

    def add_text(
        self, name: str, label: str, placeholder: str = "", lines: int = 3
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.textChanged.connect(self._on_plain_text_changed)
        self._add(name, label, edit, [edit], self._show_plain(edit))
        return edit

    def add_duration(self, name: str, label: str, max_minutes: int) -> DurationInput:
        duration = DurationInput(max_minutes, label.rstrip(":"), self)
        duration.value_edited.connect(self._on_duration_edited)
        self._add(name, label, duration, list(duration.spin_boxes()), duration.set_value)
        return duration

    def add_check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.clicked.connect(self._on_check_clicked)
        self._add(name, "", box, [box], self._show_check(box))
        return box

    def _add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        markable: list[QWidget],
        show: Callable[[Any], None],
    ) -> None:
        widget.setProperty(_FIELD_PROPERTY, name)
        for child in markable:
            child.setProperty(_FIELD_PROPERTY, name)
            child.installEventFilter(self._undo_keys)
            child.setAccessibleName(child.accessibleName() or label.rstrip(":"))
        problem = plain_label(wrap=True)
        problem.setObjectName("fieldProblem")
        problem.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        if label:
            text_label = QLabel(label, self)
            text_label.setBuddy(markable[0])
            self.form.addRow(text_label, box)
        else:
            self.form.addRow(box)
        self._fields[name] = _Field(markable, problem, show)

    @staticmethod
    def _show_line(edit: QLineEdit) -> Callable[[Any], None]:
        def show(value: Any) -> None:
            if edit.text() != value:
                edit.setText(str(value))

        return show

    @staticmethod
    def _show_plain(edit: QPlainTextEdit) -> Callable[[Any], None]:
        def show(value: Any) -> None:
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(str(value))
                edit.blockSignals(False)

        return show

    @staticmethod
    def _show_check(box: QCheckBox) -> Callable[[Any], None]:
        def show(value: Any) -> None:
            box.setChecked(bool(value))

        return show

    # -- binding ------------------------------------------------------------------------------

    def bind(self, doc: EditorDocument | None, target: Target) -> None:
        """Show ``target`` of ``doc``; called again whenever the selection changes.

        ``bind(None, None)`` lets go of the document: do it before the document is deleted.
        """
        if doc is not self.doc:
            if self.doc is not None:
                self.doc.field_changed.disconnect(self._on_field_changed)
                self.doc.changed.disconnect(self.show_problems)
            if doc is not None:
                doc.field_changed.connect(self._on_field_changed)
                doc.changed.connect(self.show_problems)
            self.doc = doc
        self.target = target
        self.refresh()

    def refresh(self) -> None:
        if self.doc is None:
            return
        for name, field in self._fields.items():
            field.show(self.doc.value(self.target, name))
        self.show_problems()
        self.after_refresh()

    def after_refresh(self) -> None:
        """Hook for derived labels (totals, enabled states)."""

    @Slot()
    def show_problems(self) -> None:
        if self.doc is None or not self._is_bound_target_valid():
            return
        messages = self.doc.checked().messages(self.target)
        for name, field in self._fields.items():
            message = messages.get(name, "")
            field.problem.setText(message)
            field.problem.setVisible(bool(message))
            for widget in field.widgets:
                set_invalid(widget, bool(message))
        self.after_refresh()

    def problem_text(self, name: str) -> str:
        field = self._fields[name]
        return field.problem.text() if not field.problem.isHidden() else ""

    def _is_bound_target_valid(self) -> bool:
        assert self.doc is not None
        target = self.target
        if target is None:
            return True
        parts = self.doc.draft.parts
        if target[0] >= len(parts):
            return False
        return target[1] is None or target[1] < len(parts[target[0]].steps)

    @Slot(object, str)
    def _on_field_changed(self, target: Target, name: str) -> None:
        if target == self.target and name in self._fields and self.doc is not None:
            self._fields[name].show(self.doc.value(target, name))
            self.after_refresh()

    # -- user edits ---------------------------------------------------------------------------

    def _edit(self, value: Any) -> None:
        sender = self.sender()
        name = sender.property(_FIELD_PROPERTY) if sender is not None else None
        if self.doc is None or not isinstance(name, str) or not self._is_bound_target_valid():
            return
        if self.doc.value(self.target, name) == value:
            return
        self.doc.undo_stack.push(SetFieldCommand(self.doc, self.target, name, value))

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self._edit(text)

    @Slot()
    def _on_plain_text_changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QPlainTextEdit):
            self._edit(sender.toPlainText())

    @Slot(int)
    def _on_duration_edited(self, seconds: int) -> None:
        self._edit(seconds)

    @Slot(bool)
    def _on_check_clicked(self, checked: bool) -> None:
        self._edit(checked)
