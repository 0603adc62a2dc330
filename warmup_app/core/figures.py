"""The moving figures' catalogue, without Qt: which ids exist, how each names the working side,
and the library that reads their keyframes from ``assets/figures/ID.json``.

The ids are fixed here, not read from the folder, so a routine file validates the same way
whether or not an asset is readable; a broken asset only means that step shows no figure (and
the log says why, once).

An asset (format 1) is a stick figure in a 100 x 100 box, y pointing down, the ground at 96::

    {"format": 1, "title": "Deep lunge", "loop_seconds": 4, "highlight": ["leg"],
     "wall": null, "frames": [{"head": [50, 14], "neck": [50, 23], ...}, ...]}

Every frame names every joint in :data:`JOINTS`. The unprefixed limbs (``knee``, ``hand``) are
the working side: drawn in front and highlighted when named in ``highlight``. A figure is drawn
for the LEFT side (and for steps without sides); the RIGHT side is its mirror image. The frames
are keyframes spread evenly over ``loop_seconds``; the movement eases between them and loops.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard

from warmup_app import paths

log = logging.getLogger(__name__)

FORMAT = 1
#: Joints of the stick figure. Unprefixed limbs are the working side; ``other_`` the far side.
JOINTS: tuple[str, ...] = (
    "head",
    "neck",
    "hip",
    "elbow",
    "hand",
    "knee",
    "foot",
    "toe",
    "other_elbow",
    "other_hand",
    "other_knee",
    "other_foot",
    "other_toe",
)
#: Limbs that ``highlight`` may name (the working side's).
HIGHLIGHTS = ("leg", "arm")
MAX_ASSET_BYTES = 64 * 1024
MAX_FRAMES = 32

Point = tuple[float, float]


@dataclass(frozen=True)
class FigureSpec:
    """What the app knows about a figure without reading its asset."""

    id: str
    title: str
    side_phrase: str


FIGURE_SPECS: tuple[FigureSpec, ...] = (
    FigureSpec("walk", "Brisk walk", "side"),
    FigureSpec("easy-jog", "Easy jog", "side"),
    FigureSpec("strides", "Strides", "side"),
    FigureSpec("walk-back", "Walk back", "side"),
    FigureSpec("deep-lunge", "Deep lunge", "leg forward"),
    FigureSpec("standing-quad", "Standing quad", "heel to buttock"),
    FigureSpec("standing-adductor", "Standing adductor", "knee bends"),
    FigureSpec("standing-tfl", "Standing TFL", "leg crosses behind"),
    FigureSpec("lying-glute", "Lying glute", "ankle across"),
    FigureSpec("standing-calf", "Standing calf", "leg back"),
)
_BY_ID = {spec.id: spec for spec in FIGURE_SPECS}


def figure_ids() -> tuple[str, ...]:
    """Every figure id a routine file may name."""
    return tuple(spec.id for spec in FIGURE_SPECS)


def figure_title(figure_id: str) -> str:
    """A short name for pickers ("Deep lunge"); the id itself when unknown."""
    spec = _BY_ID.get(figure_id)
    return spec.title if spec else figure_id


def side_phrase(figure_id: str | None) -> str:
    """What the working side does in this figure, after "LEFT"/"RIGHT" ("leg forward")."""
    spec = _BY_ID.get(figure_id) if figure_id else None
    return spec.side_phrase if spec else "side"


def unknown_figure_message(figure_id: str) -> str:
    """The validation message for an id that is not in the catalogue; lists the known ids."""
    return f"unknown figure {figure_id!r}; known figures: {', '.join(figure_ids())}"


@dataclass(frozen=True)
class Figure:
    """One loaded figure: keyframes and how to draw them."""

    id: str
    title: str
    loop_seconds: float
    highlight: frozenset[str]
    wall: float | None  # x of a wall or support to draw, if the exercise uses one
    frames: tuple[dict[str, Point], ...]

    def pose_at(self, seconds: float) -> dict[str, Point]:
        """The pose ``seconds`` into the loop: keyframes evenly spaced, eased between."""
        count = len(self.frames)
        if count == 1:
            return dict(self.frames[0])
        position = (seconds % self.loop_seconds) / self.loop_seconds * count
        index = int(position) % count
        fraction = position - int(position)
        eased = (1 - math.cos(math.pi * fraction)) / 2
        start, end = self.frames[index], self.frames[(index + 1) % count]
        return {
            joint: (
                start[joint][0] + (end[joint][0] - start[joint][0]) * eased,
                start[joint][1] + (end[joint][1] - start[joint][1]) * eased,
            )
            for joint in JOINTS
        }


class FigureAssetError(ValueError):
    """An asset that cannot be used; the message says what is wrong with it."""


def parse_figure(figure_id: str, data: Any) -> Figure:
    """Check an asset's decoded JSON and build the figure; :class:`FigureAssetError` if bad."""
    if not isinstance(data, dict):
        raise FigureAssetError("is not a JSON object")
    if data.get("format") != FORMAT:
        raise FigureAssetError(f"format must be {FORMAT}")
    loop = data.get("loop_seconds")
    if not _is_number(loop) or not 0.3 <= loop <= 30:
        raise FigureAssetError("loop_seconds must be a number from 0.3 to 30")
    highlight = data.get("highlight", [])
    if not isinstance(highlight, list) or not set(highlight) <= set(HIGHLIGHTS):
        raise FigureAssetError(f"highlight must list some of {', '.join(HIGHLIGHTS)}")
    wall = data.get("wall")
    if wall is not None and (not _is_number(wall) or not 0 <= wall <= 100):
        raise FigureAssetError("wall must be null or an x from 0 to 100")
    raw_frames = data.get("frames")
    if not isinstance(raw_frames, list) or not 1 <= len(raw_frames) <= MAX_FRAMES:
        raise FigureAssetError(f"frames must be a list of 1 to {MAX_FRAMES} poses")
    frames = tuple(_parse_frame(number, frame) for number, frame in enumerate(raw_frames))
    title = data.get("title", figure_title(figure_id))
    if not isinstance(title, str):
        raise FigureAssetError("title must be text")
    return Figure(
        figure_id,
        title,
        float(loop),
        frozenset(highlight),
        float(wall) if wall is not None else None,
        frames,
    )


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _parse_frame(number: int, frame: Any) -> dict[str, Point]:
    if not isinstance(frame, dict):
        raise FigureAssetError(f"frame {number} is not an object")
    missing = [joint for joint in JOINTS if joint not in frame]
    if missing:
        raise FigureAssetError(f"frame {number} lacks {', '.join(missing)}")
    extra = sorted(set(frame) - set(JOINTS))
    if extra:
        raise FigureAssetError(f"frame {number} has unknown joints {', '.join(extra)}")
    pose: dict[str, Point] = {}
    for joint in JOINTS:
        point = frame[joint]
        if (
            not isinstance(point, list)
            or len(point) != 2
            or not all(_is_number(v) and -10 <= v <= 110 for v in point)
        ):
            raise FigureAssetError(f"frame {number}: {joint} must be [x, y] within the box")
        pose[joint] = (float(point[0]), float(point[1]))
    return pose


def figures_dir() -> Path:
    return paths.assets_dir() / "figures"


class FigureLibrary:
    """Loads figures by id on first use and keeps them; a broken one is logged once, then None."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._loaded: dict[str, Figure | None] = {}

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else figures_dir()

    def get(self, figure_id: str | None) -> Figure | None:
        """The figure, or None for no id, an unknown id or an unreadable asset."""
        if figure_id is None:
            return None
        if figure_id not in self._loaded:
            self._loaded[figure_id] = self._load(figure_id)
        return self._loaded[figure_id]

    def _load(self, figure_id: str) -> Figure | None:
        if figure_id not in _BY_ID:
            log.warning("figure %r is not in the catalogue; no figure shown", figure_id)
            return None
        path = self.folder / f"{figure_id}.json"
        try:
            with path.open("rb") as file:
                raw = file.read(MAX_ASSET_BYTES + 1)
            if len(raw) > MAX_ASSET_BYTES:
                raise FigureAssetError(f"is larger than {MAX_ASSET_BYTES} bytes")
            return parse_figure(figure_id, json.loads(raw.decode("utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, FigureAssetError) as exc:
            log.warning("figure asset %s cannot be used (no figure shown): %s", path, exc)
            return None


@cache
def default_library() -> FigureLibrary:
    """The app's one library over the shipped assets."""
    return FigureLibrary()
