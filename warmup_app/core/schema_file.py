"""The routine format's JSON Schema as checked into ``routines/routine.schema.json``.

One function makes the text, so the file, ``warmup-app schema`` and the staleness test agree
byte for byte: pretty JSON, sorted keys, a trailing newline.
"""

from __future__ import annotations

import json
from pathlib import Path

from warmup_app.core import atomic
from warmup_app.core.routine import json_schema

SCHEMA_FILE_NAME = "routine.schema.json"


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def write_schema(path: Path) -> None:
    atomic.write_text(path, schema_text())
