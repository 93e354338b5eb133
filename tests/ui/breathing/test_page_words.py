"""The Breathing page names its cues as they sound (found by the screenshot tour; issue 18)."""

from PySide6.QtWidgets import QLabel

from mat_companion.ui.breathing.page import BreathingPage
from tests.ui.breathing.test_page import page  # noqa: F401  # the fixture


def test_the_tones_are_one_high_note_in_and_two_low_notes_out(page: BreathingPage) -> None:  # noqa: F811
    """As the first-run wizard says them: the rising and falling tones went two releases ago."""
    words = [label.text() for label in page.findChildren(QLabel)]
    assert "One high note in, two low notes out" in words
    assert page.tones.accessibleName() == "One high note in, two low notes out"
    assert not [text for text in words if "Rising tone" in text]
