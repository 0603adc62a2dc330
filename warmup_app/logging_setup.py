"""Log to a file in the user log folder, rotated by size once per launch.

A warm-up writes a few kilobytes of log, so rotating when the app starts (not while it runs)
keeps the folder small and spares the window ``logging.handlers``, which costs several
milliseconds before the first paint.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE_NAME = "warmup-app.log"
MAX_LOG_BYTES = 1_000_000  # a file past this is rotated at the next launch
LOG_BACKUPS = 3  # warmup-app.log.1 (newest) … .3 (oldest) are kept


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)
    if not any(getattr(h, "warmup_app", False) for h in root.handlers):
        rotate_if_large(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.warmup_app = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path


def rotate_if_large(path: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS) -> bool:
    """Move ``path`` to ``path.1`` (and older ones up, the oldest dropped) once it has grown
    past ``max_bytes``; True if it did. A log that cannot be rotated is simply appended to."""
    try:
        if path.stat().st_size < max_bytes:
            return False
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        return False
    return True
