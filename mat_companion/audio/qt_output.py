"""Sound through QtMultimedia: cues as QSoundEffect, ambient layers with fades, the user's files.

If QtMultimedia cannot load or there is no output device, ``open_audio``
returns the null output and says why; everything else keeps working.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtMultimedia import (
    QAudio,
    QAudioFormat,
    QAudioOutput,
    QAudioSink,
    QMediaDevices,
    QMediaPlayer,
    QSoundEffect,
)

from mat_companion.core.clock import Clock
from mat_companion.core.fades import Fade, steady
from mat_companion.core.mixes import FADE_IN_SECONDS

log = logging.getLogger(__name__)

WARM_UP = "warm-up"
WARM_UP_LIMIT_MS = 5_000
MUTE_SECONDS = 0.5
FADE_STEP_MS = 50
USER_FILE_TYPES = (".wav", ".ogg", ".oga", ".mp3", ".flac")


class _Layer:
    """One ambient layer: a looping sound, its own volume, and its current fade."""

    def __init__(
        self,
        name: str,
        set_volume: Callable[[float], None],
        start: Callable[[], None],
        stop: Callable[[], None],
        owner: QObject,
    ) -> None:
        self.name = name
        self.volume = 1.0
        self.fade = steady(0.0)
        self.set_volume = set_volume
        self.start = start
        self.stop = stop
        self.owner = owner


class QtAudioOutput(QObject):
    """The app's sound: ``play`` for cues, ``add_layer``/``start_mix`` for ambient sound.

    Signals:
        problem(str): one sentence about a sound that could not be played.
        device_changed(): the output device changed (the default one is used).
        ready(): every cue has loaded and the sound system has played its first
            samples, so a cue played from now on sounds at once (one played
            earlier comes up to a second and a half late).
    """

    problem = Signal(str)
    device_changed = Signal()
    ready = Signal()
    available = True

    def __init__(
        self,
        sounds: dict[str, Path],
        clock: Clock,
        master: float = 0.33,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._clock = clock
        self._master = master
        self._muted = False
        self._mute_fade = steady(1.0)
        self._effects: dict[str, QSoundEffect] = {}
        self._effect_fades: dict[str, Fade] = {}
        self._layers: dict[str, _Layer] = {}
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
        self._fader = QTimer(self)
        self._fader.setInterval(FADE_STEP_MS)
        self._fader.timeout.connect(self._on_fader_timeout)
        for name in sounds:
            if not name.startswith(("rain", "surf")):
                self._effect(name)  # load now: cues must sound without a delay
        for name, effect in self._effects.items():
            effect.statusChanged.connect(lambda name=name: self._on_effect_status(name))
        self._waiting = {name for name, effect in self._effects.items() if not _settled(effect)}
        self._warm_up = _start_warm_up(self)
        if self._warm_up is not None:
            self._waiting.add(WARM_UP)
            self._warm_up.stateChanged.connect(self._on_warm_up_state_changed)
            QTimer.singleShot(WARM_UP_LIMIT_MS, self, self._on_warm_up_too_slow)

    def _on_effect_status(self, name: str) -> None:
        effect = self._effects[name]
        if effect.status() == QSoundEffect.Status.Error:
            log.warning("cue %s could not be loaded", name)
        if _settled(effect):
            self._done_waiting(name)

    @Slot(QAudio.State)
    def _on_warm_up_state_changed(self, state: QAudio.State) -> None:
        if state != QAudio.State.ActiveState:
            self._done_waiting(WARM_UP)
            if self._warm_up is not None:
                self._warm_up.stop()

    @Slot()
    def _on_warm_up_too_slow(self) -> None:
        if WARM_UP in self._waiting:
            log.warning("the sound system did not start within %d ms", WARM_UP_LIMIT_MS)
            self._done_waiting(WARM_UP)

    def _done_waiting(self, what: str) -> None:
        was_waiting = bool(self._waiting)
        self._waiting.discard(what)
        if was_waiting and not self._waiting:
            self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """Whether cues sound at once now (see ``ready``)."""
        return not self._waiting

    # Cues ---------------------------------------------------------------------------------

    def _effect(self, name: str) -> QSoundEffect:
        if name not in self._effects:
            effect = QSoundEffect(self)
            effect.setAudioDevice(QMediaDevices.defaultAudioOutput())
            effect.setSource(QUrl.fromLocalFile(str(self._sounds[name])))
            self._effects[name] = effect
        return self._effects[name]

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Play a generated sound once at ``volume`` × the master volume."""
        if sound not in self._sounds:
            log.warning("no such sound: %s", sound)
            return
        effect = self._effect(sound)
        self._effect_fades.pop(sound, None)
        effect.setVolume(0.0 if self._muted else volume * self._master)
        effect.play()

    def stop_all(self) -> None:
        """Fade everything out over a second (cues and layers): never an abrupt cut."""
        now = self._clock.now()
        for name, effect in self._effects.items():
            if effect.isPlaying():
                self._effect_fades[name] = Fade(now, effect.volume(), 0.0, 1.0)
        self.fade_out(1.0)

    # Master and mute ----------------------------------------------------------------------

    @property
    def master(self) -> float:
        """The overall volume, 0-1."""
        return self._master

    def set_master(self, volume: float) -> None:
        """Change the overall volume."""
        self._master = volume
        self._apply()

    @property
    def muted(self) -> bool:
        """Whether "sound off" is on."""
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Sound off (a quick fade out) or back on (a quick fade in); the mix's own fades go on."""
        self._muted = muted
        now = self._clock.now()
        self._mute_fade = Fade(now, self._mute_fade.gain(now), 0.0 if muted else 1.0, MUTE_SECONDS)
        self._fader.start()

    # Ambient layers -----------------------------------------------------------------------

    def add_layer(self, name: str, volume: float = 1.0) -> None:
        """A generated loop ("rain", "surf") as an ambient layer at its own volume."""
        effect = QSoundEffect(self)
        effect.setAudioDevice(QMediaDevices.defaultAudioOutput())
        effect.setSource(QUrl.fromLocalFile(str(self._sounds[name])))
        effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
        effect.setVolume(0.0)
        layer = _Layer(name, effect.setVolume, effect.play, effect.stop, effect)
        layer.volume = volume
        self._layers[name] = layer

    def add_user_file(self, path: Path, volume: float = 1.0) -> bool:
        """One of the user's own files as a layer; False (and a message) if it cannot play."""
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
        player = QMediaPlayer(self)
        output = QAudioOutput(player)
        output.setDevice(QMediaDevices.defaultAudioOutput())
        output.setVolume(0.0)
        player.setAudioOutput(output)
        player.setLoops(QMediaPlayer.Loops.Infinite.value)
        player.errorOccurred.connect(
            lambda _error, message, key=str(path): self._on_user_file_error(key, message)
        )
        player.setSource(QUrl.fromLocalFile(str(path)))
        layer = _Layer(str(path), output.setVolume, player.play, player.stop, player)
        layer.volume = volume
        self._layers[layer.name] = layer
        return True

    def _on_user_file_error(self, key: str, message: str) -> None:
        layer = self._layers.pop(key, None)
        if layer is not None:
            layer.stop()
        self.problem.emit(
            self.tr("{file} was skipped: {reason}.").format(file=Path(key).name, reason=message)
        )

    def set_layer_volume(self, name: str, volume: float) -> None:
        """One layer's own volume, 0-1."""
        if name in self._layers:
            self._layers[name].volume = volume
            self._apply()

    @property
    def layers(self) -> list[str]:
        """The names of the ambient layers."""
        return list(self._layers)

    def start_mix(self, fade_seconds: float = FADE_IN_SECONDS) -> None:
        """Start every layer, fading in."""
        now = self._clock.now()
        for layer in self._layers.values():
            layer.fade = Fade(now, 0.0, 1.0, fade_seconds)
            layer.set_volume(0.0)
            layer.start()
        self._fader.start()

    def fade_out(self, seconds: float) -> None:
        """Fade every layer to silence over ``seconds`` (then they stop)."""
        now = self._clock.now()
        for layer in self._layers.values():
            layer.fade = Fade(now, layer.fade.gain(now), 0.0, seconds)
        self._fader.start()

    def fade_in(self, seconds: float) -> None:
        """Fade every layer back up over ``seconds``."""
        now = self._clock.now()
        for layer in self._layers.values():
            layer.start()
            layer.fade = Fade(now, layer.fade.gain(now), 1.0, seconds)
        self._fader.start()

    def set_mix(self, layers: dict[str, float]) -> None:
        """Replace the ambient layers: generated loops by name, user files by path."""
        self.clear_layers()
        for name, volume in layers.items():
            if name in self._sounds:
                self.add_layer(name, volume)
            else:
                self.add_user_file(Path(name), volume)

    def clear_layers(self) -> None:
        """Stop and forget every layer."""
        for layer in self._layers.values():
            layer.stop()
            layer.owner.deleteLater()
        self._layers.clear()

    def layer_gain(self, name: str) -> float:
        """The volume a layer plays at now (its volume × master × fade)."""
        layer = self._layers[name]
        now = self._clock.now()
        return layer.volume * self._master * layer.fade.gain(now) * self._mute_fade.gain(now)

    def _apply(self) -> None:
        for name, layer in self._layers.items():
            layer.set_volume(self.layer_gain(name))

    @Slot()
    def _on_fader_timeout(self) -> None:
        self._apply()
        now = self._clock.now()
        for name, fade in list(self._effect_fades.items()):
            self._effects[name].setVolume(fade.gain(now))
            if fade.done(now):
                self._effects[name].stop()
                del self._effect_fades[name]
        layers_done = all(layer.fade.done(now) for layer in self._layers.values())
        if not self._effect_fades and layers_done and self._mute_fade.done(now):
            self._fader.stop()
            for layer in self._layers.values():
                if layer.fade.end == 0.0:
                    layer.stop()

    # Devices ------------------------------------------------------------------------------

    @Slot()
    def _on_devices_audio_outputs_changed(self) -> None:
        device = QMediaDevices.defaultAudioOutput()
        log.info("audio outputs changed; using %s", device.description())
        for effect in self._effects.values():
            effect.setAudioDevice(device)
        for layer in self._layers.values():
            if isinstance(layer.owner, QSoundEffect):
                layer.owner.setAudioDevice(device)
            elif isinstance(layer.owner, QMediaPlayer):
                layer.owner.audioOutput().setDevice(device)
        self.device_changed.emit()


def _start_warm_up(parent: QObject) -> QAudioSink | None:
    """Play a twentieth of a second of silence, to know when the sound system is going.

    It takes a second or more to get going in a new process; its first samples
    having been played shows that it has.
    """
    audio_format = QAudioFormat()
    audio_format.setSampleRate(48_000)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio_format, parent)
    device = sink.start()
    if device is None:  # no device after all: nothing to wait for
        sink.deleteLater()
        return None
    device.write(bytes(4_800))
    return sink


def _settled(effect: QSoundEffect) -> bool:
    """Whether a cue has finished loading, one way or the other."""
    return effect.status() in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)


def has_output_device() -> bool:
    """Whether any audio output device exists."""
    return bool(QMediaDevices.audioOutputs())
