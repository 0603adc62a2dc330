"""Warm-up Timer: guides a runner through a timed warm-up before a run."""

__version__ = "0.1.0"
APP_ID = "io.github.warmup_timer.WarmupTimer"
APP_NAME = "Warm-up Timer"
