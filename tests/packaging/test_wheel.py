"""The wheel carries every module, the built-in routines, the icons and figures, nothing dev-only.

``paths.py`` finds routines/ and assets/ inside an installed package; a package missing from
pyproject's explicit list (as the editor once was) would only show up on a user's machine.
The wheel is built from a clean copy of the checkout: setuptools packs whatever a stale build/
folder still holds, even modules deleted from the source since.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest

REPO = Path(__file__).resolve().parents[2]
# What `git clean -X` would remove (see .gitignore), and the history: never part of a build.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*_cache",
    ".hypothesis", "bench-results",
)  # fmt: skip
# Checkout-only code: the screenshot tools and the first-paint probe of `make bench`.
DEV_ONLY_WORDS = ("screenshot", "probe")
DEV_ONLY_PACKAGES = ("tools", "tests")


def dev_only(names: set[str]) -> list[str]:
    """Wheel entries that belong to the checkout, not to the app."""
    found = []
    for name in names:
        path = PurePosixPath(name)
        if path.parts[0] in DEV_ONLY_PACKAGES or (
            path.suffix in (".py", ".pyc") and any(w in name.lower() for w in DEV_ONLY_WORDS)
        ):
            found.append(name)
    return sorted(found)


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    source = tmp_path_factory.mktemp("source") / "warmup-app"
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = out.glob("warmup_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_module_is_in_the_wheel(wheel_names: set[str]) -> None:
    sources = {
        str(p.relative_to(REPO))
        for p in (REPO / "warmup_app").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert sources - wheel_names == set()


def test_routines_and_icons_are_in_the_wheel(wheel_names: set[str]) -> None:
    for routine in (REPO / "routines").glob("*.warmup.toml"):
        assert f"warmup_app/routines/{routine.name}" in wheel_names
    assert "warmup_app/routines/routine.schema.json" in wheel_names
    for icon in (REPO / "assets" / "icons").iterdir():
        assert f"warmup_app/assets/icons/{icon.name}" in wheel_names


def test_every_figure_is_in_the_wheel(wheel_names: set[str]) -> None:
    """The run screen and the editor read figures from the package's assets/figures."""
    from warmup_app.core.figures import figure_ids

    for figure_id in figure_ids():
        assert f"warmup_app/assets/figures/{figure_id}.json" in wheel_names


def test_nothing_dev_only_is_in_the_wheel(wheel_names: set[str]) -> None:
    assert dev_only(wheel_names) == []
    tops = {PurePosixPath(name).parts[0] for name in wheel_names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"warmup_app"}


def test_the_dev_only_check_finds_what_it_looks_for() -> None:
    """An empty answer means something only if the check catches the places these once were."""
    shipped = {"warmup_app/app.py", "warmup_app/assets/icons/warmup-app.svg"}
    dev = {
        "warmup_app/startup_probe.py",
        "warmup_app/ui/editor/screenshots.py",
        "tools/__init__.py",
        "tests/benchmarks/first_paint_probe.py",
    }
    assert dev_only(shipped | dev) == sorted(dev)
