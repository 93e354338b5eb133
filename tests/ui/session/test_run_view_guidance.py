"""On the mat, the guidance is one short line in large type, read from the floor."""

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion.core.session_config import load_session_config
from mat_companion.core.session_phases import Phase
from mat_companion.core.stages import Posture
from mat_companion.paths import resource
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.widgets.theme import session_font

_, TEXTS = load_session_config(resource("session.json"))
#: Where eyes may be closed: getting on and off are instructions and may take two lines.
ON_THE_MAT = (Phase.SETTLE_IN, Phase.MAIN, Phase.CLOSING)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("posture", list(Posture))
def test_the_guidance_on_the_mat_is_one_line_in_large_type_at_800x600(
    qapp: QApplication, request: pytest.FixtureRequest, posture: Posture, language: str
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    font = session_font(QWidget().font(), "guidance", 600)  # as large as at 800x600
    metrics = QFontMetricsF(font)
    for phase in ON_THE_MAT:
        words = tr_core(TEXTS.for_posture(posture).guidance[phase])
        assert metrics.horizontalAdvance(words) <= 800 - 24, (phase, words)
