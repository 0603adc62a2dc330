"""Every view in a pseudo-locale (each word 40 % longer, accented) at 1024x600, left to right
and right to left: no text clipped, none overlapping, none left in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n import layout_check
from tools import i18n
from tools.screenshots import ParkedClock, build_window
from warmup_app.config.settings import Settings
from warmup_app.gui.dialogs.about import AboutDialog
from warmup_app.gui.dialogs.settings import SettingsDialog
from warmup_app.i18n.translators import install_translators, remove_translators

SIZE = (1024, 600)
#: 22 s into the deep lunge's left side of the default warm-up: stage, figure, cue lines.
IN_A_STRETCH_S = 10 + 8 * 60 + 22
OUT = Path(__file__).resolve().parents[2] / "build" / "pseudo-locale"


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    fresh, ts, qm = folder / "fresh.ts", folder / "warmup_pseudo.ts", folder / "warmup_pseudo.qm"
    i18n.run_lupdate("de", fresh)  # every text in the code now, whatever the .ts files hold
    i18n.write_pseudo_ts(fresh, ts, "de")
    i18n.compile_ts(ts, qm)
    return qm


@pytest.fixture(params=["ltr", "rtl"])
def pseudo(request: pytest.FixtureRequest, qapp: QApplication, pseudo_qm: Path) -> Iterator[str]:
    remove_translators(qapp)
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("de"))
    direction = request.param
    if direction == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield direction
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def check(view: str, top: QWidget, direction: str) -> list[layout_check.Problem]:
    """The problems of ``top`` (a PNG of it goes to build/pseudo-locale, to look at)."""
    top.resize(*SIZE)
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    top.grab().save(str(OUT / f"{view}-{direction}.png"))
    found = layout_check.problems(view, top)
    if top.width() > SIZE[0] or top.height() > SIZE[1]:  # held open by its minimum size
        size = f"{top.width()}x{top.height()}"
        found.append(layout_check.Problem(view, "window", size, "is larger than 1024x600"))
    return found


def window_views(qtbot: QtBot, direction: str) -> list[layout_check.Problem]:
    found = []
    clock = ParkedClock()
    window, driver = build_window(clock)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    found += check("run-idle", window, direction)
    driver.start()
    clock.t += IN_A_STRETCH_S
    driver.poll()
    found += check("run-stretch", window, direction)
    driver.stop()
    window.tabs.setCurrentWidget(window.routines_view)
    found += check("library", window, direction)
    view = window.routines_view
    view.open_entry(view.library.routines[0])
    view.editor.tree.select((1, 1))
    found += check("editor", window, direction)
    window.tabs.setCurrentWidget(window.selfcheck_panel)
    found += check("selfcheck", window, direction)
    panel = window.selfcheck_panel
    for qid in ("heavy_legs", "tired_sore_legs", "high_training_load"):
        panel.rows[qid].set_checked(True)
    panel.show_result()
    found += check("selfcheck-result", window, direction)
    window.tabs.setCurrentWidget(window.history_view)
    found += check("history", window, direction)
    return found


def dialog_views(qtbot: QtBot, direction: str, home: Path) -> list[layout_check.Problem]:
    found = []
    settings = Settings(home / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.resize(*SIZE)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        found += check(f"settings-{index}", dialog, direction)
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    found += check("about", about, direction)
    return found


def test_every_view_fits_a_pseudo_locale(qtbot: QtBot, pseudo: str, app_home: Path) -> None:
    found = window_views(qtbot, pseudo) + dialog_views(qtbot, pseudo, app_home)
    assert not found, "\n".join(str(p) for p in found)
