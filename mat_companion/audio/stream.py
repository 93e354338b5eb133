"""The one output stream: a QAudioSink on its own thread, kept full from the mixer.

The sink lives on a thread of its own with its own event loop, so a busy or
blocked UI thread cannot starve it; a precise timer there tops the sink's
buffer up. Each block is rendered for the moment it will be heard, estimated
from the sink's own playback clock (``processedUSecs``, less the sound
server's latency where it tells: ``pulse_latency``), so the mixer can put a
cue on the sample heard at its time. A buffer that ran dry is counted as an
underrun. With nothing to play the stream is suspended, and woken by the next
sound.
"""

from __future__ import annotations

import logging
import math
import os
import statistics
import time
from functools import partial

from PySide6.QtCore import QIODevice, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QtAudio

from mat_companion.audio.latency_request import withdraw_server_latency
from mat_companion.audio.mixer import Mixer
from mat_companion.audio.pulse_latency import ServerLatency
from mat_companion.audio.threads import end_thread

log = logging.getLogger(__name__)

RATE = 48_000
BYTES_PER_FRAME = 2
#: How far ahead of what the sink has taken the stream is kept written. With the sound
#: server's own queue (``latency_request``) it is what a stalled process can survive
#: without a gap (this less one top-up, plus the server's queue), and the latency of a
#: sound played at once (a preview, a volume change; breath cues and bells are placed
#: ahead on the clock, so they have none).
AHEAD_SECONDS = 0.15
#: The sink's buffer holds more than that, so that a top-up never finds it full.
BUFFER_SECONDS = 0.3
#: The granule of what is rendered, and how often the stream is topped up. Each top-up is
#: one render and one write, and the stream's cost is in how often it wakes up rather than
#: in how much it renders (measured in a whole session: top-ups every 30 ms cost 1.5% of a
#: core, every 80 ms 0.9%, every 100 ms 0.5%).
BLOCK_FRAMES = 240
TICK_MS = 100
#: Playback-clock readings within this of the running estimate refine it, over about
#: SMOOTHING_SECONDS (the sink's clock drifts a few hundred ppm from the monotonic one). One
#: further off is a stray (a busy machine delays the sound server's timing updates). The
#: stream really moves only when it runs dry or is resumed, and then the estimate starts
#: afresh (its first FRESH_SECONDS of readings taken as they come, as the server settles);
#: strays in a row for RESYNC_SECONDS (a move not seen otherwise) make it jump to them. All
#: are in seconds, so they hold whatever the interval between readings.
STRAY_SECONDS = 0.015
SMOOTHING_SECONDS = 0.6
RESYNC_SECONDS = 0.8
FRESH_SECONDS = 0.3
#: A steady estimate is read this often; at every top-up only while it is new, settling or
#: seeing strays. A reading asks the sound server, and asking at every top-up was most of
#: the audio thread's work (0.9% of a core in a session) and some of the server's, while
#: readings paired with the server's answer agree to 0.1 ms (measured in a session).
READING_SECONDS = 0.5
#: A reading that took longer than this to make is not used (it was interrupted). It asks
#: the sound server for the stream's latency: a round trip of a fraction of a millisecond.
SLOW_READING_SECONDS = 0.004
#: A new stream's first fraction of a second plays late (the sound server fills up); sound
#: is announced as playing only after this much has been heard.
SETTLED_FRAMES = RATE // 4
#: With nothing to play for this long the stream is suspended (a running stream costs about
#: a percent of a core); any sound wakes it.
IDLE_SECONDS = 2.0


def stream_format() -> QAudioFormat:
    """Mono 16-bit at 48 kHz: what every sound is rendered at."""
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class HeardClock:
    """When each written sample will be heard: ``frame / RATE + offset``, offset smoothed.

    The offset is measured from the sink's playback position (the frame being
    heard now) and the monotonic time, at the top-ups it asks for
    (``wants_reading``). A busy machine makes single readings late; they are set
    aside, so cues never jitter with load.
    """

    def __init__(self, moves: list[tuple[float, float]] | None = None) -> None:
        self.offset: float | None = None
        #: Each time the estimate jumped to a playback that moved (monotonic time, seconds
        #: later): the sound system fell behind (or caught up) with the stream still fed.
        self.moves = [] if moves is None else moves
        self._strays: list[tuple[float, float]] = []  # (when, measured offset)
        self._fresh: list[float] = []
        self._fresh_until = -math.inf
        self._settling = False
        self._observed = -math.inf
        self._next_reading = -math.inf

    def wants_reading(self, now: float) -> bool:
        """Whether a top-up at ``now`` should read the playback clock (and ask the server)."""
        return (
            self.offset is None
            or self._settling
            or bool(self._strays)
            or now < self._fresh_until
            or now >= self._next_reading
        )

    def observe(self, now: float, heard_frames: float, *, settling: bool = False) -> None:
        """The sink says frame ``heard_frames`` is being heard at ``now``.

        While a new stream is ``settling`` each reading is taken as it is: the
        first ones, before the server plays steadily, say little of the later.
        A fresh estimate (after a resume or an underrun) is the median of its
        first moments' readings, so one late reading cannot mislead it.
        """
        measured = now - heard_frames / RATE
        since, self._observed = now - self._observed, now
        self._next_reading = now + READING_SECONDS
        self._settling = settling
        if self.offset is None:
            self._fresh_until = now + FRESH_SECONDS
        if settling:
            self.offset = measured
            self._strays.clear()
        elif self.offset is None or now < self._fresh_until:
            self._fresh.append(measured)  # a fresh estimate: the median, past a stray
            self.offset = statistics.median(self._fresh)
        elif abs(measured - self.offset) <= STRAY_SECONDS:
            self.offset += (1 - math.exp(-since / SMOOTHING_SECONDS)) * (measured - self.offset)
            self._strays.clear()
        else:
            self._strays.append((now, measured))
            if len(self._strays) >= 2 and now - self._strays[0][0] >= RESYNC_SECONDS:
                moved = statistics.median(offset for _, offset in self._strays) - self.offset
                self.offset += moved
                self._strays.clear()
                self.moves.append((now, moved))
                log.info("the sound system's playback moved %+.0f ms; cues follow it", moved * 1000)

    def time_of(self, frame: int) -> float:
        """The monotonic time at which ``frame`` is heard."""
        assert self.offset is not None
        return frame / RATE + self.offset


class StreamWorker(QObject):
    """Owns the sink on the audio thread.

    Signals:
        opened(bool): the sink started (True) or could not start on the device (False).
        playing(): the stream has played its first quarter second: from now on sound is prompt.
    """

    opened = Signal(bool)
    playing = Signal()

    def __init__(self, mixer: Mixer) -> None:
        super().__init__()
        self._mixer = mixer
        self._sink: QAudioSink | None = None
        self._server_latency = ServerLatency()
        self._device: QIODevice | None = None
        self._timer: QTimer | None = None
        self._written = 0
        self.playback_moves: list[tuple[float, float]] = []
        self._clock = HeardClock(self.playback_moves)
        self._announced_playing = False
        self._idle_since: float | None = None
        self._suspended = False
        self.underruns = 0

    @Slot(QAudioDevice)
    def open(self, device: QAudioDevice) -> None:
        """Start (or restart, on a new device) the stream."""
        self.close()
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(TICK_MS)
            self._timer.timeout.connect(self._on_timer_timeout)
        if self._server_latency.on_pipewire():  # it would hide the queue asked for
            withdraw_server_latency(os.environ)
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
        self._clock = HeardClock(self.playback_moves)
        self._suspended = False
        self._idle_since = None
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
        self._server_latency.close()

    @Slot()
    def wake(self) -> None:
        """Something is to be played: resume a suspended stream at once."""
        if self._suspended and self._sink is not None and self._timer is not None:
            self._suspended = False
            self._idle_since = None
            self._sink.resume()
            self._clock = HeardClock(
                self.playback_moves
            )  # the playback clock stood still meanwhile
            self._timer.start()
            self._top_up(after_suspension=True)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._top_up()
        self._suspend_if_idle()

    def _suspend_if_idle(self) -> None:
        if self._mixer.busy or self._sink is None or self._timer is None:
            self._idle_since = None
            return
        now = time.monotonic()
        if self._idle_since is None:
            self._idle_since = now
        elif now - self._idle_since >= IDLE_SECONDS:
            self._timer.stop()
            self._sink.suspend()
            self._suspended = True

    def _top_up(self, *, after_suspension: bool = False) -> None:
        sink, device = self._sink, self._device
        if sink is None or device is None:
            return
        free = sink.bytesFree()
        queued = (sink.bufferSize() - free) // BYTES_PER_FRAME  # written, not yet played
        if self._written and queued <= 0 and not after_suspension:
            self.underruns += 1
            self._clock = HeardClock(
                self.playback_moves
            )  # the playback position moved on without us
            log.info("audio underrun (%d so far)", self.underruns)
        if self._clock.wants_reading(time.monotonic()):
            self._read_playback(sink, queued)
        wanted = min(free // BYTES_PER_FRAME, round(AHEAD_SECONDS * RATE) - queued)
        frames = max(0, wanted) // BLOCK_FRAMES * BLOCK_FRAMES
        if frames:
            block = self._mixer.render(frames, self._clock.time_of(self._written))
            device.write((block * 32767).astype("<i2").tobytes())
            self._written += frames

    def _read_playback(self, sink: QAudioSink, queued: int) -> None:
        """Tell the heard clock which frame is heard now: Qt's count less the server's queue."""
        before = time.monotonic()
        handed = sink.processedUSecs()
        behind = self._server_latency.seconds()
        steady = sink.processedUSecs() == handed  # Qt handed the server nothing meanwhile
        after = time.monotonic()
        heard = handed * RATE / 1_000_000 - (behind or 0.0) * RATE
        if heard >= SETTLED_FRAMES and not self._announced_playing:
            self._announced_playing = True
            self.playing.emit()
        settling = heard < SETTLED_FRAMES  # the server is still filling up: take it as it is
        if heard <= 0:  # not playing yet: all that is queued is still to come
            heard = self._written - queued
        trusted = after - before <= SLOW_READING_SECONDS and steady
        if trusted or self._clock.offset is None:
            self._clock.observe((before + after) / 2, heard, settling=settling)


class AudioThread(QObject):
    """The thread the stream worker runs on, started and stopped with the engine.

    Signals:
        open_requested(QAudioDevice): ask the worker (on its thread) to open a device.
        close_requested(): ask it to close the stream (the caller waits).
        wake_requested(): ask it to resume a suspended stream.
    """

    open_requested = Signal(QAudioDevice)
    close_requested = Signal()
    wake_requested = Signal()

    def __init__(self, mixer: Mixer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("audio-output")
        self.worker = StreamWorker(mixer)
        self.worker.moveToThread(self._thread)
        self._thread.finished.connect(self.worker.deleteLater)  # the sink dies on its thread
        self.open_requested.connect(self.worker.open)
        self.wake_requested.connect(self.worker.wake)
        self.close_requested.connect(self.worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self.destroyed.connect(partial(end_thread, self._thread))
        self._thread.start(QThread.Priority.TimeCriticalPriority)

    def open(self, device: QAudioDevice) -> None:
        """Open ``device`` on the audio thread."""
        self.open_requested.emit(device)

    def wake(self) -> None:
        """Resume the stream if it was suspended (a sound is coming)."""
        self.wake_requested.emit()

    def stop(self) -> None:
        """Close the stream and end the thread (waits for both)."""
        if self._thread.isRunning():
            self.close_requested.emit()
            self._thread.quit()
            self._thread.wait()
