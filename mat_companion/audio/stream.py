"""The one output stream: a QAudioSink on its own thread, kept full from the mixer.

The sink lives on a thread of its own with its own event loop, so a busy or
blocked UI thread cannot starve it; a precise timer there tops the sink's
buffer up in small blocks. Each block is rendered for the moment it will be
heard, estimated from the sink's own playback clock (``processedUSecs``) and
the amount written, so the mixer can put a cue on the sample heard at its
time. A buffer that ran dry is counted as an underrun.
"""

from __future__ import annotations

import logging
import time
from functools import partial

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QtAudio

from mat_companion.audio.mixer import Mixer
from mat_companion.audio.threads import end_thread

log = logging.getLogger(__name__)

RATE = 48_000
BYTES_PER_FRAME = 2
#: The sink's buffer: what a stalled process can survive without a gap, and the cue latency.
BUFFER_SECONDS = 0.15
#: How much is rendered at a time, and how often the buffer is topped up.
BLOCK_FRAMES = 480
TICK_MS = 10
#: A playback-clock reading this far from the running estimate is taken as it is (a new
#: stream, or one that stalled); smaller differences are smoothed, so blocks do not jitter.
RESYNC_SECONDS = 0.03
SMOOTHING = 0.05


def stream_format() -> QAudioFormat:
    """Mono 16-bit at 48 kHz: what every sound is rendered at."""
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class HeardClock:
    """When each written sample will be heard: ``frame / RATE + offset``, offset smoothed.

    The offset is measured at every top-up from the sink's playback position
    (the frame being heard now) and the monotonic time.
    """

    def __init__(self) -> None:
        self.offset: float | None = None

    def observe(self, now: float, heard_frames: float) -> None:
        """The sink says frame ``heard_frames`` is being heard at ``now``."""
        measured = now - heard_frames / RATE
        if self.offset is None or abs(measured - self.offset) > RESYNC_SECONDS:
            self.offset = measured
        else:
            self.offset += SMOOTHING * (measured - self.offset)

    def time_of(self, frame: int) -> float:
        """The monotonic time at which ``frame`` is heard."""
        assert self.offset is not None
        return frame / RATE + self.offset


class StreamWorker(QObject):
    """Owns the sink on the audio thread.

    Signals:
        opened(bool): the sink started (True) or could not start on the device (False).
        playing(): the first samples have been played: from now on sound is prompt.
    """

    opened = Signal(bool)
    playing = Signal()

    def __init__(self, mixer: Mixer) -> None:
        super().__init__()
        self._mixer = mixer
        self._sink: QAudioSink | None = None
        self._device = None
        self._timer: QTimer | None = None
        self._written = 0
        self._clock = HeardClock()
        self._announced_playing = False
        self.underruns = 0
        self.blocks = 0

    @Slot(QAudioDevice)
    def open(self, device: QAudioDevice) -> None:
        """Start (or restart, on a new device) the stream."""
        self.close()
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(TICK_MS)
            self._timer.timeout.connect(self._on_timer_timeout)
        sink = QAudioSink(device, stream_format(), self)
        sink.setBufferSize(round(BUFFER_SECONDS * RATE) * BYTES_PER_FRAME)
        self._device = sink.start()
        if self._device is None or sink.error() != QtAudio.Error.NoError:
            log.warning("the audio output %s could not be opened", device.description())
            sink.deleteLater()
            self.opened.emit(False)
            return
        self._sink = sink
        self._written = 0
        self._clock = HeardClock()
        log.info(
            "audio stream on %s: buffer %d ms",
            device.description(),
            round(sink.bufferSize() / BYTES_PER_FRAME / RATE * 1000),
        )
        self._top_up()
        self._timer.start()
        self.opened.emit(True)

    @Slot()
    def close(self) -> None:
        """Stop the stream (the thread is about to end, or a new device takes over)."""
        if self._timer is not None:
            self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
            self._sink = None
            self._device = None

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._top_up()

    def _top_up(self) -> None:
        sink, device = self._sink, self._device
        if sink is None or device is None:
            return
        free = sink.bytesFree()
        if self._written and free >= sink.bufferSize():
            self.underruns += 1
            log.debug("audio underrun (%d so far)", self.underruns)
        heard = sink.processedUSecs() * RATE / 1_000_000
        if heard > 0 and not self._announced_playing:
            self._announced_playing = True
            self.playing.emit()
        queued = (sink.bufferSize() - free) // BYTES_PER_FRAME
        self._clock.observe(time.monotonic(), heard if heard > 0 else self._written - queued)
        while free >= BLOCK_FRAMES * BYTES_PER_FRAME:
            block = self._mixer.render(BLOCK_FRAMES, self._clock.time_of(self._written))
            device.write((block * 32767).astype("<i2").tobytes())
            self._written += BLOCK_FRAMES
            self.blocks += 1
            free -= BLOCK_FRAMES * BYTES_PER_FRAME


class AudioThread(QObject):
    """The thread the stream worker runs on, started and stopped with the engine.

    Signals:
        open_requested(QAudioDevice): ask the worker (on its thread) to open a device.
    """

    open_requested = Signal(QAudioDevice)
    close_requested = Signal()

    def __init__(self, mixer: Mixer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("audio-output")
        self.worker = StreamWorker(mixer)
        self.worker.moveToThread(self._thread)
        self._thread.finished.connect(self.worker.deleteLater)  # the sink dies on its thread
        self.open_requested.connect(self.worker.open)
        self.close_requested.connect(self.worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self.destroyed.connect(partial(end_thread, self._thread))
        self._thread.start(QThread.Priority.TimeCriticalPriority)

    def open(self, device: QAudioDevice) -> None:
        """Open ``device`` on the audio thread."""
        self.open_requested.emit(device)

    def stop(self) -> None:
        """Close the stream and end the thread (waits for both)."""
        if self._thread.isRunning():
            self.close_requested.emit()
            self._thread.quit()
            self._thread.wait()
