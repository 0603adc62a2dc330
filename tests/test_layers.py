"""The architecture as a test: which part of ``warmup_app`` may import which.

The layers, from the bottom up::

    core/            the app's logic without Qt: routines, timelines, sessions, self-check,
                     history store, speech. Imports only itself, ``paths`` and the root package
                     constants (``APP_NAME``, ``__version__``).
    i18n/            the languages, Qt's translators and the lookups handed to the core; may use
                     core, never config, a service or the GUI.
    config/          typed settings over QSettings; may use core and i18n, never a service or
                     the GUI.
    runner/ audio/   QObjects without widgets: the run controller and its timer, the sound of a
    history/         run, the history store on its own thread, the desktop citizenship (tray,
    desktop/         keep-awake, notifications). They may borrow ``gui.common`` helpers (icons,
                     plain-text labels) but no GUI feature and never the composition root.
    gui/             ``common`` helpers, ``figures`` (the moving figures, a shared widget like the
                     helpers), the ``main_window`` shell, and one feature package per tab
                     or dialog set (``run``, ``routines``, ``selfcheck``, ``history``, ``dialogs``).
                     Features never import each other: they talk through the run controller or
                     through signals that ``app.py`` connects. The ``main_window`` shell builds
                     the tabs (one view each); no feature reaches into it.
    app.py           the composition root: the only module that wires features together; only the
                     command line (``cli/main.py``) starts it.

Every module is read with ``ast``, so imports inside functions (the app imports lazily) and
under ``TYPE_CHECKING`` count as well. A second test imports every ``core`` module in a fresh
interpreter and checks that Qt was not loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "warmup_app"
PACKAGE_DIR = REPO_ROOT / PACKAGE

QT = ("PySide6", "shiboken6")
GUI_FEATURES = tuple(
    f"warmup_app.gui.{name}" for name in ("run", "routines", "selfcheck", "history", "dialogs")
)
SERVICES = ("warmup_app.runner", "warmup_app.audio", "warmup_app.history", "warmup_app.desktop")


@dataclass(frozen=True)
class Rule:
    """Modules under ``importers`` (minus ``exempt``) may not import anything under ``forbidden``
    unless it is under ``allowed`` or is exactly one of ``allowed_exact``.

    Every entry is a dotted module name and covers that module and everything below it.
    """

    name: str
    importers: tuple[str, ...]
    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    allowed_exact: tuple[str, ...] = ()
    exempt: tuple[str, ...] = ()


def _feature_rules() -> tuple[Rule, ...]:
    return tuple(
        Rule(
            name=f"4: gui feature {feature.rsplit('.', 1)[1]} imports no other feature",
            importers=(feature,),
            forbidden=tuple(other for other in GUI_FEATURES if other != feature),
        )
        for feature in GUI_FEATURES
    )


RULES: tuple[Rule, ...] = (
    Rule(
        name="1: core is plain Python: no Qt, only core, paths and the root constants",
        importers=("warmup_app.core",),
        forbidden=(*QT, PACKAGE),
        allowed=("warmup_app.core", "warmup_app.paths"),
        allowed_exact=(PACKAGE,),
    ),
    Rule(
        name="2: core, i18n and config use no service, GUI or composition root",
        importers=("warmup_app.core", "warmup_app.i18n", "warmup_app.config"),
        forbidden=("warmup_app.gui", "warmup_app.app", *SERVICES),
    ),
    Rule(
        name="2: i18n sits below config",
        importers=("warmup_app.i18n",),
        forbidden=("warmup_app.config",),
    ),
    Rule(
        name="3: services use only gui.common from the GUI, never the composition root",
        importers=SERVICES,
        forbidden=("warmup_app.gui", "warmup_app.app"),
        allowed=("warmup_app.gui.common",),
    ),
    *_feature_rules(),
    Rule(
        name="4: gui.common imports no gui feature",
        importers=("warmup_app.gui.common",),
        forbidden=GUI_FEATURES,
    ),
    Rule(
        name="4: gui.figures is shared by the run screen and the editor: it imports no feature",
        importers=("warmup_app.gui.figures",),
        forbidden=(*GUI_FEATURES, "warmup_app.gui.main_window"),
    ),
    Rule(
        name="4: nothing reaches into the main window shell (it builds the tabs, app.py wires)",
        importers=(*GUI_FEATURES, "warmup_app.gui.common", *SERVICES),
        forbidden=("warmup_app.gui.main_window",),
    ),
    Rule(
        name="5: only cli.main starts the composition root",
        importers=(PACKAGE,),
        forbidden=("warmup_app.app",),
        exempt=("warmup_app.app", "warmup_app.cli.main"),
    ),
    Rule(
        name="5: the app never imports dev tools or tests",
        importers=(PACKAGE,),
        forbidden=("tools", "tests"),
    ),
)


@dataclass(frozen=True)
class Import:
    line: int
    target: str  # the imported module, resolved to a submodule where one exists


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    target: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.target} ({self.rule})"


def _under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def package_modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def imports_of(module: str, source: str, *, is_package: bool = False) -> list[Import]:
    """Every import in ``source``, wherever it is written (module level, functions, classes,
    ``if TYPE_CHECKING``). ``from X import Y`` counts as importing ``X.Y`` when that is a module
    of the package, else ``X``. Relative imports are resolved against ``module``."""
    known = package_modules()
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(Import(node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(part for part in [*base_parts, node.module or ""] if part)
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append(Import(node.lineno, candidate if candidate in known else base))
        elif (
            isinstance(node, ast.Call)
            and _call_name(node.func) in {"importlib.import_module", "import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Import(node.lineno, node.args[0].value))
    return sorted(found, key=lambda item: (item.line, item.target))


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def check_source(
    module: str, source: str, *, path: str = "", is_package: bool = False
) -> list[Violation]:
    """The rules ``module`` breaks with ``source``."""
    shown = path or module.replace(".", "/") + ".py"
    violations = []
    for found in imports_of(module, source, is_package=is_package):
        for rule in RULES:
            if (
                _under(module, rule.importers)
                and not _under(module, rule.exempt)
                and _under(found.target, rule.forbidden)
                and not _under(found.target, rule.allowed)
                and found.target not in rule.allowed_exact
            ):
                violations.append(Violation(shown, found.line, found.target, rule.name))
    return violations


def check_package() -> list[Violation]:
    violations = []
    for module, path in package_modules().items():
        violations += check_source(
            module,
            path.read_text(encoding="utf-8"),
            path=path.relative_to(REPO_ROOT).as_posix(),
            is_package=path.name == "__init__.py",
        )
    return violations


def test_the_package_keeps_its_layers() -> None:
    violations = check_package()
    if violations:
        listing = "\n".join(str(violation) for violation in violations)
        pytest.fail(f"{len(violations)} layer violation(s):\n{listing}", pytrace=False)


# --- the checker itself: a scanner that finds nothing must not pass quietly -----------------


def test_the_scanner_sees_the_whole_package() -> None:
    modules = package_modules()
    assert len(modules) > 60
    assert {"warmup_app.app", "warmup_app.core.session", "warmup_app.gui.run"} <= set(modules)
    every_import = [
        found
        for module, path in modules.items()
        for found in imports_of(module, path.read_text(encoding="utf-8"))
    ]
    assert len(every_import) > 300


@pytest.mark.parametrize(
    ("module", "source", "line", "target", "rule"),
    [
        ("warmup_app.core.fake", "from PySide6.QtCore import QObject\n", 1, "PySide6.QtCore", "1"),
        (
            "warmup_app.core.fake",
            "def later():\n    import shiboken6\n",
            2,
            "shiboken6",
            "1",
        ),
        (
            "warmup_app.core.fake",
            "from warmup_app import logging_setup\n",
            1,
            "warmup_app.logging_setup",
            "1",
        ),
        (
            "warmup_app.core.fake",
            "from ..gui import main_window\n",
            1,
            "warmup_app.gui.main_window",
            "2",
        ),
        (
            "warmup_app.config.fake",
            "from warmup_app.runner import driver\n",
            1,
            "warmup_app.runner.driver",
            "2",
        ),
        (
            "warmup_app.desktop.fake",
            "from warmup_app.gui.run.view import RunView\n",
            1,
            "warmup_app.gui.run.view",
            "3",
        ),
        ("warmup_app.audio.fake", "import warmup_app.app\n", 1, "warmup_app.app", "3"),
        (
            "warmup_app.gui.selfcheck.fake",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from warmup_app.gui.run.view import RunView\n",
            3,
            "warmup_app.gui.run.view",
            "4",
        ),
        (
            "warmup_app.gui.routines.fake",
            "from .. import history\n",
            1,
            "warmup_app.gui.history",
            "4",
        ),
        (
            "warmup_app.gui.common.fake",
            "from warmup_app.gui import dialogs\n",
            1,
            "warmup_app.gui.dialogs",
            "4",
        ),
        (
            "warmup_app.gui.selfcheck.fake",
            "from warmup_app.gui.main_window import MainWindow\n",
            1,
            "warmup_app.gui.main_window",
            "4",
        ),
        (
            "warmup_app.gui.run.fake",
            "from warmup_app.app import run_app\n",
            1,
            "warmup_app.app",
            "5",
        ),
        (
            "warmup_app.fake",
            "import importlib\nimportlib.import_module('tools.shots')\n",
            2,
            "tools.shots",
            "5",
        ),
    ],
)
def test_the_checker_reports_a_broken_rule(
    module: str, source: str, line: int, target: str, rule: str
) -> None:
    reported = [str(violation) for violation in check_source(module, source)]
    expected = f"{module.replace('.', '/')}.py:{line}: imports {target} ({rule}:"
    assert any(text.startswith(expected) for text in reported), reported


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("warmup_app.core.fake", "from warmup_app import APP_NAME, paths\n"),
        ("warmup_app.core.selfcheck.fake", "from .. import timeline\nfrom . import bank\n"),
        (
            "warmup_app.config.fake",
            "from PySide6.QtCore import QSettings\nfrom warmup_app.core.cues import CueKind\n",
        ),
        ("warmup_app.desktop.fake", "from warmup_app.gui.common.icons import app_icon\n"),
        (
            "warmup_app.gui.run.fake",
            "from warmup_app.gui.run.stage import Stage\nfrom warmup_app.gui.common import text\n",
        ),
        ("warmup_app.app", "from warmup_app.gui.run.view import RunView\n"),
        ("warmup_app.cli.main", "from warmup_app.app import run_app\n"),
    ],
)
def test_the_checker_allows_what_the_layers_allow(module: str, source: str) -> None:
    assert check_source(module, source) == []


def test_the_checker_resolves_relative_imports_in_a_package() -> None:
    found = imports_of(
        "warmup_app.gui.routines", "from . import draft\nfrom .. import common\n", is_package=True
    )
    assert [item.target for item in found] == [
        "warmup_app.gui.routines.draft",
        "warmup_app.gui.common",
    ]


# --- at run time ------------------------------------------------------------------------------

_IMPORT_ALL_OF_CORE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import warmup_app.core as core
    names = [core.__name__]
    def fail(name):
        raise SystemExit(f"cannot import {name}")
    for info in pkgutil.walk_packages(core.__path__, core.__name__ + ".", onerror=fail):
        importlib.import_module(info.name)
        names.append(info.name)
    print(len(names))
    qt = sorted(name for name in sys.modules if name.split(".")[0] in {"PySide6", "shiboken6"})
    if qt:
        raise SystemExit("importing warmup_app.core loaded " + ", ".join(qt))
    """
)


def test_importing_core_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_OF_CORE],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    core_modules = [name for name in package_modules() if _under(name, ("warmup_app.core",))]
    assert int(result.stdout.split()[-1]) == len(core_modules)
