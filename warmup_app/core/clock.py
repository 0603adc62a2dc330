"""The app's clock: monotonic, and on Linux counting time spent in suspend too.

``time.monotonic()`` stops while a Linux machine sleeps, so after a lid-close mid-warm-up the
timer would resume as if no time had passed, while on macOS and Windows it jumps ahead.
``CLOCK_BOOTTIME`` is just as monotonic but keeps counting during suspend, so the session
sees the real gap on every platform and drops the stale cues instead of pretending.
"""

from __future__ import annotations

import sys
import time


def monotonic() -> float:
    """Seconds on a clock that never goes back; its origin is arbitrary."""
    if _USE_BOOTTIME:
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


_USE_BOOTTIME = sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME")
