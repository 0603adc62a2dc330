"""The history store under stress: an old schema, a damaged file, a lock held by another
process, and several windows or processes writing at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from warmup_app.core.history import (
    BUSY_TIMEOUT_S,
    SCHEMA_VERSION,
    EntryKind,
    History,
    HistoryUnavailable,
    SelfCheckEntry,
    SessionEntry,
)
from warmup_app.core.selfcheck.rules import evaluate

T0 = datetime(2024, 5, 15, 10, 30, 5, tzinfo=UTC)

# The version-1 schema, written out as that version created it (no stopped_at_step, no today).
V1_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    total_seconds INTEGER NOT NULL
);
CREATE TABLE selfchecks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    taken_at TEXT NOT NULL,
    answers TEXT NOT NULL,
    triage TEXT NOT NULL,
    heavy_legs_score INTEGER NOT NULL
);
INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, completed, total_seconds)
VALUES ('pre-run', 'Pre-run warm-up', '2024-05-01T06:00:00.000+00:00',
        '2024-05-01T06:18:00.000+00:00', 1, 1065),
       ('quick', 'Quick', '2024-05-02T06:00:00.000+00:00', NULL, 0, 915);
INSERT INTO selfchecks (taken_at, answers, triage, heavy_legs_score)
VALUES ('2024-05-01T05:50:00.000+00:00', '{"heavy_legs":true}', 'self_care', 35);
PRAGMA user_version = 1;
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


def make_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.close()


def schema_of(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    conn.close()
    return [(name, " ".join(sql.split())) for name, sql in rows]


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


# -- migration -----------------------------------------------------------------------------


def test_migration_from_version_1_keeps_every_entry(db: Path) -> None:
    make_v1(db)
    with History(db, tz=UTC) as store:
        assert store.available
        assert store.recovered_from is None
        entries = store.list_entries()
        assert user_version(db) == SCHEMA_VERSION == 2
    assert [e.kind for e in entries] == [EntryKind.SESSION, EntryKind.SESSION, EntryKind.SELFCHECK]
    quick, pre_run, check = entries
    assert isinstance(quick, SessionEntry)
    assert (quick.routine_id, quick.completed, quick.stopped_at_step) == ("quick", False, None)
    assert isinstance(pre_run, SessionEntry)
    assert pre_run.ended_at == datetime(2024, 5, 1, 6, 18, tzinfo=UTC)
    assert check == SelfCheckEntry(
        1, datetime(2024, 5, 1, 5, 50, tzinfo=UTC), ("heavy_legs",), "self_care", None, 35
    )


def test_a_migrated_database_accepts_the_new_columns(db: Path) -> None:
    make_v1(db)
    with History(db) as store:
        sid = store.record_session_start("quick", "Quick", 915, started_at=T0)
        store.record_session_end(sid, completed=False, stopped_at_step="Strides", ended_at=T0)
        latest = store.list_entries()[0]
    assert isinstance(latest, SessionEntry)
    assert latest.stopped_at_step == "Strides"
    assert sid == 3  # ids carry on after the old rows


def test_migrated_schema_equals_a_fresh_one(db: Path, tmp_path: Path) -> None:
    make_v1(db)
    History(db).close()
    fresh = tmp_path / "fresh.sqlite3"
    History(fresh).close()
    assert schema_of(db) == schema_of(fresh)


def test_a_newer_database_is_left_untouched(db: Path) -> None:
    make_v1(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    store = History(db)
    assert not store.available
    assert store.problem is not None
    assert "newer version" in store.problem
    with pytest.raises(HistoryUnavailable, match="newer version"):
        store.record_session_start("quick", "Quick", 915)
    with pytest.raises(HistoryUnavailable):
        store.list_entries()
    store.close()
    assert db.read_bytes() == before
    assert store.recovered_from is None


# -- a damaged file ------------------------------------------------------------------------


def corrupt_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("history.sqlite3.corrupt-*"))


def test_a_file_that_is_not_sqlite_is_moved_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_text("this is not a database, it is a shopping list\n" * 20)
    store = History(db, now=lambda: T0, tz=UTC)
    assert store.available
    moved = db.with_name("history.sqlite3.corrupt-20240515-103005")
    assert store.recovered_from == moved
    assert moved.read_text().startswith("this is not a database")
    assert store.recovery_message is not None
    assert moved.name in store.recovery_message
    store.record_session_start("quick", "Quick", 915, started_at=T0)
    assert len(store.list_entries()) == 1
    store.close()


def test_damaged_pages_are_caught_by_the_integrity_check(db: Path) -> None:
    with History(db) as store:
        for n in range(200):
            store.record_session_start("r", f"routine number {n} " * 4, 60, started_at=T0)
    data = bytearray(db.read_bytes())
    assert len(data) > 4 * 4096
    data[2 * 4096 : 2 * 4096 + 300] = b"\xab" * 300
    db.write_bytes(bytes(data))

    with History(db, now=lambda: T0, tz=UTC) as store:
        assert store.recovered_from is not None
        assert store.available
        assert store.list_entries() == []
    assert [p.name for p in corrupt_files(db.parent)] == ["history.sqlite3.corrupt-20240515-103005"]


def test_the_wal_files_go_with_the_damaged_file(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"\x00garbage" * 100)
    wal = db.with_name("history.sqlite3-wal")
    wal.write_bytes(b"old wal")
    with History(db, now=lambda: T0, tz=UTC) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.with_name(store.recovered_from.name + "-wal").read_bytes() == (
            b"old wal"
        )
        store.record_session_start("quick", "Quick", 915, started_at=T0)
        assert len(store.list_entries()) == 1


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(db: Path) -> None:
    for _ in range(2):
        db.parent.mkdir(parents=True, exist_ok=True)
        db.write_text("not sqlite")
        History(db, now=lambda: T0, tz=UTC).close()
    assert [p.name for p in corrupt_files(db.parent)] == [
        "history.sqlite3.corrupt-20240515-103005",
        "history.sqlite3.corrupt-20240515-103005-1",
    ]


def test_damage_found_mid_call_is_recovered_and_the_call_retried(db: Path) -> None:
    """SQLite can report corruption on any statement; simulate that report once."""
    store = History(db, now=lambda: T0, tz=UTC)
    store.record_session_start("quick", "Quick", 915, started_at=T0)
    calls = []

    def work(conn: sqlite3.Connection) -> int:
        calls.append(conn)
        if len(calls) == 1:
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
            raise error
        count: int = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        return count

    assert store._run(work, write=False) == 0  # the fresh database
    assert store.recovered_from == db.with_name("history.sqlite3.corrupt-20240515-103005")
    store.close()


def test_a_path_that_cannot_be_opened_is_reported_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "history.sqlite3"
    folder.mkdir()  # a folder where the file should be
    store = History(folder)
    assert not store.available
    assert store.problem is not None
    with pytest.raises(HistoryUnavailable):
        store.record_session_start("quick", "Quick", 915)
    assert store.recovered_from is None
    assert folder.is_dir()


# -- a lock held by another process ---------------------------------------------------------


def test_default_busy_timeout_is_two_seconds() -> None:
    assert BUSY_TIMEOUT_S == 2.0


def test_a_locked_database_fails_soft_within_the_busy_timeout(db: Path) -> None:
    store = History(db, busy_timeout=0.3)
    store.record_session_start("quick", "Quick", 915, started_at=T0)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        with pytest.raises(HistoryUnavailable, match="in use by another copy") as info:
            store.record_session_start("quick", "Quick", 915, started_at=T0)
        waited = time.monotonic() - began
        assert 0.25 <= waited < 1.5
        assert "0.3 s" in str(info.value)
        # In WAL mode readers are not blocked by a writer: history can still be shown.
        assert len(store.list_entries()) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the lock is gone the same store works again.
    store.record_session_start("quick", "Quick", 915, started_at=T0)
    assert len(store.list_entries()) == 2
    store.close()


def test_a_database_locked_at_start_up_does_not_stop_the_app(db: Path) -> None:
    make_v1(db)  # an old, rollback-journal file: the lock blocks readers too
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        store = History(db, busy_timeout=0.2)
        assert time.monotonic() - began < 1.5
        assert not store.available
        assert store.problem is not None
        assert "in use by another copy" in store.problem
        assert store.recovered_from is None  # locked is not damaged
        with pytest.raises(HistoryUnavailable):
            store.list_entries()
    finally:
        other.execute("ROLLBACK")
        other.close()
    # The next call opens, migrates and works.
    assert len(store.list_entries()) == 3
    assert store.available
    assert store.problem is None
    assert user_version(db) == SCHEMA_VERSION
    store.close()


# -- several writers ------------------------------------------------------------------------


def test_two_windows_on_one_file_lose_nothing(db: Path) -> None:
    first, second = History(db), History(db)
    ids: set[tuple[str, int]] = set()
    for n in range(50):
        for name, store in (("first", first), ("second", second)):
            sid = store.record_session_start(name, f"{name} {n}", 60, started_at=T0)
            ids.add((name, sid))
            store.record_selfcheck(evaluate({}), {}, T0 + timedelta(seconds=n))
    assert len({sid for _, sid in ids}) == 100
    for store in (first, second):
        entries = store.list_entries()
        assert len([e for e in entries if e.kind is EntryKind.SESSION]) == 100
        assert len([e for e in entries if e.kind is EntryKind.SELFCHECK]) == 100
    first.close()
    second.close()


def test_writer_threads_lose_nothing(db: Path) -> None:
    History(db).close()
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with History(db) as store:
                for n in range(100):
                    store.record_session_start(name, f"{name} {n}", 60, started_at=T0)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(f"t{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with History(db) as store:
        names = [e.routine_name for e in store.list_entries() if isinstance(e, SessionEntry)]
    assert sorted(names) == sorted(f"t{i} {n}" for i in range(3) for n in range(100))


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from warmup_app.core.history import History

    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    sys.stdin.readline()  # start together
    with History(path) as store:
        for n in range(count):
            sid = store.record_session_start(name, f"{name} {n}", 60, datetime.now(UTC))
            store.record_session_end(sid, completed=n % 2 == 0, stopped_at_step="Strides")
    print("done")
    """
)


def test_writer_processes_lose_nothing(db: Path) -> None:
    History(db).close()
    count, names = 60, ["p0", "p1", "p2"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), name, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    outputs = [p.communicate("go\n", timeout=90) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "done"
    with History(db) as store:
        sessions = [e for e in store.list_entries() if isinstance(e, SessionEntry)]
    assert sorted(s.routine_name for s in sessions) == sorted(
        f"{name} {n}" for name in names for n in range(count)
    )
    assert all(s.ended_at is not None for s in sessions)
    assert sum(s.completed for s in sessions) == len(names) * count // 2
