"""Dark theme edges and focus (issue 12, point 12), measured on rendered pixels.

Fusion drew a dark-theme check box as rgb(23,25,28) edged a shade darker, on rgb(32,35,38):
about 1.1:1, so an empty box was invisible. Check box edges must reach 3:1 against what is
around them, and the widget with the keyboard focus gets a 2 px ring at 3:1 or more.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from warmup_app.gui.common import accessible_style
from warmup_app.gui.common.accessible_style import FOCUS_RING_WIDTH, FocusRing
from warmup_app.gui.common.appearance import fallback_palette
from warmup_app.gui.common.theme import contrast_ratio, edge_colours


@pytest.fixture(params=[True, False], ids=["dark", "light"])
def dark(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:
    accessible_style.install(qapp)
    qapp.setPalette(fallback_palette(request.param))
    yield request.param
    qapp.setPalette(QPalette())


def pixel(image: QImage, point: QPoint) -> QColor:
    return image.pixelColor(point * image.devicePixelRatio())


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_box_edges_reach_3_to_1_against_the_window(
    qtbot: QtBot, dark: bool, kind: type[QCheckBox | QRadioButton]
) -> None:
    box = kind("Heavy legs")
    qtbot.addWidget(box)
    box.resize(200, 40)
    box.show()
    option = QStyleOptionButton()
    option.initFrom(box)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    indicator = box.style().subElementRect(element, option, box)
    image = box.grab().toImage()
    window = box.palette().color(QPalette.ColorRole.Window)
    middle = indicator.center().y()
    # The darkest or lightest pixel across the box's left edge: that is the edge line.
    edge_pixels = [
        pixel(image, QPoint(x, middle)) for x in range(indicator.left(), indicator.left() + 3)
    ]
    best = max(contrast_ratio(colour, window) for colour in edge_pixels)
    assert best >= 3.0, (dark, [c.name() for c in edge_pixels], window.name())
    assert contrast_ratio(QColor(edge_colours(dark)["edge"]), window) >= 3.0


def test_the_focused_widget_gets_a_2px_ring_at_3_to_1(qtbot: QtBot, dark: bool) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QHBoxLayout(panel)
    layout.setContentsMargins(12, 12, 12, 12)
    first = QPushButton("Start")
    field = QLineEdit()
    last = QCheckBox("Per side")
    for widget in (first, field, last):
        layout.addWidget(widget)
    ring = FocusRing(QApplication.instance())  # type: ignore[arg-type]
    ring.setParent(panel)
    with qtbot.waitActive(panel, timeout=5000):
        panel.show()
    window = panel.palette().color(QPalette.ColorRole.Window)
    for widget in (first, field, last):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=5000)
        QApplication.processEvents()
        image = panel.grab().toImage()
        geometry = widget.geometry()
        y = geometry.center().y()
        ring_pixels = [
            pixel(image, QPoint(geometry.left() - 1 - i, y)) for i in range(FOCUS_RING_WIDTH)
        ]
        for colour in ring_pixels:
            assert contrast_ratio(colour, window) >= 3.0, (
                type(widget).__name__,
                colour.name(),
                window.name(),
            )
        # Nothing is drawn beyond the ring, and the unfocused ones have none.
        outside = pixel(image, QPoint(geometry.left() - 1 - FOCUS_RING_WIDTH, y))
        assert contrast_ratio(outside, window) < 1.2
        for other in (first, field, last):
            if other is widget:
                continue
            spot = pixel(image, QPoint(other.geometry().left() - 1, other.geometry().center().y()))
            assert contrast_ratio(spot, window) < 1.2, type(other).__name__
