"""macOS: an IOPM assertion ("PreventUserIdleDisplaySleep") keeps the display on.

Called through ctypes, so no Objective-C bridge is needed. The assertion dies with the process,
so a crash never leaves the Mac unable to sleep.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

ASSERTION_TYPE = b"PreventUserIdleDisplaySleep"  # kIOPMAssertionTypePreventUserIdleDisplaySleep
ASSERTION_LEVEL_ON = 255  # kIOPMAssertionLevelOn
CF_STRING_ENCODING_UTF8 = 0x08000100
IO_RETURN_SUCCESS = 0


def _load(name: str) -> Any:
    if sys.platform != "darwin":
        raise OSError(f"{name} exists on macOS only")
    path = ctypes.util.find_library(name)
    if path is None:
        raise OSError(f"cannot find the {name} framework")
    return ctypes.cdll.LoadLibrary(path)


class PowerAssertionInhibitor:
    """Holds one assertion. ``iokit`` and ``core_foundation`` are ctypes libraries (or fakes)."""

    def __init__(self, iokit: Any = None, core_foundation: Any = None) -> None:
        self._iokit = iokit if iokit is not None else _load("IOKit")
        self._cf = core_foundation if core_foundation is not None else _load("CoreFoundation")
        self._cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
        ]
        self._cf.CFRelease.argtypes = [ctypes.c_void_p]
        self._iokit.IOPMAssertionCreateWithName.restype = ctypes.c_int32
        self._iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        self._iokit.IOPMAssertionRelease.restype = ctypes.c_int32
        self._iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        self._assertion: int | None = None

    def inhibit(self, reason: str) -> None:
        if self._assertion is not None:
            return
        kind = self._cf_string(ASSERTION_TYPE)
        name = self._cf_string(reason.encode("utf-8"))
        assertion = ctypes.c_uint32(0)
        try:
            result = self._iokit.IOPMAssertionCreateWithName(
                kind, ASSERTION_LEVEL_ON, name, ctypes.byref(assertion)
            )
        finally:
            self._cf.CFRelease(name)
            self._cf.CFRelease(kind)
        if result != IO_RETURN_SUCCESS:
            log.warning("IOPMAssertionCreateWithName failed (%#x); the screen may sleep", result)
            return
        self._assertion = assertion.value

    def release(self) -> None:
        if self._assertion is None:
            return
        assertion, self._assertion = self._assertion, None
        result = self._iokit.IOPMAssertionRelease(assertion)
        if result != IO_RETURN_SUCCESS:
            log.warning("IOPMAssertionRelease(%d) failed (%#x)", assertion, result)

    def shutdown(self) -> None:
        self.release()

    def _cf_string(self, text: bytes) -> int:
        handle = self._cf.CFStringCreateWithCString(None, text, CF_STRING_ENCODING_UTF8)
        if not handle:
            raise OSError("CFStringCreateWithCString failed")
        return int(handle)
