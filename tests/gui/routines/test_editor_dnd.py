"""Drag and drop in the outline: the drop becomes an undoable move, never a move by the tree.

The drag itself (QDrag.exec) runs a nested event loop a test cannot drive, so these tests send
the drag-enter, drag-move and drop events a real drag delivers to the tree's viewport, with the
tree's own drag payload.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import make_view
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.structure_tree import MIME_TYPE, StructureTree


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    routines = make_view(qtbot)
    entry = routines.library.find("race-day")
    assert entry is not None
    assert routines.open_entry(entry)
    return routines


def doc_of(view: RoutinesView) -> EditorDocument:
    assert view.doc is not None
    return view.doc


def point(tree: StructureTree, target: tuple[int, int | None], where: str) -> QPoint:
    item = tree.item_for(target)
    assert item is not None
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    y = {"upper": rect.top() + 2, "lower": rect.bottom() - 2, "middle": rect.center().y()}[where]
    return QPoint(rect.left() + 30, y)


def drag(tree: StructureTree, source: tuple[int, int | None], to: QPoint) -> bool:
    """Deliver a drag of ``source`` ending at ``to``; True if the tree accepted the drop."""
    item = tree.item_for(source)
    assert item is not None
    mime = tree.mimeData([item])
    assert mime.hasFormat(MIME_TYPE)
    return deliver(tree, mime, to)


def deliver(tree: StructureTree, mime: QMimeData, to: QPoint) -> bool:
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(to, actions, mime, buttons, none)
    QApplication.sendEvent(tree.viewport(), enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(to, actions, mime, buttons, none)
    QApplication.sendEvent(tree.viewport(), move)
    drop = QDropEvent(QPointF(to), actions, mime, buttons, none)
    QApplication.sendEvent(tree.viewport(), drop)
    return True


def names(doc: EditorDocument, part: int) -> list[str]:
    return [s.name for s in doc.draft.parts[part].steps]


def test_drop_a_step_above_another_in_the_same_part(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    before = doc.draft.copy()
    assert drag(tree, (1, 4), point(tree, (1, 1), "upper"))
    assert names(doc, 1)[:3] == [
        "Deep lunge stretch",
        "Lying glute stretch",
        "Standing quad stretch",
    ]
    assert tree.current_target() == (1, 1)
    assert doc.undo_stack.undoText() == "Move step"
    doc.undo_stack.undo()
    assert doc.draft == before


def test_drop_a_step_below_a_later_one(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    assert drag(tree, (1, 0), point(tree, (1, 2), "lower"))
    assert names(doc, 1)[:3] == [
        "Standing quad stretch",
        "Standing adductor stretch",
        "Deep lunge stretch",
    ]


def test_drop_a_step_into_another_part(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    assert drag(tree, (2, 0), point(tree, (0, 1), "lower"))  # below "Easy jog"
    assert names(doc, 0) == ["Brisk walk", "Easy jog", "Stride 1 of 4"]
    assert len(doc.draft.parts[2].steps) == 7
    assert drag(tree, (0, 2), point(tree, (1, None), "middle"))  # on a part's heading
    assert names(doc, 1)[0] == "Stride 1 of 4"


def test_drop_a_part_above_another(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    assert drag(tree, (2, None), point(tree, (0, None), "upper"))
    assert [p.name for p in doc.draft.parts] == ["Strides", "Jog", "Dynamic stretches"]
    doc.undo_stack.undo()
    assert [p.name for p in doc.draft.parts] == ["Jog", "Dynamic stretches", "Strides"]
    assert drag(tree, (0, None), point(tree, (2, 3), "middle"))  # on a step: after its part
    assert [p.name for p in doc.draft.parts] == ["Dynamic stretches", "Strides", "Jog"]


def test_drop_on_itself_or_below_everything(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    assert drag(tree, (1, 2), point(tree, (1, 2), "upper"))
    assert doc.undo_stack.count() == 0  # no move, nothing to undo
    bottom = QPoint(30, tree.viewport().height() - 2)
    tree.scrollToBottom()
    assert tree.itemAt(bottom) is None
    assert drag(tree, (0, 0), bottom)
    assert names(doc, 2)[-1] == "Brisk walk"


def test_foreign_or_forged_drops_change_nothing(view: RoutinesView) -> None:
    doc = doc_of(view)
    tree = view.editor.tree
    before = doc.draft.copy()
    text = QMimeData()
    text.setText("Brisk walk")
    assert not deliver(tree, text, point(tree, (1, 1), "upper"))
    for payload in (b"[9, 9]", b"not json", b'{"a": 1}', b"[0, 99]", b"[null, null]"):
        forged = QMimeData()
        forged.setData(MIME_TYPE, payload)
        deliver(tree, forged, point(tree, (1, 1), "upper"))
    assert doc.draft == before
    assert doc.undo_stack.count() == 0
