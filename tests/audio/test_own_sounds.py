"""Importing a runner's own cue sounds, and falling back to the built-in ones."""

from __future__ import annotations

import itertools
import math
import struct
import subprocess
from pathlib import Path

import pytest
from pydub import AudioSegment
from pydub.generators import Sine, WhiteNoise

from warmup_app.audio import own_sounds
from warmup_app.audio.own_sounds import (
    MAX_BYTES,
    OwnSoundError,
    accepted_suffixes,
    cue_sounds,
    import_own_sound,
    own_sound_path,
    own_sounds_dir,
)
from warmup_app.audio.synth import SAMPLE_RATE, SynthSettings, render_cue_set
from warmup_app.core.cues import CueKind
from warmup_app.paths import user_paths


def _tone(ms: int, *, rate: int = 44_100, gain: float = -30.0, channels: int = 2) -> AudioSegment:
    tone = Sine(440, sample_rate=rate).to_audio_segment(duration=ms, volume=gain)
    return tone.set_channels(channels)


def _write(sound: AudioSegment, path: Path, fmt: str = "wav") -> Path:
    sound.export(path, format=fmt).close()
    return path


def _stored(path: Path) -> AudioSegment:
    """The imported sound, checked to end with its sound (no silent tail)."""
    sound = AudioSegment(data=path.read_bytes())
    assert set(sound[-10:].get_array_of_samples()) != {0}
    return sound


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "own"


def test_wav_is_converted_trimmed_and_normalised(tmp_path: Path, folder: Path) -> None:
    quiet = AudioSegment.silent(700, frame_rate=44_100).set_channels(2) + _tone(1500)
    source = _write(quiet + AudioSegment.silent(400, frame_rate=44_100), tmp_path / "bell.wav")
    stored = import_own_sound(source, CueKind.GO, folder)
    assert stored == own_sound_path(folder, CueKind.GO) == folder / "go.wav"
    sound = _stored(stored)
    assert (sound.channels, sound.frame_rate, sound.sample_width) == (1, 48_000, 2)
    assert len(sound) == pytest.approx(1500, abs=15)  # 700 ms before and 400 ms after: gone
    assert sound.dBFS == pytest.approx(own_sounds.TARGET_RMS_DBFS, abs=0.5)  # was about -33
    assert sound.max_dBFS <= -1.0 + 0.05


def test_loud_noise_is_turned_down_to_the_target(tmp_path: Path, folder: Path) -> None:
    noise = WhiteNoise(sample_rate=48_000).to_audio_segment(duration=800, volume=-0.1)
    stored = import_own_sound(_write(noise, tmp_path / "noise.wav"), CueKind.FINISH, folder)
    assert _stored(stored).dBFS == pytest.approx(own_sounds.TARGET_RMS_DBFS, abs=0.5)


def test_a_peaky_sound_is_limited_not_clipped(tmp_path: Path, folder: Path) -> None:
    """A quiet tone with one full-scale click: raising it to the target would clip."""
    quiet = _tone(800, rate=48_000, gain=-40.0, channels=1)
    samples = quiet.get_array_of_samples()
    samples[20_000] = 32767
    spiky = quiet._spawn(samples)
    stored = import_own_sound(_write(spiky, tmp_path / "spike.wav"), CueKind.FINISH, folder)
    sound = _stored(stored)
    assert sound.max_dBFS == pytest.approx(-1.0, abs=0.1)
    assert sound.dBFS < own_sounds.TARGET_RMS_DBFS - 3
    assert max(abs(s) for s in sound.get_array_of_samples()) < 32767


def test_the_limit_counts_after_trimming(tmp_path: Path, folder: Path) -> None:
    padded = AudioSegment.silent(3000, frame_rate=44_100).set_channels(2) + _tone(9000)
    stored = import_own_sound(_write(padded, tmp_path / "long-lead.wav"), CueKind.GO, folder)
    assert len(_stored(stored)) == pytest.approx(9000, abs=15)


def test_too_long_is_refused(tmp_path: Path, folder: Path) -> None:
    source = _write(_tone(10_500, rate=8000, channels=1), tmp_path / "long.wav")
    with pytest.raises(OwnSoundError, match=r"lasts 10\.5 s; a cue sound can be at most 10 s"):
        import_own_sound(source, CueKind.GO, folder)
    assert not folder.exists()


def test_too_big_is_refused_before_reading(tmp_path: Path, folder: Path) -> None:
    source = tmp_path / "huge.wav"
    with source.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 10 MB written
    with pytest.raises(OwnSoundError, match=r"10\.0 MB; a cue sound can be at most 10 MB"):
        import_own_sound(source, CueKind.GO, folder)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.wav", b"", "is empty"),
        ("notes.wav", b"Just some text, not audio at all.\n" * 20, "could not be read"),
        ("cut.wav", b"RIFF\x24\x00\x00\x00WAVEfmt ", "could not be read"),
        ("song.mp3", b"ID3 but then nothing like an mp3 frame" * 10, "could not be read"),
        ("notes.txt", b"hello", "not a sound file this app can use"),
    ],
)
def test_bad_files_are_refused_clearly(
    tmp_path: Path, folder: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(OwnSoundError, match=message) as refused:
        import_own_sound(source, CueKind.GO, folder)
    assert "Traceback" not in str(refused.value)
    assert "<" not in str(refused.value)  # plain text, never markup


def test_missing_file_and_folder(tmp_path: Path, folder: Path) -> None:
    with pytest.raises(OwnSoundError, match="was not found"):
        import_own_sound(tmp_path / "gone.wav", CueKind.GO, folder)
    with pytest.raises(OwnSoundError, match="is not a file"):
        import_own_sound(tmp_path, CueKind.GO, folder)


def test_silence_is_refused(tmp_path: Path, folder: Path) -> None:
    source = _write(AudioSegment.silent(2000, frame_rate=48_000), tmp_path / "quiet.wav")
    with pytest.raises(OwnSoundError, match="silent"):
        import_own_sound(source, CueKind.GO, folder)


def test_a_failed_import_keeps_the_previous_sound(tmp_path: Path, folder: Path) -> None:
    good = import_own_sound(_write(_tone(500), tmp_path / "a.wav"), CueKind.GO, folder)
    before = good.read_bytes()
    broken = tmp_path / "b.wav"
    broken.write_bytes(b"RIFF....garbage")
    with pytest.raises(OwnSoundError):
        import_own_sound(broken, CueKind.GO, folder)
    assert good.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["go.wav"]


@pytest.mark.parametrize("fmt", ["mp3", "ogg", "flac"])
def test_compressed_formats_with_ffmpeg(tmp_path: Path, folder: Path, fmt: str) -> None:
    assert own_sounds.ffmpeg_available(), "make test installs ffmpeg"
    source = tmp_path / f"chime.{fmt}"
    _write(AudioSegment.silent(300, frame_rate=44_100).set_channels(2) + _tone(1200), source, fmt)
    sound = _stored(import_own_sound(source, CueKind.PART_START, folder))
    assert sound.frame_rate == 48_000
    assert len(sound) == pytest.approx(1200, abs=60)  # encoders pad a few ms


def test_float_wav_goes_through_ffmpeg(tmp_path: Path, folder: Path) -> None:
    source = tmp_path / "float.wav"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=660:duration=0.5",
         "-c:a", "pcm_f32le", str(source)],
        check=True,
    )  # fmt: skip
    data = source.read_bytes()
    tag = struct.unpack_from("<H", data, 20)[0]
    if tag == 0xFFFE:  # WAVE_FORMAT_EXTENSIBLE: the real tag is in the SubFormat GUID
        tag = struct.unpack_from("<H", data, 44)[0]
    assert tag == 3  # IEEE float: pydub alone would read it as integers, i.e. noise
    sound = _stored(import_own_sound(source, CueKind.HALFWAY, folder))
    assert len(sound) == pytest.approx(500, abs=20)
    samples = sound.get_array_of_samples()
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    assert crossings / 2 / (len(sound) / 1000) == pytest.approx(660, rel=0.03)


def test_without_ffmpeg(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mp3 = _write(_tone(500), tmp_path / "beep.mp3", "mp3")
    monkeypatch.setattr(own_sounds.shutil, "which", lambda name: None)
    assert accepted_suffixes() == (".wav", ".wave")
    with pytest.raises(OwnSoundError, match="need ffmpeg, which is not installed"):
        import_own_sound(mp3, CueKind.GO, folder)
    # WAV still works without it; an odd WAV gets a message that names the cause.
    assert import_own_sound(_write(_tone(500), tmp_path / "beep.wav"), CueKind.GO, folder)
    odd = tmp_path / "odd.wav"
    odd.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunk")
    with pytest.raises(OwnSoundError, match="needs ffmpeg"):
        import_own_sound(odd, CueKind.GO, folder)


def test_accepted_suffixes_with_ffmpeg() -> None:
    assert {".wav", ".mp3", ".ogg", ".flac"} <= set(accepted_suffixes())


def test_default_folder_is_user_data() -> None:
    assert own_sounds_dir() == user_paths().data / "sounds"


def test_run_time_fallback_to_built_in(tmp_path: Path, folder: Path) -> None:
    builtin = render_cue_set(tmp_path / "cache", SynthSettings())
    mine = import_own_sound(_write(_tone(600), tmp_path / "mine.wav"), CueKind.GO, folder)
    damaged = own_sound_path(folder, CueKind.FINISH)
    damaged.write_bytes(b"RIFF broken")
    own = {
        CueKind.GO: mine,
        CueKind.FINISH: damaged,
        CueKind.HALFWAY: own_sound_path(folder, CueKind.HALFWAY),  # deleted since
    }
    chosen, problems = cue_sounds(builtin, own)
    assert chosen[CueKind.GO] == mine
    assert chosen[CueKind.FINISH] == builtin[CueKind.FINISH]
    assert chosen[CueKind.HALFWAY] == builtin[CueKind.HALFWAY]
    assert chosen[CueKind.COUNTDOWN] == builtin[CueKind.COUNTDOWN]
    assert len(problems) == 2
    assert any("Finish" in p and "damaged" in p for p in problems)
    assert any("Halfway" in p and "missing" in p for p in problems)
    assert all("built-in sound plays instead" in p for p in problems)


def test_imported_sound_decodes_for_the_stream_at_its_length(tmp_path: Path, folder: Path) -> None:
    from warmup_app.audio.stream import decode_wav

    stored = import_own_sound(_write(_tone(750), tmp_path / "t.wav"), CueKind.GO, folder)
    samples = decode_wav(stored)
    assert samples is not None
    assert len(samples) / SAMPLE_RATE == pytest.approx(0.750, abs=0.015)
    assert math.isfinite(AudioSegment(data=stored.read_bytes()).dBFS)
