"""What the running app shows: every visible text, tooltip, title and accessible name.

Used by the German walk (tests/ui/test_german_screens.py) to find English left on a
German screen: the app's English is every string literal in its code and every word
of its resource files, and a text is English if it is one of them, or if it fills a
German template with an English part ("In in Sekunden").
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from tests.sources import parsed

ROOT = Path(__file__).resolve().parents[2]
#: Qt's own English on standard buttons and the wizard, which qtbase translates.
QT_ENGLISH = {"Cancel", "Yes", "No", "Close", "&Yes", "&No", "Next >", "< Back", "Finish"}
_WORD = re.compile(r"[A-Za-z]{2}")
_FIELD = re.compile(r"\{[^{}]*\}")


@cache
def english_sources() -> frozenset[str]:
    """Every string literal of the app's code and every string of its resource files."""
    found = set(QT_ENGLISH)
    for path in (ROOT / "mat_companion").rglob("*.py"):
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    for path in (ROOT / "resources").glob("*.json"):
        found.update(_strings(json.loads(path.read_text())))
    return frozenset(source.strip() for source in found if _WORD.search(source))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    return re.compile("(.+?)".join(re.escape(part) for part in parts), re.DOTALL)


class EnglishFinder:
    """Tells whether a text on screen is English: a source text, or a template filled with one.

    ``allowed`` are texts German shares, with or without a shortcut's ``&``.
    """

    def __init__(self, ts: Path, allowed: set[str]) -> None:
        self.allowed = allowed
        self.sources = english_sources() - allowed
        root = ElementTree.parse(ts).getroot()
        templates = set()
        for message in root.iter("message"):
            for translation in message.iter("translation"):
                forms = [form.text or "" for form in translation.iter("numerusform")]
                templates.update(forms or [translation.text or ""])
        english = {source for source in self.sources if _FIELD.search(source)}
        self._filled = [
            _pattern(template)
            for template in templates | english
            if _FIELD.search(template) and _WORD.search(_FIELD.sub("", template))
        ]

    def is_english(self, value: str, depth: int = 0) -> bool:
        """Whether ``value`` (stripped) is English, or holds English in a template's field."""
        value = value.strip()
        if not _WORD.search(value) or value.replace("&", "") in self.allowed:
            return False
        if value in self.sources:
            return True
        if depth >= 2:
            return False
        for pattern in self._filled:
            found = pattern.fullmatch(value)
            if found and any(self.is_english(part, depth + 1) for part in found.groups()):
                return True
        return False


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    columns = max(1, model.columnCount()) if not isinstance(model, QAbstractListModel) else 1
    for section in range(columns):
        for role in roles:
            yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (*roles, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _action_texts(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        if action.isVisible():
            yield from (action.text(), action.toolTip(), action.statusTip())
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from _action_texts(menu.actions())


def widget_texts(widget: QWidget) -> Iterator[str]:  # noqa: C901 - one branch per kind
    """The texts one widget shows or gives a screen reader."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
    yield widget.statusTip()
    yield from _action_texts(widget.actions())
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield from (getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    if isinstance(widget, QMessageBox):
        yield from (widget.text(), widget.informativeText(), widget.detailedText())
    if isinstance(widget, QWizard) and widget.currentPage() is not None:
        yield from (widget.currentPage().title(), widget.currentPage().subTitle())
    if isinstance(widget, QChartView):
        chart = widget.chart()
        yield chart.title()
        for axis in chart.axes():
            yield axis.titleText()
            yield from getattr(axis, "categories", list)()
        for series in chart.series():
            yield series.name()


def visible_texts() -> set[str]:
    """Every text of every visible window and of the widgets shown in it."""
    found: set[str] = set()
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in (window, *window.findChildren(QWidget)):
            if widget.isVisible():
                found.update(text.strip() for text in widget_texts(widget) if text.strip())
    return found
