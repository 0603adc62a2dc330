"""Fixtures for the audio tests: the PulseAudio null sink lives in tests/pulse_sink.py so the
end-to-end tests can use it too."""

from __future__ import annotations

from pulse_sink import pulse_sink as pulse_sink
