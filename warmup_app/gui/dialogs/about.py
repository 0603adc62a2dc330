"""About dialog (version, licences of the parts the app ships) and "Open log folder".

The app ships Qt and PySide6 under the LGPLv3, so it must tell its users so and where the
sources are; Qt's own About box (one button away) carries Qt's full notice.
"""

from __future__ import annotations

import importlib.metadata
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warmup_app import APP_NAME, __version__, paths
from warmup_app.gui.common.icons import app_icon
from warmup_app.gui.common.text import plain_label

log = logging.getLogger(__name__)

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    source: str  # where its source code and licence text are


def _installed(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def components() -> list[Component]:
    """What the app is built on, with the versions actually in use."""
    return [
        Component(
            "Qt", qVersion(), "LGPL-3.0-only", "https://download.qt.io/official_releases/qt/"
        ),
        Component(
            "PySide6 (Qt for Python)", pyside_version, "LGPL-3.0-only", "https://code.qt.io/"
        ),
        Component("pydub", _installed("pydub"), "MIT", "https://github.com/jiaaro/pydub"),
        Component(
            "pydantic", _installed("pydantic"), "MIT", "https://github.com/pydantic/pydantic"
        ),
        Component(
            "pydantic-core",
            _installed("pydantic-core"),
            "MIT",
            "https://github.com/pydantic/pydantic-core",
        ),
        Component("tomli-w", _installed("tomli-w"), "MIT", "https://github.com/hukkin/tomli-w"),
        Component(
            "Python", platform.python_version(), "PSF-2.0", "https://www.python.org/downloads/"
        ),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("App icon"))
        title = plain_label(f"{APP_NAME} {__version__}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        summary = plain_label(
            self.tr(
                "Guides you through a 15-20 minute warm-up before a run: a big countdown, "
                "a distinct sound for every cue, and the next step read out.\n\n"
                "Licence: {0}. Not medical advice: stop if something hurts."
            ).format(APP_LICENCE),
            wrap=True,
        )
        parts_label = plain_label(self.tr("Built with:"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Source")]
        )
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for part in components():
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((part.name, part.version, part.licence, part.source)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height()
            + self.table.rowHeight(0) * self.table.rowCount()
            + 2 * self.table.frameWidth()
        )
        lgpl = plain_label(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: you may replace them "
                "with your own builds. Their sources are at the addresses above."
            ),
            wrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt_button = QPushButton(self.tr("About &Qt"), self)
        self.log_button = QPushButton(self.tr("Open &log folder"), self)
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        self.about_qt_button.clicked.connect(self._about_qt)
        self.log_button.clicked.connect(self._open_logs)

        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(summary)
        layout.addWidget(parts_label)
        layout.addWidget(self.table)
        layout.addWidget(lgpl)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    @Slot()
    def _about_qt(self) -> None:
        QApplication.aboutQt()

    @Slot()
    def _open_logs(self) -> None:
        open_log_folder(self)


def open_log_folder(
    parent: QWidget | None = None, opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
) -> bool:
    """Open the user log folder in the file manager; say where it is if that fails."""
    folder = paths.user_paths().logs
    folder.mkdir(parents=True, exist_ok=True)
    if opener(QUrl.fromLocalFile(str(folder))):
        return True
    log.warning("could not open the log folder %s", folder)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QApplication.translate("about", "Log folder"),
        QApplication.translate("about", "The log files are in:\n{0}").format(str(folder)),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return False
