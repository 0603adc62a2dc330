"""The main window: the shell around the Warm-up tab, plus Routines, Self-check and History.

Only the Warm-up tab is built before the first paint; the other three (and the editor,
QtCharts and the self-check rules they import) are built later, or at once when something
asks for one of them, so the window appears fast. The window builds its tabs but does not
connect them to each other: the run controller and ``app.py`` do (``tabs_built`` says when).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QTabWidget, QWidget

from warmup_app import APP_NAME
from warmup_app.gui.common.drops import dropped_files
from warmup_app.gui.common.import_queue import ImportQueue
from warmup_app.gui.run.view import RunView
from warmup_app.runner.controller import RunController

if TYPE_CHECKING:
    from warmup_app.gui.dialogs.about import AboutDialog
    from warmup_app.gui.history.view import HistoryView
    from warmup_app.gui.routines import RoutinesView
    from warmup_app.gui.run.announcer import StepAnnouncer
    from warmup_app.gui.selfcheck.panel import SelfCheckPanel


@dataclass(frozen=True)
class _Tabs:
    """The tabs built when first needed."""

    routines: RoutinesView
    selfcheck: SelfCheckPanel
    history: HistoryView


class MainWindow(QMainWindow):
    #: The runner asked for the settings dialog (the app owns the settings and opens it).
    settings_requested = Signal()
    #: Routines, Self-check and History now exist (emitted once); the app wires them.
    tabs_built = Signal()

    def __init__(
        self, controller: RunController, parent: QWidget | None = None, *, defer_tabs: bool = False
    ) -> None:
        """``defer_tabs``: leave the other tabs as placeholders until :meth:`build_tabs`."""
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(960, 720)
        self.controller = controller
        self.driver = controller.driver
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.run_view = RunView(controller, self)
        self.tabs.addTab(self.run_view, self.tr("Warm-up"))
        for title in (self.tr("Routines"), self.tr("Self-check"), self.tr("History")):
            self.tabs.addTab(QWidget(self), title)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._built: _Tabs | None = None
        self.announcer: StepAnnouncer | None = None
        self.about_dialog: AboutDialog | None = None
        self._build_menus()
        self._size_by_current_tab()
        self.setAcceptDrops(True)  # a .warmup.toml dropped anywhere on the window: import
        #: Files to import (drops, other launches), offered one dialog at a time.
        self.import_queue = ImportQueue(self)
        self.import_queue.offer.connect(self._offer_import)
        self.import_queue.remaining_changed.connect(self._on_imports_waiting)
        self._import_note = ""
        self.run_view.fullscreen_toggled.connect(self.toggle_fullscreen)
        self.run_view.focus_mode_changed.connect(self._on_focus_mode)
        if not defer_tabs:
            self.install_announcer()
            self.build_tabs()

    def install_announcer(self) -> None:
        """Screen readers hear each step change (not every second) from the step label."""
        from warmup_app.gui.run.announcer import StepAnnouncer

        if self.announcer is None:
            self.announcer = StepAnnouncer(self.driver, self.run_view.stage.step_name, self)

    # -- the tabs built when first needed -------------------------------------------------------

    def build_tabs(self) -> None:
        """Build Routines, Self-check and History in place of their placeholders (once)."""
        if self._built is not None:
            return
        from warmup_app.gui.history.view import HistoryView
        from warmup_app.gui.routines import RoutinesView
        from warmup_app.gui.selfcheck.panel import SelfCheckPanel

        current = self.tabs.currentIndex()
        routines = RoutinesView(parent=self)
        routines.try_view_factory = trial_run_view
        routines.pending_imports_skipped.connect(self.import_queue.clear)
        selfcheck = SelfCheckPanel(self.controller, self)
        history = HistoryView(self)  # the app attaches the store (install_history)
        self._built = _Tabs(routines, selfcheck, history)
        self.tabs.blockSignals(True)
        for index, widget in enumerate((routines, selfcheck, history), start=1):
            placeholder = self.tabs.widget(index)
            title = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            if placeholder is not None:
                placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._size_by_current_tab()
        self.tabs_built.emit()

    def has_tabs(self) -> bool:
        """Whether Routines, Self-check and History have been built yet."""
        return self._built is not None

    def _tabs_built(self) -> _Tabs:
        self.build_tabs()
        assert self._built is not None
        return self._built

    @property
    def routines_view(self) -> RoutinesView:
        return self._tabs_built().routines

    @property
    def selfcheck_panel(self) -> SelfCheckPanel:
        return self._tabs_built().selfcheck

    @property
    def history_view(self) -> HistoryView:
        return self._tabs_built().history

    # -- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.run_view.actions_by_name["fullscreen"])
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        for name in ("toggle", "skip", "back", "restart", "stop", "mute"):
            run_menu.addAction(self.run_view.actions_by_name[name])
        self._build_settings_and_help(self.file_menu, quit_action)
        # Import and export work from any tab; the Routines tab is built when one is used.
        self.import_action = QAction(self.tr("&Import routine…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._import_from_dialog)
        self.export_action = QAction(self.tr("&Export routine…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export_current)
        self.file_menu.insertAction(self.settings_action, self.import_action)
        self.file_menu.insertAction(self.settings_action, self.export_action)
        self.file_menu.insertSeparator(self.settings_action)
        # The menus hide in focus mode, and a hidden menu's shortcuts stop working: the actions
        # live on the window as well. (The Run menu's are the run view's own.)
        for menu in (self.file_menu, view_menu, self.help_menu):
            self.addActions([a for a in menu.actions() if not a.isSeparator()])

    def _build_settings_and_help(self, file_menu: QMenu, quit_action: QAction) -> None:
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.insertAction(quit_action, self.settings_action)
        file_menu.insertSeparator(quit_action)
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.log_folder_action = QAction(self.tr("Open &log folder"), self)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self.tr("&About {0}").format(APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    @Slot()
    def _import_from_dialog(self) -> None:
        self.routines_view.import_from_dialog()

    @Slot()
    def _export_current(self) -> None:
        self.routines_view.export_current()

    @Slot()
    def open_log_folder(self) -> None:
        from warmup_app.gui.dialogs.about import open_log_folder

        open_log_folder(self)

    @Slot()
    def show_about(self) -> None:
        from warmup_app.gui.dialogs.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is not self.run_view:
            self.build_tabs()  # a tab chosen before the deferred build ran
        self.run_view.set_keys_enabled(self.tabs.currentWidget() is self.run_view)
        self._size_by_current_tab()

    def _size_by_current_tab(self) -> None:
        """Only the tab on show sets the window's minimum size (the stack ignores the others):
        the Routines editor needs ~850 px, the run view goes down to 640 px wide."""
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    @Slot()
    def show_run_view(self) -> None:
        """A warm-up was started from another tab (the self-check): show it running."""
        self.tabs.setCurrentWidget(self.run_view)

    @Slot(str)
    def show_status(self, message: str) -> None:
        """A note that must not take the keyboard from a running warm-up (the status bar is
        created only when there is something to say)."""
        self.statusBar().showMessage(message)

    @Slot(bool)
    def _on_focus_mode(self, on: bool) -> None:
        """While a routine runs the menus and tabs step aside; pause or stop brings them back."""
        self.menuBar().setVisible(not on)
        self.tabs.tabBar().setVisible(not on)

    def is_focus_mode(self) -> bool:
        return self.run_view.is_focus_mode()

    @Slot()
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- files dropped on the window ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.import_queue.add(files)

    @Slot(object)
    def _offer_import(self, path: Path) -> None:
        routines = self.routines_view  # built now if it was not yet
        routines.set_pending_imports(self._import_note)
        self.tabs.setCurrentWidget(routines)
        routines.offer_import(path)

    @Slot(int)
    def _on_imports_waiting(self, count: int) -> None:
        note = self.import_queue.remaining_text(count)
        if self._built is not None:
            self._built.routines.set_pending_imports(note)
        if note:
            self.show_status(note)
        elif self._import_note and self.statusBar().currentMessage() == self._import_note:
            self.statusBar().clearMessage()  # our own note, now out of date
        self._import_note = note

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.run_view.window_state_changed()  # restored: the stage catches up

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built is not None and not self._built.routines.maybe_close():
            event.ignore()  # unsaved edits: the user chose Cancel
            return
        self.driver.stop()
        super().closeEvent(event)


def trial_run_view(controller: RunController, parent: QWidget) -> RunView:
    """The view of the editor's "Try it": a run view for the one routine being edited."""
    view = RunView(controller, parent)
    view.picker.hide()
    return view
