"""The Routines tab: the library, the editor, and everything that reads or writes routine files.

It owns the store and the dialogs, so it is the one place that decides what gets saved, when to
ask about unsaved changes (closing the window, opening another routine, importing), and what
to tell the runner when a file cannot be read or written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import BrokenFile, Library, RoutineEntry
from warmup_app.core.routine_store import (
    ClashChoice,
    RoutineStore,
    StoreError,
    TrashedFile,
    export_routine,
    library_names,
    slugify,
    unique_name,
)
from warmup_app.gui.common.theme import is_dark
from warmup_app.gui.routines.dialogs import EditorDialogs, UnsavedChoice
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import PartDraft, RoutineDraft
from warmup_app.gui.routines.editor_view import EditorView
from warmup_app.gui.routines.library_view import LibraryView
from warmup_app.gui.routines.try_run import (
    DriverFactory,
    TrialViewFactory,
    TryRunDialog,
    make_driver,
)
from warmup_app.i18n.lookup import routine_translate
from warmup_app.paths import ROUTINE_SUFFIX

log = logging.getLogger(__name__)

_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 2px solid %(bad)s; border-radius: 3px;
}
QLabel#fieldProblem, QLabel#problemSummary { color: %(bad)s; }
QLabel#routineTotal { font-weight: bold; }
QLabel#routineTotal[outside="true"] { color: %(warn)s; }
QLabel#editorTitle, QLabel#formHeading { font-weight: bold; }
QTreeWidget#libraryList::item, QTreeWidget#structureTree::item { padding: 3px 0; }
QFrame#undoBar { background: %(bar)s; }
"""
_LIGHT = {"bad": "#b3261e", "warn": "#9a5b00", "bar": "#fff4d6"}
_DARK = {"bad": "#ff8a80", "warn": "#ffb84d", "bar": "#3a3220"}


class RoutinesView(QWidget):
    """The library page and the editor page, one shown at a time."""

    #: The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored.
    library_changed = Signal(object)
    #: The runner chose to skip the files waiting to be imported after the one shown.
    pending_imports_skipped = Signal()

    def __init__(self, store: RoutineStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or RoutineStore.default(routine_translate)
        self.dialogs = EditorDialogs(self)
        self.dialogs.rest_skipped.connect(self.pending_imports_skipped)
        #: Makes the driver of a "Try it" run (tests give one on a fake clock).
        self.try_driver_factory: DriverFactory = make_driver
        #: Makes the view a "Try it" run is shown in (the window gives the Warm-up tab's view).
        self.try_view_factory: TrialViewFactory | None = None
        self.try_dialog: TryRunDialog | None = None
        self.library = Library()
        self.doc: EditorDocument | None = None
        self.last_deleted: TrashedFile | None = None

        self.library_view = LibraryView(self)
        self.editor = EditorView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.library_view)
        self.pages.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._apply_style()

        self._wire()

    def _apply_style(self) -> None:
        """Problem and warning colours that read well on the current (light or dark) palette."""
        style = _STYLE % (_DARK if is_dark(self.palette()) else _LIGHT)
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the app switched light/dark
            self._apply_style()
        super().changeEvent(event)

    def _wire(self) -> None:
        lib = self.library_view
        lib.new_requested.connect(self.new_routine)
        lib.open_requested.connect(self.open_entry)
        lib.rename_requested.connect(self.rename_entry)
        lib.delete_requested.connect(self.delete_item)
        lib.export_requested.connect(self.export_entry)
        lib.import_requested.connect(self.import_from_dialog)
        lib.undo_delete_requested.connect(self.undo_delete)
        self.editor.back_requested.connect(self.close_editor)
        self.editor.save_requested.connect(self.save)
        self.editor.try_requested.connect(self.try_routine)

    # -- library ------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show a library loaded elsewhere (the run controller's)."""
        if library is self.library:
            return  # the one this view just loaded and announced
        self.library = library
        self.library_view.user_folder = self.store.folder.resolve()
        self.library_view.set_library(library)

    def reload(self, select: Path | None = None) -> Library:
        """Re-read the folders, show the result and tell the rest of the app."""
        self.library = self.store.load_library()
        self.library_view.user_folder = self.store.folder.resolve()
        self.library_view.set_library(self.library, select)
        self.library_changed.emit(self.library)
        return self.library

    # -- opening and closing the editor -------------------------------------------------------

    def maybe_close(self) -> bool:
        """Ask about unsaved changes; True when the editor may close (saved or discarded)."""
        doc = self.doc
        if doc is None or not doc.is_modified:
            return True
        choice = self.dialogs.ask_unsaved(doc.draft.name or self.tr("this routine"))
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def _open(self, draft: RoutineDraft, path: Path | None) -> bool:
        if not self.maybe_close():
            return False
        self._drop_document()
        self.doc = EditorDocument(draft, path, self)
        self.editor.bind(self.doc)
        self.pages.setCurrentWidget(self.editor)
        self.editor.routine_form.name_edit.setFocus()
        return True

    def _drop_document(self) -> None:
        old = self.doc
        self.doc = None
        self.editor.bind(None)
        if old is not None:
            old.deleteLater()

    @Slot()
    def new_routine(self) -> bool:
        name = unique_name(self.tr("My warm-up"), library_names(self.library))
        draft = RoutineDraft(name=name, parts=[PartDraft(name=self.tr("Jog"))])
        return self._open(draft, None)

    @Slot(object)
    def open_entry(self, entry: RoutineEntry) -> bool:
        """Edit a user routine; a built-in opens as an unsaved copy ("Duplicate to edit")."""
        draft = RoutineDraft.from_routine(entry.routine)
        if entry.builtin:
            copy_name = self.tr("{0} (copy)").format(entry.routine.name)
            draft.name = unique_name(copy_name, library_names(self.library))
            return self._open(draft, None)
        return self._open(draft, entry.path)

    @Slot()
    def close_editor(self) -> bool:
        if not self.maybe_close():
            return False
        select = self.doc.path if self.doc is not None else None
        self._drop_document()
        self.pages.setCurrentWidget(self.library_view)
        if select is not None:
            self.library_view.select(select)
        return True

    # -- saving ---------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Save the open routine; False (with a message) if it is invalid or cannot be written."""
        doc = self.doc
        if doc is None:
            return False
        routine = doc.checked().routine
        if routine is None:
            self.dialogs.show_error(
                self.tr("Cannot save yet"),
                self.tr("Fix the marked fields first:\n{0}").format(
                    "\n".join(str(p.message) for p in doc.checked().problems[:5])
                ),
            )
            return False
        try:
            path = self.store.save(routine, doc.path, previous_name=doc.saved_name)
        except StoreError as exc:
            log.warning("save failed: %s", exc)
            self.dialogs.show_error(self.tr("Could not save"), str(exc))
            return False
        doc.path = path
        doc.saved_name = routine.name
        doc.undo_stack.setClean()
        self.editor.refresh_state()
        self.reload(select=path)
        return True

    # -- rename / delete ------------------------------------------------------------------------

    @Slot(object)
    def rename_entry(self, entry: RoutineEntry) -> Path | None:
        new_name = self.dialogs.ask_new_name(entry.routine.name)
        if new_name is None or new_name.strip() == entry.routine.name:
            return None
        try:
            path = self.store.rename(entry.path, new_name)
        except StoreError as exc:
            self.dialogs.show_error(self.tr("Could not rename"), str(exc))
            return None
        self.reload(select=path)
        return path

    @Slot(object)
    def delete_item(self, item: RoutineEntry | BrokenFile) -> bool:
        name = item.routine.name if isinstance(item, RoutineEntry) else item.path.name
        if not self.dialogs.confirm_delete(name):
            return False
        try:
            trashed = self.store.delete(item.path)
        except StoreError as exc:
            self.dialogs.show_error(self.tr("Could not delete"), str(exc))
            return False
        self.last_deleted = trashed
        self.reload()
        self.library_view.show_undo(self.tr("“{0}” was moved to the trash.").format(name))
        return True

    @Slot()
    def undo_delete(self) -> Path | None:
        item = self.last_deleted
        if item is None:
            return None
        try:
            path = self.store.restore(item)
        except StoreError as exc:
            self.dialogs.show_error(self.tr("Could not restore"), str(exc))
            return None
        self.last_deleted = None
        self.library_view.hide_undo()
        self.reload(select=path)
        return path

    # -- import / export ------------------------------------------------------------------------

    @Slot()
    def import_from_dialog(self) -> Path | None:
        path = self.dialogs.ask_import_path()
        return self.offer_import(path) if path is not None else None

    def offer_import(self, source: Path) -> Path | None:
        """Preview ``source``, ask about a name clash, and save it; None if nothing was saved.

        Used by Import..., by a file dropped on the window and by ``warmup-app FILE``.
        """
        library = self.store.load_library()
        preview = self.store.preview_import(source, library)
        if not self.dialogs.show_import_preview(preview) or not preview.ok:
            return None
        choice = ClashChoice.KEEP_BOTH
        if preview.clash is not None:
            choice = self.dialogs.ask_clash(preview.clash.routine.name, not preview.clash.builtin)
            if choice is ClashChoice.CANCEL:
                return None
            if choice is ClashChoice.REPLACE and not self._release(preview.clash.path):
                return None
        try:
            path = self.store.import_routine(preview, choice, library)
        except StoreError as exc:
            self.dialogs.show_error(self.tr("Could not import"), str(exc))
            return None
        if path is not None:
            self.reload(select=path)
        return path

    def _release(self, path: Path) -> bool:
        """Before a file is replaced, close it in the editor (asking about unsaved changes)."""
        if self.doc is None or self.doc.path != path:
            return True
        return self.close_editor()

    @Slot()
    def export_current(self) -> Path | None:
        """Export the routine open in the editor, else the one selected in the library."""
        if self.doc is not None:
            routine = self.doc.checked().routine
            if routine is None:
                self.dialogs.show_error(
                    self.tr("Cannot export yet"), self.tr("Fix the marked fields first.")
                )
                return None
            return self._export(routine.name, routine)
        current = self.library_view.current()
        if isinstance(current, RoutineEntry):
            return self._export(current.routine.name, current.routine)
        self.dialogs.show_error(self.tr("Nothing to export"), self.tr("Select a routine first."))
        return None

    @Slot(object)
    def export_entry(self, entry: RoutineEntry) -> Path | None:
        return self._export(entry.routine.name, entry.routine)

    def _export(self, name: str, routine: Routine) -> Path | None:
        dest = self.dialogs.ask_export_path(f"{slugify(name)}{ROUTINE_SUFFIX}")
        if dest is None:
            return None
        if not dest.name.endswith(ROUTINE_SUFFIX):
            base = dest.name[: -len(".toml")] if dest.name.endswith(".toml") else dest.name
            dest = dest.with_name(base + ROUTINE_SUFFIX)
            if dest.exists() and not self.dialogs.confirm_overwrite(dest):
                return None
        try:
            export_routine(routine, dest)
        except StoreError as exc:
            self.dialogs.show_error(self.tr("Could not export"), str(exc))
            return None
        return dest

    # -- try it ---------------------------------------------------------------------------------

    @Slot(float)
    def try_routine(self, speed: float) -> TryRunDialog | None:
        routine = self.doc.checked().routine if self.doc is not None else None
        if routine is None or self.try_view_factory is None:
            return None
        if self.try_dialog is not None:
            self.try_dialog.close()
        dialog = TryRunDialog(routine, speed, self.try_view_factory, self.try_driver_factory, self)
        dialog.finished.connect(self._on_try_finished)
        self.try_dialog = dialog
        dialog.show()
        dialog.start()
        return dialog

    @Slot()
    def _on_try_finished(self) -> None:
        self.try_dialog = None

    # -- files dropped on the window (the window hands them over) ----------------------------

    @Slot(str)
    def set_pending_imports(self, note: str) -> None:
        """What the import preview says about files queued behind it ('' for none)."""
        self.dialogs.pending_imports = note

    def import_files(self, files: list[Path]) -> list[Path]:
        saved = []
        for file in files:
            path = self.offer_import(file)
            if path is not None:
                saved.append(path)
        return saved
