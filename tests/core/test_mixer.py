"""The mixer on synthetic time: every sound at its exact sample, whatever the block size."""

from __future__ import annotations

import itertools
from array import array

import pytest

from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import (
    FrameClock,
    Mixer,
    SoundEvent,
    Transport,
    sound_events,
)
from warmup_app.core.timeline import Cue

RATE = 1000  # one frame per millisecond keeps the expected offsets readable
TICK = array("h", [1000] * 5)
CLICK = array("h", [2000] * 3)
GO = array("h", [30000] * 20)


def make_mixer(*events: tuple[float, CueKind]) -> Mixer:
    mixer = Mixer(RATE)
    mixer.set_sounds({CueKind.COUNTDOWN: TICK, CueKind.METRONOME: CLICK, CueKind.GO: GO})
    mixer.set_events([SoundEvent(at, kind) for at, kind in events])
    return mixer


def samples(data: bytes) -> list[int]:
    out = array("h")
    out.frombytes(data)
    return list(out)


def run(mixer: Mixer, seconds: float, block: int, origin: float = 100.0) -> list[int]:
    """Render ``seconds`` of output in blocks of ``block`` frames, frame 0 heard at ``origin``."""
    heard: list[int] = []
    frames = 0
    while frames < round(seconds * RATE):
        heard += samples(mixer.render(block, origin + frames / RATE))
        frames += block
    return heard


def onsets(heard: list[int]) -> list[int]:
    return [i for i, s in enumerate(heard) if s and (i == 0 or not heard[i - 1])]


@pytest.mark.parametrize("block", [1, 7, 20, 48, 333])
def test_each_sound_starts_at_its_exact_sample_whatever_the_block(block: int) -> None:
    mixer = make_mixer((0.1, CueKind.COUNTDOWN), (0.2, CueKind.COUNTDOWN), (0.3571, CueKind.GO))
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.5, block)
    assert onsets(heard) == [100, 200, 357]
    assert heard[100:105] == list(TICK)
    assert heard[105] == 0
    assert heard[357:377] == list(GO)
    assert heard[377] == 0


def test_transport_anchor_maps_clock_to_session_time() -> None:
    mixer = make_mixer((5.0, CueKind.COUNTDOWN))
    # At clock 100 the session was at 4.9 s: the tick is heard 100 ms into the stream.
    mixer.set_transport(Transport(True, 4.9, 100.0), now=100.0)
    assert onsets(run(mixer, 0.3, 32)) == [100]


def test_pause_holds_sounds_and_resume_plays_them_at_the_new_time() -> None:
    mixer = make_mixer((0.1, CueKind.COUNTDOWN), (0.3, CueKind.COUNTDOWN))
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.2, 10)  # the first tick, then pause at 0.2 s
    mixer.set_transport(Transport(False, 0.2, 100.2), now=100.2)
    heard += run(mixer, 0.5, 10, origin=100.2)  # half a second of pause: nothing
    mixer.set_transport(Transport(True, 0.2, 100.7), now=100.7)  # resume
    heard += run(mixer, 0.3, 10, origin=100.7)
    assert onsets(heard) == [100, 800]  # 0.3 s is heard 0.1 s after resume
    assert mixer.started == 2


def test_jump_drops_stale_sounds_and_plays_the_one_at_the_new_offset() -> None:
    mixer = make_mixer(
        (0.05, CueKind.COUNTDOWN),
        (0.15, CueKind.COUNTDOWN),
        (10.0, CueKind.GO),
        (10.1, CueKind.COUNTDOWN),
    )
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.1, 10)
    mixer.set_transport(Transport(True, 10.0, 100.1), now=100.1)  # skip to the go at 10 s
    heard += run(mixer, 0.2, 10, origin=100.1)
    assert onsets(heard) == [50, 100, 200]  # 0.15 never plays; the go at once; then 10.1 s
    assert heard[100:120] == list(GO)


def test_jump_fades_a_sounding_voice_instead_of_cutting_it() -> None:
    long = array("h", [10000] * 500)
    mixer = Mixer(RATE)
    mixer.set_sounds({CueKind.GO: long})
    mixer.set_events([SoundEvent(0.0, CueKind.GO)])
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.1, 10)
    mixer.set_transport(Transport(True, 50.0, 100.1), now=100.1)
    heard += run(mixer, 0.1, 10, origin=100.1)
    tail = heard[100:110]
    assert tail[0] == 10000
    assert all(a > b for a, b in itertools.pairwise(tail[:5]))
    assert not any(heard[105:])


def test_stop_lets_the_last_sound_ring_out() -> None:
    mixer = make_mixer((0.0, CueKind.GO))
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.01, 10)
    mixer.set_transport(None, now=100.01)  # finished
    heard += run(mixer, 0.05, 10, origin=100.01)
    assert heard[:20] == list(GO)


def test_volume_scales_and_mute_silences_without_replaying() -> None:
    mixer = make_mixer((0.01, CueKind.GO), (0.05, CueKind.GO), (0.09, CueKind.GO))
    mixer.set_volume(0.5)
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.04, 10)
    mixer.set_muted(True)
    heard += run(mixer, 0.04, 10, origin=100.04)
    mixer.set_muted(False)
    mixer.set_volume(1.0)
    heard += run(mixer, 0.04, 10, origin=100.08)
    assert heard[10:30] == [15000] * 20
    assert not any(heard[30:90])
    assert heard[90:110] == list(GO)
    assert mixer.started == 3


def test_latency_plays_every_sound_earlier() -> None:
    mixer = make_mixer((0.3, CueKind.COUNTDOWN), (0.5, CueKind.COUNTDOWN))
    mixer.set_latency(0.25)
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    assert onsets(run(mixer, 0.6, 16)) == [50, 250]


def test_latency_longer_than_the_time_left_plays_at_once_not_never() -> None:
    mixer = make_mixer((0.1, CueKind.COUNTDOWN))
    mixer.set_latency(0.2)
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    assert onsets(run(mixer, 0.1, 10)) == [0]


def test_overlapping_sounds_add_and_clip() -> None:
    mixer = make_mixer((0.0, CueKind.GO), (0.01, CueKind.GO))
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.04, 8)
    assert heard[:10] == [30000] * 10
    assert heard[10:20] == [32767] * 10  # 60000 clipped
    assert heard[20:30] == [30000] * 10


def test_nothing_before_a_transport_and_a_stall_drops_stale_sounds() -> None:
    mixer = make_mixer((0.1, CueKind.COUNTDOWN), (1.0, CueKind.COUNTDOWN), (1.5, CueKind.COUNTDOWN))
    assert not any(run(mixer, 0.2, 10))
    mixer.set_transport(Transport(True, 0.0, 100.0), now=100.0)
    heard = run(mixer, 0.05, 10)
    # The machine stalls for 1.3 s: the ticks at 0.1 and 1.0 are stale, 1.5 s still plays.
    heard2 = samples(mixer.render(400, 101.35))
    assert not any(heard)
    assert onsets(heard2) == [150]
    assert mixer.started == 1


def test_sound_events_pick_one_sound_per_instant() -> None:
    cues = [
        Cue(CueKind.GO, 10.0, 0, 0, None),
        Cue(CueKind.PART_START, 10.0, 0, 0, None),
        Cue(CueKind.NEXT_UP, 12.0, 0, 0, None, "Next"),
        Cue(CueKind.METRONOME, 13.0, 0, 0, None),
        Cue(CueKind.SWITCH_SIDES, 13.02, 0, 0, None),
    ]
    assert sound_events(cues) == [
        SoundEvent(10.0, CueKind.PART_START),
        SoundEvent(13.0, CueKind.SWITCH_SIDES),
    ]


def test_frame_clock_ignores_pull_jitter_and_resyncs_after_an_underrun() -> None:
    clock = FrameClock(RATE, resync_s=0.05, slew=0.0)
    assert clock.next_block(10, now=5.0, queued_frames=0) == 5.0
    # Pulls come early or late by several ms: the frame mapping does not move.
    assert clock.next_block(10, now=5.003, queued_frames=5) == pytest.approx(5.010)
    assert clock.next_block(10, now=5.041, queued_frames=2) == pytest.approx(5.020)
    # A 100 ms underrun: frames now play later than the mapping says, so it re-anchors.
    assert clock.next_block(10, now=5.130, queued_frames=0) == pytest.approx(5.130)
    assert clock.next_block(10, now=5.135, queued_frames=5) == pytest.approx(5.140)
    assert clock.resyncs == 1


def test_frame_clock_follows_a_slowly_drifting_device_without_jumps() -> None:
    clock = FrameClock(RATE, resync_s=0.05, slew=0.01)
    # The device runs 0.1 % slow: frame n is heard at n * 1.001 ms.
    times = [clock.next_block(10, now=n * 10 * 1.001 / RATE, queued_frames=0) for n in range(2000)]
    steps = [b - a for a, b in itertools.pairwise(times)]
    assert clock.resyncs == 0
    assert max(abs(s - 0.010) for s in steps) < 0.0001  # never more than 0.1 ms per block
    assert abs(times[-1] - 1999 * 10 * 1.001 / RATE) < 0.005  # and it keeps up


def test_frame_clock_holds_through_a_shift_in_the_report_and_moves_on_a_reported_gap() -> None:
    """The report moved 50 ms for good when a second stream joined the server, while what was
    heard did not move: the mapping stays. An underrun the output reports moves it by what was
    lost beyond the report's usual disagreement, not by the disagreement itself."""
    clock = FrameClock(RATE, resync_s=0.25)
    assert clock.next_block(10, now=5.0, queued_frames=0) == 5.0
    shifted = round(0.050 * RATE)  # the report now says 50 ms more is queued ahead of each block
    block = 10 / RATE
    for n in range(1, 200):
        assert clock.next_block(10, now=5.0 + n * block, queued_frames=shifted) == (
            pytest.approx(5.0 + n * block)
        )
    assert clock.resyncs == 0
    clock.gap()  # the output ran dry for 80 ms; the report keeps its 50 ms bias
    late = 5.0 + 200 * block + 0.080
    assert clock.next_block(10, now=late, queued_frames=shifted) == pytest.approx(late)
    assert clock.resyncs == 1
    # A reported gap with nothing lost leaves the mapping alone.
    clock.gap()
    expected = late + block
    assert clock.next_block(10, now=expected, queued_frames=shifted) == pytest.approx(expected)
    assert clock.resyncs == 1
    # The next blocks follow the moved mapping without moving again.
    for n in range(2, 50):
        now = late + n * block
        assert clock.next_block(10, now=now, queued_frames=shifted) == pytest.approx(now)
    assert clock.resyncs == 1
