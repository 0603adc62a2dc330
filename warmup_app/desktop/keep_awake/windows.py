"""Windows: SetThreadExecutionState keeps the display and the system from idling.

The state belongs to the calling thread; the app calls it from the GUI thread only.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

SetState = Callable[[int], int]


def _kernel32_set_state() -> SetState:
    if sys.platform != "win32":
        raise OSError("SetThreadExecutionState exists on Windows only")
    function = ctypes.WinDLL("kernel32", use_last_error=True).SetThreadExecutionState
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32
    result: SetState = function
    return result


class ExecutionStateInhibitor:
    """``set_state`` is ``SetThreadExecutionState``; tests pass a recorder instead."""

    def __init__(self, set_state: SetState | None = None) -> None:
        self._set_state = set_state if set_state is not None else _kernel32_set_state()
        self._held = False

    def inhibit(self, reason: str) -> None:
        if self._held:
            return
        if self._set_state(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED) == 0:
            log.warning("SetThreadExecutionState refused; the screen may blank (%s)", reason)
            return
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._set_state(ES_CONTINUOUS)

    def shutdown(self) -> None:
        self.release()
