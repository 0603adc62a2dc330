"""The one atomic-write helper: a reader sees the old file or the new one, never half of one.

Temp files are named ``.<target name>.<random>.tmp`` (:data:`TEMP_PATTERN`), so what a crash
leaves behind can be recognised and removed at the next start (:func:`remove_stale_temp_files`)
without touching anything else in the folder.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

#: The names of this module's temp files and the routine store's staging files
#: (``.<name>.<32 hex>.new``); nothing else in a folder matches.
TEMP_PATTERN = re.compile(r"^\..+\.(?:[A-Za-z0-9_]{8}\.tmp|[0-9a-f]{32}\.new)$")
#: A temp file younger than this may belong to a save in progress in another copy of the app.
STALE_AFTER_S = 60.0


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, and rename it over ``path``.

    If anything fails (disk full, a crash before the rename), ``path`` keeps its old content and
    the temp file is removed. A symlink is written through: its target gets the new content and
    the link stays a link.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":
            # mkstemp makes 0600 files; keep the old file's mode, or the usual one for new files.
            os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(
    folders: Iterable[Path], *, older_than: float = STALE_AFTER_S, now: float | None = None
) -> int:
    """Remove temp files an interrupted save left in ``folders``; how many were removed.

    Only regular files matching :data:`TEMP_PATTERN` whose last change is more than
    ``older_than`` seconds before ``now`` (wall clock, as file times are) are touched; any error
    is logged and skipped, as this is housekeeping and must never stop the app from starting.
    """
    now = time.time() if now is None else now
    removed = 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not TEMP_PATTERN.match(entry.name):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if now - entry.stat(follow_symlinks=False).st_mtime <= older_than:
                    continue
                os.unlink(entry.path)
            except OSError as exc:
                log.info("could not remove the stale temp file %s: %s", entry.path, exc)
                continue
            removed += 1
    if removed:
        log.info("removed %d temp file(s) left by interrupted saves", removed)
    return removed
