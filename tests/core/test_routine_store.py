"""Saving, renaming, deleting, importing and exporting routines in the user folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warmup_app import paths
from warmup_app.core import atomic
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import Problem, dump_routine, load_routine
from warmup_app.core.routine_store import (
    ClashChoice,
    RoutineStore,
    StoreError,
    export_routine,
    read_routine_file,
    slugify,
    unique_name,
)

SUFFIX = paths.ROUTINE_SUFFIX


def make_routine(name: str = "Tempo day", seconds: int = 60) -> Routine:
    return Routine.model_validate(
        {
            "format": 1,
            "name": name,
            "parts": [{"name": "Jog", "steps": [{"name": "Easy jog", "duration": seconds}]}],
        }
    )


@pytest.fixture
def store(app_home: Path) -> RoutineStore:
    user = paths.user_paths().ensure()
    return RoutineStore(user.routines, user.trash, paths.builtin_routines_dir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Tempo day", "tempo-day"),
        ("  Échauffement rapide!  ", "echauffement-rapide"),
        ("../../etc/x", "etc-x"),
        ("..", "routine"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("CON", "con-routine"),
        ("lpt1", "lpt1-routine"),
        ("コンサート", "routine"),
        ("<b>bold</b>", "b-bold-b"),
        ("a" * 300, "a" * 60),
    ],
)
def test_slugify_gives_a_safe_stem(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_new_routine_saved_under_its_slug(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo day"))
    assert path == store.folder.resolve() / f"tempo-day{SUFFIX}"
    assert load_routine(path) == make_routine("Tempo day")
    assert [p.name for p in store.folder.iterdir()] == [path.name]  # no staging file left


def test_same_name_never_overwrites(store: RoutineStore) -> None:
    first = store.save(make_routine("Tempo day", 60))
    second = store.save(make_routine("Tempo day", 90))
    assert first != second
    assert second.name == f"tempo-day-2{SUFFIX}"
    assert load_routine(first).parts[0].steps[0].duration == 60
    assert load_routine(second).parts[0].steps[0].duration == 90


def test_a_file_of_a_foreign_name_is_not_overwritten(store: RoutineStore) -> None:
    (store.folder / f"tempo-day{SUFFIX}").write_text("not even toml", encoding="utf-8")
    path = store.save(make_routine("Tempo day"))
    assert path.name == f"tempo-day-2{SUFFIX}"
    assert (store.folder / f"tempo-day{SUFFIX}").read_text(encoding="utf-8") == "not even toml"


def test_builtin_ids_are_avoided(store: RoutineStore) -> None:
    path = store.save(make_routine("Pre-run"))
    assert path.name == f"pre-run-2{SUFFIX}"  # "pre-run" is a built-in's id


def test_file_that_appears_meanwhile_is_not_replaced(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between choosing a name and linking the file, another writer takes the name."""
    original = atomic.write_bytes
    target = store.folder / f"tempo-day{SUFFIX}"

    def racing_write(path: Path, data: bytes) -> None:
        if not target.exists():
            target.write_bytes(b"the other writer")
        original(path, data)

    monkeypatch.setattr(atomic, "write_bytes", racing_write)
    path = store.save(make_routine("Tempo day"))
    assert target.read_bytes() == b"the other writer"
    assert path.name == f"tempo-day-2{SUFFIX}"


def test_saving_in_place_keeps_the_file(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo day", 60))
    again = store.save(make_routine("Tempo day", 120), path)
    assert again == path
    assert load_routine(path).parts[0].steps[0].duration == 120
    numbered = store.save(make_routine("Tempo day", 30))
    renamed = store.save(make_routine("TEMPO day", 45), numbered, previous_name="Tempo day")
    assert renamed == numbered  # same slug: the file stays


def test_renaming_by_saving_moves_the_file(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo day"))
    moved = store.save(make_routine("Hill session"), path, previous_name="Tempo day")
    assert moved.name == f"hill-session{SUFFIX}"
    assert not path.exists()
    assert load_routine(moved).name == "Hill session"


def test_a_hand_named_file_keeps_its_name_until_the_routine_is_renamed(
    store: RoutineStore,
) -> None:
    path = store.folder / f"my file{SUFFIX}"
    path.write_text(dump_routine(make_routine("Tempo day", 60)), encoding="utf-8")
    again = store.save(make_routine("Tempo day", 90), path, previous_name="Tempo day")
    assert again == path.resolve()
    assert load_routine(path).parts[0].steps[0].duration == 90
    moved = store.save(make_routine("Hills", 90), path, previous_name="Tempo day")
    assert moved.name == f"hills{SUFFIX}"
    assert not path.exists()


def test_rename_does_not_take_another_routines_file(store: RoutineStore) -> None:
    hills = store.save(make_routine("Hills"))
    tempo = store.save(make_routine("Tempo"))
    renamed = store.rename(tempo, "Hills")
    assert renamed.name == f"hills-2{SUFFIX}"
    assert load_routine(hills).name == "Hills"
    assert load_routine(renamed).name == "Hills"
    assert not tempo.exists()


def test_rename_refuses_an_invalid_name(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo"))
    with pytest.raises(StoreError):
        store.rename(path, "   ")
    assert load_routine(path).name == "Tempo"


def test_paths_outside_the_folder_are_refused(store: RoutineStore, tmp_path: Path) -> None:
    outside = tmp_path / f"x{SUFFIX}"
    outside.write_text(dump_routine(make_routine()), encoding="utf-8")
    before = outside.read_bytes()
    sneaky = store.folder / ".." / f"x{SUFFIX}"
    for path in (outside, sneaky, store.folder / "notes.txt"):
        with pytest.raises(StoreError):
            store.save(make_routine(), path)
        with pytest.raises(StoreError):
            store.delete(path)
    assert outside.read_bytes() == before


def test_delete_moves_to_trash_and_restore_puts_back(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo"))
    content = path.read_bytes()
    item = store.delete(path)
    assert not path.exists()
    assert item.trashed.parent == store.trash_folder
    assert item.trashed.read_bytes() == content
    assert store.load_library().find("tempo") is None
    restored = store.restore(item)
    assert restored == path
    assert path.read_bytes() == content
    assert not item.trashed.exists()


def test_restore_never_overwrites_a_newer_file(store: RoutineStore) -> None:
    path = store.save(make_routine("Tempo", 60))
    item = store.delete(path)
    newer = store.save(make_routine("Tempo", 90))
    assert newer == path
    restored = store.restore(item)
    assert restored != path
    assert load_routine(path).parts[0].steps[0].duration == 90
    assert load_routine(restored).parts[0].steps[0].duration == 60


def test_deleting_twice_in_a_second_keeps_both_in_trash(store: RoutineStore) -> None:
    first = store.delete(store.save(make_routine("Tempo", 60)))
    second = store.delete(store.save(make_routine("Tempo", 90)))
    assert first.trashed != second.trashed
    assert first.trashed.exists()
    assert second.trashed.exists()


def test_import_without_clash_saves_a_new_file(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / f"shared{SUFFIX}"
    source.write_text(dump_routine(make_routine("Shared")), encoding="utf-8")
    library = store.load_library()
    preview = store.preview_import(source, library)
    assert preview.ok
    assert preview.clash is None
    assert list(store.folder.iterdir()) == []  # a preview writes nothing
    path = store.import_routine(preview, ClashChoice.KEEP_BOTH, library)
    assert path is not None
    assert load_routine(path).name == "Shared"


@pytest.fixture
def clash_setup(store: RoutineStore, tmp_path: Path) -> tuple[Path, Path]:
    mine = store.save(make_routine("Shared", 60))
    source = tmp_path / f"shared{SUFFIX}"
    source.write_text(dump_routine(make_routine("shared", 90)), encoding="utf-8")
    return mine, source


def test_import_clash_replace(store: RoutineStore, clash_setup: tuple[Path, Path]) -> None:
    mine, source = clash_setup
    library = store.load_library()
    preview = store.preview_import(source, library)
    assert preview.clash is not None
    assert preview.clash.path == mine
    path = store.import_routine(preview, ClashChoice.REPLACE, library)
    assert path == mine
    assert load_routine(mine).parts[0].steps[0].duration == 90
    assert len(list(store.folder.iterdir())) == 1


def test_import_clash_keep_both(store: RoutineStore, clash_setup: tuple[Path, Path]) -> None:
    mine, source = clash_setup
    library = store.load_library()
    path = store.import_routine(
        store.preview_import(source, library), ClashChoice.KEEP_BOTH, library
    )
    assert path is not None
    assert path != mine
    assert load_routine(path).name == "shared (2)"
    assert load_routine(mine).parts[0].steps[0].duration == 60


def test_import_clash_cancel(store: RoutineStore, clash_setup: tuple[Path, Path]) -> None:
    _mine, source = clash_setup
    library = store.load_library()
    before = snapshot(store.folder)
    assert (
        store.import_routine(store.preview_import(source, library), ClashChoice.CANCEL, library)
        is None
    )
    assert snapshot(store.folder) == before


def test_import_clash_with_builtin_cannot_replace(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / f"copy{SUFFIX}"
    source.write_bytes((paths.builtin_routines_dir() / f"pre-run{SUFFIX}").read_bytes())
    library = store.load_library()
    preview = store.preview_import(source, library)
    assert preview.clash is not None
    assert preview.clash.builtin
    with pytest.raises(StoreError):
        store.import_routine(preview, ClashChoice.REPLACE, library)
    path = store.import_routine(preview, ClashChoice.KEEP_BOTH, library)
    assert path is not None
    assert load_routine(path).name == "Pre-run warm-up (2)"


def test_export_writes_the_chosen_path(tmp_path: Path) -> None:
    dest = tmp_path / "out" / f"mine{SUFFIX}"
    export_routine(make_routine("Mine"), dest)
    assert load_routine(dest) == make_routine("Mine")


def test_export_to_an_unwritable_place_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError):
        export_routine(make_routine(), blocker / f"mine{SUFFIX}")


def test_unique_name() -> None:
    assert unique_name("Tempo", set()) == "Tempo"
    assert unique_name("Tempo", {"tempo"}) == "Tempo (2)"
    assert unique_name("Tempo", {"tempo", "tempo (2)"}) == "Tempo (3)"
    long = unique_name("x" * 200, {"x" * 200})
    assert len(long) == 200
    assert long.endswith(" (2)")


def test_read_routine_file_refuses_non_files(tmp_path: Path) -> None:
    from warmup_app.core.routine_files import RoutineFileError

    with pytest.raises(RoutineFileError, match="folder"):
        read_routine_file(tmp_path)
    with pytest.raises(RoutineFileError, match="does not exist"):
        read_routine_file(tmp_path / "missing.warmup.toml")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / f"pipe{SUFFIX}"
        os.mkfifo(fifo)
        with pytest.raises(RoutineFileError, match="not a regular file"):
            read_routine_file(fifo)  # would block forever if opened for a plain read
    if Path("/dev/zero").exists():
        with pytest.raises(RoutineFileError, match="not a regular file"):
            read_routine_file(Path("/dev/zero"))


@pytest.mark.timeout(5)
def test_import_preview_of_a_fifo_gives_the_shared_message_at_once(
    store: RoutineStore, tmp_path: Path
) -> None:
    fifo = tmp_path / f"pipe{SUFFIX}"
    os.mkfifo(fifo)
    before = snapshot(paths.user_paths().data)
    library = store.load_library()
    preview = store.preview_import(fifo, library)
    assert not preview.ok
    assert preview.routine is None
    assert preview.problems == (
        Problem(str(fifo), "", "is not a regular file (a device or a pipe)"),
    )
    for choice in ClashChoice:
        assert store.import_routine(preview, choice, library) is None
    assert snapshot(paths.user_paths().data) == before
