"""What the PyInstaller bundle keeps of Qt and of the system: the trimming rules, in one place.

PyInstaller's Qt hooks collect every plugin of each Qt module the app imports, plus everything
those plugins link to: the virtual keyboard plugin alone drags in Qt Quick and QML, the eglfs and
vnc platforms their own support libraries. The spec runs the collected lists through these
functions. Kept: the platforms a desktop uses (xcb, wayland; windows; cocoa) and offscreen, SVG
images and icons, input methods, and every QtMultimedia and text-to-speech backend.

On Linux the bundle is the payload of the .deb, so libraries that the distribution provides
(libc, X11/xcb, GL, PulseAudio, GLib, fontconfig, ...) are left out and become package
dependencies; the bundle carries only Python, PySide6/Qt and the FFmpeg and ICU builds that Qt
was compiled against.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# A PyInstaller TOC entry: (name inside the bundle, source path, type code).
TocEntry = tuple[str, str, str]
ALL = frozenset({"*"})

QT_MODULES_USED = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtMultimedia",
        "QtTextToSpeech",
        "QtCharts",
        "QtDBus",
        "QtNetwork",
        "QtSvg",
    }
)

# Plugin folder -> plugin names kept ("lib" prefix and file suffix removed); folders not listed
# are dropped whole. Names for all three platforms; a platform only has its own files.
QT_PLUGINS_KEPT: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # gtk3 would add GTK to the dependencies for native file dialogs only; the portal does that.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": ALL,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": ALL,
    "wayland-graphics-integration-client": ALL,
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "multimedia": ALL,
    "texttospeech": ALL,
    "styles": ALL,
}

# Qt's own translations the app can load (standard buttons, audio device errors), and the app's
# own (assets/translations/warmup_*.qm, which sit in a folder of the same name).
QT_TRANSLATIONS_KEPT = ("qtbase_", "qtmultimedia_", "warmup_")

# Python modules never needed at run time; excluding them keeps their hooks from running.
# The build venv also holds the test and lint tools, which optional imports would pull in
# (pydantic ships a mypy plugin and a hypothesis plugin).
PYTHON_MODULES_EXCLUDED = (
    "tkinter",
    "_tkinter",
    "PySide6.QtAsyncio",
    "pydoc_data",
    "lib2to3",
    # only concurrent.futures' process pool needs it; PyInstaller's hook for it costs start-up
    "multiprocessing",
    "mypy",
    "mypyc",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
)

_SUFFIXES = (".so", ".dll", ".dylib")


def excluded_qt_modules(available: Iterable[str]) -> list[str]:
    """Every PySide6 module the app does not use, as ``PySide6.QtXxx`` names."""
    return sorted(f"PySide6.{name}" for name in set(available) - QT_MODULES_USED)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` -> ``qxcb``; ``qwindows.dll`` -> ``qwindows``."""
    stem = file_name
    for suffix in _SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    return stem.removeprefix("lib")


def _plugin_location(dest: str) -> tuple[str, str] | None:
    parts = _parts(dest)
    for index in range(len(parts) - 2):
        if parts[index] == "plugins" and parts[index - 1 : index] == ("Qt",):
            return parts[index + 1], parts[-1]
    return None


def is_qt_plugin(dest: str) -> bool:
    return _plugin_location(dest) is not None


def keeps_entry(entry: TocEntry) -> bool:
    """False for a Qt plugin or Qt translation the app does not need; True for the rest."""
    dest = entry[0]
    location = _plugin_location(dest)
    if location is not None:
        folder, file_name = location
        kept = QT_PLUGINS_KEPT.get(folder, frozenset())
        return kept is ALL or plugin_name(file_name) in kept
    parts = _parts(dest)
    if len(parts) >= 2 and parts[-2] == "translations" and parts[-1].endswith(".qm"):
        return parts[-1].startswith(QT_TRANSLATIONS_KEPT)
    return True


def split(
    entries: Iterable[TocEntry], keep: Callable[[TocEntry], bool]
) -> tuple[list[TocEntry], list[TocEntry]]:
    kept: list[TocEntry] = []
    dropped: list[TocEntry] = []
    for entry in entries:
        (kept if keep(entry) else dropped).append(entry)
    return kept, dropped


def is_root(entry: TocEntry) -> bool:
    """Binaries loaded by name at run time: Python extensions, Qt plugins, libpython."""
    dest, _src, typecode = entry
    name = _parts(dest)[-1].lower()
    return (
        typecode == "EXTENSION" or is_qt_plugin(dest) or name.startswith(("libpython", "python3"))
    )


def is_system_library(src: str, own_prefixes: Iterable[str]) -> bool:
    """A library from the OS rather than from Python or a wheel (Linux: the .deb depends on it)."""
    real = os.path.realpath(src)
    return not any(
        real == prefix or real.startswith(prefix.rstrip(os.sep) + os.sep)
        for prefix in (os.path.realpath(p) for p in own_prefixes)
    )


def referenced_closure(
    binaries: list[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """The binaries reachable from the roots through link-time imports (``imports_of(src)``
    gives the resolved paths a binary links to); the rest were only wanted by dropped plugins."""
    by_path = {os.path.realpath(src): (dest, src, code) for dest, src, code in binaries}
    seen: set[str] = set()
    stack = [os.path.realpath(e[1]) for e in binaries if is_root(e)]
    while stack:
        path = stack.pop()
        if path in seen:
            continue
        seen.add(path)
        for imported in imports_of(path):
            real = os.path.realpath(imported)
            if real in by_path and real not in seen:
                stack.append(real)
    return [entry for entry in binaries if os.path.realpath(entry[1]) in seen]


def symlink_target(entry: TocEntry) -> str:
    """The bundle path a SYMLINK entry points at (its source is relative to its own folder)."""
    dest, src, _code = entry
    parent = PurePosixPath(dest.replace("\\", "/")).parent
    return os.path.normpath((parent / src.replace("\\", "/")).as_posix())


def without_dangling_symlinks(
    entries: list[TocEntry], present: set[str]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop the SYMLINK entries whose target was trimmed (PyInstaller links every Qt library
    into the top-level folder, and a dangling link would break the .deb's checks)."""
    return split(entries, lambda e: e[2] != "SYMLINK" or symlink_target(e) in present)
