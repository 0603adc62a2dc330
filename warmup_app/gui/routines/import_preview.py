"""Shows what an import would bring in (or why it cannot) before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from warmup_app.core.durations import format_clock
from warmup_app.core.routine_store import ImportPreview
from warmup_app.gui.common.text import duration_warnings, plain_label

MAX_SHOWN_PROBLEMS = 12


class ImportPreviewDialog(QDialog):
    """Name, total, parts and warnings of a valid file; every problem of a broken one.

    All text from the file is shown as plain text.
    """

    def __init__(
        self, preview: ImportPreview, parent: QWidget | None = None, pending: str = ""
    ) -> None:
        """``pending``: a note on files waiting behind this one ("3 more files to import")."""
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import a routine"))
        self.setMinimumWidth(480)
        self.source = plain_label(self.tr("File: {0}").format(preview.source), wrap=True)
        self.source.setObjectName("importSource")
        self.heading = plain_label(wrap=True)
        self.heading.setObjectName("importHeading")
        self.details = plain_label(wrap=True)
        self.details.setObjectName("importDetails")
        self.problems = plain_label(wrap=True)
        self.problems.setObjectName("importProblems")
        self.pending = plain_label(pending)
        self.pending.setObjectName("importPending")
        self.pending.setVisible(bool(pending))
        layout = QVBoxLayout(self)
        for label in (self.heading, self.source, self.details, self.problems, self.pending):
            layout.addWidget(label)
        routine = preview.routine
        if routine is not None and preview.ok:
            self.heading.setText(routine.name)
            lines = [self.tr("Total: {0}").format(format_clock(routine.total_seconds))]
            lines += [f"• {p.name}  {format_clock(p.total_seconds)}" for p in routine.parts]
            lines += [f"⚠ {w}" for w in duration_warnings(routine)]
            if routine.description:
                lines.insert(0, routine.description)
            if preview.clash is not None:
                lines.append(
                    self.tr("A routine called “{0}” is already in your library.").format(
                        preview.clash.routine.name
                    )
                )
            self.details.setText("\n".join(lines))
            self.problems.hide()
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            self.import_button = buttons.addButton(
                self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setDefault(True)
        else:
            self.heading.setText(self.tr("This file cannot be imported"))
            self.details.setText(self.tr("Nothing was saved. What is wrong with it:"))
            shown = [
                f"• {self._line(p.line)}{self._where(p.field)}{p.message}"
                for p in preview.problems[:MAX_SHOWN_PROBLEMS]
            ]
            more = len(preview.problems) - MAX_SHOWN_PROBLEMS
            if more > 0:
                shown.append(self.tr("… and {0} more").format(more))
            self.problems.setText("\n".join(shown))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        #: The runner chose to skip the files waiting behind this one.
        self.skip_rest = False
        #: Only when files wait behind this one.
        self.skip_button: QPushButton | None = None
        if pending:
            self.skip_button = buttons.addButton(
                self.tr("Skip the rest"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.skip_button.clicked.connect(self._skip_rest)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _skip_rest(self) -> None:
        self.skip_rest = True
        self.reject()

    def _line(self, line: int | None) -> str:
        return self.tr("line {0}: ").format(line) if line else ""

    @staticmethod
    def _where(field: str) -> str:
        return f"{field}: " if field else ""

    def ask(self) -> bool:
        """Show the preview; True if the user chose Import (never for a broken file)."""
        return bool(self.exec() == QDialog.DialogCode.Accepted and self.preview.ok)
