"""Rendered sounds kept as WAV files in the cache folder, keyed by the synthesis version."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mat_companion.audio.mixer import Samples

import io
import wave
from collections.abc import Iterable
from pathlib import Path

from mat_companion.core.files import write_atomic


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


def render_missing(cache_dir: Path, names: Iterable[str] | None = None) -> dict[str, Path]:
    """Render every sound not yet in the cache; return the file of every sound asked for.

    Slow work (numpy): call it off the UI thread.
    """
    from mat_companion.audio.synthesis import CATALOGUE, SAMPLE_RATE, to_pcm16

    files = {}
    for name in names if names is not None else CATALOGUE:
        path = cached_path(cache_dir, name)
        if not path.exists():
            write_atomic(path, wav_bytes(to_pcm16(CATALOGUE[name].render()), SAMPLE_RATE))
        files[name] = path
    return files


def load_sounds(files: dict[str, Path]) -> dict[str, Samples]:
    """The rendered sounds as float samples for the mixer (re-rendered if a file is damaged).

    Slow work (numpy, disk): call it off the UI thread.
    """
    import numpy as np

    from mat_companion.audio.synthesis import CATALOGUE

    sounds = {}
    for name, path in files.items():
        try:
            with wave.open(str(path), "rb") as reader:
                pcm = reader.readframes(reader.getnframes())
            sounds[name] = (np.frombuffer(pcm, "<i2") / 32768).astype(np.float32)
        except (OSError, EOFError, wave.Error):
            sounds[name] = CATALOGUE[name].render()
    return sounds
