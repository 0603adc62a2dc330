"""Saving routines in the user's folder: safe file names, no silent overwrites, a trash.

Every file name comes from :func:`slugify`, so no routine name can point outside the folder, and
every write goes through :mod:`warmup_app.core.atomic`. A new file is first written beside its
target and then hard-linked into place: the link fails, rather than replace, if a file of that
name appeared meanwhile. Deleting moves the file to the trash folder, from where it can be put
back. Imports are read and validated into an :class:`ImportPreview` before anything is written.

A save that renames the file is crash-safe: a marker ``.<old name>.renaming`` holding the new
content is written first, then the new file, then the old one is removed and the marker last.
:func:`finish_interrupted_renames` (at start-up) completes or undoes what a crash cut short, so
the folder never keeps both. Every failure of the file system is a :class:`StoreError`.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from pydantic import ValidationError

from warmup_app import paths
from warmup_app.core import atomic
from warmup_app.core.routine import MAX_NAME, Routine
from warmup_app.core.routine_files import (
    Library,
    Problem,
    RoutineEntry,
    RoutineFileError,
    dump_routine,
    load_library,
    load_routine,
    routine_id_for,
)
from warmup_app.core.routine_text import Translate
from warmup_app.paths import ROUTINE_SUFFIX

log = logging.getLogger(__name__)

MAX_SLUG = 60
_MAX_TRIES = 1000
# Names Windows reserves for devices, whatever the extension: "con.warmup.toml" is not a file.
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


class ClashChoice(Enum):
    """What to do when an imported routine has the name of one already in the library."""

    REPLACE = "replace"
    KEEP_BOTH = "keep_both"
    CANCEL = "cancel"


class StoreError(Exception):
    """A save, rename, delete or import that could not be done; the message is for the user."""


@dataclass(frozen=True)
class TrashedFile:
    """A deleted routine: where it was and where it waits in the trash."""

    original: Path
    trashed: Path


@dataclass(frozen=True)
class ImportPreview:
    """What an import would bring in, shown to the user before anything is written."""

    source: Path
    routine: Routine | None
    problems: tuple[Problem, ...] = ()
    clash: RoutineEntry | None = None  # a routine already in the library with the same name

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems


def slugify(name: str) -> str:
    """A file-name stem from a routine name: lowercase ASCII letters, digits and dashes.

    No slashes, dots or drive letters survive, so ``../../etc/x`` becomes ``etc-x``; device
    names that Windows reserves get a suffix; an empty result becomes ``routine``.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-")
    if not slug:
        slug = "routine"
    if slug in _WINDOWS_RESERVED:
        slug = f"{slug}-routine"
    return slug


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base (2)``, ``base (3)``... whichever no routine in ``taken`` uses.

    ``taken`` holds casefolded names. The result stays within the model's name length.
    """
    base = base.strip() or "Routine"
    if base.casefold() not in taken:
        return base[:MAX_NAME]
    for number in range(2, _MAX_TRIES):
        suffix = f" ({number})"
        candidate = base[: MAX_NAME - len(suffix)] + suffix
        if candidate.casefold() not in taken:
            return candidate
    raise StoreError("too many routines share this name")


def library_names(library: Library) -> set[str]:
    return {entry.routine.name.casefold() for entry in library.routines}


def find_clash(name: str, library: Library, ignore: Path | None = None) -> RoutineEntry | None:
    """A routine in ``library`` with the same name (ignoring case), other than ``ignore``."""
    key = name.strip().casefold()
    for entry in library.routines:
        if entry.routine.name.casefold() == key and entry.path != ignore:
            return entry
    return None


def read_routine_file(path: Path) -> Routine:
    """Read a routine from anywhere (an import, a rename), refusing what is not a small file.

    The same guarded read as the library's (:func:`load_routine`): a FIFO, a device such as
    ``/dev/zero`` or a huge file gets a clear :class:`RoutineFileError`, never a hang.
    """
    return load_routine(path)


def export_routine(routine: Routine, dest: Path) -> None:
    """Write ``routine`` to a path the user chose (they confirmed any overwrite)."""
    try:
        atomic.write_text(dest, dump_routine(routine))
    except OSError as exc:
        raise StoreError(f"cannot write {dest}: {exc.strerror or exc}") from exc


class RoutineStore:
    """The user's routine folder and its trash."""

    def __init__(
        self,
        folder: Path,
        trash: Path,
        builtin_dir: Path | None = None,
        translate: Translate | None = None,
    ) -> None:
        self.folder = folder
        self.trash_folder = trash
        self.builtin_dir = builtin_dir
        #: The interface language's lookup for the built-ins' texts (see core/routine_text.py).
        self.translate = translate

    @classmethod
    def default(cls, translate: Translate | None = None) -> RoutineStore:
        user = paths.user_paths()
        return cls(user.routines, user.trash, paths.builtin_routines_dir(), translate)

    def load_library(self) -> Library:
        builtin = self.builtin_dir if self.builtin_dir is not None else self.folder / ".none"
        return load_library(builtin, self.folder, self.translate)

    # -- saving -----------------------------------------------------------------------------

    def path_for(self, name: str) -> Path:
        """A free file path for a routine called ``name`` (not created yet)."""
        slug = slugify(name)
        reserved = self._builtin_ids()
        for number in range(1, _MAX_TRIES):
            stem = slug if number == 1 else f"{slug}-{number}"
            path = self.folder / f"{stem}{ROUTINE_SUFFIX}"
            if stem not in reserved and not os.path.lexists(path):
                return self._inside(path)
        raise StoreError(f"too many routines are called {name!r}")

    def save(
        self, routine: Routine, existing: Path | None = None, previous_name: str | None = None
    ) -> Path:
        """Save ``routine``; returns its path.

        With ``existing`` (the file it was opened from) the file is rewritten in place. When the
        routine was renamed (``previous_name`` differs) and the file name no longer fits, it is
        saved under the new name's slug and the old file removed; a file someone named by hand
        keeps its name as long as the routine's name does. Without ``existing``, a new file is
        created. Another routine's file is never replaced.
        """
        data = dump_routine(routine).encode("utf-8")
        if existing is None:
            return self._save_new(data, routine.name)
        existing = self._inside(existing)
        renamed = previous_name is not None and previous_name != routine.name
        if not renamed or _stem_matches(routine_id_for(existing), slugify(routine.name)):
            self._write(existing, data)
            return existing
        marker = _rename_marker(existing)
        self._write(marker, data)
        try:
            new_path = self._save_new(data, routine.name)
        except BaseException:
            marker.unlink(missing_ok=True)
            raise
        try:
            existing.unlink(missing_ok=True)
        except OSError as exc:  # the new file is saved; a leftover old one is only a duplicate
            log.warning("could not remove %s after renaming: %s", existing, exc)
        else:
            marker.unlink(missing_ok=True)
        return new_path

    def rename(self, path: Path, new_name: str) -> Path:
        """Give the routine in ``path`` a new name (and the matching file name)."""
        routine = read_routine_file(self._inside(path)).model_copy(deep=True)
        old_name = routine.name
        try:
            routine.name = new_name
        except ValidationError as exc:
            reason = exc.errors()[0]["msg"] if exc.errors() else str(exc)
            raise StoreError(f"This name cannot be used: {reason}") from exc
        return self.save(routine, path, previous_name=old_name)

    # -- trash --------------------------------------------------------------------------------

    def delete(self, path: Path) -> TrashedFile:
        """Move a routine file to the trash folder; :meth:`restore` puts it back."""
        path = self._inside(path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        stem = routine_id_for(path)
        try:
            self.trash_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot move {path.name} to the trash: {exc.strerror}") from exc
        for number in range(1, _MAX_TRIES):
            extra = "" if number == 1 else f"-{number}"
            target = self.trash_folder / f"{stem}.{stamp}{extra}{ROUTINE_SUFFIX}"
            try:
                _move_no_replace(path, target)
            except FileExistsError:
                continue
            except OSError as exc:
                raise StoreError(f"cannot move {path.name} to the trash: {exc.strerror}") from exc
            return TrashedFile(path, target)
        raise StoreError("the trash folder is full of files with this name")

    def restore(self, item: TrashedFile) -> Path:
        """Put a deleted routine back, under its old file name when that is still free."""
        original = self._inside(item.original)
        stem = routine_id_for(original)
        for number in range(1, _MAX_TRIES):
            target = original if number == 1 else self.folder / f"{stem}-{number}{ROUTINE_SUFFIX}"
            try:
                _move_no_replace(item.trashed, target)
            except FileExistsError:
                continue
            except OSError as exc:
                raise StoreError(f"cannot restore {original.name}: {exc.strerror}") from exc
            return target
        raise StoreError(f"cannot restore {original.name}: no free file name")

    # -- import -------------------------------------------------------------------------------

    def preview_import(self, source: Path, library: Library) -> ImportPreview:
        """Read and check ``source`` without writing anything."""
        try:
            routine = read_routine_file(source)
        except RoutineFileError as exc:
            return ImportPreview(source, None, tuple(exc.problems))
        return ImportPreview(source, routine, (), find_clash(routine.name, library))

    def import_routine(
        self, preview: ImportPreview, choice: ClashChoice, library: Library
    ) -> Path | None:
        """Save a previewed routine; ``choice`` says what to do about a name clash.

        Returns the saved path, or None when cancelled. Replacing needs a clash with one of the
        user's own routines (built-ins are read-only).
        """
        routine = preview.routine
        if routine is None or preview.problems or choice is ClashChoice.CANCEL:
            return None
        clash = preview.clash
        if clash is None:
            return self._save_new(dump_routine(routine).encode("utf-8"), routine.name)
        if choice is ClashChoice.REPLACE:
            if clash.builtin:
                raise StoreError("a built-in routine cannot be replaced")
            target = self._inside(clash.path)
            self._write(target, dump_routine(routine).encode("utf-8"))
            return target
        renamed = routine.model_copy(deep=True)
        renamed.name = unique_name(routine.name, library_names(library))
        return self._save_new(dump_routine(renamed).encode("utf-8"), renamed.name)

    # -- helpers ------------------------------------------------------------------------------

    def _inside(self, path: Path) -> Path:
        """Refuse any path that is not a routine file directly in the user's folder."""
        folder = self.folder.resolve()
        resolved = path.parent.resolve() / path.name
        if resolved.parent != folder or not path.name.endswith(ROUTINE_SUFFIX):
            raise StoreError(f"{path} is not in the routines folder")
        return resolved

    def _builtin_ids(self) -> set[str]:
        if self.builtin_dir is None or not self.builtin_dir.is_dir():
            return set()
        return {
            routine_id_for(p) for p in self.builtin_dir.iterdir() if p.name.endswith(ROUTINE_SUFFIX)
        }

    def _write(self, path: Path, data: bytes) -> None:
        try:
            atomic.write_bytes(path, data)
        except OSError as exc:
            raise StoreError(f"cannot save {path.name}: {exc.strerror or exc}") from exc

    def _save_new(self, data: bytes, name: str) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot save {name!r}: {exc.strerror or exc}") from exc
        for _ in range(_MAX_TRIES):
            target = self.path_for(name)
            staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.new")
            try:
                atomic.write_bytes(staging, data)
                _move_no_replace(staging, target)
            except FileExistsError:
                continue  # someone took the name since path_for(): pick the next one
            except OSError as exc:
                raise StoreError(f"cannot save {target.name}: {exc.strerror or exc}") from exc
            finally:
                _unlink_quietly(staging)
            return target
        raise StoreError(f"cannot find a free file name for {name!r}")


_MARKER_SUFFIX = ".renaming"


def _rename_marker(existing: Path) -> Path:
    return existing.with_name(f".{existing.name}{_MARKER_SUFFIX}")


def _unlink_quietly(path: Path) -> None:
    """Remove ``path`` if it can be; a leftover is cleaned up at the next start."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not remove %s: %s", path, exc)


def finish_interrupted_renames(folder: Path) -> list[Path]:
    """Complete the renames a crash cut short in ``folder``; the files removed.

    For each marker: when a routine file holds the marker's content the rename got that far, so
    the old file goes; otherwise the new file was never made and the old one stays. The marker
    goes either way. Errors are logged, never raised: this runs at start-up.
    """
    removed: list[Path] = []
    try:
        markers = [
            p
            for p in folder.iterdir()
            if p.name.startswith(".") and p.name.endswith(ROUTINE_SUFFIX + _MARKER_SUFFIX)
        ]
    except OSError:
        return removed
    for marker in markers:
        old = folder / marker.name[1 : -len(_MARKER_SUFFIX)]
        try:
            wanted = marker.read_bytes()
            done = any(
                p != old and p.stat().st_size == len(wanted) and p.read_bytes() == wanted
                for p in folder.iterdir()
                if p.name.endswith(ROUTINE_SUFFIX) and not p.name.startswith(".") and p.is_file()
            )
            if done and os.path.lexists(old):
                old.unlink()
                removed.append(old)
                log.warning("finished renaming %s, cut short by a crash", old.name)
            marker.unlink()
        except OSError as exc:
            log.warning("could not finish the interrupted rename of %s: %s", old.name, exc)
    return removed


def _stem_matches(stem: str, slug: str) -> bool:
    """``my-run`` and ``my-run-2`` both belong to a routine whose slug is ``my-run``."""
    return stem == slug or re.fullmatch(re.escape(slug) + r"-\d+", stem) is not None


def _move_no_replace(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst``; FileExistsError if ``dst`` exists, whatever the platform.

    A hard link cannot replace a file, so it is the race-free way; where links are not
    supported (some network or FAT drives) a check and a rename is the fallback.
    """
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(dst):
            raise FileExistsError(dst) from None
        os.rename(src, dst)
        return
    os.unlink(src)
