"""The layout checker itself: it must see clipped, overlapping and untranslated text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n import layout_check
from tools.i18n import pseudo_text


def shown(qtbot: QtBot) -> QWidget:
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 200)
    return top


def test_a_label_too_narrow_for_its_text_is_clipped(qtbot: QtBot) -> None:
    top = shown(qtbot)
    label = QLabel(pseudo_text("A label much longer than its box"), top)
    label.setGeometry(0, 0, 60, 20)
    top.show()
    problems = layout_check.problems("test", top)
    assert [p.what for p in problems] == ["clips its text"]


def test_a_wrapped_label_too_short_for_its_lines_is_clipped(qtbot: QtBot) -> None:
    top = shown(qtbot)
    label = QLabel(pseudo_text("Several words that must wrap onto a few lines here"), top)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 80, 20)
    top.show()
    assert [p.what for p in layout_check.problems("test", top)] == ["clips its text"]


def test_a_button_narrower_than_its_text_is_clipped(qtbot: QtBot) -> None:
    top = shown(qtbot)
    QPushButton(pseudo_text("Duplicate to edit"), top).setGeometry(0, 0, 40, 30)
    top.show()
    assert [p.what for p in layout_check.problems("test", top)] == ["clips its text"]


def test_overlapping_labels_and_english_text_are_found(qtbot: QtBot) -> None:
    top = shown(qtbot)
    QLabel(pseudo_text("One"), top).setGeometry(0, 0, 150, 30)
    QLabel("Two words", top).setGeometry(20, 5, 150, 30)
    top.show()
    found = sorted(p.what for p in layout_check.problems("test", top))
    assert found == ["is not translated", "overlap"]


def test_text_that_fits_is_fine(qtbot: QtBot) -> None:
    top = shown(qtbot)
    QLabel(pseudo_text("Fits"), top).setGeometry(0, 0, 200, 30)
    top.show()
    assert layout_check.problems("test", top) == []
