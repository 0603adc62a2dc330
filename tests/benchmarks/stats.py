"""Pure helpers: percentiles, cue-log lateness, and parsing of /proc files. No I/O here."""

from __future__ import annotations

import itertools
import json
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The cue log rounds offsets to 1 us; two rounded values may differ by up to this much.
ROUNDING_TOLERANCE_MS = 0.002


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (numpy's default), so p99 of few samples is honest."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= pct <= 100:
        raise ValueError(f"percentile {pct} is outside 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ratio(value: float, baseline: float) -> float | None:
    """``value / baseline``; None when the baseline is zero (a ratio would mean nothing)."""
    return value / baseline if baseline > 0 else None


@dataclass(frozen=True)
class CueRecord:
    kind: str
    scheduled: float  # offset from Start, seconds
    actual: float  # offset from Start at which the session fired it, seconds
    monotonic: float  # raw clock when it was logged


def parse_cue_log(text: str) -> list[CueRecord]:
    """Read a ``--cue-log`` file (one JSON object per line); blank lines are skipped."""
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            records.append(
                CueRecord(
                    str(data["kind"]),
                    float(data["scheduled"]),
                    float(data["actual"]),
                    float(data["monotonic"]),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"cue log line {number}: {exc}: {line!r}") from exc
    return records


def clock_origin(records: Sequence[CueRecord]) -> float:
    """The monotonic time of Start: ``monotonic - actual`` is Start plus the logging delay.

    The smallest value has the least delay. The finish cue is left out: the session clamps its
    ``actual`` to the routine's end, so it says nothing about the clock.
    """
    candidates = [r.monotonic - r.actual for r in records if r.kind != "finish"]
    if not candidates:
        raise ValueError("no cue besides the finish cue to find the clock origin from")
    return min(candidates)


@dataclass(frozen=True)
class Lateness:
    """How late cues fired, in milliseconds, and the finish cue's lateness (the end drift)."""

    count: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    min_ms: float
    drift_ms: float | None  # the finish cue, from the raw clock; None without a finish cue

    @property
    def never_early(self) -> bool:
        return self.min_ms >= -ROUNDING_TOLERANCE_MS


def lateness(records: Sequence[CueRecord]) -> Lateness:
    """Lateness per cue is ``actual - scheduled``; the finish cue's comes from its raw clock."""
    if not records:
        raise ValueError("no cues logged")
    origin = clock_origin(records)
    values: list[float] = []
    drift: float | None = None
    for record in records:
        if record.kind == "finish":
            drift = (record.monotonic - origin - record.scheduled) * 1000
            values.append(drift)
        else:
            values.append((record.actual - record.scheduled) * 1000)
    return Lateness(
        count=len(values),
        p50_ms=percentile(values, 50),
        p99_ms=percentile(values, 99),
        max_ms=max(values),
        min_ms=min(values),
        drift_ms=drift,
    )


@dataclass(frozen=True)
class Jitter:
    """Metronome clicks: spacing error against the nominal interval, in milliseconds."""

    count: int
    interval_ms: float
    stdev_ms: float
    p99_abs_ms: float
    max_abs_ms: float


def metronome_jitter(records: Sequence[CueRecord]) -> Jitter | None:
    """Consecutive clicks of one step (scheduled gap below 1 s); None when there are none."""
    clicks = [r for r in records if r.kind == "metronome"]
    errors: list[float] = []
    gaps: list[float] = []
    for before, after in itertools.pairwise(clicks):
        nominal = after.scheduled - before.scheduled
        if 0 < nominal < 1.0:
            gaps.append(nominal)
            errors.append(((after.actual - before.actual) - nominal) * 1000)
    if not errors:
        return None
    return Jitter(
        count=len(errors),
        interval_ms=statistics.fmean(gaps) * 1000,
        stdev_ms=statistics.pstdev(errors),
        p99_abs_ms=percentile([abs(e) for e in errors], 99),
        max_abs_ms=max(abs(e) for e in errors),
    )


# -- /proc ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThreadSample:
    """One thread's counters at one instant (CPU in clock ticks, context switches)."""

    name: str
    cpu_ticks: int
    voluntary: int
    nonvoluntary: int

    @property
    def switches(self) -> int:
        return self.voluntary + self.nonvoluntary


def parse_stat_cpu_ticks(stat: str) -> int:
    """utime + stime from ``/proc/PID/stat``; the name field may hold spaces and parentheses."""
    fields = stat[stat.rindex(")") + 2 :].split()
    # After the name: state(3) ppid ... utime is field 14 and stime field 15 of the whole line.
    return int(fields[11]) + int(fields[12])


def parse_status(status: str) -> dict[str, str]:
    """``/proc/PID/status`` as a mapping of field name to its raw text value."""
    fields: dict[str, str] = {}
    for line in status.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def status_kib(status: dict[str, str], key: str) -> int:
    """A memory field such as ``VmHWM:  123456 kB`` in KiB."""
    value, _, unit = status[key].partition(" ")
    if unit.strip() != "kB":
        raise ValueError(f"{key} is in {unit!r}, expected kB")
    return int(value)


def thread_sample(name: str, stat: str, status: str) -> ThreadSample:
    fields = parse_status(status)
    return ThreadSample(
        name=name.strip(),
        cpu_ticks=parse_stat_cpu_ticks(stat),
        voluntary=int(fields["voluntary_ctxt_switches"]),
        nonvoluntary=int(fields["nonvoluntary_ctxt_switches"]),
    )


@dataclass(frozen=True)
class ProcSample:
    """A process at one instant: when, its CPU over all threads (dead ones too), each thread."""

    time: float
    cpu_ticks: int
    threads: dict[int, ThreadSample]


@dataclass(frozen=True)
class ThreadUsage:
    tid: int
    name: str
    cpu_percent: float
    wakeups_per_s: float


@dataclass(frozen=True)
class Usage:
    """A process's CPU (% of one core) and wake-ups per second over a window, per thread too."""

    seconds: float
    cpu_percent: float
    wakeups_per_s: float
    threads: tuple[ThreadUsage, ...]


def usage_between(first: ProcSample, second: ProcSample, ticks_per_s: int) -> Usage:
    """Differences of the counters; a thread born in the window counts from zero.

    Wake-ups are context switches: a thread is switched in once per wake-up, and counting
    switches out (voluntary: it slept; involuntary: it was preempted) counts each run once.
    A thread that ended inside the window is missing from the wake-ups (the process CPU still
    has its time), so callers sample a window in which the thread set is stable.
    """
    seconds = second.time - first.time
    if seconds <= 0:
        raise ValueError("the second sample must be later than the first")
    threads = []
    for tid, end in sorted(second.threads.items()):
        start = first.threads.get(tid, ThreadSample(end.name, 0, 0, 0))
        cpu = (end.cpu_ticks - start.cpu_ticks) / ticks_per_s / seconds * 100
        wakeups = (end.switches - start.switches) / seconds
        threads.append(ThreadUsage(tid, end.name, cpu, wakeups))
    return Usage(
        seconds=seconds,
        cpu_percent=(second.cpu_ticks - first.cpu_ticks) / ticks_per_s / seconds * 100,
        wakeups_per_s=sum(t.wakeups_per_s for t in threads),
        threads=tuple(threads),
    )


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))
