"""What came out of the sink, measured against what the app meant to play.

Shared by the soak test and the audio benchmark: where each breath cue really
started (a normalised cross-correlation with the cue's own waveform, around the
moment the pacer has it), and how loud the ambient bed was between cues.
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from mat_companion.audio.synthesis import CATALOGUE
from mat_companion.core.breath_cues import CueChoices, PacerCueTrack
from mat_companion.core.breathing import BreathPattern, Pacer
from tests.audio.sound_server import RATE

#: A cue is looked for this far either side of its moment.
SEARCH_SECONDS = 0.08
#: How much of each cue's waveform is matched: its attack, where it stands above the bed.
TEMPLATE_SECONDS = 0.2
#: Digital silence this long under the ambient bed is a gap in what the sink played.
SHORTEST_GAP_SECONDS = 0.002
#: Below this similarity to its waveform, nothing like the cue is there.
FOUND_SIMILARITY = 0.4


class CaptureClock:
    """Monotonic time of each captured sample.

    parec's chunks are read a little after they were captured (never before),
    and the sink's clock runs a few hundred ppm off the monotonic one: the lower
    edge of (read time - samples so far / rate), fitted with a line, is both.
    """

    def __init__(self, chunks: list[tuple[float, int]]) -> None:
        counts = np.cumsum([count for _, count in chunks]).astype(np.float64)
        offsets = np.array([at for at, _ in chunks]) - counts / RATE
        points = np.column_stack([counts, offsets])
        edge = np.array([part[np.argmin(part[:, 1])] for part in np.array_split(points, 60)])
        self.slope, self.intercept = np.polyfit(edge[:, 0], edge[:, 1], 1)

    def index_at(self, moment: float) -> int:
        """The sample captured at ``moment``."""
        return round((moment - self.intercept) / (self.slope + 1 / RATE))

    def time_of(self, index: int) -> float:
        """The moment sample ``index`` was captured."""
        return index * (self.slope + 1 / RATE) + self.intercept


@dataclass(frozen=True)
class FoundCue:
    """One expected cue: when it was meant, how far off it came out, how like itself it was."""

    at: float
    sound: str
    error: float
    similarity: float


def expected_cues(
    pattern: BreathPattern, choices: CueChoices, anchor: float, start: float, end: float
) -> list[tuple[float, str, float]]:
    """The cues the pacer places between ``start`` and ``end`` (monotonic)."""
    return PacerCueTrack(Pacer(pattern), choices, anchor).cues_between(start, end)


def _in_band(signal: NDArray[np.float64], template: NDArray[np.float64]) -> NDArray[np.float64]:
    """``signal`` with only the frequencies where ``template`` is within 20 dB of its peak.

    The ambient bed is broadband; a cue is a few partials. Listening only where
    the cue has energy is what lets a quiet tick be found under rain.
    """
    size = signal.size
    shape = np.abs(np.fft.rfft(template, size))
    keep = shape > shape.max() / 10
    return np.fft.irfft(np.fft.rfft(signal) * keep, size)


def find_cues(
    samples: NDArray[np.float64],
    clock: CaptureClock,
    cues: list[tuple[float, str, float]],
) -> list[FoundCue]:
    """Where each cue came out, by its waveform's best match near its moment."""
    templates = {name: CATALOGUE[name].render().astype(np.float64) for name in CATALOGUE}
    found = []
    window = round(SEARCH_SECONDS * RATE)
    for at, sound, _volume in cues:
        template = templates[sound][: round(TEMPLATE_SECONDS * RATE)]
        meant = clock.index_at(at)
        segment = samples[meant - window : meant + window + template.size]
        if segment.size < 2 * window + template.size:
            found.append(FoundCue(at, sound, float("nan"), 0.0))
            continue
        segment = _in_band(segment, template)
        template = _in_band(np.pad(template, (0, segment.size - template.size)), template)[
            : template.size
        ]
        match = np.correlate(segment, template, "valid")
        energy = np.convolve(segment**2, np.ones(template.size), "valid")
        similarity = match / np.sqrt(energy * np.sum(template**2) + 1e-20)
        best = int(np.argmax(similarity))
        found.append(FoundCue(at, sound, (best - window) / RATE, float(similarity[best])))
    return found


def bed_level(samples: NDArray[np.float64], clock: CaptureClock, start: float, end: float) -> float:
    """The ambient level from ``start`` to ``end``: the quiet fifth of 50 ms windows (no cues)."""
    piece = samples[clock.index_at(start) : clock.index_at(end)]
    size = RATE // 20
    windows = piece[: piece.size // size * size].reshape(-1, size)
    return float(np.percentile(np.sqrt(np.mean(windows**2, axis=1)), 20))


def silent_gaps(
    samples: NDArray[np.float64], clock: CaptureClock, start: float, end: float
) -> list[tuple[float, float]]:
    """Where the sink played digital silence between ``start`` and ``end``: (moment, seconds).

    Under a steady ambient bed no sample is exactly zero for long, so a run of
    them is a moment the sound server had nothing of ours to play.
    """
    first = clock.index_at(start)
    silent = np.concatenate(([False], samples[first : clock.index_at(end)] == 0.0, [False]))
    edges = np.flatnonzero(np.diff(silent.astype(np.int8)))
    runs = edges.reshape(-1, 2)
    long_runs = runs[runs[:, 1] - runs[:, 0] >= round(SHORTEST_GAP_SECONDS * RATE)]
    return [(clock.time_of(first + a), (b - a) / RATE) for a, b in long_runs]


def level(samples: NDArray[np.float64], clock: CaptureClock, start: float, end: float) -> float:
    """RMS from ``start`` to ``end``."""
    piece = samples[clock.index_at(start) : clock.index_at(end)]
    return float(np.sqrt(np.mean(piece**2)))


def tone_to_neighbours_db(
    samples: NDArray[np.float64], clock: CaptureClock, start: float, end: float, hz: float
) -> float:
    """How far a pure tone at ``hz`` stands above the spectrum just around it."""
    piece = samples[clock.index_at(start) : clock.index_at(end)]
    spectrum = np.abs(np.fft.rfft(piece * np.hanning(piece.size))) ** 2
    freqs = np.fft.rfftfreq(piece.size, 1 / RATE)
    tone = spectrum[np.abs(freqs - hz) < 5].max()
    around = spectrum[(np.abs(freqs - hz) > 50) & (np.abs(freqs - hz) < 300)].mean()
    return float(10 * np.log10(tone / around))
