"""All routines at a glance: built-ins (read-only), the user's own, and files that are broken.

Each routine shows its total and parts, with a warning badge outside 15-20 min; a broken file
shows its first problem here and all of them in the details below. Buttons only ask; the
container (:class:`RoutinesView`) does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.durations import format_clock
from warmup_app.core.routine import RECOMMENDED_MAX_SECONDS, RECOMMENDED_MIN_SECONDS
from warmup_app.core.routine_files import BrokenFile, Library, Problem, RoutineEntry
from warmup_app.gui.common.text import duration_warnings, plain_label
from warmup_app.gui.common.theme import is_dark

_ENTRY_ROLE = Qt.ItemDataRole.UserRole
LibraryItem = RoutineEntry | BrokenFile


class LibraryView(QWidget):
    #: Make a new routine from scratch.
    new_requested = Signal()
    #: Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``).
    open_requested = Signal(object)
    #: Rename a user routine (``RoutineEntry``).
    rename_requested = Signal(object)
    #: Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``).
    delete_requested = Signal(object)
    #: Export a routine (``RoutineEntry``).
    export_requested = Signal(object)
    #: Import a file chosen in a file dialog.
    import_requested = Signal()
    #: Bring back the routine deleted last.
    undo_delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineLibrary")
        self._library = Library()
        #: The user's routine folder: only broken files in it can be deleted from here.
        self.user_folder: Path | None = None
        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Routine"), self.tr("Total"), self.tr("Parts")])
        self.list.setObjectName("libraryList")
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setIndentation(18)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setAlternatingRowColors(False)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(0, 280)

        self.new_button = QPushButton(self.tr("New routine"), self)
        self.open_button = QPushButton(self.tr("Edit"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)

        self.detail_name = plain_label(wrap=True)
        self.detail_name.setObjectName("detailName")
        bold = QFont(self.detail_name.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.detail_name.setFont(bold)
        self.detail_text = plain_label(wrap=True)
        self.detail_text.setObjectName("detailText")
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_warning = plain_label(wrap=True)
        self.detail_warning.setObjectName("warning")

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = plain_label(wrap=True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        bar = QHBoxLayout(self.undo_bar)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        details = QFrame(self)
        details.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(details)
        detail_layout.addWidget(self.detail_name)
        detail_layout.addWidget(self.detail_warning)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(details)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._on_open)
        self.rename_button.clicked.connect(self._on_rename)
        self.delete_button.clicked.connect(self._on_delete)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self._on_export)
        self.undo_button.clicked.connect(self.undo_delete_requested)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(self._on_activated)
        self._update_details()

    # -- content ------------------------------------------------------------------------------

    def set_library(self, library: Library, select: Path | None = None) -> None:
        """Show ``library``, keeping the selection (or selecting the routine at ``select``)."""
        current = self.current()
        keep = select if select is not None else (current.path if current is not None else None)
        self._library = library
        self.list.blockSignals(True)
        self.list.clear()
        warn = QBrush(QColor("#ffb84d" if is_dark(self.palette()) else "#9a5b00"))
        groups = (
            (self.tr("Built-in (read-only)"), [e for e in library.routines if e.builtin]),
            (self.tr("Your routines"), [e for e in library.routines if not e.builtin]),
        )
        for title, entries in groups:
            heading = self._add_heading(title)
            if not entries and title == groups[1][0]:
                hint_text = self.tr("None yet: make a new one, or duplicate one above")
                hint = QTreeWidgetItem(heading, [hint_text])
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                hint.setFirstColumnSpanned(True)
            for entry in entries:
                self._add_entry(heading, entry, warn)
        if library.broken:
            heading = self._add_heading(self.tr("Could not be read"))
            for broken in library.broken:
                first = broken.problems[0] if broken.problems else None
                detail = ""
                if first is not None:
                    detail = self._short_problem(first)
                item = QTreeWidgetItem(heading, [broken.path.name, "—", detail])
                item.setData(0, _ENTRY_ROLE, broken)
                item.setForeground(0, warn)
                item.setForeground(2, warn)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("broken file"))
        self.list.expandAll()
        self.list.blockSignals(False)
        target = self._item_for(keep) if keep is not None else None
        target = target or self._first_selectable()
        if target is not None:
            self.list.setCurrentItem(target)
        self._update_details()

    def _add_heading(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.list, [title])
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)
        return item

    def _add_entry(self, heading: QTreeWidgetItem, entry: RoutineEntry, warn: QBrush) -> None:
        routine = entry.routine
        total = routine.total_seconds
        total_text = format_clock(total)
        if total < RECOMMENDED_MIN_SECONDS:
            total_text = self.tr("⚠ short  {0}").format(total_text)
        elif total > RECOMMENDED_MAX_SECONDS:
            total_text = self.tr("⚠ long  {0}").format(total_text)
        outside = not RECOMMENDED_MIN_SECONDS <= total <= RECOMMENDED_MAX_SECONDS
        parts = " · ".join(f"{p.name} {format_clock(p.total_seconds)}" for p in routine.parts)
        item = QTreeWidgetItem(heading, [routine.name, total_text, parts])
        item.setData(0, _ENTRY_ROLE, entry)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if outside:
            item.setForeground(1, warn)
            item.setToolTip(1, self.tr("Outside the recommended 15-20 min"))
            item.setData(
                1, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("outside 15 to 20 minutes")
            )

    def rows(self) -> list[QTreeWidgetItem]:
        """The rows that stand for a routine or a broken file (not headings or hints)."""
        rows = []
        for i in range(self.list.topLevelItemCount()):
            heading = self.list.topLevelItem(i)
            if heading is not None:
                rows += [heading.child(j) for j in range(heading.childCount())]
        return [
            item
            for item in rows
            if item is not None and isinstance(item.data(0, _ENTRY_ROLE), RoutineEntry | BrokenFile)
        ]

    def _item_for(self, path: Path) -> QTreeWidgetItem | None:
        return next((i for i in self.rows() if i.data(0, _ENTRY_ROLE).path == path), None)

    def _first_selectable(self) -> QTreeWidgetItem | None:
        items = self.rows()
        return items[0] if items else None

    def current(self) -> LibraryItem | None:
        item = self.list.currentItem()
        data = item.data(0, _ENTRY_ROLE) if item is not None else None
        return data if isinstance(data, RoutineEntry | BrokenFile) else None

    def select(self, path: Path) -> None:
        item = self._item_for(path)
        if item is not None:
            self.list.setCurrentItem(item)

    # -- undo bar ---------------------------------------------------------------------------

    def show_undo(self, text: str) -> None:
        self.undo_text.setText(text)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        self.undo_bar.hide()

    # -- details --------------------------------------------------------------------------------

    @Slot()
    def _update_details(self) -> None:
        current = self.current()
        is_entry = isinstance(current, RoutineEntry)
        builtin = isinstance(current, RoutineEntry) and current.builtin
        self.open_button.setText(self.tr("Duplicate to edit") if builtin else self.tr("Edit"))
        self.open_button.setEnabled(is_entry)
        self.rename_button.setEnabled(is_entry and not builtin)
        self.delete_button.setEnabled(self._deletable(current))
        self.export_button.setEnabled(is_entry)
        self.detail_warning.hide()
        if current is None:
            self.detail_name.setText(self.tr("No routine selected"))
            self.detail_text.setText("")
            return
        if isinstance(current, BrokenFile):
            self.detail_name.setText(current.path.name)
            lines = [self.tr("This file could not be read:")]
            for problem in current.problems:
                where = self.tr("line {0}: ").format(problem.line) if problem.line else ""
                field = f"{problem.field}: " if problem.field else ""
                lines.append(f"• {where}{field}{problem.message}")
            lines.append(self.tr("File: {0}").format(current.path))
            self.detail_text.setText("\n".join(lines))
            return
        routine = current.routine
        self.detail_name.setText(routine.name)
        lines = []
        if routine.description:
            lines.append(routine.description)
        lines.append(
            self.tr(
                "Total {0} (plus a {1} get-ready countdown), %n steps", "", routine.step_count
            ).format(
                format_clock(routine.total_seconds),
                format_clock(routine.lead_in),
            )
        )
        lines += [
            f"• {p.name}: {format_clock(p.total_seconds)}, " + self.tr("%n steps", "", len(p.steps))
            for p in routine.parts
        ]
        origin = self.tr("Built in: read-only. Duplicate it to make your own version.")
        lines.append(origin if builtin else self.tr("File: {0}").format(current.path))
        self.detail_text.setText("\n".join(lines))
        warnings = duration_warnings(routine)
        if warnings:
            self.detail_warning.setText("⚠ " + "; ".join(warnings))
            self.detail_warning.show()

    def _short_problem(self, problem: Problem) -> str:
        """``line 7, duration: cannot read ...``: where to look, in words a runner can use."""
        where = self.tr("line {0}").format(problem.line) if problem.line else ""
        name = problem.field.rsplit(".", 1)[-1] if problem.field else ""
        place = ", ".join(p for p in (where, name) if p)
        return f"{place}: {problem.message}" if place else problem.message

    def _deletable(self, item: LibraryItem | None) -> bool:
        if isinstance(item, RoutineEntry):
            return not item.builtin
        return item is not None and item.path.parent.resolve() == self.user_folder

    @Slot(object, object)
    def _on_current_changed(self, _current: object, _previous: object) -> None:
        self._update_details()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, _ENTRY_ROLE)
        if isinstance(data, RoutineEntry):
            self.open_requested.emit(data)

    @Slot()
    def _on_open(self) -> None:
        current = self.current()
        if isinstance(current, RoutineEntry):
            self.open_requested.emit(current)

    @Slot()
    def _on_rename(self) -> None:
        current = self.current()
        if isinstance(current, RoutineEntry) and not current.builtin:
            self.rename_requested.emit(current)

    @Slot()
    def _on_delete(self) -> None:
        current = self.current()
        if self._deletable(current):
            self.delete_requested.emit(current)

    @Slot()
    def _on_export(self) -> None:
        current = self.current()
        if isinstance(current, RoutineEntry):
            self.export_requested.emit(current)
