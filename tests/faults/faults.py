"""Helpers for injecting file-system faults without root: errors raised for chosen paths."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def os_error(code: int, path: object = None) -> OSError:
    return OSError(code, os.strerror(code), None if path is None else str(path))


def fail_open_for(monkeypatch: pytest.MonkeyPatch, target: Path, code: int = errno.EACCES) -> None:
    """``os.open`` of ``target`` fails with ``code`` (as for a file without read permission)."""
    real_open = os.open
    wanted = os.path.abspath(target)

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.abspath(os.fsdecode(path)) == wanted:
            raise os_error(code, path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def fail_writes_under(
    monkeypatch: pytest.MonkeyPatch, folder: Path, code: int = errno.ENOSPC
) -> Callable[[], int]:
    """Every ``os.replace``, ``os.link``, ``os.rename`` and ``mkstemp`` under ``folder`` fails
    with ``code``, as on a full disk or a read-only mount; returns a counter of failures."""
    import tempfile

    base = os.path.abspath(folder)
    failures = 0

    def under(path: Any) -> bool:
        return os.path.abspath(os.fsdecode(path)).startswith(base + os.sep) or (
            os.path.abspath(os.fsdecode(path)) == base
        )

    def guard(real: Callable[..., Any], *paths_at: int) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal failures
            if any(under(args[i]) for i in paths_at if i < len(args)):
                failures += 1
                raise os_error(code, args[paths_at[0]])
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(os, "replace", guard(os.replace, 0, 1))
    monkeypatch.setattr(os, "rename", guard(os.rename, 0, 1))
    monkeypatch.setattr(os, "link", guard(os.link, 0, 1))
    monkeypatch.setattr(os, "mkdir", guard(os.mkdir, 0))
    real_mkstemp = tempfile.mkstemp

    def fake_mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        nonlocal failures
        folder_arg = kwargs.get("dir")
        if folder_arg is not None and under(folder_arg):
            failures += 1
            raise os_error(code, folder_arg)
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", fake_mkstemp)
    return lambda: failures
