"""Raw PCM from elsewhere (a speech engine's rendering) into the mixer's format.

Why: the mixer plays mono signed 16-bit at one rate (:data:`warmup_app.core.mixer.SAMPLE_RATE`);
a speech engine hands over whatever its voice produces (22.05 kHz mono 16-bit for espeak,
stereo float elsewhere). Converting once, before a line is due, keeps the output thread to
plain copying. No Qt: the caller names the sample format.
"""

from __future__ import annotations

from array import array
from enum import Enum

from warmup_app.core.mixer import SAMPLE_RATE


class SampleFormat(Enum):
    """The sample formats Qt's audio uses (``QAudioFormat.SampleFormat``), native byte order."""

    UINT8 = "B"
    INT16 = "h"
    INT32 = "i"
    FLOAT = "f"


#: Full scale of each format, to bring it to -1..1.
_SCALE = {
    SampleFormat.UINT8: 128.0,
    SampleFormat.INT16: 32768.0,
    SampleFormat.INT32: 2147483648.0,
    SampleFormat.FLOAT: 1.0,
}


def to_mixer_format(
    data: bytes, rate: int, channels: int, fmt: SampleFormat, out_rate: int = SAMPLE_RATE
) -> array[int]:
    """``data`` (interleaved frames) as mono signed 16-bit at ``out_rate``.

    Channels are averaged; another rate is resampled by linear interpolation (speech has
    little above 8 kHz, so its images are inaudible next to the cues). A trailing partial
    frame is dropped. Raises ValueError for a rate or channel count below 1.
    """
    if rate < 1 or channels < 1 or out_rate < 1:
        raise ValueError(f"bad PCM layout: {rate} Hz, {channels} channels")
    raw = array(fmt.value)
    if raw.itemsize != _itemsize(fmt):
        raise ValueError(f"{fmt.name} samples are not {_itemsize(fmt)} bytes here")
    usable = len(data) - len(data) % (raw.itemsize * channels)
    raw.frombytes(data[:usable])
    offset = 128.0 if fmt is SampleFormat.UINT8 else 0.0
    scale = 32768.0 / (_SCALE[fmt] * channels)  # 16-bit mono passes through unchanged
    if channels == 1:
        mono = [(s - offset) * scale for s in raw]
    else:
        mono = [
            (sum(raw[i : i + channels]) - offset * channels) * scale
            for i in range(0, len(raw), channels)
        ]
    if rate != out_rate and mono:
        mono = _resample(mono, rate, out_rate)
    return array("h", [_clip16(v) for v in mono])


def _itemsize(fmt: SampleFormat) -> int:
    return {"B": 1, "h": 2, "i": 4, "f": 4}[fmt.value]


def _resample(values: list[float], rate: int, out_rate: int) -> list[float]:
    count = max(1, round(len(values) * out_rate / rate))
    step = rate / out_rate
    last = len(values) - 1
    out = []
    for n in range(count):
        pos = n * step
        i = int(pos)
        if i >= last:
            out.append(values[last])
            continue
        frac = pos - i
        out.append(values[i] + (values[i + 1] - values[i]) * frac)
    return out


def _clip16(value: float) -> int:
    v = round(value)
    return 32767 if v > 32767 else -32768 if v < -32768 else v
