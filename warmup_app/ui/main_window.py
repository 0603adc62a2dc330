"""The main window: the run view now; editor, self-check and history plug in as tabs."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from warmup_app import APP_NAME
from warmup_app.core.routine_files import Library
from warmup_app.ui.driver import SessionDriver
from warmup_app.ui.run_view import RunView


class MainWindow(QMainWindow):
    def __init__(self, driver: SessionDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(960, 720)
        self.driver = driver
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.run_view = RunView(driver, self)
        self.tabs.addTab(self.run_view, self.tr("Warm-up"))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.run_view.fullscreen_toggled.connect(self.toggle_fullscreen)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.run_view.actions_by_name["fullscreen"])
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        for name in ("toggle", "skip", "back", "restart", "stop"):
            run_menu.addAction(self.run_view.actions_by_name[name])

    def set_library(self, library: Library, select_id: str | None = None) -> None:
        self.run_view.set_library(library, select_id)

    @Slot()
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.driver.stop()
        super().closeEvent(event)
