"""Reading a live process's counters from /proc (Linux only); the parsing lives in stats.py."""

from __future__ import annotations

import os
import time
from pathlib import Path

from .stats import (
    ProcSample,
    ThreadSample,
    parse_stat_cpu_ticks,
    parse_status,
    status_kib,
    thread_sample,
)

TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def sample(pid: int) -> ProcSample:
    """Counters of ``pid`` and every thread it has now; threads that vanish mid-read are skipped.

    Raises ProcessLookupError when the process itself is gone.
    """
    root = Path(f"/proc/{pid}")
    now = time.monotonic()
    try:
        cpu = parse_stat_cpu_ticks((root / "stat").read_text())
        tids = [int(entry.name) for entry in (root / "task").iterdir()]
    except FileNotFoundError as exc:
        raise ProcessLookupError(pid) from exc
    threads: dict[int, ThreadSample] = {}
    for tid in tids:
        task = root / "task" / str(tid)
        try:
            threads[tid] = thread_sample(
                (task / "comm").read_text(),
                (task / "stat").read_text(),
                (task / "status").read_text(),
            )
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended while we read it
    return ProcSample(now, cpu, threads)


def peak_rss_kib(pid: int) -> int:
    """VmHWM: the most resident memory the process has had so far."""
    return status_kib(parse_status(Path(f"/proc/{pid}/status").read_text()), "VmHWM")
