"""The one place that knows where files live.

Built-in routines and assets are found in a source checkout, an installed wheel (shipped as
package data) or a PyInstaller bundle. User folders follow the platform's conventions, and
``WARMUP_APP_HOME`` (or :func:`override_home`) redirects all of them under one folder, which is
how tests and portable installs keep the real user folders untouched.

No Qt here: the command line and the core use it too.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "warmup-app"
ROUTINE_SUFFIX = ".warmup.toml"

_PACKAGE_DIR = Path(__file__).resolve().parent
_home_override: Path | None = None


def _bundled(name: str) -> Path:
    """Find a shipped folder (``routines`` or ``assets``) wherever the app runs from."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the app's {name} folder (looked in {candidates})")


def builtin_routines_dir() -> Path:
    return _bundled("routines")


def assets_dir() -> Path:
    return _bundled("assets")


def translations_dir() -> Path:
    """The app's compiled translations (``warmup_<language>.qm``), built from the ``.ts``
    sources beside them by ``make translations``."""
    return assets_dir() / "translations"


@dataclass(frozen=True)
class UserPaths:
    """The user's own folders. Created on first use, never inside the install folder."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def routines(self) -> Path:
        return self.data / "routines"

    @property
    def trash(self) -> Path:
        return self.data / "trash"

    @property
    def history_db(self) -> Path:
        return self.data / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @property
    def sounds_cache(self) -> Path:
        return self.cache / "sounds"

    def ensure(self) -> UserPaths:
        """Create the folders that can be created; a read-only home or a full disk is not an
        error here (each feature reports what it cannot save, and the warm-up still runs)."""
        for folder in (self.data, self.routines, self.config, self.cache, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue
        return self


def override_home(home: Path | None) -> None:
    """Redirect every user folder under ``home`` (``None`` restores the default)."""
    global _home_override
    _home_override = home


def _platform_dirs() -> UserPaths:
    home = Path.home()
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        roaming = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
        base = roaming / APP_DIR_NAME
        return UserPaths(base, base, local / APP_DIR_NAME / "cache", local / APP_DIR_NAME / "logs")
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / APP_DIR_NAME
        return UserPaths(
            support,
            support,
            home / "Library" / "Caches" / APP_DIR_NAME,
            home / "Library" / "Logs" / APP_DIR_NAME,
        )

    def xdg(var: str, default: Path) -> Path:
        value = os.environ.get(var)
        return Path(value) if value and Path(value).is_absolute() else default

    state = xdg("XDG_STATE_HOME", home / ".local" / "state")
    return UserPaths(
        xdg("XDG_DATA_HOME", home / ".local" / "share") / APP_DIR_NAME,
        xdg("XDG_CONFIG_HOME", home / ".config") / APP_DIR_NAME,
        xdg("XDG_CACHE_HOME", home / ".cache") / APP_DIR_NAME,
        state / APP_DIR_NAME / "logs",
    )


def user_paths() -> UserPaths:
    home = _home_override
    if home is None and os.environ.get("WARMUP_APP_HOME"):
        home = Path(os.environ["WARMUP_APP_HOME"])
    if home is not None:
        return UserPaths(home / "data", home / "config", home / "cache", home / "logs")
    return _platform_dirs()
