"""The history store's API: recording, listing, streaks, weeks, the chart series, CSV, deleting."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from warmup_app import paths
from warmup_app.core.history import EntryKind, History, SelfCheckEntry, SessionEntry
from warmup_app.core.selfcheck.rules import evaluate

T0 = datetime(2024, 5, 15, 7, 30, tzinfo=UTC)  # a Wednesday


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(clock: FakeClock) -> Iterator[History]:
    history = History(paths.user_paths().history_db, now=clock, tz=UTC)
    yield history
    history.close()


def add_session(store: History, start: datetime, *, completed: bool = True) -> int:
    sid = store.record_session_start("pre-run", "Pre-run warm-up", 1065, started_at=start)
    store.record_session_end(
        sid,
        completed=completed,
        stopped_at_step=None if completed else "Standing quad stretch",
        ended_at=start + timedelta(minutes=18),
    )
    return sid


def test_a_fresh_store_lives_in_the_user_data_folder(store: History) -> None:
    assert store.available
    assert store.problem is None
    assert store.recovered_from is None
    assert store.path.is_file()
    assert store.list_entries() == []


def test_session_start_and_end(store: History, clock: FakeClock) -> None:
    sid = store.record_session_start("pre-run", "Pre-run warm-up", 1065)
    [entry] = store.list_entries()
    assert entry == SessionEntry(sid, "pre-run", "Pre-run warm-up", T0, None, False, None, 1065)

    clock.now = T0 + timedelta(minutes=5)
    assert store.record_session_end(sid, completed=False, stopped_at_step="Deep lunge stretch")
    [entry] = store.list_entries()
    assert isinstance(entry, SessionEntry)
    assert entry.ended_at == T0 + timedelta(minutes=5)
    assert (entry.completed, entry.stopped_at_step) == (False, "Deep lunge stretch")


def test_a_completed_session_has_no_stopped_step(store: History) -> None:
    sid = store.record_session_start("quick", "Quick", 915, started_at=T0)
    store.record_session_end(sid, completed=True, stopped_at_step="ignored", ended_at=T0)
    [entry] = store.list_entries()
    assert isinstance(entry, SessionEntry)
    assert (entry.completed, entry.stopped_at_step) == (True, None)


def test_ending_an_unknown_session_says_so(store: History) -> None:
    assert store.record_session_end(999, completed=True) is False


def test_record_session_in_one_go(store: History) -> None:
    sid = store.record_session(
        "race-day",
        "Race day",
        1185,
        started_at=T0,
        ended_at=T0 + timedelta(minutes=20),
        completed=False,
        stopped_at_step="Strides",
    )
    [entry] = store.list_entries()
    assert entry == SessionEntry(
        sid, "race-day", "Race day", T0, T0 + timedelta(minutes=20), False, "Strides", 1185
    )


def test_times_are_stored_as_utc_and_must_be_aware(store: History) -> None:
    plus_two = timezone(timedelta(hours=2))
    local = datetime(2024, 5, 15, 9, 30, tzinfo=plus_two)
    store.record_session_start("quick", "Quick", 915, started_at=local)
    [entry] = store.list_entries()
    assert entry.time == T0
    assert entry.time.tzinfo is UTC
    with pytest.raises(ValueError, match="timezone-aware"):
        store.record_session_start("quick", "Quick", 915, started_at=datetime(2024, 5, 15))


def test_selfcheck_is_kept_with_its_answers_and_result(store: History) -> None:
    answers = {"heavy_legs": True, "high_training_load": True, "leg_pain": False}
    report = evaluate(answers)
    cid = store.record_selfcheck(report, answers)
    [entry] = store.list_entries()
    assert entry == SelfCheckEntry(
        cid, T0, ("heavy_legs", "high_training_load"), "self_care", "run_easy", 45
    )
    assert entry.kind is EntryKind.SELFCHECK


def test_entries_are_newest_first_across_kinds(store: History) -> None:
    s1 = add_session(store, T0 - timedelta(days=2))
    c1 = store.record_selfcheck(evaluate({}), {}, T0 - timedelta(days=1))
    s2 = add_session(store, T0)
    assert [(e.kind, e.id) for e in store.list_entries()] == [
        (EntryKind.SESSION, s2),
        (EntryKind.SELFCHECK, c1),
        (EntryKind.SESSION, s1),
    ]


def test_heavy_legs_series_is_in_time_order(store: History) -> None:
    for days_ago, answers in [(1, {"heavy_legs": True}), (3, {}), (2, {"stiff_legs": True})]:
        store.record_selfcheck(evaluate(answers), answers, T0 - timedelta(days=days_ago))
    assert store.heavy_legs_series() == [
        (T0 - timedelta(days=3), 0),
        (T0 - timedelta(days=2), 10),
        (T0 - timedelta(days=1), 35),
    ]


TODAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("days", "streak"),
    [
        ([], 0),
        ([0], 1),
        ([1], 1),  # none yet today: the streak runs to yesterday
        ([0, 1, 2], 3),
        ([1, 2, 4], 2),
        ([2, 3, 4], 0),  # yesterday missed: broken
        ([0, 2], 1),
        ([0, 0, 1], 2),  # two warm-ups in one day count once
        ([-1, 0], 1),  # a (clock-skewed) future day doesn't count
    ],
)
def test_streak_days(store: History, days: list[int], streak: int) -> None:
    for n in days:
        add_session(store, datetime.combine(TODAY, datetime.min.time(), UTC) - timedelta(days=n))
    assert store.streak_days(TODAY) == streak


def test_stopped_warm_ups_dont_count_for_the_streak(store: History) -> None:
    add_session(store, T0, completed=False)
    add_session(store, T0 - timedelta(days=1))
    assert store.streak_days(TODAY) == 1


def test_streak_uses_the_local_day(clock: FakeClock) -> None:
    plus_two = timezone(timedelta(hours=2))
    with History(paths.user_paths().history_db, now=clock, tz=plus_two) as store:
        # 23:30 UTC on the 14th is 01:30 on the 15th at UTC+2.
        add_session(store, datetime(2024, 5, 14, 23, 30, tzinfo=UTC))
        assert store.streak_days(TODAY) == 1
        assert store.streak_days() == 1  # today from the clock: 09:30 on the 15th at UTC+2
    with History(paths.user_paths().history_db, now=clock, tz=UTC) as store:
        assert store.streak_days(TODAY) == 1  # the 14th in UTC: yesterday


@pytest.mark.parametrize(
    ("starts", "weeks", "expected"),
    [
        ([], 2, [(date(2024, 5, 6), 0), (date(2024, 5, 13), 0)]),
        (
            ["2024-05-13T06:00", "2024-05-15T06:00", "2024-05-12T20:00", "2024-04-01T06:00"],
            4,
            [
                (date(2024, 4, 22), 0),
                (date(2024, 4, 29), 0),
                (date(2024, 5, 6), 1),  # Sunday the 12th belongs to the week of the 6th
                (date(2024, 5, 13), 2),
            ],
        ),
        (["2024-05-19T23:59"], 1, [(date(2024, 5, 13), 1)]),  # Sunday night, same week
        (["2024-05-20T00:00"], 1, [(date(2024, 5, 13), 0)]),  # next week: not shown
    ],
)
def test_warmups_per_week(
    store: History, starts: list[str], weeks: int, expected: list[tuple[date, int]]
) -> None:
    for start in starts:
        add_session(store, datetime.fromisoformat(start).replace(tzinfo=UTC))
    add_session(store, T0, completed=False)  # a stopped warm-up is not counted
    assert store.warmups_per_week(TODAY, weeks=weeks) == expected


def test_warmups_per_week_defaults_to_twelve_weeks_up_to_today(store: History) -> None:
    add_session(store, T0)
    weeks = store.warmups_per_week()
    assert len(weeks) == 12
    assert weeks[-1] == (date(2024, 5, 13), 1)
    assert weeks[0][0] == date(2024, 2, 26)


def test_delete_entry(store: History) -> None:
    sid = add_session(store, T0)
    cid = store.record_selfcheck(evaluate({}), {}, T0)
    assert sid == cid  # each kind counts its own ids: the kind tells them apart
    assert store.delete_entry(EntryKind.SELFCHECK, cid) is True
    assert store.delete_entry(EntryKind.SELFCHECK, cid) is False
    assert [(e.kind, e.id) for e in store.list_entries()] == [(EntryKind.SESSION, sid)]
    assert store.delete_entry(EntryKind.SESSION, sid) is True
    assert store.list_entries() == []


def test_clear_all_and_ids_are_never_reused(store: History) -> None:
    running = store.record_session_start("quick", "Quick", 915, started_at=T0)
    store.record_selfcheck(evaluate({"heavy_legs": True}), {"heavy_legs": True}, T0)
    store.clear_all()
    assert store.list_entries() == []
    assert store.heavy_legs_series() == []
    # A warm-up that was running while history was cleared must not land on a new entry.
    newer = store.record_session_start("quick", "Quick", 915, started_at=T0)
    assert newer > running
    assert store.record_session_end(running, completed=True) is False
    [entry] = store.list_entries()
    assert isinstance(entry, SessionEntry)
    assert entry.ended_at is None


def test_clear_all_leaves_no_answers_in_the_files(store: History) -> None:
    marker = "unusual_routine_name_marker"
    store.record_session_start("x", marker, 60, started_at=T0)
    store.clear_all()
    on_disk = b"".join(
        p.read_bytes() for p in store.path.parent.iterdir() if p.name.startswith("history")
    )
    assert marker.encode() not in on_disk


def test_export_csv(store: History, tmp_path: Path) -> None:
    sid = add_session(store, T0 - timedelta(days=1), completed=False)
    store.record_session_start("=cmd", "=HYPERLINK(1)", 60, started_at=T0)
    answers = {"heavy_legs": True, "short_sleep": True}
    store.record_selfcheck(evaluate(answers), answers, T0 - timedelta(hours=1))
    out = tmp_path / "export" / "history.csv"
    assert store.export_csv(out) == 3
    text = out.read_text(encoding="utf-8")
    assert text.splitlines() == [
        "kind,id,time,ended_at,routine_id,routine_name,completed,stopped_at_step,"
        "total_seconds,triage,today,heavy_legs_score,answers",
        f"session,{sid},2024-05-14T07:30:00.000+00:00,2024-05-14T07:48:00.000+00:00,pre-run,"
        "Pre-run warm-up,no,Standing quad stretch,1065,,,,",
        "selfcheck,1,2024-05-15T06:30:00.000+00:00,,,,,,,self_care,run_easy,43,"
        "heavy_legs short_sleep",
        "session,2,2024-05-15T07:30:00.000+00:00,,'=cmd,'=HYPERLINK(1),no,,60,,,,",
    ]
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[1]["answers"] == "heavy_legs short_sleep"
    assert [p.name for p in out.parent.iterdir()] == ["history.csv"]  # no temp file left


def test_export_of_an_empty_history_has_the_header(store: History, tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    assert store.export_csv(out) == 0
    assert out.read_text(encoding="utf-8").startswith("kind,id,time,")
