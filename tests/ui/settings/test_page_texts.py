"""Every sentence on the Settings page reads as text, none greyed out as if disabled (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mat_companion.core.settings import ColourScheme, Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.widgets.theme import Theme, contrast_ratio
from tests.ui.settings.test_page_colours import open_page
from tests.ui.widgets.test_theme import installed  # noqa: F401  # the fixture


@pytest.mark.parametrize("scheme", [ColourScheme.LIGHT, ColourScheme.DARK])
def test_each_sentence_is_enabled_and_reads_at_4_5_to_1(
    qtbot: QtBot,
    tmp_path: Path,
    installed: Callable[[ColourScheme], Theme],  # noqa: F811
    scheme: ColourScheme,
) -> None:
    installed(scheme)
    page = open_page(qtbot, AppPaths.under(tmp_path), Settings(tmp_path / "settings.json"))
    labels = [label for label in page.findChildren(QLabel) if label.text()]
    assert len(labels) > 10
    greyed = [label.text() for label in labels if not label.isEnabled()]
    assert greyed == [], "greyed out: unavailable to a screen reader, 3.3:1 on light"
    palette = page.palette()
    role = QPalette.ColorRole
    assert contrast_ratio(palette.color(role.WindowText), palette.color(role.Window)) >= 4.5
