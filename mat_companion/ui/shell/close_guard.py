"""The question asked when the window is closed while a session runs.

Closing must not lose a session by accident, so the window asks: keep it running
in the tray (when there is one), end it and quit, or stay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_about_running_session(
    parent: QWidget,
    *,
    keep: Callable[[], None] | None,
    end: Callable[[], None],
    done: Callable[[], None],
) -> QMessageBox:
    """Open the question (window-modal, non-blocking) and return it.

    ``keep`` runs if the session goes on in the tray (``None`` offers no such
    choice), ``end`` if it ends and the app quits; ``done`` runs first, whatever
    was chosen, once the box is gone.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CloseGuard", "A session is running"),
        QCoreApplication.translate(
            "CloseGuard", "Your session is still running. What would you like to do?"
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("confirm_close")
    keep_button = None
    if keep is not None:
        keep_button = box.addButton(
            QCoreApplication.translate("CloseGuard", "Keep it running in the tray"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    end_button = box.addButton(
        QCoreApplication.translate("CloseGuard", "End it and quit"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep_button or stay)

    def decided() -> None:
        chosen = box.clickedButton()
        done()
        box.deleteLater()
        if chosen is keep_button and keep is not None:
            keep()
        elif chosen is end_button:
            end()

    box.finished.connect(decided)
    box.open()
    return box
