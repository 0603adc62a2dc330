"""Choose a routine: each with its total and parts; broken files listed with their problem.

The picker is also the run window's header: it names the routine that is loaded, even one
that is not in the library (a file given with ``--start``, or today's adapted copy, which gets
an "adapted for today" badge and a way back to the original).

Broken files are one line, a count and a "Show the list" button, so forty (or two thousand) of
them never push Start off the screen; the list opens in a dialog that scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.durations import format_clock
from warmup_app.gui.common.text import duration_warnings, plain_label

if TYPE_CHECKING:  # types only: the window paints before routines (and pydantic) load
    from warmup_app.core.routine_files import Library, RoutineEntry

#: Combo data of the item for a loaded routine that the library does not list.
_LOADED = "\x00loaded"


class RoutinePicker(QWidget):
    #: The runner chose a routine from the list (``RoutineEntry``).
    routine_chosen = Signal(object)
    #: The runner asked to go back from an adapted copy to its original.
    original_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._loaded: RoutineEntry | None = None  # shown in its own item: not in the library
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Routine"))
        self.combo.setMinimumContentsLength(28)
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("routineSummary")
        self.summary.setText(self.tr("Loading routines…"))
        self.badge = plain_label()
        self.badge.setObjectName("adaptedBadge")
        self.badge.setText(self.tr("Adapted for today"))
        self.badge.setStyleSheet(
            "QLabel#adaptedBadge { font-weight: bold; background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 9px; padding: 2px 10px; }"
        )
        self.original_button = QPushButton(self.tr("Use the original"), self)
        self.original_button.setToolTip(self.tr("Go back to the routine as it is saved"))
        self.badge.hide()
        self.original_button.hide()
        self.warning = plain_label(wrap=True)
        self.warning.setObjectName("warning")
        self.broken = plain_label()
        self.broken.setObjectName("broken")
        self.broken_button = QPushButton(self.tr("Show the list"), self)
        self.broken_button.setToolTip(self.tr("Which routine files could not be read, and why"))
        self.broken_button.clicked.connect(self.show_broken_list)
        # A click does not take the focus: Space must still start the warm-up afterwards.
        self.broken_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.broken_button.hide()
        self._broken_text = ""
        self.broken_dialog: QDialog | None = None
        self.broken_list: QPlainTextEdit | None = None
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Routine:")))
        row.addWidget(self.combo, 1)
        row.addWidget(self.badge)
        row.addWidget(self.original_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        broken_row = QHBoxLayout()
        broken_row.addWidget(self.broken)
        broken_row.addWidget(self.broken_button)
        broken_row.addStretch(1)
        layout.addLayout(broken_row)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.original_button.clicked.connect(self.original_requested)

    def set_library(self, library: Library) -> None:
        """List ``library``; which item is current follows :meth:`show_entry`."""
        self._library = library
        self._loaded = None
        self.combo.blockSignals(True)  # filling the list chooses nothing
        self.combo.clear()
        for entry in library.routines:
            self.combo.addItem(_label(entry), entry.id)
        self.combo.blockSignals(False)
        self._show_broken(library)
        if not library.routines:
            self.summary.setText(self.tr("No routines found."))
            self.warning.hide()

    def show_entry(self, entry: RoutineEntry) -> None:
        """Name ``entry`` as the routine loaded, adding an item for it if the list lacks it."""
        listed = self._library.find(entry.id) if self._library is not None else None
        # The library's item names this routine only if it is the same file with the same
        # content: one saved with changes while it runs is named as it runs.
        in_library = (
            listed is not None
            and listed.path == entry.path
            and listed.routine == entry.routine
            and entry.adapted_from is None
        )
        loaded_index = self.combo.findData(_LOADED)
        self.combo.blockSignals(True)  # showing what is loaded is not a choice
        if in_library:
            if loaded_index >= 0:
                self.combo.removeItem(loaded_index)
            self._loaded = None
            self.combo.setCurrentIndex(self.combo.findData(entry.id))
        else:
            self._loaded = entry
            if loaded_index < 0:
                self.combo.insertItem(0, _label(entry), _LOADED)
                loaded_index = 0
            else:
                self.combo.setItemText(loaded_index, _label(entry))
            self.combo.setCurrentIndex(loaded_index)
        self.combo.blockSignals(False)
        adapted = entry.adapted_from is not None
        self.badge.setVisible(adapted)
        self.original_button.setVisible(adapted)
        self.combo.setAccessibleDescription(self.tr("Adapted for today") if adapted else "")
        self._show_summary(entry)

    def current(self) -> RoutineEntry | None:
        """The routine the header names."""
        routine_id = self.combo.currentData()
        if routine_id == _LOADED:
            return self._loaded
        if self._library is None or not routine_id:
            return None
        return self._library.find(routine_id)

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        """The runner picked another item: ask for it to be loaded."""
        entry = self.current()
        if entry is not None:
            self.routine_chosen.emit(entry)

    def _show_summary(self, entry: RoutineEntry) -> None:
        parts = " · ".join(f"{p.name} {format_clock(p.total_seconds)}" for p in entry.routine.parts)
        self.summary.setText(parts)
        warnings = duration_warnings(entry.routine)
        self.warning.setText("⚠ " + "; ".join(warnings) if warnings else "")
        self.warning.setVisible(bool(warnings))

    def _show_broken(self, library: Library) -> None:
        count = len(library.broken)
        self.broken.setVisible(count > 0)
        self.broken_button.setVisible(count > 0)
        if not count:
            self._broken_text = ""
            return
        self.broken.setText(self.tr("⚠ %n routine files could not be read.", "", count))
        lines = []
        for broken in library.broken:
            first = broken.problems[0] if broken.problems else None
            detail = (
                f"{first.field}: {first.message}"
                if first and first.field
                else (first.message if first else "")
            )
            more = len(broken.problems) - 1
            extra = self.tr(" (+{0} more)").format(more) if more > 0 else ""
            lines.append(f"• {broken.path.name}: {detail}{extra}")
        self._broken_text = "\n".join(lines)
        if self.broken_list is not None:
            self.broken_list.setPlainText(self._broken_text)

    @Slot()
    def show_broken_list(self) -> None:
        """The broken files and their first problem, in a scrolling dialog (plain text)."""
        if self.broken_dialog is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Routine files that could not be read"))
            text = QPlainTextEdit(dialog)
            text.setReadOnly(True)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            text.setAccessibleName(self.tr("Routine files that could not be read"))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
            buttons.rejected.connect(dialog.reject)
            dialog.finished.connect(self._after_broken_list)
            layout = QVBoxLayout(dialog)
            layout.addWidget(text)
            layout.addWidget(buttons)
            dialog.resize(640, 360)
            self.broken_dialog = dialog
            self.broken_list = text
        dialog = self.broken_dialog
        assert self.broken_list is not None
        self.broken_list.setPlainText(self._broken_text)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    @Slot()
    def _after_broken_list(self) -> None:
        """Back to the run window, so Space starts the warm-up again."""
        self.window().activateWindow()


def _label(entry: RoutineEntry) -> str:
    return f"{entry.routine.name}  ({format_clock(entry.routine.total_seconds)})"
