"""Undo commands: every edit in the editor is one of these, pushed on the document's stack.

Each command changes the draft only through :class:`EditorDocument` and asks for the changed
item to be shown, so undo and redo always land where the runner can see what they did.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import PartDraft, StepDraft, Target

# Literal contexts and texts, so pyside6-lupdate finds every one of them.
translate = QCoreApplication.translate

_SET_FIELD_ID = 1


def field_label(target: Target, name: str) -> str:
    """How a field is named in Edit > Undo ... and in validation messages."""
    labels = {
        "name": translate("EditorCommands", "name"),
        "description": translate("EditorCommands", "description"),
        "lead_in": translate("EditorCommands", "lead-in"),
        "transition": translate("EditorCommands", "pause between steps"),
        "duration": translate("EditorCommands", "duration"),
        "per_side": translate("EditorCommands", "per side"),
        "switch": translate("EditorCommands", "switch time"),
        "reps": translate("EditorCommands", "reps"),
        "instructions": translate("EditorCommands", "instructions"),
        "metronome": translate("EditorCommands", "metronome"),
        "figure": translate("EditorCommands", "figure"),
        "cue_lines": translate("EditorCommands", "cue lines"),
        "steps": translate("EditorCommands", "steps"),
    }
    return labels.get(name, name)


class SetFieldCommand(QUndoCommand):
    """Change one field. Consecutive changes of the same field (typing) merge into one."""

    def __init__(self, doc: EditorDocument, target: Target, name: str, value: Any) -> None:
        if target is None:
            what = translate("EditorCommands", "routine")
        elif target[1] is None:
            what = translate("EditorCommands", "part")
        else:
            what = translate("EditorCommands", "step")
        super().__init__(
            translate("EditorCommands", "Change {0} {1}").format(what, field_label(target, name))
        )
        self.doc = doc
        self.target = target
        self.name = name
        self.old = doc.value(target, name)
        self.new = value

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand):
            return False
        if other.target != self.target or other.name != self.name:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.doc.set_value(self.target, self.name, self.new)
        self.doc.focus(self.target)

    def undo(self) -> None:
        self.doc.set_value(self.target, self.name, self.old)
        self.doc.focus(self.target)


class AddPartCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, index: int, part: PartDraft, text: str = "") -> None:
        super().__init__(text or translate("EditorCommands", "Add part"))
        self.doc = doc
        self.index = index
        self.part = part

    def redo(self) -> None:
        self.doc.insert_part(self.index, copy.deepcopy(self.part))
        self.doc.focus((self.index, None))

    def undo(self) -> None:
        self.doc.take_part(self.index)
        parts = len(self.doc.draft.parts)
        self.doc.focus((min(self.index, parts - 1), None) if parts else None)


class RemovePartCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, index: int) -> None:
        super().__init__(translate("EditorCommands", "Remove part"))
        self.doc = doc
        self.index = index
        self.part: PartDraft | None = None

    def redo(self) -> None:
        self.part = self.doc.take_part(self.index)
        parts = len(self.doc.draft.parts)
        self.doc.focus((min(self.index, parts - 1), None) if parts else None)

    def undo(self) -> None:
        assert self.part is not None
        self.doc.insert_part(self.index, self.part)
        self.doc.focus((self.index, None))


class MovePartCommand(QUndoCommand):
    """Move a part to position ``dest`` (counted after it is taken out)."""

    def __init__(self, doc: EditorDocument, source: int, dest: int) -> None:
        super().__init__(translate("EditorCommands", "Move part"))
        self.doc = doc
        self.source = source
        self.dest = dest

    def _move(self, src: int, dst: int) -> None:
        self.doc.insert_part(dst, self.doc.take_part(src))
        self.doc.focus((dst, None))

    def redo(self) -> None:
        self._move(self.source, self.dest)

    def undo(self) -> None:
        self._move(self.dest, self.source)


class AddStepCommand(QUndoCommand):
    """Insert a step (from the catalogue, blank, or a duplicate) at ``part``, ``index``."""

    def __init__(
        self, doc: EditorDocument, part: int, index: int, step: StepDraft, text: str = ""
    ) -> None:
        super().__init__(text or translate("EditorCommands", "Add step"))
        self.doc = doc
        self.part = part
        self.index = index
        self.step = step

    def redo(self) -> None:
        self.doc.insert_step(self.part, self.index, copy.deepcopy(self.step))
        self.doc.focus((self.part, self.index))

    def undo(self) -> None:
        self.doc.take_step(self.part, self.index)
        self.doc.focus(_near(self.doc, self.part, self.index))


class RemoveStepCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, part: int, index: int) -> None:
        super().__init__(translate("EditorCommands", "Remove step"))
        self.doc = doc
        self.part = part
        self.index = index
        self.step: StepDraft | None = None

    def redo(self) -> None:
        self.step = self.doc.take_step(self.part, self.index)
        self.doc.focus(_near(self.doc, self.part, self.index))

    def undo(self) -> None:
        assert self.step is not None
        self.doc.insert_step(self.part, self.index, self.step)
        self.doc.focus((self.part, self.index))


class MoveStepCommand(QUndoCommand):
    """Move a step within its part or to another; ``dest`` is counted after taking it out."""

    def __init__(self, doc: EditorDocument, source: tuple[int, int], dest: tuple[int, int]) -> None:
        super().__init__(translate("EditorCommands", "Move step"))
        self.doc = doc
        self.source = source
        self.dest = dest

    def _move(self, src: tuple[int, int], dst: tuple[int, int]) -> None:
        step = self.doc.take_step(*src)
        self.doc.insert_step(dst[0], dst[1], step)
        self.doc.focus(dst)

    def redo(self) -> None:
        self._move(self.source, self.dest)

    def undo(self) -> None:
        self._move(self.dest, self.source)


def _near(doc: EditorDocument, part: int, index: int) -> Target:
    """The step now at ``index`` (or the one before), else the part itself."""
    steps = doc.draft.parts[part].steps
    if steps:
        return (part, min(index, len(steps) - 1))
    return (part, None)
