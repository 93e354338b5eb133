"""The mixer: cues on exact samples, per-sample fades, buses, loops, the cue track."""

import itertools

import numpy as np
import pytest

from mat_companion.audio.mixer import Bus, Mixer, fade_curve
from mat_companion.core.breath_cues import CueChoices, PacerCueTrack
from mat_companion.core.breathing import BreathPattern, Pacer, session_pacer
from mat_companion.core.fades import Fade

RATE = 1000  # a thousand samples a second: sample n is heard at t0 + n ms


def click(length: int = 5) -> np.ndarray:
    return np.ones(length, np.float32)


def mixer(**sounds: np.ndarray) -> Mixer:
    return Mixer(dict(sounds), RATE, master=1.0, wake_floor=0.5)


def onsets(signal: np.ndarray) -> list[int]:
    loud = np.abs(signal) > 1e-6
    rises = [int(i) for i in np.flatnonzero(loud[1:] & ~loud[:-1]) + 1]
    return [0, *rises] if loud[0] else rises


def test_a_sound_starts_on_the_sample_heard_at_its_time() -> None:
    m = mixer(c=click())
    m.play("c", 1.0, now=0.0, at=10.123)
    out = np.concatenate([m.render(100, 10.0), m.render(100, 10.1)])
    assert onsets(out) == [123]
    assert out[123:128].tolist() == [1.0] * 5 and not out[128:].any()


def test_a_sound_that_spans_two_blocks_is_continuous() -> None:
    m = mixer(c=click(30))
    m.play("c", 0.5, now=0.0, at=0.090)
    out = np.concatenate([m.render(100, 0.0), m.render(100, 0.1)])
    assert np.count_nonzero(out) == 30 and out[90:120] == pytest.approx(0.5)


def test_a_late_sound_plays_whole_from_the_next_block() -> None:
    m = mixer(c=click(10))
    m.play("c", 1.0, now=0.0, at=5.0)
    out = m.render(100, 7.0)  # the render thread was starved past its moment
    assert onsets(out) == [0] and np.count_nonzero(out) == 10, "never its head cut off"


def test_unknown_sounds_are_refused() -> None:
    assert mixer().play("nothing", 1.0, now=0.0) is False


def test_master_and_mute_turn_cues_down_but_never_the_wake_bell() -> None:
    m = Mixer({"c": click(2000)}, RATE, master=0.2, wake_floor=0.5)
    m.play("c", 1.0, now=0.0, at=0.0)
    m.play("c", 1.0, now=0.0, at=0.0, bus=Bus.WAKE)
    assert m.render(10, 0.0)[5] == pytest.approx(0.2 + 0.5), "the bell has its floor over master"
    m.set_muted(True, now=0.01)
    out = m.render(1000, 0.01)
    assert out[-1] == pytest.approx(0.5), "sound off: the cue is gone, the wake bell is not"
    m.set_master(0.9, now=1.01)
    assert m.render(100, 1.01)[-1] == pytest.approx(0.9), "above the floor the bell follows master"


def test_fades_are_computed_per_sample() -> None:
    fade = Fade(at=1.0, start=0.0, end=1.0, seconds=1.0)
    curve = fade_curve(fade, 1.0, 1000, RATE)
    assert isinstance(curve, np.ndarray)
    assert curve[0] == 0.0 and curve[500] == pytest.approx(0.5) and curve[999] > 0.99
    assert np.all(np.diff(curve) >= 0), "an S-curve that only rises"
    assert fade_curve(fade, 2.5, 10, RATE) == 1.0 and fade_curve(fade, 0.0, 10, RATE) == 0.0


def test_a_loop_wraps_seamlessly_and_fades_with_the_group() -> None:
    ramp = np.arange(1, 8, dtype=np.float32) / 10
    m = mixer()
    m.set_layers({"ramp": (ramp, 1.0)})
    assert not m.render(10, 0.0).any(), "silent until started"
    m.fade_layers(1.0, 0.0, now=0.0)
    out = m.render(14, 0.0)
    assert out.tolist() == pytest.approx(np.tile(ramp, 2).tolist())
    m.fade_layers(0.0, 1.0, now=0.014)
    tail = np.concatenate([m.render(500, 0.014), m.render(600, 0.514)])
    assert tail[:3].tolist() == pytest.approx(np.tile(ramp, 200)[:3].tolist(), rel=1e-3)
    assert not tail[1000:].any(), "faded to silence and stopped"
    assert not m.busy


def test_layer_gain_is_volume_times_fade_times_master_times_sound_off() -> None:
    m = Mixer({}, RATE, master=0.5, wake_floor=0.5)
    m.set_layers({"rain": (click(100), 0.8), "surf": (click(100), 0.4)})
    m.fade_layers(1.0, 3.0, now=0.0)
    assert m.layer_gain("rain", 1.5) == pytest.approx(0.8 * 0.5 * 0.5)  # half-way up the S-curve
    assert m.layer_gain("rain", 3.0) == pytest.approx(0.4)
    m.set_layer_volume("surf", 1.0, now=3.0)
    assert m.layer_gain("surf", 3.0 + 0.05) == pytest.approx(0.5)
    m.set_muted(True, now=4.0)
    assert m.layer_gain("rain", 4.5) == 0.0
    m.set_muted(False, now=4.5)
    assert m.layer_gain("rain", 5.0) == pytest.approx(0.4)
    m.fade_layers(0.0, 10.0, now=5.0)
    m.set_muted(False, now=15.0)
    assert m.layer_gain("rain", 15.0) == 0.0, "unmuting does not undo a fade-out"


def test_a_late_layer_joins_the_playing_mix_with_a_fade() -> None:
    m = mixer()
    m.set_layers({})
    m.fade_layers(1.0, 0.0, now=0.0)
    m.add_layer("mine", np.ones(5000, np.float32), 1.0, now=0.0)
    out = m.render(1000, 0.0)
    assert out[0] == 0.0 and out[500] == pytest.approx(0.5, abs=0.01) and out[999] > 0.99


def test_stop_all_fades_everything_over_a_second() -> None:
    m = mixer(long=np.ones(5000, np.float32))
    m.set_layers({"l": (np.ones(100, np.float32), 0.4)})
    m.fade_layers(1.0, 0.0, now=0.0)
    m.play("long", 0.5, now=0.0, at=0.0, bus=Bus.WAKE)
    m.stop_all(now=0.0)
    out = np.concatenate([m.render(1000, 0.0), m.render(1000, 1.0)])
    assert out[0] == pytest.approx(0.9) and out[500] == pytest.approx(0.45, abs=0.01)
    assert not out[1000:].any() and not m.busy


def test_volume_changes_are_smoothed_not_stepped() -> None:
    m = mixer()
    m.set_layers({"l": (np.ones(100, np.float32), 1.0)})
    m.fade_layers(1.0, 0.0, now=0.0)
    m.set_master(0.0, now=0.0)
    out = m.render(100, 0.0)
    assert out[0] == 1.0 and 0 < out[25] < 1 and out[60] == 0.0
    assert np.max(np.abs(np.diff(out))) < 0.05, "no step: no click"


def test_the_cue_track_places_each_boundary_once_across_blocks() -> None:
    pacer = Pacer(BreathPattern(inhale=0.5, exhale=0.5, hold_in=0.5))
    choices = CueChoices(tones=True, tone_volume=1.0, hold_tick=True, tick_volume=1.0)
    m = mixer(breath_in=click(), breath_out=click(), hold_tick=click())
    m.set_track(PacerCueTrack(pacer, choices, anchor=2.0), since=2.0)
    out = np.concatenate([m.render(70, 2.0 + i * 0.07) for i in range(43)])  # odd block size
    assert onsets(out) == [0, 500, 1000, 1500, 2000, 2500, 3000]


def test_the_cue_track_leaves_off_cues_that_are_turned_off() -> None:
    pacer = Pacer(BreathPattern(inhale=0.5, exhale=0.5, hold_in=0.5))
    track = PacerCueTrack(pacer, CueChoices(hold_tick=False), anchor=10.0)
    assert [s for _, s, _ in track.cues_between(10.0, 13.0)] == ["breath_in", "breath_out"] * 2


def test_no_track_cues_from_before_it_was_set() -> None:
    pacer = Pacer(BreathPattern(inhale=0.5, exhale=0.5))
    m = mixer(breath_in=click(), breath_out=click())
    m.set_track(PacerCueTrack(pacer, CueChoices(tone_volume=1.0), anchor=0.0), since=1.2)
    out = m.render(1000, 1.0)
    assert onsets(out) == [500], "the 1.0 s inhale was before the track started"
    m.set_track(None, since=2.0)
    assert not m.render(2000, 2.0).any()


def test_many_cues_over_a_long_session_keep_to_the_grid() -> None:
    """300+ cues over 28 minutes in blocks of the sizes sinks ask for: each onset on its sample."""
    rate = 48_000
    pacer = Pacer(BreathPattern(inhale=5.5, exhale=5.5))
    sounds = {"breath_in": click(), "breath_out": click()}
    m = Mixer(sounds, rate, master=1.0, wake_floor=0.5)
    m.set_track(PacerCueTrack(pacer, CueChoices(tone_volume=1.0), anchor=0.0), since=0.0)
    sizes = itertools.cycle([480, 1024, 4096, 2400, 4800])
    found: list[int] = []
    start = 0
    while start < 1700 * rate:
        block = next(sizes)
        out = m.render(block, start / rate)
        found += [start + i for i in onsets(out)]
        start += block
    assert len(found) >= 300
    assert found == [round(n * 5.5 * rate) for n in range(len(found))]


def test_a_track_set_again_over_the_same_moments_places_each_cue_once() -> None:
    pacer = Pacer(BreathPattern(inhale=0.5, exhale=0.5))
    track = PacerCueTrack(pacer, CueChoices(tone_volume=1.0), anchor=0.1)
    m = mixer(breath_in=click(), breath_out=click())
    m.set_track(track, since=0.0)
    first = m.render(300, 0.0)
    m.set_track(track, since=0.05)  # the same pacer, re-anchored where it already was
    out = np.concatenate([first, m.render(700, 0.3)])
    assert onsets(out) == [100, 600] and out[100] == 1.0, "no cue doubled"


def test_the_cue_track_sounds_every_breath_across_a_478_handover() -> None:
    """4 cycles of 4-7-8, then the gentle pattern: every inhale and exhale on its sample."""
    pacer = session_pacer({"inhale": 4, "hold_in": 7, "exhale": 8, "cycle_limit": 4})
    m = mixer(breath_in=click(), breath_out=click())
    m.set_track(PacerCueTrack(pacer, CueChoices(tone_volume=1.0), anchor=0.0), since=0.0)
    out = np.concatenate([m.render(10, i / 100) for i in range(10_000)])  # 10 ms blocks, 100 s
    limited = [ms for n in range(4) for ms in (19_000 * n, 19_000 * n + 11_000)]
    assert onsets(out) == [*limited, 76_000, 80_000, 86_000, 90_000, 96_000]
