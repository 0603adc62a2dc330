"""Generated routines: a dense one for cue timing, a calm one for CPU, and a user library."""

from __future__ import annotations

from pathlib import Path

from warmup_app.paths import ROUTINE_SUFFIX

# Dense: a cue every second or less for 64 s (3 s lead-in + 61 s): short steps of 4-6 s with
# transitions, per-side steps with switches, and 14 s of metronome clicks every 0.357 s.
DENSE = """\
format = 1
name = "Benchmark: dense cues"
lead_in = "3s"

[[parts]]
name = "Drills"
transition = "1s"
{drills}
[[parts]]
name = "Sides"
transition = "1s"
{sides}
[[parts]]
name = "Strides"

  [[parts.steps]]
  name = "Quick strides"
  duration = "14s"
  metronome = true
"""

STEP = """
  [[parts.steps]]
  name = "{name}"
  duration = {seconds}
"""

SIDED_STEP = """
  [[parts.steps]]
  name = "{name}"
  duration = {seconds}
  per_side = true
  switch = "{switch}s"
"""

# Calm: what most of a warm-up looks like (per-side stretches with pauses, no metronome).
CALM = """\
format = 1
name = "Benchmark: stretches"
lead_in = "3s"

[[parts]]
name = "Stretches"
transition = "5s"
{steps}
"""


def dense_routine() -> str:
    drills = "".join(
        STEP.format(name=f"Drill {i + 1}", seconds=seconds)
        for i, seconds in enumerate([4, 5, 6, 4, 5])
    )
    sides = "".join(SIDED_STEP.format(name=f"Swing {i + 1}", seconds=4, switch=1) for i in range(2))
    return DENSE.format(drills=drills, sides=sides)


def calm_routine() -> str:
    """About 40 s after a 3 s lead-in."""
    steps = "".join(
        SIDED_STEP.format(name=f"Stretch {i + 1}", seconds=8, switch=3) for i in range(2)
    )
    return CALM.format(steps=steps)


USER = """\
# A user's routine, generated for the library benchmark.
format = 1
name = "My warm-up {number}"
description = "Walk, jog, then dynamic stretches on both sides. Routine number {number}."
lead_in = "10s"

[[parts]]
name = "Jog"
transition = "0s"

  [[parts.steps]]
  name = "Brisk walk"
  duration = "1m"
  instructions = "Walk briskly with loose, swinging arms."

  [[parts.steps]]
  name = "Easy jog"
  duration = "{jog}m"
  instructions = "Conversational pace: you could talk in full sentences."
  metronome = true

[[parts]]
name = "Dynamic stretches"
transition = "15s"
{stretches}
"""

STRETCH = """
  [[parts.steps]]
  name = "Stretch {index}"
  duration = "40s"
  per_side = true
  switch = "5s"
  reps = "8-10 slow reps each side"
  instructions = "Move slowly through a comfortable range; widen it bit by bit, no bouncing."
"""


def write_user_routines(folder: Path, count: int) -> list[Path]:
    """``count`` realistic routines (two parts, eight steps) as user files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(1, count + 1):
        stretches = "".join(STRETCH.format(index=i) for i in range(1, 7))
        text = USER.format(number=number, jog=4 + number % 4, stretches=stretches)
        path = folder / f"user-routine-{number:02d}{ROUTINE_SUFFIX}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
