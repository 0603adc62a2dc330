"""The guarded reader for user files: regular files only, bounded, never blocking, one wording."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest

from warmup_app.core import user_files
from warmup_app.core.user_files import UserFileError, read_user_file, too_large

LIMIT = 256 * 1024
NOT_REGULAR = "is not a regular file (a device or a pipe)"


def reason_for(path: Path, max_bytes: int = LIMIT) -> str:
    with pytest.raises(UserFileError) as caught:
        read_user_file(path, max_bytes)
    assert caught.value.path == path
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello\x00\xff")
    assert read_user_file(path, LIMIT) == b"hello\x00\xff"
    path.write_bytes(b"")
    assert read_user_file(path, LIMIT) == b""


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "full.txt"
    path.write_bytes(b"x" * LIMIT)
    assert read_user_file(path, LIMIT) == b"x" * LIMIT


def test_the_error_is_not_an_os_error() -> None:
    """Callers catch one type; a stray OSError handler must not swallow it as something else."""
    assert not issubclass(UserFileError, OSError)


def test_a_folder(tmp_path: Path) -> None:
    assert reason_for(tmp_path) == "is a folder, not a file"


@pytest.mark.timeout(5)
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    """Nobody writes to the pipe: a blocking open would wait forever."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert reason_for(fifo) == NOT_REGULAR


@pytest.mark.timeout(5)
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_without_reading(device: str) -> None:
    assert reason_for(Path(device)) == NOT_REGULAR


@pytest.mark.timeout(5)
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))
        assert reason_for(path) == NOT_REGULAR


def test_an_oversize_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (300 * 1024))
    assert reason_for(path) == "is 300 KiB; at most 256 KiB is allowed"
    path.write_bytes(b"x" * (LIMIT + 1))  # one byte over never reads as "256 KiB; at most 256"
    assert reason_for(path) == "is 257 KiB; at most 256 KiB is allowed"


def test_an_oversize_sparse_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    def no_read(fd: int, size: int) -> bytes:
        raise AssertionError("read an oversize file")

    monkeypatch.setattr(user_files.os, "read", no_read)
    assert reason_for(path) == "is 51200 KiB; at most 256 KiB is allowed"


def test_small_limits_are_given_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 300)
    assert reason_for(path, 256) == "is 300 bytes; at most 256 bytes is allowed"
    assert too_large(1, 0) == "is 1 byte; at most 0 bytes is allowed"


def test_a_file_growing_after_the_size_check_is_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fstat() saw a small file; by the time it is read it is far bigger (a download, a log)."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 1000)
    real_fstat = os.fstat
    reads: list[int] = []
    real_read = os.read
    grown = False

    def fstat_then_grow(fd: int) -> os.stat_result:
        nonlocal grown
        info = real_fstat(fd)
        if not grown:
            grown = True
            with path.open("ab") as handle:
                handle.write(b"y" * (2 * LIMIT))
        return info

    def counting_read(fd: int, size: int) -> bytes:
        reads.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(user_files.os, "fstat", fstat_then_grow)
    monkeypatch.setattr(user_files.os, "read", counting_read)
    # Its size now (1000 bytes + 512 KiB, rounded up), not what fstat() first said.
    assert reason_for(path) == "is 513 KiB; at most 256 KiB is allowed"
    assert sum(reads) <= LIMIT + 1  # never more than one byte past the limit


def test_the_opened_file_is_the_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO swapped in after the open changes nothing: checks and read use the descriptor."""
    path = tmp_path / "swapped.txt"
    path.write_bytes(b"the real file")
    real_open = os.open

    def open_then_swap(target: Path, flags: int, *args: int) -> int:
        fd = real_open(target, flags, *args)
        os.unlink(target)
        os.mkfifo(target)
        return fd

    monkeypatch.setattr(user_files.os, "open", open_then_swap)
    assert read_user_file(path, LIMIT) == b"the real file"


def test_a_symlink_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_bytes(b"content")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_user_file(link, LIMIT) == b"content"


@pytest.mark.timeout(5)
def test_a_symlink_to_a_fifo_or_folder_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "to-pipe"
    to_fifo.symlink_to(fifo)
    assert reason_for(to_fifo) == NOT_REGULAR
    to_folder = tmp_path / "to-folder"
    to_folder.symlink_to(tmp_path)
    assert reason_for(to_folder) == "is a folder, not a file"


def test_a_missing_file_and_a_dangling_symlink(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert reason_for(missing) == "does not exist"
    link = tmp_path / "dangling.txt"
    link.symlink_to(missing)
    assert reason_for(link) == "is a link to a file that does not exist"


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, where chmod 000 still reads: the refusal is made by hand."""
    path = tmp_path / "secret.txt"
    path.write_bytes(b"x")

    def refuse(target: Path, flags: int, *args: int) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

    monkeypatch.setattr(user_files.os, "open", refuse)
    assert reason_for(path) == "cannot read the file: Permission denied"


def test_an_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk or network error mid-read is the same kind of report, and the file is closed."""
    path = tmp_path / "flaky.txt"
    path.write_bytes(b"x" * 100)
    closed: list[int] = []
    real_close = os.close

    def failing_read(fd: int, size: int) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    def tracking_close(fd: int) -> None:
        closed.append(fd)
        real_close(fd)

    monkeypatch.setattr(user_files.os, "read", failing_read)
    monkeypatch.setattr(user_files.os, "close", tracking_close)
    assert reason_for(path) == "cannot read the file: Input/output error"
    assert len(closed) == 1
