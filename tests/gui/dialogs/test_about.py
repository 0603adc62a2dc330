"""About dialog (versions and licences) and Help > Open log folder."""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from warmup_app import APP_NAME, __version__, paths
from warmup_app.gui.dialogs.about import AboutDialog, components, open_log_folder
from warmup_app.gui.main_window import MainWindow
from warmup_app.logging_setup import LOG_FILE_NAME, rotate_if_large, setup_logging


class UrlRecorder(QObject):
    """Stands in for the file manager: Qt hands it every file:// URL the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager(qapp: object) -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def test_every_shipped_part_with_its_version_and_licence() -> None:
    table = {c.name: c for c in components()}
    assert table["Qt"].version == qVersion()
    assert table["Qt"].licence == "LGPL-3.0-only"
    assert table["PySide6 (Qt for Python)"].version == pyside_version
    assert table["PySide6 (Qt for Python)"].licence == "LGPL-3.0-only"
    for name, distribution in (
        ("pydub", "pydub"),
        ("pydantic", "pydantic"),
        ("tomli-w", "tomli-w"),
    ):
        assert table[name].version == importlib.metadata.version(distribution)
        assert table[name].licence == "MIT"
    assert all(c.source.startswith("https://") for c in table.values())


def test_the_dialog_shows_version_and_table(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == f"About {APP_NAME}"
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert ["Qt", qVersion(), "LGPL-3.0-only"] == rows[0][:3]
    assert {row[0] for row in rows} >= {"Qt", "pydub", "pydantic", "tomli-w"}
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{APP_NAME} {__version__}" in shown
    assert any("GPL-3.0-or-later" in text for text in shown)
    assert any("LGPL" in text for text in shown)


def test_help_menu_opens_about_and_the_log_folder(
    qtbot: QtBot, window: MainWindow, file_manager: UrlRecorder
) -> None:
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Help" and a.menu()
    )
    texts = [a.text() for a in help_menu.actions()]
    assert texts == ["Open &log folder", f"&About {APP_NAME}"]
    window.log_folder_action.trigger()
    assert [Path(u.toLocalFile()) for u in file_manager.urls] == [paths.user_paths().logs]
    window.about_action.trigger()
    assert window.about_dialog is not None
    qtbot.waitExposed(window.about_dialog, timeout=5000)
    window.about_dialog.log_button.click()  # the same folder from the About box
    assert len(file_manager.urls) == 2
    window.about_dialog.close()


def test_when_nothing_can_open_folders_the_path_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert not open_log_folder(window, opener=lambda _url: False)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert str(paths.user_paths().logs) in boxes[0].text()
    boxes[0].close()


def test_logs_go_to_a_rotating_file_in_the_user_log_folder() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        path = setup_logging(paths.user_paths().logs)
        assert setup_logging(paths.user_paths().logs) == path  # a second call adds nothing
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1
        (handler,) = added
        assert isinstance(handler, logging.FileHandler)
        assert path.parent == paths.user_paths().logs
        logging.getLogger("warmup_app.test").info("a line for the log")
        handler.flush()
        assert "a line for the log" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def test_a_large_log_is_rotated_at_the_next_launch_keeping_three_old_ones(tmp_path) -> None:
    log = tmp_path / LOG_FILE_NAME
    for number in (1, 2, 3):
        log.with_name(f"{log.name}.{number}").write_text(f"old {number}", encoding="utf-8")
    log.write_bytes(b"x" * 20)
    assert not rotate_if_large(log, max_bytes=21)  # small enough: left alone
    assert rotate_if_large(log, max_bytes=20)
    assert not log.exists()
    assert log.with_name(f"{log.name}.1").read_bytes() == b"x" * 20
    assert log.with_name(f"{log.name}.2").read_text(encoding="utf-8") == "old 1"
    assert log.with_name(f"{log.name}.3").read_text(encoding="utf-8") == "old 2"
    assert not log.with_name(f"{log.name}.4").exists()  # the oldest is dropped
