"""Files that cannot be used never stop a warm-up: each runs to the end on the fake clock, the
user's file is left byte for byte, and the runner is told once.

Issue 15, points 1 (sound cache), 2 (FIFOs), 5 (broken-files notice), 7 (permissions are not
damage) and 8 (read-only history). No root needed: faults come from ``os.mkfifo`` and from
monkeypatched ``os`` calls (tests/faults/faults.py).
"""

from __future__ import annotations

import errno
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.faults.faults import fail_open_for, fail_writes_under
from tests.qt_fixtures import FakeScheduler, library
from warmup_app.app import install_history
from warmup_app.audio import session as session_audio
from warmup_app.audio.session import SessionAudio
from warmup_app.config.settings import VOLUME, Settings
from warmup_app.core import history as history_module
from warmup_app.core.history import History, SessionEntry
from warmup_app.core.session import State
from warmup_app.gui.main_window import MainWindow

WAIT_MS = 10_000
SMALL_WITH_LEAD_IN = 100


class Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[str] = []

    @Slot(str)
    def add(self, item: str) -> None:
        self.items.append(item)


def run_to_the_end(window: MainWindow, scheduler: FakeScheduler) -> None:
    window.run_view.start_button.click()
    scheduler.advance(SMALL_WITH_LEAD_IN + 1)
    session = window.driver.session
    assert session is not None
    assert session.state is State.FINISHED


# -- settings (points 2 and 7) ---------------------------------------------------------------


def test_a_settings_fifo_gives_defaults_and_stays_a_fifo(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    os.mkfifo(path)
    settings = Settings(path)  # a plain open would block here until a writer came

    assert settings.read_only
    assert settings.get(VOLUME) == VOLUME.default
    [problem] = settings.load_problems
    assert "is not a regular file" in problem
    assert "left as it is" in problem
    settings.set(VOLUME, 10)  # used for the session, never written
    assert settings.get(VOLUME) == 10
    assert stat.S_ISFIFO(path.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]


def test_unreadable_settings_are_not_treated_as_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[sounds]\nvolume=35\n", encoding="utf-8")
    before = path.read_bytes()
    fail_open_for(monkeypatch, path, errno.EACCES)
    failed = Collector()

    settings = Settings(path)
    settings.save_failed.connect(failed.add)
    settings.set(VOLUME, 90)

    monkeypatch.undo()
    [problem] = settings.load_problems
    assert "Permission denied" in problem
    assert "defaults are in use for this session" in problem
    assert failed.items == []
    assert path.read_bytes() == before  # not renamed aside, not reset, not overwritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]
    assert Settings(path).get(VOLUME) == 35


def test_a_huge_settings_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[x]\n" + b"a=1\n" * 600_000)
    size = path.stat().st_size
    settings = Settings(path)
    assert settings.read_only
    [problem] = settings.load_problems
    assert "at most 1024 KiB" in problem
    assert path.stat().st_size == size


def test_settings_that_cannot_be_saved_say_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config" / "settings.ini"
    settings = Settings(path)
    failed = Collector()
    settings.save_failed.connect(failed.add)
    # QSettings writes from C++, out of monkeypatch's reach: take its folder away instead.
    (tmp_path / "config").rename(tmp_path / "elsewhere")
    (tmp_path / "config").write_text("a file where the folder was")
    for volume in (10, 20, 30):
        settings.set(VOLUME, volume)
    assert settings.get(VOLUME) == 30
    assert len(failed.items) == 1


# -- history (points 2 and 8) ----------------------------------------------------------------


def test_a_history_fifo_keeps_the_session_in_memory_and_the_app_can_quit(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler, tmp_path: Path
) -> None:
    db = tmp_path / "history.sqlite3"
    os.mkfifo(db)
    recorder = install_history(window, db)
    notices = Collector()
    recorder.access.notice.connect(notices.add)
    try:
        run_to_the_end(window, scheduler)
        run_to_the_end(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        [message] = notices.items
        assert "is not a regular file" in message
        assert "kept until you quit" in message
        assert window.statusBar().currentMessage() == message
        entries: list[object] = []
        recorder.access.submit(lambda h: h.list_entries(), done=entries.extend)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert sum(isinstance(e, SessionEntry) and e.completed for e in entries) == 2
    finally:
        recorder.close()  # returns: nothing waits on the FIFO
    assert stat.S_ISFIFO(db.stat().st_mode)


def test_an_unreadable_history_is_left_alone(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "history.sqlite3"
    with History(db) as history:
        history.record_session_start("x", "X", 60)
    history_bytes = db.read_bytes()
    fail_open_for(monkeypatch, db, errno.EACCES)
    recorder = install_history(window, db)
    notices = Collector()
    recorder.access.notice.connect(notices.add)
    try:
        run_to_the_end(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        [message] = notices.items
        assert "Permission denied" in message
    finally:
        recorder.close()
    monkeypatch.undo()
    assert db.read_bytes() == history_bytes


def test_a_read_only_history_can_still_be_read(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "history.sqlite3"
    with History(db) as history:
        sid = history.record_session_start("small", "Small", 60)
        history.record_session_end(sid, completed=True, ended_at=datetime.now(UTC))
    monkeypatch.setattr(
        history_module, "writable", lambda _p: OSError(errno.EROFS, os.strerror(errno.EROFS))
    )
    recorder = install_history(window, db)
    notices = Collector()
    recorder.access.notice.connect(notices.add)
    try:
        run_to_the_end(window, scheduler)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        [message] = notices.items  # the read-only notice, and the refused writes say no more
        assert "can only be read" in message
        entries: list[object] = []
        recorder.access.submit(lambda h: h.list_entries(), done=entries.extend)
        qtbot.waitUntil(lambda: recorder.access.pending == 0, timeout=WAIT_MS)
        assert [e.routine_name for e in entries if isinstance(e, SessionEntry)] == ["Small"]
    finally:
        recorder.close()


# -- the sound cache (point 1) ---------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EROFS])
def test_a_sound_cache_that_cannot_be_written_still_gives_sounds(
    window: MainWindow,
    scheduler: FakeScheduler,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
) -> None:
    cache = tmp_path / "cache" / "sounds"
    fail_writes_under(monkeypatch, tmp_path / "cache", code)
    monkeypatch.setattr(session_audio, "_private_folder", None)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir()
    audio = SessionAudio(window.driver, Settings(tmp_path / "settings.ini"), cache, window)
    notices = Collector()
    audio.message.connect(notices.add)
    window.controller.before_start = audio.ensure_ready

    run_to_the_end(window, scheduler)

    # (The tests' player has no output, which it says too; that message is not ours.)
    [message] = [m for m in notices.items if "sound" in m and "folder" in m]
    assert os.strerror(code) in message
    assert "kept in memory for this session" in message
    private = session_audio._private_folder
    assert private is not None
    assert private.parent == tmp_path / "runtime"
    assert len(list(private.rglob("*.wav"))) >= 7


def test_with_nowhere_to_render_the_warm_up_runs_with_visual_cues(
    window: MainWindow,
    scheduler: FakeScheduler,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    (tmp_path / "runtime").mkdir()
    monkeypatch.setattr(session_audio, "_private_folder", None)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    fail_writes_under(monkeypatch, tmp_path, errno.ENOSPC)
    audio = SessionAudio(window.driver, Settings(tmp_path / "s.ini"), tmp_path / "cache", window)
    notices = Collector()
    audio.message.connect(notices.add)
    window.controller.before_start = audio.ensure_ready

    run_to_the_end(window, scheduler)

    [message] = [m for m in notices.items if "prepared" in m]
    assert "shows its cues on screen only" in message


# -- the broken-files notice (point 5) -------------------------------------------------------


@pytest.mark.parametrize("count", [40, 2000])
def test_many_broken_files_never_grow_the_window(
    window: MainWindow, user_routines: Path, count: int
) -> None:
    window.show()
    window.controller.set_library(library(), select_id="small")
    QApplication.processEvents()
    before = window.minimumSizeHint().height(), window.sizeHint().height()
    for number in range(count):
        (user_routines / f"broken-{number:04}.warmup.toml").write_text("format = 1\nname =\n")
    window.controller.set_library(library(), select_id="small")
    QApplication.processEvents()
    picker = window.run_view.picker
    assert f"{count} routine files could not be read" in picker.broken.text()
    after = window.minimumSizeHint().height(), window.sizeHint().height()
    # One line of notice, however many files: at most one text line more than without any.
    line = picker.broken_button.sizeHint().height()
    assert after[0] <= before[0] + line
    assert after[1] <= before[1] + line
    screen = window.screen().availableGeometry()
    assert after[0] <= screen.height()
    picker.broken_button.click()
    assert picker.broken_list is not None
    assert picker.broken_list.blockCount() == count
    dialog = picker.broken_dialog
    assert dialog is not None
    assert dialog.height() <= screen.height()
    dialog.reject()


# -- start-up tidy (point 6) -----------------------------------------------------------------

RENAMED = """format = 1
name = "{name}"

[[parts]]
name = "Jog"

  [[parts.steps]]
  name = "Easy jog"
  duration = "1m"
"""


def test_the_app_lists_a_routine_once_after_a_rename_cut_short(
    qtbot: QtBot, qapp: QApplication
) -> None:
    import argparse

    from warmup_app import paths
    from warmup_app.app import AppController

    routines = paths.user_paths().ensure().routines
    (routines / "old.warmup.toml").write_text(RENAMED.format(name="Old"), encoding="utf-8")
    new_text = RENAMED.format(name="New")
    (routines / "new.warmup.toml").write_text(new_text, encoding="utf-8")
    (routines / ".old.warmup.toml.renaming").write_text(new_text, encoding="utf-8")
    options = argparse.Namespace(
        file=None, start=None, exit_when_done=False, cue_log=None, fullscreen=False
    )
    app = AppController(options, qapp)
    qtbot.addWidget(app.window)
    try:
        app.load()
        assert app.run.library is not None
        names = [e.routine.name for e in app.run.library.routines if not e.builtin]
        assert names == ["New"]
        assert sorted(p.name for p in routines.iterdir()) == ["new.warmup.toml"]
    finally:
        app.shutdown()
        app.window.close()
