"""What a terminal shows when the app starts and plays a file of the user's: nothing.

Qt's messages went to the log already; FFmpeg (inside QtMultimedia) wrote its own
straight to stderr: a banner for each file opened ("Input #0, wav, from ...") and
its warnings ("[mp3 @ 0x...] Estimating duration from bitrate").
"""

import math
import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

from tests.conftest import CHECKOUT


def a_tone(path: Path) -> Path:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(22050)
        sound.writeframes(
            b"".join(struct.pack("<h", int(3000 * math.sin(i / 10))) for i in range(22050))
        )
    return path


def test_the_terminal_stays_quiet_and_the_log_has_it_all(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sound = a_tone(tmp_path / "tone.wav")
    env = {key: value for key, value in os.environ.items() if key != "QT_FFMPEG_DEBUG"}
    child = subprocess.run(
        [sys.executable, "-m", "tests.e2e.quiet_start_child", str(data), str(sound)],
        cwd=CHECKOUT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.stdout == "decoded\n", child.stderr
    assert child.stderr == ""
    log = (data / "logs" / "mat-companion.log").read_text()
    assert "Using Qt multimedia with FFmpeg" in log
