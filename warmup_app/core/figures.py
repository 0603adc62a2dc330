"""The moving figures' catalogue, without Qt: which ids exist and how each names the working side.

(Interface first: the figure assets and their validation come with the figures work.)
"""

from __future__ import annotations


def figure_ids() -> tuple[str, ...]:
    """Every figure id a routine file may name."""
    return ()


def side_phrase(figure_id: str | None) -> str:
    """What the working side does in this figure, after "LEFT"/"RIGHT" ("leg forward")."""
    return "side"
