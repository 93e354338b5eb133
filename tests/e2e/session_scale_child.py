"""The session screen under QT_SCALE_FACTOR (set by the parent): what does not fit, as JSON.

For each window size, English and German: the pacer's words against their line,
and the time's widest text of each shape against its ring.
"""

import json
import math
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.breathing import BreathPhase
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.breathing.pacer import phase_words
from mat_companion.ui.i18n.language import install_translations
from tests.desktop.fakes import RecordingNotifier, quiet_desktop


def settle() -> None:
    for _ in range(8):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def faults(folder: Path, language: str, size: tuple[int, int]) -> list[str]:
    context = AppContext(
        AppPaths.under(folder),
        clock=FakeClock(),
        audio=NullAudio(),
        desktop=quiet_desktop(RecordingNotifier()),
    )
    window = context.window
    window.resize(*size)
    window.show()
    page = window.page("session")
    page.setup.start_button.click()  # type: ignore[attr-defined]
    page.controller.skip_get_ready()  # type: ignore[attr-defined]
    view = page.run_view  # type: ignore[attr-defined]
    settle()
    view.pacer_widget._on_frame_timeout()
    found = []
    pacer = view.pacer_widget
    words, metrics = pacer.word_rect(), QFontMetricsF(pacer.word_font)
    for phase in BreathPhase:
        line = f"{phase_words()[phase]} · 88"
        if metrics.horizontalAdvance(line) > words.width():
            found.append(f"{language} {size}: {line!r} wider than its line")
    fullest = pacer.shape_area().center().y() + pacer.shape_area().height() / 2
    if words.top() < fullest - 4 or words.bottom() > pacer.height():
        found.append(f"{language} {size}: the words are not under the shape")
    for text in ("0:45", "45:00", "1:00:00"):
        view.time_label.setText(text)
        settle()
        clock = QFontMetricsF(view.time_label.font())
        half = math.hypot(clock.horizontalAdvance(text), clock.ascent()) / 2
        if half > view.ring.inner_diameter() / 2:
            found.append(f"{language} {size}: {text} is out of its ring")
    page.controller.close()  # type: ignore[attr-defined]
    window.close_guard = None  # type: ignore[attr-defined]
    window.close()
    return found


def main() -> None:
    app = QApplication([])
    folder = Path(sys.argv[1])
    result: dict[str, object] = {"ratio": app.devicePixelRatio(), "faults": []}
    for language in ("en", "de"):
        translators = []
        if language == "de":
            translators = install_translations(
                app, QLocale(QLocale.Language.German, QLocale.Country.Germany)
            )
        for index, size in enumerate([(800, 600), (960, 640), (1920, 1080)]):
            found = faults(folder / f"{language}{index}", language, size)
            result["faults"].extend(found)  # type: ignore[attr-defined]
        for translator in translators:
            app.removeTranslator(translator)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
