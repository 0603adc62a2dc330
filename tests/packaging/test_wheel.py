"""The wheel carries every module, the built-in routines and the icons.

``paths.py`` finds routines/ and assets/ inside an installed package; a package missing from
pyproject's explicit list (as the editor once was) would only show up on a user's machine.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
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
            str(REPO),
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
