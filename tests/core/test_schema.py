"""The checked-in JSON Schema must be what the model generates today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warmup_app.cli.main import main as cli_main
from warmup_app.core.routine import json_schema
from warmup_app.core.schema_file import SCHEMA_FILE_NAME, schema_text, write_schema
from warmup_app.paths import builtin_routines_dir

REGENERATE = "run `warmup-app schema > routines/routine.schema.json` and commit the result"


def test_checked_in_schema_is_up_to_date() -> None:
    path = builtin_routines_dir() / SCHEMA_FILE_NAME
    assert path.is_file(), f"{path} is missing: {REGENERATE}"
    checked_in = path.read_text(encoding="utf-8")
    assert checked_in == schema_text(), f"{path} is stale (the routine model changed): {REGENERATE}"


def test_the_regenerate_command_writes_the_same_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    """The failure message above tells people to use the CLI; it must produce this exact text."""
    assert cli_main(["schema"]) == 0
    assert capsys.readouterr().out == schema_text()


def test_schema_text_format(tmp_path: Path) -> None:
    text = schema_text()
    assert text.endswith("}\n")
    assert json.loads(text) == json_schema()
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"
    write_schema(tmp_path / SCHEMA_FILE_NAME)
    assert (tmp_path / SCHEMA_FILE_NAME).read_text(encoding="utf-8") == text


def test_schema_describes_format_1() -> None:
    schema = json_schema()
    assert schema["properties"]["format"]["const"] == 1
    assert schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["format", "name", "parts"]
    step = schema["$defs"]["Step"]
    assert step["additionalProperties"] is False
    assert sorted(step["properties"]) == [
        "cue_lines",
        "duration",
        "figure",
        "instructions",
        "metronome",
        "name",
        "per_side",
        "reps",
        "switch",
    ]
    assert step["properties"]["instructions"]["maxLength"] == 2000
