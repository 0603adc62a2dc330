"""A stream player that says its output is open, for tests of what is mixed (no sound server)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warmup_app.audio import stream as audio_stream
from warmup_app.audio.stream import StreamPlayer
from warmup_app.core.mixer import SAMPLE_RATE


class OpenStream(StreamPlayer):
    """A stream player that says its output is open, without a sound server; records
    ``keep_awake`` calls instead of opening anything."""

    def __init__(self, parent: QObject | None = None, **kwargs: object) -> None:
        super().__init__(parent, has_output=lambda: True, **kwargs)  # type: ignore[arg-type]
        self.awake: list[bool] = []

    def wait_ready(self, timeout_ms: int) -> bool:
        return True

    def keep_awake(self, on: bool) -> None:
        self.awake.append(on)

    def heard(self, heard_at: float, seconds: float = 0.05) -> memoryview:
        """The samples of a block heard from ``heard_at`` on (as the stream asks: the block's
        clock is its hearing time minus the stream's margin)."""
        frames = round(seconds * SAMPLE_RATE)
        return memoryview(self.mixer.render(frames, heard_at - audio_stream.LEAD_S)).cast("h")

    def first_sample(self, heard_at: float) -> int | None:
        """Where in a 50 ms block heard from ``heard_at`` the first sound starts."""
        return next((i for i, s in enumerate(self.heard(heard_at)) if s != 0), None)
