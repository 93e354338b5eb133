"""The user's own sound files, decoded once by QAudioDecoder into a seamless loop for the mixer.

Decoding is asynchronous (FFmpeg works on its own threads); the samples come
as mono floats at the stream's rate. A very long file is kept to its first
minutes, so that a film soundtrack cannot fill the memory: it loops from there.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

from mat_companion.audio.mixer import Samples

log = logging.getLogger(__name__)

USER_FILE_TYPES = (".wav", ".ogg", ".oga", ".mp3", ".flac")
#: The most of a file that is kept (at 48 kHz mono float: about 115 MB).
MAX_SECONDS = 10 * 60
#: The loop's end is blended into its start over this long: no click where it wraps.
SEAM_SECONDS = 0.05


def seamless(samples: Samples, rate: int) -> Samples:
    """Blend the last ``SEAM_SECONDS`` into the first, so the loop joins without a click."""
    seam = min(round(SEAM_SECONDS * rate), samples.size // 4)
    if seam < 2:
        return samples
    ramp = np.linspace(0.0, 1.0, seam, dtype=np.float32)
    head = samples[:seam] * ramp + samples[-seam:] * (1 - ramp)
    return np.concatenate([head, samples[seam:-seam]]).astype(np.float32)


class UserFileDecoder(QObject):
    """Decodes one file.

    Signals:
        decoded(object): the samples (float32, mono), ready to loop.
        failed(str): why the file cannot be played.
    """

    decoded = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, rate: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._rate = rate
        self._parts: list[Samples] = []
        self._frames = 0
        self._done = False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Float)
        self._decoder = QAudioDecoder(self)
        self._decoder.setAudioFormat(audio_format)
        self._decoder.setSource(QUrl.fromLocalFile(str(path)))
        self._decoder.bufferReady.connect(self._on_decoder_buffer_ready)
        self._decoder.finished.connect(self._on_decoder_finished)
        self._decoder.error.connect(self._on_decoder_error)

    def start(self) -> None:
        """Begin decoding."""
        self._decoder.start()

    def cancel(self) -> None:
        """Stop; neither signal comes."""
        self._done = True
        self._decoder.stop()
        self.deleteLater()

    @Slot()
    def _on_decoder_buffer_ready(self) -> None:
        buffer = self._decoder.read()
        if self._done or not buffer.isValid():
            return
        data = np.frombuffer(bytes(buffer.constData()), np.float32)
        channels = max(1, buffer.format().channelCount())
        if channels > 1:
            data = data[: data.size // channels * channels].reshape(-1, channels).mean(axis=1)
        self._parts.append(data.astype(np.float32))
        self._frames += data.size
        if self._frames >= MAX_SECONDS * self._rate:
            log.info("%s: keeping its first %d minutes", self.path.name, MAX_SECONDS // 60)
            self._decoder.stop()
            self._on_decoder_finished()

    @Slot()
    def _on_decoder_finished(self) -> None:
        if self._done:
            return
        self._done = True
        samples = np.concatenate(self._parts) if self._parts else np.zeros(0, np.float32)
        samples = samples[: MAX_SECONDS * self._rate]
        if samples.size < self._rate // 10 or not np.any(samples):
            self.failed.emit(self.tr("it holds no sound that could be played"))
        else:
            self.decoded.emit(seamless(samples, self._rate))
        self.deleteLater()

    @Slot(QAudioDecoder.Error)
    def _on_decoder_error(self, _error: QAudioDecoder.Error) -> None:
        if self._done:
            return
        self._done = True
        self.failed.emit(self._decoder.errorString() or self.tr("it could not be decoded"))
        self.deleteLater()
