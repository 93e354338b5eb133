"""Rendered sounds kept as WAV files in the cache folder, keyed by the synthesis version."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mat_companion.audio.mixer import Samples

import io
import logging
import wave
from collections.abc import Iterable
from pathlib import Path

from mat_companion.core.files import StorageError, write_atomic

log = logging.getLogger(__name__)


def cached_path(cache_dir: Path, name: str) -> Path:
    """Where the rendered sound ``name`` lives (a new synthesis version gets new files)."""
    from mat_companion.audio.synthesis import SYNTHESIS_VERSION

    return cache_dir / "sounds" / f"{name}-v{SYNTHESIS_VERSION}.wav"


def wav_bytes(pcm16: bytes, rate: int) -> bytes:
    """A mono 16-bit WAV file's bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(pcm16)
    return buffer.getvalue()


def prepared_sounds(cache_dir: Path, names: Iterable[str] | None = None) -> dict[str, Samples]:
    """Every sound asked for, as float samples for the mixer: from the cache, else rendered.

    A rendered sound is kept in the cache for the next start where the disk lets it;
    where it does not (a read-only data folder), the sounds are used from memory,
    so the wake-up bell still rings. Slow work (numpy, disk): call it off the UI thread.
    """
    from mat_companion.audio.synthesis import CATALOGUE, SAMPLE_RATE, to_pcm16

    sounds: dict[str, Samples] = {}
    unkept: list[str] = []
    for name in names if names is not None else CATALOGUE:
        path = cached_path(cache_dir, name)
        cached = _read(path)
        if cached is not None:
            sounds[name] = cached
            continue
        pcm16 = to_pcm16(CATALOGUE[name].render())
        sounds[name] = _samples(pcm16)
        try:
            write_atomic(path, wav_bytes(pcm16, SAMPLE_RATE))
        except (OSError, StorageError) as error:
            unkept.append(f"{name} ({error})")
    if unkept:
        log.info("sounds used from memory, not kept in the cache: %s", ", ".join(unkept))
    return sounds


def _read(path: Path) -> Samples | None:
    """A cached sound, or None if it is not there or is damaged (it is rendered again)."""
    try:
        with wave.open(str(path), "rb") as reader:
            return _samples(reader.readframes(reader.getnframes()))
    except (OSError, EOFError, wave.Error):
        return None


def _samples(pcm16: bytes) -> Samples:
    import numpy as np

    return (np.frombuffer(pcm16, "<i2") / 32768).astype(np.float32)
