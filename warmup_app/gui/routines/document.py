"""One routine open in the editor: its draft, where it is saved, and its undo stack.

Only the undo commands change the draft, through the methods below; each change is announced
by a signal, so the tree, the forms and the totals redraw from the draft and never keep their
own copy of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from warmup_app.gui.routines.draft import (
    PART_FIELDS,
    ROUTINE_FIELDS,
    STEP_FIELDS,
    Checked,
    PartDraft,
    RoutineDraft,
    StepDraft,
    Target,
    check,
)


class EditorDocument(QObject):
    """A draft plus its file; ``path`` is None until the first save."""

    #: Anything changed; totals and validation are out of date.
    changed = Signal()
    #: Parts or steps were added, removed or moved; the tree must be rebuilt.
    structure_changed = Signal()
    #: One field changed: (target, field name). See :data:`draft.Target`.
    field_changed = Signal(object, str)
    #: A command asks for this item to be shown and selected (target).
    focus_requested = Signal(object)

    def __init__(
        self, draft: RoutineDraft, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.path = path
        #: The name as last saved (None for a new routine): a changed name renames the file.
        self.saved_name: str | None = draft.name if path is not None else None
        self.undo_stack = QUndoStack(self)
        self._checked: Checked | None = None
        self.changed.connect(self._forget_check)

    @property
    def is_new(self) -> bool:
        return self.path is None

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def checked(self) -> Checked:
        """The draft's validation, computed once per change."""
        if self._checked is None:
            self._checked = check(self.draft)
        return self._checked

    def _forget_check(self) -> None:
        self._checked = None

    # -- reading ----------------------------------------------------------------------------

    def item(self, target: Target) -> RoutineDraft | PartDraft | StepDraft:
        if target is None:
            return self.draft
        part, step = target
        return self.draft.parts[part] if step is None else self.draft.parts[part].steps[step]

    def value(self, target: Target, name: str) -> Any:
        return getattr(self.item(target), name)

    # -- changing (for undo commands only) ----------------------------------------------------

    def set_value(self, target: Target, name: str, value: Any) -> None:
        allowed = (
            ROUTINE_FIELDS if target is None else PART_FIELDS if target[1] is None else STEP_FIELDS
        )
        if name not in allowed:
            raise KeyError(name)
        setattr(self.item(target), name, value)
        self.changed.emit()
        self.field_changed.emit(target, name)

    def insert_part(self, index: int, part: PartDraft) -> None:
        self.draft.parts.insert(index, part)
        self._structure()

    def take_part(self, index: int) -> PartDraft:
        part = self.draft.parts.pop(index)
        self._structure()
        return part

    def insert_step(self, part: int, index: int, step: StepDraft) -> None:
        self.draft.parts[part].steps.insert(index, step)
        self._structure()

    def take_step(self, part: int, index: int) -> StepDraft:
        step = self.draft.parts[part].steps.pop(index)
        self._structure()
        return step

    def focus(self, target: Target) -> None:
        self.focus_requested.emit(target)

    def _structure(self) -> None:
        self.changed.emit()
        self.structure_changed.emit()
