"""Layout faults a user sees: text cut off, a widget cut by its parent, widgets on each other.

Three checks over a shown window's widget tree, each returning one line per fault
(empty when the layout is sound), used by the layout test (tests/ui/test_geometry.py)
and by the screenshot tour (scripts/screenshot_tour.py), which writes them beside
its pictures. They look at geometry as laid out, not at pixels, so they are fast
enough to run on every screen in every look.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLabel,
    QRadioButton,
    QRubberBand,
    QSizeGrip,
    QStyle,
    QTabBar,
    QWidget,
)

#: A pixel of rounding either way is not a fault anyone sees.
SLACK = 1

#: Widgets that draw their own insides (a spin box's line edit, a tab bar's arrows):
#: what they place in themselves is theirs to get right, and Qt's.
_SEALED = (QAbstractSpinBox, QComboBox, QTabBar)
#: Widgets meant to lie over others.
_FLOATING = (QFocusFrame, QRubberBand, QSizeGrip)


def describe(widget: QWidget) -> str:
    """A widget as a fault names it: its class, its object name, and its text if any."""
    name = f" {widget.objectName()!r}" if widget.objectName() else ""
    shown = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    words = f" {_plain(shown)[:40]!r}" if shown else ""
    return f"{type(widget).__name__}{name}{words}"


def _plain(text: str) -> str:
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root``'s descendants a user can see: shown, inside ``root``'s window, not sealed in."""
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(root) or _inside_sealed(widget, root):
            continue
        yield widget


def _inside_sealed(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _SEALED) or parent.isWindow():
            return True
        parent = parent.parentWidget()
    return False


def _text_width(label: QLabel) -> int:
    """The width ``label``'s text takes on one line (each line of several), in its font."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return round(document.idealWidth())
    metrics = QFontMetrics(label.font())
    lines = _shown(text, mnemonic=label.buddy() is not None).split("\n")
    return max((metrics.horizontalAdvance(line) for line in lines), default=0)


def _shown(text: str, *, mnemonic: bool) -> str:
    """``text`` as drawn: a shortcut's ``&`` is not shown (``&&`` shows one)."""
    if not mnemonic:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_fault(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height at its width, has {label.height()}"
        return None
    width = _text_width(label)
    if width > room.width() - margin + SLACK:
        return f"text is {width} px wide, the label {room.width() - margin}"
    height = QFontMetrics(label.font()).height()
    if height > room.height() + SLACK:
        return f"text is {height} px high, the label {room.height()}"
    return None


def _button_fault(button: QAbstractButton) -> str | None:
    """The text's own width against the room the style leaves it.

    Not the minimum size hint: styles give every text button at least 80 px.
    """
    style = button.style()
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(_shown(button.text(), mnemonic=True))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = QStyle.PixelMetric.PM_IndicatorWidth
        if isinstance(button, QRadioButton):
            indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        room = button.width() - style.pixelMetric(indicator, None, button)
        room -= style.pixelMetric(spacing, None, button)
    else:
        room = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
    if needed > room + SLACK:
        return f"text is {needed} px wide, the button leaves it {room}"
    if metrics.height() > button.height() + SLACK:
        return f"text is {metrics.height()} px high, the button {button.height()}"
    return None


def text_cut(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit them, measured in their own font."""
    faults = []
    for widget in shown_widgets(root):
        fault = None
        if isinstance(widget, QLabel):
            fault = _label_fault(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            fault = _button_fault(widget)
        if fault:
            faults.append(f"text cut: {describe(widget)}: {fault}")
    return faults


def _scrolled(widget: QWidget) -> bool:
    """Whether ``widget`` is what a scroll area scrolls (it may be larger than its view)."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def parent_cut(root: QWidget) -> list[str]:
    """Widgets lying partly outside their parent, where no scroll area lets them be seen."""
    faults = []
    for widget in shown_widgets(root):
        parent = widget.parentWidget()
        if parent is None or _scrolled(widget) or isinstance(widget, _FLOATING):
            continue
        if not widget.width() or not widget.height():
            continue
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(widget.geometry()):
            faults.append(
                f"cut by parent: {describe(widget)} at {_rect(widget.geometry())} "
                f"in {describe(parent)} of {parent.width()}x{parent.height()}"
            )
    return faults


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def overlapping(root: QWidget) -> list[str]:
    """Pairs of shown sibling widgets that cover part of each other.

    One lying wholly inside the other is a layer, not an overlap: a text set on a
    drawn shape, which the text check still measures.
    """
    faults = []
    for parent in (root, *shown_widgets(root)):
        if isinstance(parent, _SEALED):
            continue
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow()
            and child.isVisibleTo(root)
            and not isinstance(child, _FLOATING)
            and child.width() > 0
            and child.height() > 0
        ]
        for index, one in enumerate(children):
            for other in children[index + 1 :]:
                common = one.geometry().intersected(other.geometry())
                if common in (one.geometry(), other.geometry()):
                    continue  # one laid on the other whole (the time inside its ring)
                if common.width() > SLACK and common.height() > SLACK:
                    faults.append(
                        f"overlap: {describe(one)} and {describe(other)} share "
                        f"{_rect(common)} in {describe(parent)}"
                    )
    return faults


def window_faults(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """A window or dialog that cannot be made as small as the screen it is on."""
    if not window.isWindow() or window.isFullScreen():
        return []  # a full screen window is the screen's size, whatever its size is
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    width, height = screen
    if needed.width() <= width and needed.height() <= height:
        return []
    return [
        f"larger than the screen: {describe(window)} needs {needed.width()}x{needed.height()}"
        f" on {width}x{height}"
    ]


def layout_faults(root: QWidget) -> list[str]:
    """Every fault of the three kinds under ``root``."""
    return [*text_cut(root), *parent_cut(root), *overlapping(root)]
