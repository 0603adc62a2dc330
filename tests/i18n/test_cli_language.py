"""The command line stays English whatever the system's language: scripts read its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("language", ["de", "pl"])
def test_list_and_timeline_stay_english(language: str) -> None:
    env = {**os.environ, "LANGUAGE": language, "LANG": "C.UTF-8"}
    listed = subprocess.run(
        [sys.executable, "-m", "warmup_app", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    names = {routine["name"] for routine in json.loads(listed.stdout)["routines"]}
    assert "Pre-run warm-up" in names
    timeline = subprocess.run(
        [sys.executable, "-m", "warmup_app", "timeline", "pre-run", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    spoken = [c["text"] for c in json.loads(timeline.stdout)["cues"] if c["kind"] == "next_up"]
    assert spoken
    # "Right side" alone where the full line does not fit before the countdown.
    assert all(text.startswith("Next: ") or text in {"Left side", "Right side"} for text in spoken)
