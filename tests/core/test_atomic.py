"""The atomic write helper: old or new content, never half, and the file's mode kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from warmup_app.core import atomic


def test_new_files_get_the_usual_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    target = tmp_path / "r.warmup.toml"
    old = os.umask(0o022)
    try:
        atomic.write_text(target, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replacing_keeps_the_old_files_mode(tmp_path: Path) -> None:
    target = tmp_path / "r.warmup.toml"
    target.write_text("old")
    target.chmod(0o640)
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.warmup.toml"
    target.write_text("old")

    def broken_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.warmup.toml"]
