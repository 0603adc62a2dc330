"""Log to a file in the user log folder, rotated by size once per launch.

A warm-up writes a few kilobytes of log, so rotating when the app starts (not while it runs)
keeps the folder small and spares the window ``logging.handlers``, which costs several
milliseconds before the first paint.

A log folder that cannot be written (a read-only home, a full disk, no permission) never stops
a warm-up: the log then goes to stderr only.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOG_FILE_NAME = "warmup-app.log"
MAX_LOG_BYTES = 1_000_000  # a file past this is rotated at the next launch
LOG_BACKUPS = 3  # warmup-app.log.1 (newest) … .3 (oldest) are kept


_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir``'s log file; the file's path, or None when only stderr could be used."""
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)
    for existing in root.handlers:
        if getattr(existing, "warmup_app", False):
            return getattr(existing, "warmup_app_path", None)
    file_handler: logging.Handler | None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        rotate_if_large(path)
        file_handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        file_handler = None
        reason = exc.strerror or str(exc)
    handler: logging.Handler = (
        file_handler if file_handler is not None else logging.StreamHandler(sys.stderr)
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.warmup_app = True  # type: ignore[attr-defined]
    handler.warmup_app_path = path if file_handler is not None else None  # type: ignore[attr-defined]
    root.addHandler(handler)
    if file_handler is None:
        logging.getLogger(__name__).warning(
            "cannot write the log file %s (%s); logging to stderr only", path, reason
        )
        return None
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
