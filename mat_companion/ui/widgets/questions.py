"""A Yes/No question that does not block the window (the session clock keeps running)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    name: str,
    title: str,
    question: str,
    on_yes: Callable[[], object],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Open the question with No as the default; ``on_yes`` runs if Yes is chosen."""
    box = QMessageBox(
        icon,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()
        # The keys go back to the window asked from (to what its answer put the focus on):
        # without a window manager to do it, they stayed with the closed question.
        if parent.window().isVisible():
            parent.window().activateWindow()

    box.finished.connect(answered)
    box.open()
    return box
