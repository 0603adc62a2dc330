"""Hostile input: files and names made to hurt. Each gives a clear error or is handled safely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warmup_app import paths
from warmup_app.core import atomic
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import dump_routine, load_routine
from warmup_app.core.routine_store import ClashChoice, RoutineStore, StoreError

SUFFIX = paths.ROUTINE_SUFFIX
VALID = (
    'format = 1\nname = "{name}"\n'
    '[[parts]]\nname = "P"\n[[parts.steps]]\nname = "S"\nduration = "1m"\n'
)

HOSTILE_FILES: dict[str, bytes] = {
    "huge": b"# " + b"x" * (300 * 1024) + b"\n" + VALID.format(name="Huge").encode(),
    "deeply-nested": b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "deep-inline-tables": b"x = " + b"{a = " * 2000 + b"1" + b"}" * 2000 + b"\n",
    "control-chars": VALID.format(name="Bell\\u0007ring").encode(),
    "raw-control-char": VALID.format(name="Bell\x07ring").encode(),
    "binary": b"\x00\x01\x02PK\x03\x04" * 100,
    "not-utf8": VALID.format(name="caf\xe9").encode("latin-1"),
    "empty": b"",
    "not-toml": b"<html><body>hello</body></html>",
    "wrong-format": b'format = 2\nname = "Future"\n',
    "unknown-key": VALID.format(name="Typo").encode() + b"durration = 3\n",
    "too-many-steps": (
        'format = 1\nname = "Many"\n[[parts]]\nname = "P"\n'
        + '[[parts.steps]]\nname = "S"\nduration = "1s"\n' * 201
    ).encode(),
    "long-text": VALID.format(name="x" * 2001).encode(),
    "negative": VALID.format(name="Neg").replace('"1m"', '"-5s"').encode(),
    "float-duration": VALID.format(name="Float").replace('"1m"', "nan").encode(),
    "bool-format": VALID.format(name="Bool").replace("format = 1", "format = true").encode(),
    "surrogate-escape": VALID.format(name="\\ud800").encode(),
}


@pytest.fixture
def store(app_home: Path) -> RoutineStore:
    user = paths.user_paths().ensure()
    return RoutineStore(user.routines, user.trash, paths.builtin_routines_dir())


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("kind", sorted(HOSTILE_FILES))
def test_hostile_import_is_refused_with_a_message_and_writes_nothing(
    store: RoutineStore, tmp_path: Path, kind: str
) -> None:
    store.save(Routine.model_validate(_minimal("Existing")))
    source = tmp_path / f"{kind}{SUFFIX}"
    source.write_bytes(HOSTILE_FILES[kind])
    data_dir = paths.user_paths().data
    before = tree(data_dir)
    library = store.load_library()
    preview = store.preview_import(source, library)
    assert not preview.ok
    assert preview.routine is None
    assert preview.problems
    for problem in preview.problems:
        assert problem.message
        assert len(str(problem)) < 600  # a clear line, not a dump of the file
        assert "Traceback" not in str(problem)
    for choice in ClashChoice:
        assert store.import_routine(preview, choice, library) is None
    assert tree(data_dir) == before


def _minimal(name: str) -> dict[str, object]:
    return {
        "format": 1,
        "name": name,
        "parts": [{"name": "P", "steps": [{"name": "S", "duration": 60}]}],
    }


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/x",
        "..\\..\\windows\\x",
        "/absolute/path",
        "CON",
        "nul",
        "<script>alert(1)</script>",
        "<b>bold</b> & co",
        "...",
        "a/b/../../../../c",
        "~root",
        "名前",
        "x" * 200,
    ],
)
def test_hostile_names_stay_in_the_folder(store: RoutineStore, name: str) -> None:
    routine = Routine.model_validate(_minimal(name))
    path = store.save(routine)
    assert path.parent == store.folder.resolve()
    assert path.name.endswith(SUFFIX)
    stem = path.name[: -len(SUFFIX)]
    assert stem
    assert stem.upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in stem)
    assert load_routine(path).name == routine.name  # the name itself is kept as text
    renamed = store.rename(path, name[:190] + " 2")
    assert renamed.parent == store.folder.resolve()


def test_imported_hostile_name_is_saved_inside(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / f"x{SUFFIX}"
    source.write_text(VALID.format(name="../../../../tmp/evil"), encoding="utf-8")
    library = store.load_library()
    path = store.import_routine(
        store.preview_import(source, library), ClashChoice.KEEP_BOTH, library
    )
    assert path is not None
    assert path.parent == store.folder.resolve()
    assert not (tmp_path / "evil").exists()


class Crash(BaseException):
    """Stands in for the process dying at this point."""


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_crash_during_save_leaves_the_old_file(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path = store.save(Routine.model_validate(_minimal("Tempo")))
    old = path.read_bytes()
    newer = Routine.model_validate({**_minimal("Tempo"), "description": "new"})

    def crash(*_args: object, **_kwargs: object) -> None:
        raise Crash

    target = {"write": os, "fsync": os, "replace": os}[where]
    name = {"write": "fdopen", "fsync": "fsync", "replace": "replace"}[where]
    monkeypatch.setattr(target, name, crash)
    with pytest.raises(Crash):
        store.save(newer, path)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert [p.name for p in store.folder.iterdir()] == [path.name]  # no temp files left


def test_crash_after_replace_leaves_the_new_file(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.save(Routine.model_validate(_minimal("Tempo")))
    newer = Routine.model_validate({**_minimal("Tempo"), "description": "new"})

    def crash(_folder: Path) -> None:
        raise Crash

    monkeypatch.setattr(atomic, "_fsync_dir", crash)
    with pytest.raises(Crash):
        store.save(newer, path)
    monkeypatch.undo()
    assert load_routine(path) == newer


def test_crash_while_saving_a_new_routine_leaves_no_routine_file(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object) -> None:
        raise Crash

    monkeypatch.setattr(os, "link", crash)
    with pytest.raises(Crash):
        store.save(Routine.model_validate(_minimal("Tempo")))
    monkeypatch.undo()
    assert list(store.folder.iterdir()) == []


def test_disk_full_is_a_store_error_and_keeps_the_old_file(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.save(Routine.model_validate(_minimal("Tempo")))
    old = path.read_bytes()

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StoreError, match="No space left"):
        store.save(Routine.model_validate({**_minimal("Tempo"), "description": "x"}), path)
    monkeypatch.undo()
    assert path.read_bytes() == old


def test_links_unsupported_falls_back_without_overwriting(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    first = store.save(Routine.model_validate(_minimal("Tempo")))
    second = store.save(Routine.model_validate(_minimal("Tempo")))
    assert first != second
    assert load_routine(first) == load_routine(second)
    item = store.delete(first)
    assert store.restore(item) == first


def test_dump_of_hostile_text_loads_back(store: RoutineStore) -> None:
    routine = Routine.model_validate(
        {
            **_minimal('Quote " and \\ backslash'),
            "description": "line 1\nline 2\r\n\ttab <i>html</i> ''' \"\"\"",
        }
    )
    path = store.save(routine)
    assert load_routine(path) == routine
    assert dump_routine(load_routine(path)) == dump_routine(routine)
