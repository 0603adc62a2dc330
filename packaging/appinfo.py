"""The app's identity (version, id, names) read from the package source without importing it.

Importing ``warmup_app`` would need its dependencies in the interpreter that runs the build
tools (PyInstaller runs the spec in its own process); reading the literals does not.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_INIT = ROOT / "warmup_app" / "__init__.py"

# Debian and Inno Setup accept these; PEP 440 local or epoch parts would need mapping.
_VERSION_RE = re.compile(r"^[0-9]+(\.[0-9]+)*(\.?[A-Za-z][0-9A-Za-z.+~]*|[+~][0-9A-Za-z.+~]*)?$")


@dataclass(frozen=True)
class AppInfo:
    version: str
    app_id: str
    name: str
    command: str = "warmup-app"
    mime_type: str = "application/x-warmup-routine"
    homepage: str = "https://github.com/warmup-timer/warmup-app"
    maintainer: str = "Warm-up Timer developers <warmup-timer@users.noreply.github.com>"


def _literals(source: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def check_version(version: str) -> str:
    """Reject versions the installers cannot order (a clear error beats a broken upgrade)."""
    if not _VERSION_RE.match(version) or ".." in version:
        raise ValueError(f"version {version!r} is not usable for the installers (e.g. 1.2.3)")
    return version


def debian_version(version: str, revision: int = 1) -> str:
    """``1.2.0rc1`` -> ``1.2.0~rc1-1``: pre-releases sort before the release, as in PEP 440,
    and the Debian revision marks the packaging (a native version would misname files)."""
    upstream = re.sub(r"\.?(a|b|rc|dev)([0-9]+)", r"~\1\2", version, count=1)
    return f"{upstream}-{revision}"


def numeric_version(version: str) -> str:
    """Four numbers for Windows' version resource: ``1.2.0rc1`` -> ``1.2.0.0``."""
    leading = re.match(r"[0-9]+(\.[0-9]+)*", version)
    numbers = leading.group(0).split(".") if leading else []
    return ".".join([*(str(int(n)) for n in numbers), "0", "0", "0", "0"][:4])


def read(init_file: Path = PACKAGE_INIT) -> AppInfo:
    values = _literals(init_file.read_text(encoding="utf-8"))
    missing = {"__version__", "APP_ID", "APP_NAME"} - values.keys()
    if missing:
        raise ValueError(f"{init_file} does not define {', '.join(sorted(missing))}")
    return AppInfo(
        version=check_version(values["__version__"]),
        app_id=values["APP_ID"],
        name=values["APP_NAME"],
    )
