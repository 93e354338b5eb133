"""What the app asks of the sound server for its stream, set before any thread starts.

Qt's PulseAudio stream asks the server to keep only 16 ms of it queued (pactl's
"Buffer Latency: 16000 usec"): the server then wakes Qt's thread about 200
times a second (a percent of a core between them), and a machine that stops
for a moment (a busy virtual machine's host) leaves the server nothing to play,
a gap heard. libpulse reads its own PULSE_LATENCY_MSEC for every stream it
opens; asked for 120 ms, the server keeps that much queued, the two wake about
a tenth as often, and cues stay on time as ``pulse_latency`` tells the stream
how far behind the server plays. A value the user set is kept.

PipeWire's PulseAudio server (pipewire-pulse) says 0 for every stream's
latency, so there the queue would make every cue late by it, unseen (75-80 ms
measured): on PipeWire the request is withdrawn before the stream opens.
"""

from __future__ import annotations

from collections.abc import MutableMapping

#: The queue the server keeps for the stream, the sink's own latency included.
SERVER_LATENCY_MS = 120
LATENCY_VARIABLE = "PULSE_LATENCY_MSEC"
#: Set beside the app's own request, so that only that is ever withdrawn.
ASKED_VARIABLE = "MAT_COMPANION_ASKED_PULSE_LATENCY"


def ask_for_server_latency(environ: MutableMapping[str, str]) -> None:
    """Ask libpulse for the stream's latency in ``environ``: before any thread reads it."""
    if LATENCY_VARIABLE not in environ:
        environ[LATENCY_VARIABLE] = str(SERVER_LATENCY_MS)
        environ[ASKED_VARIABLE] = "1"


def withdraw_server_latency(environ: MutableMapping[str, str]) -> None:
    """Take the app's own request back (it only unsets: safe with other threads running)."""
    if environ.pop(ASKED_VARIABLE, None) is not None:
        environ.pop(LATENCY_VARIABLE, None)
