"""Disk faults in the core: temp files, renames, symlinks, logs and the routines folder.

Issue 15, points 3, 6, 7 and 8 (store errors, odd entries in the routines folder, --cue-log).
"""

from __future__ import annotations

import errno
import logging
import os
import time
from pathlib import Path

import pytest

from tests.faults.faults import fail_writes_under, os_error
from warmup_app.core import atomic
from warmup_app.core.cue_log import CueLog
from warmup_app.core.cues import CueKind
from warmup_app.core.routine_files import load_library
from warmup_app.core.routine_store import RoutineStore, StoreError, finish_interrupted_renames
from warmup_app.core.session import FiredCue
from warmup_app.core.timeline import Cue
from warmup_app.logging_setup import LOG_FILE_NAME, setup_logging

ROUTINE = """format = 1
name = "{name}"

[[parts]]
name = "Jog"

  [[parts.steps]]
  name = "Easy jog"
  duration = "1m"
"""


def routine_text(name: str) -> str:
    return ROUTINE.format(name=name)


# -- stale temp files (point 6) --------------------------------------------------------------


def test_only_the_apps_own_old_temp_files_are_removed(tmp_path: Path) -> None:
    now = time.time()
    old = now - 120
    own_tmp = tmp_path / ".mine.warmup.toml.ab3_x9zq.tmp"
    own_new = tmp_path / f".mine.warmup.toml.{'a' * 32}.new"
    fresh = tmp_path / ".other.warmup.toml.k2j4h5g6.tmp"  # a save in progress elsewhere
    users = [tmp_path / "notes.tmp", tmp_path / "mine.warmup.toml", tmp_path / ".hidden.tmp"]
    for path in [own_tmp, own_new, fresh, *users]:
        path.write_text("x")
    for path in [own_tmp, own_new, *users]:
        os.utime(path, (old, old))
    (tmp_path / ".dir.warmup.toml.abcdefgh.tmp").mkdir()  # not a file: left alone

    assert atomic.remove_stale_temp_files([tmp_path, tmp_path / "missing"], now=now) == 2

    assert not own_tmp.exists()
    assert not own_new.exists()
    assert fresh.exists()
    assert all(p.exists() for p in users)


def test_a_failed_write_removes_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.warmup.toml"
    target.write_bytes(b"old")
    fail_writes_under(monkeypatch, tmp_path, errno.ENOSPC)
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(os_error(errno.ENOSPC)))
    with pytest.raises(OSError, match="No space left"):
        atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.warmup.toml"]


# -- symlinks (point 7) ----------------------------------------------------------------------


def test_a_symlinked_routine_is_saved_through_its_target(tmp_path: Path) -> None:
    store = RoutineStore(tmp_path / "routines", tmp_path / "trash")
    store.folder.mkdir()
    real = tmp_path / "elsewhere" / "shared.warmup.toml"
    real.parent.mkdir()
    real.write_text(routine_text("Shared"), encoding="utf-8")
    link = store.folder / "shared.warmup.toml"
    link.symlink_to(real)
    [entry] = store.load_library().routines
    routine = entry.routine.model_copy(deep=True)
    routine.description = "Changed through the link"

    assert store.save(routine, link) == link

    assert link.is_symlink()
    assert "Changed through the link" in real.read_text(encoding="utf-8")


# -- crash-safe rename (point 6) -------------------------------------------------------------


def test_a_rename_cut_short_after_the_new_file_keeps_only_the_new_one(tmp_path: Path) -> None:
    folder = tmp_path
    old = folder / "morning.warmup.toml"
    old.write_text(routine_text("Morning"), encoding="utf-8")
    new_text = routine_text("Evening").encode()
    (folder / ".morning.warmup.toml.renaming").write_bytes(new_text)
    (folder / "evening.warmup.toml").write_bytes(new_text)

    assert finish_interrupted_renames(folder) == [old]

    assert sorted(p.name for p in folder.iterdir()) == ["evening.warmup.toml"]


def test_a_rename_cut_short_before_the_new_file_keeps_the_old_one(tmp_path: Path) -> None:
    old = tmp_path / "morning.warmup.toml"
    old.write_text(routine_text("Morning"), encoding="utf-8")
    before = old.read_bytes()
    (tmp_path / ".morning.warmup.toml.renaming").write_bytes(routine_text("Evening").encode())

    assert finish_interrupted_renames(tmp_path) == []

    assert sorted(p.name for p in tmp_path.iterdir()) == ["morning.warmup.toml"]
    assert old.read_bytes() == before


def test_a_rename_leaves_no_marker(tmp_path: Path) -> None:
    store = RoutineStore(tmp_path / "routines", tmp_path / "trash")
    store.folder.mkdir()
    path = store.folder / "morning.warmup.toml"
    path.write_text(routine_text("Morning"), encoding="utf-8")
    new = store.rename(path, "Evening")
    assert sorted(p.name for p in store.folder.iterdir()) == [new.name]


# -- the store's own error on a read-only folder (point 8) ------------------------------------


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_store_save_rename_delete_raise_the_stores_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    store = RoutineStore(tmp_path / "routines", tmp_path / "trash")
    store.folder.mkdir()
    path = store.folder / "morning.warmup.toml"
    path.write_text(routine_text("Morning"), encoding="utf-8")
    before = path.read_bytes()
    [entry] = store.load_library().routines
    fail_writes_under(monkeypatch, tmp_path, code)

    with pytest.raises(StoreError):
        store.save(entry.routine)  # save as new
    with pytest.raises(StoreError):
        store.rename(path, "Evening")
    with pytest.raises(StoreError):
        store.delete(path)
    with pytest.raises(StoreError):
        store.save(entry.routine, path)  # rewrite in place

    monkeypatch.undo()
    assert sorted(p.name for p in store.folder.iterdir()) == ["morning.warmup.toml"]
    assert path.read_bytes() == before


def test_store_save_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = RoutineStore(blocker / "routines", tmp_path / "trash")
    [entry] = _library_with_one(tmp_path).routines
    with pytest.raises(StoreError):
        store.save(entry.routine)


def _library_with_one(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.warmup.toml").write_text(routine_text("A"), encoding="utf-8")
    return load_library(tmp_path / "none", folder)


# -- odd entries in the routines folder (point 8) --------------------------------------------


def test_odd_entries_in_the_routines_folder_are_listed_as_broken(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "good.warmup.toml").write_text(routine_text("Good"), encoding="utf-8")
    os.mkfifo(user / "fifo.warmup.toml")
    (user / "loop.warmup.toml").symlink_to(user / "loop.warmup.toml")
    (user / "dangling.warmup.toml").symlink_to(user / "nowhere.warmup.toml")
    (user / "folder.warmup.toml").mkdir()

    library = load_library(tmp_path / "none", user)  # would hang on the FIFO if opened plainly

    assert [e.id for e in library.routines] == ["good"]
    reasons = {b.path.name: b.problems[0].message for b in library.broken}
    assert reasons == {
        "dangling.warmup.toml": "is a link to a file that does not exist",
        "fifo.warmup.toml": "is not a regular file (a device or a pipe)",
        "folder.warmup.toml": "is a folder, not a file",
        "loop.warmup.toml": reasons["loop.warmup.toml"],
    }
    assert "symbolic links" in reasons["loop.warmup.toml"]


# -- logs (point 3) --------------------------------------------------------------------------


@pytest.fixture
def clean_root_logger() -> object:
    root = logging.getLogger()
    saved = list(root.handlers)
    for handler in saved:
        root.removeHandler(handler)
    yield root
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in saved:
        root.addHandler(handler)


@pytest.mark.usefixtures("clean_root_logger")
def test_a_log_folder_that_cannot_be_written_logs_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logs = tmp_path / "ro" / "logs"
    fail_writes_under(monkeypatch, tmp_path / "ro", errno.EROFS)

    assert setup_logging(logs) is None

    logging.getLogger("warmup_app.test").warning("still heard")
    err = capsys.readouterr().err
    assert "logging to stderr only" in err
    assert "still heard" in err
    assert "Traceback" not in err
    assert not (logs / LOG_FILE_NAME).exists()


@pytest.mark.usefixtures("clean_root_logger")
def test_a_log_file_that_cannot_be_opened_logs_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    real_open = builtins.open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith(LOG_FILE_NAME):
            raise os_error(errno.EACCES, file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refuse)
    assert setup_logging(tmp_path) is None
    assert "Permission denied" in capsys.readouterr().err


# -- --cue-log on a full device (point 8) ----------------------------------------------------


def test_a_cue_log_on_a_full_device_fails_once_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    cue = Cue(kind=CueKind.GO, at=1.0, part=None, step=None, side=None)
    with CueLog(Path("/dev/full")) as cue_log:
        for number in range(44):
            cue_log.write(FiredCue(cue=cue, actual=1.0 + number), 5.0)
    assert cue_log.failure == "No space left on device"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert all(r.exc_info is None for r in caplog.records)


# -- own sounds through the guarded reader ---------------------------------------------------


def test_an_own_sound_replaced_by_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    from warmup_app.audio.own_sounds import OwnSoundError, check_own_sound, import_own_sound
    from warmup_app.core.cues import CueKind

    fifo = tmp_path / "go.wav"
    os.mkfifo(fifo)
    with pytest.raises(OwnSoundError, match="not a regular file"):
        check_own_sound(fifo)  # a plain wave.open would wait for a writer forever
    with pytest.raises(OwnSoundError):
        import_own_sound(fifo, CueKind.GO, tmp_path / "store")
    assert not (tmp_path / "store").exists()


def test_a_cue_log_fifo_without_a_reader_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "cues.fifo"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="No such device or address"):
        CueLog(fifo)  # a plain open("a") would wait for a reader forever
