"""Benchmarks for ``make bench``: timing, start-up, CPU, wake-ups, memory and library loading.

Not tests: each benchmark runs real processes, prints its figures beside a baseline measured in
the same run, and appends one JSON line to ``bench-results/results.jsonl``. Only the pure helpers
have unit tests (``test_stats.py``). Run with ``python -m tests.benchmarks --help``.
"""
