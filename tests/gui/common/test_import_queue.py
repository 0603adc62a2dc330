"""Files to import are offered one dialog at a time, never a dialog inside a dialog.

The offer below behaves like the real one: it runs a nested event loop (as a modal dialog's
``exec()`` does) during which more files arrive. Last round 3,000 handed-over files nested
3,000 dialogs deep and ended in thousands of ``RecursionError`` tracebacks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_app.gui.common.import_queue import MAX_QUEUED, ImportQueue

WAIT_MS = 10_000


class ModalOffer:
    """Records each offer and how deeply offers nest; spins a local event loop like exec()."""

    def __init__(self, queue_more: list[list[Path]] | None = None) -> None:
        self.offered: list[Path] = []
        self.depth = 0
        self.max_depth = 0
        self.notes: list[int] = []
        self.queue: ImportQueue | None = None
        self.queue_more = queue_more or []

    def __call__(self, path: Path) -> None:
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.offered.append(path)
        assert self.queue is not None
        if self.queue_more:  # more files arrive while "the dialog" is open
            self.queue.add(self.queue_more.pop(0))
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()  # the nested loop a modal dialog runs
        self.depth -= 1


def make(offer: ModalOffer) -> ImportQueue:
    queue = ImportQueue()
    queue.offer.connect(offer)
    offer.queue = queue
    queue.remaining_changed.connect(offer.notes.append)
    return queue


def test_3000_files_one_dialog_at_a_time(qtbot: QtBot) -> None:
    offer = ModalOffer()
    queue = make(offer)
    files = [Path(f"/r/{i}.warmup.toml") for i in range(3000)]
    assert queue.add(files) == MAX_QUEUED
    qtbot.waitUntil(lambda: not queue.busy and queue.remaining == 0, timeout=WAIT_MS)
    assert offer.offered == files[:MAX_QUEUED]
    assert offer.max_depth == 1
    assert offer.notes[0] == MAX_QUEUED - 1  # "99 more files to import" with the first
    assert offer.notes[-1] == 0


def test_files_arriving_during_a_dialog_wait_for_it(qtbot: QtBot) -> None:
    later = [[Path("/b1"), Path("/b2")], [Path("/c1")]]
    offer = ModalOffer(queue_more=later)
    queue = make(offer)
    queue.add([Path("/a")])
    qtbot.waitUntil(lambda: len(offer.offered) == 4 and not queue.busy, timeout=WAIT_MS)
    assert offer.offered == [Path("/a"), Path("/b1"), Path("/b2"), Path("/c1")]
    assert offer.max_depth == 1
    assert 2 in offer.notes  # "2 more files to import" while /b1 was open


def test_the_note_reads_naturally(qapp: QApplication) -> None:
    queue = ImportQueue()
    assert queue.remaining_text(0) == ""
    assert queue.remaining_text(1) == "1 more file to import"  # the English catalogue's plural
    assert queue.remaining_text(3) == "3 more files to import"
