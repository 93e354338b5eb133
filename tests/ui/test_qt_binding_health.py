"""Guards against known-bad Qt binding releases that would crash the app in use."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal()
    flag = Signal(bool)


def test_emitting_signals_keeps_reference_counts() -> None:
    # PySide6 6.12.0 drops a reference to True on every emit: after a few thousand
    # repaints of the session screen the interpreter aborts.
    emitter = Emitter()
    emitter.changed.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.changed.emit()
        emitter.flag.emit(False)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
