"""The history of warm-ups and self-checks, in one SQLite file (the app uses
``user_paths().history_db``).

What a caller must know:

* **Nothing here stops the app or a warm-up.** The constructor never raises. A file that is not
  SQLite or fails ``PRAGMA quick_check`` (at open, or later mid-query) is moved aside as
  ``history.sqlite3.corrupt-YYYYmmdd-HHMMSS`` (with its ``-wal``/``-shm`` files) and a fresh one
  is created; ``recovered_from`` and ``recovery_message`` say so, for the UI to show once.
* **A locked or unreadable database fails soft.** Every call waits at most ``busy_timeout``
  seconds (2 s by default) for another process's lock, then raises ``HistoryUnavailable`` with a
  sentence a runner understands. Writes are *not* queued: the caller logs the error and goes on
  (a warm-up whose start could not be recorded can still be recorded whole at the end with
  ``record_session``). Calls can block for up to ``busy_timeout``, so don't make them between
  pressing Start and the first cue. After a failure the next call tries again, re-opening the
  file if it could not be opened before (a database written by a newer version of the app is
  left untouched and reported the same way).
* **Concurrent writers lose nothing.** The file is in WAL mode; every write is one short
  ``BEGIN IMMEDIATE`` transaction, so two windows or processes queue on SQLite's lock rather
  than overwrite each other. Ids never repeat (AUTOINCREMENT), so a stale id can't touch a
  newer row.
* **Times** go in as timezone-aware ``datetime`` objects (any zone; a naive one is a
  ``ValueError``) and come out as aware UTC datetimes. They are stored as fixed-width UTC ISO
  8601 text, which sorts in time order. Day-based figures (streak, weeks) use ``tz``: the
  system's local zone unless one is given. The store reads the clock only through ``now``.
* **Permissions are not damage.** A history file that can't be read at all (no permission, a
  FIFO or a device in its place) is left exactly as it is and this session's history is kept in
  memory; one that can only be read (a read-only file, folder or home) is opened read-only, so
  the History tab still shows it, and new records fail soft. ``notice`` says which, once.
* The schema version lives in ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes version n to n+1
  in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from warmup_app.core import atomic
from warmup_app.core.user_files import FOLDER, MISSING, UserFileError, read_head, writable

if TYPE_CHECKING:  # the self-check rules load with the first self-check, not with the app
    from warmup_app.core.selfcheck.rules import Report

log = logging.getLogger(__name__)

#: ``stopped_at_step`` of a warm-up ended by skipping past its last step: over, but not done.
#: A real stopping point always ends in "(n of m)", so this cannot be taken for a step.
SKIPPED_TO_END = "(skipped to the end)"

BUSY_TIMEOUT_S = 2.0

#: ``MIGRATIONS[n]`` holds the statements that take the schema from version n to n + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 0 -> 1: the first schema
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
            total_seconds INTEGER NOT NULL
        )""",
        """CREATE TABLE selfchecks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            taken_at TEXT NOT NULL,
            answers TEXT NOT NULL,
            triage TEXT NOT NULL,
            heavy_legs_score INTEGER NOT NULL
        )""",
    ),
    (  # 1 -> 2: where a stopped warm-up stopped, today's advice, indexes for the time queries
        "ALTER TABLE sessions ADD COLUMN stopped_at_step TEXT",
        "ALTER TABLE selfchecks ADD COLUMN today TEXT",
        "CREATE INDEX sessions_started_at ON sessions (started_at)",
        "CREATE INDEX selfchecks_taken_at ON selfchecks (taken_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_CSV_COLUMNS = (
    "kind",
    "id",
    "time",
    "ended_at",
    "routine_id",
    "routine_name",
    "completed",
    "stopped_at_step",
    "total_seconds",
    "triage",
    "today",
    "heavy_legs_score",
    "answers",
)

T = TypeVar("T")


class HistoryUnavailable(Exception):  # noqa: N818 - the name says what the caller gets
    """History can't be read or written right now. ``str()`` is a sentence for the runner; the
    caller logs it and carries on."""


class _CorruptError(Exception):
    pass


class _TooNewError(Exception):
    pass


class EntryKind(StrEnum):
    SESSION = "session"
    SELFCHECK = "selfcheck"


@dataclass(frozen=True)
class SessionEntry:
    """One warm-up started. ``ended_at`` is None while it runs (or if the app was killed)."""

    kind: ClassVar[EntryKind] = EntryKind.SESSION
    id: int
    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    completed: bool
    stopped_at_step: str | None
    total_seconds: int  # planned length of the routine

    @property
    def time(self) -> datetime:
        return self.started_at


@dataclass(frozen=True)
class SelfCheckEntry:
    kind: ClassVar[EntryKind] = EntryKind.SELFCHECK
    id: int
    taken_at: datetime
    answered_yes: tuple[str, ...]  # question ids answered yes
    triage: str
    today: str | None  # None for checks recorded by a version-1 database
    heavy_legs_score: int

    @property
    def time(self) -> datetime:
        return self.taken_at

    @property
    def warning_sign(self) -> bool:
        """A warning sign was answered yes, or the result was "do not run": the heavy-legs score
        means nothing then (it would read as a good day), so charts show a marker instead."""
        if self.triage in ("emergency", "urgent") or self.today == "do_not_run":
            return True
        from warmup_app.core.selfcheck.bank import RED_FLAGS

        return any(q.id in self.answered_yes for q in RED_FLAGS)


Entry = SessionEntry | SelfCheckEntry


def utc_now() -> datetime:
    return datetime.now(UTC)


def _to_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"history times must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _from_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _csv_safe(text: str | None) -> str:
    """Neutralise cells a spreadsheet would run as a formula (a routine name is user text)."""
    if text is None:
        return ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class History:
    """The history store. Safe to share between threads; see the module docstring."""

    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        self.path = path
        self._now = now
        self._tz = tz
        self._busy_timeout = busy_timeout
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        #: Where a damaged history file was moved, if it was (for the UI to mention once).
        self.recovered_from: Path | None = None
        #: Why the history can't be used right now, or None when it can.
        self.problem: str | None = None
        #: How the history is used in a reduced way (in memory, or read-only), for the UI.
        self.notice: str | None = None
        #: True when the file is open read-only: records are refused, reading works.
        self.read_only = False
        with self._lock:
            self._open()

    # -- opening, recovery ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._conn is not None

    @property
    def recovery_message(self) -> str | None:
        if self.recovered_from is None:
            return None
        return (
            "Your history file was damaged and could not be read. It was kept as "
            f"{self.recovered_from.name} and a new, empty history was started."
        )

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _open(self) -> None:
        """Open (and if needed recover, create or migrate) the file; never raises."""
        try:
            try:
                self._conn = self._connect_guarded()
            except _CorruptError as exc:
                self._move_aside(str(exc))
                self._conn = self._connect_checked()
        except _TooNewError as exc:
            self._set_problem(
                f"Your history was saved by a newer version of the app (format {exc}), so this "
                "version leaves it untouched."
            )
        except (_CorruptError, sqlite3.Error, OSError) as exc:
            self._set_problem(self._describe(exc))
        else:
            self.problem = None

    def _set_problem(self, problem: str) -> None:
        self._conn = None
        self.problem = problem
        log.warning("history unavailable (%s): %s", self.path, problem)

    def _connect_guarded(self) -> sqlite3.Connection:
        """The file as it can be used: read-write, read-only, or (unreadable) not at all, when
        the session's history is kept in memory and the file is left alone."""
        try:
            read_head(self.path, 0)
        except UserFileError as exc:
            if exc.reason == FOLDER:
                raise sqlite3.OperationalError(f"{self.path} {exc.reason}") from exc
            if exc.reason != MISSING:
                return self._in_memory(exc.reason)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as mkdir_exc:
                return self._in_memory(f"cannot be created: {mkdir_exc.strerror or mkdir_exc}")
        else:
            refused = writable(self.path)
            if refused is not None:
                return self._read_only(refused)
        try:
            return self._connect_checked()
        except sqlite3.OperationalError as exc:
            if self.path.exists() or getattr(exc, "sqlite_errorcode", None) != 14:
                raise
            # SQLITE_CANTOPEN creating a new file: a folder that can't be written to.
            return self._in_memory(f"cannot be created: {exc}")

    def _in_memory(self, reason: str) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self._migrate(conn)
        self.notice = (
            f"Your history file {self.path} can't be used ({reason}). It was left as it is, "
            "and this session's warm-ups are kept until you quit, not saved."
        )
        log.warning("history %s unusable (%s); kept in memory", self.path, reason)
        return conn

    def _read_only(self, refused: OSError) -> sqlite3.Connection:
        reason = refused.strerror or str(refused)
        uri = self.path.resolve().as_uri()
        try:
            conn = sqlite3.connect(
                f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
            self._schema_version(conn)  # a WAL file without its -shm fails here, not later
        except sqlite3.OperationalError:
            # No -shm file and no way to make one (a read-only folder): nothing else writes a
            # file nobody can write to, so it can be read as immutable.
            conn = sqlite3.connect(
                f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False
            )
            self._schema_version(conn)
        self.read_only = True
        self.notice = (
            f"Your history file can only be read ({reason}): past warm-ups are shown, but new "
            "ones are not saved."
        )
        log.warning("history %s is read-only (%s)", self.path, reason)
        return conn

    def _connect_checked(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not _has_sqlite_header(self.path):
            # Caught before SQLite opens it: closing would delete the -wal file we want to keep.
            raise _CorruptError("file is not a database")
        conn = sqlite3.connect(
            self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            try:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES:
                    raise _CorruptError(str(exc)) from exc
                raise
            if rows != [("ok",)]:
                raise _CorruptError("; ".join(str(r[0]) for r in rows[:3]))
            self._schema_version(conn)  # a newer app's file is left as it is, even its mode
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA secure_delete = ON")  # cleared answers don't linger on disk
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _schema_version(conn: sqlite3.Connection) -> int:
        value: int = conn.execute("PRAGMA user_version").fetchone()[0]
        if value > SCHEMA_VERSION:
            raise _TooNewError(value)
        return value

    @classmethod
    def _migrate(cls, conn: sqlite3.Connection) -> None:
        if cls._schema_version(conn) == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")  # another process may be migrating at the same moment
        try:
            current = cls._schema_version(conn)
            for step in MIGRATIONS[current:]:
                for statement in step:
                    conn.execute(statement)
            if current != SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                log.info("history migrated from version %d to %d", current, SCHEMA_VERSION)
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise

    def _move_aside(self, why: str) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        local = self._now().astimezone(self._tz)
        base = f"{self.path.name}.corrupt-{local:%Y%m%d-%H%M%S}"
        target = self.path.with_name(base)
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{base}-{counter}")
            counter += 1
        self.path.replace(target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        self.recovered_from = target
        log.warning("history file %s was damaged (%s); moved to %s", self.path, why, target)

    def _describe(self, exc: BaseException) -> str:
        code = getattr(exc, "sqlite_errorcode", None)
        if code in _BUSY_CODES:
            return (
                "Your history is in use by another copy of the app, so this can't be saved "
                f"right now (waited {self._busy_timeout:g} s)."
            )
        return f"Your history file can't be used right now: {exc}."

    # -- running statements --------------------------------------------------------------

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        assert self._conn is not None
        conn = self._conn
        conn.execute(begin)
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise

    def _run(self, work: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        """Run ``work`` in one transaction; recover from corruption once, else fail soft."""
        begin = "BEGIN IMMEDIATE" if write else "BEGIN"
        with self._lock:
            if write and self.read_only:
                raise HistoryUnavailable(self.notice)
            for attempt in (1, 2):
                if self._conn is None:
                    self._open()
                    if self._conn is None:
                        raise HistoryUnavailable(self.problem)
                try:
                    with self._transaction(begin) as conn:
                        return work(conn)
                except sqlite3.DatabaseError as exc:
                    if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES and attempt == 1:
                        try:
                            self._move_aside(str(exc))
                        except OSError as move_exc:
                            self._set_problem(self._describe(move_exc))
                            raise HistoryUnavailable(self.problem) from exc
                        continue
                    problem = self._describe(exc)
                    log.warning("history call failed (%s): %s", self.path, problem)
                    raise HistoryUnavailable(problem) from exc
            raise AssertionError("unreachable")  # pragma: no cover

    # -- writing -------------------------------------------------------------------------

    def record_session_start(
        self,
        routine_id: str,
        routine_name: str,
        total_seconds: int,
        started_at: datetime | None = None,
    ) -> int:
        """A warm-up began; returns its id for ``record_session_end``."""
        started = _to_text(started_at or self._now())

        def insert(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_name, started_at, total_seconds) "
                "VALUES (?, ?, ?, ?)",
                (routine_id, routine_name, started, int(total_seconds)),
            )
            return int(cursor.lastrowid or 0)

        return self._run(insert, write=True)

    def record_session_end(
        self,
        session_id: int,
        *,
        completed: bool,
        stopped_at_step: str | None = None,
        ended_at: datetime | None = None,
    ) -> bool:
        """A warm-up finished (``completed``) or was stopped at ``stopped_at_step``. False when
        the session no longer exists (deleted, or history cleared meanwhile)."""
        ended = _to_text(ended_at or self._now())

        def update(conn: sqlite3.Connection) -> bool:
            cursor = conn.execute(
                "UPDATE sessions SET ended_at = ?, completed = ?, stopped_at_step = ? WHERE id = ?",
                (ended, int(completed), None if completed else stopped_at_step, session_id),
            )
            return cursor.rowcount == 1

        return self._run(update, write=True)

    def record_session(
        self,
        routine_id: str,
        routine_name: str,
        total_seconds: int,
        *,
        started_at: datetime,
        ended_at: datetime,
        completed: bool,
        stopped_at_step: str | None = None,
    ) -> int:
        """A whole warm-up in one go: for when its start could not be recorded."""
        values = (
            routine_id,
            routine_name,
            _to_text(started_at),
            _to_text(ended_at),
            int(completed),
            None if completed else stopped_at_step,
            int(total_seconds),
        )

        def insert(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, "
                "completed, stopped_at_step, total_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return int(cursor.lastrowid or 0)

        return self._run(insert, write=True)

    def record_selfcheck(
        self, report: Report, answers: Mapping[str, bool], taken_at: datetime | None = None
    ) -> int:
        """Keep a self-check: the yes answers, the triage, today's advice and the score."""
        taken = _to_text(taken_at or self._now())
        from warmup_app.core.selfcheck.rules import answers_document

        answers_json = json.dumps(answers_document(answers)["answers"], separators=(",", ":"))
        values = (taken, answers_json, report.triage.value, report.today.value)

        def insert(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO selfchecks (taken_at, answers, triage, today, heavy_legs_score) "
                "VALUES (?, ?, ?, ?, ?)",
                (*values, report.heavy_legs_score),
            )
            return int(cursor.lastrowid or 0)

        return self._run(insert, write=True)

    def delete_entry(self, kind: EntryKind, entry_id: int) -> bool:
        """Delete one entry; False if it was already gone."""
        table = {EntryKind.SESSION: "sessions", EntryKind.SELFCHECK: "selfchecks"}[kind]

        def delete(conn: sqlite3.Connection) -> bool:
            return conn.execute(f"DELETE FROM {table} WHERE id = ?", (entry_id,)).rowcount == 1

        return self._run(delete, write=True)

    def clear_all(self) -> None:
        """Delete every entry; deleted pages are zeroed and the WAL is emptied where possible."""

        def clear(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM sessions")
            conn.execute("DELETE FROM selfchecks")

        self._run(clear, write=True)
        with self._lock:
            if self._conn is not None:
                try:  # best effort: another reader may keep part of the WAL alive
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except sqlite3.Error as exc:
                    log.info("history checkpoint after clearing skipped: %s", exc)

    # -- reading -------------------------------------------------------------------------

    def _sessions(self, conn: sqlite3.Connection, where: str = "") -> list[SessionEntry]:
        rows = conn.execute(
            "SELECT id, routine_id, routine_name, started_at, ended_at, completed, "
            f"stopped_at_step, total_seconds FROM sessions {where} ORDER BY started_at, id"
        ).fetchall()
        return [
            SessionEntry(
                id=r[0],
                routine_id=r[1],
                routine_name=r[2],
                started_at=_from_text(r[3]),
                ended_at=_from_text(r[4]) if r[4] else None,
                completed=bool(r[5]),
                stopped_at_step=r[6],
                total_seconds=r[7],
            )
            for r in rows
        ]

    def _selfchecks(self, conn: sqlite3.Connection) -> list[SelfCheckEntry]:
        rows = conn.execute(
            "SELECT id, taken_at, answers, triage, today, heavy_legs_score FROM selfchecks "
            "ORDER BY taken_at, id"
        ).fetchall()
        return [
            SelfCheckEntry(
                id=r[0],
                taken_at=_from_text(r[1]),
                answered_yes=_yes_ids(r[2]),
                triage=r[3],
                today=r[4],
                heavy_legs_score=r[5],
            )
            for r in rows
        ]

    def list_entries(self) -> list[Entry]:
        """Every session and self-check, newest first."""

        def read(conn: sqlite3.Connection) -> list[Entry]:
            entries: list[Entry] = [*self._sessions(conn), *self._selfchecks(conn)]
            entries.sort(key=lambda e: (e.time, e.kind.value, e.id), reverse=True)
            return entries

        return self._run(read, write=False)

    def _local_date(self, moment: datetime) -> date:
        return moment.astimezone(self._tz).date()

    def _completed_days(self) -> set[date]:
        sessions = self._run(lambda c: self._sessions(c, "WHERE completed = 1"), write=False)
        return {self._local_date(s.started_at) for s in sessions}

    def streak_days(self, today: date | None = None) -> int:
        """Days in a row with a completed warm-up, ending today, or yesterday if there is none
        yet today (so the streak isn't lost before today's run)."""
        today = today or self._local_date(self._now())
        days = self._completed_days()
        day = today if today in days else today - timedelta(days=1)
        streak = 0
        while day in days:
            streak += 1
            day -= timedelta(days=1)
        return streak

    def warmups_per_week(
        self, today: date | None = None, weeks: int = 12
    ) -> list[tuple[date, int]]:
        """Completed warm-ups in each of the last ``weeks`` weeks (Monday first), oldest first,
        with empty weeks as 0, ending with the week that holds ``today``."""
        today = today or self._local_date(self._now())
        this_monday = today - timedelta(days=today.weekday())
        mondays = [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
        counts = dict.fromkeys(mondays, 0)
        sessions = self._run(lambda c: self._sessions(c, "WHERE completed = 1"), write=False)
        for session in sessions:
            day = self._local_date(session.started_at)
            monday = day - timedelta(days=day.weekday())
            if monday in counts:
                counts[monday] += 1
        return list(counts.items())

    def heavy_legs_series(self) -> list[tuple[datetime, int]]:
        """(time, heavy-legs score) of every self-check without a warning sign, oldest first,
        for the chart (see ``SelfCheckEntry.warning_sign``)."""
        checks = self._run(self._selfchecks, write=False)
        return [(c.taken_at, c.heavy_legs_score) for c in checks if not c.warning_sign]

    def export_csv(self, path: Path) -> int:
        """Write every entry, oldest first, as CSV (atomically); returns the number of rows."""
        entries = sorted(self.list_entries(), key=lambda e: (e.time, e.kind.value, e.id))
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(_CSV_COLUMNS)
        for e in entries:
            if isinstance(e, SessionEntry):
                row = [
                    e.kind.value,
                    e.id,
                    _to_text(e.started_at),
                    _to_text(e.ended_at) if e.ended_at else "",
                    _csv_safe(e.routine_id),
                    _csv_safe(e.routine_name),
                    "yes" if e.completed else "no",
                    _csv_safe(e.stopped_at_step),
                    e.total_seconds,
                    "",
                    "",
                    "",
                    "",
                ]
            else:
                row = [
                    e.kind.value,
                    e.id,
                    _to_text(e.taken_at),
                    *([""] * 6),
                    e.triage,
                    e.today or "",
                    e.heavy_legs_score,
                    " ".join(e.answered_yes),
                ]
            writer.writerow(row)
        atomic.write_text(path, buffer.getvalue())
        return len(entries)


def _has_sqlite_header(path: Path) -> bool:
    """False for an existing, non-empty file that doesn't start like an SQLite database."""
    try:
        head = read_head(path, 16)  # never blocks on a FIFO
    except UserFileError:
        return True  # not damage: missing, a folder, or sqlite3 reports that it can't open it
    return head in (b"", b"SQLite format 3\x00")


def _rollback(conn: sqlite3.Connection) -> None:
    """Best effort: the error being handled matters more than a failed rollback."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.info("history rollback failed: %s", exc)


def _yes_ids(answers_json: str) -> tuple[str, ...]:
    """The yes ids from a stored answers object; tolerant of ids the bank no longer has."""
    try:
        data = json.loads(answers_json)
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple(str(k) for k, v in data.items() if v is True)
