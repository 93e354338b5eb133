"""The app as it starts, then one of the user's files decoded: everything said goes to the log.

Run as ``python -m tests.e2e.quiet_start_child DATA SOUND``; prints "decoded" when done.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from mat_companion.app import start
from mat_companion.paths import AppPaths


def main() -> None:
    data, sound = Path(sys.argv[1]), Path(sys.argv[2])
    running = start(AppPaths.under(data), debug=False)
    # As in the app, QtMultimedia loads after start() has sent Qt's messages to the log: loading,
    # it may say which of its libraries it could not find (pipewire-0.3 where there is none).
    from mat_companion.audio.decoding import UserFileDecoder

    decoder = UserFileDecoder(sound, 48000)
    decoder.decoded.connect(lambda _samples: (print("decoded", flush=True), running.app.quit()))
    decoder.failed.connect(lambda why: (print("failed", why, flush=True), running.app.quit()))
    QTimer.singleShot(0, decoder.start)
    QTimer.singleShot(20_000, running.app.quit)
    running.app.exec()
    running.context.shut_down()
    if running.qt_messages is not None:
        running.qt_messages.uninstall()


if __name__ == "__main__":
    main()
