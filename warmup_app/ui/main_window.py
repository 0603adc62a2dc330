"""The main window: the run view now; editor, self-check and history plug in as tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from warmup_app import APP_NAME
from warmup_app.core.routine_files import Library
from warmup_app.ui.about import AboutDialog, open_log_folder
from warmup_app.ui.announcer import StepAnnouncer
from warmup_app.ui.driver import SessionDriver
from warmup_app.ui.editor import RoutinesView
from warmup_app.ui.history_view import HistoryView
from warmup_app.ui.run_view import RunView
from warmup_app.ui.selfcheck_panel import SelfCheckPanel


class MainWindow(QMainWindow):
    #: The runner asked for the settings dialog (the app owns the settings and opens it).
    settings_requested = Signal()

    def __init__(self, driver: SessionDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(960, 720)
        self.driver = driver
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.run_view = RunView(driver, self)
        self.tabs.addTab(self.run_view, self.tr("Warm-up"))
        self.routines_view = RoutinesView(parent=self)
        self.tabs.addTab(self.routines_view, self.tr("Routines"))
        self.routines_view.accept_drops_on(self)  # a .warmup.toml dropped anywhere: import
        self.routines_view.library_changed.connect(self._on_routines_changed)
        self.selfcheck_panel = SelfCheckPanel(self.run_view, self)
        self.tabs.addTab(self.selfcheck_panel, self.tr("Self-check"))
        self.selfcheck_panel.warmup_started.connect(self.show_run_view)
        self.history_view = HistoryView(self)  # the app attaches the store (install_history)
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_menus()
        self.run_view.fullscreen_toggled.connect(self.toggle_fullscreen)
        # Screen readers hear each step change (not every second) from the step label.
        self.announcer = StepAnnouncer(driver, self.run_view.stage.step_name, self)
        self.about_dialog: AboutDialog | None = None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.routines_view.actions_by_name["import"])
        file_menu.addAction(self.routines_view.actions_by_name["export"])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.run_view.actions_by_name["fullscreen"])
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        for name in ("toggle", "skip", "back", "restart", "stop"):
            run_menu.addAction(self.run_view.actions_by_name[name])
        self._build_settings_and_help(file_menu, quit_action)

    def _build_settings_and_help(self, file_menu: QMenu, quit_action: QAction) -> None:
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.insertAction(quit_action, self.settings_action)
        file_menu.insertSeparator(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.log_folder_action = QAction(self.tr("Open &log folder"), self)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self.tr("&About {0}").format(APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    @Slot()
    def open_log_folder(self) -> None:
        open_log_folder(self)

    @Slot()
    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def set_library(self, library: Library, select_id: str | None = None) -> None:
        self.run_view.set_library(library, select_id)
        self.routines_view.set_library(library)

    @Slot(object)
    def _on_routines_changed(self, library: Library) -> None:
        """Saved, imported or deleted in the Routines tab: the run view's list follows."""
        current = self.run_view.entry.id if self.run_view.entry is not None else None
        if current is not None:
            current = current.removesuffix(" (adapted)")  # a self-check variant of a routine
        self.run_view.set_library(library, current)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.run_view.set_keys_enabled(self.tabs.currentWidget() is self.run_view)

    @Slot()
    def show_run_view(self) -> None:
        """A warm-up was started from another tab (the self-check): show it running."""
        self.tabs.setCurrentWidget(self.run_view)

    @Slot()
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.routines_view.maybe_close():  # unsaved edits: the user chose Cancel
            event.ignore()
            return
        self.driver.stop()
        super().closeEvent(event)
