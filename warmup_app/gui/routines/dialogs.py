"""Every question the routines view asks, each one call that returns the answer.

Each is a plain callable attribute, so tests replace it (no modal dialog ever opens in a test)
and the view's logic reads as a sequence of questions and actions. Text from files goes into
message boxes as plain text: a routine called ``<b>x</b>`` is shown as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from warmup_app.core.routine_store import ClashChoice, ImportPreview
from warmup_app.gui.routines.import_preview import ImportPreviewDialog
from warmup_app.paths import ROUTINE_SUFFIX


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class EditorDialogs(QObject):
    """Default answers come from real dialogs parented to ``parent``."""

    #: The runner chose "Skip the rest" in an import preview: drop the files queued behind it.
    rest_skipped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        #: Unsaved changes in the routine named: save, discard or cancel?
        self.ask_unsaved: Callable[[str], UnsavedChoice] = self._ask_unsaved
        #: Move the routine named to the trash?
        self.confirm_delete: Callable[[str], bool] = self._confirm_delete
        #: An imported routine's name is taken: (name, whether replacing is possible).
        self.ask_clash: Callable[[str, bool], ClashChoice] = self._ask_clash
        #: Show what an import brings in; True to go on with it.
        self.show_import_preview: Callable[[ImportPreview], bool] = self._show_import_preview
        #: A new name for a routine (given its current one); None when cancelled.
        self.ask_new_name: Callable[[str], str | None] = self._ask_new_name
        #: A routine file to import; None when cancelled.
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path
        #: Where to export (given a suggested file name); None when cancelled.
        self.ask_export_path: Callable[[str], Path | None] = self._ask_export_path
        #: Replace this existing file (outside the dialog that already asked)?
        self.confirm_overwrite: Callable[[Path], bool] = self._confirm_overwrite
        #: Something failed: (title, message).
        self.show_error: Callable[[str, str], None] = self._show_error
        #: Shown in the import preview: files waiting behind it ("3 more files to import").
        self.pending_imports = ""

    def _box(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        informative: str = "",
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if informative:  # always the app's own words: file text goes only into ``text``
            box.setInformativeText(informative)
        return box

    def _ask_unsaved(self, name: str) -> UnsavedChoice:
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(name),
            self.tr("If you don't, your changes will be lost."),
        )
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def _confirm_delete(self, name: str) -> bool:
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Delete routine"),
            self.tr("Delete “{0}”?").format(name),
            self.tr("It is moved to the trash folder; you can undo this right after."),
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def _ask_clash(self, name: str, can_replace: bool) -> ClashChoice:
        informative = (
            self.tr("Replace it with the imported one, or keep both (the new one gets a number)?")
            if can_replace
            else self.tr("That one is built in and cannot be replaced; keep both?")
        )
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Name already used"),
            self.tr("You already have a routine called “{0}”.").format(name),
            informative,
        )
        replace = (
            box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
            if can_replace
            else None
        )
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if replace is not None and clicked is replace:
            return ClashChoice.REPLACE
        if clicked is keep:
            return ClashChoice.KEEP_BOTH
        return ClashChoice.CANCEL

    def _show_import_preview(self, preview: ImportPreview) -> bool:
        dialog = ImportPreviewDialog(preview, self._parent, self.pending_imports)
        accepted = dialog.ask()
        if dialog.skip_rest:
            self.rest_skipped.emit()
        return accepted

    def _ask_new_name(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self._parent,
            self.tr("Rename routine"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return text if ok else None

    def _ask_import_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a routine"),
            QDir.homePath(),
            self.tr("Warm-up routines (*{0});;All files (*)").format(ROUTINE_SUFFIX),
        )
        return Path(name) if name else None

    def _ask_export_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export a routine"),
            str(Path(QDir.homePath()) / suggested),
            self.tr("Warm-up routines (*{0})").format(ROUTINE_SUFFIX),
        )
        return Path(name) if name else None

    def _confirm_overwrite(self, path: Path) -> bool:
        box = self._box(
            QMessageBox.Icon.Warning,
            self.tr("Replace file"),
            self.tr("{0} already exists. Replace it?").format(path),
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def _show_error(self, title: str, message: str) -> None:
        box = self._box(QMessageBox.Icon.Warning, title, message)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
