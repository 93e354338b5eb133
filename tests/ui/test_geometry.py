"""The layout holds: no text cut off, no widget cut by its parent, no two on each other.

Issue 18, "how it is checked": every page, dialog and session state of the tour
(tests/ui/screens.py) is checked by tests/ui/geometry.py in light and high contrast,
English and German, in an 800x600 window, and the window must fit that screen. The
full product (dark too, 1920x1080, and 2x) is tests/e2e/test_geometry_every_look.py.
Each check is shown to fail on a small widget built wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.geometry import layout_faults, overlapping, parent_cut, text_cut, window_faults
from tests.ui.screens import PARTS, Look, walk

LOOKS = [
    Look(scheme, language, (800, 600))
    for scheme in ("light", "contrast")
    for language in ("en", "de")
]

#: Each look's faults by part: one walk per look serves all its parts' tests.
_FOUND: dict[Look, dict[str, list[str]]] = {}


def faults_by_part(app: QApplication, look: Look, folder: Path) -> dict[str, list[str]]:
    """Every layout fault of every part's screens in ``look``, walked once in one window.

    A window too large for the screen is told at the part that made it so.
    """
    if look in _FOUND:
        return _FOUND[look]
    problems: list[str] = []
    found: dict[str, list[str]] = {part: [] for part in PARTS}
    screens = dict.fromkeys(PARTS, 0)
    told: set[str] = set()  # a window's need, once
    for part, screen in walk(app, look, folder, problems):
        screens[part] += 1
        for fault in window_faults(screen.window, look.size):
            if fault not in told:
                told.add(fault)
                found[part].append(f"{screen.name}: {fault}")
        found[part].extend(f"{screen.name}: {fault}" for fault in layout_faults(screen.window))
    for problem in problems:
        found[problem.split(":")[0]].append(f"not reached: {problem}")
    for part, count in screens.items():
        if not count:
            found[part].append("showed no screen")
    _FOUND[look] = found
    return found


@pytest.fixture(scope="module")
def tour_folder() -> Iterator[Path]:
    """A folder whose path is as long wherever pytest keeps its own (a worker's is deeper).

    The Settings page shows the data folder's path on one line: under pytest's temporary
    folder, the path's length (and so the window's width) changed with the run.
    """
    with TemporaryDirectory(prefix="mc-geometry-") as folder:
        yield Path(folder)


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize(
    "look",
    # One walk serves a look's parts: run them in one process when the tests are spread.
    [pytest.param(look, marks=pytest.mark.xdist_group(look.name)) for look in LOOKS],
    ids=lambda look: look.name,
)
def test_every_screen_is_laid_out_whole(
    qapp: QApplication, tour_folder: Path, look: Look, part: str
) -> None:
    faults = faults_by_part(qapp, look, tour_folder / look.name)[part]
    assert faults == [], "\n".join(faults)


# The checks catch what they are for --------------------------------------------------------


def shown(qtbot: QtBot, widget: QWidget, width: int = 300, height: int = 200) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_label_narrower_than_its_text_is_found(qtbot: QtBot) -> None:
    root = shown(qtbot, QWidget(), 450)
    label = QLabel("A sentence far too long for the width it was given", root)
    label.setGeometry(0, 0, 60, 30)
    label.show()
    assert text_cut(root) == [
        f"text cut: QLabel 'A sentence far too long for the width it': text is "
        f"{label.fontMetrics().horizontalAdvance(label.text())} px wide, the label 60"
    ]
    label.setGeometry(0, 0, 440, 30)
    assert text_cut(root) == []


def test_a_wrapped_label_too_low_for_its_lines_is_found(qtbot: QtBot) -> None:
    root = shown(qtbot, QWidget())
    label = QLabel("A sentence that wraps onto several lines at this width. " * 3, root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    label.show()
    [fault] = text_cut(root)
    assert "needs" in fault and "has 20" in fault
    label.setGeometry(0, 0, 120, label.heightForWidth(120))
    assert text_cut(root) == []


def test_a_button_narrower_than_its_text_is_found(qtbot: QtBot) -> None:
    root = shown(qtbot, QWidget())
    button = QPushButton("Start the session now", root)
    box = QCheckBox("Breath tones with a long description", root)
    button.setGeometry(0, 0, 50, 30)
    box.setGeometry(0, 40, 60, 30)
    button.show()
    box.show()
    assert [fault.split(":")[1] for fault in text_cut(root)] == [
        " QPushButton 'Start the session now'",
        " QCheckBox 'Breath tones with a long description'",
    ]
    button.setGeometry(0, 0, 290, 30)
    box.setGeometry(0, 40, 290, 30)
    assert text_cut(root) == []


def test_a_widget_outside_its_parent_is_found_but_not_in_a_scroll_area(qtbot: QtBot) -> None:
    root = shown(qtbot, QWidget())
    inside = QWidget(root)
    inside.setGeometry(250, 150, 100, 100)
    inside.show()
    assert parent_cut(root) == ["cut by parent: QWidget at 100x100+250+150 in QWidget of 300x200"]
    inside.setGeometry(200, 100, 100, 100)
    assert parent_cut(root) == []
    area = QScrollArea()
    tall = QWidget()
    tall.setMinimumSize(200, 1000)
    area.setWidget(tall)
    shown(qtbot, area)
    assert parent_cut(area) == [], "what a scroll area scrolls may be larger than its view"


def test_siblings_on_each_other_are_found_but_not_one_laid_whole_on_another(
    qtbot: QtBot,
) -> None:
    root = shown(qtbot, QWidget())
    one, other, inner = QLabel("one", root), QLabel("other", root), QLabel("in", root)
    one.setGeometry(0, 0, 100, 40)
    other.setGeometry(80, 20, 100, 40)
    inner.setGeometry(200, 100, 30, 20)
    for label in (one, other, inner):
        label.show()
    assert overlapping(root) == [
        "overlap: QLabel 'one' and QLabel 'other' share 20x20+80+20 in QWidget"
    ]
    other.setGeometry(100, 0, 100, 40)
    assert overlapping(root) == []
    ring = QWidget(root)
    ring.setGeometry(190, 90, 100, 100)
    ring.show()
    assert overlapping(root) == [], "a text laid wholly inside a shape is a layer"


def test_a_laid_out_form_has_no_faults(qtbot: QtBot) -> None:
    """The checks do not cry wolf: what a layout places is sound."""
    root = QWidget()
    layout = QVBoxLayout(root)
    for text in ("Stage", "A longer line of text for the form", "Start"):
        layout.addWidget(QLabel(text))
    layout.addWidget(QPushButton("Start session"))
    layout.addWidget(QCheckBox("Breath tones"))
    shown(qtbot, root, 400, 300)
    assert layout_faults(root) == []


def test_a_window_or_dialog_larger_than_its_screen_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QMainWindow

    window = QMainWindow()
    wide = QWidget()
    wide.setMinimumWidth(900)
    window.setCentralWidget(wide)
    shown(qtbot, window, 800, 600)
    needed = window.minimumSizeHint()
    assert window.width() >= 900
    assert window_faults(window, (800, 600)) == [
        f"larger than the screen: QMainWindow needs {needed.width()}x{needed.height()} on 800x600"
    ]
    assert window_faults(window, (1920, 1080)) == []
    dialog = QDialog()
    dialog.setMinimumSize(720, 620)
    shown(qtbot, dialog, 720, 620)
    assert window_faults(dialog, (800, 600)) == [
        "larger than the screen: QDialog needs 720x620 on 800x600"
    ]
    assert window_faults(wide, (800, 600)) == [], "only a window is on the screen"
