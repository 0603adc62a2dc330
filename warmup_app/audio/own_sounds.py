"""A runner's own cue sounds: checked, converted and stored beside the built-in ones.

WAV is always accepted; MP3, OGG, Opus and FLAC when ffmpeg is installed (it decodes them).
An imported sound is made mono 48 kHz 16-bit, its leading and trailing silence trimmed, its
loudness brought to that of the built-in cues. Anything
that can't be used raises :class:`OwnSoundError`, whose text is meant for the user; at run time
:func:`cue_sounds` falls back to the built-in sound for a kind whose own sound is gone or broken.
"""

from __future__ import annotations

import io
import logging
import shutil
import struct
import subprocess
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from warmup_app.audio.synth import (
    PEAK_DBFS,
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    wav_bytes,
)
from warmup_app.core.atomic import write_bytes
from warmup_app.core.cues import CueKind
from warmup_app.core.user_files import MISSING, UserFileError, read_user_file
from warmup_app.gui.common.text import cue_name
from warmup_app.paths import user_paths

# Literal contexts and texts, so pyside6-lupdate finds every one of them.
translate = QCoreApplication.translate

if TYPE_CHECKING:  # pydub is imported where a file is converted, not at start-up
    from pydub import AudioSegment

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
MAX_SECONDS = 10.0
WAV_SUFFIXES = (".wav", ".wave")
FFMPEG_SUFFIXES = (".mp3", ".ogg", ".oga", ".opus", ".flac")
TARGET_RMS_DBFS = -14.0  # loud, like the built-in tones, while PEAK_DBFS keeps the headroom
SILENCE_DBFS = -50.0  # quieter than this at the start or end is trimmed away
_DECODE_LIMIT_S = 60  # never decode more than this: the limit is 10 s after trimming
_FFMPEG_TIMEOUT_S = 30
_FADE_MS = 5  # the cut ends of a trimmed sound would otherwise click
_WAVE_FORMAT_PCM = 1
_WAVE_FORMAT_EXTENSIBLE = 0xFFFE


class OwnSoundError(Exception):
    """A chosen sound can't be used; ``str(error)`` says why, in words for the user."""


def ffmpeg_available() -> bool:
    return shutil.which("ffmpeg") is not None


def accepted_suffixes() -> tuple[str, ...]:
    """File types the import accepts here (for the file dialog's filter)."""
    return WAV_SUFFIXES + (FFMPEG_SUFFIXES if ffmpeg_available() else ())


def own_sounds_dir() -> Path:
    """Where imported sounds are kept: user data, not cache (they can't be rendered again)."""
    return user_paths().data / "sounds"


def own_sound_path(folder: Path, kind: CueKind) -> Path:
    return folder / f"{kind.value}.wav"


def import_own_sound(source: Path, kind: CueKind, folder: Path | None = None) -> Path:
    """Convert ``source`` into the stored sound for ``kind`` and return its path.

    On any problem raise :class:`OwnSoundError` and leave the stored sound as it was.
    """
    sound = _prepared(_decoded(source))
    target = own_sound_path(folder if folder is not None else own_sounds_dir(), kind)
    write_bytes(target, wav_bytes(sound))
    log.info("imported %s as the %s sound (%d ms)", source, kind.value, len(sound))
    return target


def _decoded(source: Path) -> AudioSegment:
    """``source`` as audio, after the checks that need no decoding."""
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise OwnSoundError(
            translate("OwnSounds", "The file {name} was not found.").format(name=source)
        ) from None
    except OSError as error:
        raise OwnSoundError(
            translate("OwnSounds", "The file {name} could not be opened: {reason}").format(
                name=source, reason=error.strerror
            )
        ) from error
    if not source.is_file():
        raise OwnSoundError(translate("OwnSounds", "{name} is not a file.").format(name=source))
    if size == 0:
        raise OwnSoundError(
            translate("OwnSounds", "The file {name} is empty.").format(name=source.name)
        )
    if size > MAX_BYTES:
        raise OwnSoundError(
            translate(
                "OwnSounds", "The file is {size:.1f} MB; a cue sound can be at most {limit} MB."
            ).format(size=size / 1024 / 1024, limit=MAX_BYTES // 1024 // 1024)
        )
    suffix = source.suffix.lower()
    if suffix in WAV_SUFFIXES:
        return _decoded_wav(source)
    if suffix in FFMPEG_SUFFIXES:
        if not ffmpeg_available():
            raise OwnSoundError(
                translate(
                    "OwnSounds",
                    "MP3, OGG and FLAC files need ffmpeg, which is not installed. "
                    "Choose a WAV file, or install ffmpeg.",
                )
            )
        return _decoded_by_ffmpeg(source)
    kinds = ", ".join(s.lstrip(".").upper() for s in accepted_suffixes())
    raise OwnSoundError(
        translate(
            "OwnSounds", "{name} is not a sound file this app can use. Choose a {kinds} file."
        ).format(name=source.name, kinds=kinds)
    )


def _wav_is_integer_pcm(data: bytes) -> bool:
    """True for RIFF/WAVE whose samples are integer PCM, plain or WAVE_FORMAT_EXTENSIBLE.

    pydub takes any EXTENSIBLE file for integer PCM and would turn float samples into noise.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return False
    offset = 12
    while offset + 8 <= len(data):
        chunk_id = data[offset : offset + 4]
        (size,) = struct.unpack_from("<I", data, offset + 4)
        if chunk_id == b"fmt ":
            if size < 16 or offset + 8 + size > len(data):
                return False
            (tag,) = struct.unpack_from("<H", data, offset + 8)
            if tag == _WAVE_FORMAT_EXTENSIBLE and size >= 40:
                (tag,) = struct.unpack_from("<H", data, offset + 8 + 24)  # SubFormat GUID
            return bool(tag == _WAVE_FORMAT_PCM)
        offset += 8 + size + (size & 1)
    return False


def _decoded_wav(source: Path) -> AudioSegment:
    from pydub import AudioSegment

    data = _read_guarded(source, MAX_BYTES)
    if _wav_is_integer_pcm(data):
        try:
            return AudioSegment(data=data)
        except Exception as error:  # pydub's parser fails in many ways on junk
            log.info("pydub could not read %s (%r)", source, error)
    # ffmpeg also reads float, ADPCM, A-law and other WAV flavours, and damaged headers.
    if ffmpeg_available():
        return _decoded_by_ffmpeg(source)
    raise OwnSoundError(
        translate(
            "OwnSounds",
            "{name} is not a WAV file this app can read. It may be damaged, or use a WAV "
            "flavour that needs ffmpeg (not installed).",
        ).format(name=source.name)
    )


def _decoded_by_ffmpeg(source: Path) -> AudioSegment:
    from pydub import AudioSegment

    """Decode with ffmpeg straight to mono 48 kHz 16-bit raw samples."""
    command = [
        "ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
        "-i", str(source),
        "-map", "0:a:0", "-vn", "-t", str(_DECODE_LIMIT_S),
        "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "s16le", "-acodec", "pcm_s16le", "-",
    ]  # fmt: skip
    unreadable = translate(
        "OwnSounds", "{name} could not be read as sound. It may be damaged, or not audio."
    )
    try:
        result = subprocess.run(
            command, capture_output=True, timeout=_FFMPEG_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise OwnSoundError(unreadable.format(name=source.name)) from None
    if result.returncode != 0:
        log.info("ffmpeg could not decode %s: %s", source, result.stderr[-500:])
        raise OwnSoundError(unreadable.format(name=source.name))
    return AudioSegment(
        data=result.stdout, sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1
    )


def _prepared(sound: AudioSegment) -> AudioSegment:
    from pydub.silence import detect_leading_silence

    """Mono 48 kHz 16-bit, silence trimmed, loudness normalised, checked for length."""
    sound = sound.set_channels(1).set_frame_rate(SAMPLE_RATE).set_sample_width(SAMPLE_WIDTH)
    if len(sound) == 0:
        raise OwnSoundError(translate("OwnSounds", "The file contains no sound."))
    start = detect_leading_silence(sound, silence_threshold=SILENCE_DBFS, chunk_size=1)
    if start >= len(sound):
        raise OwnSoundError(translate("OwnSounds", "The file is silent."))
    end = len(sound) - detect_leading_silence(
        sound.reverse(), silence_threshold=SILENCE_DBFS, chunk_size=1
    )
    sound = sound[start:end]
    seconds = len(sound) / 1000
    if seconds > MAX_SECONDS:
        raise OwnSoundError(
            translate(
                "OwnSounds",
                "The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.",
            ).format(seconds=seconds, limit=MAX_SECONDS)
        )
    gain = min(TARGET_RMS_DBFS - sound.dBFS, PEAK_DBFS - sound.max_dBFS)
    sound = sound.apply_gain(gain)
    fade = min(_FADE_MS, len(sound) // 4)
    return sound.fade_in(fade).fade_out(fade)


def _read_guarded(path: Path, limit: int) -> bytes:
    """The shared guarded read (regular files only, never blocking, at most ``limit`` bytes)."""
    try:
        return read_user_file(path, limit)
    except UserFileError as error:
        raise OwnSoundError(
            translate("OwnSounds", "The file {name} could not be used: it {reason}.").format(
                name=path, reason=error.reason
            )
        ) from error


#: A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus room for the 3 s of
#: silence that sounds imported by earlier versions end with (the stream cuts it off).
_MAX_STORED_BYTES = int((MAX_SECONDS + 10) * SAMPLE_RATE * SAMPLE_WIDTH) + 4096


def check_own_sound(path: Path) -> None:
    """Raise :class:`OwnSoundError` unless ``path`` is still a playable imported sound.

    Read through the guarded reader: a FIFO or a device put in its place never blocks a start.
    """
    try:
        data = read_user_file(path, _MAX_STORED_BYTES)
    except UserFileError as error:
        if error.reason == MISSING:
            raise OwnSoundError(translate("OwnSounds", "the file is missing")) from None
        raise OwnSoundError(
            translate("OwnSounds", "the file {reason}").format(reason=error.reason)
        ) from None
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            frames = reader.getnframes()
            shape = (reader.getnchannels(), reader.getsampwidth(), reader.getframerate())
    except FileNotFoundError:
        raise OwnSoundError(translate("OwnSounds", "the file is missing")) from None
    except (OSError, EOFError, wave.Error):
        raise OwnSoundError(translate("OwnSounds", "the file is damaged")) from None
    if frames == 0 or shape != (1, SAMPLE_WIDTH, SAMPLE_RATE):
        raise OwnSoundError(translate("OwnSounds", "the file is damaged"))


def cue_sounds(
    builtin: Mapping[CueKind, Path], own: Mapping[CueKind, Path]
) -> tuple[dict[CueKind, Path], list[str]]:
    """The file to play for each kind: the runner's own where it is usable, else built-in.

    Returns the paths and one message per own sound that had to be replaced.
    """
    chosen = dict(builtin)
    problems = []
    for kind, path in own.items():
        try:
            check_own_sound(path)
        except OwnSoundError as error:
            problems.append(
                translate(
                    "OwnSounds",
                    "Your sound for \u201c{cue}\u201d can't be used ({reason}); "
                    "the built-in sound plays instead.",
                ).format(cue=cue_name(kind), reason=error)
            )
            log.warning("own sound for %s unusable (%s): %s", kind.value, error, path)
            continue
        chosen[kind] = path
    return chosen, problems
