"""Guards against a Qt binding that cannot run a whole warm-up.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without a reference; every emit drops
one, and Python 3.11 aborts with "bool_dealloc" after a few thousand signals, i.e. mid-routine.
pyproject excludes that release; this test catches it (or a relapse) before a runner does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_reference_counts_of_booleans() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        emitter.changed.emit(i)
    assert len(received) == 500
    # A little slack for unrelated objects created meanwhile; the bug loses one per emit.
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(False) - before_false) < 50
