"""The words for a session's position, surface and clothing: shared by the setup and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionLabels", text)


def positions() -> list[tuple[str, str]]:
    """Where the mat is under you: (key, label)."""
    return [
        ("back", _tr("Lying on your back")),
        ("neck", _tr("Neck on the pillow")),
        ("lower_back", _tr("Lower back")),
        ("seated", _tr("Sitting against it")),
        ("feet", _tr("Standing on it")),
        ("legs", _tr("Legs")),
    ]


def surfaces() -> list[tuple[str, str]]:
    """What the mat lies on: (key, label)."""
    return [
        ("sofa", _tr("Sofa or chair")),
        ("bed", _tr("Bed or couch")),
        ("floor", _tr("Floor")),
    ]


def layers() -> list[tuple[str, str]]:
    """What is between you and the spikes: (key, label)."""
    return [
        ("shirt", _tr("A cotton shirt")),
        ("bare", _tr("Bare skin")),
        ("socks", _tr("Socks")),
        ("towel", _tr("A towel over the mat")),
    ]


def skin_answers() -> list[tuple[str, str]]:
    """How the skin looked afterwards: (key, label), as the check-in asks it."""
    return [
        ("none", _tr("Nothing to see")),
        ("redness_faded", _tr("Redness that faded")),
        ("marks_stayed", _tr("Marks that stayed")),
        ("broken_skin", _tr("Broken skin or bleeding")),
        ("numbness", _tr("Numbness")),
    ]


def label_of(choices: list[tuple[str, str]], key: object) -> str:
    """The label for ``key``, or the key itself if this version does not know it."""
    return next((label for k, label in choices if k == key), "" if key is None else str(key))
