"""The benchmark harness's arithmetic: if these are wrong, every figure it prints is wrong."""

from __future__ import annotations

import json

import pytest

from .results import Result, Row, table
from .stats import (
    CueRecord,
    ProcSample,
    ThreadSample,
    lateness,
    metronome_jitter,
    parse_cue_log,
    parse_stat_cpu_ticks,
    percentile,
    status_kib,
    thread_sample,
    usage_between,
)

# /proc/PID/stat of a thread whose name holds a space and a parenthesis; utime 250, stime 50.
STAT = "4242 (QThread (pool)) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 50 0 0 20 0 3 0 10 1 2"
STATUS = """Name:\tpython
VmHWM:\t   91234 kB
VmRSS:\t   80000 kB
voluntary_ctxt_switches:\t120
nonvoluntary_ctxt_switches:\t7
"""


def cue(kind: str, scheduled: float, actual: float, origin: float = 1000.0) -> CueRecord:
    return CueRecord(kind, scheduled, actual, origin + actual + 0.00001)


def test_percentile_interpolates_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]  # 1..100
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 99) == pytest.approx(99.01)
    assert percentile(values, 100) == 100.0
    assert percentile([7.0], 99) == 7.0


def test_percentile_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)
    with pytest.raises(ValueError, match="outside"):
        percentile([1.0], 101)


def test_lateness_in_ms_and_the_finish_cue_timed_from_the_raw_clock() -> None:
    # The session clamps the finish cue's offset to the routine's end (actual == scheduled),
    # so only its raw clock shows that it came 4 ms late.
    records = [
        cue("countdown", 0.0, 0.0005),
        cue("go", 1.0, 1.002),
        cue("metronome", 1.5, 1.5011),
        CueRecord("finish", 2.0, 2.0, 1000.0 + 2.004),
    ]
    result = lateness(records)
    assert result.count == 4
    assert result.max_ms == pytest.approx(4.0, abs=0.02)
    assert result.drift_ms == pytest.approx(4.0, abs=0.02)
    assert result.min_ms == pytest.approx(0.5, abs=0.02)
    assert result.never_early


def test_an_early_cue_is_caught() -> None:
    records = [cue("go", 1.0, 0.997), cue("go", 2.0, 2.001)]
    result = lateness(records)
    assert result.min_ms == pytest.approx(-3.0)
    assert not result.never_early
    assert result.drift_ms is None


def test_metronome_jitter_ignores_gaps_between_steps() -> None:
    records = [
        cue("metronome", 0.0, 0.001),
        cue("metronome", 0.357, 0.360),  # 2 ms long
        cue("metronome", 0.714, 0.715),  # 2 ms short
        cue("go", 0.8, 0.8),
        cue("metronome", 5.0, 5.0),  # another step: a 4.3 s gap is no interval
    ]
    jitter = metronome_jitter(records)
    assert jitter is not None
    assert jitter.count == 2
    assert jitter.interval_ms == pytest.approx(357.0)
    assert jitter.max_abs_ms == pytest.approx(2.0)
    assert metronome_jitter([cue("go", 0.0, 0.0)]) is None


def test_cue_log_lines_are_read_and_a_bad_one_is_named() -> None:
    line = {"kind": "go", "step": "A", "side": None, "scheduled": 3.0, "actual": 3.0015}
    text = json.dumps({**line, "monotonic": 55.5}) + "\n\n"
    assert parse_cue_log(text) == [CueRecord("go", 3.0, 3.0015, 55.5)]
    with pytest.raises(ValueError, match="line 2"):
        parse_cue_log(text.strip() + "\n" + json.dumps(line))


def test_proc_stat_and_status_parsing() -> None:
    assert parse_stat_cpu_ticks(STAT) == 300
    sample = thread_sample("QThread\n", STAT, STATUS)
    assert sample == ThreadSample("QThread", 300, 120, 7)
    assert status_kib({"VmHWM": "91234 kB"}, "VmHWM") == 91234


def test_usage_over_a_window_counts_threads_born_inside_it() -> None:
    first = ProcSample(10.0, 100, {1: ThreadSample("main", 100, 50, 5)})
    second = ProcSample(
        20.0,
        130,
        {1: ThreadSample("main", 120, 80, 5), 2: ThreadSample("audio", 10, 20, 0)},
    )
    usage = usage_between(first, second, ticks_per_s=100)
    assert usage.seconds == 10.0
    assert usage.cpu_percent == pytest.approx(3.0)  # 30 ticks = 0.3 s of 10 s
    assert usage.wakeups_per_s == pytest.approx(5.0)  # (30 + 20) switches in 10 s
    by_name = {t.name: t for t in usage.threads}
    assert by_name["audio"].wakeups_per_s == pytest.approx(2.0)
    assert by_name["main"].cpu_percent == pytest.approx(2.0)


def test_table_shows_ratio_and_misses() -> None:
    result = Result("demo", [Row("p99", 6.0, "ms", 2.0, "<= 5 ms", False), Row("n", 3, "")])
    text = table([result])
    assert "3.00x" in text
    assert "MISS" in text
    assert not result.passed
