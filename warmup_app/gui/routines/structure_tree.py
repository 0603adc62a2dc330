"""The routine's outline: parts with their steps, totals, problems, and drag-and-drop reorder.

The tree never moves its own items. A drop is turned into a move request; the editor pushes an
undo command, the document changes, and the tree is rebuilt from the draft.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from warmup_app.core.durations import format_clock, format_duration
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import Target

MIME_TYPE = "application/x-warmup-editor-item"
_TARGET_ROLE = Qt.ItemDataRole.UserRole


class StructureTree(QTreeWidget):
    """Shows one document's parts and steps."""

    #: The selected item changed (target).
    target_selected = Signal(object)
    #: A dragged part should move: (from index, to index counted after taking it out).
    part_move_requested = Signal(int, int)
    #: A dragged step should move: ((part, index), (part, index after taking it out)).
    step_move_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: EditorDocument | None = None
        self.setObjectName("structureTree")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Parts and steps"), self.tr("Time")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Parts and steps"))
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._on_current_changed)
        self._rebuilding = False

    # -- content ------------------------------------------------------------------------------

    def bind(self, doc: EditorDocument | None) -> None:
        self.doc = doc
        self.rebuild()

    def rebuild(self, select: Target = None) -> None:
        """Redraw from the draft, keeping (or moving to) the selected item."""
        if select is None:
            select = self.current_target()
        self._rebuilding = True
        self.clear()
        if self.doc is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            for p, part in enumerate(self.doc.draft.parts):
                part_item = QTreeWidgetItem(self)
                part_item.setData(0, _TARGET_ROLE, [p, None])
                part_item.setFont(0, bold)
                part_item.setFont(1, bold)
                part_item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                for s, _step in enumerate(part.steps):
                    step_item = QTreeWidgetItem(part_item)
                    step_item.setData(0, _TARGET_ROLE, [p, s])
                    step_item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDragEnabled
                        | Qt.ItemFlag.ItemNeverHasChildren
                    )
            self.expandAll()
            self.refresh_labels()
        self._rebuilding = False
        item = self.item_for(select) or self.item_for((0, None))
        if item is not None:
            self.setCurrentItem(item)
        self.target_selected.emit(self.current_target())

    def refresh_labels(self) -> None:
        """Names, times and problem marks, without rebuilding (after a field edit)."""
        if self.doc is None:
            return
        checked = self.doc.checked()
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for p, part in enumerate(self.doc.draft.parts):
            part_item = self.item_for((p, None))
            if part_item is None:
                break  # mid-rebuild: the tree is behind the draft for a moment
            label = part.name or self.tr("(unnamed part)")
            if part.transition and len(part.steps) > 1:  # explains the part's total
                label += self.tr("  · {0} between steps").format(format_duration(part.transition))
            part_item.setText(0, label)
            part_item.setText(1, format_clock(part.total_seconds))
            self._mark(part_item, checked.has_problems((p, None)), warn)
            for s, step in enumerate(part.steps):
                step_item = self.item_for((p, s))
                if step_item is None:
                    break
                label = step.name or self.tr("(unnamed step)")
                if step.per_side:
                    label += self.tr("  · each side")
                step_item.setText(0, label)
                step_item.setText(1, format_clock(step.total_seconds))
                self._mark(step_item, checked.has_problems((p, s)), warn)

    def _mark(self, item: QTreeWidgetItem, bad: bool, icon: QIcon) -> None:
        item.setIcon(0, icon if bad else QIcon())
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleDescriptionRole,
            self.tr("has a problem") if bad else "",
        )

    # -- selection ----------------------------------------------------------------------------

    @staticmethod
    def target_of(item: QTreeWidgetItem | None) -> Target:
        if item is None:
            return None
        data = item.data(0, _TARGET_ROLE)
        return (int(data[0]), None if data[1] is None else int(data[1]))

    def current_target(self) -> Target:
        return self.target_of(self.currentItem())

    def item_for(self, target: Target) -> QTreeWidgetItem | None:
        if target is None:
            return None
        part, step = target
        if part >= self.topLevelItemCount():
            return None
        item = self.topLevelItem(part)
        if item is None or step is None:
            return item
        return item.child(step) if step < item.childCount() else None

    def select(self, target: Target) -> None:
        item = self.item_for(target)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if not self._rebuilding:
            self.target_selected.emit(self.target_of(current))

    # -- drag and drop ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            payload = json.dumps(items[0].data(0, _TARGET_ROLE)).encode("utf-8")
            data.setData(MIME_TYPE, QByteArray(payload))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        source = self._dragged(event.mimeData())
        event.ignore()  # the tree never moves its own items; the move is an undo command
        if source is None or self.doc is None:
            return
        point = event.position().toPoint()
        if source[1] is None:
            dest_part = self.part_drop_index(point, source[0])
            if dest_part is not None and dest_part != source[0]:
                self.part_move_requested.emit(source[0], dest_part)
            return
        dest = self.step_drop_target(point, (source[0], source[1]))
        if dest is not None and dest != (source[0], source[1]):
            self.step_move_requested.emit((source[0], source[1]), dest)

    def _dragged(self, mime: QMimeData) -> Target:
        if not mime.hasFormat(MIME_TYPE):
            return None
        try:
            data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
            part = int(data[0])
            step = None if data[1] is None else int(data[1])
        except (ValueError, TypeError, IndexError, KeyError):
            return None
        if self.item_for((part, step)) is None:
            return None
        return (part, step)

    def _upper_half(self, item: QTreeWidgetItem, point: QPoint) -> bool:
        rect = self.visualItemRect(item)
        return point.y() < rect.center().y()

    def step_drop_target(self, point: QPoint, source: tuple[int, int]) -> tuple[int, int] | None:
        """Where a step dropped at ``point`` (viewport coordinates) goes, after taking it out."""
        assert self.doc is not None
        item = self.itemAt(point)
        parts = self.doc.draft.parts
        if item is None:
            if not parts:
                return None
            part, index = len(parts) - 1, len(parts[-1].steps)  # below everything: the end
        else:
            target = self.target_of(item)
            assert target is not None
            part, step = target
            if step is None:  # on a part's heading: first step of that part
                index = 0
            elif self._upper_half(item, point):
                index = step
            else:
                index = step + 1
        if part == source[0] and index > source[1]:
            index -= 1
        return (part, index)

    def part_drop_index(self, point: QPoint, source: int) -> int | None:
        """Where a part dropped at ``point`` goes, counted after taking it out."""
        assert self.doc is not None
        item = self.itemAt(point)
        count = len(self.doc.draft.parts)
        if item is None:
            index = count
        else:
            target = self.target_of(item)
            assert target is not None
            part, step = target
            before = step is None and self._upper_half(item, point)
            index = part if before else part + 1
        if index > source:
            index -= 1
        return index
