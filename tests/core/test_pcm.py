"""Converting a speech engine's PCM to the mixer's mono 16-bit at 48 kHz."""

from __future__ import annotations

import math
from array import array

import pytest

from warmup_app.core.pcm import SampleFormat, to_mixer_format


def test_mono_16_bit_at_the_mixer_rate_passes_through_unchanged() -> None:
    data = array("h", [0, 1, -1, 32767, -32768, 1234])
    assert list(to_mixer_format(data.tobytes(), 48_000, 1, SampleFormat.INT16)) == list(data)


def test_channels_are_averaged_and_a_partial_frame_dropped() -> None:
    data = array("h", [1000, 3000, -2000, 2000, 7]).tobytes()
    assert list(to_mixer_format(data, 48_000, 2, SampleFormat.INT16)) == [2000, 0]


@pytest.mark.parametrize(
    ("fmt", "values", "expected"),
    [
        (SampleFormat.FLOAT, [0.5, -1.0, 1.0, 2.0], [16384, -32768, 32767, 32767]),
        (SampleFormat.UINT8, [128, 0, 255, 192], [0, -32768, 32512, 16384]),
        (SampleFormat.INT32, [1 << 30, -(1 << 31)], [16384, -32768]),
    ],
)
def test_other_sample_formats_scale_to_16_bit(
    fmt: SampleFormat, values: list[float], expected: list[int]
) -> None:
    data = array(fmt.value, values).tobytes()
    assert list(to_mixer_format(data, 48_000, 1, fmt)) == expected


def test_another_rate_is_resampled_keeping_length_and_pitch() -> None:
    rate, freq = 22_050, 441.0
    tone = array("h", [round(10000 * math.sin(2 * math.pi * freq * n / rate)) for n in range(rate)])
    out = to_mixer_format(tone.tobytes(), rate, 1, SampleFormat.INT16)
    assert len(out) == 48_000  # one second stays one second
    # The same tone: a zero crossing upwards every 1/441 s, i.e. every ~108.8 output samples.
    ups = [i for i in range(1, len(out)) if out[i - 1] < 0 <= out[i]]
    assert len(ups) in (440, 441)
    assert max(out) == pytest.approx(10000, abs=60)


def test_nothing_in_nothing_out_and_a_bad_layout_is_refused() -> None:
    assert len(to_mixer_format(b"", 22_050, 1, SampleFormat.INT16)) == 0
    with pytest.raises(ValueError, match="bad PCM layout"):
        to_mixer_format(b"\0\0", 0, 1, SampleFormat.INT16)
    with pytest.raises(ValueError, match="bad PCM layout"):
        to_mixer_format(b"\0\0", 48_000, 0, SampleFormat.INT16)
