"""The app's pages: their keys, titles and summaries in navigation order, and their heading."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from mat_companion.ui.widgets.theme import set_text_style


class PageInfo(NamedTuple):
    """A navigation target: a stable key, its title, and what the page is for.

    A named tuple: a frozen dataclass costs the start-up the making of six methods.
    """

    key: str
    title: str
    summary: str


def page_infos() -> list[PageInfo]:
    """The pages in navigation order (translated at call time)."""
    return [
        PageInfo(
            "session",
            QCoreApplication.translate("Pages", "Session"),
            QCoreApplication.translate(
                "Pages",
                "Set up a session that fits your stage, then let the timer carry you through "
                "getting on, the first sting, relaxing and getting off safely.",
            ),
        ),
        PageInfo(
            "breathing",
            QCoreApplication.translate("Pages", "Breathing"),
            QCoreApplication.translate(
                "Pages",
                "A breathing pacer you can follow with your eyes or, with them closed, by ear. "
                "Breathe gently, not deeply. Stop if you feel light-headed or tingly.",
            ),
        ),
        PageInfo(
            "progress",
            QCoreApplication.translate("Pages", "Progress"),
            QCoreApplication.translate(
                "Pages",
                "Your stages, from the mat propped behind you on a sofa to lying on the floor, "
                "and what would suggest the next one.",
            ),
        ),
        PageInfo(
            "history",
            QCoreApplication.translate("Pages", "History"),
            QCoreApplication.translate(
                "Pages",
                "Every session you have done, with how pain and stress felt before and after, "
                "as your own trend.",
            ),
        ),
        PageInfo(
            "settings",
            QCoreApplication.translate("Pages", "Settings"),
            QCoreApplication.translate(
                "Pages",
                "Sounds, motion, reminders, your safety answers, and where your data is kept.",
            ),
        ),
    ]


def heading(title: str) -> QLabel:
    """A page's title, large."""
    label = QLabel(title)
    label.setObjectName("heading")
    label.setAccessibleName(title)
    set_text_style(label, "heading")
    return label
