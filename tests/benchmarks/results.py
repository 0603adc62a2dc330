"""Results: rows for the printed table and one JSON line per benchmark in the results file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from dataclasses import asdict, dataclass, field, is_dataclass
from pathlib import Path
from typing import Any

from .runner import REPO_ROOT, app_command

RESULTS_FILE = REPO_ROOT / "bench-results" / "results.jsonl"


@dataclass(frozen=True)
class Row:
    """One figure: the app's value beside the baseline's, and the target it must meet."""

    figure: str
    value: float | None
    unit: str
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None  # None: no target for this figure

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline


@dataclass
class Result:
    name: str
    rows: list[Row] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # everything else, for the JSON line
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(row.ok is not False for row in self.rows)


def machine() -> dict[str, Any]:
    """What else the machine was doing: results from a busy machine are not comparable."""
    load1, load5, load15 = os.getloadavg()
    return {"cpus": os.cpu_count(), "load": [round(load1, 2), round(load5, 2), round(load15, 2)]}


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


def to_json(result: Result, run_id: str, before: dict[str, Any]) -> str:
    record = {
        "run": run_id,
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "benchmark": result.name,
        "app": app_command(),
        "passed": result.passed,
        "machine_before": before,
        "machine_after": machine(),
        "figures": [{**asdict(row), "ratio": row.ratio} for row in result.rows],
        "data": result.data,
        "notes": result.notes,
    }
    return json.dumps(_plain(record), sort_keys=False)


def append(line: str, path: Path = RESULTS_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(line + "\n")


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.2f}"


def table(results: list[Result]) -> str:
    header = ("benchmark", "figure", "app", "baseline", "ratio", "target", "")
    lines = [header]
    for result in results:
        for row in result.rows:
            unit = f" {row.unit}" if row.unit else ""
            lines.append(
                (
                    result.name,
                    row.figure,
                    _number(row.value) + unit,
                    _number(row.baseline) + (unit if row.baseline is not None else ""),
                    _number(row.ratio) + ("x" if row.ratio is not None else ""),
                    row.target,
                    {True: "ok", False: "MISS", None: ""}[row.ok],
                )
            )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for number, line in enumerate(lines):
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(text.rstrip() for text in out)
