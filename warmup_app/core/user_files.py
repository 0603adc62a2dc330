"""One guarded way to read a small file the user gave us, with messages a runner can act on.

Files come from anywhere: a double-clicked download, a folder the user filled by hand, a path
typed on the command line. A FIFO would block a plain ``open`` forever, ``/dev/zero`` never
ends, and a huge or still-growing file would fill memory. :func:`read_user_file` opens without
blocking, checks the opened descriptor (not the path, so nothing can be swapped in between the
check and the read) and reads at most one byte more than allowed.

It knows nothing about routines: settings, history and own-sound files can use it too. Callers
turn :class:`UserFileError` into their own reports; its ``reason`` is the same plain text
wherever the file was read. No Qt here.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FOLDER = "is a folder, not a file"
NOT_REGULAR = "is not a regular file (a device or a pipe)"
MISSING = "does not exist"
DANGLING_LINK = "is a link to a file that does not exist"

# O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
# O_NOCTTY: opening a terminal device never makes it the app's controlling terminal.
# O_BINARY: Windows would otherwise translate line endings. Missing flags are 0 elsewhere.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 64 * 1024


class UserFileError(Exception):
    """A user's file that cannot be read; ``reason`` says why in words a runner understands."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def too_large(size: int, max_bytes: int) -> str:
    """The message for a file of ``size`` bytes when ``max_bytes`` is the limit.

    The size is rounded up and the limit down, so a file just over the limit never reads as
    "is 256 KiB; at most 256 KiB".
    """
    return f"is {_size_text(size, round_up=True)}; at most {_size_text(max_bytes)} is allowed"


def cannot_read(exc: OSError) -> str:
    return f"cannot read the file: {exc.strerror or exc}"


@contextmanager
def _open_regular(path: Path) -> Iterator[tuple[int, os.stat_result]]:
    """The guarded open both readers share: a descriptor of a regular file and its status.

    Folders, FIFOs, devices and sockets, and any error from the system, become
    :class:`UserFileError`; the descriptor is always closed.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UserFileError(path, _open_failure(path, exc)) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserFileError(path, FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError(path, NOT_REGULAR)
        yield fd, info
    except OSError as exc:
        raise UserFileError(path, cannot_read(exc)) from exc
    finally:
        os.close(fd)


def read_user_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``max_bytes``.

    Raises :class:`UserFileError` for a folder, FIFO, device or socket, a file over the limit
    (by its size, or by what could be read from it while it grows), a missing file, and any
    other error from the system, never a bare :class:`OSError`.
    """
    with _open_regular(path) as (fd, info):
        if info.st_size > max_bytes:
            raise UserFileError(path, too_large(info.st_size, max_bytes))
        data = _read_at_most(fd, max_bytes + 1)
        if len(data) > max_bytes:  # it grew after fstat(): say how big it is now
            raise UserFileError(path, too_large(max(len(data), os.fstat(fd).st_size), max_bytes))
        return data


def read_head(path: Path, count: int) -> bytes:
    """The first ``count`` bytes of the regular file at ``path`` (fewer if it is shorter).

    For files whose size has no fixed limit (the history database): the same guarded open and
    the same :class:`UserFileError` reasons as :func:`read_user_file`, without the size check.
    """
    with _open_regular(path) as (fd, _info):
        return _read_at_most(fd, count)


def writable(path: Path) -> OSError | None:
    """None when the existing regular file at ``path`` can be opened for writing, else why not.

    Opens it (never creating, never truncating, never blocking) rather than asking
    ``os.access``, which says yes to root for a file on a read-only mount.
    """
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return exc
    os.close(fd)
    return None


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(fd, min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _open_failure(path: Path, exc: OSError) -> str:
    """Name what went wrong with ``open`` in the shared words; the path is only looked at here."""
    if isinstance(exc, FileNotFoundError):
        return DANGLING_LINK if os.path.islink(path) else MISSING
    # Windows refuses to open a folder with "permission denied" rather than saying what it is.
    if isinstance(exc, IsADirectoryError) or (
        isinstance(exc, PermissionError) and os.path.isdir(path)
    ):
        return FOLDER
    if exc.errno in {errno.ENXIO, errno.ENODEV}:  # a socket, or a device with no driver behind
        return NOT_REGULAR
    return cannot_read(exc)


def _size_text(size: int, *, round_up: bool = False) -> str:
    if size < 1024:
        return f"{size} byte" if size == 1 else f"{size} bytes"
    kib = -(-size // 1024) if round_up else size // 1024
    return f"{kib} KiB"
