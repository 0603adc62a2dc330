"""What a reader of a translated window would see wrong: clipped text, overlapping text, and
text that escaped translation. Reads the real widgets after layout; no pixels compared."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from tools.i18n import PSEUDO_MARKS
from warmup_app import APP_NAME

SLACK = 2  # pixels: rounding between a font's advance and a widget's geometry
_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Problem:
    view: str
    widget: str
    text: str
    what: str

    def __str__(self) -> str:
        return f"{self.view}: {self.widget} {self.what}: {self.text[:60]!r}"


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}" + (f"#{name}" if name else "")


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Visible in ``top`` and not scrolled or stacked away."""
    if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every shown widget that displays text, with that text."""
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if (isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull()) or (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield widget, widget.title()
        elif isinstance(widget, QComboBox) and widget.currentText():
            yield widget, widget.currentText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)


def clipped(widget: QWidget, text: str) -> bool:
    """Whether ``text`` does not fit where ``widget`` shows it."""
    if isinstance(widget, QLabel):
        room = widget.contentsRect()
        margin = 2 * widget.margin() + max(0, widget.indent())
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + SLACK
        metrics = widget.fontMetrics()
        shown = re.sub("&(.)", r"\1", text) if widget.buddy() is not None else text
        lines = shown.split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        high = metrics.lineSpacing() * len(lines)
        return (
            wide + margin > room.width() + SLACK or high > room.height() + metrics.leading() + SLACK
        )
    if isinstance(widget, QAbstractButton | QComboBox):
        hint = widget.sizeHint()
        return hint.width() > widget.width() + SLACK
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabText(index) == text:
                need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
                return need > widget.tabRect(index).width() + SLACK
    if isinstance(widget, QGroupBox):
        need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        return need > widget.width() + SLACK
    return False


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def overlaps(top: QWidget) -> Iterator[tuple[QWidget, QWidget]]:
    """Pairs of shown text widgets under the same parent whose boxes intersect."""
    shown = [w for w, _ in texts(top) if not isinstance(w, QTabBar)]
    by_parent: dict[int, list[QWidget]] = {}
    for widget in shown:
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QStackedWidget):
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                shared = QRect(first.geometry()).intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    yield first, second


def english_left(widget: QWidget, text: str) -> bool:
    """A text with an English-looking word and no pseudo-translated letter.

    Qt's own dialog buttons (OK, Cancel) come from Qt's catalogue, which the pseudo-locale does
    not replace, and the product's name stays as it is.
    """
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return False
    text = text.replace(APP_NAME, "")
    return bool(_ENGLISH_WORD.search(text)) and not (set(text) & PSEUDO_MARKS)


def problems(
    view: str, top: QWidget, *, untranslated_ok: frozenset[str] = frozenset()
) -> list[Problem]:
    found = []
    for widget, text in texts(top):
        if clipped(widget, text) and not _in_scroll_area(widget):
            found.append(Problem(view, _name(widget), text, "clips its text"))
        if english_left(widget, text):
            found.append(Problem(view, _name(widget), text, "is not translated"))
    for first, second in overlaps(top):
        found.append(
            Problem(view, f"{_name(first)} and {_name(second)}", first_text(first), "overlap")
        )
    return found


def first_text(widget: QWidget) -> str:
    return next((text for w, text in texts(widget.parentWidget() or widget) if w is widget), "")
