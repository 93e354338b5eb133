"""The words for a session's position, surface and clothing: shared by the setup and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def positions() -> list[tuple[str, str]]:
    """Where the mat is under you: (key, label)."""
    return [
        ("back", QCoreApplication.translate("SessionLabels", "Lying on your back")),
        ("neck", QCoreApplication.translate("SessionLabels", "Neck on the pillow")),
        ("lower_back", QCoreApplication.translate("SessionLabels", "Lower back")),
        ("seated", QCoreApplication.translate("SessionLabels", "Sitting against it")),
        ("feet", QCoreApplication.translate("SessionLabels", "Standing on it")),
        ("legs", QCoreApplication.translate("SessionLabels", "Legs")),
    ]


def surfaces() -> list[tuple[str, str]]:
    """What the mat lies on: (key, label)."""
    return [
        ("sofa", QCoreApplication.translate("SessionLabels", "Sofa or chair")),
        ("bed", QCoreApplication.translate("SessionLabels", "Bed or couch")),
        ("floor", QCoreApplication.translate("SessionLabels", "Floor")),
    ]


def layers() -> list[tuple[str, str]]:
    """What is between you and the spikes: (key, label)."""
    return [
        ("shirt", QCoreApplication.translate("SessionLabels", "A cotton shirt")),
        ("bare", QCoreApplication.translate("SessionLabels", "Bare skin")),
        ("socks", QCoreApplication.translate("SessionLabels", "Socks")),
        ("towel", QCoreApplication.translate("SessionLabels", "A towel over the mat")),
    ]


def skin_answers() -> list[tuple[str, str]]:
    """How the skin and body were afterwards: (key, label), as the check-in asks it."""
    return [
        ("none", QCoreApplication.translate("SessionLabels", "Nothing unusual")),
        ("redness_faded", QCoreApplication.translate("SessionLabels", "Redness that faded")),
        ("marks_stayed", QCoreApplication.translate("SessionLabels", "Marks that stayed")),
        ("broken_skin", QCoreApplication.translate("SessionLabels", "Broken skin or bleeding")),
        ("blisters", QCoreApplication.translate("SessionLabels", "Blisters")),
        ("numbness", QCoreApplication.translate("SessionLabels", "Numbness")),
        ("bruises_lasting", QCoreApplication.translate("SessionLabels", "Bruises that last")),
        ("faint_or_unwell", QCoreApplication.translate("SessionLabels", "Feeling faint or unwell")),
    ]


def label_of(choices: list[tuple[str, str]], key: object) -> str:
    """The label for ``key``, or the key itself if this version does not know it."""
    return next((label for k, label in choices if k == key), "" if key is None else str(key))
