"""Files waiting to be imported, offered one at a time.

Why: offering a file opens a modal dialog, and a modal dialog runs a nested event loop. Files
that arrive meanwhile (another launch, another drop) must wait for it to close instead of
opening a dialog inside the dialog: 3,000 handed-over files once nested 3,000 dialogs deep and
ran out of stack. Here the next file is offered from the event loop after the last one
returned, never from inside it, and the queue is bounded.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

MAX_QUEUED = 100  # files waiting at once; more are logged and ignored


class ImportQueue(QObject):
    """Call :meth:`add` with files; ``offer`` is emitted for each, one at a time.

    A signal, not a stored callable: a bound method of the window kept here would tie the
    window's Python wrapper to its own child and crash Qt at deletion.
    """

    #: Offer this file now (``pathlib.Path``); connect it directly: the next one waits for
    #: the slot to return.
    offer = Signal(object)
    #: How many files wait behind the one being offered now (``int``; 0 when none).
    remaining_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[Path] = deque()
        self._busy = False
        # A child timer, not QTimer.singleShot: it dies with the queue, so it never fires
        # into a window that has been closed and deleted.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def busy(self) -> bool:
        """A file is being offered (its dialog may be open)."""
        return self._busy

    @property
    def remaining(self) -> int:
        return len(self._waiting)

    def add(self, files: Iterable[Path]) -> int:
        """Queue ``files`` (duplicates of a waiting file are skipped); how many were queued."""
        added = ignored = 0
        for path in files:
            if path in self._waiting:
                continue
            if len(self._waiting) >= MAX_QUEUED:
                ignored += 1
                continue
            self._waiting.append(path)
            added += 1
        if ignored:
            log.warning("import queue full: %d files ignored", ignored)
        if added:
            self.remaining_changed.emit(self.remaining - (0 if self._busy else 1))
            self._schedule()
        return added

    def clear(self) -> None:
        """Forget the files still waiting (the one being offered stays open)."""
        if self._waiting:
            log.info("import queue: %d waiting files skipped", len(self._waiting))
        self._waiting.clear()
        self.remaining_changed.emit(0)

    def _schedule(self) -> None:
        if not self._busy:
            self._timer.start()

    @Slot()
    def _next(self) -> None:
        if self._busy or not self._waiting:
            return
        path = self._waiting.popleft()
        self._busy = True
        self.remaining_changed.emit(self.remaining)
        try:
            self.offer.emit(path)
        finally:
            self._busy = False
        if self._waiting:
            self._schedule()
        else:
            self.remaining_changed.emit(0)

    def remaining_text(self, count: int) -> str:
        """What the window says about files waiting behind the one on screen ('' for none)."""
        if count <= 0:
            return ""
        return self.tr("%n more files to import", "", count)
