"""The app's sound through QtMultimedia: one mixer, one stream, on a thread of its own.

If QtMultimedia cannot load or there is no output device, ``AudioStarter``
uses the null output and says why; everything else keeps working.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices

from mat_companion.audio.decoding import USER_FILE_TYPES, UserFileDecoder
from mat_companion.audio.mixer import Bus, CueTrack, Mixer, Samples
from mat_companion.audio.stream import RATE, AudioThread
from mat_companion.audio.volume import perceptual_to_gain
from mat_companion.core.clock import Clock
from mat_companion.core.mixes import FADE_IN_SECONDS
from mat_companion.qt_app import running_app

log = logging.getLogger(__name__)

#: The wake-up bell is never quieter than this on the volume slider's scale (see README).
WAKE_FLOOR = 0.6
#: A sound system that has not played anything by then is used anyway (and logged).
READY_LIMIT_MS = 5_000


class QtAudioOutput(QObject):
    """Everything the app plays: cues, bells, ambient loops and the user's files, mixed.

    Signals:
        problem(str): one sentence about a sound that could not be played.
        ready(): the stream has played its first samples: sound is prompt from now on.
    """

    problem = Signal(str)
    ready = Signal()
    available = True

    def __init__(
        self,
        sounds: dict[str, Samples],
        clock: Clock,
        master: float = 0.33,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._clock = clock
        self._master = master
        self._muted = False
        self.mixer = Mixer(
            sounds,
            RATE,
            master=perceptual_to_gain(master),
            wake_floor=perceptual_to_gain(WAKE_FLOOR),
        )
        self._decoders: dict[str, UserFileDecoder] = {}
        self._ready = False
        self._thread = AudioThread(self.mixer, self)
        self._thread.worker.playing.connect(self._on_worker_playing)
        self._thread.worker.opened.connect(self._on_worker_opened)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
        self._device_id = QMediaDevices.defaultAudioOutput().id()
        self._thread.open(QMediaDevices.defaultAudioOutput())
        QTimer.singleShot(READY_LIMIT_MS, self, self._on_ready_too_slow)
        running_app(QCoreApplication).aboutToQuit.connect(self.close)

    @Slot()
    def _on_worker_playing(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()

    @Slot()
    def _on_ready_too_slow(self) -> None:
        if not self._ready:
            log.warning("the sound system did not start within %d ms", READY_LIMIT_MS)
            self._on_worker_playing()

    @Slot(bool)
    def _on_worker_opened(self, opened: bool) -> None:
        if not opened:
            self.problem.emit(self.tr("The sound output could not be opened, so sound is off."))

    @property
    def is_ready(self) -> bool:
        """Whether sound is prompt now (see ``ready``)."""
        return self._ready

    @property
    def underruns(self) -> int:
        """How many times the stream's buffer ran dry."""
        return self._thread.worker.underruns

    @property
    def playback_moves(self) -> list[tuple[float, float]]:
        """When the sound system's playback moved with the stream fed, and by how many seconds."""
        return list(self._thread.worker.playback_moves)

    def close(self) -> None:
        """Stop the stream and its thread."""
        self._thread.stop()

    # Cues and bells -----------------------------------------------------------------------

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Play a generated sound once at ``volume`` x the master volume."""
        if not self.mixer.play(sound, volume, self._clock.now()):
            log.warning("no such sound: %s", sound)
        self._thread.wake()

    def play_wake_bell(self, sound: str, volume: float = 1.0) -> None:
        """The wake-up bell: heard even with sound off, and never quieter than the floor."""
        if not self.mixer.play(sound, volume, self._clock.now(), bus=Bus.WAKE):
            log.warning("no such sound: %s", sound)
        self._thread.wake()

    def set_cue_track(self, track: CueTrack | None, since: float | None = None) -> None:
        """Breath cues placed by ``track`` from clock time ``since`` (default now); None: none."""
        self.mixer.set_track(track, self._clock.now() if since is None else since)
        if track is not None:
            self._thread.wake()

    def stop_all(self) -> None:
        """Fade everything out over a second: never an abrupt cut."""
        self.mixer.stop_all(self._clock.now())

    # Master and mute ----------------------------------------------------------------------

    @property
    def master(self) -> float:
        """The overall volume on the slider's scale, 0-1."""
        return self._master

    def set_master(self, volume: float) -> None:
        """Change the overall volume (as heard: a third sounds like a third)."""
        self._master = volume
        self.mixer.set_master(perceptual_to_gain(volume), self._clock.now())

    @property
    def muted(self) -> bool:
        """Whether "sound off" is on."""
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Sound off (a quick fade out) or back on; the wake-up bell is never muted."""
        self._muted = muted
        self.mixer.set_muted(muted, self._clock.now())

    # Ambient layers -----------------------------------------------------------------------

    def set_mix(self, layers: dict[str, float]) -> None:
        """Replace the ambient layers: generated loops by name, user files by path."""
        for decoder in self._decoders.values():
            decoder.cancel()
        self._decoders.clear()
        generated = {n: (self._sounds[n], v) for n, v in layers.items() if n in self._sounds}
        self.mixer.set_layers(generated)
        for name, volume in layers.items():
            if name not in self._sounds:
                self.add_user_file(Path(name), volume)

    def add_user_file(self, path: Path, volume: float = 1.0) -> bool:
        """One of the user's own files as a layer (decoded once); False if it cannot play."""
        if path.suffix.lower() not in USER_FILE_TYPES:
            self.problem.emit(
                self.tr(
                    "{file} was skipped: only WAV, Ogg, MP3 and FLAC files can be played."
                ).format(file=path.name)
            )
            return False
        try:
            with path.open("rb") as handle:
                handle.read(1)
        except OSError as error:
            self.problem.emit(
                self.tr("{file} was skipped: it could not be read ({reason}).").format(
                    file=path.name, reason=error.strerror
                )
            )
            return False
        decoder = UserFileDecoder(path, RATE, self)
        decoder.decoded.connect(
            lambda samples, key=str(path), v=volume: self._on_decoded(key, samples, v)
        )
        decoder.failed.connect(lambda reason, key=str(path): self._on_decode_failed(key, reason))
        self._decoders[str(path)] = decoder
        decoder.start()
        return True

    def _on_decoded(self, key: str, samples: Samples, volume: float) -> None:
        if self._decoders.pop(key, None) is not None:
            self.mixer.add_layer(key, samples, volume, self._clock.now())

    def _on_decode_failed(self, key: str, reason: str) -> None:
        if self._decoders.pop(key, None) is not None:
            self.problem.emit(
                self.tr("{file} was skipped: {reason}.").format(file=Path(key).name, reason=reason)
            )

    def set_layer_volume(self, name: str, volume: float) -> None:
        """One layer's own volume, 0-1."""
        self.mixer.set_layer_volume(name, volume, self._clock.now())

    @property
    def layers(self) -> list[str]:
        """The ambient layers playing or being decoded."""
        return self.mixer.layers + [key for key in self._decoders if key not in self.mixer.layers]

    def start_mix(self, fade_seconds: float = FADE_IN_SECONDS) -> None:
        """Start every layer, fading in."""
        self.mixer.fade_layers(1.0, fade_seconds, self._clock.now())
        self._thread.wake()

    def fade_out(self, seconds: float) -> None:
        """Fade every layer to silence over ``seconds``."""
        self.mixer.fade_layers(0.0, seconds, self._clock.now())

    def fade_in(self, seconds: float) -> None:
        """Fade every layer back up over ``seconds``."""
        self.mixer.fade_layers(1.0, seconds, self._clock.now())
        self._thread.wake()

    def layer_gain(self, name: str) -> float:
        """The gain a layer plays at now (its volume x master x fade x sound-off)."""
        return self.mixer.layer_gain(name, self._clock.now())

    # Devices ------------------------------------------------------------------------------

    @Slot()
    def _on_devices_audio_outputs_changed(self) -> None:
        device = QMediaDevices.defaultAudioOutput()
        if device.id() == self._device_id:
            return
        self._device_id = device.id()
        log.info("audio outputs changed; using %s", device.description())
        self._thread.open(device)


def has_output_device() -> bool:
    """Whether any audio output device exists."""
    return bool(QMediaDevices.audioOutputs())
