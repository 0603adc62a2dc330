"""Reading, writing and finding ``.warmup.toml`` routine files, with reports a runner can act on.

Every problem in a file is reported at once, each with the file, the line when it can be found,
the field path and what is wrong. A broken file never stops the others from loading.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from warmup_app.core import atomic
from warmup_app.core.durations import format_duration
from warmup_app.core.routine import FORMAT_VERSION, MAX_STEP_SECONDS, Routine
from warmup_app.core.routine_text import Translate, translated_routine
from warmup_app.core.user_files import UserFileError, read_user_file, too_large
from warmup_app.paths import ROUTINE_SUFFIX

MAX_FILE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file."""

    path: str
    field: str  # dotted path such as ``parts[1].steps[0].duration``; "" for the whole file
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class RoutineFileError(Exception):
    """A routine file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class RoutineEntry:
    """A loaded routine and where it came from.

    ``adapted_from`` is set on a copy changed for today by the self-check (same id and path as
    the original, which it names); such a copy is never saved or listed in the library.
    """

    id: str
    path: Path
    builtin: bool
    routine: Routine
    adapted_from: RoutineEntry | None = None


@dataclass(frozen=True)
class BrokenFile:
    path: Path
    problems: list[Problem]


@dataclass
class Library:
    """Every routine the app knows, plus the files it could not read."""

    routines: list[RoutineEntry] = field(default_factory=list)
    broken: list[BrokenFile] = field(default_factory=list)

    def find(self, routine_id: str) -> RoutineEntry | None:
        return next((e for e in self.routines if e.id == routine_id), None)


def routine_id_for(path: Path) -> str:
    name = path.name
    return name[: -len(ROUTINE_SUFFIX)] if name.endswith(ROUTINE_SUFFIX) else path.stem


def load_routine(path: Path) -> Routine:
    """Read and validate one file; raise :class:`RoutineFileError` with every problem.

    The read goes through :func:`read_user_file`, so a folder, a FIFO, a device or a huge file
    is one clear problem, never a hang or a full memory.
    """
    try:
        data = read_user_file(path, MAX_FILE_BYTES)
    except UserFileError as exc:
        raise RoutineFileError([Problem(str(path), "", exc.reason)]) from exc
    return parse_routine(data, str(path))


def parse_routine(data: bytes, label: str) -> Routine:
    """Validate a routine from the file's bytes; ``label`` names it in problems."""
    if len(data) > MAX_FILE_BYTES:
        raise RoutineFileError([Problem(label, "", too_large(len(data), MAX_FILE_BYTES))])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RoutineFileError(
            [Problem(label, "", "is not UTF-8 text (is it a routine file?)", line)]
        ) from exc
    if "\x00" in text:
        raise RoutineFileError([Problem(label, "", "contains binary data, not TOML text")])
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineFileError([_toml_problem(label, exc)]) from exc
    except RecursionError as exc:  # e.g. `x = [[[[...` thousands deep: tomllib recurses
        raise RoutineFileError([Problem(label, "", "is nested too deeply")]) from exc
    locator = _LineLocator(text)
    version = raw.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        # Report a newer format alone: its other fields may mean something else.
        message = (
            f"format {version} is newer than this app understands (it reads format "
            f"{FORMAT_VERSION}); update Warm-up Timer"
        )
        raise RoutineFileError([Problem(label, "format", message, locator.line_of(("format",)))])
    try:
        return Routine.model_validate(raw)
    except ValidationError as exc:
        problems = [_validation_problem(label, err, locator) for err in exc.errors()]
        problems.sort(key=lambda p: p.line if p.line is not None else 1 << 30)
        raise RoutineFileError(problems) from exc
    except RecursionError as exc:  # absurdly nested data; tomllib itself may allow it
        raise RoutineFileError([Problem(label, "", "is nested too deeply")]) from exc


def _toml_problem(label: str, exc: tomllib.TOMLDecodeError) -> Problem:
    message = str(exc)
    match = re.search(r"\(at line (\d+), column \d+\)", message)
    line = int(match.group(1)) if match else None
    message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    return Problem(label, "", f"not valid TOML: {message}", line)


def _field_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for item in loc:
        if isinstance(item, int):
            out += f"[{item}]"
        else:
            out += f".{item}" if out else str(item)
    return out


_TYPE_NAMES = {
    "string_type": "text",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "a table",
    "dict_type": "a table",
    "int_type": "a whole number",
}


def _describe(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list"}
    return names.get(type(value), "a table" if isinstance(value, dict) else type(value).__name__)


def _friendly(err: ErrorDetails) -> str:
    kind = err["type"]
    ctx = err.get("ctx", {})
    field_name = str(err["loc"][-1]) if err["loc"] else ""
    is_duration = field_name in {"duration", "switch", "transition", "lead_in"}
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; see the routine format in README)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return "must have at least one entry"
    if kind == "too_long" and "max_length" in ctx:
        return f"has {ctx.get('actual_length', 'too many')} entries; at most {ctx['max_length']}"
    if kind == "string_too_long":
        return f"is too long ({len(str(err['input']))} characters; at most {ctx['max_length']})"
    if kind == "greater_than_equal" and is_duration:
        return f"must be at least {format_duration(int(ctx['ge']))}"
    if kind == "less_than_equal" and is_duration:
        limit = int(ctx["le"])
        extra = " (a step lasts 1 s to 60 min)" if limit == MAX_STEP_SECONDS else ""
        return f"must be at most {format_duration(limit)}{extra}"
    if kind == "literal_error" and field_name == "format":
        return "must be 1 (the routine format this app reads)"
    if kind in _TYPE_NAMES:
        return f"expected {_TYPE_NAMES[kind]}, got {_describe(err['input'])}"
    if kind in {"value_error", "assertion_error"}:
        error = ctx.get("error")
        return str(error) if error is not None else err["msg"]
    return err["msg"]


def _validation_problem(label: str, err: ErrorDetails, locator: _LineLocator) -> Problem:
    loc = tuple(err["loc"])
    return Problem(label, _field_path(loc), _friendly(err), locator.line_of(loc))


class _LineLocator:
    """Finds the line of a field from its path by walking ``[[parts]]`` / ``[[parts.steps]]``.

    TOML parsers keep no positions, so this reads the text the way the format is written. When a
    field is written some other way (inline tables), the line is simply left out.
    """

    _HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\s]+?)\s*\]\]\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")

    def __init__(self, text: str) -> None:
        # Each table: (header path, first line, {key: line}).
        self.tables: list[tuple[str, int, dict[str, int]]] = [("", 1, {})]
        for number, line in enumerate(text.splitlines(), start=1):
            header = self._HEADER.match(line)
            if header:
                self.tables.append((header.group(1).replace(" ", ""), number, {}))
                continue
            key = self._KEY.match(line)
            if key:
                self.tables[-1][2].setdefault(key.group(1), number)

    def line_of(self, loc: tuple[int | str, ...]) -> int | None:
        if not loc:  # the routine as a whole (too many steps): no one line to point at
            return None
        part_index = step_index = None
        keys: list[str] = []
        index_iter = iter(loc)
        for item in index_iter:
            if item in ("parts", "steps"):
                index = next(index_iter, None)
                if index is None:  # the path ends at the list itself, as in `parts = []`
                    keys.append(item)
                elif item == "parts":
                    part_index = index
                else:
                    step_index = index
            elif isinstance(item, str):
                keys.append(item)
        if not isinstance(part_index, int):
            table = self._nth("", 0)
        elif not isinstance(step_index, int):
            table = self._nth("parts", part_index)
        else:
            table = self._step(part_index, step_index)
        if table is None:
            return None
        _, start, found = table
        return found.get(keys[-1], start) if keys else start

    def _nth(self, header: str, index: int) -> tuple[str, int, dict[str, int]] | None:
        matches = [t for t in self.tables if t[0] == header]
        return matches[index] if index < len(matches) else None

    def _step(self, part: int, step: int) -> tuple[str, int, dict[str, int]] | None:
        part_seen = -1
        step_seen = -1
        for table in self.tables:
            if table[0] == "parts":
                part_seen += 1
                step_seen = -1
            elif table[0] == "parts.steps" and part_seen == part:
                step_seen += 1
                if step_seen == step:
                    return table
        return None


def dump_routine(routine: Routine) -> str:
    """The routine as format-1 TOML, with defaults left out so files stay short."""
    data = routine.model_dump(mode="json", exclude_defaults=True)
    data = {"format": routine.format, **{k: v for k, v in data.items() if k != "format"}}
    import tomli_w  # only for saving: a launch that only reads routines never needs it

    return tomli_w.dumps(data)


def save_routine(routine: Routine, path: Path) -> None:
    atomic.write_text(path, dump_routine(routine))


def routine_files(folder: Path) -> list[Path]:
    """Every ``.warmup.toml`` entry in ``folder``, whatever it is.

    A FIFO, a device, a dangling link, a symlink loop or a folder with a routine's name is listed
    too: reading it gives a clear problem, where leaving it out would hide it from the runner.
    """
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if p.name.endswith(ROUTINE_SUFFIX))


def load_library(
    builtin_dir: Path, user_dir: Path | None, translate: Translate | None = None
) -> Library:
    """Load built-ins then the user's routines; broken files are collected, not raised.

    Ids are file names without ``.warmup.toml``. A user routine whose name clashes with a
    built-in's gets the id ``user:NAME``. ``translate`` (the interface language's lookup) is
    applied to the built-ins' texts; a user's routine is shown as written.
    """
    library = Library()
    sources: Iterable[tuple[Path, bool]] = [(p, True) for p in routine_files(builtin_dir)]
    if user_dir is not None:
        sources = [*sources, *((p, False) for p in routine_files(user_dir))]
    for path, builtin in sources:
        try:
            routine = load_routine(path)
        except RoutineFileError as exc:
            library.broken.append(BrokenFile(path, exc.problems))
            continue
        if builtin and translate is not None:
            routine = translated_routine(routine, translate)
        routine_id = routine_id_for(path)
        if not builtin and library.find(routine_id) is not None:
            routine_id = f"user:{routine_id}"
        library.routines.append(RoutineEntry(routine_id, path, builtin, routine))
    return library


def translated_library(library: Library, translate: Translate) -> Library:
    """``library`` with its built-ins' texts translated (for a library read before the
    interface language was known: the command line's ``--start`` check)."""
    entries = [
        replace(e, routine=translated_routine(e.routine, translate)) if e.builtin else e
        for e in library.routines
    ]
    return Library(entries, list(library.broken))


def resolve_routine(ref: str, library: Library) -> RoutineEntry:
    """A routine by id (``pre-run``) or by path; LookupError with every problem otherwise."""
    entry = library.find(ref)
    if entry is not None:
        return entry
    path = Path(ref)
    if path.exists() or ref.endswith(ROUTINE_SUFFIX):
        try:
            routine = load_routine(path)
        except RoutineFileError as exc:
            raise LookupError(str(exc)) from exc
        return RoutineEntry(str(path), path, False, routine)
    known = ", ".join(e.id for e in library.routines) or "none"
    raise LookupError(f"no routine called {ref!r} (known: {known})")
